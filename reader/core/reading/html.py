"""HTML page -> Article: the article's text and metadata, without the page chrome.

Extraction uses trafilatura (the optional extra `diptych[html]`) when it is
installed: it is maintained, benchmarked on real news pages, removes navigation,
ads and boilerplate, and finds title, author, site name and date. Without it, a
small stdlib parser (`reader.core.reading.html_fallback`) drops scripts, styles and the
page's navigation/header/footer/aside/form elements and reads the `<meta>` tags.
Either way the result is plain blocks fed to `build_article`, so spans and
sentences work exactly as for text; no markup survives.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from reader.core.model import Article, BlockKind
from reader.core.reading.assemble import build_article
from reader.core.reading.decoding import sanitize
from reader.core.reading.errors import LoadError
from reader.core.reading.html_fallback import fallback_blocks
from reader.core.reading.markdown import RawBlock
from reader.core.reading.metadata import Metadata

# trafilatura logs extraction hiccups as warnings; they must not reach the terminal.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

# Dates from the page's markup (meta, time elements, URL), not guessed from the text:
# the extensive search doubles the extraction time and picks dates mentioned in passing.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# On short pages trafilatura falls back to the whole body; HTML5's own chrome
# elements are never article text, so they go first.
_CHROME_XPATHS = [
    "//nav",
    "//aside",
    "//form",
    "//header[not(ancestor::article)]",
    "//footer[not(ancestor::article)]",
]
_BLOCK_KINDS: dict[str, BlockKind] = {
    "head": "heading",
    "p": "paragraph",
    "item": "list_item",
    "code": "code",
}


def load_html(
    raw: str, path: Path | None, url: str | None = None, use_library: bool | None = None
) -> Article:
    """Decoded HTML -> Article. `use_library=False` forces the stdlib fallback;
    None uses trafilatura when it is installed. `url`: where a web page came from
    (trafilatura reads the site and date from it when the page does not say)."""
    extracted = None
    if use_library is not False:
        extracted = extract_with_trafilatura(raw, required=use_library is True, url=url)
    blocks, metadata = extracted or fallback_blocks(raw)
    blocks = _clean_blocks(blocks)
    _clean_metadata(metadata)
    blocks = _lead_with_title(blocks, metadata)
    article = build_article(blocks, metadata, path)
    if not article.text.strip():
        raise LoadError(f"{path or 'HTML'}: no readable article text in the page")
    return article


def extract_with_trafilatura(
    raw: str, required: bool, url: str | None = None
) -> tuple[list[RawBlock], Metadata] | None:
    """Blocks and metadata from trafilatura, or None if it is absent or finds nothing."""
    try:
        import trafilatura
        from trafilatura.settings import Document
    except ImportError:
        if required:
            raise LoadError(
                "HTML extraction needs trafilatura: pip install 'diptych[html]'"
            ) from None
        return None
    document = trafilatura.bare_extraction(
        raw,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # Only the body tree is read: "xml" skips rendering it as text (0.3 ms a page).
        output_format="xml",
        date_extraction_params=_DATE_PARAMS,
        prune_xpath=_CHROME_XPATHS,
    )
    if not isinstance(document, Document) or document.body is None:
        return None
    blocks: list[RawBlock] = []
    _walk(document.body, blocks, in_quote=False)
    if not blocks:
        return None
    metadata = Metadata(
        title=document.title, source=document.sitename, date=document.date, author=document.author
    )
    return blocks, metadata


def _walk(element: Any, blocks: list[RawBlock], in_quote: bool) -> None:
    """trafilatura's XML body (head, p, quote, list/item, table/row/cell) -> blocks."""
    for child in element:
        tag = child.tag
        if tag == "row":
            cells = [" ".join(cell.itertext()).strip() for cell in child]
            blocks.append(("paragraph", " | ".join(cell for cell in cells if cell)))
        elif tag in _BLOCK_KINDS and not _has_blocks(child):
            kind = "quote" if in_quote and tag == "p" else _BLOCK_KINDS[tag]
            blocks.append((kind, "".join(child.itertext())))
        elif tag == "quote" and not _has_blocks(child):
            blocks.append(("quote", "".join(child.itertext())))
        else:
            if (child.text or "").strip():
                blocks.append(("quote" if in_quote else "paragraph", child.text))
            _walk(child, blocks, in_quote or tag == "quote")


def _has_blocks(element: Any) -> bool:
    return any(child.tag in _BLOCK_KINDS or child.tag in ("list", "quote") for child in element)


def _clean_blocks(blocks: list[RawBlock]) -> list[RawBlock]:
    # Entities such as &#27; decode to control characters: sanitise after parsing.
    return [(kind, sanitize(text)) for kind, text in blocks if text.strip()]


def _clean_metadata(metadata: Metadata) -> None:
    for name in ("title", "source", "date", "author"):
        value = getattr(metadata, name)
        cleaned = " ".join(sanitize(value).split()) if value else None
        setattr(metadata, name, cleaned or None)


def _lead_with_title(blocks: list[RawBlock], metadata: Metadata) -> list[RawBlock]:
    """The title leads the text as in a text article; a matching first heading is it."""
    if blocks and (metadata.title is None or _same(blocks[0][1], metadata.title)):
        if blocks[0][0] == "heading":
            metadata.title = metadata.title or " ".join(blocks[0][1].split())
            return [("title", blocks[0][1]), *blocks[1:]]
        return blocks
    if metadata.title:
        return [("title", metadata.title), *blocks]
    return blocks


def _same(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()
