"""The words a pair's other side lacks, marked in the panes (`w`), and the `?` legend.

Marked for the current pair and the other links of its sentence, or with `w` for
every pair on screen; a few pairs at a time, microseconds each.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen

from reader.core.model import Comparison, DocId
from reader.ui.screens.differences import legend_text, word_change_highlights
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.link_map import LinkMap


class WordChangeActions(Screen[None]):
    """`w`: the changed words of the current pairs, or of every pair on screen."""

    panes: dict[DocId, ArticlePane]
    comparison: Comparison | None

    def __init__(self) -> None:
        super().__init__()
        self.every_pair_changes = False

    def action_toggle_word_changes(self) -> None:
        self.every_pair_changes = not self.every_pair_changes
        self.show_word_changes()
        shown = "every pair on screen" if self.every_pair_changes else "the current pair"
        self.notify(f"Word differences: {shown}", timeout=2)

    def show_word_changes(self) -> None:
        """Mark the words the other side lacks in the pairs the link map shows as current
        or partners, and with `w` in every pair it shows."""
        if self.comparison is None:
            return
        link_map = self.query_one(LinkMap)
        shown = set(link_map.visible_matches()) if self.every_pair_changes else set()
        shown |= link_map.partners | ({link_map.current} if link_map.current is not None else set())
        changes = word_change_highlights(self.comparison, sorted(shown))
        for doc, pane in self.panes.items():
            pane.set_word_changes(changes[doc])

    def legend(self) -> Text:
        """The colour legend for `?`, drawn in the panes' real styles."""
        return legend_text(self.panes["a"].component_style)
