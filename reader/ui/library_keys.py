"""The library's keys: one list feeds its bindings, its footer and the `?` help."""

from __future__ import annotations

from textual.binding import Binding

LIBRARY_KEYS: tuple[Binding, ...] = (
    Binding(
        "enter",
        "compare",
        "Compare",
        show=False,  # the list's own enter key runs it and shows it in the footer
        tooltip="Compare the marked pair, or this one and its best match",
    ),
    Binding("space", "mark", "Mark", show=False, tooltip="Mark the article (two at most)"),
    Binding("s", "cycle_sort", "Sort", tooltip="Sort by file, title, source, date, length"),
    Binding("slash", "filter", "Filter", tooltip="Show only titles or sources with this text"),
    Binding("escape", "clear_filter", "Clear filter", tooltip="Show every article again"),
    Binding("x", "matrix", "Matrix", tooltip="Overlap matrix of the listed articles"),
)

# Keys `?` lists that are no binding of the library screen.
LIBRARY_EXTRAS: tuple[tuple[str, str], ...] = (
    ("ctrl+p", "Command palette"),
    ("j / k / up / down", "Move in the list"),
    ("g / G / home / end", "First / last article"),
    ("mouse click", "Select the article"),
    ("enter (filter)", "Keep the filter, back to the list"),
)
