"""The score a link needs to be kept by default, apart from the aligner so that the
reader's settings can name it without loading the aligner (~80 ms of imports)."""

from __future__ import annotations

# Chosen on the development pairs (issue 11), and again once scores became the
# share of the sentences a link accounts for: pairs-dev align R/P 0.699/0.832 at
# 0.12, 0.681/0.864 at 0.15, 0.613/0.881 at 0.18 (ECB dev F1' 0.446, 0.442, 0.436).
MATCH_THRESHOLD = 0.15
