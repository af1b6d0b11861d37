"""Quotation spans in news text, tolerant of mixed, straight and mis-spaced marks.

Curly marks say which way they face; straight ones (") do not, and text that went
through a tokeniser spaces both alike (`"Mo is family, "King said`), so straight
marks are read as a state machine: the first opens, the next closes. Writers
open with one kind and close with another, and an apostrophe looks like a closing
single quote: a mark between two letters is an apostrophe. A quotation left open
at the end of its paragraph either continues (the next paragraph re-opens it, or
runs on to a later closing mark) or, with no closing mark soon, ends there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.model import Span

_MARK = re.compile("[“”\"«»‘’']")
_BEFORE_OPEN = "([{—–-/:"
_AFTER_CLOSE = ".,;:!?)]}—–-…"
_ELISIONS = re.compile(r"(?:em|n|til|cause|tis|twas|s|\d\d)\b", re.I)
MAX_CARRY = 8  # paragraphs a quotation may run on without any mark before it is cut


@dataclass(slots=True)
class _Open:
    start: int
    double: bool
    block_end: int  # end of the paragraph it opened in (where it is cut if never closed)
    last_end: int  # end of the latest paragraph it ran through
    carried: int = 0


class _Scanner:
    """Reads the marks of one text, paragraph by paragraph, in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[Span] = []
        self.open: _Open | None = None

    def block(self, start: int, end: int) -> None:
        self._enter_block(start, end)
        first = start + len(self.text[start:end]) - len(self.text[start:end].lstrip())
        fallback: int | None = None
        for found in _MARK.finditer(self.text, start, end):
            index = found.start()
            role = self._role(index, start, end)
            if role is None:
                continue
            if self.open is None:
                if role in {"open", "either"} and not self._closes_plainly(index, end):
                    self.open = _Open(index, self._double(index), end, end)
                continue
            if index == first and role in {"open", "either"} and self.open.block_end < start:
                self._close_at(self.open.block_end)  # re-opened: each paragraph its own
                self.open = _Open(index, self._double(index), end, end)
            elif self._closes(index, role):
                self._close_at(index + 1)
            elif fallback is None and self._other_family_closer(index, start):
                fallback = index
        if self.open is not None and self.open.block_end == end and fallback is not None:
            self._close_at(fallback + 1)  # "…,' Tillerson said": opened with ", closed with '
        if self.open is not None:
            self.open.last_end = end

    def finish(self) -> list[Span]:
        if self.open is not None:  # never closed: the article may end inside it
            current = self.open
            self._close_at(current.last_end if current.carried <= 1 else current.block_end)
        return sorted(self.spans)

    def _enter_block(self, start: int, end: int) -> None:
        """A quotation still open runs on into this paragraph, for a few paragraphs."""
        current = self.open
        if current is None or current.last_end >= start:
            return
        current.carried += 1
        if current.carried > MAX_CARRY:
            self._close_at(current.block_end)

    def _role(self, index: int, start: int, end: int) -> str | None:
        """ "open", "close", "either" (a straight double mark) or None (an apostrophe)."""
        text = self.text
        mark = text[index]
        before = text[index - 1] if index > start else " "
        after = text[index + 1] if index + 1 < end else " "
        if before.isalnum() and after.isalnum():
            return None  # don't, Putin's, O'Brien
        if mark == '"':
            return "either"
        if mark in "“«":
            return "open"
        if mark in "”»":
            return "close"
        opens = (before.isspace() or before in _BEFORE_OPEN) and after.isalpha()
        if opens and not (mark != "‘" and _ELISIONS.match(text, index + 1)):
            return "open"
        ends_word = after.isspace() or after in _AFTER_CLOSE
        spaced = before.isspace() and index > start  # a tokeniser's `…, ' Craft said`
        return "close" if ends_word and (spaced or not before.isspace()) else None

    def _double(self, index: int) -> bool:
        return self.text[index] in '“"«»”'

    def _closes(self, index: int, role: str) -> bool:
        """Does this mark close the open quotation? Singles only close singles."""
        assert self.open is not None
        if role == "open":
            return False
        return self._double(index) or not self.open.double

    def _closes_plainly(self, index: int, end: int) -> bool:
        """A straight mark that can only be a closer: `word" `; a stray one opens nothing."""
        text = self.text
        after = text[index + 1] if index + 1 < end else " "
        return not text[index - 1].isspace() and (after.isspace() or after in _AFTER_CLOSE)

    def _other_family_closer(self, index: int, start: int) -> bool:
        """A single mark after punctuation, closing a double quote: `forward,' he said`."""
        assert self.open is not None
        return (
            self.open.double
            and self.open.start >= start
            and self.text[index] in "'’"
            and index > start
            and self.text[index - 1] in ",.!?"
        )

    def _close_at(self, stop: int) -> None:
        assert self.open is not None
        self.spans.append((self.open.start, stop))
        self.open = None


def quote_spans(text: str, blocks: Sequence[Span]) -> list[Span]:
    """Spans of every quotation (marks included), in text order."""
    scanner = _Scanner(text)
    for start, end in blocks:
        scanner.block(start, end)
    return scanner.finish()


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
