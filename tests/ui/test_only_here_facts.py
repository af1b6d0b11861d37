"""Only-here passages (`o`/`u`) are not hidden by a number both articles share."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.model import Article
from reader.ui.screens.panes import unique_passages


def test_a_shared_number_leaves_its_sentence_only_here(seed_a: Article, seed_b: Article) -> None:
    comparison = compare(seed_a, seed_b)
    update = seed_a.text.index("Update: As part of the 2+ hour discussion")
    linked_there = [
        m for m in comparison.matches if m.kind == "fact" and m.a[0] <= update + 30 <= m.a[1]
    ]
    assert linked_there  # "2+ hour" is linked to B's "more-than-two-hour"…
    passages = unique_passages(comparison, "a")
    assert any(start <= update < end for start, end in passages)  # …yet the rest is A's alone
