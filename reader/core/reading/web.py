"""An http(s) address -> Article: from the page cache or the web, decoded, extracted.

The article keeps its address (`Article.url`, after redirects) and the page's
site name as its source (the host name when the page names none), so the pane
header, reports and note exports can link back to it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace
from urllib.parse import urldefrag, urlsplit

from reader.core.model import Article
from reader.core.reading.decoding import DecodeError, decode
from reader.core.reading.errors import LoadError
from reader.core.reading.fetch import (
    DEFAULT_TIMEOUT,
    FetchError,
    Page,
    Progress,
    describe,
    fetch_page,
)
from reader.core.reading.loading import DEFAULT_MAX_BYTES, load_article, parse_article

_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-32's start alike
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
# WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252.
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"}
# ftp://, file://… (two letters or more: `C://` is a Windows drive, not a scheme).
_OTHER_SCHEME = re.compile(r"[a-z][a-z0-9+.-]+://", re.IGNORECASE)
# What a page sent without a Content-Type is, by its first bytes.
_SIGNATURES = {
    b"%PDF-": "application/pdf",
    b"\x89PNG": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF8": "image/gif",
    b"PK\x03\x04": "application/zip",
}
_HTML_START = re.compile(rb"\s*<(?:!doctype|html|head|body|p|div|meta|title)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WebOptions:
    """How pages are fetched: `--max-size`, `--timeout` and `--refresh`."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    refresh: bool = False


def is_url(text: str) -> bool:
    """An http or https address (what `diptych` fetches rather than opens as a file)."""
    return text[:8].lower().startswith(("http://", "https://"))


def load_source(
    name: str, options: WebOptions = WebOptions(), progress: Progress | None = None
) -> Article:
    """A file path or an http(s) address -> Article (`progress`: bytes fetched so far)."""
    check_address(name)
    if is_url(name):
        return load_url(name, options, progress)
    return load_article(name, max_bytes=options.max_bytes)


def check_address(name: str) -> None:
    """An address of another kind (ftp://, file://…) is refused in one line: only http(s)
    pages are fetched, and it names no file either."""
    if not is_url(name) and _OTHER_SCHEME.match(name):
        raise LoadError(f"{name}: only http:// and https:// addresses can be opened")


def load_url(
    url: str, options: WebOptions = WebOptions(), progress: Progress | None = None
) -> Article:
    """The article at `url`: the cached page unless `refresh`, else fetched and cached."""
    article = cached_article(url, options)
    if article is not None:
        return article
    return fetched_article(url, fetch_url(url, options, progress))


def fetch_url(url: str, options: WebOptions, progress: Progress | None = None) -> Page:
    """The page at `url` from the network (the #fragment names a place in it, not a page)."""
    return fetch_page(urldefrag(url).url, options.max_bytes, options.timeout, progress)


def fetched_article(url: str, page: Page) -> Article:
    """The article of a page just fetched for `url`; the page is cached if it is one."""
    # Here, not at the top: `diptych compare FILE FILE` imports this module too.
    from reader.core.reading.page_cache import save_page

    article = page_article(page, url)
    save_page(urldefrag(url).url, page)
    return article


def cached_article(url: str, options: WebOptions = WebOptions()) -> Article | None:
    """The article from the page fetched before, or None: never fetched, `refresh`, or
    over `max_bytes` now. No network: the reader reads these in its own process."""
    from reader.core.reading.page_cache import load_page

    require_html_extra(url)
    page = None if options.refresh else load_page(urldefrag(url).url)
    if page is None or len(page.body) > options.max_bytes:
        return None
    return page_article(page, url)


def require_html_extra(url: str) -> None:
    """Web pages need trafilatura (and its urllib3): say how to get them, in one line."""
    try:
        import trafilatura  # noqa: F401
        import urllib3  # noqa: F401
    except ImportError:
        raise LoadError(
            f"{url}: reading web pages needs the html extra: pip install 'diptych[html]'"
        ) from None


def page_article(page: Page, url: str) -> Article:
    """Decoded and extracted page -> Article with its URL, site, title, date, author."""
    from reader.core.reading.html import load_html

    raw = decode_page(page, url)
    is_text = page.media_type == "text/plain" or (
        not page.media_type and not _HTML_START.match(page.body[:1024])
    )
    try:
        article = (
            parse_article(raw, path=None, markdown=False) if is_text else load_html(raw, None, url)
        )
    except LoadError:
        raise FetchError(f"{url}: not an article (no text found in the page)") from None
    if not article.text.strip():
        raise FetchError(f"{url}: not an article (no text found in the page)")
    return replace(article, url=page.url, source=article.source or site_of(page.url))


def decode_page(page: Page, url: str) -> str:
    """A byte order mark first, then the header's charset, the page's <meta>, then sniffing."""
    body = page.body
    if not body.startswith(_BOMS):
        for label in (page.charset, _meta_charset(body)):
            encoding = _codec(label)
            if encoding is None:
                continue
            try:
                return body.decode(encoding, errors="replace")
            except (LookupError, UnicodeError):  # rot13, base64, idna…: not page encodings
                continue
    try:
        return decode(body)
    except DecodeError:
        kind = next((kind for sign, kind in _SIGNATURES.items() if body.startswith(sign)), "")
        what = describe(kind) if kind else "binary data"
        raise FetchError(f"{url}: {what}, not an article") from None


def _meta_charset(body: bytes) -> str | None:
    found = _META_CHARSET.search(body[:4096])
    return found.group(1).decode("ascii", "replace").lower() if found else None


def _codec(label: str | None) -> str | None:
    """A Python codec for a charset label, or None for an unknown one."""
    if not label:
        return None
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def site_of(url: str) -> str:
    """`https://www.example.com/a` -> "example.com"."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")
