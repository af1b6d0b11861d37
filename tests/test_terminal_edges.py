"""Issue 15 in a real terminal (tmux, the installed `diptych`): each rough edge a new
user met, at 160×45, 90×30 and 60×20. The tmux fixture keeps HOME, XDG_* in tmp_path."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEED_A, SEED_B
from tests.tmux import DIPTYCH, Tmux, needs_tmux

pytestmark = needs_tmux
ALIGNED = re.compile(r"\d+ match")
SGR = re.compile(r"\x1b\[[0-9;:]*m")
BACKGROUND = re.compile(r"\x1b\[(?:[0-9;]*;)?(48;(?:5;\d+|2;\d+;\d+;\d+))")


def start_reader(tmux: Tmux, tmp_path: Path, width: int = 160, height: int = 45) -> str:
    tmux.start(f"cd {tmp_path} && {DIPTYCH} {SEED_A} {SEED_B}; sleep 30", width, height)
    return tmux.wait_for(lambda shown: bool(ALIGNED.search(shown)))


def search(tmux: Tmux, text: str) -> str:
    tmux.keys("/")
    tmux.wait_for(lambda shown: "search both articles" in shown)
    tmux.keys(text)
    tmux.wait_for(lambda shown: " in A, " in shown or "not in either" in shown)
    tmux.keys("Enter")
    return tmux.wait_for(lambda shown: "hit 1 of" in shown)


def test_1_a_mark_links_the_aligned_sentence_only(tmux: Tmux, tmp_path: Path) -> None:
    start_reader(tmux, tmp_path)
    search(tmux, "Following their first ever")
    tmux.keys("m")  # the cursor is on the hit's sentence (keys sent apart: ESC then a key
    tmux.keys("a")  # reads as alt+key)
    tmux.wait_for(lambda shown: "New note" in shown)
    tmux.keys("length", "C-s")
    tmux.wait_for(lambda shown: "Note saved" in shown)
    tmux.keys("e")
    tmux.wait_for(lambda shown: "Notes as Markdown" in shown)
    tmux.keys("C-s")
    exported = tmp_path / "diptych-notes.md"
    tmux.wait_for(lambda shown: exported.exists())
    document = exported.read_text(encoding="utf-8")
    linked = document.split("Linked passage:", 1)[1].split("\n\n")[1]
    assert "2 hours and 16 minutes" in linked
    assert "Putin's denial of culpability" not in document
    assert len(linked) < 200  # one sentence, not six paragraphs (~1,500 characters)


@pytest.mark.parametrize("size", [(90, 30), (60, 20)])
def test_2_sidebar_footer_and_dialogs_on_small_terminals(
    tmux: Tmux, tmp_path: Path, size: tuple[int, int]
) -> None:
    shown = start_reader(tmux, tmp_path, *size)
    footer = shown.splitlines()[-1]
    assert "? Help" in footer and "q Quit" in footer
    assert "Speakers" not in shown
    tmux.keys("s")
    opened = tmux.wait_for(lambda shown: "Speakers" in shown)
    assert "Facts" in opened and "Update: As part" not in opened  # over the panes
    tmux.keys("Escape")
    tmux.wait_for(lambda shown: "Speakers" not in shown)
    tmux.keys("m", "a")
    editor = tmux.wait_for(lambda shown: "New note" in shown and "Cancel (esc)" in shown)
    assert "Save (ctrl+s)" in editor and "tag or colour" in editor
    tmux.keys("Escape")
    tmux.wait_for(lambda shown: "New note" not in shown)
    tmux.keys("e")  # apart from the ESC: together they read as alt+e
    export = tmux.wait_for(lambda shown: "Notes as Markdown" in shown and "Cancel (esc)" in shown)
    assert "Export (ctrl+s)" in export and "diptych-notes.md" in export


def test_3_n_after_g_starts_from_the_top(tmux: Tmux, tmp_path: Path) -> None:
    start_reader(tmux, tmp_path)
    tmux.keys(*["n"] * 16)
    tmux.wait_for(lambda shown: "Update: As part" not in shown)
    tmux.keys("g", "n")
    back = tmux.wait_for(lambda shown: "Update: As part" in shown)
    assert "No more matches" not in back


def test_4_tab_reaches_the_sidebar_where_j_moves_the_list(tmux: Tmux, tmp_path: Path) -> None:
    start_reader(tmux, tmp_path)
    tmux.keys("Tab", "Tab")
    tmux.wait_for(lambda shown: "in full (tab or s" not in shown)  # a row is shown in full
    tmux.keys("j")  # the list's second row: in the list and, in full, under it
    moved = tmux.wait_for(lambda shown: _sidebar(shown).count("Rex Tillerson") == 2)
    assert "Update: As part" in moved  # the article did not move


def _sidebar(shown: str) -> str:
    return "\n".join(line.split("▕")[0] for line in shown.splitlines()[1:])


def test_5_search_finds_what_only_the_other_article_has(tmux: Tmux, tmp_path: Path) -> None:
    start_reader(tmux, tmp_path)
    tmux.keys("/")
    tmux.wait_for(lambda shown: "search both articles" in shown)
    tmux.keys("Melania")
    counted = tmux.wait_for(lambda shown: " in B" in shown)
    assert re.search(r"0 in A, [1-9]\d* in B", counted)
    assert "Not found" not in counted


def test_6_theme_is_repainted_and_remembered(tmux: Tmux, tmp_path: Path) -> None:
    start_reader(tmux, tmp_path)
    dark = _backgrounds(tmux.screen("-e"))
    tmux.keys("C-p")
    tmux.wait_for(lambda shown: "🔎" in shown or "Search for commands" in shown)
    tmux.keys("theme")
    tmux.wait_for(lambda shown: "Change the current theme" in shown)
    tmux.keys("Enter")
    tmux.wait_for(lambda shown: "textual-dark" in shown)  # the list of themes
    tmux.keys("textual-light")
    tmux.wait_for(lambda shown: "textual-light" in shown and "textual-dark" not in shown)
    tmux.keys("Enter")
    settings = tmp_path / "config" / "diptych" / "settings.toml"
    tmux.wait_for(lambda shown: settings.exists() and "textual-light" in settings.read_text())
    tmux.wait_for(lambda shown: "textual-light" not in shown)
    light = _backgrounds(tmux.screen("-e"))
    # No band of the dark theme's backgrounds is left in the panes' text.
    assert dark and light and not dark & light


def _backgrounds(coloured: str) -> set[str]:
    """The background colours drawn behind the first lines of article A's text."""
    rows = [row for row in coloured.splitlines() if "Update: As part" in SGR.sub("", row)]
    return {code for row in rows for code in BACKGROUND.findall(row)}


