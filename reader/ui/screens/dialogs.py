"""Modal dialogs that return a value: the note editor, the export choice, a yes/no question.

Each is a `ModalScreen[T]` dismissed with its result (None when cancelled), as in
frogmouth's dialogs; the caller passes a callback to `push_screen`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet, TextArea

from reader.core.annotation.export import EXPORT_FORMATS, ExportFormat, default_file_name
from reader.core.reading.decoding import sanitize
from reader.ui.plain import clean


@dataclass(frozen=True)
class NoteDraft:
    """What the editor returns: the note's text and its tag (a word or a colour)."""

    text: str
    tag: str


# "html": the comparison itself as one page, both articles side by side (not the notes).
DialogFormat = ExportFormat | Literal["html"]
COMPARISON_FILE = "diptych-comparison.html"


@dataclass(frozen=True)
class ExportChoice:
    """What the export dialog returns."""

    export_format: DialogFormat
    path: Path
    only_this_pair: bool


# Below 30 rows the dialogs drop their spacing and shrink the quote and note fields,
# so every field and button fits a 60×20 terminal (styles/reader.tcss, `-short`).
SHORT: list[tuple[int, str]] = [(0, "-short"), (30, "-tall")]


class NoteEditor(ModalScreen[NoteDraft | None]):
    """A multi-line note and a tag; ctrl+s saves, escape cancels."""

    VERTICAL_BREAKPOINTS = SHORT

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, quote: str, draft: NoteDraft | None = None) -> None:
        super().__init__()
        self.quote = quote
        self.draft = draft or NoteDraft("", "")

    def compose(self) -> ComposeResult:
        heading = "Edit note" if self.draft.text or self.draft.tag else "New note"
        with Vertical(id="note-editor", classes="dialog"):
            yield Label(Text(heading, style="bold"), classes="dialog-title")
            yield Label(Text(_excerpt(self.quote, 300), style="italic"), id="note-quote")
            yield TextArea(sanitize(self.draft.text), id="note-text", soft_wrap=True)
            yield Input(
                clean(self.draft.tag), placeholder="tag or colour (red, todo…)", id="note-tag"
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        text_area = self.query_one("#note-text", TextArea)
        text_area.move_cursor(text_area.document.end)  # editing goes on after the text
        text_area.focus()

    def action_save(self) -> None:
        text = self.query_one("#note-text", TextArea).text.strip()
        tag = self.query_one("#note-tag", Input).value.strip()
        self.dismiss(NoteDraft(text, tag))

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#note-tag")
    def _tag_submitted(self) -> None:
        self.action_save()


class ExportDialog(ModalScreen[ExportChoice | None]):
    """Format (Markdown, JSON, CSV; or the comparison as HTML) and file name, default
    in the current folder."""

    VERTICAL_BREAKPOINTS = SHORT

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "export", "Export"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, folder: Path, comparison: bool = False) -> None:
        super().__init__()
        self.folder = folder
        self.export_format: DialogFormat = "markdown"
        # The comparison can be exported once it is aligned.
        self.formats: tuple[DialogFormat, ...] = (
            *EXPORT_FORMATS,
            *(("html",) if comparison else ()),
        )

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Label(Text("Export", style="bold"), classes="dialog-title")
            with RadioSet(id="export-format"):
                for index, name in enumerate(self.formats):
                    yield RadioButton(_FORMAT_LABELS[name], value=index == 0, id=f"format-{name}")
            yield Label(Text(f"File (in {self.folder}):"), classes="dialog-label")
            yield Input(default_file_name("markdown"), id="export-path")
            yield Checkbox("Only the notes of these two articles", True, id="export-pair")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export (ctrl+s)", variant="primary", id="export")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        name = self.formats[event.index]
        path_input = self.query_one("#export-path", Input)
        if path_input.value == _file_name(self.export_format):  # not edited by hand
            path_input.value = _file_name(name)
        self.query_one("#export-pair", Checkbox).disabled = name == "html"
        self.export_format = name

    @on(Button.Pressed, "#export")
    @on(Input.Submitted, "#export-path")
    def action_export(self) -> None:
        name = self.query_one("#export-path", Input).value.strip()
        if not name:
            self.notify("Give a file name to export to", severity="warning")
            return
        only_pair = self.query_one("#export-pair", Checkbox).value
        self.dismiss(
            ExportChoice(self.export_format, self.folder / Path(name).expanduser(), only_pair)
        )

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """A question answered with y (or the Yes button) or n / escape."""

    VERTICAL_BREAKPOINTS = SHORT

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: Text) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog", classes="dialog"):
            yield Label(self.question, id="confirm-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Yes (y)", variant="error", id="yes")
                yield Button("No (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


_FORMAT_LABELS: dict[DialogFormat, str] = {
    "markdown": "Notes as Markdown (quotes, sources, both passages)",
    "json": "Notes as JSON (W3C Web Annotation)",
    "csv": "Notes as CSV (Readwise import)",
    "html": "The comparison as an HTML page (both articles side by side)",
}


def _file_name(export_format: DialogFormat) -> str:
    return COMPARISON_FILE if export_format == "html" else default_file_name(export_format)


def _excerpt(text: str, limit: int) -> str:
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
