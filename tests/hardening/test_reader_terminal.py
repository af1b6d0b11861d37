"""The installed reader in a real terminal (tmux) on a file full of markup and escapes.

What Pilot cannot show: that nothing the file holds acts on the terminal itself — the
screen is not cleared, the title is not set, no hyperlink or clipboard sequence is
sent — and that `q` hands back a usable tmux.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import SEED_B
from tests.hardening.corpus import HOSTILE, WIDE
from tests.tmux import DIPTYCH, Tmux, needs_tmux

INJECTED = "INJECTED-TITLE"
# The corpus's markup and escapes, plus a window title (OSC 0 and 2), a full terminal
# reset and a switch out of the alternate screen.
FILE_TEXT = (
    HOSTILE
    + f"Title \x1b]0;{INJECTED}\x07 and \x1b]2;{INJECTED}\x1b\\ set. Reset \x1bc here. "
    + "Leave \x1b[?1049l the screen.\n"
)
SGR = re.compile(r"\x1b\[[0-9;:]*m")  # colours and attributes: all capture-pane -e may hold

pytestmark = needs_tmux


def test_hostile_file_never_acts_on_the_terminal(tmux: Tmux, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(FILE_TEXT, encoding="utf-8")
    command = f"{DIPTYCH} {hostile} {SEED_B}; echo diptych-exit=$?; exec sleep 60"
    tmux.start(command, 120, 40)
    title_before = tmux.show("pane_title")
    screen = tmux.wait_for(lambda shown: " matches" in shown or " match " in shown)
    assert "He typed [bold red]x[/] and [link=https://x]y[/link]" in screen
    assert "President Trump opened" in screen  # the other pane: nothing cleared the screen
    assert "Diptych" in screen.splitlines()[0]
    styled = tmux.screen("-e")
    assert "\x1b" not in SGR.sub("", styled)  # colours only: no OSC 52/8, no title, no bell
    assert tmux.show("pane_title") == title_before != INJECTED
    assert tmux.show("alternate_on") == "1"
    tmux.keys("q")
    shell = tmux.wait_for(lambda shown: "diptych-exit=" in shown)
    assert "diptych-exit=0" in shell and "Traceback" not in shell
    assert "He typed" not in shell and "President Trump" not in shell
    assert tmux.show("alternate_on") == "0"  # back on the shell's screen
    assert tmux.show("cursor_flag") == "1" and tmux.show("mouse_any_flag") == "0"
    assert tmux.show("pane_title") == title_before


def test_emoji_rows_keep_every_character_in_a_real_terminal(tmux: Tmux, tmp_path: Path) -> None:
    """Rich and tmux disagree on 👍🏽 and ❤️; a row that overflowed lost its last letters."""
    wide = tmp_path / "wide.txt"
    wide.write_text(WIDE + "Hearts ❤️ and thumbs 👍🏿 end here.\n", encoding="utf-8")
    command = f"{DIPTYCH} {wide} {SEED_B}; exec sleep 60"
    tmux.start(command, 120, 30)
    screen = tmux.wait_for(lambda shown: " matches" in shown or " match " in shown)
    rows = [row for row in screen.splitlines() if "😊👍 The talks" in row]
    # The header, the pane's title and the three copies in the text, each whole: tmux
    # drew "The talk" in the pane before, and the header lost its ellipsis.
    assert len(rows) == 5
    assert re.search(r"…\s+0 matches · different stories\? · min score 0\.15$", rows[0]), rows[0]
    assert "Hearts ❤ and thumbs 👍 end here." in screen
    assert "President Trump opened his first" in screen
