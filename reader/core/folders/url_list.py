"""`diptych library --urls FILE`: a text file of web addresses -> library entries.

Pages are fetched a few at a time and kept in the page cache, so listing the same
file again reads no network.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

from reader.core.folders.features import features
from reader.core.folders.library import LibraryEntry, reason_of
from reader.core.model import Article
from reader.core.reading.decoding import DecodeError, decode
from reader.core.reading.errors import LoadError
from reader.core.reading.fetch import Page
from reader.core.reading.loading import read_bytes
from reader.core.reading.page_cache import page_file
from reader.core.reading.web import (
    WebOptions,
    fetch_url,
    fetched_article,
    is_url,
    load_url,
    require_html_extra,
)

FETCHERS = 4  # pages fetched at once


def read_url_list(path: str | Path) -> list[str]:
    """The addresses in the file, one a line, each once, in order; blank lines and
    `#` comments are skipped; a line that is not an http(s) address is an error."""
    try:
        text = decode(read_bytes(Path(path)))
    except DecodeError as error:
        raise LoadError(f"{path}: {error}; expected a text file of web addresses") from None
    urls: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            raise LoadError(f"{path}:{number}: not an http(s) address: {line}")
        urls.append(line)
    if not urls:
        raise LoadError(f"{path}: no http(s) addresses in the file (one a line)")
    return list(dict.fromkeys(urls))


def url_entries(urls: list[str], options: WebOptions) -> Iterator[LibraryEntry]:
    """One entry per address, in order; a page that cannot be read is an entry with
    its reason, as an unreadable file is. Pages not in the cache are fetched FETCHERS
    at a time (their network waits overlap); each is read here, one after another."""
    require_html_extra(urls[0])
    todo = [url for url in urls if options.refresh or not page_file(url).exists()]
    fetching = dict(zip(todo, _fetch_ahead(todo, options), strict=True))
    for url in urls:
        yield _entry(url, options, fetching.get(url))


def _entry(url: str, options: WebOptions, fetching: Future[Page] | None) -> LibraryEntry:
    try:
        article = _read(url, options, fetching)
    except LoadError as error:
        return LibraryEntry(path=page_file(url), title=url, error=reason_of(error, url), url=url)
    return LibraryEntry(
        path=page_file(url),
        title=article.title,
        source=article.source,
        date=article.date,
        words=article.words,
        features=features(article.text),
        url=url,
    )


def _read(url: str, options: WebOptions, fetching: Future[Page] | None) -> Article:
    if fetching is None:  # in the cache (a damaged cache file is fetched now)
        return load_url(url, options)
    return fetched_article(url, fetching.result())


def _fetch_ahead(urls: list[str], options: WebOptions) -> list[Future[Page]]:
    """Each page's fetch, FETCHERS at a time, in daemon threads: on ctrl+c the command
    ends at once instead of waiting for slow servers (a thread pool would be joined)."""
    futures: list[Future[Page]] = [Future() for _ in urls]
    work: queue.SimpleQueue[tuple[str, Future[Page]]] = queue.SimpleQueue()
    for item in zip(urls, futures, strict=True):
        work.put(item)

    def fetch_pages() -> None:
        while True:
            try:
                url, future = work.get_nowait()
            except queue.Empty:
                return
            try:
                future.set_result(fetch_url(url, options))
            except Exception as error:  # handed over: .result() raises it in the reader
                future.set_exception(error)

    for _ in range(min(FETCHERS, len(urls))):
        threading.Thread(target=fetch_pages, daemon=True).start()
    return futures
