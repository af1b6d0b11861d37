"""The column between the panes: a connector from each visible passage to its partner."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from reader.core.model import Match
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.highlights import HighlightIndex

Cell = tuple[str, str]


class LinkMap(Widget):
    """Draws Meld-like connectors between matching passages that are on screen."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "link-map--verbatim",
        "link-map--paraphrase",
        "link-map--fact",
        "link-map--current",
    }

    def __init__(
        self, pane_a: ArticlePane, pane_b: ArticlePane, *, widget_id: str | None = None
    ) -> None:
        super().__init__(id=widget_id)
        self.pane_a, self.pane_b = pane_a, pane_b
        self.matches: tuple[Match, ...] = ()
        self.current: int | None = None
        self._by_a: HighlightIndex[int] = HighlightIndex()
        self._by_b: HighlightIndex[int] = HighlightIndex()

    def set_matches(self, matches: tuple[Match, ...]) -> None:
        self.matches = matches
        self._by_a = HighlightIndex((m.a[0], m.a[1], i) for i, m in enumerate(matches))
        self._by_b = HighlightIndex((m.b[0], m.b[1], i) for i, m in enumerate(matches))
        self.refresh()

    def visible_matches(self) -> list[int]:
        """Indexes of matches with at least one end on screen, in order."""
        found = {tag for *_, tag in self._by_a.overlapping(*_visible_range(self.pane_a))}
        found |= {tag for *_, tag in self._by_b.overlapping(*_visible_range(self.pane_b))}
        return sorted(found)

    def render(self) -> Text:
        width, height = self.size.width, self.size.height
        if width < 2 or height < 1:
            return Text()
        grid: list[list[Cell]] = [[(" ", "")] * width for _ in range(height)]
        for index in self.visible_matches():
            match = self.matches[index]
            kind = "current" if index == self.current else match.kind
            row_a = self._row(self.pane_a, match.a[0])
            row_b = self._row(self.pane_b, match.b[0])
            _draw(grid, row_a, row_b, kind)
        return self._to_text(grid)

    def _row(self, pane: ArticlePane, offset: int) -> int:
        """The map row level with `offset` in `pane`, kept one row beyond either edge."""
        row = pane.row_of(offset) + pane.content_region.y - self.content_region.y
        return max(-1, min(self.size.height, row))

    def _to_text(self, grid: list[list[Cell]]) -> Text:
        text = Text(end="")
        styles: dict[str, Style] = {}
        for number, row in enumerate(grid):
            if number:
                text.append("\n")
            for character, kind in row:
                if kind and kind not in styles:
                    styles[kind] = self.get_component_rich_style(f"link-map--{kind}")
                text.append(character, styles[kind] if kind else None)
        return text


def _visible_range(pane: ArticlePane) -> tuple[int, int]:
    lines = pane.wrapped.lines
    if not lines:
        return (0, 0)
    top = min(len(lines) - 1, round(pane.scroll_y))
    bottom = min(len(lines) - 1, top + max(0, pane.scrollable_content_region.height - 1))
    return (lines[top].start, lines[bottom].end + 1)


def _draw(grid: list[list[Cell]], row_a: int, row_b: int, kind: str) -> None:
    """A connector from (row_a, left edge) to (row_b, right edge), sloping in between."""
    width = len(grid[0])
    rows = [round(row_a + (row_b - row_a) * column / (width - 1)) for column in range(width)]
    rows.append(row_b)
    for column in range(width):
        here, there = rows[column], rows[column + 1]
        character = "─" if here == there else ("╲" if there > here else "╱")
        _put(grid, here, column, character, kind)
        step = 1 if there > here else -1
        for row in range(here + step, there, step):
            _put(grid, row, column, "│", kind)


def _put(grid: list[list[Cell]], row: int, column: int, character: str, kind: str) -> None:
    """Set a cell on screen; the current match's connector is never drawn over."""
    if 0 <= row < len(grid) and (grid[row][column][1] != "current" or kind == "current"):
        grid[row][column] = (character, kind)
