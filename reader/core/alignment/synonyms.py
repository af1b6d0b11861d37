"""Words that name the same thing: one report's "wounded" is the other's "injured".

The table (tools/build_synonyms.py, from WordNet 3.0) pairs stems whose most
frequent senses are synonyms or derivations ("die" / "death"). Like spelling
variants, a pair joins only across the two texts: a stem one text uses and the
other does not, with a synonym that only the other uses. A text that writes both
words keeps them apart, and names ("Bill", "Cheeks") are never joined to words.
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path


def synonym_aliases(
    vocabulary_a: set[str], vocabulary_b: set[str], names: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Stems of either text mapped to one spelling shared with their synonyms in the
    other; the same whichever text comes first."""
    table = _synonyms()
    only_a = vocabulary_a - vocabulary_b - names
    only_b = vocabulary_b - vocabulary_a - names
    groups = _Groups()
    for term in sorted(only_a):
        for other in table.get(term, "").split():
            if other in only_b:
                groups.join(term, other)
    return {term: groups.root(term) for term in groups.parent}


class _Groups:
    """Union-find whose root is the smallest member: mirrored texts, same spelling."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def root(self, term: str) -> str:
        while self.parent.setdefault(term, term) != term:
            term = self.parent[term]
        return term

    def join(self, first: str, second: str) -> None:
        low, high = sorted((self.root(first), self.root(second)))
        self.parent[high] = low


@functools.cache
def _synonyms() -> dict[str, str]:
    """Stem -> its synonyms, space-separated (split only for the stems a text uses)."""
    data = Path(__file__).with_name("english_synonyms.txt.gz").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    return dict(line.split(" ", 1) for line in lines if line and not line.startswith("#"))
