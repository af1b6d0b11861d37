"""Quotation spans in news text, tolerant of mixed and straight quote marks.

Writers mix “curly”, "straight" and 'single' quotes, sometimes opening with one
kind and closing with another, and apostrophes look like closing quotes. A quote
opens after a space and closes before a space or punctuation; a mark between two
letters is an apostrophe. An unclosed quote runs to the end of its paragraph, the
convention for quotations that continue in the next paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.core.model import Span

_DOUBLE = '“”"«»'
_SINGLE = "‘’'"
_OPENERS = "“‘\"'«"
_CLOSERS = "”’\"'»"
_MARK = re.compile("[“”\"«»‘’']")
_BEFORE_OPEN = "([{—–-/:"
_AFTER_CLOSE = ".,;:!?)]}—–-…"


def quote_spans(text: str, blocks: Sequence[Span]) -> list[Span]:
    """Spans of every quotation (marks included), in text order."""
    spans: list[Span] = []
    for start, end in blocks:
        spans.extend(_block_quotes(text, start, end))
    return spans


def _block_quotes(text: str, start: int, end: int) -> list[Span]:
    openers, closers = _quote_marks(text, start, end)
    spans: list[Span] = []
    position = start
    for opener in openers:
        if opener < position:
            continue
        closer = _closer_for(text, opener, closers)
        stop = end if closer is None else closer + 1
        spans.append((opener, stop))
        position = stop
    return spans


def _quote_marks(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Positions that can open and that can close a quotation in `text[start:end]`."""
    openers: list[int] = []
    closers: list[int] = []
    for found in _MARK.finditer(text, start, end):
        index = found.start()
        mark = text[index]
        before = text[index - 1] if index > start else " "
        after = text[index + 1] if index + 1 < end else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, Putin's
        opens = before.isspace() or before in _BEFORE_OPEN
        if mark in _OPENERS and opens and not after.isspace():
            openers.append(index)
        elif mark in _CLOSERS and not before.isspace() and _can_follow_close(after):
            closers.append(index)
    return openers, closers


def _can_follow_close(character: str) -> bool:
    return character.isspace() or character in _AFTER_CLOSE or character in _CLOSERS


def _closer_for(text: str, opener: int, closers: list[int]) -> int | None:
    """The first closer of the opener's kind; failing that, the first of any kind."""
    family = _DOUBLE if text[opener] in _DOUBLE else _SINGLE
    first = bisect.bisect_right(closers, opener)
    for closer in closers[first:]:
        if text[closer] in family:
            return closer
    return closers[first] if first < len(closers) else None


class QuoteIndex:
    """Answers "is this offset inside a quotation?" by binary search."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = list(spans)
        self._starts = [span[0] for span in self.spans]

    def containing(self, offset: int) -> Span | None:
        """The quotation whose marks enclose `offset`, or None."""
        position = bisect.bisect_right(self._starts, offset) - 1
        if position >= 0 and offset < self.spans[position][1]:
            return self.spans[position]
        return None

    def ending_at(self, offset: int) -> Span | None:
        """The quotation whose closing mark ends exactly at `offset`, or None."""
        span = self.containing(offset - 1)
        return span if span and span[1] == offset else None

    def starting_at(self, offset: int) -> Span | None:
        span = self.containing(offset)
        return span if span and span[0] == offset else None
