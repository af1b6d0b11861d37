"""README's key list is the `?` help screen's: the same keys, the same words."""

from __future__ import annotations

import re

from reader.ui.app import DiptychApp, make_app
from reader.ui.screens.help import HelpScreen
from tests.conftest import ROOT
from tests.ui.conftest import SIZE, ready, seed_comparison

BLOCK = re.compile(r"<!-- reader keys -->\n```\n(.*?)\n```\n<!-- /reader keys -->", re.S)


def readme_rows() -> list[tuple[str, str]]:
    found = BLOCK.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found, "README.md lost its reader keys block"
    return [
        tuple(re.split(r"\s{2,}", line.strip(), maxsplit=1)) for line in found.group(1).splitlines()
    ]  # type: ignore[misc]


def help_rows(app: DiptychApp) -> list[tuple[str, str]]:
    screen = app.screen
    assert isinstance(screen, HelpScreen)
    text = str(screen.query_one("#help-keys").render())
    return [tuple(re.split(r"\s{2,}", line.strip(), maxsplit=1)) for line in text.splitlines()]  # type: ignore[misc]


async def test_readme_lists_the_keys_the_help_screen_lists(seeds) -> None:
    app = make_app(list(seeds), seed_comparison)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        shown = help_rows(app)
    assert readme_rows() == shown
