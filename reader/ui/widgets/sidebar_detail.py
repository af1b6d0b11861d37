"""Under the sidebar: the row at its cursor in full, wrapped (rows are cut to the
sidebar's width; a claim or a fact is read here whole)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.core.model import Article, Span
from reader.ui.plain import clean, plain
from reader.ui.widgets.fold_list import Node
from reader.ui.widgets.sidebar import JumpTarget

LIMIT = 400  # characters of each passage (a long match is read in the panes)


class SidebarDetail(Static):
    """A hint until the sidebar's cursor is on a row."""

    HINT = "The row at the sidebar's cursor, in full (tab or s, then j/k)."

    def on_mount(self) -> None:
        self.update(Text(self.HINT, style="italic"))

    def show_row(self, node: Node[JumpTarget], articles: tuple[Article, Article]) -> None:
        detail = Text(end="")
        detail.append_text(plain(node.label.plain, "bold"))  # bold for the label only
        target = node.data
        if isinstance(target, JumpTarget):
            for name, article, span in zip("AB", articles, (target.a, target.b), strict=True):
                if span is not None:
                    detail.append(f"\n{name}  ", style="bold")
                    detail.append(_passage(article, span))
        self.update(detail)


def _passage(article: Article, span: Span) -> Text:
    text = " ".join(clean(article.span_text(span)).split())
    return Text(text if len(text) <= LIMIT else text[: LIMIT - 1] + "…")
