"""Pilot: web addresses in the reader — a loading screen while fetching, keys live, `q`
quits at once, then both articles with their titles and sites; a failure ends the reader."""

from __future__ import annotations

import asyncio
import time

from textual.widgets import Label, LoadingIndicator

from reader.core.model import Article, Comparison
from reader.core.reading.web import WebOptions
from reader.ui.app import DiptychApp, make_fetching_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.fetch import FetchScreen
from tests.news_server import NewsServer
from tests.ui.conftest import SIZE


def no_alignment(a: Article, b: Article) -> Comparison:
    return Comparison(a, b, ())


async def until(app: DiptychApp, done: object, timeout: float = 20) -> None:
    """Wait (awaiting the app's loop) until `done()` is true."""
    deadline = time.monotonic() + timeout
    while not done():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


def header(screen: CompareScreen, doc: str) -> tuple[str, str]:
    title = screen.query_one(f"#column-{doc} .pane-title", Label)
    meta = screen.query_one(f"#column-{doc} .pane-meta", Label)
    return str(title.render()), str(meta.render())


async def test_two_addresses_open_side_by_side_with_titles_and_sites(
    news_site: NewsServer,
) -> None:
    urls = [news_site.url("/a.html"), news_site.url("/b.html")]
    app = make_fetching_app(urls, WebOptions(), no_alignment)
    async with app.run_test(size=SIZE) as pilot:
        await until(app, lambda: isinstance(app.screen, CompareScreen))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        title_a, meta_a = header(screen, "a")
        title_b, meta_b = header(screen, "b")
    assert title_a.startswith("Tillerson: Putin Asked Trump")
    assert meta_a == f"Daily Planet · 2017-07-07 · Lois Lane · {urls[0]}"
    assert title_b == "Trump confronts Putin over election meddling"
    assert meta_b == f"Evening Post · 2017-07-07 · Jimmy Olsen · {urls[1]}"
    assert app.error is None


async def test_an_address_and_a_file_open_together(news_site: NewsServer, seeds) -> None:
    app = make_fetching_app([news_site.url("/b.html"), seeds[0]], WebOptions(), no_alignment)
    async with app.run_test(size=SIZE) as pilot:
        await until(app, lambda: isinstance(app.screen, CompareScreen))
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert screen.articles[1] is seeds[0]
        assert header(screen, "a")[0] == "Trump confronts Putin over election meddling"


async def test_while_fetching_a_spinner_shows_keys_work_and_q_quits_at_once(
    news_site: NewsServer,
) -> None:
    urls = [news_site.url("/a.html"), news_site.url("/slow.html")]  # slow: held 10 s
    app = make_fetching_app(urls, WebOptions(timeout=8), no_alignment)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, FetchScreen)
        # Page A arrives while B is still on its way: A's line says so, B's spins.
        await until(app, lambda: not screen.query("#fetch-row-0 LoadingIndicator"))
        assert screen.query("#fetch-row-1 LoadingIndicator")
        row_a = str(screen.query_one("#fetch-row-0 .fetch-what", Label).render())
        assert row_a.endswith("Election — Daily Planet")
        await until(app, lambda: news_site.requests["/slow.html"] == 1)
        await pilot.press("question_mark")  # the interface answers while B is fetched
        await pilot.pause()
        assert app.screen is not screen
        await pilot.press("escape")
        started = time.monotonic()
        await pilot.press("q")
    assert time.monotonic() - started < 3  # the fetching process was killed, not awaited
    assert app.return_code == 0
    assert app.error is None


async def test_a_page_that_cannot_be_read_ends_the_reader_with_its_reason(
    news_site: NewsServer,
) -> None:
    url = news_site.url("/paper.pdf")
    app = make_fetching_app([news_site.url("/a.html"), url], WebOptions(), no_alignment)
    async with app.run_test(size=SIZE):
        await until(app, lambda: app.error is not None)
    assert app.error == f"{url}: a PDF, not an article"
    assert app.return_code == 1


async def test_the_loading_screen_has_one_spinner_per_page_to_fetch(
    news_site: NewsServer, seeds
) -> None:
    app = make_fetching_app([seeds[0], news_site.url("/slow.html")], WebOptions(), no_alignment)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert len(app.screen.query(LoadingIndicator)) == 1
        done = str(app.screen.query_one("#fetch-row-0 .fetch-what", Label).render())
        assert done.startswith("✓ Tillerson: Putin Asked Trump")
        await pilot.press("q")


async def test_pages_fetched_before_open_from_the_cache_unless_refresh(
    news_site: NewsServer,
) -> None:
    urls = [news_site.url("/a.html"), news_site.url("/b.html")]
    for options, asked in ((WebOptions(), 1), (WebOptions(), 1), (WebOptions(refresh=True), 2)):
        app = make_fetching_app(urls, options, no_alignment)
        async with app.run_test(size=SIZE) as pilot:
            await until(app, lambda app=app: isinstance(app.screen, CompareScreen))
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CompareScreen)
            assert header(screen, "b")[1].startswith("Evening Post")
        assert (news_site.requests["/a.html"], news_site.requests["/b.html"]) == (asked, asked)
