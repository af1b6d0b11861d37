"""What the reader's screen shows, read back from the compositor, and checks on it.

The compositor's strips are exactly what a terminal would be sent, row by row, so a
character found there is a character on screen.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual.app import App
from textual.errors import NoWidget
from textual.strip import Strip
from textual.widget import Widget

from reader.ui.plain import steady_width
from reader.ui.screens.compare import CompareScreen
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.link_map import LinkMap

SIZES = ((160, 45), (100, 30), (60, 20), (20, 5))
# What a terminal acts on or reorders by: C0/C1 controls, bidi marks, overrides and
# isolates, line/paragraph separators; and lone surrogates (bytes of a name not in UTF-8).
UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
CONNECTORS = set(" ─╲╱│╌╎")  # solid: the current pair; dashed: the others
FULL_CHECK_LINES = 20_000  # beyond this only the visible lines are measured (megabyte inputs)


def screen_rows(app: App[None]) -> list[Strip]:
    return app.screen._compositor.render_strips()


def screen_text(app: App[None]) -> str:
    return "\n".join(strip.text for strip in screen_rows(app))


def region_text(app: App[None], widget: Widget) -> str:
    """The characters on screen inside `widget`'s region, one line per row."""
    region = widget.region
    rows = screen_rows(app)[region.y : region.bottom]
    return "\n".join(row.crop(region.x, region.right).text for row in rows)


def assert_screen_safe(app: App[None]) -> None:
    """Every row is the terminal's width; no control, bidi override, surrogate or link."""
    for row in screen_rows(app):
        assert row.cell_length == app.size.width
        for segment in row:
            assert not UNSAFE.search(segment.text), repr(segment.text)
            assert segment.style is None or segment.style.link is None, segment.text


def cursor_visible(pane: ArticlePane) -> bool:
    """The start of the cursor's sentence is on one of the pane's rows (if it has any)."""
    sentence = pane.cursor_sentence
    height = pane.scrollable_content_region.height
    return sentence is None or height <= 0 or 0 <= pane.row_of(sentence.span[0]) < height


def assert_panes_fit(screen: CompareScreen) -> None:
    """Each pane's lines fit its width whole, and the screen shows exactly those lines."""
    rows = screen_rows(screen.app)
    for pane in screen.panes.values():
        width = pane.scrollable_content_region.width
        if width <= 0:
            continue
        if len(pane.wrapped) <= FULL_CHECK_LINES:
            for line in pane.wrapped.lines:
                shown = pane.article.text[line.start : line.end].rstrip()
                assert cell_len(shown) <= width, (width, shown)
        _assert_visible_rows(screen, pane, rows)
    link_map = screen.query_one(LinkMap)
    region = link_map.region
    for row in rows[region.y : region.bottom]:
        assert set(row.crop(region.x, region.right).text) <= CONNECTORS


def _assert_visible_rows(screen: CompareScreen, pane: ArticlePane, rows: list[Strip]) -> None:
    region = pane.scrollable_content_region
    for y in range(region.height):
        strip = pane.render_line(y)
        assert strip.cell_length == region.width
        index = int(pane.scroll_y) + y
        if index < len(pane.wrapped):
            line = pane.wrapped.lines[index]
            shown = steady_width(pane.article.text[line.start : line.end]).rstrip()
            assert strip.text.rstrip() == shown  # the whole line: nothing cut off
        if region.y + y < len(rows) and _on_top(screen, pane, region.x, region.y + y):
            assert rows[region.y + y].crop(region.x, region.right).text == strip.text


def _on_top(screen: CompareScreen, widget: Widget, x: int, y: int) -> bool:
    try:
        return screen.get_widget_at(x, y)[0] is widget
    except NoWidget:
        return False
