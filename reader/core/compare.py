"""The whole analysis of two articles: alignment, facts, speakers -> Comparison."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

from reader.core import forked
from reader.core.alignment.align import align
from reader.core.alignment.prior import load_prior
from reader.core.model import Article, Claim, Comparison, Fact, FactLink, Match, Speaker
from reader.core.reading.loading import article_from_text
from reader.core.shared_runs import join_shared_runs
from reader.core.speech.claimlinks import link_claims
from reader.core.word_edges import on_word_edges

_Unaligned = tuple[list[Fact], list[FactLink], list[Match], list[Speaker], list[Claim]]


def compare(
    a: Article | str, b: Article | str, *, parallel: bool = False, min_score: float | None = None
) -> Comparison:
    """Compare two articles (or two strings); `to_dict()` gives the JSON contract.

    `min_score` (0..1) keeps fewer or more links than the default; weak links are
    dropped anyway when the two look like different stories. `parallel` finds
    facts and speakers in a forked child while this process aligns (with parts of
    the alignment in other children once that child is done: on two cores a third
    process would only slow both): for the single-threaded CLI only (forking a
    threaded app is unsafe).
    """
    article_a = as_article(a)
    article_b = as_article(b)
    similarity, unaligned, spare_core = _analyses(article_a, article_b, parallel)
    matches = align(
        article_a, article_b, min_score=min_score, similarity=similarity, parallel=spare_core
    )
    facts, fact_links, fact_matches, speakers, claims = unaligned()
    comparison = Comparison(
        a=article_a,
        b=article_b,
        matches=tuple(sorted([*matches, *fact_matches], key=lambda match: match.a)),
        facts=tuple(facts),
        fact_links=tuple(fact_links),
        speakers=tuple(speakers),
        claims=tuple(link_claims(claims, matches)),
        documents_similarity=similarity(),
    )
    comparison = on_word_edges(comparison)
    runs = join_shared_runs(comparison.matches, article_a, article_b)
    return replace(comparison, matches=runs)


def _analyses(
    a: Article, b: Article, parallel: bool
) -> tuple[Callable[[], float], Callable[[], _Unaligned], Callable[[], bool] | bool]:
    """The analyses beside the alignment, as callables giving their results, and
    whether a core is free for the aligner's own children; with `parallel`,
    computed in turn in a forked child, the similarity first: the aligner waits for
    it, the rest is needed only once the alignment is done."""
    similarity = functools.partial(_similarity, a, b)
    unaligned = functools.partial(_unaligned, a, b)
    if not parallel:
        return functools.cache(similarity), unaligned, False
    load_prior()  # both processes weigh words by English rarity: read it once, before the fork
    pending_similarity, pending_unaligned = forked.start_in_turn(similarity, unaligned)
    return functools.cache(pending_similarity), pending_unaligned, pending_unaligned.sent


def _similarity(a: Article, b: Article) -> float:
    """Same story or not, which the aligner asks for once its candidates are scored.

    This and `_unaligned` import their modules when run, so that a forked child
    imports them (70 ms) while the parent aligns."""
    from reader.core.folders.similarity import documents_similarity

    return documents_similarity(a.text, b.text)


def _unaligned(a: Article, b: Article) -> _Unaligned:
    """The analyses that do not need the alignment: facts and who said what."""
    from reader.core.facts.quantities import extract_facts, link_facts
    from reader.core.speech.speakers import speaker_claims

    facts = extract_facts(a, "a") + extract_facts(b, "b")
    fact_links, fact_matches = link_facts(facts, a, b)
    speakers, claims = speaker_claims(a, b)
    return facts, fact_links, fact_matches, speakers, claims


def as_article(value: Article | str) -> Article:
    return value if isinstance(value, Article) else article_from_text(value)
