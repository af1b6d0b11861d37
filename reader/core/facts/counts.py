"""Counted nouns after a number ("12 people", "three thousand protesters")."""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.core.facts.wordlists import FUNCTION_WORDS, NOT_PLURAL

IRREGULAR_PLURALS = {
    "people": "people", "men": "man", "women": "woman", "children": "child",
    "police": "police", "staff": "staff", "personnel": "personnel",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer",
    "aircraft": "aircraft", "crew": "crew", "data": "data",
}  # fmt: skip
_NOT_NOUN_SUFFIXES = ("ss", "us", "is", "ous", "ways", "wards", "ics")
_WORD = re.compile(
    r"(?P<gap>[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0]+)(?P<word>[A-Za-z][\w'’]*(?:-\w+)*)"
)
# Words that may stand between a number and its noun without being the noun.
_MODIFIER_WORDS = frozenset({"other", "more", "additional", "further", "new", "total"})
MAX_MODIFIERS = 2  # "seven AK-47 automatic rifles"


class Counted(NamedTuple):
    """The noun a number counts: its singular, its modifiers, and where it ends."""

    lemma: str
    end: int
    modifiers: tuple[str, ...]


def counted_noun(text: str, position: int) -> Counted | None:
    """The counted noun after a number at `position` ("three other assault rifles"),
    or None: the first plural within the next few words, or a nationality ("12 Somali")."""
    modifiers: list[str] = []
    for _ in range(MAX_MODIFIERS + 1):
        found = _WORD.match(text, position)
        if found is None or (found["word"].endswith(("'s", "’s"))):
            return None
        word = found["word"]
        lemma = _noun_lemma(word, first=not modifiers)
        if lemma:
            return Counted(lemma, found.end(), tuple(modifiers))
        lowered = word.lower()
        if lowered in FUNCTION_WORDS and lowered not in _MODIFIER_WORDS:
            return None
        modifiers.append(lowered)
        position = found.end()
    return None


def _noun_lemma(word: str, first: bool) -> str | None:
    """A plural noun's singular; right after the number also a nationality ("Somali")."""
    if first and word[0].isupper() and word.endswith(("i", "ese")) and len(word) > 3:
        return word.lower()
    return plural_lemma(word.lower())


def plural_lemma(word: str) -> str | None:
    """The singular of a plural noun ("countries" -> "country"), else None."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith(("smen", "rmen", "emen")):
        return word[:-3] + "man"  # "fishermen", "firemen", "policemen"
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
