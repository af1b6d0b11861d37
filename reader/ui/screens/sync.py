"""Keeping the two panes level: a pair brought to one row, the other pane following the cursor."""

from __future__ import annotations

from reader.core.model import Comparison, DocId, Match, Span
from reader.ui.navigation import MatchOrder, interpolate, level_row, other, side
from reader.ui.widgets.article_pane import ArticlePane


class PaneSync:
    """Scroll arithmetic between the panes for one comparison."""

    def __init__(
        self,
        panes: dict[DocId, ArticlePane],
        comparison: Comparison,
        orders: dict[DocId, MatchOrder],
    ) -> None:
        self.panes = panes
        self.matches = comparison.matches
        self.orders = orders

    def level(self, offset_a: int, offset_b: int) -> None:
        """Put the lines showing both offsets on the same screen row."""
        pane_a, pane_b = self.panes["a"], self.panes["b"]
        lines = (pane_a.line_of(offset_a), pane_b.line_of(offset_b))
        heights = (_height(pane_a), _height(pane_b))
        totals = (pane_a.virtual_size.height, pane_b.virtual_size.height)
        row = level_row(lines, heights, totals)
        pane_a.bring_to_row(offset_a, row)
        pane_b.bring_to_row(offset_b, row)

    def follow(self, doc: DocId, offset: int) -> None:
        """Scroll the other pane so the text aligned with `offset` sits on its row.

        Between two matches the partner position is interpolated, so unmatched
        stretches move at matching speed and never drift apart.
        """
        pane, partner = self.panes[doc], self.panes[other(doc)]
        before, after = self.orders[doc].around(offset)
        low = (0, 0) if before is None else self._anchor(self.matches[before], doc)
        ends = (len(pane.wrapped), len(partner.wrapped))
        high = ends if after is None else self._anchor(self.matches[after], doc)
        line = pane.line_of(offset)
        target = interpolate(line, (low, high))
        row = line - round(pane.scroll_y)
        partner.scroll_to(y=max(0, round(target) - row), animate=False, immediate=True)

    def _anchor(self, match: Match, doc: DocId) -> tuple[int, int]:
        this, that = self.panes[doc], self.panes[other(doc)]
        return (this.line_of(side(match, doc)[0]), that.line_of(side(match, other(doc))[0]))

    def jump(self, span_a: Span | None, span_b: Span | None) -> None:
        """Both cursors onto these spans; level them, or let the partner follow."""
        spans: dict[DocId, Span | None] = {"a": span_a, "b": span_b}
        for doc, span in spans.items():
            if span is not None:
                pane = self.panes[doc]
                pane.move_cursor(pane.sentence_near(span[0]), notify=False)
        if span_a is not None and span_b is not None:
            self.level(span_a[0], span_b[0])
        elif span_a is not None:
            self.follow("a", span_a[0])
        elif span_b is not None:
            self.follow("b", span_b[0])


def _height(pane: ArticlePane) -> int:
    return pane.scrollable_content_region.height
