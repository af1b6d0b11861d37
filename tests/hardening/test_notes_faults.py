"""Notes under faults: killed mid-write, disk full, locked, damaged, from a newer Diptych.

Each fault must leave every note already saved in place and say, in one line that
names the file, what happened and what to do.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from reader.__main__ import main
from reader.core.annotation import notes_db
from reader.core.annotation.anchoring import passage_of
from reader.core.annotation.notes import NotesStore, NotesUnavailable, notes_path
from reader.core.annotation.notes_db import SCHEMA_VERSION
from reader.core.model import Article, Passage
from reader.core.reading.loading import article_from_text

ARTICLE_TEXT = "The minister said the talks in Geneva went well. Officials agreed to meet again."


@pytest.fixture
def article() -> Article:
    return article_from_text(ARTICLE_TEXT)


@pytest.fixture
def passage(article: Article) -> Passage:
    return passage_of(article, article.sentences[0].span)


def saved_texts(data_dir: Path) -> list[str]:
    with NotesStore.open(data_dir) as store:
        return [note.text for note in store.load_notes()]


# Killed while writing.

LOOPING_WRITER = """
import sys
from reader.core.annotation.anchoring import passage_of
from reader.core.reading.loading import article_from_text
from reader.core.annotation.notes import NotesStore
article = article_from_text(sys.argv[2])
passage = passage_of(article, article.sentences[0].span)
store = NotesStore.open(sys.argv[1])
number = 0
while True:
    store.save_note(passage, f"note {number}", tag="red")
    print(number, flush=True)  # only after save_note returned: the user was told it is saved
    number += 1
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_at_a_random_moment_loses_no_saved_note(tmp_path: Path, seed: int) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", LOOPING_WRITER, str(tmp_path), ARTICLE_TEXT],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "0"  # the store is open and writing
    time.sleep(random.Random(seed).uniform(0.05, 0.6))
    writer.send_signal(signal.SIGKILL)
    reported = [line.strip() for line in writer.stdout]
    writer.wait(timeout=10)
    assert writer.returncode == -signal.SIGKILL
    saved = {int(text.split()[1]) for text in saved_texts(tmp_path)}
    told = {0, *(int(number) for number in reported if number)}
    assert told <= saved, f"seed {seed}: notes reported saved are missing"
    assert saved == set(range(len(saved)))  # each save committed in turn: no gaps
    with closing(sqlite3.connect(notes_path(tmp_path))) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# Disk full.


def test_disk_full_is_a_clear_error_and_earlier_notes_stay(
    tmp_path: Path, passage: Passage
) -> None:
    with NotesStore.open(tmp_path) as store:
        store.save_note(passage, "before the disk filled")
        pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
        store._connection.execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk is full
        with pytest.raises(NotesUnavailable) as raised:
            for number in range(200):
                store.save_note(passage, f"big note {number} " + "x" * 4000)
        message = str(raised.value)
        assert message.startswith(f"{store.path}: the change was not saved: the disk is full")
        assert "free some space" in message and "\n" not in message
        store._connection.execute("PRAGMA max_page_count = 1000000")  # space freed
        store.save_note(passage, "after space was freed")
    texts = saved_texts(tmp_path)
    assert texts[0] == "before the disk filled" and texts[-1] == "after space was freed"


def test_disk_full_in_the_cli_is_one_line(
    tmp_path: Path,
    passage: Passage,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with NotesStore.open(tmp_path) as store:
        store.save_note(passage, "kept")

    def full_disk(path: Path) -> sqlite3.Connection:
        raise NotesUnavailable(path, notes_db.reason(sqlite3.OperationalError("disk is full")))

    monkeypatch.setattr("reader.core.annotation.notes.connect", full_disk)
    assert main(["notes", "list", "--data-dir", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"diptych: error: {notes_path(tmp_path)}: the change was not saved")
    assert error.count("\n") == 1
    monkeypatch.undo()
    assert saved_texts(tmp_path) == ["kept"]


# Locked by another process.

LOCK_HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


def hold_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_write_waits_for_a_short_lock_then_succeeds(tmp_path: Path, passage: Passage) -> None:
    with NotesStore.open(tmp_path) as store:
        store.save_note(passage, "first")
        holder = hold_lock(store.path, 0.8)
        started = time.perf_counter()
        store.save_note(passage, "waited for the lock")
        assert time.perf_counter() - started > 0.3  # it did wait, it did not fail
        holder.wait(timeout=10)
    assert saved_texts(tmp_path) == ["first", "waited for the lock"]


def test_write_under_a_long_lock_fails_clearly_and_loses_nothing(
    tmp_path: Path, passage: Passage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notes_db, "BUSY_SECONDS", 0.3)  # the real wait is 10 s
    with NotesStore.open(tmp_path) as store:
        store.save_note(passage, "first")
        holder = hold_lock(store.path, 1.5)
        with pytest.raises(NotesUnavailable) as raised:
            store.save_note(passage, "refused while locked")
        message = str(raised.value)
        assert message.startswith(f"{store.path}: another program is writing the notes")
        assert "try again" in message
        holder.wait(timeout=10)
        store.save_note(passage, "after the lock")  # the same store works again
    assert saved_texts(tmp_path) == ["first", "after the lock"]


# Damaged files and newer versions: reported, left as they are, never rewritten.


def damaged_copy(tmp_path: Path, passage: Passage) -> Path:
    """A real notes database with a page in the middle overwritten by junk."""
    with NotesStore.open(tmp_path) as store:
        for number in range(300):
            store.save_note(passage, f"note {number} " + "text " * 40)
    path = notes_path(tmp_path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[8192:12288] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    return path


def test_damaged_database_is_reported_by_the_store_and_left_alone(
    tmp_path: Path, passage: Passage
) -> None:
    path = damaged_copy(tmp_path, passage)
    before = path.read_bytes()
    with pytest.raises(NotesUnavailable) as raised:
        NotesStore(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert "move it aside" in str(raised.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize("command", [["list"], ["export", "--format", "json"]])
def test_damaged_database_in_the_cli_is_one_line(
    tmp_path: Path, passage: Passage, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = damaged_copy(tmp_path, passage)
    before = path.read_bytes()
    assert main(["notes", *command, "--data-dir", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"diptych: error: {path}: ") and captured.err.count("\n") == 1
    assert "move it aside" in captured.err
    assert path.read_bytes() == before


def test_newer_database_in_the_cli_says_to_update(
    tmp_path: Path, passage: Passage, capsys: pytest.CaptureFixture[str]
) -> None:
    with NotesStore.open(tmp_path) as store:
        store.save_note(passage, "from the future")
    path = notes_path(tmp_path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    assert main(["notes", "export", "--data-dir", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"diptych: error: {path}: made by a newer Diptych")
    assert "update Diptych" in error and error.count("\n") == 1
    assert path.read_bytes() == before
