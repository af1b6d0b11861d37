"""Exports: never overwrite unless asked, refuse folders, leave nothing half-written.

Run in-process through `main(argv)` so that faults can be injected into the write
(a full disk, an interrupt, a file that appears meanwhile).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from reader.__main__ import main
from reader.core import fileio
from reader.core.annotation.anchoring import passage_of
from reader.core.annotation.notes import NotesStore
from reader.core.fileio import OutputError, write_atomic
from reader.core.reading.loading import load_article
from tests.conftest import SEED_A, SEED_B
from tests.hardening.test_compare_inputs import TERMINAL_CONTROL

EXISTING = "the user's own file\n"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A notes folder holding one note on the first seed."""
    article = load_article(SEED_A)
    with NotesStore.open(tmp_path / "data") as store:
        store.save_note(passage_of(article, article.sentences[1].span), "check this")
    return tmp_path / "data"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def command(kind: str, data_dir: Path, output: Path, *extra: str) -> list[str]:
    """The argv of one export command writing to `output`."""
    if kind == "notes":
        return ["notes", "export", "--data-dir", str(data_dir), "--output", str(output), *extra]
    if kind == "library":
        return ["library", str(SEED_A.parent), "--format", "json", "--output", str(output), *extra]
    return [
        "compare",
        str(SEED_A),
        str(SEED_B),
        "--format",
        "json",
        "--output",
        str(output),
        *extra,
    ]


KINDS = ["notes", "compare", "library"]


@pytest.mark.parametrize("kind", KINDS)
def test_existing_file_is_kept_unless_forced(
    kind: str, data_dir: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out / "result.txt"
    target.write_text(EXISTING)
    assert main(command(kind, data_dir, target)) == 1
    error = capsys.readouterr().err
    assert error == f"diptych: error: {target}: already exists; use --force to overwrite it\n"
    assert target.read_text() == EXISTING
    assert main(command(kind, data_dir, target, "--force")) == 0
    assert target.read_text() != EXISTING and target.stat().st_size > 100
    assert sorted(out.iterdir()) == [target]


@pytest.mark.parametrize("kind", KINDS)
def test_folder_is_refused_even_with_force(
    kind: str, data_dir: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(command(kind, data_dir, out, "--force")) == 1
    assert capsys.readouterr().err == (
        f"diptych: error: {out}: is a folder; give a file name to write to\n"
    )
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("kind", KINDS)
def test_missing_folder_is_named(
    kind: str, data_dir: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out / "nowhere" / "result.json"
    assert main(command(kind, data_dir, target)) == 1
    assert f"folder {out / 'nowhere'} does not exist" in capsys.readouterr().err


def fail_fsync(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Make the write fail after its data went to the temporary file."""

    def fsync(descriptor: int) -> None:
        raise error

    monkeypatch.setattr(fileio.os, "fsync", fsync)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("existing", [False, True], ids=["new", "forced-over-existing"])
def test_disk_full_mid_write_leaves_no_partial_or_temporary_file(
    kind: str,
    existing: bool,
    data_dir: Path,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = out / "result.json"
    if existing:
        target.write_text(EXISTING)
    fail_fsync(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))
    assert main(command(kind, data_dir, target, "--force")) == 1
    assert capsys.readouterr().err == (
        f"diptych: error: {target}: cannot write (No space left on device)\n"
    )
    assert sorted(out.iterdir()) == ([target] if existing else [])
    if existing:
        assert target.read_text() == EXISTING


def test_interrupt_mid_write_leaves_no_temporary_file(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_fsync(monkeypatch, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        write_atomic(out / "result.md", "text\n")
    assert list(out.iterdir()) == []


def test_file_appearing_during_the_write_is_not_overwritten(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "result.md"
    real_fsync = os.fsync

    def another_program_writes(descriptor: int) -> None:
        real_fsync(descriptor)
        target.write_text(EXISTING)  # after the existence check, before the rename

    monkeypatch.setattr(fileio.os, "fsync", another_program_writes)
    with pytest.raises(OutputError, match="already exists; use --force"):
        write_atomic(target, "ours\n")
    assert target.read_text() == EXISTING
    assert sorted(out.iterdir()) == [target]


def test_unwritable_folder_is_a_clear_error(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root may write into a read-only folder, so the refusal is simulated where it happens.
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(fileio.tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError, match=r"result.md: cannot write \(Permission denied\)"):
        write_atomic(out / "result.md", "text\n")
    assert list(out.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_real_read_only_folder(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out.chmod(0o555)
    try:
        assert main(command("compare", out, out / "result.json")) == 1
    finally:
        out.chmod(0o755)
    assert "cannot write (Permission denied)" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_text_that_cannot_be_utf8_is_an_error_not_a_partial_file(out: Path) -> None:
    with pytest.raises(OutputError, match="cannot write"):
        write_atomic(out / "result.md", "fine so far \udcff")
    assert list(out.iterdir()) == []


def test_library_json_file_with_a_name_not_in_utf8(
    tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    odd = folder / os.fsdecode(b"caf\xe9.txt")
    shutil.copy(SEED_B, odd)
    target = out / "library.json"
    assert main(["library", str(folder), "--format", "json", "--output", str(target)]) == 0
    (article,) = json.loads(target.read_bytes().decode("utf-8"))["articles"]
    assert article["path"] == str(odd) and article["error"] is None


def test_notes_export_with_nothing_to_export_creates_no_file(
    tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out / "notes.md"
    assert main(["notes", "export", "--data-dir", str(tmp_path / "none"), "-o", str(target)]) == 0
    assert "No notes yet" in capsys.readouterr().err
    assert list(out.iterdir()) == []


HOSTILE_NOTE = "see \x1b]52;c;ZXZpbA==\x07 and \x1b[2J here \x9b31m"


@pytest.fixture
def hostile_notes(tmp_path: Path) -> Path:
    """A note whose text, tag and article file name all hold escape sequences."""
    article_file = tmp_path / "evil\x1b[2J.txt"
    shutil.copy(SEED_B, article_file)
    article = load_article(article_file)
    with NotesStore.open(tmp_path / "hostile") as store:
        store.save_note(passage_of(article, article.sentences[1].span), HOSTILE_NOTE, tag="r\x07ed")
    return tmp_path / "hostile"


@pytest.mark.parametrize("export_format", ["markdown", "csv"])
def test_notes_export_to_a_terminal_carries_no_escape(
    hostile_notes: Path, export_format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["notes", "export", "--data-dir", str(hostile_notes), "--format", export_format]
    assert main(argv) == 0
    output = capsys.readouterr().out
    assert not TERMINAL_CONTROL.search(output.replace("\r\n", "\n"))
    assert "see" in output and "here" in output


def test_notes_json_export_keeps_the_note_exactly(
    hostile_notes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["notes", "export", "--data-dir", str(hostile_notes), "--format", "json"]) == 0
    output = capsys.readouterr().out
    assert not TERMINAL_CONTROL.search(output.replace("\n", " "))
    (annotation,) = json.loads(output)
    values = [body["value"] for body in annotation["body"]]
    assert HOSTILE_NOTE in values and "r\x07ed" in values  # data, escaped by JSON itself
