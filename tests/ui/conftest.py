"""Hand-made comparisons of the seeds, so reader tests do not depend on the aligner's output."""

from __future__ import annotations

import pytest

from reader.core.loading import load_article
from reader.core.model import (
    Article,
    Claim,
    Comparison,
    Fact,
    FactLink,
    Match,
    Quantity,
    Span,
    Speaker,
)
from reader.core.paths import seed_paths


def find(article: Article, phrase: str) -> Span:
    """The span of the first occurrence of `phrase` (the test fails if it is missing)."""
    start = article.text.index(phrase)
    return (start, start + len(phrase))


MATCHED_PHRASES = (
    ("Putin once again denied Russian involvement", "Putin denied being involved", "paraphrase"),
    ("Trump accepted Putin's assurances", "Trump accepted Putin's assurances", "verbatim"),
    ("intractable disagreement", "intractable disagreement", "verbatim"),
    ("2+ hour meeting", "2 hours and 16 minutes", "fact"),
)


def seed_comparison(a: Article, b: Article) -> Comparison:
    """Four matches, one fact link and two speakers, placed by substring in the seeds."""
    matches = [Match(find(a, pa), find(b, pb), kind, 0.9) for pa, pb, kind in MATCHED_PHRASES]
    hours = Quantity(7200, None, "s")
    facts = (
        Fact("a", find(a, "2+ hour meeting"), "2+ hour", "duration", hours),
        Fact(
            "b",
            find(b, "2 hours and 16 minutes"),
            "2 hours and 16 minutes",
            "duration",
            Quantity(8160, 8160, "s"),
        ),
    )
    lavrov_a = "Trump accepted Putin's assurances that Russia didn't interfere in the election"
    lavrov_b = "Trump accepted Putin's assurances that Russia didn't meddle in the U.S. election"
    tillerson_a = "the issue may simply be an 'intractable disagreement.'"
    claims = (
        Claim("a", "Sergei Lavrov", find(a, lavrov_a), lavrov_a, "said", False, match=1),
        Claim("b", "Sergei Lavrov", find(b, lavrov_b), lavrov_b, "said", False, match=0),
        Claim("a", "Rex Tillerson", find(a, tillerson_a), tillerson_a, "said", True),
    )
    speakers = (
        Speaker("Rex Tillerson", ("Tillerson",), {"a": 1, "b": 0}),
        Speaker("Sergei Lavrov", ("Sergey Lavrov",), {"a": 1, "b": 1}),
    )
    return Comparison(
        a=a,
        b=b,
        matches=tuple(sorted(matches, key=lambda m: m.a)),
        facts=facts,
        fact_links=(FactLink(0, 1, "consistent"),),
        speakers=speakers,
        claims=claims,
    )


@pytest.fixture
def seeds() -> tuple[Article, Article]:
    first, second = seed_paths()
    return load_article(first), load_article(second)
