"""Every bad input through `diptych library`: marked with its reason, never fatal.

Each input sits in a folder beside a good article; the scan must finish (exit 0),
list the good article, and mark the bad file with why it could not be read.
Unreadable files and files that vanish mid-scan are simulated in-process: the
tests may run as root, who can read any file whatever its permissions.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.__main__ import main
from reader.core.folders import library, scan_cache
from reader.core.folders.library import find_article_files, scan_files
from reader.core.printable import printable
from tests.conftest import SEED_B
from tests.hardening.corpus import CORPUS, BadInput
from tests.hardening.test_compare_inputs import TERMINAL_CONTROL, TIME_LIMIT

DIPTYCH = Path(sys.executable).parent / "diptych"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding one good article; each test adds a bad one."""
    path = tmp_path / "articles"
    path.mkdir()
    shutil.copy(SEED_B, path / "good.txt")
    return path


def run_library(folder: Path, home: Path, *options: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    return subprocess.run(
        [str(DIPTYCH), "library", str(folder), *options],
        capture_output=True,
        text=True,
        env=environment,
        timeout=TIME_LIMIT,
    )


def articles_by_name(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {Path(article["path"]).name: article for article in data["articles"]}


@pytest.mark.parametrize("bad_input", CORPUS, ids=[entry.name for entry in CORPUS])
def test_library_marks_bad_files_and_finishes(
    bad_input: BadInput, folder: Path, isolated_home: Path
) -> None:
    bad = bad_input.make(folder)
    result = run_library(folder, isolated_home, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert not TERMINAL_CONTROL.search(result.stdout)
    articles = articles_by_name(json.loads(result.stdout))
    assert articles["good.txt"]["error"] is None and articles["good.txt"]["words"] > 100
    if bad.is_dir():
        assert bad.name not in articles  # a folder is not an article, whatever its name
    elif bad_input.expect == "refuse":
        assert articles[bad.name]["error"], "a refused file is marked with its reason"
        assert articles[bad.name]["words"] == 0
    else:
        assert articles[bad.name]["error"] is None
        assert articles[bad.name]["path"] == str(bad)  # exact, even for a name not in UTF-8


@pytest.mark.parametrize(
    "bad_input",
    [entry for entry in CORPUS if entry.expect == "refuse"],
    ids=[entry.name for entry in CORPUS if entry.expect == "refuse"],
)
def test_library_table_shows_the_reason_on_one_row(
    bad_input: BadInput, folder: Path, isolated_home: Path
) -> None:
    bad = bad_input.make(folder)
    result = run_library(folder, isolated_home)
    assert result.returncode == 0, result.stderr
    assert not TERMINAL_CONTROL.search(result.stdout)
    rows = [line for line in result.stdout.splitlines() if "error:" in line]
    if bad.is_dir():
        assert rows == []
    else:
        (row,) = rows
        assert printable(bad.name)[:20] in row


# Faults a file cannot be made to show when the tests run as root: simulated.


@pytest.fixture
def unreadable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file whose reading fails with EACCES, as for a file without read permission."""
    path = folder / "secret.txt"
    shutil.copy(SEED_B, path)
    real_open = Path.open

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == path.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    return path


def test_unreadable_file_is_refused_by_compare(
    unreadable: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", str(unreadable), str(SEED_B)]) == 1
    error = capsys.readouterr().err
    assert (
        error == f"diptych: error: {unreadable}: permission denied; check the file's permissions\n"
    )


def test_unreadable_file_is_marked_in_the_library(
    unreadable: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["library", str(folder), "--format", "json"]) == 0
    articles = articles_by_name(json.loads(capsys.readouterr().out))
    assert "permission denied" in articles["secret.txt"]["error"]
    assert articles["good.txt"]["error"] is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_real_unreadable_file_is_marked(folder: Path, isolated_home: Path) -> None:
    secret = folder / "secret.txt"
    shutil.copy(SEED_B, secret)
    secret.chmod(0)
    result = run_library(folder, isolated_home, "--format", "json")
    assert result.returncode == 0
    assert "permission denied" in articles_by_name(json.loads(result.stdout))["secret.txt"]["error"]


def test_file_vanishing_between_listing_and_reading_is_marked(folder: Path) -> None:
    doomed = folder / "doomed.txt"
    shutil.copy(SEED_B, doomed)
    files = find_article_files([folder])
    doomed.unlink()
    entries = {progress.entry.path.name: progress.entry for progress in scan_files(files)}
    assert entries["doomed.txt"].error == "no such file"
    assert entries["good.txt"].error is None


def test_file_vanishing_during_the_cli_scan(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    doomed = folder / "doomed.txt"
    shutil.copy(SEED_B, doomed)
    real_find = scan_cache.find_article_files

    def find_then_delete(*args: Any, **kwargs: Any) -> list[Path]:
        found = real_find(*args, **kwargs)
        doomed.unlink()  # gone after listing, before reading: another program moved it
        return found

    monkeypatch.setattr(scan_cache, "find_article_files", find_then_delete)
    assert main(["library", str(folder), "--format", "json"]) == 0
    articles = articles_by_name(json.loads(capsys.readouterr().out))
    assert articles["doomed.txt"]["error"] == "no such file"


def test_file_vanishing_between_size_check_and_open(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = folder / "doomed.txt"
    shutil.copy(SEED_B, doomed)
    real_open = Path.open

    def delete_then_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == doomed.name:
            doomed.unlink(missing_ok=True)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", delete_then_open)
    (entry,) = [p.entry for p in scan_files([doomed])]
    assert entry.error == "cannot read (No such file or directory)"


def test_subfolder_vanishing_during_the_walk_is_skipped(folder: Path) -> None:
    sub = folder / "sub"
    sub.mkdir()
    shutil.copy(SEED_B, sub / "inner.txt")
    walk = os.walk

    def walk_and_remove(top: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        for step in walk(top, *args, **kwargs):
            yield step
            shutil.rmtree(sub, ignore_errors=True)  # gone before the walk gets to it

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(library.os, "walk", walk_and_remove)
        files = find_article_files([folder], recursive=True)
    assert [path.name for path in files] == ["good.txt"]


def test_symlink_loop_of_folders_ends(folder: Path, isolated_home: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder)
    (folder / "self").symlink_to(folder / "self")
    result = run_library(folder, isolated_home, "--recursive", "--format", "json")
    assert result.returncode == 0, result.stderr
    names = [Path(article["path"]).name for article in json.loads(result.stdout)["articles"]]
    assert names == ["good.txt"]


def test_missing_folder_names_it(tmp_path: Path, isolated_home: Path) -> None:
    missing = tmp_path / "no-such-folder"
    result = run_library(missing, isolated_home)
    assert result.returncode == 1
    assert result.stderr == f"diptych: error: {missing}: no such file or folder\n"
