"""`diptych notes list|export`: the installed command in a subprocess, data in tmp_path."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.annotation.anchoring import passage_of
from reader.core.annotation.notes import NotesStore, notes_path
from reader.core.reading.loading import load_article
from tests.conftest import SEED_A, SEED_B

DIPTYCH = Path(sys.executable).parent / "diptych"
QUOTE = "intractable disagreement"


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    environment = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    return subprocess.run(
        [str(DIPTYCH), "notes", *args, "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=60,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 1
    assert result.stderr.startswith("diptych: error: ") and result.stderr.count("\n") == 1


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """Two notes: one on the shared quote (A, linked to B), one on a sentence of B."""
    article_a, article_b = load_article(SEED_A), load_article(SEED_B)
    start_a, start_b = article_a.text.index(QUOTE), article_b.text.index(QUOTE)
    with NotesStore.open(tmp_path / "data") as store:
        store.save_note(
            passage_of(article_a, (start_a, start_a + len(QUOTE))),
            "same words\x1b[2J in both",
            "red",
            linked=passage_of(article_b, (start_b, start_b + len(QUOTE))),
        )
        store.save_note(passage_of(article_b, article_b.sentences[2].span), "only B")
        return store.path


def test_empty_store_is_a_friendly_message(tmp_path: Path) -> None:
    listing = run(tmp_path, "list")
    assert listing.returncode == 0 and "No notes yet" in listing.stdout
    export = run(tmp_path, "export", "--output", "notes.md")
    assert export.returncode == 0 and export.stdout == "" and "No notes yet" in export.stderr
    assert not (tmp_path / "notes.md").exists()
    assert not notes_path(tmp_path / "data").exists()  # reading creates no database


def test_list_shows_notes_without_control_characters(tmp_path: Path, stored: Path) -> None:
    result = run(tmp_path, "list")
    assert result.returncode == 0, result.stderr
    assert QUOTE in result.stdout and "red" in result.stdout and "only B" in result.stdout
    assert load_article(SEED_A).title in result.stdout
    assert "same words [2J in both" in result.stdout and "\x1b" not in result.stdout


def test_export_json_to_stdout(tmp_path: Path, stored: Path) -> None:
    result = run(tmp_path, "export", "--format", "json")
    assert result.returncode == 0, result.stderr
    annotations = json.loads(result.stdout)
    exacts = [annotation["target"]["selector"][0]["exact"] for annotation in annotations]
    assert exacts[0] == QUOTE and len(exacts) == 2


def test_export_markdown_file_no_silent_overwrite(tmp_path: Path, stored: Path) -> None:
    assert run(tmp_path, "export", "--output", "notes.md").returncode == 0
    document = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert f"> {QUOTE}" in document and "only B" in document
    (tmp_path / "notes.md").write_text("mine")
    refused = run(tmp_path, "export", "--output", "notes.md")
    assert_one_line_error(refused)
    assert "--force" in refused.stderr and (tmp_path / "notes.md").read_text() == "mine"
    assert run(tmp_path, "export", "--output", "notes.md", "--force").returncode == 0
    assert (tmp_path / "notes.md").read_text(encoding="utf-8") == document


def test_export_to_a_folder_is_refused(tmp_path: Path, stored: Path) -> None:
    (tmp_path / "out").mkdir()
    assert_one_line_error(run(tmp_path, "export", "--output", "out"))
    assert list((tmp_path / "out").iterdir()) == []


def test_export_csv_reads_back(tmp_path: Path, stored: Path) -> None:
    result = run(tmp_path, "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    article_b = load_article(SEED_B)
    highlights = {row["Highlight"] for row in rows}
    assert highlights == {QUOTE, article_b.span_text(article_b.sentences[2].span)}
    assert {row["Title"] for row in rows} == {
        load_article(SEED_A).title,
        load_article(SEED_B).title,
    }


def test_export_document_filters_by_path_and_by_content(tmp_path: Path, stored: Path) -> None:
    by_path = json.loads(
        run(tmp_path, "export", "--format", "json", "--document", str(SEED_A)).stdout
    )
    assert [annotation["target"]["selector"][0]["exact"] for annotation in by_path] == [QUOTE]
    moved = tmp_path / "moved.txt"
    shutil.copy(SEED_B, moved)
    by_hash = json.loads(
        run(tmp_path, "export", "--format", "json", "--document", str(moved)).stdout
    )
    assert len(by_hash) == 2  # B has its own note and is the linked side of the first


def test_export_document_that_does_not_exist(tmp_path: Path, stored: Path) -> None:
    result = run(tmp_path, "export", "--document", "missing.txt")
    assert_one_line_error(result)
    assert "missing.txt" in result.stderr


def test_damaged_database_is_one_line_error_and_left_alone(tmp_path: Path) -> None:
    path = notes_path(tmp_path / "data")
    path.parent.mkdir()
    path.write_bytes(b"\x00garbage that is no database\xff" * 100)
    before = path.read_bytes()
    for arguments in (["list"], ["export", "--format", "json"]):
        result = run(tmp_path, *arguments)
        assert_one_line_error(result)
        assert str(path) in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == before
