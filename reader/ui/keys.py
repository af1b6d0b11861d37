"""The comparison screen's keys: one list feeds the bindings, the footer and the `?` help.

`description` is the short footer label; `tooltip` is the longer help text. The footer
shows the keys in this order and cuts the row on a narrow terminal, so the ones a
reader needs most come first (`?` and `q` are pinned to its right end).
"""

from __future__ import annotations

from textual.binding import Binding

# The moving keys of a pane and of the sidebar's list: to each its own actions.
MOVES = (
    ("down", "cursor_down"),
    ("up", "cursor_up"),
    ("pagedown", "page_down"),
    ("pageup", "page_up"),
    ("home", "top"),
    ("end", "bottom"),
)


def moving_keys(namespace: str = "") -> list[Binding]:
    """Arrows, page up/down, home and end as hidden bindings to the `MOVES` actions,
    run in `namespace` ("screen." for the panes, whose cursor the screen moves)."""
    return [Binding(key, namespace + action, show=False) for key, action in MOVES]


READER_KEYS: tuple[Binding, ...] = (
    Binding("j,down", "cursor_down", "Next sentence", show=False),
    Binding("k,up", "cursor_up", "Previous sentence", show=False),
    Binding("pagedown,space", "page_down", "Page down", show=False),
    Binding("pageup", "page_up", "Page up", show=False),
    Binding("g,home", "top", "Top", show=False, tooltip="Top of the article"),
    Binding("G,end", "bottom", "Bottom", show=False, tooltip="Bottom of the article"),
    Binding(
        "n", "next_match", "Next", tooltip="Next match, both panes level (next hit while searching)"
    ),
    Binding(
        "N",
        "previous_match",
        "Prev",
        tooltip="Previous match (previous hit while searching)",
    ),
    Binding("s", "toggle_sidebar", "Sidebar", tooltip="Speakers, facts, matches and notes"),
    Binding("slash", "search", "Search", tooltip="Search both articles"),
    Binding("m", "mark", "Mark", tooltip="Mark the sentence and its aligned passage"),
    Binding("a", "note", "Note", tooltip="Note on the mark, or edit the note here"),
    Binding(
        "e",
        "export",
        "Export",
        tooltip="Export notes (Markdown, JSON, CSV) or the comparison (HTML)",
    ),
    Binding(
        "tab", "cycle_focus(1)", "Focus", tooltip="Focus the next region: pane A, pane B, sidebar"
    ),
    Binding(
        "shift+tab",
        "cycle_focus(-1)",
        "Focus back",
        show=False,
        tooltip="Focus the previous region",
    ),
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
    Binding(
        "w",
        "toggle_word_changes",
        "Word diffs",
        show=False,
        tooltip="Changed words: of every pair on screen, or the current pair only",
    ),
    Binding("y", "toggle_sync", "Sync", tooltip="Synchronised scrolling on/off"),
    Binding(
        "plus",
        "more_links",
        "More links",
        show=False,
        tooltip="More links: lower the minimum score by 0.05 (remembered)",
    ),
    Binding(
        "minus",
        "fewer_links",
        "Fewer links",
        show=False,
        tooltip="Fewer links: raise the minimum score by 0.05 (remembered)",
    ),
    Binding(
        "less_than_sign",
        "sidebar_width(-1)",
        "Narrower sidebar",
        show=False,
        tooltip="Narrower sidebar (remembered)",
    ),
    Binding(
        "greater_than_sign",
        "sidebar_width(1)",
        "Wider sidebar",
        show=False,
        tooltip="Wider sidebar (remembered)",
    ),
    Binding("J", "extend_mark(1)", "Extend mark", show=False, tooltip="Extend the mark down"),
    Binding("K", "extend_mark(-1)", "Extend mark up", show=False, tooltip="Extend the mark up"),
    Binding("v", "toggle_select", "Select", show=False, tooltip="Select: j/k extend the mark"),
    Binding("d", "delete_note", "Delete note", show=False, tooltip="Delete the note (asks first)"),
    Binding("L", "link", "Link", show=False, tooltip="Link the sentences under both cursors"),
    Binding("D", "drop_match", "Drop match", show=False, tooltip="Drop the current match"),
    Binding(
        "ctrl+z",
        "undo_correction",
        "Undo L/D",
        show=False,
        tooltip="Undo the last link (L) or drop (D)",
    ),
    Binding(
        "escape", "clear_mark", "Clear mark", show=False, tooltip="Clear the mark; close the search"
    ),
    Binding("escape", "close_search", "", show=False),  # `?` lists it with the line above
)

# Keys `?` lists that are no binding of the screen.
READER_EXTRAS: tuple[tuple[str, str], ...] = (
    ("ctrl+p", "Command palette"),
    ("mouse click", "Move the cursor to that sentence"),
    ("j / k (sidebar)", "Move in the sidebar's list"),
    ("enter (sidebar)", "Bring both panes to that row"),
    ("esc (sidebar)", "Back to the pane"),
)
