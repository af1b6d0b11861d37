"""Command palette entries for the reader's actions (textual docs/guide/command_palette.md)."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

COMMANDS = (
    ("Next match", "next_match", "Bring the next pair of matching passages level"),
    ("Previous match", "previous_match", "Bring the previous pair level"),
    ("Next passage only here", "next_unique", "Step to text only the focused article has"),
    ("Previous passage only here", "previous_unique", "Step back through unique text"),
    ("Show all passages only here", "toggle_unique", "Toggle marking every unique passage"),
    (
        "Word differences of every pair",
        "toggle_word_changes",
        "Mark changed words in every pair on screen, or the current pair only",
    ),
    ("Switch pane", "switch_pane", "Move focus to the other article"),
    ("Toggle synchronised scrolling", "toggle_sync", "The other pane follows the cursor"),
    ("Toggle sidebar", "toggle_sidebar", "Speakers, facts and matches"),
    ("More links", "more_links", "Lower the minimum score a link needs by 0.05 (+)"),
    ("Fewer links", "fewer_links", "Raise the minimum score a link needs by 0.05 (-)"),
    ("Search this article", "search", "Find text in the focused article"),
    ("Top of article", "top", "Cursor to the first sentence"),
    ("Bottom of article", "bottom", "Cursor to the last sentence"),
    ("Mark sentence", "mark", "Mark the sentence at the cursor (and its aligned passage)"),
    ("Note on the mark", "note", "Write a note on the mark, or edit the note here"),
    ("Delete note", "delete_note", "Delete the note under the cursor (asks first)"),
    ("Export notes", "export", "Markdown, W3C annotation JSON or Readwise CSV"),
    ("Link sentences", "link", "Link the sentences under both cursors as a match"),
    ("Drop match", "drop_match", "Remove the current match (a wrong link)"),
    ("Undo link/drop", "undo_correction", "Undo the last L or D made here"),
    ("Help", "app.help", "Every key of the reader"),
)


class ReaderCommands(Provider):
    """Offers the reader's actions by name; runs them on the screen the palette was opened on."""

    def _available(self) -> list[tuple[str, str, str]]:
        """Only what can run now, as the footer shows (e.g. no "Next match" while aligning)."""
        return [
            command
            for command in COMMANDS
            if "." in command[1] or self.screen.check_action(command[1], ()) is True
        ]

    async def discover(self) -> Hits:
        for title, action, help_text in self._available():
            yield DiscoveryHit(title, partial(self.screen.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, help_text in self._available():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self.screen.run_action, action),
                    help=help_text,
                )
