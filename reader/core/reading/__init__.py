"""Files -> articles: decoding, sanitising, Markdown and HTML, metadata, sentences."""
