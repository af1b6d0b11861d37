"""The fact readers search only near anchors (digits, declared words), for speed:
what they find must be exactly what a scan of the whole text finds."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.facts import ages, clock, dates, ordinals, quantities, scan
from reader.core.facts.scan import word_anchors

# Pieces of dates, times, ages and ranks, and the digits and words around them that
# once cut a reader's window short ("10: 50" lost its "AM" after a year nearby).
PIECES = [
    *["10", ": ", "50", " AM", " p.m.", "7", ":07", "14:25", "noon", " about ", "$"],
    *["April", " 21", ", 2004", "Feb.", " 4", "2009", "-02-03", "2/3/2009", "1990s", "Monday"],
    *[" of ", " in ", " on ", "in July", "21st", " 4th", " fifth ", " coach", " season", " time"],
    *["Smith, 38,", " aged 40", " in his early 30s", " 76ers", " 12 people", "age", "agency"],
    *[" ", " ", ", ", ". ", "\n\n", "-", "x", "The", " said"],
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
relaxed = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@relaxed
@given(texts)
def test_times_are_those_of_a_full_scan(text: str) -> None:
    found = [span for span, _, _ in clock.find_times(text)]
    assert found == [match.span() for match in clock._CLOCK.finditer(text)]


@relaxed
@given(texts)
def test_dates_are_those_of_a_full_scan(text: str) -> None:
    expected = [
        match.span("month4" if match["month4"] else 0)
        for match in dates._DATE.finditer(text)
        if dates._date_value(match) is not None
    ]
    assert [span for span, _ in dates.find_dates(text)] == expected


@relaxed
@given(texts)
def test_ages_are_those_of_a_full_scan(text: str) -> None:
    found = [span for span, _, _ in ages.find_ages(text)]
    assert found == [match.span() for match in ages._AGE.finditer(text)]


@relaxed
@given(texts)
def test_ranks_are_those_of_a_full_scan(text: str) -> None:
    expected = [
        match.start()
        for match in ordinals._ORDINAL.finditer(text)
        if ordinals._phrase_end(text, match.end()) is not None
    ]
    assert [span[0] for span, _, _ in ordinals.find_ordinals(text)] == expected


def starts_of(text: str, word: str, ignore_case: bool = True) -> list[int]:
    """Where `word` begins a word of `text`, the slow and obvious way."""
    haystack, needle = (text.lower(), word.lower()) if ignore_case else (text, word)
    return [
        offset
        for offset in range(len(text))
        if haystack.startswith(needle, offset) and (offset == 0 or not text[offset - 1].isalpha())
    ]


WORDS = ["seven", "ten", "tens", "tenth", "in his", "age", "May", "a few", "hour"]
letters = st.lists(st.sampled_from([*WORDS, "Seven", "TEN", "é", "7", "-", " ", "x", "ty"]))


@relaxed
@given(letters.map("".join))
def test_word_anchors_find_every_word_a_declared_word_begins(text: str) -> None:
    for word in WORDS:
        assert word_anchors(text, (word,)) == starts_of(text, word)
    assert word_anchors(text, ("May",), ignore_case=False) == starts_of(text, "May", False)
    assert word_anchors(text, ("ten", "tens")) == starts_of(text, "ten") + starts_of(text, "tens")


def test_a_date_or_time_is_read_whole_when_a_number_comes_shortly_before() -> None:
    # "20th" and "29" anchor windows that once ended inside the date and the time.
    text = "He was hired as the 20th coach of the 76ers on April 21, 2004 and left."
    assert [text[start:end] for (start, end), _ in dates.find_dates(text)] == ["April 21, 2004"]
    text = "Posted July 29, 2009 at 10: 50 AM, updated at 12: 16 PM."
    times = [(text[start:end], value.min) for (start, end), _, value in clock.find_times(text)]
    assert times == [("10: 50 AM", 650.0), ("12: 16 PM.", 736.0)]


def test_a_time_right_after_another_and_a_sign_is_read() -> None:
    # The digit run "25$14" starts inside the first time and leads the second.
    assert [span for span, _, _ in clock.find_times("14:25$14:25")] == [(0, 5), (6, 11)]


# Qualifiers, signs, codes and numbers in digits and words, with the letters and
# marks that can stand against them ("ones", "-", "’", capitals).
NUMBER_PIECES = [
    *[f"{phrase} " for phrase in quantities._MODES],
    *["between ", "from ", "More-than ", "UP TO ", " and ", " to ", "-", "–", "+", "’", "."],
    *["5", "12", "3,000", "2, 000", "4. 5", "4 1/2", "2½", "½", "1.5m", "$", "US$", "€", "USD"],
    *["one", "One", "ones", "two-thirds", "a half", "a dozen", "an ", "twenty", "twenty-five"],
    *["seventy", "seven", "hundred", "million", "dozens", "none", "atone", "often", "amount"],
    *[" ", " ", " people", " hours", " km", "x", "_", "é"],
]
number_texts = st.lists(st.sampled_from(NUMBER_PIECES), max_size=30).map("".join)


@relaxed
@given(number_texts)
def test_the_number_pattern_finds_what_it_would_without_its_first_word_check(text: str) -> None:
    unchecked = re.compile(quantities._FACT_START + quantities._FACT_BODY, re.I)

    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]

    assert found(quantities._FACT) == found(unchecked)


# ASCII and other digits, signs, and characters that are no digit ("½", "²").
DIGIT_PIECES = [*"0179$€£¥½²", "٣", "１", "५", "x", "é", " ", ",", "’"]


@relaxed
@given(st.lists(st.sampled_from(DIGIT_PIECES)).map("".join))
def test_digit_anchors_start_every_run_of_digits_and_signs(text: str) -> None:
    runs = re.finditer(r"[\d$€£¥]+", text)
    assert scan.digit_anchors(text) == tuple(run.start() for run in runs)
