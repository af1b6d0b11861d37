"""The library's cache of entries: a second scan of an unchanged folder reads nothing,
and anything that could change an entry (the file, its permissions, the code) reads
the file again; a broken cache file never breaks a scan."""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path

import pytest

from reader.core.folders import scan_cache
from reader.core.folders.library import LibraryEntry, find_article_files, read_entry
from reader.core.folders.scan_cache import cached_scan
from reader.core.paths import cache_dir

MAX = 1_000_000


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "folder"
    root.mkdir()
    for name, title in [("a.txt", "Storm hits Lisbon"), ("b.txt", "Court rules on strike")]:
        (root / name).write_text(f"{title}\n\nThe {title.split()[0].lower()} story goes on.\n")
    (root / "c.txt").write_text("")
    return root


class Reader:
    """`read` for cached_scan that records which files it was asked to read."""

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def __call__(self, files: list[Path]) -> Generator[LibraryEntry, None, None]:
        self.asked.append([path.name for path in files])
        yield from (read_entry(path, MAX) for path in files)


def scan(folder: Path, reader: Reader) -> list[LibraryEntry]:
    return [step.entry for step in cached_scan(find_article_files([folder]), MAX, reader)]


def test_an_unchanged_folder_is_not_read_again(folder: Path) -> None:
    reader = Reader()
    first = scan(folder, reader)
    second = scan(folder, reader)
    assert second == first
    assert [entry.features for entry in second] == [entry.features for entry in first]
    # The empty file's error is not kept: an error may be fixed without touching mtime.
    assert reader.asked == [["a.txt", "b.txt", "c.txt"], ["c.txt"]]


def test_a_changed_file_is_read_again(folder: Path) -> None:
    reader = Reader()
    scan(folder, reader)
    (folder / "b.txt").write_text("Court rules again\n\nA new ruling.\n")
    entries = scan(folder, reader)
    assert reader.asked[1] == ["b.txt", "c.txt"]
    assert entries[1].title == "Court rules again"


def test_a_file_whose_permissions_changed_is_read_again(folder: Path) -> None:
    reader = Reader()
    scan(folder, reader)
    os.chmod(folder / "a.txt", 0o600)  # ctime moves, mtime and size do not
    scan(folder, reader)
    assert reader.asked[1] == ["a.txt", "c.txt"]


def test_other_code_reads_every_file_again(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reader = Reader()
    scan(folder, reader)
    monkeypatch.setattr(scan_cache, "code_fingerprint", lambda: "another version")
    scan(folder, reader)
    assert reader.asked[1] == ["a.txt", "b.txt", "c.txt"]


def test_a_broken_cache_file_reads_the_folder(folder: Path) -> None:
    reader = Reader()
    expected = scan(folder, reader)
    cache_file = cache_dir() / scan_cache.CACHE_FILE
    cache_file.write_bytes(b"this is not a database" * 100)
    assert scan(folder, reader) == expected
    assert reader.asked[1] == ["a.txt", "b.txt", "c.txt"]


def test_a_cancelled_scan_keeps_what_it_read(folder: Path) -> None:
    reader = Reader()
    steps = cached_scan(find_article_files([folder]), MAX, reader)
    next(steps)
    steps.close()
    scan(folder, reader)
    assert reader.asked == [["a.txt", "b.txt", "c.txt"], ["b.txt", "c.txt"]]


def test_a_file_name_that_is_not_utf8_is_cached_too(folder: Path) -> None:
    odd = folder / os.fsdecode(b"caf\xe9.txt")  # Latin-1 name on a UTF-8 system
    odd.write_text("Cafe closes\n\nThe old cafe closed on Friday.\n")
    reader = Reader()
    first = scan(folder, reader)
    assert scan(folder, reader) == first
    assert reader.asked[1] == ["c.txt"]


def test_a_relative_name_is_kept_as_the_file_it_names_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stamps would almost never collide, but the key itself must not either.
    keys = []
    for place in ("first", "second"):
        (tmp_path / place).mkdir()
        monkeypatch.chdir(tmp_path / place)
        keys.append(scan_cache._key(Path("articles/a.txt")))
    assert keys[0] != keys[1] and keys[0].endswith(b"first/articles/a.txt")
