"""`+` and `-`: more or fewer links, on the seeds with the real engine, remembered."""

from __future__ import annotations

import re
import threading

from reader.core.compare import compare
from reader.core.model import Article, Comparison
from reader.core.settings import Settings, load_settings, save_settings
from reader.ui.app import DiptychApp, make_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.min_score import SETTLE_SECONDS
from tests.ui.conftest import SIZE, ready, seed_comparison


async def settle(app: DiptychApp, pilot) -> CompareScreen:  # type: ignore[no-untyped-def]
    """After a key: the quick-press pause, the new comparison, and its redraw."""
    await pilot.pause(SETTLE_SECONDS + 0.1)
    return await ready(app, pilot)


def header(screen: CompareScreen) -> str:
    return " ".join(str(screen.query_one(f"#{name}").render()) for name in ("status", "min-score"))


def shown_count(screen: CompareScreen) -> int:
    found = re.search(r"(\d+) match", str(screen.query_one("#status").render()))
    assert found, header(screen)
    return int(found.group(1))


def notices(app: DiptychApp) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


async def test_minus_shows_fewer_links_and_plus_more_each_told_and_remembered(seeds) -> None:  # type: ignore[no-untyped-def]
    app = make_app(list(seeds))  # the engine itself: the keys compare again
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        first = shown_count(screen)
        assert "min score 0.15" in header(screen)
        await pilot.press("minus")
        screen = await settle(app, pilot)
        fewer = shown_count(screen)
        assert fewer < first
        assert fewer == len(compare(*seeds, min_score=0.2).matches)
        assert "min score 0.20" in header(screen)
        assert notices(app)[-1] == f"min score 0.20: {fewer} matches"
        assert load_settings().min_score == 0.2
        await pilot.press("plus", "plus")
        screen = await settle(app, pilot)
        more = shown_count(screen)
        assert more > fewer and more >= first
        assert more == len(compare(*seeds, min_score=0.1).matches)
        assert "min score 0.10" in header(screen)
        assert notices(app)[-1] == f"min score 0.10: {more} matches"
        assert load_settings().min_score == 0.1


async def test_quick_presses_compare_once_at_the_last_minimum(seeds) -> None:  # type: ignore[no-untyped-def]
    app = make_app(list(seeds))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("minus", "minus", "minus")
        screen = await settle(app, pilot)
        told = [notice for notice in notices(app) if notice.startswith("min score")]
        assert told == [f"min score 0.30: {shown_count(screen)} matches"]
        assert load_settings().min_score == 0.3


async def test_the_cursor_scroll_and_mark_stay_where_they_were(seeds) -> None:  # type: ignore[no-untyped-def]
    app = make_app(list(seeds))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("pagedown", "j", "j", "m")
        pane = screen.panes["a"]
        cursor, scroll, mark = pane.cursor, pane.scroll_y, screen.mark
        assert mark is not None and cursor > 0 and scroll > 0
        await pilot.press("minus")
        screen = await settle(app, pilot)
        assert "min score 0.20" in header(screen)
        assert (pane.cursor, pane.scroll_y, screen.mark) == (cursor, scroll, mark)


async def test_the_bounds_are_told_and_nothing_is_compared_again(seeds) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []

    def counted(a: Article, b: Article) -> Comparison:
        calls.append(1)
        return seed_comparison(a, b)

    for stored, key, told in ((1.0, "minus", "highest"), (0.0, "plus", "lowest")):
        save_settings(Settings(min_score=stored))
        calls.clear()
        app = make_app(list(seeds), counted)
        async with app.run_test(size=SIZE) as pilot:
            await ready(app, pilot)
            await pilot.press(key)
            await settle(app, pilot)
            assert notices(app) == [f"min score {stored:.2f} is the {told}"]
            assert len(calls) == 1  # the first comparison only
        assert load_settings().min_score == stored


async def test_the_keys_wait_for_the_first_comparison(seeds) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()

    def held(a: Article, b: Article) -> Comparison:
        release.wait(10)
        return seed_comparison(a, b)

    app = make_app(list(seeds), held)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("minus")
        release.set()
        screen = await settle(app, pilot)
        assert "min score 0.15" in header(screen)
        assert not notices(app)
    assert load_settings() == Settings()


async def test_the_command_line_minimum_wins_over_the_setting(seeds) -> None:  # type: ignore[no-untyped-def]
    save_settings(Settings(min_score=0.9))
    for given, used in ((None, 0.9), (0.0, 0.0)):
        app = make_app(list(seeds), min_score=given)
        async with app.run_test(size=SIZE) as pilot:
            screen = await ready(app, pilot)
            assert f"min score {used:.2f}" in header(screen)
            assert shown_count(screen) == len(compare(*seeds, min_score=used).matches)
    assert load_settings().min_score == 0.9  # a run's option is not remembered
