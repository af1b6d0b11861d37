"""Passages only one article reports: `u`/`U` step to them, `o` shows them all."""

from __future__ import annotations

from textual.screen import Screen

from reader.core.model import DocId, Span
from reader.ui.navigation import step_passage
from reader.ui.widgets.article_pane import ArticlePane


class OnlyHereActions(Screen[None]):
    """Stepping through and showing the passages found only in one article."""

    panes: dict[DocId, ArticlePane]
    focused_doc: DocId

    def __init__(self) -> None:
        super().__init__()
        self.passages: dict[DocId, list[Span]] = {"a": [], "b": []}

    def action_next_unique(self) -> None:
        self._step_unique(forward=True)

    def action_previous_unique(self) -> None:
        self._step_unique(forward=False)

    def _step_unique(self, forward: bool) -> None:
        pane = self.panes[self.focused_doc]
        sentence = pane.cursor_sentence
        passage = step_passage(
            self.passages[pane.doc], sentence.span[0] if sentence else -1, forward
        )
        if passage is None:
            self.notify("No more passages only in this article", timeout=2)
            return
        pane.set_emphasis("unique", passage)
        pane.move_cursor(pane.sentence_near(passage[0]))

    def action_toggle_unique(self) -> None:
        for pane in self.panes.values():
            pane.toggle_unique()
