"""The score a link needs to be kept by default, apart from the aligner so that the
reader's settings can name it without loading the aligner (~80 ms of imports)."""

from __future__ import annotations

MATCH_THRESHOLD = 0.15  # chosen on the development pairs (issue 11)
