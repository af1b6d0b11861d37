"""The comparison screen: two panes, the link map and the sidebar; owns the comparison state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.command import Provider
from textual.containers import Horizontal, Vertical
from textual.widgets import Label
from textual.worker import Worker, WorkerState

from reader.core.model import Article, Comparison, DocId
from reader.ui import heap
from reader.ui.commands import ReaderCommands
from reader.ui.keys import READER_EXTRAS, READER_KEYS
from reader.ui.messages import AlignmentReady, CursorMoved, JumpRequested, PaneScrolled
from reader.ui.navigation import overlaps, side
from reader.ui.plain import plain
from reader.ui.screens.differences import status_text
from reader.ui.screens.min_score import MinScoreActions
from reader.ui.screens.only_here import OnlyHereActions
from reader.ui.screens.panes import pane_column
from reader.ui.screens.regions import RegionActions
from reader.ui.screens.search_actions import SearchActions
from reader.ui.screens.sync import PaneSync
from reader.ui.screens.word_changes import WordChangeActions
from reader.ui.side_view import ComparisonView, comparison_view, partners_of
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.footer import ReaderFooter
from reader.ui.widgets.link_map import LinkMap
from reader.ui.widgets.sidebar import Sidebar
from reader.ui.widgets.sidebar_detail import SidebarDetail

Analyse = Callable[[Article, Article], Comparison]
NEEDS_MATCHES = {"next_match", "previous_match"}
NEEDS_ALIGNMENT = {"next_unique", "previous_unique", "toggle_unique", "toggle_word_changes"}
STORY_CLASSES = {
    "same story": "-same-story",
    "related": "-related",
    "different stories?": "-different-stories",
}


class CompareScreen(
    RegionActions, WordChangeActions, OnlyHereActions, SearchActions, MinScoreActions
):
    """Two articles side by side; alignment runs in a worker while the text is already shown.

    Its focus and sidebar keys (tab, s, <, >), notes and aligner corrections (m, a, d, e,
    L, D), word differences (w), passages only here (u, U, o), search (/) and the
    minimum score of links (+, -) live in the base classes.
    """

    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (typed by Screen)
        (0, "-narrow"),
        (70, "-medium"),
        (100, "-wide"),
    ]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012 (typed by Screen)
    BINDINGS: ClassVar[list[BindingType]] = list(READER_KEYS)
    HELP_EXTRAS = READER_EXTRAS
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {ReaderCommands}
    # (on this screen only: the library screen has other actions)

    def __init__(
        self, article_a: Article, article_b: Article, analyse: Analyse | None = None
    ) -> None:
        super().__init__()
        self.articles = (article_a, article_b)
        self.analyse = analyse
        self.comparison: Comparison | None = None
        self.view: ComparisonView | None = None
        self.active_match: int | None = None
        self.focused_doc: DocId = "a"
        self.sync = True
        self.pane_sync: PaneSync | None = None

    # -- building ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        self.panes: dict[DocId, ArticlePane] = {
            "a": ArticlePane(self.articles[0], "a", widget_id="pane-a"),
            "b": ArticlePane(self.articles[1], "b", widget_id="pane-b"),
        }
        with Horizontal(id="header"):
            yield Label(self._titles(), id="titles")
            yield Label(Text("aligning…"), id="status", classes="-aligning")
            yield Label(id="story")
            yield self.min_score_label()
        with Horizontal(id="body"):
            with Vertical(id="sidebar-column"):
                yield Sidebar(widget_id="sidebar")
                yield SidebarDetail(id="sidebar-detail")
            with Horizontal(id="panes"):
                yield pane_column(self.panes["a"])
                yield LinkMap(self.panes["a"], self.panes["b"], widget_id="link-map")
                yield pane_column(self.panes["b"])
        yield self.search_bar
        yield ReaderFooter()

    def _titles(self) -> Text:
        text = Text("Diptych  ", style="bold", end="")
        text.append_text(plain(self.articles[0].title))
        text.append("  ⟷  ", style="bold")
        text.append_text(plain(self.articles[1].title))
        return text

    def on_mount(self) -> None:
        self.sync = self.settings_owner.settings.sync_scrolling
        self.query_one(Sidebar).show_loading()
        self.panes["a"].focus()
        self.align_articles()
        self.call_after_refresh(heap.settle)  # the articles, wrapped for the first paint

    def on_unmount(self) -> None:
        heap.release()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def align_articles(self) -> None:
        """Compare off the UI thread; the text is already on screen meanwhile."""
        comparison = self.corrected(self.analysis(self.min_score))
        self.post_message(AlignmentReady(comparison, comparison_view(comparison)))

    def on_alignment_ready(self, message: AlignmentReady) -> None:
        comparison, view = message.comparison, message.view
        self.comparison, self.view = comparison, view
        self._set_active(None)  # indexes of the previous matches mean nothing now
        self.pane_sync = PaneSync(self.panes, comparison, {doc: view[doc].order for doc in view})
        for doc, pane in self.panes.items():
            self.passages[doc] = view[doc].unique
            pane.set_highlights(view[doc].highlights, view[doc].unique, view[doc].unique_index)
        link_map = self.query_one(LinkMap)
        link_map.set_matches(comparison.matches, view["a"].matches, view["b"].matches)
        self.query_one(Sidebar).show_comparison(comparison)
        status = self.query_one("#status", Label)
        status.update(status_text(comparison, self.panes["a"].component_style))
        status.remove_class("-aligning")
        self._show_story(comparison.story)
        self.call_after_refresh(heap.settle)  # the comparison and its indexes
        self.refresh_bindings()

    def _show_story(self, story: str) -> None:
        """Same story, related, or different stories?, styled by a class named after it."""
        label = self.query_one("#story", Label)
        label.update(Text(f"· {story}"))
        for name in STORY_CLASSES.values():
            label.remove_class(name)
        label.add_class(STORY_CLASSES.get(story, "-related"))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place worker failures are reported: a notification, never a crash."""
        if event.state != WorkerState.ERROR:
            return
        if event.worker.group == "notes":
            self.notify(
                f"Could not load the notes: {event.worker.error}", severity="error", markup=False
            )
            return
        self.query_one("#status", Label).update(Text("alignment failed"))
        self.query_one(Sidebar).clear()
        message = f"Could not compare the articles: {event.worker.error}"
        self.notify(message, severity="error", markup=False, timeout=10)

    # -- state queries -------------------------------------------------------------

    @property
    def focused_pane(self) -> ArticlePane:
        return self.panes[self.focused_doc]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        checks = (self.check_note_action, self.check_correction_action, self.check_min_score_action)
        for check in checks:
            allowed = check(action)
            if allowed is not None:
                return allowed
        if action in NEEDS_ALIGNMENT:
            return self.comparison is not None
        if action in NEEDS_MATCHES:
            return self.search_bar.active or (
                self.comparison is not None and bool(self.comparison.matches)
            )
        return True

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

    @on(CursorMoved)
    def _follow_cursor(self, message: CursorMoved) -> None:
        """Mark the match under the cursor; with sync on, the other pane follows."""
        self.focused_doc = message.doc  # a click may arrive before the focus event
        if self.pane_sync is None:
            return
        span = self.panes[message.doc].article.sentences[message.sentence].span
        offset = span[0]
        found = self.pane_sync.orders[message.doc].touching(span)
        if found is not None:
            self._set_active(found)
        if self.sync:
            self.pane_sync.follow(message.doc, offset)

    # -- matches -------------------------------------------------------------------

    def action_next_match(self) -> None:
        if self.search_bar.active:
            self.step_hit(forward=True)
        else:
            self._step_match(forward=True)

    def action_previous_match(self) -> None:
        if self.search_bar.active:
            self.step_hit(forward=False)
        else:
            self._step_match(forward=False)

    def _step_match(self, forward: bool) -> None:
        assert self.comparison is not None and self.pane_sync is not None
        matches = self.comparison.matches
        sentence = self.focused_pane.cursor_sentence
        cursor = sentence.span if sentence else (0, 0)
        current = self.active_match
        if current is not None and not overlaps(side(matches[current], self.focused_doc), cursor):
            current = None  # the cursor has left the current match (g, j, a click): step from it
        offset = side(matches[current], self.focused_doc)[0] if current is not None else cursor[0]
        if current is None and forward:
            offset -= 1  # a match starting at the cursor's sentence is the next one
        found = self.pane_sync.orders[self.focused_doc].step(offset, current, forward)
        if found is None:
            self.notify("No more matches" if forward else "No earlier matches", timeout=2)
            return
        self.pane_sync.jump(matches[found].a, matches[found].b)
        self._set_active(found)

    def _set_active(self, index: int | None) -> None:
        """Make `index` the current match, and every other match of the sentence at the
        focused cursor its partners (a sentence may have several): all stand out."""
        self.active_match = index
        matches = self.comparison.matches if self.comparison else ()
        match = matches[index] if index is not None else None
        partners: list[int] = []
        if index is not None and self.view is not None:
            sentence = self.focused_pane.cursor_sentence
            near = sentence.span if sentence else side(matches[index], self.focused_doc)
            partners = partners_of(self.view[self.focused_doc], index, near)
        for doc, pane in self.panes.items():
            pane.set_emphasis("current", side(match, doc) if match else None)
            pane.set_partners([side(matches[i], doc) for i in partners if i != index])
        link_map = self.query_one(LinkMap)
        link_map.current, link_map.partners = index, frozenset(partners)
        link_map.refresh()
        self.show_word_changes()
        sidebar = self.query_one(Sidebar)
        if not sidebar.has_focus:  # a row picked in the sidebar keeps its place there
            sidebar.follow(index)

    @on(JumpRequested)
    def _jump_requested(self, message: JumpRequested) -> None:
        if self.pane_sync is None:
            return
        self.pane_sync.jump(message.a, message.b)
        doc: DocId = "a" if message.a is not None else "b"
        span = message.a or message.b
        if span is not None:
            self._set_active(self.pane_sync.orders[doc].containing(span[0]))

    @on(PaneScrolled)
    def _redraw_link_map(self) -> None:
        self.query_one(LinkMap).refresh()
        if self.every_pair_changes:
            self.show_word_changes()

    # -- toggles -------------------------------------------------------------------

    def action_toggle_sync(self) -> None:
        self.sync = not self.sync
        owner = self.settings_owner
        owner.remember(replace(owner.settings, sync_scrolling=self.sync))
        self.notify(f"Synchronised scrolling {'on' if self.sync else 'off'}", timeout=2)
