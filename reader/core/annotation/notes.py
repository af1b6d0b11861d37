"""Notes and aligner corrections, kept in SQLite by one connection owner.

The reader's API (every call commits at once, so a crash never loses a note)::

    store = NotesStore.open(data_dir)    # NotesUnavailable: open with notes disabled
    note = store.save_note(passage_of(a, span), text="…", tag="red",
                           linked=passage_of(b, span_b))
    store.update_note(note.id, text="…", tag="blue")
    store.delete_note(note.id)
    placements = store.notes_for(article)     # anchoring.Placement, orphans last
    store.save_note(passage_of(a, sa), kind="link", linked=passage_of(b, sb))  # `L`
    store.save_note(passage_of(a, m.a), kind="unlink", linked=passage_of(b, m.b))  # `D`
    matches = apply_corrections(matches, store.corrections_for(a, b), a, b)  # corrections.py
    store.reanchor_note(note.id, placement.side, passage_of(article, placement.span))
    text = export_notes(store.load_notes(), "json")   # export.py; write with fileio

`notes_for` never changes the database: a note re-anchored in an edited file keeps
its stored place until the reader chooses to `reanchor_note` it.

The database is `data_dir()/notes.sqlite3` in WAL mode with a busy timeout, so two
readers can write at once. `PRAGMA user_version` is the schema version, raised by
the functions in `notes_db.MIGRATIONS`. A damaged file or one from a newer Diptych raises
`NotesUnavailable` (carrying the path) and is never changed. The store may be used
from worker threads: a lock serialises use of its one connection.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from reader.core.annotation.anchoring import Placement, article_path, place_note
from reader.core.annotation.notes_db import (
    LINKED_COLUMNS,
    NOTE_COLUMNS,
    PASSAGE_COLUMNS,
    NotesUnavailable,
    connect,
    note_from_row,
    passage_values,
    reason,
)
from reader.core.model import Article, Note, NoteKind, Passage
from reader.core.paths import data_dir

__all__ = ["NotesStore", "NotesUnavailable", "notes_path"]

FILE_NAME = "notes.sqlite3"
CORRECTION_KINDS: tuple[NoteKind, ...] = ("link", "unlink")


def notes_path(data_folder: str | Path | None = None) -> Path:
    """Where the notes database lives (`--data-dir` or the user data folder)."""
    return data_dir(data_folder) / FILE_NAME


class NotesStore:
    """The notes database: one connection, each change committed immediately."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._connection = connect(self.path)

    @classmethod
    def open(cls, data_folder: str | Path | None = None) -> NotesStore:
        """The store in `data_folder` (default: the user data folder), created if needed."""
        return cls(notes_path(data_folder))

    def __enter__(self) -> NotesStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def save_note(
        self,
        passage: Passage,
        text: str = "",
        tag: str = "",
        linked: Passage | None = None,
        kind: NoteKind = "note",
    ) -> Note:
        """Store a new note (or correction) anchored at `passage`; committed on return."""
        now = _now()
        values = (str(uuid.uuid4()), kind, *passage_values(passage), *passage_values(linked))
        placeholders = ", ".join("?" * len(NOTE_COLUMNS))
        with self._using() as connection:
            cursor = connection.execute(
                f"INSERT INTO notes ({', '.join(NOTE_COLUMNS)}) VALUES ({placeholders})",
                (*values, tag, text, now, now),
            )
        assert cursor.lastrowid is not None  # set by every INSERT
        return self.load_note(cursor.lastrowid)

    def update_note(self, note_id: int, text: str | None = None, tag: str | None = None) -> Note:
        """Change a note's text and/or tag; KeyError if it no longer exists."""
        note = self.load_note(note_id)
        with self._using() as connection:
            connection.execute(
                "UPDATE notes SET text = ?, tag = ?, updated = ? WHERE id = ?",
                (
                    note.text if text is None else text,
                    note.tag if tag is None else tag,
                    _now(),
                    note_id,
                ),
            )
        return self.load_note(note_id)

    def reanchor_note(self, note_id: int, side: str, passage: Passage) -> Note:
        """Store where a note's passage (`side` "passage" or "linked") now is."""
        columns = PASSAGE_COLUMNS if side == "passage" else LINKED_COLUMNS
        assignments = ", ".join(f"{column} = ?" for column in columns)
        with self._using() as connection:
            connection.execute(
                f"UPDATE notes SET {assignments} WHERE id = ?", (*passage_values(passage), note_id)
            )
        return self.load_note(note_id)

    def delete_note(self, note_id: int) -> None:
        with self._using() as connection:
            connection.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def load_note(self, note_id: int) -> Note:
        notes = self._select("id = ?", (note_id,))
        if not notes:
            raise KeyError(note_id)
        return notes[0]

    def load_notes(self, kinds: Iterable[NoteKind] = ("note", *CORRECTION_KINDS)) -> list[Note]:
        """Every stored note of these kinds, oldest first."""
        kinds = tuple(kinds)
        return self._select(f"kind IN ({', '.join('?' * len(kinds))})", kinds)

    def notes_for(self, article: Article, kinds: Iterable[NoteKind] = ("note",)) -> list[Placement]:
        """The notes of `article`, found by hash, by path or by quote, placed in its text.

        Slow for very many notes on a big article (each is re-anchored): call it from
        a worker thread.
        """
        kinds = tuple(kinds)
        where = (
            f"kind IN ({', '.join('?' * len(kinds))}) AND (sha256 = ? OR linked_sha256 = ? "
            "OR path = ? OR linked_path = ? OR instr(?, exact) > 0 OR instr(?, linked_exact) > 0)"
        )
        path = article_path(article)
        text = article.text
        notes = self._select(
            where, (*kinds, article.sha256, article.sha256, path, path, text, text)
        )
        placements = [placement for note in notes for placement in place_note(note, article)]
        return sorted(placements, key=_reading_order)

    def corrections_for(self, a: Article, b: Article) -> list[Note]:
        """The user's links and unlinks between these two articles (by hash or path)."""
        hashes = (a.sha256, b.sha256)
        paths = (article_path(a), article_path(b))
        where = (
            "kind IN ('link', 'unlink') AND (sha256 IN (?, ?) OR path IN (?, ?)) "
            "AND (linked_sha256 IN (?, ?) OR linked_path IN (?, ?))"
        )
        return self._select(where, (*hashes, *paths, *hashes, *paths))

    def _select(self, where: str, parameters: tuple[Any, ...]) -> list[Note]:
        with self._using() as connection:
            rows = connection.execute(
                f"SELECT * FROM notes WHERE {where} ORDER BY created, id", parameters
            ).fetchall()
        return [note_from_row(row) for row in rows]

    @contextmanager
    def _using(self) -> Iterator[sqlite3.Connection]:
        """The connection, under the lock; database failures become NotesUnavailable."""
        with self._lock:
            try:
                yield self._connection
            except sqlite3.DatabaseError as error:
                raise NotesUnavailable(self.path, reason(error)) from error


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _reading_order(placement: Placement) -> tuple[int, int, str]:
    if placement.span is None:
        return (1, 0, placement.note.created)
    return (0, placement.span[0], placement.note.created)
