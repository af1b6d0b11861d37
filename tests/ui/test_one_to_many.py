"""Pilot tests: a sentence linked with two sentences of the other article (one-to-many).

The comparison is made by hand: A's "intractable disagreement" sentence is in two
matches, with B's sentence saying the same and with one two sentences further on.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Article, Comparison, Match, Span
from reader.ui.app import make_app
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.link_map import LinkMap
from tests.ui.conftest import SIZE, find, ready, seed_comparison

PHRASE = "intractable disagreement"


def sentence_span(article: Article, phrase: str) -> Span:
    sentence = article.sentence_at(find(article, phrase)[0])
    assert sentence is not None
    return sentence.span


def partners_b(b: Article) -> tuple[Span, Span]:
    first = b.sentence_at(find(b, PHRASE)[0])
    assert first is not None
    return first.span, b.sentences[first.index + 2].span


def two_partners(a: Article, b: Article) -> Comparison:
    shared = sentence_span(a, PHRASE)
    first, second = partners_b(b)
    matches = (Match(shared, first, "verbatim", 0.9), Match(shared, second, "paraphrase", 0.4))
    return replace(seed_comparison(a, b), matches=matches)


def styles_over(pane: ArticlePane, span: Span) -> set[str]:
    """The highlight and overlay names drawn over `span` in the pane."""
    return {name for *_, name in pane._line_highlights(*span)}


async def test_the_cursor_sentence_shows_both_partners_and_the_map_fans_out(seeds) -> None:
    app = make_app(list(seeds), two_partners)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        first, second = partners_b(seeds[1])
        pane_a, pane_b = screen.panes["a"], screen.panes["b"]
        pane_a.move_cursor(pane_a.sentence_near(find(seeds[0], PHRASE)[0]))
        await pilot.pause()
        assert screen.active_match in (0, 1)
        current, partner = (first, second) if screen.active_match == 0 else (second, first)
        assert "current" in styles_over(pane_b, current)
        assert "partner" in styles_over(pane_b, partner)
        link_map = screen.query_one(LinkMap)
        assert link_map.partners == {0, 1}
        shift = pane_b.content_region.y - link_map.content_region.y
        rows = [pane_b.row_of(first[0]) + shift, pane_b.row_of(second[0]) + shift]
        grid = link_map.grid_text()
        assert all(0 <= row < len(grid) and grid[row][-1] != " " for row in rows)


async def test_n_and_shift_n_step_pair_by_pair(seeds) -> None:
    app = make_app(list(seeds), two_partners)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        first, second = partners_b(seeds[1])
        pane_b = screen.panes["b"]
        cursor_b = []
        for key in ("n", "n", "N"):
            await pilot.press(key)
            cursor_b.append(pane_b.cursor_sentence.span)
            matches = screen.comparison.matches
            assert pane_b.row_of(matches[screen.active_match].b[0]) == screen.panes["a"].row_of(
                matches[screen.active_match].a[0]
            )  # each pair brought level
        assert cursor_b == [first, second, first]
        assert "partner" in styles_over(pane_b, second)  # the other link still shows
