"""Counted nouns after a number ("12 people", "three thousand protesters")."""

from __future__ import annotations

import re

from reader.core.facts.wordlists import FUNCTION_WORDS, NOT_PLURAL

IRREGULAR_PLURALS = {
    "people": "people", "men": "man", "women": "woman", "children": "child",
    "police": "police", "staff": "staff", "personnel": "personnel",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer",
    "aircraft": "aircraft", "crew": "crew", "data": "data",
}  # fmt: skip
_NOT_NOUN_SUFFIXES = ("ss", "us", "is", "ous", "ways", "wards", "ics")
COUNT_TAIL = re.compile(
    r"[ \t\u00a0-]+(?:(?P<adjective>[a-z][a-z]*(?:-[a-z]+)*)\s+)?"
    r"(?P<noun>[a-z][a-z]*(?:-[a-z]+)*)\b(?!['’]s\b)"
)


def counted_noun(found: re.Match[str]) -> tuple[str, int] | None:
    """(lemma, end offset) of the counted noun in a COUNT_TAIL match, or None."""
    adjective, noun = found["adjective"], found["noun"]
    if adjective is None:
        lemma = plural_lemma(noun)
        return (lemma, found.end()) if lemma else None
    first = plural_lemma(adjective)
    if first:
        return first, found.end("adjective")
    lemma = plural_lemma(noun)
    if lemma and adjective not in FUNCTION_WORDS:
        return lemma, found.end()
    return None


def plural_lemma(word: str) -> str | None:
    """The singular of a plural noun ("countries" -> "country"), else None."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if len(word) < 3 or not word.endswith("s") or word in NOT_PLURAL:
        return None
    if word.endswith(_NOT_NOUN_SUFFIXES) or word in FUNCTION_WORDS:
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ives", "lves")):
        return word[:-3] + ("fe" if word.endswith("ives") else "f")
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    return word[:-1]
