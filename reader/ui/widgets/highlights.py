"""Which highlight styles touch a visual line: span intervals looked up by bisection."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Generic, TypeVar

Tag = TypeVar("Tag", str, int)
PIECE = 2000
Highlight = tuple[int, int, str]


class HighlightIndex(Generic[Tag]):
    """Spans with a style name, sorted by start; finds those overlapping a range lazily.

    Only spans starting within `longest` characters before a range can reach into it,
    so a lookup costs a bisection plus the spans nearby, never a scan of the article.
    Spans are cut into pieces of at most PIECE characters so one huge span (a long
    shared passage) cannot widen that window to the whole article.
    """

    def __init__(self, highlights: Iterable[tuple[int, int, Tag]] = ()) -> None:
        self._items: list[tuple[int, int, Tag]] = sorted(
            piece for item in highlights if item[1] > item[0] for piece in _pieces(item)
        )
        self._starts: list[int] = [item[0] for item in self._items]
        self._longest: int = max((end - start for start, end, _ in self._items), default=0)

    def __len__(self) -> int:
        return len(self._items)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Tag]]:
        """Highlights that share at least one character with `[start, end)`."""
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        return [item for item in self._items[first:last] if item[1] > start]


def _pieces(item: tuple[int, int, Tag]) -> list[tuple[int, int, Tag]]:
    start, end, tag = item
    return [(low, min(end, low + PIECE), tag) for low in range(start, end, PIECE)]


def merge_by_kind(highlights: Iterable[Highlight]) -> list[Highlight]:
    """One highlight per run of overlapping spans of the same kind (same look, fewer spans)."""
    merged: list[Highlight] = []
    open_runs: dict[str, int] = {}
    for start, end, kind in sorted(highlights):
        run = open_runs.get(kind)
        if run is not None and merged[run][1] >= start:
            merged[run] = (merged[run][0], max(merged[run][1], end), kind)
        else:
            open_runs[kind] = len(merged)
            merged.append((start, end, kind))
    return merged
