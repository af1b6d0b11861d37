"""`n`/`N` step through the matches from the reading cursor, wherever it was moved."""

from __future__ import annotations

from reader.ui.navigation import side
from tests.ui.conftest import SIZE, app_for, ready


def _in_reading_order(screen) -> list[int]:  # type: ignore[no-untyped-def]
    matches = screen.comparison.matches
    return sorted(range(len(matches)), key=lambda index: matches[index].a)


async def test_n_after_g_goes_to_the_first_match_not_past_the_last(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        order = _in_reading_order(screen)
        await pilot.press(*["n"] * len(order))
        assert screen.active_match == order[-1]
        await pilot.press("g", "n")
        assert screen.active_match == order[0]


async def test_N_after_G_goes_to_the_last_match(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        order = _in_reading_order(screen)
        await pilot.press("n", "G", "N")
        assert screen.active_match == order[-1]


async def test_n_from_the_middle_goes_to_the_first_match_after_the_cursor(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        order = _in_reading_order(screen)
        pane = screen.panes["a"]
        second = side(screen.comparison.matches[order[1]], "a")
        await pilot.press("n")  # the first match is current
        pane.move_cursor(pane.sentence_near(second[1]) + 1)  # past the second match
        await pilot.pause()
        await pilot.press("n")
        assert screen.active_match == order[2]
        await pilot.press("N")
        assert screen.active_match == order[1]
