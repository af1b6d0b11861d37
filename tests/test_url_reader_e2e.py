"""The installed `diptych URL URL` in a real terminal (tmux): both pages with their titles
and sites, and a note exported as Readwise CSV links back to its page."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import time
from pathlib import Path

from tests.news_server import NewsServer
from tests.tmux import DIPTYCH, Tmux, needs_tmux

pytestmark = needs_tmux


def test_two_pages_side_by_side_and_a_note_links_back_to_its_page(
    tmux: Tmux, tmp_path: Path, news_site: NewsServer
) -> None:
    url_a, url_b = news_site.url("/a.html"), news_site.url("/b.html")
    done = tmp_path / "exit-status"
    tmux.start(f"{DIPTYCH} {url_a} {url_b}; echo $? > {done}; sleep 30")
    screen = tmux.wait_for(lambda s: "matches" in s and "Evening Post" in s)
    assert "Tillerson: Putin Asked Trump" in screen
    assert "Trump confronts Putin over election meddling" in screen
    assert "Daily Planet · 2017-07-07 · Lois Lane" in screen
    tmux.keys("m")
    tmux.keys("a")
    tmux.wait_for(lambda s: "ctrl+s" in s.lower())
    tmux.keys("-l", "check the meeting length")
    tmux.keys("C-s")
    tmux.wait_for(lambda s: "Note saved" in s)
    tmux.keys("q")
    deadline = time.monotonic() + 10
    while not done.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert done.read_text().strip() == "0"
    exported = subprocess.run(
        [str(DIPTYCH), "notes", "export", "--format", "csv"],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")},
        timeout=60,
    )
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert [(row["URL"], row["Author"], row["Note"]) for row in rows] == [
        (url_a, "Lois Lane", "check the meeting length")
    ]
