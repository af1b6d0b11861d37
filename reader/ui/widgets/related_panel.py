"""The library's side panel: the selected article's most related others, best first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from reader.core.folders.library import LibraryEntry
from reader.core.folders.library_report import site_name
from reader.core.folders.similarity import Related
from reader.ui.plain import plain


class RelatedPanel(Static):
    """Plain text (titles are untrusted), rebuilt on each selection: ranking takes a few ms."""

    def show_waiting(self, message: str) -> None:
        self.update(Text(message, style="italic dim"))

    def show_related(
        self,
        entry: LibraryEntry,
        related: Sequence[Related],
        entries: Mapping[Path, LibraryEntry],
    ) -> None:
        text = Text("Related to ", style="bold", end="")
        text.append_text(plain(entry.title, "bold italic"))
        text.append("\n\n")
        if entry.error is not None:
            text.append("Could not be read: ", style="dim")
            text.append_text(plain(entry.error))
        elif not related:
            text.append("Nothing else in the folder shares enough with it.", style="dim")
        for number, item in enumerate(related):
            other = entries.get(item.path)
            text.append(f"{item.score:.2f}  ", style="bold" if number == 0 else "")
            text.append_text(plain(other.title if other else item.path.name))
            if other is not None and other.source:
                text.append("  ")
                text.append_text(plain(site_name(other.source), "italic dim"))
            text.append("\n")
        self.update(text)
