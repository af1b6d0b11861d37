"""The `/` search: both articles at once, with a hit count beside the field.

Typing counts the hits ("3 in A, 1 in B"); `enter` goes to the next hit after the
reading cursor (or after the last hit) and gives the keys back to that hit's pane,
where `n`/`N` step on through the hits of both articles while the bar is open;
`esc` closes it. Messages sit beside the field, never over it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label

from reader.core.model import DocId, Span
from reader.ui.widgets.article_pane import ArticlePane

Hit = tuple[DocId, Span]


class SearchBar(Horizontal):
    """Hidden until opened; case-insensitive, literal text."""

    def __init__(self) -> None:
        super().__init__(id="search-bar")
        self.hits: list[Hit] = []
        self.current: int | None = None

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="search both articles (enter: go, n/N: next/previous, esc: close)",
            id="search",
        )
        yield Label("", id="search-status")

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    @property
    def active(self) -> bool:
        """Open with hits to step through (n/N step them instead of the matches)."""
        return self.is_open and bool(self.hits)

    def open(self) -> None:
        self.add_class("-open")
        self.query_one(Input).focus()

    def close(self) -> None:
        self.remove_class("-open")
        self.hits, self.current = [], None

    def find(self, panes: dict[DocId, ArticlePane]) -> None:
        """Count the hits of the field's text in both articles."""
        value = self.query_one(Input).value
        self.hits, self.current = [], None
        if value:
            pattern = re.compile(re.escape(value), re.IGNORECASE)
            for doc, pane in panes.items():
                self.hits += [(doc, found.span()) for found in pattern.finditer(pane.article.text)]
        self._show_status()

    def step(self, panes: dict[DocId, ArticlePane], focused: DocId, forward: bool) -> Hit | None:
        """The next (or previous) hit, wrapping; the first one from the focused cursor."""
        if not self.hits:
            return None
        if self.current is not None:
            self.current = (self.current + (1 if forward else -1)) % len(self.hits)
        else:
            self.current = self._from_cursor(panes[focused], focused, forward)
        self._show_status()
        return self.hits[self.current]

    def _from_cursor(self, pane: ArticlePane, doc: DocId, forward: bool) -> int:
        sentence = pane.cursor_sentence
        offset = sentence.span[0] if sentence else 0
        position = bisect_left(self.hits, (doc, (offset, -1)))
        if forward:
            return position % len(self.hits)
        return (position - 1) % len(self.hits)

    def _show_status(self) -> None:
        status = self.query_one("#search-status", Label)
        if not self.query_one(Input).value:
            status.update("")
            return
        counts = {doc: sum(1 for hit_doc, _ in self.hits if hit_doc == doc) for doc in ("a", "b")}
        if not self.hits:
            status.update(Text("not in either article", style="italic"))
            return
        where = f"{counts['a']} in A, {counts['b']} in B"
        if self.current is not None:
            where = f"hit {self.current + 1} of {len(self.hits)} · {where}"
        status.update(Text(where))
