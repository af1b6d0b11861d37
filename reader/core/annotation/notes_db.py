"""The notes database file: schema, migrations, checks, and rows <-> notes.

`connect(path)` opens, checks and migrates; anything that makes the file unusable
(damaged, newer schema, unreadable) raises `NotesUnavailable` before a single
byte of it is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.core.model import Note, Passage

BUSY_SECONDS = 10.0
PASSAGE_COLUMNS = (
    "sha256", "path", "title", "author", "span_start", "span_end",
    "exact", "prefix", "suffix", "line", "col",
)  # fmt: skip
LINKED_COLUMNS = tuple(f"linked_{column}" for column in PASSAGE_COLUMNS)
NOTE_COLUMNS = (
    "uid",
    "kind",
    *PASSAGE_COLUMNS,
    *LINKED_COLUMNS,
    "tag",
    "text",
    "created",
    "updated",
)


class NotesUnavailable(Exception):
    """The notes database cannot be used; `path` is the file, left as it was."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}; the file was left as it is")
        self.path = path


def _create_v1(connection: sqlite3.Connection) -> None:
    passage = ", ".join(f"{column} {_sql_type(column)}" for column in PASSAGE_COLUMNS)
    linked = ", ".join(
        f"linked_{column} {_sql_type(column).split()[0]}" for column in PASSAGE_COLUMNS
    )
    connection.execute(
        f"""CREATE TABLE notes (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'link', 'unlink')), {passage}, {linked},
        tag TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL, updated TEXT NOT NULL)"""
    )
    for column in ("sha256", "path", "linked_sha256", "linked_path"):
        connection.execute(f"CREATE INDEX notes_{column} ON notes ({column})")


def _sql_type(column: str) -> str:
    if column in ("span_start", "span_end", "line", "col"):
        return "INTEGER NOT NULL"
    return "TEXT" if column in ("path", "author") else "TEXT NOT NULL"


# Migration n takes schema version n to n + 1; never edit one that has shipped.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_create_v1,)
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path) -> sqlite3.Connection:
    """Open, check and migrate the database; NotesUnavailable if it cannot be used."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
        )
    except (OSError, sqlite3.Error) as error:
        raise NotesUnavailable(path, reason(error)) from error
    try:
        _prepare(connection, path)
    except BaseException as error:
        connection.close()
        if isinstance(error, sqlite3.DatabaseError):
            raise NotesUnavailable(path, reason(error)) from error
        raise
    return connection


def _prepare(connection: sqlite3.Connection, path: Path) -> None:
    # Read-only checks come first so a file we cannot use is never written to.
    connection.row_factory = sqlite3.Row
    version = _user_version(connection)
    if version > SCHEMA_VERSION:
        raise NotesUnavailable(path, _newer(version))
    if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise NotesUnavailable(path, f"the notes database is damaged; {_MOVE_ASIDE}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    if version < SCHEMA_VERSION:
        _migrate(connection, path)


def _migrate(connection: sqlite3.Connection, path: Path) -> None:
    """Run the missing migrations in one transaction (another process may race us)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = _user_version(connection)
        if version > SCHEMA_VERSION:
            raise NotesUnavailable(path, _newer(version))
        for migration in MIGRATIONS[version:]:
            migration(connection)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _newer(version: int) -> str:
    return (
        f"made by a newer Diptych (schema {version}; this one reads up to {SCHEMA_VERSION}); "
        "update Diptych to use these notes"
    )


def _user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


_MOVE_ASIDE = "move it aside (or use --data-dir) and Diptych starts a new one"
# SQLite's message fragment -> what it means for the user and what to do.
_REASONS = (
    (("not a database", "malformed"), f"not a usable notes database ({{}}); {_MOVE_ASIDE}"),
    (("disk is full",), "the change was not saved: the disk is full ({}); free some space"),
    (("locked", "busy"), "another program is writing the notes ({}); try again when it is done"),
    (
        ("readonly", "unable to open", "Permission denied"),
        "cannot open or write the notes database ({}); check the folder's permissions",
    ),
)


def reason(error: Exception) -> str:
    """What went wrong, in words a user can act on (SQLite's message in brackets)."""
    message = str(error) or type(error).__name__
    for fragments, explanation in _REASONS:
        if any(fragment in message for fragment in fragments):
            return explanation.format(message)
    return f"cannot use the notes database ({message})"


def passage_values(passage: Passage | None) -> tuple[Any, ...]:
    if passage is None:
        return (None,) * len(PASSAGE_COLUMNS)
    start, end = passage.span
    return (
        passage.sha256, passage.path, passage.title, passage.author, start, end,
        passage.exact, passage.prefix, passage.suffix, passage.line, passage.column,
    )  # fmt: skip


def _passage_from_row(row: sqlite3.Row, prefix: str = "") -> Passage | None:
    if row[f"{prefix}sha256"] is None:
        return None
    value = {column: row[prefix + column] for column in PASSAGE_COLUMNS}
    return Passage(
        sha256=value["sha256"], path=value["path"], title=value["title"],
        span=(value["span_start"], value["span_end"]), exact=value["exact"],
        prefix=value["prefix"], suffix=value["suffix"], line=value["line"],
        column=value["col"], author=value["author"],
    )  # fmt: skip


def note_from_row(row: sqlite3.Row) -> Note:
    passage = _passage_from_row(row)
    assert passage is not None  # the schema requires the anchoring passage
    return Note(
        id=row["id"], uid=row["uid"], kind=row["kind"], passage=passage,
        linked=_passage_from_row(row, "linked_"), tag=row["tag"], text=row["text"],
        created=row["created"], updated=row["updated"],
    )  # fmt: skip
