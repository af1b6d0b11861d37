"""Escape and a letter that arrive as one key (alt+letter) act as the two keys typed.

`events.Key("alt+q", "q")` is what Textual's input parser makes of ESC and `q` arriving
together, as they do when typed quickly or inside tmux (its escape time joins an ESC
with a key typed within 500 ms): seen in tmux with `?`, escape, `q`.
"""

from __future__ import annotations

from textual import events

from reader.ui.screens.help import HelpScreen
from tests.ui.conftest import SIZE, app_for, ready


def joined(letter: str) -> events.Key:
    return events.Key(f"alt+{letter}", letter)


async def test_escape_and_q_together_close_the_help_and_quit(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        app.post_message(joined("q"))
        await pilot.pause()
        assert not app.is_running


async def test_escape_and_n_together_close_the_search_and_step_to_a_match(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"Putin")
        assert screen.search_bar.is_open
        app.post_message(joined("n"))
        await pilot.pause()
        assert not screen.search_bar.is_open
        assert screen.active_match is not None
