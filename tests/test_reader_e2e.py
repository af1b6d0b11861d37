"""The installed `diptych` in a real terminal (tmux): seeds side by side, n, ?, q."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from tests.tmux import DIPTYCH, Tmux, needs_tmux

pytestmark = needs_tmux


def test_seeds_side_by_side_n_help_and_quit(tmux: Tmux, tmp_path: Path) -> None:
    done = tmp_path / "exit-status"
    tmux.start(f"{DIPTYCH}; echo $? > {done}; sleep 30")
    screen = tmux.wait_for(lambda s: "matches" in s or " match" in s)
    first = next(line for line in screen.splitlines() if "Update: As part" in line)
    assert "President Trump opened" in first or "President Trump opened" in screen
    assert first.index("Update: As part") < 80  # A on the left, B on the right
    assert any(line.find("Russian", 80) > 80 for line in screen.splitlines())
    tmux.keys("n")
    after_n = tmux.wait_for(lambda s: s != screen)
    assert after_n != screen
    tmux.keys("?")
    help_screen = tmux.wait_for(lambda s: "Colours" in s and "Next match" in s)
    for key in ("verbatim", "only here", "j / down", "tab", "pgdn"):
        assert key in help_screen
    tmux.keys("End")  # the list scrolls: the app's keys come last
    help_end = tmux.wait_for(lambda s: "ctrl+p" in s)
    assert "Quit" in help_end
    tmux.keys("Escape")
    tmux.wait_for(lambda s: "Next match, both panes level" not in s)
    tmux.keys("q")
    deadline = time.monotonic() + 10
    while not done.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert done.read_text().strip() == "0"
    shell = tmux.screen()
    assert "Traceback" not in shell
    assert "Update: As part" not in shell  # the alternate screen was left: terminal usable


def test_unreadable_path_is_one_line_before_any_screen(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(DIPTYCH), str(tmp_path / "missing.txt"), str(tmp_path / "other.txt")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("diptych: error: ")
    assert result.stderr.count("\n") == 1


def test_seeds_folder_lists_both_and_enter_opens_them_side_by_side(
    tmux: Tmux, tmp_path: Path
) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    tmux.start(f"{DIPTYCH} {seeds}; sleep 30")
    # Enter pairs the selection with its best match once the related articles are known.
    listed = tmux.wait_for(lambda s: "2 articles" in s and "Related to" in s)
    assert "Tillerson: Putin Asked Trump For Proof" in listed
    assert "President Trump opened his first meeting" in listed
    assert "2017-07-07" in listed and "zerohedge" in listed
    tmux.keys("Enter")  # no marks: the selected article with its best match
    pair = tmux.wait_for(lambda s: "Update: As part" in s and "Next in folder" in s)
    first = next(line for line in pair.splitlines() if "Update: As part" in line)
    assert first.index("Update: As part") < 80  # the first seed on the left
    assert any(line.find("Russian", 80) > 80 for line in pair.splitlines())
    tmux.keys("BSpace")
    tmux.wait_for(lambda s: "2 articles" in s and "Update: As part" not in s)
    tmux.keys("q")
    shell = tmux.wait_for(lambda s: "2 articles" not in s)
    assert "Traceback" not in shell


def test_an_empty_folder_is_one_line_before_any_screen(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(DIPTYCH), str(tmp_path)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 1
    assert result.stderr.startswith("diptych: error: ")
    assert "no article files" in result.stderr and result.stderr.count("\n") == 1
