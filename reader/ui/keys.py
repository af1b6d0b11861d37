"""The comparison screen's keys: one list feeds the bindings, the footer and the `?` help.

`description` is the short footer label; `tooltip` is the longer help text.
"""

from __future__ import annotations

from textual.binding import Binding

READER_KEYS: tuple[Binding, ...] = (
    Binding("j,down", "cursor_down", "Next sentence", show=False),
    Binding("k,up", "cursor_up", "Previous sentence", show=False),
    Binding("pagedown,space", "page_down", "Page down", show=False),
    Binding("pageup", "page_up", "Page up", show=False),
    Binding("g,home", "top", "Top", show=False, tooltip="Top of the article"),
    Binding("G,end", "bottom", "Bottom", show=False, tooltip="Bottom of the article"),
    Binding("n", "next_match", "Next", tooltip="Next match, both panes level"),
    Binding("N", "previous_match", "Prev", tooltip="Previous match, both panes level"),
    Binding("u", "next_unique", "Only-here", tooltip="Next passage only in this article"),
    Binding(
        "U",
        "previous_unique",
        "Prev only-here",
        show=False,
        tooltip="Previous passage only in this article",
    ),
    Binding(
        "o",
        "toggle_unique",
        "Show only-here",
        tooltip="Mark every passage found only in one article",
    ),
    Binding("tab", "switch_pane", "Pane", tooltip="Switch to the other article"),
    Binding("y", "toggle_sync", "Sync", tooltip="Synchronised scrolling on/off"),
    Binding("s", "toggle_sidebar", "Sidebar", tooltip="Speakers, facts and matches"),
    Binding("slash", "search", "Search", tooltip="Search the focused article"),
    Binding("m", "mark", "Mark", tooltip="Mark the sentence and its aligned passage"),
    Binding("J", "extend_mark(1)", "Extend mark", show=False, tooltip="Extend the mark down"),
    Binding("K", "extend_mark(-1)", "Extend mark up", show=False, tooltip="Extend the mark up"),
    Binding("v", "toggle_select", "Select", show=False, tooltip="Select: j/k extend the mark"),
    Binding("a", "note", "Note", tooltip="Note on the mark, or edit the note here"),
    Binding("d", "delete_note", "Delete note", show=False, tooltip="Delete the note (asks first)"),
    Binding("e", "export", "Export", tooltip="Export notes (Markdown, JSON, CSV)"),
    Binding("L", "link", "Link", show=False, tooltip="Link the sentences under both cursors"),
    Binding("D", "drop_match", "Drop match", show=False, tooltip="Drop the current match"),
    Binding(
        "ctrl+z",
        "undo_correction",
        "Undo L/D",
        show=False,
        tooltip="Undo the last link (L) or drop (D); `diptych notes corrections` lists them",
    ),
    Binding("escape", "clear_mark", "Clear mark", show=False, tooltip="Clear the mark"),
    Binding("escape", "close_search", "Close search", show=False),
)
