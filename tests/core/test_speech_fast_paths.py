"""The speech finders' fast scans find exactly what the plain regex passes find."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.speech import cues, titled
from reader.core.speech.speaker_words import word_matches

relaxed = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Cue and role words, their look-alikes, and what may stand around them.
PIECES = [
    *"aAsStTdh .,:;!?'’\"“”()-—_0\n",
    *["said", "says", "told", "added", "asks", "claims", "denied", "essays", "unsaid"],
    *["According to", "according to ", "accordingly", "his ", "her ", "their ", "This "],
    *["'s ", "’s ", "' ", "insistence", "claim", "statement", "denial", " that ", " of "],
    *["'s claim that ", "’s denial of ", "s' warnings that ", "their pledge of "],
    *["spokesman", "officer", "co-", "vice ", "president ", "minister", "chief", ", "],
    *["secretary of state ", "police ", "Putin", "Mr. ", "U.S. ", "\n\n", "  ", "é"],
    *["was quoted as saying", " was once quoted as saying ", "It was announced by ", " by "],
    *[", adding that ", ", saying ", "adding ", ",saying only that "],
]
prose = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def spans(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict() or {"1": match.group(1)}) for match in matches]


@relaxed
@given(prose | st.text(max_size=120))
def test_cues_found_from_hints_are_all_cues(text: str) -> None:
    fast = word_matches(cues.CUE, cues.CUE_HINT, text)
    assert spans(fast) == spans(cues.CUE.finditer(text))


@relaxed
@given(prose.map(str.lower) | st.text(max_size=120))
def test_title_heads_found_from_hints_are_all_title_heads(lowered: str) -> None:
    fast = word_matches(titled._TITLE_HEAD, titled._TITLE_HEAD_HINT, lowered)
    assert spans(fast) == spans(titled._TITLE_HEAD.finditer(lowered))


@relaxed
@given(prose.map(str.lower) | st.text(max_size=120))
def test_role_words_before_commas_found_from_the_commas(lowered: str) -> None:
    def roles(hits: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
        return [hit.span() for hit in hits if hit.group(1) in titled._HEADS_BY_LAST_WORD]

    fast = titled._role_words_before_commas(lowered)
    assert roles(fast) == roles(titled._WORD_COMMA.finditer(lowered))


def test_cues_back_to_back_and_at_the_start() -> None:
    text = "said so. Officials said according to her statement that Putin's denial of it"
    found = [match.group() for match in word_matches(cues.CUE, cues.CUE_HINT, text)]
    assert found == ["said", "said", "according to ", "her statement that ", "'s denial of "]


def test_a_role_word_inside_a_longer_hyphenated_word_is_no_role() -> None:
    lowered = "the counterterrorism-officer, jane doe, and the co-spokesman, tom lee"
    words = [hit.group(1) for hit in titled._role_words_before_commas(lowered)]
    assert words == ["counterterrorism-officer", "co-spokesman"]
