"""`e` in the reader: choose format and file, never overwrite without asking, write atomically."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from rich.text import Text
from textual.screen import Screen

from reader.core.annotation.export import ExportFormat, export_notes
from reader.core.annotation.notes import NotesStore, NotesUnavailable
from reader.core.fileio import OutputError, write_atomic
from reader.core.model import Comparison
from reader.core.printable import printable
from reader.core.report_html import html_report
from reader.ui.screens.dialogs import ConfirmDialog, ExportChoice, ExportDialog


def start_export(
    screen: Screen[None],
    store: NotesStore,
    shown: Collection[int],
    comparison: Comparison | None = None,
) -> None:
    """Ask for format and file (default in the current folder), then export.

    `shown` are the ids of the notes of the pair on screen, for "only these two articles";
    with `comparison`, the dialog also offers the comparison itself as an HTML page.
    """

    def chosen(choice: ExportChoice | None) -> None:
        if choice is None:
            return
        if choice.export_format != "html":
            _export(screen, store, shown, choice, choice.export_format)
        elif comparison is not None:
            _write_asking(screen, choice.path, html_report(comparison), None)

    screen.app.push_screen(ExportDialog(Path.cwd(), comparison is not None), chosen)


def _write_asking(screen: Screen[None], path: Path, content: str, count: int | None) -> None:
    """Written at once, or after asking to overwrite; `count` notes, or (None) the
    comparison page."""
    if not path.exists() or path.is_dir():  # a folder: write_atomic says why it cannot
        _write(screen, path, content, count, force=False)
        return

    def answered(overwrite: bool | None) -> None:
        if overwrite:
            _write(screen, path, content, count, force=True)

    question = Text(f"{printable(str(path))} already exists.\nOverwrite it?", style="bold")
    screen.app.push_screen(ConfirmDialog(question), answered)


def _export(
    screen: Screen[None],
    store: NotesStore,
    shown: Collection[int],
    choice: ExportChoice,
    notes_format: ExportFormat,
) -> None:
    try:
        notes = store.load_notes(("note",))
    except NotesUnavailable as error:
        screen.notify(printable(str(error)), severity="error", markup=False)
        return
    if choice.only_this_pair:
        notes = [note for note in notes if note.id in shown]
    if not notes:
        screen.notify(
            "No notes to export yet: m marks a passage, a adds a note", severity="warning"
        )
        return
    _write_asking(screen, choice.path, export_notes(notes, notes_format), len(notes))


def _write(screen: Screen[None], path: Path, content: str, count: int | None, force: bool) -> None:
    """Write the file; `count` notes, or (None) the comparison page."""
    try:
        write_atomic(path, content, force=force)
    except OutputError as error:
        screen.notify(printable(str(error)), severity="error", markup=False, timeout=8)
        return
    what = "the comparison" if count is None else f"{count} note{'' if count == 1 else 's'}"
    screen.notify(f"Exported {what} to {printable(str(path))}", markup=False, timeout=6)
