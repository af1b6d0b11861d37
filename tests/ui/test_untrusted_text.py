"""Article text is data: markup stays literal and no escape sequence reaches the screen."""

from __future__ import annotations

import re

from reader.core.model import Comparison
from reader.core.reading.loading import article_from_text
from reader.ui.app import make_app
from reader.ui.screens.compare import CompareScreen

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
HOSTILE = (
    "[bold red]x[/] and [link=https://x]y[/link] in the first paragraph.\n\n"
    "Clear \x1b[2J the screen and \x1b]52;c;aGVsbG8=\x07 set the clipboard.\n\n"
    "[b]Title-like[/b] text said the mayor."
)


def no_analysis(a, b) -> Comparison:  # type: ignore[no-untyped-def]
    return Comparison(a=a, b=b, matches=())


async def test_markup_shows_as_plain_text_and_escapes_never_render() -> None:
    hostile = article_from_text(HOSTILE, title="[bold]Loud[/bold] \x1b[31mtitle")
    plain = article_from_text("A calm article.\n\nNothing to see.")
    app = make_app([hostile, plain], no_analysis)
    async with app.run_test(size=(160, 45)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        pane = screen.panes["a"]
        lines = [pane.render_line(y).text for y in range(8)]
        shown = "\n".join(lines)
        assert "[bold red]x[/] and [link=https://x]y[/link]" in shown
        assert "[b]Title-like[/b]" in shown
        for segment_line in (pane.render_line(y) for y in range(8)):
            for segment in segment_line:
                assert segment.style is None or segment.style.link is None
        assert "[bold]Loud[/bold]" in str(screen.query_one("#titles").render())
        assert not any(CONTROL.search(line) for line in lines)
        assert not CONTROL.search(app.export_screenshot().replace("\n", ""))
