"""Reading a folder for the library view without slowing the interface.

Parsing articles is CPU-bound Python holding the global lock: in the reader's
own process it would delay every key and use one core. Big folders are read by
`python -m reader.ui.scanning` children instead, one per core; they take blocks of
files in turn and each sends its entries back in order (metadata and feature
counts, a few KB each, not parsed articles), so the parent only merges them.
Small folders are read in the worker thread: a child takes ~0.2 s to start.
Files read before and unchanged come from the cache (reader.core.folders.scan_cache).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
from collections import deque
from collections.abc import Generator, Iterator
from contextlib import suppress
from pathlib import Path
from typing import IO

from reader.core.folders.library import (
    MAX_WORKERS,
    LibraryEntry,
    ScanProgress,
    read_entry,
    scan_files,
)
from reader.core.folders.scan_cache import cached_scan
from reader.ui.children import forget, start_child

CHILD_THRESHOLD = 200  # files
BLOCK = 8  # consecutive files per child in turn: even shares, each child reads ahead
PIPE_BYTES = 1 << 20
MAX_RESTARTS = 3  # per share; then its last files are read here


def scan_entries(files: list[Path], max_bytes: int) -> Iterator[ScanProgress]:
    """Every file as an entry, in order, as soon as it is read (close to cancel);
    files unchanged since an earlier scan come from the cache at once."""
    return cached_scan(files, max_bytes, lambda todo: read_entries(todo, max_bytes))


def read_entries(files: list[Path], max_bytes: int) -> Generator[LibraryEntry, None, None]:
    """The files' entries in order: in children for a big folder, else here."""
    if len(files) < CHILD_THRESHOLD:
        yield from (step.entry for step in scan_files(files, max_bytes))
        return
    count = max(1, min(os.cpu_count() or 1, MAX_WORKERS))
    shares = [
        [path for number, path in enumerate(files) if number // BLOCK % count == share]
        for share in range(count)
    ]
    readers = [ShareReader(share, max_bytes) for share in shares]
    try:
        for reader in readers:  # once all have started: they import while this waits
            reader.send()
        for number, path in enumerate(files):
            yield readers[number // BLOCK % count].next_entry(path)
    finally:
        for reader in readers:
            reader.stop()


class ShareReader:
    """One child reading its share of the files; a new child if it dies."""

    def __init__(self, paths: list[Path], max_bytes: int) -> None:
        self.pending = deque(paths)
        self.max_bytes = max_bytes
        self.restarts = 0
        self.child: subprocess.Popen[bytes] | None = None
        self._start()

    def _start(self) -> None:
        # A file, not a pipe: a pipe nobody reads could fill up and block the child.
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed in stop)
        self.child = start_child("reader.ui.scanning", self.errors)
        _widen(self.child.stdout)

    def send(self) -> None:
        """Give the child its files (the pipe may block until it has imported)."""
        if self.child is None or self.child.stdin is None:
            return
        try:
            self.child.stdin.write(pickle.dumps((list(self.pending), self.max_bytes)))
            self.child.stdin.close()
        except OSError:
            pass  # it died: next_entry finds out and says why

    def next_entry(self, path: Path) -> LibraryEntry:
        """The entry of `path`, the next file of this share."""
        if self.pending.popleft() != path:
            raise ValueError(f"{path}: not the next file of this share")
        if self.child is None or self.child.stdout is None:
            return read_entry(path, self.max_bytes)
        try:
            entry = pickle.load(self.child.stdout)
        except (EOFError, OSError, pickle.UnpicklingError):
            return self._failed(path)
        if not isinstance(entry, LibraryEntry) or entry.path != path:
            return self._failed(path)
        return entry

    def _failed(self, path: Path) -> LibraryEntry:
        """The child died on `path` (or sent nonsense): that file is marked, the rest
        of the share goes to a new child, or is read here after MAX_RESTARTS."""
        reason = self._reason()
        self.stop()
        self.restarts += 1
        if self.pending and self.restarts <= MAX_RESTARTS:
            self._start()
            self.send()
        return LibraryEntry(path=path, title=path.name, error=f"reading failed ({reason})")

    def _reason(self) -> str:
        self.errors.seek(0)
        lines = self.errors.read().decode("utf-8", "replace").strip().splitlines()
        if lines:
            return lines[-1]
        code = self.child.wait() if self.child is not None else None
        return f"the reading process ended with status {code}"

    def stop(self) -> None:
        child, self.child = self.child, None
        if child is None:
            return
        child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
        self.errors.close()
        forget(child)


def _widen(pipe: IO[bytes] | None) -> None:
    """A 1 MB pipe (Linux): a child ahead of the merge keeps reading instead of
    waiting for room (an entry is a few KB; the default pipe holds 64 KB)."""
    if sys.platform == "linux" and pipe is not None:
        import fcntl

        with suppress(OSError):  # the system's limit may be lower: keep its size
            fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)


def _child() -> None:
    paths, max_bytes = pickle.load(sys.stdin.buffer)
    output = sys.stdout.buffer
    for path in paths:
        pickle.dump(_entry(path, max_bytes), output)
        output.flush()  # the list fills in as files are read


def _entry(path: Path, max_bytes: int) -> LibraryEntry:
    # One file the parser trips over must not cost the rest of the share.
    try:
        return read_entry(path, max_bytes)
    except Exception as error:
        return LibraryEntry(path=path, title=path.name, error=f"unexpected error: {error!r}")


if __name__ == "__main__":
    _child()
