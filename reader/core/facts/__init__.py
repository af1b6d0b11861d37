"""Numbers, durations, money and dates in each article, and which of them agree."""
