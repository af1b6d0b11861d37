"""Comparison -> one self-contained HTML page: both articles side by side, highlighted.

No external resources (styles and the script are inline) and every piece of article
text is escaped. Hovering a passage lights up its partner; a click brings the
partner into view. The colours are the reader's.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from importlib.resources import files
from itertools import pairwise

from reader.core.facts.listing import fact_listing, same_words_line, times, trivial
from reader.core.model import Article, Comparison, DocId
from reader.core.report_parts import KINDS, Summary, summarise
from reader.core.wording import pair_wording

# A labelled stretch of one article: (start, end, css class, match index or -1).
Label = tuple[int, int, str, int]
BLOCK_TAGS = {"title": "h2", "heading": "h3", "quote": "blockquote", "code": "pre"}


def html_report(comparison: Comparison) -> str:
    """The whole page as one string."""
    summary = summarise(comparison)
    title = f"{comparison.a.title} ⟷ {comparison.b.title}"
    assets = files("reader.core").joinpath("report_page")
    style = assets.joinpath("page.css").read_text(encoding="utf-8")
    script = assets.joinpath("page.js").read_text(encoding="utf-8")
    return "\n".join(
        [
            "<!doctype html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>Diptych: {_e(title)}</title>",
            f"<style>{style}</style></head><body>",
            f"<header><h1>{_e(title)}</h1>{_summary(comparison, summary)}{_legend()}</header>",
            '<main class="pair">',
            _column(comparison, "a"),
            _column(comparison, "b"),
            "</main>",
            _facts(comparison),
            _speakers(comparison),
            f"<script>{script}</script></body></html>",
        ]
    )


def _summary(comparison: Comparison, summary: Summary) -> str:
    rows = []
    for doc in ("a", "b"):
        side = summary.side(doc)
        percent = round(100 * side.share)
        rows.append(
            f'<div class="stat"><b>{doc.upper()}</b><span class="bar">'
            f'<span style="width:{percent}%"></span></span>{percent} % matched '
            f"({side.matched:,} of {side.words:,} words), {len(side.only)} "
            f"passage{'' if len(side.only) == 1 else 's'} only in {doc.upper()}</div>"
        )
    kinds = ", ".join(f"{count} {kind}" for kind, count in summary.kinds.items())
    conflicts = len(summary.conflicts)
    extra = f" · <b>{_e(summary.likeness)}</b>" if summary.likeness else ""
    rows.append(
        f"<div>{sum(summary.kinds.values())} matches ({kinds}); {summary.fact_links} facts "
        f"linked, {conflicts} conflict{'' if conflicts == 1 else 's'} · "
        f"{_e(comparison.story)}{extra}</div>"
    )
    return '<section class="summary">' + "".join(rows) + "</section>"


def _legend() -> str:
    samples = [(kind, kind) for kind in KINDS]
    samples += [("only", "only in this article"), ("chg on", "words the other lacks")]
    samples += [("chg on num", "a changed number")]
    items = "".join(f'<span class="{css}">{_e(name)}</span>' for css, name in samples)
    toggles = [
        ("show-only", "show only-here", " checked"),
        ("show-chg", "word changes of every pair", ""),
    ]
    boxes = "".join(
        f'<label><input type="checkbox" id="{name}"{on}> {label}</label>'
        for name, label, on in toggles
    )
    hint = "<i>hover a passage: its partner and its word changes light up; click: go to it</i>"
    return f'<section class="legend">{items}{boxes}{hint}</section>'


def _column(comparison: Comparison, doc: DocId) -> str:
    article = comparison.article(doc)
    meta = " · ".join(_e(part) for part in (article.source, article.date, _place(article)) if part)
    body = "".join(_blocks(article, sorted(_labels(comparison, doc))))
    return (
        f'<article id="doc-{doc}" class="doc"><div class="head"><b>{doc.upper()}</b> '
        f'{_e(article.title)}<div class="meta">{meta}</div></div>'
        f'<div class="text">{body}</div></article>'
    )


def _place(article: Article) -> str | None:
    return article.path.name if article.path else article.url


def _labels(comparison: Comparison, doc: DocId) -> Iterable[Label]:
    """Every stretch of one article that gets a class: matches, facts, only-here, changes."""
    for index, match in enumerate(comparison.matches):
        start, end = match.a if doc == "a" else match.b
        yield (start, end, match.kind, index)
        if match.kind == "paraphrase":
            wording = pair_wording(comparison.a, comparison.b, match)
            if wording.readable:
                for (low, high), number in wording.spans(doc):
                    yield (low, high, f"chg c{index}" + (" num" if number else ""), -1)
    told = [link for link in comparison.fact_links if not trivial(comparison, link)]
    for index in {link.a for link in told} | {link.b for link in told}:
        fact = comparison.facts[index]
        if fact.doc == doc:
            yield (*fact.span, "fact", -1)
    for start, end in comparison.only(doc):
        yield (start, end, "only", -1)


def _blocks(article: Article, labels: list[Label]) -> Iterable[str]:
    """Each block as its HTML element, with the labels (sorted by start) reaching into it."""
    following = iter(labels)
    upcoming = next(following, None)
    reaching: list[Label] = []
    for block in article.blocks:
        start, end = block.span
        while upcoming is not None and upcoming[0] < end:
            reaching.append(upcoming)
            upcoming = next(following, None)
        reaching = [label for label in reaching if label[1] > start]
        tag = BLOCK_TAGS.get(block.kind, "p")
        inside = [label for label in reaching if label[0] < end]
        yield f"<{tag}>{_segments(article.text, block.span, inside)}</{tag}>"


def _segments(text: str, span: tuple[int, int], labels: list[Label]) -> str:
    """The block's text cut at every label edge, each piece with the classes and the
    match numbers of the labels covering it (a sweep over the sorted edges)."""
    start, end = span
    edges = sorted(
        {start, end, *(max(start, min(end, edge)) for s, e, *_ in labels for edge in (s, e))}
    )
    opening: dict[int, list[Label]] = {}
    closing: dict[int, list[Label]] = {}
    for label in labels:
        opening.setdefault(max(start, label[0]), []).append(label)
        closing.setdefault(min(end, label[1]), []).append(label)
    active: Counter[Label] = Counter()
    pieces = []
    for low, high in pairwise(edges):
        active.update(opening.get(low, []))
        active.subtract(closing.get(low, []))
        pieces.append(
            _piece(text[low:high], [label for label, count in active.items() if count > 0])
        )
    return "".join(pieces)


def _piece(text: str, labels: list[Label]) -> str:
    if not labels:
        return _e(text)
    classes = " ".join(sorted({css for label in labels for css in label[2].split()}))
    matches = " ".join(
        str(label[3]) for label in sorted(labels, key=lambda label: label[3]) if label[3] >= 0
    )
    data = f' data-m="{matches}"' if matches else ""
    return f'<span class="{classes}"{data}>{_e(text)}</span>'


def _facts(comparison: Comparison) -> str:
    """Facts by subject, conflicts first, links that read the same on one row (×2);
    agreements in the same words in one line below the table."""
    listing = fact_listing(comparison)
    rows = []
    for group in listing.groups:
        for row in group.rows:
            link = row.first
            fact_a, fact_b = comparison.facts[link.a], comparison.facts[link.b]
            mark = "✓" if link.agreement == "consistent" else "✗"
            rows.append(
                f'<tr class="{link.agreement}"><td>{mark}</td><td>{_e(fact_a.text)}</td>'
                f"<td>{_e(fact_b.text)}</td><td>{_e(group.subject)}</td>"
                f"<td>{_e(link.reason + times(row))}</td></tr>"
            )
    head = "<tr><th></th><th>A</th><th>B</th><th>subject</th><th>reason</th></tr>"
    same = listing.same_words
    below = f"<p>{_e(same_words_line(comparison, same, capital=True))}.</p>" if same else ""
    table = f"<table>{head}{''.join(rows)}</table>"
    return f'<section class="facts"><h2>Facts</h2>{table}{below}</section>'


def _speakers(comparison: Comparison) -> str:
    items = []
    for speaker in comparison.speakers:
        counts = " · ".join(f"{doc.upper()} {speaker.documents.get(doc, 0)}" for doc in "ab")
        also = f" <i>also {_e(', '.join(speaker.aliases))}</i>" if speaker.aliases else ""
        items.append(f"<li><b>{_e(speaker.name)}</b> ({counts}){also}</li>")
    return f'<section class="speakers"><h2>Speakers</h2><ul>{"".join(items)}</ul></section>'


def _e(text: str | None) -> str:
    return html.escape(text or "", quote=True)
