"""The `?` screen: every key of the reader, from the bindings themselves."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

EXTRA_KEYS = (
    ("ctrl+p", "Command palette"),
    ("mouse click", "Move the cursor to that sentence"),
    ("mouse wheel", "Scroll the pane"),
    ("enter (sidebar)", "Bring both panes to that row"),
    ("enter (search)", "Next hit"),
)


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
    ]

    def __init__(self, bindings: list[Binding]) -> None:
        super().__init__()
        self.key_bindings = bindings

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for binding in self.key_bindings:
            table.add_row(Text(_keys(binding.key)), Text(binding.description))
        for key, description in EXTRA_KEYS:
            table.add_row(Text(key), Text(description))
        with VerticalScroll(id="help-body"):
            yield Static(Text("Keys", style="bold"), id="help-title")
            yield Static(table)
            yield Static(Text("escape closes this help", style="dim"))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)


def _keys(key: str) -> str:
    names = {"slash": "/", "question_mark": "?", "pagedown": "pgdn", "pageup": "pgup"}
    return " / ".join(names.get(part, part) for part in key.split(","))
