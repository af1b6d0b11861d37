"""Spans that start and end on word edges: never inside a word or a number.

The aligner, the fact scanner and the claim finder each cut text with their own
tokenisers; a cut inside "$1,200,000", "2008-09" or "stone - faced" (hyphens
spaced out, as some tokenisers write them) reads as a different word. Every span a
comparison hands out is widened here to the whole words it touches.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from reader.core.model import Claim, Comparison, Fact, Match, Span

_Spanned = TypeVar("_Spanned", Fact, Claim)

# A word or number as a reader sees it: letters and digits joined by inner
# punctuation ("U.S", "1,200,000", "08:06", "don't") or by a hyphen, spaced or not
# ("15 - year - old"). A possessive "'s" is a word of its own, as tokenisers have it.
WORD = re.compile(r"[^\W_]+(?:(?:[.,:]|['’](?!s\b)|\s?[-‐‑]\s?)[^\W_]+)*")
# How far from an offset a word containing it may start or end (longer runs
# without spaces, such as a 5 MB line of x, are not words worth keeping whole).
REACH = 80
_HYPHENS = frozenset("-‐‑")
_JOINERS = frozenset(".,:'’")


def word_around(text: str, offset: int) -> Span | None:
    """The word that `offset` falls strictly inside (not at its edges), or None."""
    if not 0 < offset < len(text) or not _may_join(text, offset):
        return None
    for found in WORD.finditer(text, max(0, offset - REACH), min(len(text), offset + REACH)):
        if found.start() < offset < found.end():
            return found.span()
        if found.start() >= offset:
            break
    return None


def _may_join(text: str, offset: int) -> bool:
    """Whether the characters either side of `offset` may sit in one WORD: most
    offsets are at a space or punctuation, where no regex scan is needed. A space
    is inside a word only next to a hyphen ("stone - faced")."""
    before, after = text[offset - 1], text[offset]
    if before.isspace():
        return after in _HYPHENS or (offset >= 2 and text[offset - 2] in _HYPHENS)
    if after.isspace():
        return before in _HYPHENS or text[offset + 1 : offset + 2] in _HYPHENS
    # Inner punctuation joins two runs of letters or digits; a hyphen, a run and a space.
    if after in _JOINERS:
        return before.isalnum() and text[offset + 1 : offset + 2].isalnum()
    if before in _JOINERS:
        return after.isalnum() and offset >= 2 and text[offset - 2].isalnum()
    if after in _HYPHENS:
        return before.isalnum()
    if before in _HYPHENS:
        return after.isalnum()
    return before.isalnum() and after.isalnum()


def widen_to_words(text: str, span: Span) -> Span:
    """`span` grown to the edges of the words it cuts (unchanged when it cuts none)."""
    start, end = span
    length = len(text)
    # Nearly every edge is at a space or punctuation already: asked here first, as
    # word_around would, to spare two calls per edge (35,000 edges on 2 x 1 MB).
    if 0 < start < length and _may_join(text, start):
        around_start = word_around(text, start)
        start = around_start[0] if around_start else start
    if 0 < end < length and _may_join(text, end):
        around_end = word_around(text, end)
        end = around_end[1] if around_end else end
    return start, end


def on_word_edges(comparison: Comparison) -> Comparison:
    """The comparison with every match, fact and claim span widened to whole words."""
    a_text, b_text = comparison.a.text, comparison.b.text
    texts = {"a": a_text, "b": b_text}
    widened = {
        (widen_to_words(a_text, match.a), widen_to_words(b_text, match.b), match.kind): match
        for match in sorted(comparison.matches, key=lambda match: match.score)
    }  # two matches widened to the same passages are one (the higher score kept)
    # Most matches are on word edges already: kept as they are, not made again.
    matches = tuple(
        match if match.a == a and match.b == b else Match(a, b, kind, match.score)
        for (a, b, kind), match in sorted(widened.items())
    )
    facts = [_widened(fact, texts[fact.doc]) for fact in comparison.facts]
    claims = [_widened(claim, texts[claim.doc]) for claim in comparison.claims]
    return replace(
        comparison,
        matches=matches,
        facts=tuple(facts),
        claims=tuple(claims),
    )


def _widened(record: _Spanned, text: str) -> _Spanned:
    span = widen_to_words(text, record.span)
    if span == record.span:
        return record
    return replace(record, span=span, text=text[span[0] : span[1]])
