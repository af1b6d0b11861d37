"""The column between the panes: a connector from each visible passage to its partner."""

from __future__ import annotations

from itertools import groupby
from typing import ClassVar

from rich.segment import Segment
from textual.strip import Strip
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
        self.partners: frozenset[int] = frozenset()  # the current sentence's other links
        self._by_a: HighlightIndex[int] = HighlightIndex()
        self._by_b: HighlightIndex[int] = HighlightIndex()
        self._rows_key: object = None
        self._rows: list[Strip] = []

    def set_matches(
        self, matches: tuple[Match, ...], by_a: HighlightIndex[int], by_b: HighlightIndex[int]
    ) -> None:
        """The matches, and each one's index by its span in A and in B."""
        self.matches = matches
        self._rows_key = None
        self._by_a, self._by_b = by_a, by_b
        self.refresh()

    def visible_matches(self) -> list[int]:
        """Indexes of matches with at least one end on screen, in order."""
        found = {tag for *_, tag in self._by_a.overlapping(*_visible_range(self.pane_a))}
        found |= {tag for *_, tag in self._by_b.overlapping(*_visible_range(self.pane_b))}
        return sorted(found)

    def notify_style_update(self) -> None:
        """A new theme: redraw the connectors in its colours."""
        super().notify_style_update()
        self._rows_key = None
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """One row of connectors; rows are rebuilt only when a pane or the match moved."""
        key = (
            round(self.pane_a.scroll_y),
            round(self.pane_b.scroll_y),
            self.current,
            self.partners,
            self.size,
            len(self.matches),
            len(self.pane_a.wrapped),
            len(self.pane_b.wrapped),
        )
        if key != self._rows_key:
            self._rows_key, self._rows = key, self._render_rows()
        if not 0 <= y < len(self._rows):
            return Strip.blank(self.size.width, self.rich_style)
        return self._rows[y]

    def _render_rows(self) -> list[Strip]:
        base = self.rich_style
        styles = {"": base}
        for kind in ("verbatim", "paraphrase", "fact", "current"):
            styles[kind] = base + self.get_component_rich_style(f"link-map--{kind}")
        return [
            Strip(
                [
                    Segment("".join(character for character, _ in run), styles[kind])
                    for kind, run in groupby(row, key=lambda cell: cell[1])
                ],
                self.size.width,
            )
            for row in self._build_grid()
        ]

    def _build_grid(self) -> list[list[Cell]]:
        width, height = self.size.width, self.size.height
        if width < 2 or height < 1:
            return []
        grid: list[list[Cell]] = [[(" ", "")] * width for _ in range(height)]
        top = self.content_region.y
        shift_a = self.pane_a.content_region.y - top - round(self.pane_a.scroll_y)
        shift_b = self.pane_b.content_region.y - top - round(self.pane_b.scroll_y)
        line_a, line_b = self.pane_a.wrapped.line_of, self.pane_b.wrapped.line_of
        emphasised = self.partners | ({self.current} if self.current is not None else set())
        # The current sentence's links fan out to every partner, on screen or not.
        visible = set(self.visible_matches())
        rows = {
            index: (line_a(match.a[0]) + shift_a, line_b(match.b[0]) + shift_b)
            for index in visible | emphasised
            for match in (self.matches[index],)
        }
        # Only pairs fully in view are drawn (the current sentence's always). Fewer lines:
        # a pair inside another (a phrase within its paraphrased sentence) and numbers
        # (already marked in the text) are drawn only when current.
        in_view = {
            index
            for index, (row_a, row_b) in rows.items()
            if 0 <= row_a < height and 0 <= row_b < height and self.matches[index].kind != "fact"
        }
        shown = in_view - self._nested(in_view, visible)
        # Hundreds of partners off screen make hundreds of one clamped connector: each
        # is drawn once, where its last copy was (what the copies drew, it draws).
        connectors: dict[tuple[int, int, str], None] = {}
        for index in sorted(shown | emphasised):
            row_a, row_b = rows[index]
            kind: str = "current" if index in emphasised else self.matches[index].kind
            connector = (_clamp(row_a, height), _clamp(row_b, height), kind)
            connectors.pop(connector, None)
            connectors[connector] = None
        for row_a, row_b, kind in connectors:
            _draw(grid, row_a, row_b, kind)
        return grid

    def _nested(self, indexes: set[int], among: set[int]) -> set[int]:
        """The matches of `indexes` lying inside another of `among` on both sides; the
        outer ones are looked up by span (a text repeated 300 times has thousands of
        matches with one end on screen: comparing all pairs took seconds)."""
        matches = self.matches
        return {
            inner
            for inner in indexes
            if any(
                outer in among and _inside(matches[inner], matches[outer])
                for *_, outer in self._by_a.overlapping(
                    matches[inner].a[0], max(matches[inner].a[1], matches[inner].a[0] + 1)
                )
            )
        }

    def grid_text(self) -> list[str]:
        """The connector rows as plain strings (what the map shows, without colour)."""
        return ["".join(self.render_line(y).text) for y in range(self.size.height)]


def _inside(inner: Match, outer: Match) -> bool:
    """`inner` lies within `outer` in both articles (and is not the same pair)."""
    return (
        inner != outer
        and outer.a[0] <= inner.a[0] <= inner.a[1] <= outer.a[1]
        and outer.b[0] <= inner.b[0] <= inner.b[1] <= outer.b[1]
    )


def _clamp(row: int, height: int) -> int:
    """Rows off screen are drawn one row beyond the edge, so the connector leaves the map."""
    return max(-1, min(height, row))


def _visible_range(pane: ArticlePane) -> tuple[int, int]:
    lines = pane.wrapped.lines
    if not lines:
        return (0, 0)
    top = min(len(lines) - 1, round(pane.scroll_y))
    bottom = min(len(lines) - 1, top + max(0, pane.scrollable_content_region.height - 1))
    return (lines[top].start, lines[bottom].end + 1)


def _draw(grid: list[list[Cell]], row_a: int, row_b: int, kind: str) -> None:
    """A connector from (row_a, left edge) to (row_b, right edge), sloping in between;
    other pairs' connectors are thin (dashed) so the current one reads at a glance."""
    width = len(grid[0])
    rows = [round(row_a + (row_b - row_a) * column / (width - 1)) for column in range(width)]
    rows.append(row_b)
    level, upright = ("─", "│") if kind == "current" else ("╌", "╎")
    for column in range(width):
        here, there = rows[column], rows[column + 1]
        character = level if here == there else ("╲" if there > here else "╱")
        _put(grid, here, column, character, kind)
        step = 1 if there > here else -1
        for row in range(here + step, there, step):
            _put(grid, row, column, upright, kind)


def _put(grid: list[list[Cell]], row: int, column: int, character: str, kind: str) -> None:
    """Set a cell on screen; the current match's connector is never drawn over."""
    if 0 <= row < len(grid) and (grid[row][column][1] != "current" or kind == "current"):
        grid[row][column] = (character, kind)
