"""Pilot tests: every key of the reader and what the screen shows after it."""

from __future__ import annotations

import threading

from rich.cells import cell_len
from textual import events

from reader.core.model import Article, Comparison
from reader.ui.app import make_app
from reader.ui.widgets.link_map import LinkMap
from tests.ui.conftest import (
    SIZE,
    app_for,
    find,
    on_screen,
    ready,
    seed_comparison,
    style_at,
    visible_text,
)


async def test_opens_both_articles_and_reports_matches(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        titles = str(screen.query_one("#titles").render())
        assert seeds[0].title in titles and seeds[1].title[:30] in titles
        assert "4 matches" in str(screen.query_one("#status").render())
        assert "Update: As part of the 2+ hour" in " ".join(visible_text(screen.panes["a"]))
        assert "President Trump opened his first" in " ".join(visible_text(screen.panes["b"]))


async def test_text_is_painted_before_alignment_and_n_waits_for_it(seeds) -> None:
    release = threading.Event()

    def slow(a: Article, b: Article) -> Comparison:
        release.wait(5)
        return seed_comparison(a, b)

    app = make_app(list(seeds), slow)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert "aligning" in str(screen.query_one("#status").render())
        assert any("Update: As part" in line for line in visible_text(screen.panes["a"]))
        assert screen.check_action("next_match", ()) is False
        await pilot.press("n")
        assert screen.active_match is None
        release.set()
        await ready(app, pilot)
        assert screen.check_action("next_match", ()) is True


async def test_j_k_and_arrows_move_the_reading_cursor(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane = screen.panes["a"]
        await pilot.press("j", "j", "down")
        assert pane.cursor == 3
        await pilot.press("k", "up")
        assert pane.cursor == 1
        await pilot.press(*["j"] * 20)
        assert pane.cursor == 21
        assert on_screen(pane, seeds[0].sentences[21].span[0])


async def test_paging_and_top_bottom(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane = screen.panes["a"]
        await pilot.press("pagedown")
        height = pane.scrollable_content_region.height
        assert pane.scroll_y == height - 1
        assert on_screen(pane, pane.cursor_sentence.span[0])
        await pilot.press("pageup")
        assert pane.scroll_y == 0
        await pilot.press("space")
        assert pane.scroll_y == height - 1
        await pilot.press("G")
        assert pane.cursor == len(seeds[0].sentences) - 1
        # The last line sits on the last row; blank space below it is only for levelling.
        assert pane.scroll_y == len(pane.wrapped) - height
        await pilot.press("g")
        assert (pane.cursor, pane.scroll_y) == (0, 0)


async def test_n_brings_each_pair_level_and_N_goes_back(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane_a, pane_b = screen.panes["a"], screen.panes["b"]
        matches = screen.comparison.matches
        for expected in range(len(matches)):
            await pilot.press("n")
            assert screen.active_match == expected
            match = matches[expected]
            assert on_screen(pane_a, match.a[0]) and on_screen(pane_b, match.b[0])
            assert pane_a.row_of(match.a[0]) == pane_b.row_of(match.b[0])
            for pane, span in ((pane_a, match.a), (pane_b, match.b)):
                assert style_at(pane, span[0]).reverse  # the current pair, in reverse video
            previous = matches[expected - 1].a[0]
            if expected and on_screen(pane_a, previous):
                assert not style_at(pane_a, previous).reverse
        await pilot.press("N")
        assert screen.active_match == len(matches) - 2
        match = matches[-2]
        assert pane_a.row_of(match.a[0]) == pane_b.row_of(match.b[0])


async def test_link_map_connects_the_current_pair(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n", "n", "n")
        link_map = screen.query_one(LinkMap)
        match = screen.comparison.matches[2]
        row = screen.panes["a"].row_of(match.a[0])
        row += screen.panes["a"].content_region.y - link_map.content_region.y
        lines = link_map.grid_text()
        assert set(lines[row]) == {"─"}
        assert 2 in link_map.visible_matches()


async def test_tab_switches_pane(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.query_one("#column-a .pane-title").has_class("-focused")
        await pilot.press("tab")
        assert app.focused is screen.panes["b"]
        assert screen.query_one("#column-b .pane-title").has_class("-focused")
        assert not screen.query_one("#column-a .pane-title").has_class("-focused")
        await pilot.press("j")
        assert (screen.panes["a"].cursor, screen.panes["b"].cursor) == (0, 1)
        await pilot.press("tab")  # then the sidebar, when it is shown
        assert app.focused is screen.query_one("#sidebar")
        await pilot.press("tab")
        assert app.focused is screen.panes["a"]


async def test_u_steps_through_passages_only_in_this_article(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane = screen.panes["a"]
        passages = screen.passages["a"]
        await pilot.press("u")
        first = pane.cursor_sentence.span[0]
        assert first == passages[1][0]  # the cursor starts inside passage 0
        await pilot.press("u")
        assert pane.cursor_sentence.span[0] == passages[2][0]
        await pilot.press("U")
        assert pane.cursor_sentence.span[0] == passages[1][0]
        for start, end in passages:  # a number both tell ("2+ hour") hides no passage
            for match in screen.comparison.matches:
                assert match.kind == "fact" or match.a[1] <= start or match.a[0] >= end


async def test_o_shows_every_unique_passage(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane = screen.panes["a"]
        unique_colour = pane.component_style("unique").color  # red italic text
        await pilot.press("g", "j")  # the cursor off line 0, which is unique text
        row = pane.row_of(screen.passages["a"][0][0])

        def colours() -> set[object]:
            return {seg.style.color for seg in pane.render_line(row) if seg.style}

        assert unique_colour not in colours()
        await pilot.press("o")
        assert unique_colour in colours()


async def test_y_toggles_synchronised_scrolling(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane_b = screen.panes["b"]
        await pilot.press("G")
        assert pane_b.scroll_y > 0  # B followed A to its end
        await pilot.press("g")
        assert pane_b.scroll_y == 0
        await pilot.press("y")
        assert screen.sync is False
        await pilot.press("G")
        assert pane_b.scroll_y == 0


async def test_slash_searches_the_focused_article(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane = screen.panes["a"]
        text = seeds[0].text
        await pilot.press("slash")
        assert app.focused.id == "search"
        await pilot.press(*"TILLERSON", "enter")
        first = text.index("Tillerson")
        assert pane.search_hit == (first, first + 9)
        assert pane.cursor_sentence.span[0] <= first < pane.cursor_sentence.span[1]
        assert app.focused is pane  # the keys go back to the text: n steps on
        await pilot.press("n")
        second = text.index("Tillerson", first + 1)
        assert pane.search_hit == (second, second + 9)
        await pilot.press("escape")
        assert app.focused is pane and pane.search_hit is None
        assert not screen.query_one("#search-bar").display


async def test_click_moves_the_cursor_to_that_sentence(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane = screen.panes["b"]
        target = seeds[1].sentences[4]
        row = pane.row_of(target.span[0])
        column = pane.line_of(target.span[0])
        line = pane.wrapped.lines[column]
        x = target.span[0] - line.start + 1  # inside the sentence's first word
        await pilot.click(pane, offset=(x, row))
        assert app.focused is pane
        assert pane.cursor == 4


async def test_wheel_scrolls_the_pane(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane = screen.panes["a"]
        for _ in range(3):
            pane.post_message(events.MouseScrollDown(pane, 5, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert pane.scroll_y > 0


async def test_click_in_the_other_pane_marks_its_match_and_a_follows(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane_a, pane_b = screen.panes["a"], screen.panes["b"]
        span_b = find(seeds[1], "intractable disagreement")
        line = pane_b.wrapped.lines[pane_b.line_of(span_b[0])]
        column = cell_len(seeds[1].text[line.start : span_b[0]])
        await pilot.click(pane_b, offset=(column + 1, pane_b.row_of(span_b[0])))
        index = next(i for i, m in enumerate(screen.comparison.matches) if m.b == span_b)
        assert screen.active_match == index
        assert on_screen(pane_a, screen.comparison.matches[index].a[0])


async def test_every_real_seed_match_comes_level_even_near_an_end(seeds) -> None:
    """The real aligner pairs A's opening with B's closing paragraph ("2+ hour" with
    "2 hours and 16 minutes"): the panes scroll past the end so such pairs level too."""
    app = make_app(list(seeds))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane_a, pane_b = screen.panes["a"], screen.panes["b"]
        matches = screen.comparison.matches
        assert len(matches) >= 10
        for match in matches:
            await pilot.press("n")
            assert pane_a.row_of(match.a[0]) == pane_b.row_of(match.b[0]), match
            assert on_screen(pane_a, match.a[0]) and on_screen(pane_b, match.b[0])
