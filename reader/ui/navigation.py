"""Pure helpers for moving through a comparison: match order, stepping, levelling rows."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.core.model import DocId, Match, Span


def side(match: Match, doc: DocId) -> Span:
    return match.a if doc == "a" else match.b


def other(doc: DocId) -> DocId:
    return "b" if doc == "a" else "a"


def overlaps(first: Span, second: Span) -> bool:
    """Whether two spans share a character (an empty span shares none)."""
    return first[0] < second[1] and second[0] < first[1]


class MatchOrder:
    """The matches in reading order of one article, for stepping and lookups."""

    def __init__(self, matches: tuple[Match, ...], doc: DocId) -> None:
        self.keys = sorted((side(match, doc)[0], index) for index, match in enumerate(matches))
        self.matches = matches
        self.doc: DocId = doc

    def step(self, offset: int, current: int | None, forward: bool) -> int | None:
        """The match after (or before) the current one, or after the reading position."""
        if not self.keys:
            return None
        if current is not None and side(self.matches[current], self.doc)[0] == offset:
            key = (offset, current)
            position = bisect_right(self.keys, key) if forward else bisect_left(self.keys, key) - 1
        elif forward:
            position = bisect_right(self.keys, (offset, len(self.matches)))
        else:
            position = bisect_left(self.keys, (offset, -1)) - 1
        if not 0 <= position < len(self.keys):
            return None
        return self.keys[position][1]

    def containing(self, offset: int) -> int | None:
        """The last-starting match whose span in this article holds `offset`."""
        position = bisect_right(self.keys, (offset, len(self.matches))) - 1
        for start, index in reversed(self.keys[max(0, position - 8) : position + 1]):
            span = side(self.matches[index], self.doc)
            if start <= offset < span[1]:
                return index
        return None

    def touching(self, span: Span) -> int | None:
        """A match overlapping `span` (a sentence): the one starting in it, else one around it."""
        before, _ = self.around(max(span[0], span[1] - 1))
        if before is not None and side(self.matches[before], self.doc)[1] > span[0]:
            return before
        return self.containing(span[0])

    def around(self, offset: int) -> tuple[int | None, int | None]:
        """The last match starting at or before `offset` and the first starting after it."""
        position = bisect_right(self.keys, (offset, len(self.matches)))
        before = self.keys[position - 1][1] if position > 0 else None
        after = self.keys[position][1] if position < len(self.keys) else None
        return before, after


def step_passage(passages: list[Span], offset: int, forward: bool) -> Span | None:
    """The next passage starting after `offset`, or the previous one starting before it."""
    starts = [start for start, _ in passages]
    position = bisect_right(starts, offset) if forward else bisect_left(starts, offset) - 1
    return passages[position] if 0 <= position < len(passages) else None


def level_row(lines: tuple[int, int], heights: tuple[int, int], totals: tuple[int, int]) -> int:
    """The screen row at which both lines can sit at once, a third of the way down if possible."""
    row = min(min(heights) // 3, *lines)
    for line, height, total in zip(lines, heights, totals, strict=True):
        row = max(row, line - max(0, total - height))
    return max(0, row)


def interpolate(position: float, anchors: tuple[tuple[int, int], tuple[int, int]]) -> float:
    """Map a line of one pane to the other between two aligned anchor lines."""
    (this_low, other_low), (this_high, other_high) = anchors
    if this_high <= this_low:
        return other_low + (position - this_low)
    fraction = min(1.0, max(0.0, (position - this_low) / (this_high - this_low)))
    return other_low + fraction * (other_high - other_low)
