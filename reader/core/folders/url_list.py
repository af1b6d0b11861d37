"""`diptych library --urls FILE`: a text file of web addresses -> library entries.

Pages are fetched one after another (each at most `--timeout` per wait) and kept
in the page cache, so listing the same file again reads no network.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from reader.core.folders.features import features
from reader.core.folders.library import LibraryEntry, reason_of
from reader.core.reading.decoding import DecodeError, decode
from reader.core.reading.errors import LoadError
from reader.core.reading.loading import read_bytes
from reader.core.reading.page_cache import page_file
from reader.core.reading.web import WebOptions, is_url, load_url


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
    its reason, as an unreadable file is."""
    for url in urls:
        try:
            article = load_url(url, options)
        except LoadError as error:
            yield LibraryEntry(path=page_file(url), title=url, error=reason_of(error, url), url=url)
            continue
        yield LibraryEntry(
            path=page_file(url),
            title=article.title,
            source=article.source,
            date=article.date,
            words=article.words,
            features=features(article.text),
            url=url,
        )
