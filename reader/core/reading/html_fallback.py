"""The stdlib HTML reader used when trafilatura is not installed.

Keeps block structure (headings, paragraphs, quotes, list items, preformatted
text), drops whole subtrees that are never article text (scripts, styles,
navigation, header, footer, aside, forms), prefers the `<article>` or `<main>`
element when the page has one, and reads title/source/date/author from the
`<meta>` tags (Open Graph, article:published_time, author) or `<title>`.
"""

from __future__ import annotations

from html.parser import HTMLParser

from reader.core.model import BlockKind
from reader.core.reading.markdown import RawBlock
from reader.core.reading.metadata import Metadata

SKIPPED = {
    "script", "style", "noscript", "template", "svg", "iframe", "nav", "header",
    "footer", "aside", "form", "button", "select", "textarea", "object", "canvas",
}  # fmt: skip
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip
BLOCK_KINDS: dict[str, BlockKind] = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "li": "list_item", "pre": "code", "blockquote": "quote",
}  # fmt: skip
BREAKING = {"p", "div", "section", "article", "main", "br", "tr", "td", "th", "dd", "dt",
            "figcaption", "table", "ul", "ol", "dl", "hr", "body"}  # fmt: skip
CONTENT_ROOTS = ("article", "main")
META_FIELDS = {
    "og:title": "title", "twitter:title": "title", "og:site_name": "source",
    "application-name": "source", "article:published_time": "date", "date": "date",
    "pubdate": "date", "dc.date": "date", "author": "author", "article:author": "author",
}  # fmt: skip


def fallback_blocks(raw: str) -> tuple[list[RawBlock], Metadata]:
    """Blocks of the article (or the whole body) and the page's metadata."""
    parser = _BlockParser()
    parser.feed(raw)
    parser.close()
    parser.flush()
    meta = parser.meta
    metadata = Metadata(
        title=meta.get("title") or parser.page_title.strip() or None,
        source=meta.get("source"),
        date=meta.get("date"),
        author=meta.get("author"),
    )
    return parser.blocks(), metadata


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.page_title = ""
        self._blocks: list[tuple[RawBlock, bool]] = []
        self._open: list[str] = []
        self._skipping: list[str] = []
        self._text: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._read_meta(dict(attrs))
        if self._skipping or self._is_chrome(tag):
            if self._is_chrome(tag):
                self._skipping.append(tag)
            return
        self._in_title = tag == "title"
        if tag in BLOCK_KINDS or tag in BREAKING:
            self.flush()
        if tag not in VOID:
            self._open.append(tag)

    def _is_chrome(self, tag: str) -> bool:
        # An <article>'s own <header> holds its headline and byline: keep that one.
        if tag == "header" and any(name in CONTENT_ROOTS for name in self._open):
            return False
        return tag in SKIPPED

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.pop()
            return
        self._in_title = False
        if tag in BLOCK_KINDS or tag in BREAKING:
            self.flush()
        if tag in self._open:
            # Close up to the matching tag: tolerates unclosed <p> and <li>.
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self._in_title:
            self.page_title += data
        elif "head" not in self._open:
            self._text.append(data)

    def flush(self) -> None:
        """End the current block: its kind is that of the innermost block element."""
        text = " ".join("".join(self._text).split())
        self._text = []
        if not text:
            return
        kind: BlockKind = "paragraph"
        for tag in reversed(self._open):
            if tag in BLOCK_KINDS:
                kind = BLOCK_KINDS[tag]
                break
        in_root = any(tag in CONTENT_ROOTS for tag in self._open)
        self._blocks.append(((kind, text), in_root))

    def blocks(self) -> list[RawBlock]:
        """Inside <article>/<main> if the page marks one, else every block."""
        in_root = [block for block, inside in self._blocks if inside]
        return in_root or [block for block, _ in self._blocks]

    def _read_meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        field = META_FIELDS.get(key)
        content = (attrs.get("content") or "").strip()
        if field and content:
            self.meta.setdefault(field, content)
