"""Dates from the datelines news sites print and from dated addresses (issue 15, item 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.reading.loading import load_article


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published: Tuesday, Aug. 2 2011 7: 08 p. m. MDT", "2011-08-02"),
        ("Posted: 08 / 02 / 2013 11: 10 am EDT", "2013-08-02"),
        ("Posted August 2nd, 2013 at 5: 19 pm", "2013-08-02"),
        ("Published on: Fri, 11 Nov 2011 at 09: 56 IST", "2011-11-11"),
        ("Updated: May 24, 2005, 3: 23 PM ET", "2005-05-24"),
    ],
)
def test_dateline_under_the_headline(tmp_path: Path, line: str, day: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Jury hears the tapes\n\n{line}\n\nProsecutors played two recordings.\n")
    article = load_article(path)
    assert article.date == day
    assert line not in article.text  # metadata, not article text


def test_date_from_a_dated_address(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "source: https://news.example/world/2011/08/02/jury-hears-tapes.html\n"
        "Jury hears the tapes\n\nProsecutors played two recordings.\n"
    )
    assert load_article(path).date == "2011-08-02"


def test_an_address_without_a_date_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "source: http://www.example.com/article/700167816/Jury-hears.html\n"
        "Jury hears the tapes\n\nProsecutors played two recordings.\n"
    )
    assert load_article(path).date is None


def test_a_sentence_starting_with_posted_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Jury hears the tapes\n\nPosted guards stood by on May 2, 2011 all day.\n\nMore.\n"
    )
    article = load_article(path)
    assert "Posted guards" in article.text and article.date is None
