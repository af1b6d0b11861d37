"""The `?` screen: every key of the reader, from the bindings themselves."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

# Keys that are no binding of the screen; a screen lists its own as HELP_EXTRAS.
EXTRA_KEYS: tuple[tuple[str, str], ...] = (("ctrl+p", "Command palette"),)


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
    ]
    # Colours and keys side by side from 176 columns (each as wide as it is alone).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (176, "-wide")]  # noqa: RUF012 (typed by Screen)

    def __init__(
        self,
        bindings: list[Binding],
        extras: tuple[tuple[str, str], ...] = EXTRA_KEYS,
        legend: Text | None = None,
    ) -> None:
        super().__init__()
        self.key_bindings = bindings
        self.extras = extras
        self.legend = legend

    def compose(self) -> ComposeResult:
        rows = [(_keys(b.key), b.tooltip or b.description) for b in self.key_bindings]
        with VerticalScroll(id="help-body"):
            # Side by side on a wide terminal (everything in view), else one under the other.
            with Horizontal(id="help-columns"):
                if self.legend is not None:  # the comparison screen's colours, first
                    with Vertical(id="help-legend-column"):
                        yield Static(Text("Colours", style="bold"), classes="help-heading")
                        yield Static(self.legend, id="help-legend")
                with Vertical(id="help-keys-column"):
                    yield Static(Text("Keys", style="bold"), id="help-title")
                    yield Static(key_table([*rows, *self.extras]), id="help-keys")
            yield Static(Text("escape closes this help", style="dim"))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)


def key_table(rows: list[tuple[str, str]]) -> Text:
    """Keys in a bold left column, what they do on the right."""
    width = max(len(key) for key, _ in rows) + 2
    text = Text(end="")
    for key, description in rows:
        text.append(key.ljust(width), style="bold")
        text.append(description + "\n")
    text.rstrip()
    return text


def _keys(key: str) -> str:
    names = {"slash": "/", "question_mark": "?", "pagedown": "pgdn", "pageup": "pgup"}
    names |= {"right_square_bracket": "]", "left_square_bracket": "["}
    names |= {"less_than_sign": "<", "greater_than_sign": ">", "plus": "+", "minus": "-"}
    return " / ".join(names.get(part, part) for part in key.split(","))
