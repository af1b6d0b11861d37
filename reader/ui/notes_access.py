"""The reader's notes store, opened once on first use from any thread.

A damaged or newer-schema database, or a data folder that cannot be made, leaves the
store None and `problem` set: the reader runs on with notes disabled.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol

from reader.core.annotation.notes import NotesStore, NotesUnavailable


class NotesAccess:
    """Opens `NotesStore` in `data_dir` lazily; remembers why it could not."""

    def __init__(self, data_dir: str | Path | None = None) -> None:
        self.data_dir = data_dir
        self.problem: str | None = None
        self._store: NotesStore | None = None
        self._tried = False
        self._lock = threading.Lock()

    def open(self) -> NotesStore | None:
        with self._lock:
            if not self._tried:
                self._tried = True
                self._store = self._connect()
            return self._store

    def _connect(self) -> NotesStore | None:
        try:
            return NotesStore.open(self.data_dir)
        except NotesUnavailable as error:  # also an uncreatable data folder
            self.problem = str(error)
            return None

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


class HasNotes(Protocol):
    """The app as screens see it: it carries the notes access."""

    notes: NotesAccess
