"""The mark (`m`, `J`/`K`, `v`): a run of sentences in one pane, and its aligned passage."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.model import Article, DocId, Match, Span
from reader.ui.navigation import other, overlaps, side


@dataclass(frozen=True)
class Mark:
    """Sentences `anchor` to `end` (either order) of article `doc`."""

    doc: DocId
    anchor: int
    end: int

    def span(self, article: Article) -> Span:
        first, last = sorted((self.anchor, self.end))
        return (article.sentences[first].span[0], article.sentences[last].span[1])

    def size(self) -> int:
        return abs(self.end - self.anchor) + 1


def aligned_span(
    matches: tuple[Match, ...], doc: DocId, span: Span, partner: Article
) -> Span | None:
    """The sentences of `partner` aligned with `span`, and no more.

    Sentence links (verbatim, paraphrase) win over fact links, which may point anywhere
    ("2+ hour" ≈ a figure six paragraphs on); of partner sentences far apart (one-to-many
    links), the run carrying the most of the mark's links is kept.
    """
    touching = [match for match in matches if overlaps(side(match, doc), span)]
    chosen = [match for match in touching if match.kind != "fact"] or touching
    if not chosen:
        return None
    parts = sorted(
        (
            sentence_bounds(partner, _partner_part(match, doc, span)),
            match.score * _shared(match, doc, span),
        )
        for match in chosen
    )
    runs = _runs(partner, parts)
    return max(runs, key=lambda run: run[1])[0]


def _partner_part(match: Match, doc: DocId, span: Span) -> Span:
    """The share of the match's other side that lines up with the marked part of this side,
    in proportion, so one marked sentence of a long passage maps to a sentence, not the passage."""
    mine, theirs = side(match, doc), side(match, other(doc))
    if span[0] <= mine[0] and mine[1] <= span[1]:
        return theirs
    length, their_length = max(1, mine[1] - mine[0]), theirs[1] - theirs[0]
    low = (max(mine[0], span[0]) - mine[0]) / length
    high = (min(mine[1], span[1]) - mine[0]) / length
    return (theirs[0] + int(low * their_length), theirs[0] + max(1, round(high * their_length)))


def _shared(match: Match, doc: DocId, span: Span) -> int:
    mine = side(match, doc)
    return min(mine[1], span[1]) - max(mine[0], span[0])


def _runs(partner: Article, parts: list[tuple[Span, float]]) -> list[tuple[Span, float]]:
    """Partner spans (sorted) merged where they overlap or sit in neighbouring sentences."""
    runs: list[tuple[Span, float]] = []
    for part, weight in parts:
        if runs and _next_to(partner, runs[-1][0], part):
            (start, end), total = runs[-1]
            runs[-1] = ((start, max(end, part[1])), total + weight)
        else:
            runs.append((part, weight))
    return runs


def _next_to(partner: Article, run: Span, part: Span) -> bool:
    """Whether `part` overlaps `run` or starts in the sentence right after it."""
    if part[0] <= run[1]:
        return True
    following = partner.sentence_at(part[0])
    if following is None or following.index == 0:
        return False
    return partner.sentences[following.index - 1].span[1] <= run[1]


def sentence_bounds(article: Article, span: Span) -> Span:
    """`span` widened to the sentences it starts and ends in (kept as is outside any)."""
    first = article.sentence_at(span[0])
    last = article.sentence_at(max(span[0], span[1] - 1))
    start = first.span[0] if first else span[0]
    end = last.span[1] if last else span[1]
    return (min(start, span[0]), max(end, span[1]))
