"""Ordinals with the noun they rank: "the fifth Sixers coach", "81st annual Oscars",
"the second - floor office" (ranked by the hyphened noun), "his fourth season"."""

from __future__ import annotations

import re

from reader.core.facts.counts import plural_lemma
from reader.core.facts.scan import RUN_LEAD, anchor_words, digit_anchors, search_near, word_anchors
from reader.core.facts.wordlists import CONTEXT_STOPWORDS, words
from reader.core.model import Quantity, Span

ORDINAL_WORDS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}  # fmt: skip
# "first" and "last" rank almost every noun in a text ("the first time"); they are
# left out so the facts list stays about numbers.
_NOT_RANKED = words(
    "time times half quarter place largest biggest best highest most least street avenue road "
    "precinct district ward amendment parallel"
)
_ORDINAL = re.compile(
    rf"\b(?:(?P<digits>\d{{1,4}})(?:st|nd|rd|th)|(?P<word>{'|'.join(ORDINAL_WORDS)}))\b",
    re.I,
)
_NOUN_WORD = re.compile(r"(?P<joint>\s*-\s*|\s+)(?P<word>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
_ANCHORS = anchor_words(ORDINAL_WORDS)
_DIGITS_LED = re.compile(rf"{RUN_LEAD}\d{{1,4}}(?:st|nd|rd|th)\b", re.I)
MAX_PHRASE = 3  # words between an ordinal and the end of its noun phrase


def find_ordinals(text: str) -> list[tuple[Span, str, Quantity]]:
    """Every ordinal followed by the noun it ranks, as (span, "ordinal", value)."""
    ranks = [start for start in digit_anchors(text) if _DIGITS_LED.match(text, start)]
    anchors = [*ranks, *word_anchors(text, _ANCHORS)]
    found_ordinals = []
    for found in search_near(_ORDINAL, text, anchors, before=0, after=20):
        end = _phrase_end(text, found.end())
        if end is not None:
            rank = int(found["digits"]) if found["digits"] else ORDINAL_WORDS[found["word"].lower()]
            found_ordinals.append(
                ((found.start(), end), "ordinal", Quantity(rank, rank, "ordinal"))
            )
    return found_ordinals


def _phrase_end(text: str, position: int) -> int | None:
    """Where the ranked noun phrase ends ("fifth Sixers coach| in"), or None."""
    end = None
    for count in range(MAX_PHRASE):
        word = _NOUN_WORD.match(text, position)
        if word is None or _ends_phrase(word["word"], count):
            break
        if word["word"].lower() in _NOT_RANKED:
            return None  # "27th Street" is a name, "the third time" no rank of a thing
        position = end = word.end()
        if "-" in word["joint"]:
            break  # "second-floor office": the ordinal ranks the floor
    return end


def _ends_phrase(word: str, count: int) -> bool:
    lowered = word.lower()
    if lowered in CONTEXT_STOPWORDS or lowered in ORDINAL_WORDS:
        return True
    # "the third victim died", "a second man dies": a verb after the noun ends it.
    return count > 0 and lowered.endswith(("ed", "es")) and not word[0].isupper()


def ordinal_noun(fact_text: str) -> str:
    """The ranked noun of an ordinal fact's text ("fifth Sixers coach" -> "coach")."""
    last = re.split(r"[\s-]+", fact_text.strip())[-1].lower()
    return plural_lemma(last) or last
