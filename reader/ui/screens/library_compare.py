"""A comparison opened from the library: `]`/`[` step the right pane through the folder,
`q` or `backspace` goes back to the list (where `q` quits).

A subclass rather than flags in CompareScreen: the plain comparison never has these
keys, so neither its footer nor its help can offer them.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Protocol

from textual.binding import Binding, BindingType

from reader.core.folders.library import LibraryEntry
from reader.core.model import Article
from reader.ui.screens.compare import Analyse, CompareScreen

STEP_KEYS: tuple[Binding, ...] = (
    Binding(
        "right_square_bracket",
        "step_right(1)",
        "Next in folder",
        tooltip="Right pane: next article of the library list (as sorted and filtered)",
    ),
    Binding(
        "left_square_bracket",
        "step_right(-1)",
        "Previous in folder",
        show=False,  # the footer is full; `?` lists it
        tooltip="Right pane: previous article of the library list",
    ),
    Binding(
        "q,backspace",
        "back",
        "Back to list",
        tooltip="Back to the library, selection kept (q there quits)",
    ),
)


class Folder(Protocol):
    """What the comparison needs from the library it was opened from."""

    def step_from(self, left: Path, right: Path, step: int) -> LibraryEntry | None: ...

    def open_pair(self, left: LibraryEntry, right: LibraryEntry, left_cursor: int = 0) -> None:
        """Read both and show them, replacing this comparison."""


class LibraryCompareScreen(CompareScreen, inherit_bindings=False):
    """Two articles of a folder side by side; the left stays while the right steps."""

    # The folder's keys first: the footer shows keys in this order, cut at the right
    # (inherited bindings would come first, so the list is given whole).
    BINDINGS: ClassVar[list[BindingType]] = [*STEP_KEYS, *CompareScreen.BINDINGS]

    def __init__(
        self,
        entries: tuple[LibraryEntry, LibraryEntry],
        articles: tuple[Article, Article],
        analyse: Analyse | None,
        folder: Folder,
        left_cursor: int = 0,
    ) -> None:
        super().__init__(*articles, analyse)
        self.entries = entries
        self.folder = folder
        self.left_cursor = left_cursor

    def on_mount(self) -> None:
        if self.left_cursor:
            # After the first layout: the pane wraps its text once it knows its width.
            self.call_after_refresh(self.panes["a"].move_cursor, self.left_cursor)

    def action_step_right(self, step: int) -> None:
        left, right = self.entries
        entry = self.folder.step_from(left.path, right.path, step)
        if entry is None:
            end = "last" if step > 0 else "first"
            self.notify(f"This is the {end} readable article of the list", timeout=2)
            return
        self.folder.open_pair(left, entry, self.panes["a"].cursor)

    def action_back(self) -> None:
        self.app.pop_screen()
