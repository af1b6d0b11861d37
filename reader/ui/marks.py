"""The mark (`m`, `J`/`K`, `v`): a run of sentences in one pane, and its aligned passage."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.model import Article, DocId, Match, Span
from reader.ui.navigation import other, side


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
    """The whole sentences of `partner` holding what the matches touching `span` align with."""
    theirs = [side(match, other(doc)) for match in matches if _overlaps(side(match, doc), span)]
    if not theirs:
        return None
    return sentence_bounds(partner, (min(s[0] for s in theirs), max(s[1] for s in theirs)))


def sentence_bounds(article: Article, span: Span) -> Span:
    """`span` widened to the sentences it starts and ends in (kept as is outside any)."""
    first = article.sentence_at(span[0])
    last = article.sentence_at(max(span[0], span[1] - 1))
    start = first.span[0] if first else span[0]
    end = last.span[1] if last else span[1]
    return (min(start, span[0]), max(end, span[1]))


def _overlaps(first: Span, second: Span) -> bool:
    return first[0] < second[1] and second[0] < first[1]
