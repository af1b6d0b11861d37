"""NotesStore: storage, anchoring after edits and moves, safety of the user's file."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.core.annotation.anchoring import locate, passage_of
from reader.core.annotation.notes import NotesStore, NotesUnavailable, notes_path
from reader.core.annotation.notes_db import SCHEMA_VERSION
from reader.core.model import Article
from reader.core.reading.loading import article_from_text, load_article
from tests.conftest import SEED_A

QUOTE = "intractable disagreement"


def span_of(article: Article, quote: str) -> tuple[int, int]:
    start = article.text.index(quote)
    return start, start + len(quote)


def edited_copy(tmp_path: Path, name: str, old: str, new: str) -> Article:
    """The first seed with `old` replaced by `new`, saved under `name` and loaded."""
    text = SEED_A.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return load_article(path)


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    """A copy of the first seed that a test may edit in place."""
    path = tmp_path / "article.txt"
    shutil.copy(SEED_A, path)
    return path


def edit_in_place(path: Path, old: str, new: str) -> Article:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return load_article(path)


@pytest.fixture
def store(tmp_path: Path) -> NotesStore:
    with NotesStore.open(tmp_path / "data") as notes_store:
        yield notes_store


def test_save_update_delete_and_reopen(tmp_path: Path, seed_a: Article, seed_b: Article) -> None:
    with NotesStore.open(tmp_path / "data") as store:
        linked = passage_of(seed_b, span_of(seed_b, QUOTE))
        note = store.save_note(
            passage_of(seed_a, span_of(seed_a, QUOTE)), "both say it", "red", linked
        )
        other = store.save_note(passage_of(seed_a, seed_a.sentences[2].span), "second")
        edited = store.update_note(note.id, text="both say it, verbatim")
        store.delete_note(other.id)
    with NotesStore.open(tmp_path / "data") as store:
        (stored,) = store.load_notes()
    assert stored == edited
    assert (stored.text, stored.tag, stored.kind) == ("both say it, verbatim", "red", "note")
    assert stored.passage.exact == QUOTE and stored.linked == linked
    assert stored.created == note.created and stored.updated >= note.updated
    assert stored.created.endswith("Z")


def test_update_of_a_deleted_note_raises_key_error(store: NotesStore, seed_a: Article) -> None:
    note = store.save_note(passage_of(seed_a, seed_a.sentences[0].span))
    store.delete_note(note.id)
    with pytest.raises(KeyError):
        store.update_note(note.id, text="gone")


def test_passage_keeps_quote_context_and_line_column() -> None:
    article = article_from_text("First line here.\n\nSecond paragraph with the quote in it.")
    passage = passage_of(article, span_of(article, "the quote"), context=10)
    assert (passage.exact, passage.prefix, passage.suffix) == (
        "the quote",
        "raph with ",
        " in it.",
    )
    assert (passage.line, passage.column) == (3, 23)


def test_database_is_versioned_and_in_wal_mode(store: NotesStore) -> None:
    connection = sqlite3.connect(store.path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()
    assert store.path == notes_path(store.path.parent)


def test_unchanged_article_places_notes_as_stored(store: NotesStore, seed_a: Article) -> None:
    span = span_of(seed_a, QUOTE)
    store.save_note(passage_of(seed_a, span), "n")
    (placement,) = store.notes_for(seed_a)
    assert (placement.span, placement.method, placement.side) == (span, "exact", "passage")


def test_reanchors_after_an_edit_elsewhere(store: NotesStore, article_file: Path) -> None:
    article = load_article(article_file)
    store.save_note(passage_of(article, span_of(article, QUOTE)), "n")
    edited = edit_in_place(article_file, "Putin once again denied", "Putin denied, once again,")
    (placement,) = store.notes_for(edited)
    assert placement.method == "context"
    assert placement.span == span_of(edited, QUOTE)
    assert placement.span != span_of(article, QUOTE)


def test_fuzzy_reanchor_after_an_edit_inside_the_quote(
    store: NotesStore, article_file: Path
) -> None:
    article = load_article(article_file)
    sentence = (
        "'President Putin denied such involvement as I think he has in the past,' he continued."
    )
    store.save_note(passage_of(article, span_of(article, sentence)), "n")
    changed = sentence.replace("I think he has", "he has")
    edited = edit_in_place(article_file, sentence, changed)
    (placement,) = store.notes_for(edited)
    assert placement.method == "fuzzy"
    assert placement.span == span_of(edited, changed)


def test_fuzzy_match_without_intact_context() -> None:
    original = article_from_text(
        "Alpha beta. The envoy called it an intractable disagreement today. Omega."
    )
    passage = passage_of(original, span_of(original, "an intractable disagreement"))
    moved = "Omega first. Later the envoy said it was an intractible disagreemnt, sadly. Alpha."
    located = locate(passage, moved)
    assert located is not None and located.method == "fuzzy"
    assert moved[located.span[0] : located.span[1]] == "an intractible disagreemnt"


def test_note_that_cannot_be_placed_is_orphaned_not_dropped(
    store: NotesStore, article_file: Path
) -> None:
    article = load_article(article_file)
    sentence = "“So the question is, what do we do now?”"
    store.save_note(passage_of(article, span_of(article, sentence)), "keep me")
    edited = edit_in_place(article_file, sentence, "Nothing left of it.")
    (placement,) = store.notes_for(edited)
    assert placement.orphaned and placement.method == "orphaned"
    assert placement.note.text == "keep me"
    assert len(store.load_notes()) == 1


def test_moved_file_is_found_by_hash(tmp_path: Path, store: NotesStore, seed_a: Article) -> None:
    store.save_note(passage_of(seed_a, span_of(seed_a, QUOTE)), "n")
    moved_path = tmp_path / "elsewhere" / "renamed.txt"
    moved_path.parent.mkdir()
    shutil.copy(SEED_A, moved_path)
    moved = load_article(moved_path)
    (placement,) = store.notes_for(moved)
    assert (placement.span, placement.method) == (span_of(seed_a, QUOTE), "exact")


def test_moved_and_edited_file_is_found_by_quote(
    tmp_path: Path, store: NotesStore, seed_a: Article
) -> None:
    store.save_note(passage_of(seed_a, span_of(seed_a, QUOTE)), "n")
    edited = edited_copy(tmp_path, "moved.txt", "Putin once again denied", "Putin denied")
    (placement,) = store.notes_for(edited)
    assert placement.span == span_of(edited, QUOTE)


def test_same_quote_in_another_article_does_not_take_the_note(
    store: NotesStore, seed_a: Article, seed_b: Article
) -> None:
    store.save_note(passage_of(seed_a, span_of(seed_a, QUOTE)), "only in A")
    assert QUOTE in seed_b.text
    assert store.notes_for(seed_b) == []


def test_linked_passage_is_placed_in_the_other_article(
    store: NotesStore, seed_a: Article, seed_b: Article
) -> None:
    linked = passage_of(seed_b, span_of(seed_b, QUOTE))
    store.save_note(passage_of(seed_a, span_of(seed_a, QUOTE)), "pair", linked=linked)
    (placement,) = store.notes_for(seed_b)
    assert (placement.side, placement.span) == ("linked", span_of(seed_b, QUOTE))


def test_reanchor_note_stores_the_new_place(store: NotesStore, article_file: Path) -> None:
    article = load_article(article_file)
    note = store.save_note(passage_of(article, span_of(article, QUOTE)), "n")
    edited = edit_in_place(article_file, "Putin once again denied", "Putin denied")
    (placement,) = store.notes_for(edited)
    assert placement.span is not None
    moved = store.reanchor_note(note.id, "passage", passage_of(edited, placement.span))
    assert moved.passage.sha256 == edited.sha256 and moved.text == "n"
    assert store.notes_for(edited)[0].method == "exact"


def test_corrections_are_kept_apart_from_notes(
    store: NotesStore, seed_a: Article, seed_b: Article
) -> None:
    link = store.save_note(
        passage_of(seed_b, seed_b.sentences[1].span),
        kind="link",
        linked=passage_of(seed_a, seed_a.sentences[1].span),
    )
    store.save_note(passage_of(seed_a, seed_a.sentences[2].span), "a note")
    assert store.corrections_for(seed_a, seed_b) == [link]
    assert [placement.note.kind for placement in store.notes_for(seed_a)] == ["note"]


def test_damaged_database_is_reported_and_left_untouched(tmp_path: Path) -> None:
    path = notes_path(tmp_path)
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    before = path.read_bytes()
    with pytest.raises(NotesUnavailable) as raised:
        NotesStore(path)
    assert raised.value.path == path
    assert str(path) in str(raised.value)
    assert path.read_bytes() == before


def test_text_file_in_place_of_database_is_reported(tmp_path: Path) -> None:
    path = notes_path(tmp_path)
    path.write_text("these are my notes, not a database\n" * 50)
    before = path.read_bytes()
    with pytest.raises(NotesUnavailable, match="not a usable notes database"):
        NotesStore(path)
    assert path.read_bytes() == before
    assert sorted(tmp_path.iterdir()) == sorted([path, tmp_path / "home"])


def test_newer_schema_is_reported_and_left_untouched(tmp_path: Path, seed_a: Article) -> None:
    with NotesStore.open(tmp_path) as store:
        store.save_note(passage_of(seed_a, seed_a.sentences[0].span), "from the future")
        path = store.path
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NotesUnavailable, match="newer Diptych"):
        NotesStore(path)
    assert path.read_bytes() == before


def test_two_stores_writing_at_once_keep_every_note(tmp_path: Path, seed_a: Article) -> None:
    passage = passage_of(seed_a, seed_a.sentences[0].span)
    stores = [NotesStore.open(tmp_path), NotesStore.open(tmp_path)]
    start = threading.Barrier(2)

    def write(store: NotesStore, name: str) -> None:
        start.wait()
        for number in range(40):
            store.save_note(passage, f"{name} {number}")

    threads = [
        threading.Thread(target=write, args=(s, n)) for s, n in zip(stores, "xy", strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    texts = {note.text for note in stores[0].load_notes()}
    assert texts == {f"{name} {number}" for name in "xy" for number in range(40)}
    for store in stores:
        store.close()


KILLED_WRITER = """
import sys, time
from reader.core.annotation.anchoring import passage_of
from reader.core.reading.loading import load_article
from reader.core.annotation.notes import NotesStore
article = load_article(sys.argv[2])
store = NotesStore.open(sys.argv[1])
store.save_note(passage_of(article, article.sentences[1].span), "saved before the kill")
print("saved", flush=True)
time.sleep(60)
"""


def test_note_survives_sigkill_right_after_saving(tmp_path: Path, seed_a: Article) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(tmp_path), str(SEED_A)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "saved"
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=10)
    assert writer.returncode == -signal.SIGKILL
    with NotesStore.open(tmp_path) as store:
        (placement,) = store.notes_for(seed_a)
    assert placement.note.text == "saved before the kill"
    assert placement.span == seed_a.sentences[1].span


def test_data_folder_that_is_a_file_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(NotesUnavailable) as raised:
        NotesStore.open(blocker)
    assert raised.value.path == notes_path(blocker)
    assert blocker.read_text() == "not a folder"


def test_one_store_shared_by_threads(store: NotesStore, seed_a: Article) -> None:
    passage = passage_of(seed_a, seed_a.sentences[0].span)
    threads = [
        threading.Thread(target=lambda n=n: store.save_note(passage, f"thread {n}"))
        for n in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(note.text for note in store.load_notes()) == [f"thread {n}" for n in range(8)]
