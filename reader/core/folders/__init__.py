"""A folder of articles: scanning, the entry cache, related articles, recent folders."""
