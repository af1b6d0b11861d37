"""Reading a big folder in child processes: the same entries as reading in-process, in
order, a child that dies costs only the file it was on, and closing stops the children."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from reader.core.folders.library import find_article_files, scan_files
from reader.ui import children, scanning
from reader.ui.scanning import scan_entries

MAX = 2_000  # bytes: e_big.txt is over it


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    for number in range(40):
        text = f"Story {number}\n\nThe council of town {number} met on Monday to vote.\n"
        (tmp_path / f"a{number:02d}.txt").write_text(text)
    (tmp_path / "b_empty.txt").write_text("")
    (tmp_path / "c_page.html").write_text("<title>Page</title><p>Flood in Riga today.</p>")
    (tmp_path / "d_binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "e_big.txt").write_text("Too long\n\n" + "word " * 400)
    (tmp_path / os.fsdecode(b"f_caf\xe9.txt")).write_text("Cafe\n\nA name not in UTF-8.\n")
    locked = tmp_path / "g_locked.txt"
    locked.write_text("Locked\n\nNobody may read this.\n")
    locked.chmod(0)
    return find_article_files([tmp_path])


@pytest.fixture(autouse=True)
def small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scanning, "CHILD_THRESHOLD", 2)  # children even for a few files
    monkeypatch.setattr(scanning.os, "cpu_count", lambda: 2)


def test_children_give_the_entries_of_an_in_process_scan_in_order(files: list[Path]) -> None:
    here = [(step.entry, step.entry.features) for step in scan_files(files, MAX)]
    steps = list(scan_entries(files, MAX))
    assert [(step.done, step.total) for step in steps] == [
        (done, len(files)) for done in range(1, len(files) + 1)
    ]
    assert [(step.entry, step.entry.features) for step in steps] == here
    errors = {step.entry.path.name[:2]: step.entry.error for step in steps if step.entry.error}
    assert set(errors) == {"b_", "d_", "e_"} | ({"g_"} if os.geteuid() != 0 else set())
    assert errors["b_"] == "file is empty" and "limit" in errors["e_"]
    assert not children._running


def test_a_child_that_dies_costs_the_file_it_was_on(
    files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []

    def broken_then_working(module: str, errors: object) -> subprocess.Popen[bytes]:
        started.append(module)
        # Every share's first child is not even Python code that can run.
        name = module if len(started) > 2 else "reader.ui.no_such_module"
        return children.start_child(name, errors)  # type: ignore[arg-type]

    monkeypatch.setattr(scanning, "start_child", broken_then_working)
    entries = [step.entry for step in scan_entries(files, MAX)]
    failed = [
        entry.path.name for entry in entries if entry.error and "reading failed" in entry.error
    ]
    assert failed == ["a00.txt", "a08.txt"]  # the first file of each share
    assert "No module named reader.ui.no_such_module" in entries[0].error  # type: ignore[operator]
    assert [entry.title for entry in entries[1:8]] == [f"Story {n}" for n in range(1, 8)]
    assert len(started) == 4


def test_closing_the_scan_stops_the_children(files: list[Path]) -> None:
    steps = scan_entries(files, MAX)
    next(steps)
    running = list(children._running)
    assert len(running) == 2
    steps.close()
    assert all(child.poll() is not None for child in running)
    assert not children._running
