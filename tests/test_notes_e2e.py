"""Notes end to end in a real terminal (tmux): mark and note the seeds, export, re-open an
edited copy, and kill -9 right after saving."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path

from reader.core.paths import seed_paths
from reader.core.reading.loading import load_article
from tests.tmux import DIPTYCH, Tmux, needs_tmux

pytestmark = needs_tmux

PHRASE = "intractable disagreement"
NOTE = "Both quote Tillerson here"


def open_reader(tmux: Tmux, data: Path, *paths: Path) -> None:
    # exec: the pane's process is the reader itself (for kill -9).
    tmux.start(f"exec {DIPTYCH} --data-dir {data} {' '.join(map(str, paths))}")
    tmux.wait_for(lambda s: " matches" in s)


def note_the_phrase(tmux: Tmux) -> None:
    """Search to the phrase, mark its sentence, write a note and save it."""
    tmux.keys("/")
    tmux.wait_for(lambda s: "search both articles" in s)
    tmux.keys(PHRASE)
    tmux.wait_for(lambda s: "search both articles" not in s)
    tmux.keys("Enter")
    time.sleep(0.3)
    tmux.keys("Escape")  # alone: escape then a letter at once reads as alt+letter
    tmux.wait_for(lambda s: PHRASE not in "".join(s.splitlines()[-5:]))  # search bar closed
    tmux.keys("m")
    time.sleep(0.2)
    tmux.keys("a")
    tmux.wait_for(lambda s: "New note" in s)
    tmux.keys(NOTE)
    tmux.wait_for(lambda s: NOTE in s)
    tmux.keys("C-s")
    tmux.wait_for(lambda s: "Note saved" in s)


def diptych(data: Path, *arguments: str) -> str:
    result = subprocess.run(
        [str(DIPTYCH), *arguments, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return result.stdout


def marked_sentence(index: int, phrase: str = PHRASE) -> str:
    article = load_article(seed_paths()[index])
    sentence = article.sentence_at(article.text.index(phrase))
    assert sentence is not None
    return article.span_text(sentence.span)


def test_note_in_the_reader_then_export_markdown_and_json(tmux: Tmux, tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_reader(tmux, data)
    note_the_phrase(tmux)
    tmux.keys("q")
    time.sleep(1)
    markdown = diptych(data, "notes", "export", "--format", "markdown")
    quote, linked = marked_sentence(0), marked_sentence(1)
    assert f"> {quote}" in markdown
    assert linked.replace('"', "") in markdown.replace('"', "")
    assert NOTE in markdown
    [annotation] = json.loads(diptych(data, "notes", "export", "--format", "json"))
    assert annotation["type"] == "Annotation" and "@context" in annotation
    selector = annotation["target"]["selector"][0]
    assert selector["type"] == "TextQuoteSelector" and selector["exact"] == quote


def test_note_found_again_in_an_edited_copy(tmux: Tmux, tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_reader(tmux, data)
    note_the_phrase(tmux)
    tmux.keys("q")
    time.sleep(1)
    subprocess.run(["tmux", "kill-server"], capture_output=True, env=tmux.env)
    first, second = seed_paths()
    copy = tmp_path / "edited.txt"
    copy.write_text(first.read_text().replace("Update:", "Updated:", 1))
    open_reader(tmux, data, copy, second)
    tmux.keys("/")
    tmux.wait_for(lambda s: "search both articles" in s)
    tmux.keys("The Russians, speaking", "Enter")  # the sentence before the note's
    # Long fragments: only the pane shows them whole (the sidebar's rows are cut short).
    noted, before = "Instead he said the issue may", "Trump accepted the denial - but"
    tmux.wait_for(lambda s: noted in styled_line(tmux, noted))
    assert underlined(styled_line(tmux, noted))  # the note's style, on its sentence
    assert before in styled_line(tmux, before) and not underlined(styled_line(tmux, before))


def styled_line(tmux: Tmux, text: str) -> str:
    """The screen line holding `text`, with its SGR escape sequences (tmux capture -e)."""
    screen = subprocess.run(
        ["tmux", "capture-pane", "-p", "-e", "-t", tmux.name],
        capture_output=True,
        text=True,
        env=tmux.env,
    ).stdout
    return next((line for line in screen.splitlines() if text in line), "")


def underlined(line: str) -> bool:
    return any("4" in codes.split(";") for codes in re.findall(r"\x1b\[([0-9;]*)m", line))


def test_kill_9_right_after_saving_loses_nothing(tmux: Tmux, tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_reader(tmux, data)
    note_the_phrase(tmux)
    pid = subprocess.run(
        ["tmux", "display-message", "-p", "-t", tmux.name, "#{pane_pid}"],
        capture_output=True,
        text=True,
        env=tmux.env,
        check=True,
    ).stdout.strip()
    os.kill(int(pid), signal.SIGKILL)
    listing = diptych(data, "notes", "list")
    assert NOTE in listing
