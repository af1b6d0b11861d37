"""Speakers and claims, merged across both articles.

The pipeline: find attributed statements in each article (attribution), learn
every name form and title of both articles (names), resolve each speaker phrase
to one entity in reading order (coreference), then link the same claim by the
same speaker across the articles (claimlinks).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.model import Article, Claim, DocId, Match, Speaker
from reader.core.speech.attribution import find_claims
from reader.core.speech.claimlinks import link_claims
from reader.core.speech.coreference import ArticleResolver, Attributed, register_names
from reader.core.speech.names import Entity, Registry, titled_names


def attribute(
    a: Article, b: Article, matches: Sequence[Match]
) -> tuple[list[Speaker], list[Claim]]:
    """Speakers (one per person or organisation) and their claims in both articles."""
    speakers, claims = speaker_claims(a, b)
    return speakers, link_claims(claims, matches)


def speaker_claims(a: Article, b: Article) -> tuple[list[Speaker], list[Claim]]:
    """attribute() before its claims are linked across the articles (no matches needed)."""
    registry = Registry()
    articles: dict[DocId, Article] = {"a": a, "b": b}
    found = {doc: find_claims(article) for doc, article in articles.items()}
    titled = {doc: titled_names(article.text) for doc, article in articles.items()}
    for doc in articles:
        register_names(registry, found[doc], titled[doc])
    attributed: list[tuple[DocId, Attributed]] = []
    for doc, article in articles.items():
        starts = {sentence.span[0] for sentence in article.sentences}
        resolved = ArticleResolver(registry).resolve(found[doc], titled[doc], starts)
        attributed += [(doc, item) for item in sorted(resolved, key=_position)]
    claims = [_claim(doc, item, articles[doc]) for doc, item in attributed]
    return _speakers(attributed), claims


def _position(item: Attributed) -> tuple[int, int]:
    return item.claim.span


def _claim(doc: DocId, item: Attributed, article: Article) -> Claim:
    raw = item.claim
    return Claim(
        doc=doc,
        speaker=item.entity.name,
        span=raw.span,
        text=article.span_text(raw.span),
        verb=raw.verb,
        quoted=raw.quoted,
    )


def _speakers(attributed: list[tuple[DocId, Attributed]]) -> list[Speaker]:
    """One Speaker per entity with claims, most claims first, then first seen."""
    counts: dict[int, dict[str, int]] = {}
    entities: dict[int, Entity] = {}
    for doc, item in attributed:
        key = id(item.entity)
        entities.setdefault(key, item.entity)
        counts.setdefault(key, {"a": 0, "b": 0})[doc] += 1
    order = sorted(entities, key=lambda key: -sum(counts[key].values()))
    return [_speaker(entities[key], counts[key]) for key in order]


def _speaker(entity: Entity, documents: dict[str, int]) -> Speaker:
    name = entity.name
    forms = [form for form in entity.names if form != name]
    aliases = [alias for alias in [*forms, *entity.aliases] if alias != name]
    return Speaker(name, tuple(dict.fromkeys(aliases)), dict(documents), entity.kind)
