"""The whole analysis of two articles: alignment, facts, speakers -> Comparison."""

from __future__ import annotations

from reader.core.align import align
from reader.core.loading import article_from_text
from reader.core.model import Article, Comparison
from reader.core.quantities import extract_facts, link_facts
from reader.core.speakers import attribute


def compare(a: Article | str, b: Article | str) -> Comparison:
    """Compare two articles (or two strings); `to_dict()` gives the JSON contract."""
    article_a = as_article(a)
    article_b = as_article(b)
    matches = align(article_a, article_b)
    facts = extract_facts(article_a, "a") + extract_facts(article_b, "b")
    fact_links, fact_matches = link_facts(facts, article_a, article_b)
    speakers, claims = attribute(article_a, article_b, matches)
    return Comparison(
        a=article_a,
        b=article_b,
        matches=tuple(sorted([*matches, *fact_matches], key=lambda match: match.a)),
        facts=tuple(facts),
        fact_links=tuple(fact_links),
        speakers=tuple(speakers),
        claims=tuple(claims),
    )


def as_article(value: Article | str) -> Article:
    return value if isinstance(value, Article) else article_from_text(value)
