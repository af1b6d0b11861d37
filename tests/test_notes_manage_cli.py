"""`diptych notes list|corrections|delete` and export file modes (issue 15, item 8)."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from reader.core.annotation.anchoring import passage_of
from reader.core.annotation.notes import NotesStore
from reader.core.reading.loading import load_article
from tests.conftest import SEED_A, SEED_B
from tests.test_notes_cli import DIPTYCH, run


@pytest.fixture
def stored(tmp_path: Path) -> dict[str, int]:
    """A note, a hand-made link (L) and a dropped match (D); their ids."""
    a, b = load_article(SEED_A), load_article(SEED_B)
    with NotesStore.open(tmp_path / "data") as store:
        note = store.save_note(passage_of(a, a.sentences[3].span), "my note", "red")
        link = store.save_note(
            passage_of(a, a.sentences[5].span),
            kind="link",
            linked=passage_of(b, b.sentences[4].span),
        )
        drop = store.save_note(
            passage_of(a, a.sentences[7].span),
            kind="unlink",
            linked=passage_of(b, b.sentences[9].span),
        )
    return {"note": note.id, "link": link.id, "drop": drop.id}


def test_list_shows_notes_only_with_ids_and_paths(tmp_path: Path, stored: dict[str, int]) -> None:
    result = run(tmp_path, "list")
    assert result.returncode == 0, result.stderr
    assert f"#{stored['note']} " in result.stdout and "my note" in result.stdout
    assert f"#{stored['link']} " not in result.stdout and f"#{stored['drop']} " not in result.stdout
    assert f"{SEED_A.resolve()}:" in result.stdout


def test_corrections_lists_links_and_drops_with_both_paths(
    tmp_path: Path, stored: dict[str, int]
) -> None:
    result = run(tmp_path, "corrections")
    assert result.returncode == 0, result.stderr
    assert f"#{stored['link']} " in result.stdout and "linked by hand (L)" in result.stdout
    assert f"#{stored['drop']} " in result.stdout and "match dropped (D)" in result.stdout
    assert "my note" not in result.stdout
    assert str(SEED_A.resolve()) in result.stdout and str(SEED_B.resolve()) in result.stdout


def test_delete_with_yes_removes_the_note(tmp_path: Path, stored: dict[str, int]) -> None:
    result = run(tmp_path, "delete", str(stored["note"]), "--yes")
    assert result.returncode == 0, result.stderr
    assert "Deleted 1 note" in result.stderr
    assert "No notes yet" in run(tmp_path, "list").stdout
    assert f"#{stored['link']} " in run(tmp_path, "corrections").stdout


def test_delete_without_yes_and_no_terminal_refuses(tmp_path: Path, stored: dict[str, int]) -> None:
    result = run(tmp_path, "delete", str(stored["note"]))
    assert result.returncode == 2 and "--yes" in result.stderr
    assert "my note" in run(tmp_path, "list").stdout


def test_delete_an_unknown_id_is_one_line_and_deletes_nothing(
    tmp_path: Path, stored: dict[str, int]
) -> None:
    result = run(tmp_path, "delete", str(stored["note"]), "999", "--yes")
    assert result.returncode == 1 and "#999" in result.stderr and result.stderr.count("\n") == 1
    assert "my note" in run(tmp_path, "list").stdout


def test_export_file_follows_the_umask(tmp_path: Path, stored: dict[str, int]) -> None:
    previous = os.umask(0o022)
    try:
        assert run(tmp_path, "export", "--output", "notes.md").returncode == 0
    finally:
        os.umask(previous)
    mode = stat.S_IMODE((tmp_path / "notes.md").stat().st_mode)
    assert mode == 0o644


def test_delete_asks_on_a_terminal(tmp_path: Path, stored: dict[str, int]) -> None:
    """`script` gives the command a terminal; answering n keeps the note."""
    command = f"{DIPTYCH} notes delete {stored['note']} --data-dir {tmp_path / 'data'}"
    result = subprocess.run(
        ["script", "-qec", command, "/dev/null"],
        input="n\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode == 127 or "not found" in result.stderr:
        pytest.skip("util-linux `script` is not installed")
    assert "Delete this note?" in result.stdout and "Nothing deleted" in result.stdout
    assert "my note" in run(tmp_path, "list").stdout
