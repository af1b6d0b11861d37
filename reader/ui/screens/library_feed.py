"""What feeds the library screen: the scan in batches, the articles of a pair to
compare, and the pair compared last."""

from __future__ import annotations

import time
from collections.abc import Generator, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from reader.core.folders.library import LibraryEntry, ScanProgress
from reader.core.folders.recent import load_recent
from reader.core.model import Article
from reader.core.reading.loading import load_article
from reader.ui.library_messages import EntriesScanned


def scan_batches(
    scan: Iterable[ScanProgress], seconds: float
) -> Generator[EntriesScanned, None, None]:
    """The scan's entries grouped: the first at once, then at most one batch per `seconds`,
    and the last when the scan ends (each batch repaints the list)."""
    batch: list[LibraryEntry] = []
    posted = 0.0
    for progress in scan:
        batch.append(progress.entry)
        now = time.monotonic()
        if now - posted >= seconds or progress.done == progress.total:
            yield EntriesScanned(tuple(batch), progress.done, progress.total)
            batch, posted = [], now


def entry_article(entry: LibraryEntry, max_bytes: int) -> Article:
    """The entry's article, read again (the scan keeps only what the list shows);
    raises LoadError if it can no longer be read."""
    try:
        status = entry.path.stat()  # a changed file is read anew, not served from the cache
    except OSError:
        return load_article(entry.path, max_bytes=max_bytes)  # raises, saying why
    return _article(entry.path, max_bytes, (status.st_mtime_ns, status.st_size))


@lru_cache(maxsize=8)  # the left article stays while `]` steps through the right ones
def _article(path: Path, max_bytes: int, _stamp: tuple[int, int]) -> Article:
    return load_article(path, max_bytes=max_bytes)


def last_pair_here(entries: Sequence[LibraryEntry]) -> tuple[Path, Path] | None:
    """The pair compared last, as these entries name it, if both are among them."""
    pair = load_recent().last_pair
    if pair is None:
        return None
    # Only the candidates are resolved (2,000 paths would take ~50 ms): same name, or a link.
    names = {path.name for path in pair}
    named = {
        entry.path.resolve(): entry.path
        for entry in entries
        if entry.path.name in names or entry.path.is_symlink()
    }
    if not all(path in named for path in pair):
        return None
    return named[pair[0]], named[pair[1]]