def test_7_the_sidebar_widens_and_is_remembered(tmux: Tmux, tmp_path: Path) -> None:
    shown = start_reader(tmux, tmp_path)
    border = shown.splitlines()[2].index("▕")  # the sidebar's right edge, its last column
    tmux.keys(">", ">")
    tmux.wait_for(lambda shown: shown.splitlines()[2].find("▕") == border + 8)
    settings = tmp_path / "config" / "diptych" / "settings.toml"
    assert f"sidebar_width = {border + 1 + 8}" in settings.read_text()


def test_8_ctrl_z_undoes_a_drop(tmux: Tmux, tmp_path: Path) -> None:
    shown = start_reader(tmux, tmp_path)
    count = int(ALIGNED.search(shown).group().split()[0])  # type: ignore[union-attr]
    tmux.keys("n", "D")
    tmux.wait_for(lambda shown: f"{count - 1} matches" in shown)
    tmux.keys("C-z")
    # The notice may be drawn a frame after the count (its toast is mounted first).
    tmux.wait_for(lambda shown: f"{count} matches" in shown and "Undid the drop" in shown)


def test_9_library_file_column_natural_order_help_and_q(tmux: Tmux, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    for number, seed in ((10, SEED_A), (2, SEED_B), (1, SEED_A)):
        shutil.copy(seed, folder / f"36_{number}.txt")
    tmux.start(f"{DIPTYCH} {folder}; echo exited; sleep 30")
    listed = tmux.wait_for(lambda shown: "3 articles" in shown and "Related to" in shown)
    rows = [line for line in listed.splitlines() if "36_" in line and ".txt" in line]
    assert [re.search(r"36_\d+\.txt", row).group() for row in rows[:3]] == [  # type: ignore[union-attr]
        "36_1.txt",
        "36_2.txt",
        "36_10.txt",
    ]
    tmux.keys("?")
    # The help's title may be drawn a frame before its list on a busy machine.
    helped = tmux.wait_for(lambda shown: "Keys" in shown and "Overlap matrix" in shown)
    assert "Overlap matrix" in helped and "sentence" not in helped
    tmux.keys("Escape")
    tmux.wait_for(lambda shown: "Overlap matrix" not in shown)
    tmux.keys("Enter")
    tmux.wait_for(lambda shown: "q Back to list" in shown)
    tmux.keys("q")
    tmux.wait_for(lambda shown: "3 articles" in shown and "Update: As part" not in shown)
    tmux.keys("q")
    assert "exited" in tmux.wait_for(lambda shown: "exited" in shown)
