"""Whether two articles tell one story, in a reader's words, from their similarity.

The thresholds were chosen on ECB+ development topics: of same-event pairs 73 %
score 0.25 or more and 94 % 0.12 or more; of pairs about two different events of
one kind (two Oscar hosts, two earthquakes) 8 % and 35 %.
"""

from __future__ import annotations

SAME_STORY = 0.25
RELATED = 0.12


def story_label(similarity: float) -> str:
    """'same story', 'related' or 'different stories?' for a documents_similarity."""
    if similarity >= SAME_STORY:
        return "same story"
    return "related" if similarity >= RELATED else "different stories?"
