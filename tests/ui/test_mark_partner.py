"""A mark covers the aligned sentence(s) of the other article only (issue 15, item 1)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from reader.core.model import Article, Comparison, Match
from reader.ui.app import make_app
from reader.ui.marks import aligned_span
from reader.ui.screens.dialogs import ExportDialog, NoteEditor
from tests.ui.conftest import SIZE, find, ready, seed_comparison

FOLLOWING = "Following their first ever, 2+ hour meeting"
SCHEDULED = "The meeting, originally scheduled for 35 minutes"


def sentence_of(article: Article, phrase: str) -> tuple[int, int]:
    sentence = article.sentence_at(find(article, phrase)[0])
    assert sentence is not None
    return sentence.span


def far_fact_links(a: Article, b: Article) -> Comparison:
    """The aligner's links of the seeds' "2+ hour meeting" sentence: a paraphrase to one
    sentence, and fact links to "more-than-two-hour" six paragraphs earlier."""
    comparison = seed_comparison(a, b)
    hour = find(a, "2+ hour meeting which")
    matches = (
        Match((hour[0], hour[0] + 7), find(b, "more-than-two-hour"), "fact", 0.9),
        Match((hour[0], hour[0] + 7), find(b, "2 hours and 16 minutes"), "fact", 0.9),
        Match(
            find(a, "2+ hour meeting which was originally supposed to last only 30-40 minutes"),
            sentence_of(b, SCHEDULED),
            "paraphrase",
            0.2,
        ),
    )
    return replace(comparison, matches=matches)


def test_fact_links_far_away_do_not_widen_the_mark(seeds) -> None:
    a, b = seeds
    comparison = far_fact_links(a, b)
    span = sentence_of(a, FOLLOWING)
    assert aligned_span(comparison.matches, "a", span, b) == sentence_of(b, SCHEDULED)


def test_only_fact_links_give_the_sentence_of_the_strongest_run(seeds) -> None:
    a, b = seeds
    facts = far_fact_links(a, b).matches[:2]
    span = sentence_of(a, FOLLOWING)
    linked = aligned_span(facts, "a", span, b)
    assert linked in (sentence_of(b, "more-than-two-hour"), sentence_of(b, SCHEDULED))


def test_one_sentence_of_a_long_passage_maps_to_its_share_not_the_passage(seeds) -> None:
    a, b = seeds
    first, third = a.sentences[3], a.sentences[5]
    their_first, their_third = b.sentences[3], b.sentences[5]
    passage = Match(
        (first.span[0], third.span[1]),
        (their_first.span[0], their_third.span[1]),
        "paraphrase",
        0.5,
    )
    linked = aligned_span((passage,), "a", first.span, b)
    assert linked is not None
    assert linked[0] == their_first.span[0] and linked[1] < their_third.span[1]


async def test_exported_linked_passage_is_the_aligned_sentence(
    seeds, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(list(seeds), far_fact_links, data_dir=tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane = screen.panes["a"]
        pane.move_cursor(pane.sentence_near(find(seeds[0], FOLLOWING)[0]))
        await pilot.press("m", "a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"length", "ctrl+s")
        await pilot.pause()
        assert screen.panes["b"]._emphasis["mark"] is None  # saved: the mark is cleared
        await pilot.press("e")
        assert isinstance(app.screen, ExportDialog)
        await pilot.click("#format-json")
        await pilot.press("ctrl+s")
        await pilot.pause()
    [annotation] = json.loads((tmp_path / "diptych-notes.json").read_text())
    [linking] = [item for item in annotation["body"] if item.get("purpose") == "linking"]
    [quote] = [s for s in linking["selector"] if s["type"] == "TextQuoteSelector"]
    assert quote["exact"] == seeds[1].span_text(sentence_of(seeds[1], SCHEDULED))
