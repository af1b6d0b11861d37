"""Speakers and claims, merged across both articles.

The pipeline: find attributed statements in each article (attribution), learn
that article's name forms and titles (names), resolve each speaker phrase to one
entity in reading order (coreference): all of it per article, so an article's
speakers never depend on the other one. Then join the two articles' speakers
(merging) and link the same claim by the same speaker (claimlinks).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from reader.core.model import Article, Claim, DocId, Match, Speaker
from reader.core.speech.attribution import find_claims
from reader.core.speech.claimlinks import link_claims
from reader.core.speech.coreference import ArticleResolver, Attributed, register_names
from reader.core.speech.merging import SpeakerGroup, merge_speakers
from reader.core.speech.names import Entity, Registry
from reader.core.speech.titled import acronym_definitions, titled_names


def attribute(
    a: Article, b: Article, matches: Sequence[Match]
) -> tuple[list[Speaker], list[Claim]]:
    """Speakers (one per person or organisation) and their claims in both articles."""
    speakers, claims = speaker_claims(a, b)
    return speakers, link_claims(claims, matches)


def speaker_claims(a: Article, b: Article) -> tuple[list[Speaker], list[Claim]]:
    """attribute() before its claims are linked across the articles (no matches needed)."""
    attributed = {"a": article_speech(a), "b": article_speech(b)}
    groups, of_entity = merge_speakers(_counted(attributed["a"]), _counted(attributed["b"]))
    articles: dict[DocId, Article] = {"a": a, "b": b}
    names = {id(group): group.name for group in of_entity.values()}  # once per speaker
    claims = [
        _claim(doc, item, articles[doc], names[id(of_entity[id(item.entity)])])
        for doc in ("a", "b")
        for item in attributed[doc]
    ]
    return _speakers(groups), claims


@functools.lru_cache(maxsize=8)
def article_speech(article: Article) -> tuple[Attributed, ...]:
    """One article's claims with their speakers, in text order (cached: an article
    compared with several others, or with itself, is read once)."""
    registry = Registry()
    found = find_claims(article)
    titled = titled_names(article.text)
    register_names(registry, found, titled)
    for full, acronym in acronym_definitions(article.text):
        registry.add_acronym(full, acronym)
    starts = {sentence.span[0] for sentence in article.sentences}
    resolved = ArticleResolver(registry).resolve(found, titled, starts)
    return tuple(sorted(resolved, key=_position))


def _counted(attributed: tuple[Attributed, ...]) -> list[tuple[Entity, int]]:
    """Each speaking entity once, with its number of claims, in order of first claim."""
    counts: dict[int, int] = {}
    entities: dict[int, Entity] = {}
    for item in attributed:
        key = id(item.entity)
        entities.setdefault(key, item.entity)
        counts[key] = counts.get(key, 0) + 1
    return [(entities[key], counts[key]) for key in entities]


def _position(item: Attributed) -> tuple[int, int]:
    return item.claim.span


def _claim(doc: DocId, item: Attributed, article: Article, speaker: str) -> Claim:
    raw = item.claim
    return Claim(
        doc=doc,
        speaker=speaker,
        span=raw.span,
        text=article.span_text(raw.span),
        verb=raw.verb,
        quoted=raw.quoted,
    )


def _speakers(groups: list[SpeakerGroup]) -> list[Speaker]:
    """One Speaker per group, most claims first, then first seen."""
    order = sorted(groups, key=lambda group: -sum(group.documents.values()))
    return [_speaker(group) for group in order]


def _speaker(group: SpeakerGroup) -> Speaker:
    name = group.name
    forms = [form for entity in group.entities for form in [*entity.names, *entity.aliases]]
    aliases = [form for form in dict.fromkeys(forms) if form.lower() != name.lower()]
    kinds = [entity.kind for entity in group.entities if entity.kind != "role"]
    kind = kinds[0] if kinds else "role"
    return Speaker(name, tuple(_distinct(aliases)), dict(group.documents), kind)


def _distinct(forms: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for form in forms:
        if form.lower() not in seen:
            seen.add(form.lower())
            kept.append(form)
    return kept
