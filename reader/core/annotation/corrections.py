"""The user's corrections of the aligner, applied to a comparison's matches.

A correction is a stored note of kind "link" (the user paired two passages) or
"unlink" (the user dropped a match). `apply_corrections` replays them, oldest
first, on the aligner's matches for the pair of articles they belong to.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.annotation.anchoring import place_passage
from reader.core.model import Article, Match, Note, Passage, Span

LINK_SCORE = 1.0


def apply_corrections(
    matches: Iterable[Match], corrections: Iterable[Note], a: Article, b: Article
) -> list[Match]:
    """`matches` with dropped pairs removed and linked pairs added, ordered by A's span.

    A correction whose passages cannot be placed in `a` and `b` (either way round)
    is ignored; a link replaces any match that overlaps it in both articles.
    """
    result = list(matches)
    for note in sorted(corrections, key=lambda note: (note.created, note.id)):
        spans = _pair_spans(note, a, b)
        if note.kind not in ("link", "unlink") or spans is None:
            continue
        result = [match for match in result if not _overlaps_both(match, spans)]
        if note.kind == "link":
            result.append(_linked_match(spans, a, b))
    return sorted(result, key=lambda match: (match.a, match.b))


def _pair_spans(note: Note, a: Article, b: Article) -> tuple[Span, Span] | None:
    """(span in A, span in B) of a correction, trying both orientations."""
    if note.linked is None:
        return None
    for first, second in ((note.passage, note.linked), (note.linked, note.passage)):
        span_a, span_b = _span(first, a), _span(second, b)
        if span_a is not None and span_b is not None:
            return span_a, span_b
    return None


def _span(passage: Passage, article: Article) -> Span | None:
    located = place_passage(passage, article)
    return located.span if located else None


def _overlaps_both(match: Match, spans: tuple[Span, Span]) -> bool:
    return _overlap(match.a, spans[0]) and _overlap(match.b, spans[1])


def _overlap(first: Span, second: Span) -> bool:
    return first[0] < second[1] and second[0] < first[1]


def _linked_match(spans: tuple[Span, Span], a: Article, b: Article) -> Match:
    same = " ".join(a.span_text(spans[0]).split()) == " ".join(b.span_text(spans[1]).split())
    return Match(spans[0], spans[1], "verbatim" if same else "paraphrase", LINK_SCORE)
