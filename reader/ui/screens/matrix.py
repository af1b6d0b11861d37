"""The overlap matrix screen: pushed over the library, dismissed with the pair to open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Label

from reader.core.folders.library import LibraryEntry
from reader.core.folders.similarity import RelatedIndex
from reader.ui.plain import plain
from reader.ui.widgets.footer import ReaderFooter
from reader.ui.widgets.overlap_matrix import OverlapMatrix

Pair = tuple[Path, Path]
MATRIX_LIMIT = 100  # 100 × 100 cells is already more than a screen; filter to narrow


def pair_scores(
    index: RelatedIndex, entries: Sequence[LibraryEntry], cancelled: Callable[[], bool]
) -> list[list[float]]:
    """Scores of every pair of `entries` (indexed ones), reusing the folder's vectors."""
    vectors = dict(zip(index.paths, index.vectors, strict=True))
    subset = RelatedIndex([e.path for e in entries], [vectors[e.path] for e in entries])
    return subset.matrix(cancelled=cancelled)


def matrix_heading(listed: int) -> str:
    heading = f"Overlap of {min(listed, MATRIX_LIMIT)} articles (0–100)"
    if listed > MATRIX_LIMIT:
        heading += f": the first {MATRIX_LIMIT} of {listed:,} listed; filter to narrow"
    return heading


class MatrixScreen(Screen[Pair | None]):
    """How much each pair of the listed articles overlaps (0–100); `enter` opens a pair."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,x", "close", "Back", tooltip="Back to the library"),
    ]

    def __init__(
        self, entries: list[LibraryEntry], scores: list[list[float]], heading: str
    ) -> None:
        super().__init__()
        self.entries = entries
        self.scores = scores
        self.heading = heading

    def compose(self) -> ComposeResult:
        yield Label(Text(self.heading, style="bold"), id="matrix-heading")
        yield OverlapMatrix(self.entries, self.scores, widget_id="matrix")
        yield Label(Text(""), id="matrix-pair")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.query_one(OverlapMatrix).focus()

    @on(DataTable.CellHighlighted)
    def _describe_cell(self, event: DataTable.CellHighlighted) -> None:
        matrix = self.query_one(OverlapMatrix)
        first, second = matrix.pair_at(event.coordinate)
        text = Text(f"{matrix.score_at(event.coordinate):.2f}  ", style="bold", end="")
        text.append_text(plain(first.title))
        text.append("  ⟷  ", style="bold")
        text.append_text(plain(second.title))
        self.query_one("#matrix-pair", Label).update(text)

    @on(DataTable.CellSelected)
    def _open_pair(self, event: DataTable.CellSelected) -> None:
        first, second = self.query_one(OverlapMatrix).pair_at(event.coordinate)
        if first.path == second.path:
            self.notify("That cell is an article with itself: pick another", timeout=3)
            return
        self.dismiss((first.path, second.path))

    def action_close(self) -> None:
        self.dismiss(None)
