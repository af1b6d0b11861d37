"""Counted nouns after a number ("12 people", "three thousand protesters")."""

from __future__ import annotations

import re

IRREGULAR_PLURALS = {
    "people": "people", "men": "man", "women": "woman", "children": "child",
    "police": "police", "staff": "staff", "personnel": "personnel",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer",
    "aircraft": "aircraft", "crew": "crew", "data": "data",
}  # fmt: skip
# Words ending in "s" that are not plural nouns.
_NOT_PLURAL = frozenset(
    [
        "is",
        "was",
        "has",
        "his",
        "its",
        "this",
        "us",
        "as",
        "thus",
        "yes",
        "plus",
        "less",
        "unless",
        "across",
        "always",
        "perhaps",
        "towards",
        "afterwards",
        "sometimes",
        "besides",
        "whereas",
        "series",
        "news",
        "ones",
        "others",
        "himself",
        "herself",
        "itself",
        "has",
        "does",
        "goes",
        "says",
    ]
)
_NOT_NOUN_SUFFIXES = ("ss", "us", "is", "ous", "ways", "wards", "ics")
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "nor",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "than",
        "then",
        "more",
        "most",
        "less",
        "least",
        "other",
        "others",
        "such",
        "only",
        "also",
        "very",
        "too",
        "just",
    ]
)
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
    if lemma and adjective not in _FUNCTION_WORDS:
        return lemma, found.end()
    return None


def plural_lemma(word: str) -> str | None:
    """The singular of a plural noun ("countries" -> "country"), else None."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if len(word) < 3 or not word.endswith("s") or word in _NOT_PLURAL:
        return None
    if word.endswith(_NOT_NOUN_SUFFIXES) or word in _FUNCTION_WORDS:
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    return word[:-1]
