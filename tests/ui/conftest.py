"""Hand-made comparisons of the seeds, so reader tests do not depend on the aligner's output."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from rich.style import Style

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
from reader.core.reading.loading import load_article
from reader.ui.app import DiptychApp, make_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.widgets.article_pane import ArticlePane


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
        documents_similarity=0.46,  # about what the library's measure gives the seeds
    )


@pytest.fixture
def seeds() -> tuple[Article, Article]:
    first, second = seed_paths()
    return load_article(first), load_article(second)


SIZE = (160, 45)


def app_for(seeds: tuple[Article, Article]) -> DiptychApp:
    return make_app(list(seeds), seed_comparison)


async def ready(app: DiptychApp, pilot) -> CompareScreen:  # type: ignore[no-untyped-def]
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, CompareScreen)
    return app.screen


def visible_text(pane: ArticlePane) -> list[str]:
    return [pane.render_line(y).text for y in range(pane.scrollable_content_region.height)]


def style_at(pane: ArticlePane, offset: int) -> Style:
    """The style drawn at character `offset` (which must be on screen)."""
    line = pane.wrapped.lines[pane.line_of(offset)]
    column = cell_len(pane.article.text[line.start : offset])
    strip = pane.render_line(pane.row_of(offset)).crop(column, column + 1)
    return next(iter(strip)).style


def on_screen(pane: ArticlePane, offset: int) -> bool:
    return 0 <= pane.row_of(offset) < pane.scrollable_content_region.height
