"""Articles -> matches: candidate pairs, scoring, passages and verbatim phrases."""
