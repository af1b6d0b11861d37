"""Spans start and end on word edges: never inside a word or a number."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.compare import compare
from reader.core.model import Comparison
from reader.core.reading.loading import load_article
from reader.core.word_edges import WORD, widen_to_words, word_around

ECB_TEXTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "ecbplus" / "text"


@pytest.mark.parametrize(
    ("text", "cut", "word"),
    [
        ("The fine was $1,200,000 in all.", "The fine was $1", "1,200,000"),
        ("He stood stone - faced in court.", "He stood stone", "stone - faced"),
        ("a 15 - year - old boy", "a 15 - year", "15 - year - old"),
        ("the 2008-09 season", "the 2008", "2008-09"),
        ("on Thursday after 4:30 p.m.", "on Thursday after 4", "4:30"),
        ("the U.S. election", "the U", "U.S"),
    ],
)
def test_a_cut_inside_a_word_or_number_takes_the_whole_word(text: str, cut: str, word: str) -> None:
    start = text.index(word)
    assert word_around(text, len(cut)) == (start, start + len(word))
    assert widen_to_words(text, (0, len(cut))) == (0, start + len(word))


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("February's storm", len("February")),  # a possessive is a word of its own
        ("said Lavrov. Then", len("said Lavrov")),
        ("two words", len("two ")),
        ("two words", len("two")),
    ],
)
def test_a_cut_between_words_stays(text: str, offset: int) -> None:
    assert word_around(text, offset) is None
    assert widen_to_words(text, (0, offset)) == (0, offset)


words = st.sampled_from(["stone", "-", " - ", "1,200", ",", ".", " ", "U.S.", "'s", "’", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(words, max_size=30).map("".join), st.integers(0, 200), st.integers(0, 200))
def test_widened_spans_contain_the_span_and_cut_no_word(text: str, first: int, second: int) -> None:
    start, end = sorted((min(first, len(text)), min(second, len(text))))
    wide_start, wide_end = widen_to_words(text, (start, end))
    assert wide_start <= start <= end <= wide_end
    assert word_around(text, wide_start) is None and word_around(text, wide_end) is None


tricky = st.sampled_from(
    [
        "s",
        "x",
        "7",
        "é",
        "٣",
        "_",
        "-",
        "‐",
        "‑",
        " ",
        "\n",
        "\t",
        "\u00a0",
        ".",
        ",",
        ":",
        "'",
        "’",
        '"',
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(tricky, min_size=1, max_size=16).map("".join), st.data())
def test_a_word_found_around_an_offset_is_the_word_a_full_scan_finds(
    text: str, data: st.DataObject
) -> None:
    """The quick test of the two characters at an offset never skips a word."""
    offset = data.draw(st.integers(0, len(text)))
    spans = [found.span() for found in WORD.finditer(text)]
    inside = [(start, end) for start, end in spans if start < offset < end]
    assert word_around(text, offset) == (inside[0] if inside else None)


def _same_topic_pairs() -> list[tuple[Path, Path]]:
    """Every ECB+ text with a partner from its own topic (the next file, wrapping round)."""
    pairs = []
    for topic in sorted(ECB_TEXTS.iterdir()):
        files = sorted(topic.glob("*.txt"))
        pairs += [(files[index], files[(index + 1) % len(files)]) for index in range(len(files))]
    return pairs


def _cuts(comparison: Comparison) -> list[str]:
    """Every span of the comparison that starts or ends inside a word, as readable text."""
    spans = [("a", match.a) for match in comparison.matches]
    spans += [("b", match.b) for match in comparison.matches]
    spans += [(fact.doc, fact.span) for fact in comparison.facts]
    spans += [(claim.doc, claim.span) for claim in comparison.claims]
    cuts = []
    for doc, (start, end) in spans:
        text = comparison.article(doc).text
        for offset in (start, end):
            word = word_around(text, offset)
            if word is not None:
                cuts.append(f"{text[start:end]!r} cuts {text[word[0] : word[1]]!r}")
    return cuts


@pytest.mark.skipif(not ECB_TEXTS.is_dir(), reason="the ECB+ texts (../shared/data) are absent")
def test_no_span_cuts_a_word_in_any_ecb_text() -> None:
    cuts: list[str] = []
    for path_a, path_b in _same_topic_pairs():
        cuts += _cuts(compare(load_article(path_a), load_article(path_b)))
    assert cuts == []


def test_word_pattern_keeps_spaced_hyphens_and_inner_punctuation() -> None:
    found = [match.group() for match in WORD.finditer("15 - year - old, $1,200,000 and U.S. aid")]
    assert found == ["15 - year - old", "1,200,000", "and", "U.S", "aid"]
