"""The comparison screen: two panes, the link map and the sidebar; owns the comparison state."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Label

from reader.core.model import Article, Comparison, DocId, Span
from reader.ui.messages import AlignmentReady, CursorMoved, JumpRequested, PaneScrolled
from reader.ui.navigation import MatchOrder, interpolate, level_row, other, side, step_passage
from reader.ui.screens.panes import highlights_for, pane_column, unique_passages
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.link_map import LinkMap
from reader.ui.widgets.sidebar import Sidebar

Analyse = Callable[[Article, Article], Comparison]
NEEDS_MATCHES = {"next_match", "previous_match"}
NEEDS_ALIGNMENT = {"next_unique", "previous_unique", "toggle_unique"}


class CompareScreen(Screen[None]):
    """Two articles side by side; alignment runs in a worker while the text is already shown."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [
        (0, "-narrow"),
        (70, "-medium"),
        (100, "-wide"),
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next sentence", show=False),
        Binding("k,up", "cursor_up", "Previous sentence", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("g", "top", "Top", show=False),
        Binding("G", "bottom", "Bottom", show=False),
        Binding("n", "next_match", "Next"),
        Binding("N", "previous_match", "Prev"),
        Binding("u", "next_unique", "Only-here"),
        Binding("U", "previous_unique", "Prev only-here", show=False),
        Binding("o", "toggle_unique", "Show only-here"),
        Binding("tab", "switch_pane", "Pane"),
        Binding("y", "toggle_sync", "Sync"),
        Binding("s", "toggle_sidebar", "Sidebar"),
        Binding("slash", "search", "Search"),
        Binding("escape", "close_search", "Close search", show=False),
    ]

    def __init__(
        self, article_a: Article, article_b: Article, analyse: Analyse | None = None
    ) -> None:
        super().__init__()
        self.articles = (article_a, article_b)
        self.analyse = analyse
        self.comparison: Comparison | None = None
        self.active_match: int | None = None
        self.focused_doc: DocId = "a"
        self.sync = True
        self.orders: dict[str, MatchOrder] = {}
        self.passages: dict[str, list[Span]] = {"a": [], "b": []}
        self._search_hit: Span | None = None

    # -- building ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        self.panes = {
            "a": ArticlePane(self.articles[0], "a", id="pane-a"),
            "b": ArticlePane(self.articles[1], "b", id="pane-b"),
        }
        with Horizontal(id="header"):
            yield Label(self._titles(), id="titles")
            yield Label(Text("aligning…"), id="status", classes="-aligning")
        with Horizontal(id="body"):
            yield Sidebar(id="sidebar")
            with Horizontal(id="panes"):
                yield pane_column(self.panes["a"])
                yield LinkMap(self.panes["a"], self.panes["b"], id="link-map")
                yield pane_column(self.panes["b"])
        yield Input(placeholder="search this article (enter: next hit, escape: leave)", id="search")
        yield Footer()

    def _titles(self) -> Text:
        text = Text("Diptych  ", style="bold", end="")
        text.append(self.articles[0].title)
        text.append("  ⟷  ", style="bold")
        text.append(self.articles[1].title)
        return text

    def on_mount(self) -> None:
        self.query_one(Sidebar).show_loading()
        self.panes["a"].focus()
        self.align_articles()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def align_articles(self) -> None:
        """Compare off the UI thread; the text is already on screen meanwhile."""
        analyse = self.analyse
        if analyse is None:
            from reader.core.compare import compare as analyse
        comparison = analyse(*self.articles)
        self.post_message(AlignmentReady(comparison))

    def on_alignment_ready(self, message: AlignmentReady) -> None:
        comparison = message.comparison
        self.comparison = comparison
        self.orders = {doc: MatchOrder(comparison.matches, doc) for doc in ("a", "b")}
        for doc, pane in self.panes.items():
            self.passages[doc] = unique_passages(comparison, doc)
            pane.set_highlights(highlights_for(comparison, doc), self.passages[doc])
        self.query_one(LinkMap).set_matches(comparison.matches)
        self.query_one(Sidebar).show_comparison(comparison)
        count = len(comparison.matches)
        status = self.query_one("#status", Label)
        status.update(Text(f"{count} match{'es' if count != 1 else ''}"))
        status.remove_class("-aligning")
        self.refresh_bindings()

    # -- state queries -------------------------------------------------------------

    @property
    def focused_pane(self) -> ArticlePane:
        return self.panes[self.focused_doc]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in NEEDS_ALIGNMENT:
            return self.comparison is not None
        if action in NEEDS_MATCHES:
            return self.comparison is not None and bool(self.comparison.matches)
        return True

    def on_descendant_focus(self, event: object) -> None:
        widget = getattr(event, "widget", None)
        if isinstance(widget, ArticlePane):
            self.focused_doc = widget.doc

    # -- reading cursor and paging --------------------------------------------------

    def action_cursor_down(self) -> None:
        self.focused_pane.move_cursor(self.focused_pane.cursor + 1)

    def action_cursor_up(self) -> None:
        self.focused_pane.move_cursor(self.focused_pane.cursor - 1)

    def action_page_down(self) -> None:
        self._page(+1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        pane = self.focused_pane
        height = max(1, pane.scrollable_content_region.height - 1)
        pane.scroll_to(y=pane.scroll_y + direction * height, animate=False, immediate=True)
        pane.move_cursor(pane.first_visible_sentence(), scroll=False)

    def action_top(self) -> None:
        self.focused_pane.move_cursor(0)

    def action_bottom(self) -> None:
        self.focused_pane.move_cursor(len(self.focused_pane.article.sentences) - 1)

    def action_switch_pane(self) -> None:
        pane = self.panes[other(self.focused_doc)]
        pane.focus()
        self.focused_doc = pane.doc
        top, height = round(pane.scroll_y), pane.scrollable_content_region.height
        sentence = pane.cursor_sentence
        if sentence and not top <= pane.line_of(sentence.span[0]) < top + height:
            pane.move_cursor(pane.first_visible_sentence(), scroll=False)

    @on(CursorMoved)
    def _follow_cursor(self, message: CursorMoved) -> None:
        """Mark the match under the cursor; with sync on, the other pane follows."""
        if self.comparison is None or message.doc != self.focused_doc:
            return
        pane = self.panes[message.doc]
        offset = pane.article.sentences[message.sentence].span[0]
        found = self.orders[message.doc].containing(offset)
        if found is not None:
            self._set_active(found)
        if self.sync:
            self._sync_other(message.doc, offset)

    def _sync_other(self, doc: DocId, offset: int) -> None:
        """Scroll the other pane so its aligned text sits level with the cursor."""
        assert self.comparison is not None
        pane, partner = self.panes[doc], self.panes[other(doc)]
        before, after = self.orders[doc].around(offset)
        matches = self.comparison.matches
        low = (0, 0) if before is None else self._anchor(matches[before], doc)
        ends = (len(pane.wrapped), len(partner.wrapped))
        high = ends if after is None else self._anchor(matches[after], doc)
        line = pane.line_of(offset)
        target = interpolate(line, (low, high))
        row = line - round(pane.scroll_y)
        partner.scroll_to(y=max(0, round(target) - row), animate=False, immediate=True)

    def _anchor(self, match: object, doc: DocId) -> tuple[int, int]:
        this, that = self.panes[doc], self.panes[other(doc)]
        return (this.line_of(side(match, doc)[0]), that.line_of(side(match, other(doc))[0]))  # type: ignore[arg-type]

    # -- matches -------------------------------------------------------------------

    def action_next_match(self) -> None:
        self._step_match(forward=True)

    def action_previous_match(self) -> None:
        self._step_match(forward=False)

    def _step_match(self, forward: bool) -> None:
        pane = self.focused_pane
        sentence = pane.cursor_sentence
        offset = sentence.span[0] if sentence else 0
        if self.active_match is not None:
            active = side(self.comparison.matches[self.active_match], self.focused_doc)  # type: ignore[union-attr]
            if active[0] <= offset < max(active[1], active[0] + 1) or active[0] >= offset:
                offset = active[0]
        found = self.orders[self.focused_doc].step(offset, self.active_match, forward)
        if found is None:
            self.notify("No more matches" if forward else "No earlier matches", timeout=2)
            return
        match = self.comparison.matches[found]  # type: ignore[union-attr]
        self.jump_to(match.a, match.b)
        self._set_active(found)

    def _set_active(self, index: int | None) -> None:
        self.active_match = index
        match = self.comparison.matches[index] if self.comparison and index is not None else None
        for doc, pane in self.panes.items():
            pane.set_emphasis("current", side(match, doc) if match else None)
        link_map = self.query_one(LinkMap)
        link_map.current = index
        link_map.refresh()
        self.query_one(Sidebar).follow(index)

    def jump_to(self, span_a: Span | None, span_b: Span | None) -> None:
        """Put both cursors on these spans and bring them level on screen."""
        spans = {"a": span_a, "b": span_b}
        for doc, span in spans.items():
            if span is not None:
                pane = self.panes[doc]
                pane.cursor = pane.sentence_near(span[0])
                pane.scroll_to_span(span)
                pane.refresh()
        if span_a is not None and span_b is not None:
            self._level(span_a[0], span_b[0])
        elif self.sync and self.comparison is not None:
            doc: DocId = "a" if span_a is not None else "b"
            self._sync_other(doc, (span_a or span_b)[0])  # type: ignore[index]
        for pane in self.panes.values():
            pane._invalidate()

    def _level(self, offset_a: int, offset_b: int) -> None:
        pane_a, pane_b = self.panes["a"], self.panes["b"]
        lines = (pane_a.line_of(offset_a), pane_b.line_of(offset_b))
        heights = (pane_a.scrollable_content_region.height, pane_b.scrollable_content_region.height)
        row = level_row(lines, heights, (len(pane_a.wrapped), len(pane_b.wrapped)))
        pane_a.bring_to_row(offset_a, row)
        pane_b.bring_to_row(offset_b, row)

    @on(JumpRequested)
    def _jump_requested(self, message: JumpRequested) -> None:
        self.jump_to(message.a, message.b)
        span = message.a if message.a is not None else message.b
        doc: DocId = "a" if message.a is not None else "b"
        if span is not None and self.comparison is not None:
            self._set_active(self.orders[doc].containing(span[0]))

    @on(PaneScrolled)
    def _redraw_link_map(self) -> None:
        self.query_one(LinkMap).refresh()

    # -- passages only here -----------------------------------------------------------

    def action_next_unique(self) -> None:
        self._step_unique(forward=True)

    def action_previous_unique(self) -> None:
        self._step_unique(forward=False)

    def _step_unique(self, forward: bool) -> None:
        pane = self.focused_pane
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

    # -- toggles -------------------------------------------------------------------

    def action_toggle_sync(self) -> None:
        self.sync = not self.sync
        self.notify(f"Synchronised scrolling {'on' if self.sync else 'off'}", timeout=2)

    def action_toggle_sidebar(self) -> None:
        self.toggle_class("-sidebar-hidden")

    # -- search --------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.add_class("-open")
        search.focus()

    def action_close_search(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_class("-open"):
            search.remove_class("-open")
            self.focused_pane.set_search_hit(None)
            self.focused_pane.focus()

    @on(Input.Submitted, "#search")
    def _search_next(self, event: Input.Submitted) -> None:
        pane = self.focused_pane
        if not event.value:
            return
        pattern = re.compile(re.escape(event.value), re.IGNORECASE)
        hit = pane._search_hit
        start = hit[1] if hit else (pane.cursor_sentence.span[0] if pane.cursor_sentence else 0)
        found = pattern.search(pane.article.text, start) or pattern.search(pane.article.text)
        if found is None:
            self.notify(f"Not found in this article: {event.value}", markup=False, timeout=2)
            return
        pane.set_search_hit(found.span())
        pane.move_cursor(pane.sentence_near(found.start()))
        pane.scroll_to_span(found.span())
