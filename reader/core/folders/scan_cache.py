"""Entries of files read before, so that reopening a big folder lists it at once.

Kept in the user's cache folder (SQLite, one row per file), keyed by the file's
absolute path, modification and change times and size, and by the code that made
the entry: a
fingerprint of reader.core's source, the HTML extractor's version and the size
limit. Any change to the file or to that code reads the file again. It is only
a cache: if it cannot be opened or written, the folder is read as if it were
not there.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from functools import cache
from importlib import metadata
from pathlib import Path

from reader.core.folders.library import (
    MAX_WORKERS,
    POOL_THRESHOLD,
    LibraryEntry,
    ScanProgress,
    find_article_files,
    scan_files,
)
from reader.core.paths import cache_dir
from reader.core.reading.loading import DEFAULT_MAX_BYTES

# (st_mtime_ns, st_ctime_ns, st_size): ctime changes with permissions, which mtime misses
Stamp = tuple[int, int, int]
Reading = Generator[LibraryEntry, None, None]
CACHE_FILE = "library-entries-1.sqlite3"  # a new name for a new schema
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    path BLOB PRIMARY KEY, mtime_ns INTEGER, ctime_ns INTEGER, size INTEGER, code TEXT,
    entry TEXT
)
"""


def stamps(files: Iterable[Path]) -> dict[Path, Stamp]:
    """The stamp of each file that can be looked at (taken before it is read, so a
    change during reading makes the stored entry look stale, never fresh)."""
    found: dict[Path, Stamp] = {}
    for path in files:
        try:
            status = path.stat()
        except OSError:
            continue  # reading it will say why
        found[path] = (status.st_mtime_ns, status.st_ctime_ns, status.st_size)
    return found


class ScanCache:
    """Look up and store library entries; every failure is silent (it is a cache)."""

    def __init__(self, max_bytes: int, path: Path | None = None) -> None:
        self.code = f"{code_fingerprint()}:{max_bytes}"
        self.path = path or cache_dir() / CACHE_FILE
        self.connection: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection | None:
        if self.connection is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.connection = sqlite3.connect(self.path, timeout=1, check_same_thread=False)
                self.connection.execute(_SCHEMA)
            except (OSError, sqlite3.Error):
                return None
        return self.connection

    def lookup(self, file_stamps: dict[Path, Stamp]) -> dict[Path, LibraryEntry]:
        """The stored entries still true of these files."""
        connection = self._connect()
        if connection is None or not file_stamps:
            return {}
        found: dict[Path, LibraryEntry] = {}
        query = "SELECT mtime_ns, ctime_ns, size, entry FROM entries WHERE path = ? AND code = ?"
        try:
            for path, stamp in file_stamps.items():
                row = connection.execute(query, (_key(path), self.code)).fetchone()
                if row is not None and tuple(row[:3]) == stamp:
                    found[path] = _entry_from_json(path, row[3])
        except (sqlite3.Error, ValueError, TypeError):
            return {}  # unreadable rows: read the files instead
        return found

    def store(self, entries: Iterable[LibraryEntry], file_stamps: dict[Path, Stamp]) -> None:
        rows = [
            (_key(entry.path), *file_stamps[entry.path], self.code, _entry_to_json(entry))
            for entry in entries
            if entry.path in file_stamps and entry.readable  # errors may be fixed in place
        ]
        connection = self._connect()
        if connection is None or not rows:
            return
        try:
            with connection:
                # Rows made by other code are stale for good: drop them as new ones come.
                connection.execute("DELETE FROM entries WHERE code != ?", (self.code,))
                connection.executemany(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?)", rows
                )
        except (sqlite3.Error, ValueError):
            return

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def _key(path: Path) -> bytes:
    # Absolute: `articles/a.txt` names another file from another folder. Bytes: a
    # file name need not be UTF-8, and SQLite text must be.
    return os.fsencode(os.path.abspath(path))


def _entry_to_json(entry: LibraryEntry) -> str:
    fields = entry.to_dict()
    del fields["path"]
    fields["features"] = entry.features
    return json.dumps(fields)  # ASCII: escapes what SQLite could not store as text


def _entry_from_json(path: Path, text: str) -> LibraryEntry:
    fields = json.loads(text)
    features = fields.pop("features")
    return LibraryEntry(
        path=path, **fields, features=None if features is None else Counter(features)
    )


@cache
def code_fingerprint() -> str:
    """Changes whenever the code that reads articles could give another entry."""
    digest = hashlib.sha256()
    core = Path(__file__).parent.parent
    for source in sorted(core.rglob("*.py")):
        digest.update(source.read_bytes())
    for package in ("trafilatura", "markdown-it-py", "snowballstemmer"):
        try:
            digest.update(f"{package} {metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package} absent".encode())
    return digest.hexdigest()[:16]


def cached_scan(
    files: list[Path], max_bytes: int, read: Callable[[list[Path]], Reading]
) -> Iterator[ScanProgress]:
    """Every file as an entry, in order: from the cache where it is still true, else
    from `read(the others)` (entries in that order), which are stored for next time."""
    file_stamps = stamps(files)
    store = ScanCache(max_bytes)
    cached = store.lookup(file_stamps)
    fresh = read([path for path in files if path not in cached])
    read_now: list[LibraryEntry] = []
    try:
        for done, path in enumerate(files, start=1):
            entry = cached.get(path)
            if entry is None:
                entry = next(fresh)
                read_now.append(entry)
            yield ScanProgress(entry, done, len(files))
    finally:
        fresh.close()  # a cancelled scan stops reading
        store.store(read_now, file_stamps)
        store.close()


def scan_library(
    paths: Iterable[str | Path],
    recursive: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[ScanProgress], object] | None = None,
) -> list[LibraryEntry]:
    """Every entry of the given folders/files, in path order (the CLI's one-shot scan);
    `progress` is told of each file as it is read."""
    files = find_article_files(paths, recursive)
    # No interface to keep responsive here: every core reads (2.6 s -> 1.8 s for
    # 2,000 articles, 1 in 5 HTML, on an idle 2-core machine).

    def read(todo: list[Path]) -> Generator[LibraryEntry, None, None]:
        cores = min(os.cpu_count() or 1, MAX_WORKERS)
        workers = cores if len(todo) >= POOL_THRESHOLD else 1
        yield from (progress.entry for progress in scan_files(todo, max_bytes, workers))

    entries = []
    for step in cached_scan(files, max_bytes, read):
        entries.append(step.entry)
        if progress is not None:
            progress(step)
    return entries
