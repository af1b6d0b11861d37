"""One article, wrapped to the pane and rendered line by line (toolong's log_lines.py).

Only visible lines are rendered; each rendered line is cached until the highlights
change or the pane is re-wrapped, so 1 MB articles scroll as fast as small ones.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.core.model import Article, DocId, Sentence, Span
from reader.ui.keys import moving_keys
from reader.ui.messages import CursorMoved, PaneScrolled
from reader.ui.plain import steady_width
from reader.ui.widgets.highlights import Highlight, HighlightIndex
from reader.ui.widgets.layout import Wrapped, wrap_article
from reader.ui.widgets.note_colours import COLOURS, tag_colour

HEADING_KINDS = ("title", "heading")
MANY_LINES = 200  # invalidating more lines than this one by one costs more than all at once
WORD_CHANGES = frozenset({"changed", "changed-number"})


class ArticlePane(ScrollView, can_focus=True):
    """A line-virtualised view of one article with highlights and a reading cursor."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-pane--verbatim",
        "article-pane--paraphrase",
        "article-pane--fact",
        "article-pane--current",
        "article-pane--partner",
        "article-pane--cursor",
        "article-pane--unique",
        "article-pane--changed",
        "article-pane--changed-number",
        "article-pane--search",
        "article-pane--heading",
        "article-pane--note",
        *(f"article-pane--note-{colour}" for colour in COLOURS),
        "article-pane--mark",
    }

    # The scrolling keys move the reading cursor (the screen's actions), not just the view.
    BINDINGS: ClassVar[list[BindingType]] = [*moving_keys("screen.")]

    def __init__(self, article: Article, doc: DocId, *, widget_id: str | None = None) -> None:
        super().__init__(id=widget_id)
        self.article = article
        self._sentence_starts = [sentence.span[0] for sentence in article.sentences]
        self.doc: DocId = doc
        self.wrapped = Wrapped([], 0)
        # The last two widths: showing and hiding the sidebar swaps between them, and
        # wrapping a 1 MB article again costs 50-250 ms.
        self._wraps: dict[int, Wrapped] = {}
        self.cursor = 0
        self.show_unique = False
        self.unique_passages: list[Span] = []
        self._highlights: HighlightIndex[str] = HighlightIndex()
        self._unique: HighlightIndex[str] = HighlightIndex()
        self._notes: HighlightIndex[str] = HighlightIndex()
        self._changes: HighlightIndex[str] = HighlightIndex()
        self._partner_spans: list[Span] = []
        self._partners: HighlightIndex[str] = HighlightIndex()
        self._emphasis: dict[str, Span | None] = {"current": None, "unique": None, "mark": None}
        self.search_hit: Span | None = None
        self._line_cache: LRUCache[tuple[int, int], Strip] = LRUCache(1000)

    # -- layout -----------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        width = self.scrollable_content_region.width
        if width != self.wrapped.width and width > 0:
            self._rewrap(width)
        else:
            self._size_for_scrolling()
        sentence = self.cursor_sentence
        if sentence is not None and self.wrapped.lines:
            self.scroll_to_span(sentence.span)  # a shorter or narrower pane keeps the reading place

    def _size_for_scrolling(self) -> None:
        """Lines plus a screenful less one of blank space after the end, so any line
        can reach any row: a pair near one article's end still comes level with its
        partner (the panes never stop short of levelling)."""
        tail = max(0, self.scrollable_content_region.height - 1)
        self.virtual_size = Size(self.wrapped.width, len(self.wrapped) + tail)

    def _rewrap(self, width: int) -> None:
        """Re-wrap to a new width, keeping the same text at the top of the pane."""
        top_offset = self._offset_at_row(0)
        wrapped = self._wraps.get(width)
        if wrapped is None:
            wrapped = wrap_article(self.article, width)
            # Lines drawn at widths no longer kept may be stale (changes since then
            # were forgotten for the kept widths only); those of kept widths stay good.
            self._line_cache.clear()
        self._wraps = {self.wrapped.width: self.wrapped, width: wrapped}
        self.wrapped = wrapped
        self._size_for_scrolling()
        if top_offset is not None:
            self.scroll_to(y=self.wrapped.line_of(top_offset), animate=False, immediate=True)
        self.refresh()
        self.post_message(PaneScrolled(self.doc))

    def _offset_at_row(self, row: int) -> int | None:
        index = int(self.scroll_y) + row
        if 0 <= index < len(self.wrapped):
            return self.wrapped.lines[index].start
        return None

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self.post_message(PaneScrolled(self.doc))

    # -- geometry used by the screen and the link map ----------------------------

    def line_of(self, offset: int) -> int:
        return self.wrapped.line_of(offset)

    def row_of(self, offset: int) -> int:
        """Screen row (may be off-screen) of the line showing `offset`."""
        return self.line_of(offset) - round(self.scroll_y)

    def bring_to_row(self, offset: int, row: int) -> None:
        """Scroll so the line showing `offset` sits on screen row `row` (as near as allowed)."""
        self.scroll_to(y=max(0, self.line_of(offset) - row), animate=False, immediate=True)

    @property
    def cursor_sentence(self) -> Sentence | None:
        sentences = self.article.sentences
        return sentences[self.cursor] if sentences else None

    # -- state set by the screen -------------------------------------------------

    def set_highlights(
        self, highlights: HighlightIndex[str], unique: list[Span], unique_index: HighlightIndex[str]
    ) -> None:
        """Highlight runs as `merge_by_kind` makes them; the passages only here, as a list
        and indexed with the style `unique` (both built off the UI thread)."""
        self._highlights = highlights
        self.unique_passages = unique
        self._unique = unique_index
        self._invalidate()

    def set_word_changes(self, changes: list[Highlight]) -> None:
        """Words the other side of a shown pair lacks (`changed`, `changed-number`)."""
        previous = self._changes
        self._changes = HighlightIndex(changes)
        if len(previous) or len(self._changes):
            self._invalidate()

    def set_notes(self, notes: list[tuple[Span, str]]) -> None:
        """The passages that carry a stored note, with the note's tag: drawn in the
        `note` style, or `note-COLOUR` when the tag names a colour."""
        self._notes = HighlightIndex((start, end, _note_style(tag)) for (start, end), tag in notes)
        self._invalidate()

    def set_emphasis(self, name: str, span: Span | None) -> None:
        """`current` (the active match), `unique` (stepped to with u/U) or `mark` (m)."""
        previous = self._emphasis.get(name)
        if previous != span:
            self._emphasis[name] = span
            self._invalidate_spans(previous, span)

    def set_partners(self, spans: list[Span]) -> None:
        """The other links of the current sentence (one-to-many), drawn `partner` under
        the current match."""
        previous, self._partner_spans = self._partner_spans, spans
        self._partners = HighlightIndex((start, end, "partner") for start, end in spans)
        self._invalidate_spans(*previous, *spans)

    def set_search_hit(self, span: Span | None) -> None:
        previous, self.search_hit = self.search_hit, span
        self._invalidate_spans(previous, span)

    def toggle_unique(self) -> None:
        self.show_unique = not self.show_unique
        self._invalidate()

    def move_cursor(self, sentence: int, *, scroll: bool = True, notify: bool = True) -> None:
        """Put the reading cursor on a sentence and keep it in view.

        `notify=False` for moves the screen makes itself (jumps), so they do not echo back.
        """
        count = len(self.article.sentences)
        if count == 0:
            return
        sentence = min(max(0, sentence), count - 1)
        changed = sentence != self.cursor
        previous = self._cursor_span()
        self.cursor = sentence
        self._invalidate_spans(previous, self._cursor_span())
        if scroll:
            self.scroll_to_span(self.article.sentences[sentence].span)
        if changed and notify:
            self.post_message(CursorMoved(self.doc, sentence))

    def cursor_to_offset(self, offset: int) -> None:
        self.move_cursor(self.sentence_near(offset))

    def sentence_near(self, offset: int) -> int:
        """The sentence containing `offset`, else the next one (or the last)."""
        sentence = self.article.sentence_at(offset)
        if sentence is not None:
            return sentence.index
        following = bisect_left(self._sentence_starts, offset)
        return min(following, max(0, len(self.article.sentences) - 1))

    def scroll_to_span(self, span: Span) -> None:
        """Scroll the least distance that shows the start (and if it fits, all) of `span`."""
        first, last = self.line_of(span[0]), self.line_of(max(span[0], span[1] - 1))
        top, height = round(self.scroll_y), max(1, self.scrollable_content_region.height)
        if first < top:
            self.scroll_to(y=first, animate=False, immediate=True)
        elif last >= top + height:
            target = min(first, last - height + 1)
            self.scroll_to(y=target, animate=False, immediate=True)

    def first_visible_sentence(self) -> int:
        """The first sentence that starts on screen (else the one running through the top)."""
        offset = self._offset_at_row(0)
        index = self.sentence_near(offset if offset is not None else 0)
        sentences = self.article.sentences
        if offset is not None and index + 1 < len(sentences) and sentences[index].span[0] < offset:
            following = self.row_of(sentences[index + 1].span[0])
            if following < self.scrollable_content_region.height:
                return index + 1
        return index

    def notify_style_update(self) -> None:
        """A new theme or stylesheet: the cached lines carry the old colours."""
        super().notify_style_update()
        self._invalidate()

    def _invalidate(self) -> None:
        self._line_cache.clear()
        self.refresh()

    def _invalidate_spans(self, *spans: Span | None) -> None:
        """Forget and redraw only the lines these spans cover (a cursor step touches few);
        past a few screenfuls (a sentence with hundreds of partners) forget them all."""
        if not self.wrapped.lines:
            return
        if len(spans) > MANY_LINES:
            self._invalidate()
            return
        shown = [span for span in spans if span is not None]
        ranges = _line_ranges(self.wrapped, shown)
        if sum(last - first + 1 for first, last in ranges) > MANY_LINES:
            self._invalidate()
            return
        # The other width kept (the sidebar shown or hidden) keeps its drawn lines for
        # a swap back: forget there too the lines these spans cover.
        for wrapped in self._wraps.values():
            if wrapped is not self.wrapped:
                self._forget_lines(wrapped.width, _line_ranges(wrapped, shown))
        self._forget_lines(self.wrapped.width, ranges)
        for first, last in ranges:
            self.refresh_lines(first, last - first + 1)

    def _forget_lines(self, width: int, ranges: list[tuple[int, int]]) -> None:
        for first, last in ranges:
            for index in range(first, last + 1):
                self._line_cache.discard((index, width))

    # -- mouse -------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = int(self.scroll_y) + offset.y
        if not 0 <= index < len(self.wrapped):
            return
        line = self.wrapped.lines[index]
        self.focus()
        self.move_cursor(
            self.sentence_near(
                line.start
                + _column_to_chars(
                    self.article.text[line.start : line.end], offset.x + int(self.scroll_x)
                )
            )
        )

    # -- rendering ---------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        if not 0 <= index < len(self.wrapped):
            return Strip.blank(width, self.rich_style)
        if width != self.wrapped.width:  # resized, not re-wrapped yet: drawn, not kept
            return self._render_visual_line(index, width)
        key = (index, width)
        strip = self._line_cache.get(key)
        if strip is None:
            strip = self._render_visual_line(index, width)
            self._line_cache[key] = strip
        return strip

    def _render_visual_line(self, index: int, width: int) -> Strip:
        line = self.wrapped.lines[index]
        text = Text(self.article.text[line.start : line.end].rstrip(), end="")
        if line.kind in HEADING_KINDS:
            text.stylize(self.component_style("heading"))
        for start, end, name in self._line_highlights(line.start, line.end):
            text.stylize(
                self.component_style(name),
                max(start, line.start) - line.start,
                min(end, line.end) - line.start,
            )
        # Drawn without width-disputed characters; spans above index the article's text.
        segments = [
            Segment(steady_width(part), style) for part, style, _ in text.render(self.app.console)
        ]
        return Strip(segments).crop_extend(0, width, None).apply_style(self.rich_style)

    def _line_highlights(self, start: int, end: int) -> list[Highlight]:
        """Base highlights, then the overlays in rising order of importance."""
        found = self._highlights.overlapping(start, end)
        if self.show_unique:
            found += self._unique.overlapping(start, end)
        found += self._notes.overlapping(start, end)
        found += self._partners.overlapping(start, end)
        overlays = [
            (self._emphasis["unique"], "unique"),
            (self._emphasis["mark"], "mark"),
            (self._cursor_span(), "cursor"),
            (self._emphasis["current"], "current"),
            (self.search_hit, "search"),
        ]
        found += [(s[0], s[1], name) for s, name in overlays if s and s[0] < end and s[1] > start]
        found += self._changes.overlapping(start, end)  # last: they show inside the current pair
        return found

    def _cursor_span(self) -> Span | None:
        sentence = self.cursor_sentence
        return sentence.span if sentence else None

    def component_style(self, name: str) -> Style:
        """The style of `article-pane--NAME` as layered over the text; changed words
        keep the passage's colours around them (in the reversed current pair their
        colour becomes the background, so they stand out there too)."""
        partial = name in WORD_CHANGES
        return self.get_component_rich_style(f"article-pane--{name}", partial=partial)


def _line_ranges(wrapped: Wrapped, spans: list[Span]) -> list[tuple[int, int]]:
    """The first and last visual line of each span."""
    return [(wrapped.line_of(start), wrapped.line_of(max(start, end - 1))) for start, end in spans]


def _column_to_chars(text: str, column: int) -> int:
    """How many characters of `text` fit before screen column `column`."""
    used = 0
    for index, character in enumerate(text):
        used += cell_len(character)
        if used > column:
            return index
    return len(text)


def _note_style(tag: str) -> str:
    colour = tag_colour(tag)
    return f"note-{colour}" if colour else "note"
