"""The `/` search field: finds the next hit in the focused article, wrapping at the end."""

from __future__ import annotations

import re

from textual.widgets import Input

from reader.core.model import Span
from reader.ui.widgets.article_pane import ArticlePane


class SearchBar(Input):
    """Hidden until opened; `enter` steps to the next hit (case-insensitive, literal text)."""

    def __init__(self) -> None:
        super().__init__(
            placeholder="search this article (enter: next hit, escape: leave)", id="search"
        )

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def open(self) -> None:
        self.add_class("-open")
        self.focus()

    def close(self) -> None:
        self.remove_class("-open")

    def next_hit(self, pane: ArticlePane) -> Span | None:
        """Move the pane's cursor to the next hit after the last one (or after the cursor)."""
        if not self.value:
            return None
        pattern = re.compile(re.escape(self.value), re.IGNORECASE)
        text = pane.article.text
        found = pattern.search(text, self._start(pane)) or pattern.search(text)
        if found is None:
            return None
        hit = found.span()
        pane.set_search_hit(hit)
        pane.move_cursor(pane.sentence_near(hit[0]))
        pane.scroll_to_span(hit)
        return hit

    @staticmethod
    def _start(pane: ArticlePane) -> int:
        if pane.search_hit is not None:
            return pane.search_hit[0] + 1
        sentence = pane.cursor_sentence
        return sentence.span[0] if sentence else 0
