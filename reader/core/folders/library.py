"""A folder of articles: find the files, read each into a library entry, incrementally.

The API is shaped for a UI worker that fills a list as files are read and can
stop at any moment::

    files = find_article_files([folder], recursive=True)   # listing only, no reading
    entries = []
    for progress in scan_files(files):                      # one step per file, in order
        if worker.is_cancelled:
            break                                           # a generator: stop any time
        entries.append(progress.entry)
        post_message(EntryScanned(progress.entry, progress.done, progress.total))
    index = RelatedIndex.build(entries)                     # reader.core.folders.similarity
    index.related(entries[0].path)                          # best first, scores 0..1

`scan_library(folder)` (reader.core.folders.scan_cache) does all of it at once for
the CLI, with the entry cache. A file that cannot be
read becomes an entry with `error` set (binary, empty, unreadable, too big);
it never stops the scan.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.folders.features import features
from reader.core.reading.loading import DEFAULT_MAX_BYTES, LoadError, load_article

_DIGITS = re.compile(r"(\d+)")

POOL_THRESHOLD = 200  # files; below it a pool costs more to start than it saves
MAX_WORKERS = 4
LIBRARY_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}


class FolderError(LoadError):
    """A folder (or path given for the library) that cannot be listed."""


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One file of the library: its metadata, or why it could not be read.

    A web page's `path` is its copy in the page cache and `url` its address.
    """

    path: Path
    title: str
    source: str | None = None
    date: str | None = None
    words: int = 0
    error: str | None = None
    # What the related-articles index needs; the article itself is loaded again
    # when a pair is opened (keeping 2,000 parsed articles costs memory, and
    # sending them between processes costs more than reading them).
    features: Counter[str] | None = field(default=None, compare=False, repr=False)
    url: str | None = None

    @property
    def readable(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.url or str(self.path),
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "words": self.words,
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class ScanProgress:
    """The entry just read, and how far the scan is (`done` of `total` files)."""

    entry: LibraryEntry
    done: int
    total: int


def find_article_files(paths: Iterable[str | Path], recursive: bool = False) -> list[Path]:
    """Article files named directly or found in folders (hidden ones skipped), in
    natural order ("36_1" < "36_2" < "36_10").

    Files given by name are kept whatever their suffix; in folders only .txt, .md,
    .markdown, .html and .htm count. Symlinked folders are followed once each,
    so a link loop ends the walk instead of repeating it.
    """
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(_folder_files(path, recursive))
        elif path.exists():
            found.append(path)
        else:
            raise FolderError(f"{path}: no such file or folder")
    return sorted(dict.fromkeys(found), key=natural_key)


def natural_key(path: Path) -> tuple[tuple[int, int | str], ...]:
    """Sort key comparing runs of digits as numbers, the rest without case."""
    parts = _DIGITS.split(str(path).casefold())
    return tuple((1, int(part)) if part.isdigit() else (0, part) for part in parts if part)


def _folder_files(folder: Path, recursive: bool) -> list[Path]:
    files: list[Path] = []
    visited: set[tuple[int, int]] = set()
    try:
        for root, folders, names in os.walk(folder, followlinks=True, onerror=_raise_root(folder)):
            status = os.stat(root)
            identity = (status.st_dev, status.st_ino)
            if identity in visited:
                folders.clear()
                continue
            visited.add(identity)
            folders[:] = [name for name in folders if recursive and not name.startswith(".")]
            files.extend(Path(root, name) for name in names if _is_article_name(name))
    except OSError as error:
        raise FolderError(f"{folder}: cannot list the folder ({error.strerror or error})") from None
    return files


def _raise_root(folder: Path) -> Any:
    # os.walk silently skips folders it cannot list; the top folder must not be skipped.
    def on_error(error: OSError) -> None:
        if Path(error.filename or "") == folder:
            raise error

    return on_error


def _is_article_name(name: str) -> bool:
    return not name.startswith(".") and Path(name).suffix.lower() in LIBRARY_SUFFIXES


def scan_files(
    files: list[Path], max_bytes: int = DEFAULT_MAX_BYTES, workers: int = 1
) -> Iterator[ScanProgress]:
    """Read each file into an entry, yielding in order as it goes (stop iterating to cancel).

    `workers` > 1 reads in a process pool (parsing is CPU-bound Python). Not from
    a Textual app: it needs a real stderr and no threads to fork; the reader has
    its own reading processes (reader.ui.scanning).
    """
    entries = _read_in_pool(files, max_bytes, workers) if workers > 1 else (
        read_entry(path, max_bytes) for path in files
    )  # fmt: skip
    for done, entry in enumerate(entries, start=1):
        yield ScanProgress(entry, done, len(files))


def _read_in_pool(files: list[Path], max_bytes: int, workers: int) -> Iterator[LibraryEntry]:
    # forkserver, not fork: safe even if the caller has threads.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(
        ["reader.core.folders.library", "reader.core.reading.html", "trafilatura"]
    )
    pool = ProcessPoolExecutor(workers, mp_context=context)
    try:
        chunk = max(1, min(32, len(files) // (workers * 8)))
        yield from pool.map(read_entry, files, itertools.repeat(max_bytes), chunksize=chunk)
    finally:
        # Cancelling (closing the generator) drops the files not yet read.
        pool.shutdown(wait=False, cancel_futures=True)


def read_entry(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> LibraryEntry:
    """One file -> entry; a LoadError becomes the entry's `error` reason."""
    try:
        article = load_article(path, max_bytes=max_bytes)
    except LoadError as error:
        return LibraryEntry(path=path, title=path.name, error=reason_of(error, path))
    return LibraryEntry(
        path=path,
        title=article.title,
        source=article.source,
        date=article.date,
        words=article.words,
        features=features(article.text),
    )


def reason_of(error: LoadError, path: Path | str) -> str:
    """The error's message without the leading path (the list names the file)."""
    message = str(error)
    prefix = f"{path}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
