"""Every corpus input in the reader (Pilot): it opens, answers keys and draws inside its panes.

Each opened input is compared with a seed by the real aligner. The screen is checked as
the compositor draws it: every row exactly the terminal's width, each pane's rows
exactly the pane's width with nothing cut off, the link map holding only connectors,
and no control character, bidi override or undecodable byte anywhere.
"""

from __future__ import annotations

import asyncio
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.events import Resize
from textual.geometry import Size
from textual.widget import Widget

from reader.core.compare import compare
from reader.core.model import Article, Comparison
from reader.ui.app import DiptychApp, make_app
from reader.ui.library_app import make_library_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.widgets.layout import wrap_text
from reader.ui.widgets.sidebar import Sidebar
from tests.conftest import SEED_A, SEED_B
from tests.hardening.corpus import CORPUS, HOSTILE, PROSE, BadInput
from tests.hardening.reader_screen import (
    SIZES,
    assert_panes_fit,
    assert_screen_safe,
    cursor_visible,
    region_text,
    screen_text,
)
from tests.hardening.test_compare_inputs import TIME_LIMIT

BIG = ("one 5 MB line", "one 5 MB word", "100,000 paragraphs")
OPENED = [entry for entry in CORPUS if entry.expect == "open" and entry.name not in BIG]
BIG_INPUTS = [entry for entry in CORPUS if entry.name in BIG]
# Checked at every size in SIZES; the rest at the first (their text is plain ASCII or Latin).
WIDTH_SENSITIVE = ("RTL and combining", "emoji and CJK", "markup and escapes", "HTML entities")


async def aligned(app: DiptychApp, pilot) -> CompareScreen:  # type: ignore[no-untyped-def]
    await asyncio.wait_for(app.workers.wait_for_complete(), TIME_LIMIT)
    await pilot.pause()
    assert isinstance(app.screen, CompareScreen)
    return app.screen


def status(screen: CompareScreen) -> str:
    return str(screen.query_one("#status").render())


async def exercise_keys(pilot, screen: CompareScreen) -> None:  # type: ignore[no-untyped-def]
    """j/k/G/g/n/N/u/tab/s/?/escape each do their job on whatever article is open."""
    app, pane = screen.app, screen.panes["a"]
    last = len(pane.article.sentences) - 1
    await pilot.press("G")
    assert pane.cursor == last and cursor_visible(pane)
    await pilot.press("g")
    assert pane.cursor == 0 and pane.scroll_y == 0
    await pilot.press("j")
    assert pane.cursor == min(1, last)
    await pilot.press("k")
    assert pane.cursor == 0
    await pilot.press("n", "N")
    assert (screen.active_match is not None) == bool(screen.comparison.matches)  # type: ignore[union-attr]
    await pilot.press("u")
    assert cursor_visible(pane)
    other = screen.panes["b"]
    await pilot.press("tab")
    assert screen.focused_doc == "b" and app.focused is other and cursor_visible(other)
    following = min(other.cursor + 1, len(other.article.sentences) - 1)
    await pilot.press("j")
    assert other.cursor == following
    shown = screen.sidebar_shown  # beside the panes on a wide screen, hidden on a narrow one
    await pilot.press("s")
    assert screen.sidebar_shown is not shown
    await pilot.press("s", "question_mark")
    assert isinstance(app.screen, HelpScreen)
    await pilot.press("escape")
    assert app.screen is screen and screen.sidebar_shown is shown


async def sweep_sizes(pilot, screen: CompareScreen) -> None:  # type: ignore[no-untyped-def]
    for width, height in SIZES:
        await pilot.resize_terminal(width, height)
        assert_panes_fit(screen)
        assert_screen_safe(screen.app)


@pytest.mark.parametrize("bad_input", OPENED, ids=[entry.name for entry in OPENED])
async def test_opens_aligns_answers_keys_and_fits(bad_input: BadInput, tmp_path: Path) -> None:
    app = make_app([bad_input.make(tmp_path), SEED_B])
    async with app.run_test(size=SIZES[0]) as pilot:
        screen = await aligned(app, pilot)
        assert status(screen).endswith(("match", "matches")), status(screen)
        pane = screen.panes["a"]
        pane.cursor_to_offset(pane.article.text.index(bad_input.keeps))
        await pilot.pause()
        shown = region_text(app, pane)  # the pane itself, not the title above it
        assert " ".join(bad_input.keeps.split()) in " ".join(shown.split())
        await asyncio.wait_for(exercise_keys(pilot, screen), TIME_LIMIT)
        if bad_input.name in WIDTH_SENSITIVE:
            await sweep_sizes(pilot, screen)
        assert_panes_fit(screen)
        assert_screen_safe(app)


