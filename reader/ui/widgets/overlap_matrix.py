"""The overlap matrix: every pair of a folder's articles as a colour-graded cell.

A DataTable in cell mode: it draws only the rows on screen and moves its cursor
with the arrows; `enter` posts CellSelected. Colours blend the theme's surface
into its primary colour, so the grading follows light and dark themes alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from reader.core.folders.library import LibraryEntry
from reader.ui.plain import clean

CELL_WIDTH = 3
LABEL_WIDTH = 28
GAMMA = 0.6  # most scores are small: lift them so that 0.2 and 0.4 look different


class OverlapMatrix(DataTable[Text]):
    """Rows and columns are the same articles, numbered; row labels carry the titles."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open pair", tooltip="Compare this cell's two articles"),
    ]

    def __init__(
        self,
        entries: Sequence[LibraryEntry],
        scores: Sequence[Sequence[float]],
        *,
        widget_id: str | None = None,
    ) -> None:
        super().__init__(cursor_type="cell", zebra_stripes=False, id=widget_id)
        self.entries = list(entries)
        self.scores = scores

    def on_mount(self) -> None:
        variables = self.app.get_css_variables()
        low, high = Color.parse(variables["surface"]), Color.parse(variables["primary"])
        for number in range(len(self.entries)):
            self.add_column(Text(str(number + 1), justify="right"), width=CELL_WIDTH)
        for number, (entry, row) in enumerate(zip(self.entries, self.scores, strict=True)):
            cells = [_cell(score, low, high, number == other) for other, score in enumerate(row)]
            self.add_row(*cells, label=_label(number, entry))
        if len(self.entries) > 1:
            self.move_cursor(row=0, column=1, animate=False)

    def pair_at(self, coordinate: Coordinate) -> tuple[LibraryEntry, LibraryEntry]:
        return self.entries[coordinate.row], self.entries[coordinate.column]

    def score_at(self, coordinate: Coordinate) -> float:
        return self.scores[coordinate.row][coordinate.column]


def _cell(score: float, low: Color, high: Color, diagonal: bool) -> Text:
    if diagonal:
        return Text("·", justify="center", style="dim", end="")
    background = low.blend(high, min(1.0, score) ** GAMMA)
    foreground = background.get_contrast_text(0.9)
    style = Style(color=foreground.rich_color, bgcolor=background.rich_color)
    return Text(f"{round(score * 100):>{CELL_WIDTH}}", style=style, end="")


def _label(number: int, entry: LibraryEntry) -> Text:
    title = clean(entry.title)
    text = Text(f"{number + 1:>3} ", style="bold", end="")
    text.append(title if len(title) <= LABEL_WIDTH else title[: LABEL_WIDTH - 1] + "…")
    return text
