"""The installed reader in a real terminal (tmux) on a file full of markup and escapes.

What Pilot cannot show: that nothing the file holds acts on the terminal itself — the
screen is not cleared, the title is not set, no hyperlink or clipboard sequence is
sent — and that `q` hands back a usable terminal.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED_B
from tests.hardening.corpus import HOSTILE, WIDE

DIPTYCH = Path(sys.executable).parent / "diptych"
INJECTED = "INJECTED-TITLE"
# The corpus's markup and escapes, plus a window title (OSC 0 and 2), a full terminal
# reset and a switch out of the alternate screen.
FILE_TEXT = (
    HOSTILE
    + f"Title \x1b]0;{INJECTED}\x07 and \x1b]2;{INJECTED}\x1b\\ set. Reset \x1bc here. "
    + "Leave \x1b[?1049l the screen.\n"
)
SGR = re.compile(r"\x1b\[[0-9;:]*m")  # colours and attributes: all capture-pane -e may hold

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None, reason="tmux is not installed (CI installs it in .ci/run)"
)


class Terminal:
    """One tmux session on its own server (socket under the test's temporary folder)."""

    def __init__(self, name: str, env: dict[str, str]) -> None:
        self.name, self.env = name, env

    def tmux(self, *arguments: str) -> str:
        result = subprocess.run(
            ["tmux", *arguments], capture_output=True, text=True, env=self.env, check=True
        )
        return result.stdout

    def capture(self, *options: str) -> str:
        return self.tmux("capture-pane", "-p", *options, "-t", self.name)

    def show(self, variable: str) -> str:
        return self.tmux("display-message", "-p", "-t", self.name, f"#{{{variable}}}").strip()

    def wait_for(self, done: Callable[[str], bool], timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.capture()
            if done(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"the screen never got there:\n{screen}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "TMUX_TMPDIR": str(tmp_path),
        "TERM": "xterm-256color",
    }
    env.pop("TMUX", None)
    session = Terminal(f"diptych-hostile-{os.getpid()}", env)
    yield session
    subprocess.run(["tmux", "kill-server"], capture_output=True, env=env)


def test_hostile_file_never_acts_on_the_terminal(terminal: Terminal, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(FILE_TEXT, encoding="utf-8")
    command = f"{DIPTYCH} {hostile} {SEED_B}; echo diptych-exit=$?; exec sleep 60"
    terminal.tmux("new-session", "-d", "-s", terminal.name, "-x", "120", "-y", "40", command)
    title_before = terminal.show("pane_title")
    screen = terminal.wait_for(lambda shown: " matches" in shown or " match " in shown)
    assert "He typed [bold red]x[/] and [link=https://x]y[/link]" in screen
    assert "President Trump opened" in screen  # the other pane: nothing cleared the screen
    assert "Diptych" in screen.splitlines()[0]
    styled = terminal.capture("-e")
    assert "\x1b" not in SGR.sub("", styled)  # colours only: no OSC 52/8, no title, no bell
    assert terminal.show("pane_title") == title_before != INJECTED
    assert terminal.show("alternate_on") == "1"
    terminal.tmux("send-keys", "-t", terminal.name, "q")
    shell = terminal.wait_for(lambda shown: "diptych-exit=" in shown)
    assert "diptych-exit=0" in shell and "Traceback" not in shell
    assert "He typed" not in shell and "President Trump" not in shell
    assert terminal.show("alternate_on") == "0"  # back on the shell's screen
    assert terminal.show("cursor_flag") == "1" and terminal.show("mouse_any_flag") == "0"
    assert terminal.show("pane_title") == title_before


def test_emoji_rows_keep_every_character_in_a_real_terminal(
    terminal: Terminal, tmp_path: Path
) -> None:
    """Rich and tmux disagree on 👍🏽 and ❤️; a row that overflowed lost its last letters."""
    wide = tmp_path / "wide.txt"
    wide.write_text(WIDE + "Hearts ❤️ and thumbs 👍🏿 end here.\n", encoding="utf-8")
    command = f"{DIPTYCH} {wide} {SEED_B}; exec sleep 60"
    terminal.tmux("new-session", "-d", "-s", terminal.name, "-x", "120", "-y", "30", command)
    screen = terminal.wait_for(lambda shown: " matches" in shown or " match " in shown)
    rows = [row for row in screen.splitlines() if "😊👍 The talks" in row]
    # The header, the pane's title and the three copies in the text, each whole: tmux
    # drew "The talk" in the pane before, and the header lost its ellipsis.
    assert len(rows) == 5
    assert re.search(r"…\s+0 matches$", rows[0]), rows[0]
    assert "Hearts ❤ and thumbs 👍 end here." in screen
    assert "President Trump opened his first" in screen