MIXED = (
    "# 東京サミット😊 [bold]x[/] שלום\n\n"
    + "東京で会談が行われた。" * 12
    + "\n\n👨‍👩‍👧‍👦 family, 🇺🇸🇷🇺 flags, 👍🏽 tones, ❤️ hearts and Z̷̢͈a̸͓l̴g̵o̶ text said the mayor.\n\n"
    + "ab\u3000\u3000cd ideographic\u3000spaces\u3000between\u3000words here.\n\n"
    + "قال الوزير " * 30
    + "\n\n```\n"
    + "        indented code "
    + "x" * 30
    + "\n```\n"
)


CHARACTERS = st.sampled_from(list("ab  \n\u3000漢字😊\u0301\u200d👍🏽عש"))


# From 2 cells: a pane narrower than one wide character cannot show it (panes are 17+).
@given(text=st.text(CHARACTERS, max_size=60), width=st.integers(min_value=2, max_value=12))
def test_wrapped_lines_fit_the_width_and_keep_every_character(text: str, width: int) -> None:
    lines = wrap_text(text, 0, len(text), width)
    assert "".join(text[start:end] for start, end in lines) == text.replace("\n", "")
    for start, end in lines:
        shown = text[start:end].rstrip()
        assert cell_len(shown) <= width, (shown, width)


async def test_wide_combining_and_indented_text_fits_every_size(tmp_path: Path) -> None:
    path = tmp_path / "mixed.md"
    path.write_text(MIXED, encoding="utf-8")
    app = make_app([path, SEED_B])
    async with app.run_test(size=SIZES[0]) as pilot:
        screen = await aligned(app, pilot)
        await sweep_sizes(pilot, screen)  # every wrapped line is measured, on screen or not
        await pilot.press("G")  # and the indented code drawn where the compositor shows it
        await sweep_sizes(pilot, screen)


