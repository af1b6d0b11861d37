"""Where the keys go and where the sidebar sits: focus cycling and the sidebar's place.

`tab`/`shift+tab` cycle pane A → pane B → sidebar; the focused region's title (or
the sidebar's cursor) is lit. The sidebar sits beside the panes when both fit
(the panes keep `PANES_MIN` columns); on a narrower terminal `s` opens it over the
panes, full width, and `esc` or a jump closes it. `<`/`>` change its width, which is
remembered with the other settings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from textual import events, on

from reader.core.model import Article, DocId
from reader.core.settings import SIDEBAR_WIDTHS, Settings
from reader.ui.messages import JumpRequested
from reader.ui.navigation import other
from reader.ui.screens.corrections import CorrectionActions
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.fold_list import FoldList, Node
from reader.ui.widgets.sidebar import JumpTarget, Sidebar
from reader.ui.widgets.sidebar_detail import SidebarDetail

PANES_MIN = 60  # two readable panes and the link map
WIDTH_STEP = 4


class HasSettings:
    settings: Settings

    def remember(self, settings: Settings) -> None: ...


class RegionActions(CorrectionActions):
    """Focus among the panes and the sidebar; the sidebar beside the panes or over them."""

    articles: tuple[Article, Article]

    def __init__(self) -> None:
        super().__init__()
        self.sidebar_hidden = False  # beside the panes: shown unless `s` hid it
        self.sidebar_over = False  # too narrow to sit beside: open over the panes?

    @property
    def settings_owner(self) -> HasSettings:
        return cast(HasSettings, self.app)

    @property
    def sidebar_fits(self) -> bool:
        return self.size.width - self.settings_owner.settings.sidebar_width >= PANES_MIN

    @property
    def sidebar_shown(self) -> bool:
        return not self.sidebar_hidden if self.sidebar_fits else self.sidebar_over

    # -- placing the sidebar --------------------------------------------------------

    @on(events.Resize)
    def _place_on_resize(self) -> None:
        self.place_sidebar()

    def place_sidebar(self) -> None:
        """Beside (its remembered width) or over the panes (full width), or hidden."""
        sidebar = self.query_one(Sidebar)
        fits = self.sidebar_fits
        covering = not fits and self.sidebar_shown
        column = self.query_one("#sidebar-column")
        column.styles.width = self.settings_owner.settings.sidebar_width if fits else None
        # Classes on the two regions, not on the screen: a screen's class restyles every
        # widget on it (16-20 ms of the `s` key's 80-130 ms).
        column.set_class(not self.sidebar_shown, "-hidden")
        column.set_class(covering, "-covering")
        self.query_one("#panes").set_class(covering, "-covered")
        if not self.sidebar_shown and sidebar.has_focus:
            self.panes[self.focused_doc].focus()

    def action_toggle_sidebar(self) -> None:
        if self.sidebar_fits:
            self.sidebar_hidden = not self.sidebar_hidden
        else:
            self.sidebar_over = not self.sidebar_over
        self.place_sidebar()
        if self.sidebar_shown and not self.sidebar_fits:
            self.query_one(Sidebar).focus()  # over the panes: the keys go to its list

    def action_leave_sidebar(self) -> None:
        """`esc` in the sidebar: back to the pane (closing the sidebar when it covers them)."""
        if not self.sidebar_fits:
            self.sidebar_over = False
            self.place_sidebar()
        self.panes[self.focused_doc].focus()

    def action_sidebar_width(self, step: int) -> None:
        owner = self.settings_owner
        widest = min(SIDEBAR_WIDTHS[-1], self.size.width - PANES_MIN)
        width = max(
            SIDEBAR_WIDTHS[0], min(widest, owner.settings.sidebar_width + step * WIDTH_STEP)
        )
        if width == owner.settings.sidebar_width:
            self.notify(
                "The sidebar is as " + ("wide" if step > 0 else "narrow") + " as it goes", timeout=2
            )
            return
        owner.remember(replace(owner.settings, sidebar_width=width))
        self.place_sidebar()

    @on(JumpRequested)
    def _close_over_sidebar(self, message: JumpRequested) -> None:
        """A row picked in a sidebar covering the panes: show the place it leads to."""
        if self.sidebar_over and not self.sidebar_fits and (message.a or message.b):
            self.sidebar_over = False
            self.place_sidebar()
            self.panes[message.focus].focus()

    @on(FoldList.Highlighted)
    def _show_row_in_full(self, message: FoldList.Highlighted) -> None:
        row = cast("Node[JumpTarget]", message.node)  # the sidebar's rows lead to JumpTargets
        self.query_one(SidebarDetail).show_row(row, self.articles)

    # -- focus -----------------------------------------------------------------------

    def action_cycle_focus(self, step: int) -> None:
        regions: list[DocId | None] = ["a", "b"]
        if self.sidebar_shown:
            regions.append(None)  # the sidebar
        sidebar = self.query_one(Sidebar)
        here = None if sidebar.has_focus else self.focused_doc
        following = regions[(regions.index(here) + step) % len(regions)]
        if following is None:
            sidebar.focus()
        else:
            self.focus_pane(following)

    def action_switch_pane(self) -> None:
        self.focus_pane(other(self.focused_doc))

    def focus_pane(self, doc: DocId) -> None:
        """Focus a pane; its cursor comes into view if it had scrolled away."""
        pane = self.panes[doc]
        pane.focus()
        self.focused_doc = doc
        top, height = round(pane.scroll_y), pane.scrollable_content_region.height
        sentence = pane.cursor_sentence
        if sentence and not top <= pane.line_of(sentence.span[0]) < top + height:
            pane.move_cursor(pane.first_visible_sentence(), scroll=False)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Light the focused pane's title; none while the sidebar has the keys."""
        widget = event.widget
        if isinstance(widget, ArticlePane):
            self.focused_doc = widget.doc
        if isinstance(widget, ArticlePane | Sidebar):
            for doc in self.panes:
                title = self.query_one(f"#column-{doc} .pane-title")
                title.set_class(widget is self.panes[doc], "-focused")
