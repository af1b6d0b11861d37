"""What the comparison screen feeds each pane: its column, its highlights, its unique passages."""

from __future__ import annotations

from textual.containers import Vertical
from textual.widgets import Label

from reader.core.facts.listing import trivial
from reader.core.model import Comparison, DocId, Span
from reader.core.printable import printable
from reader.ui.navigation import side
from reader.ui.plain import plain
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.highlights import Highlight, passages_outside


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


def highlights_for(comparison: Comparison, doc: DocId) -> list[Highlight]:
    """Every match and linked fact of one article, tagged with its style name; facts
    agreeing in the same words ("2016" = "2016") are no news and stay plain."""
    highlights: list[Highlight] = [(*side(match, doc), match.kind) for match in comparison.matches]
    told = [link for link in comparison.fact_links if not trivial(comparison, link)]
    linked = {link.a for link in told} | {link.b for link in told}
    for index in linked:
        fact = comparison.facts[index]
        if fact.doc == doc:
            highlights.append((*fact.span, "fact"))
    return highlights


def unique_passages(comparison: Comparison, doc: DocId) -> list[Span]:
    """Runs of sentences that no passage match touches: what only this article reports.
    A number told in both ("2+ hour") leaves the rest of its sentence only here."""
    article = comparison.article(doc)
    spans = [side(match, doc) for match in comparison.matches if match.kind != "fact"]
    return passages_outside(spans, ((s.span, s.block) for s in article.sentences))