def copy_of(text: str, folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


async def test_markup_is_literal_in_panes_titles_header_and_sidebar(tmp_path: Path) -> None:
    hostile = HOSTILE + '"[bold]We[/bold] will [link=https://evil]win[/link]," said Mayor Smith.\n'
    app = make_app([copy_of(hostile, tmp_path, "a.txt"), copy_of(hostile, tmp_path, "b.txt")])
    async with app.run_test(size=SIZES[0]) as pilot:
        screen = await aligned(app, pilot)
        assert screen.comparison is not None and screen.comparison.matches
        await pilot.press("n")
        assert "[bold red]x[/]" in region_text(app, screen.query_one("#titles"))
        for doc in ("a", "b"):
            title = screen.query_one(f"#column-{doc} .pane-title", Widget)
            assert "[bold red]x[/]" in region_text(app, title)
            pane_text = region_text(app, screen.panes[doc])
            assert "[bold red]x[/]" in pane_text and "[link=https://x]y[/link]" in pane_text
            assert "[bold]We[/bold] will [link=https://evil]win[/link]" in pane_text
        # The identical texts are one match now; the mayor's quote is a claim under his name.
        speakers = screen.query_one(Sidebar).root.children[0]
        speakers.children[0].expand()
        await pilot.pause()
        sidebar = region_text(app, screen.query_one("#sidebar", Widget))  # excerpts, cut short
        assert "He typed [bold red]x[/" in sidebar and "[bold]We[/bold] will" in sidebar
        assert_screen_safe(app)
        await sweep_sizes(pilot, screen)


async def test_alignment_failure_is_a_notification_and_reading_goes_on() -> None:
    def failing(a: Article, b: Article) -> Comparison:
        raise RuntimeError("aligner broke on [bold]this[/bold]")

    app = make_app([SEED_A, SEED_B], failing)
    async with app.run_test(size=SIZES[0]) as pilot:
        await asyncio.wait_for(app.workers.wait_for_complete(), TIME_LIMIT)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert status(screen) == "alignment failed"
        messages = [notification.message for notification in app._notifications]
        assert any("aligner broke on [bold]this[/bold]" in message for message in messages)
        await pilot.press("j", "j", "n")
        assert screen.panes["a"].cursor == 2 and screen.active_match is None
        assert_screen_safe(app)


# An OSC title, a colour, a bidi override (in UTF-8) and two bytes that are not UTF-8.
HOSTILE_NAME = b"evil\x1b]2;PWNED\x07\x1b[31m\xe2\x80\xae\xe9\xff"


async def test_hostile_file_and_folder_names_never_reach_the_screen(tmp_path: Path) -> None:
    folder = tmp_path / os.fsdecode(HOSTILE_NAME)
    folder.mkdir()
    named = folder / os.fsdecode(HOSTILE_NAME + b".txt")
    named.write_text(PROSE * 3, encoding="utf-8")
    app = make_app([named, SEED_B])
    async with app.run_test(size=SIZES[0]) as pilot:
        await aligned(app, pilot)
        assert_screen_safe(app)
    (folder / "seed.txt").write_bytes(SEED_B.read_bytes())
    library = make_library_app([folder])
    async with library.run_test(size=SIZES[0]) as pilot:
        await asyncio.wait_for(library.workers.wait_for_complete(), TIME_LIMIT)
        await pilot.pause()
        shown = screen_text(library)
        assert "\\xe9\\xff" in shown  # the undecodable bytes of the folder name, escaped
        assert_screen_safe(library)


class Gate:
    """An aligner that does the real work, then holds the worker until the test lets it go."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.computed = threading.Event()

    def __call__(self, a: Article, b: Article) -> Comparison:
        comparison = compare(a, b)
        self.computed.set()
        self.release.wait(TIME_LIMIT)
        return comparison


async def check_while_aligning(pilot, screen: CompareScreen) -> None:  # type: ignore[no-untyped-def]
    """Text on screen and keys answered while the worker is held before it reports."""
    pane = screen.panes["a"]
    assert "aligning" in status(screen)
    first_line = pane.article.text[: pane.wrapped.lines[0].end].rstrip()
    assert first_line and first_line in region_text(screen.app, pane)
    await pilot.press("j")
    assert pane.cursor == 1 and screen.comparison is None
    await pilot.press("G")
    assert pane.cursor == len(pane.article.sentences) - 1 and cursor_visible(pane)
    await pilot.resize_terminal(*SIZES[2])  # re-wrapping megabytes while the worker runs
    assert cursor_visible(pane) and screen.comparison is None
    assert_panes_fit(screen)


@pytest.mark.parametrize("bad_input", BIG_INPUTS, ids=[entry.name for entry in BIG_INPUTS])
async def test_huge_input_paints_and_answers_keys_while_aligning(
    bad_input: BadInput, tmp_path: Path
) -> None:
    gate = Gate()
    app = make_app([bad_input.make(tmp_path), SEED_B], gate)
    async with app.run_test(size=SIZES[0]) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        try:
            await check_while_aligning(pilot, screen)
        finally:
            gate.release.set()  # a failure above must not leave the worker waiting
        await aligned(app, pilot)
        assert status(screen).endswith(("match", "matches")), status(screen)
        await asyncio.wait_for(exercise_keys(pilot, screen), TIME_LIMIT)  # still at 60x20
        assert_panes_fit(screen)
        assert_screen_safe(app)


STORM = ((160, 45), (1, 1), (200, 60), (20, 5), (2, 2), (100, 30), (3, 50), (300, 3), (60, 20))


async def test_resize_storms_keep_the_cursor_sentence_in_view() -> None:
    app = make_app([SEED_A, SEED_B])
    async with app.run_test(size=SIZES[0]) as pilot:
        screen = await aligned(app, pilot)
        pane = screen.panes["a"]
        await pilot.press(*"j" * 20)
        for size in STORM:  # one at a time, each painted
            await pilot.resize_terminal(*size)
            assert cursor_visible(pane), size
        for _ in range(2):
            for size in STORM:  # all at once, before any paint
                app._driver._size = Size(*size)  # type: ignore[union-attr]
                app.post_message(Resize(Size(*size), Size(*size)))
            await pilot.pause()
            await pilot.press("j")
        assert pane.cursor == 22 and cursor_visible(pane)  # both j presses answered
        await pilot.resize_terminal(*SIZES[0])
        assert cursor_visible(pane)
        assert_panes_fit(screen)
        assert_screen_safe(app)
