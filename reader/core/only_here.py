"""Passages only one article has: runs of sentences that no shared passage touches."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model imports this module
    from reader.core.model import Sentence, Span


def only_here(sentences: Sequence[Sentence], shared: Iterable[Span]) -> tuple[Span, ...]:
    """Runs of sentences of one block that no `shared` span overlaps, in text order."""
    covered = merged(shared)
    ends = [end for _, end in covered]
    passages: list[Span] = []
    previous_block = -1
    for sentence in sentences:
        start, end = sentence.span
        index = bisect_left(ends, start + 1)  # the first covered run ending after `start`
        if index < len(covered) and covered[index][0] < end:
            previous_block = -1
            continue
        if passages and sentence.block == previous_block:
            passages[-1] = (passages[-1][0], end)
        else:
            passages.append((start, end))
        previous_block = sentence.block
    return tuple(passages)


def merged(spans: Iterable[Span]) -> list[Span]:
    """Overlapping or touching spans joined: disjoint runs sorted by start (and by end)."""
    runs: list[Span] = []
    for start, end in sorted(spans):
        if runs and start <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], end))
        elif end > start:
            runs.append((start, end))
    return runs
