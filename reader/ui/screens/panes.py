"""A pane's column: the article pane under its title and source/date line."""

from __future__ import annotations

from textual.containers import Vertical
from textual.widgets import Label

from reader.core.printable import printable
from reader.ui.plain import plain
from reader.ui.widgets.article_pane import ArticlePane


def pane_column(pane: ArticlePane) -> Vertical:
    """The pane under its title and source/date line (plain Text: titles are untrusted)."""
    article = pane.article
    # The file name (a web page's address) tells apart two articles whose titles are alike.
    place = printable(article.path.name) if article.path else article.url and printable(article.url)
    parts = (article.source, article.date, article.author, place)
    meta = " · ".join(part for part in parts if part)
    return Vertical(
        Label(plain(article.title, "bold"), classes="pane-title"),
        Label(plain(meta or pane.doc.upper()), classes="pane-meta"),
        pane,
        classes="pane-column",
        id=f"column-{pane.doc}",
    )
