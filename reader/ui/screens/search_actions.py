"""Search across both articles (`/`): counts beside the field, `n`/`N` step the hits."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.screen import Screen
from textual.widgets import Input

from reader.core.model import DocId
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.search_bar import SearchBar


class SearchActions(Screen[None]):
    """The search bar and its hits in the two panes."""

    panes: dict[DocId, ArticlePane]
    focused_doc: DocId
    focus_pane: Callable[[DocId], None]  # (the regions' focus, which shows the cursor)

    def __init__(self) -> None:
        super().__init__()
        self.search_bar = SearchBar()

    def action_search(self) -> None:
        self.search_bar.open()

    def action_close_search(self) -> None:
        search = self.search_bar
        if search.is_open:
            search.close()
            for pane in self.panes.values():
                pane.set_search_hit(None)
            self.panes[self.focused_doc].focus()

    @on(Input.Changed, "#search")
    def _count_hits(self) -> None:
        self.search_bar.find(self.panes)

    @on(Input.Submitted, "#search")
    def _search_next(self) -> None:
        self.step_hit(forward=True)

    def step_hit(self, forward: bool) -> None:
        """Show the next (previous) hit in its pane, which gets the keys."""
        hit = self.search_bar.step(self.panes, self.focused_doc, forward)
        if hit is None:
            return
        doc, span = hit
        for pane in self.panes.values():
            pane.set_search_hit(span if pane.doc == doc else None)
        pane = self.panes[doc]
        pane.move_cursor(pane.sentence_near(span[0]))
        pane.scroll_to_span(span)
        self.focus_pane(doc)
