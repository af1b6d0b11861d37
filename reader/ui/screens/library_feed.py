"""What feeds the library screen: the scan in batches, and the pair compared last."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from reader.core.library import LibraryEntry, ScanProgress
from reader.core.recent import load_recent
from reader.ui.library_messages import EntriesScanned


def scan_batches(scan: Iterable[ScanProgress], seconds: float) -> Iterator[EntriesScanned]:
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


def last_pair_here(entries: Sequence[LibraryEntry]) -> tuple[Path, Path] | None:
    """The pair compared last, as these entries name it, if both are among them."""
    pair = load_recent().last_pair
    if pair is None:
        return None
    named = {entry.path.resolve(): entry.path for entry in entries}
    if not all(path in named for path in pair):
        return None
    return named[pair[0]], named[pair[1]]
