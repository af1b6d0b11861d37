"""What an article is about, as feature counts: stems, names and numbers.

Counted once per file when a folder is read (in the reading processes, beside
the parsing), so the related-articles index only has to weigh them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from reader.core.alignment.tokens import STOPWORDS, stem

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")
# Two or more capitalised words in a row (one alone is not a name feature); a
# word keeps its final dot unless a word character follows ("U.S" is "U", "S").
_CAPITALISED = r"[A-Z][\w'’-]*(?:\.(?!\w))?"
_NAMES = re.compile(rf"{_CAPITALISED}(?:[ \t]+{_CAPITALISED})+")


def features(text: str) -> Counter[str]:
    """Feature counts of a text: `w:` stems, `e:` names, `n:` numbers."""
    counts: Counter[str] = Counter()
    # Count tokens first (in C), then map each distinct token once.
    for token, count in Counter(_TOKEN.findall(text)).items():
        feature = token_feature(token)
        if feature is not None:
            counts[feature] += count
    for phrase in _NAMES.findall(text):
        words = [word for word in phrase.lower().split() if word not in STOPWORDS]
        if len(words) > 1:
            counts["e:" + " ".join(words)] += 1
    return counts


@lru_cache(maxsize=200_000)
def token_feature(token: str) -> str | None:
    """`n:` number or `w:` stem of one token; None for stopwords and short words."""
    if token[0].isdigit():
        return "n:" + token.replace(",", "").rstrip(".")
    word = token.lower().strip("'’-")
    if len(word) > 2 and word not in STOPWORDS:
        return "w:" + stem(word)
    return None
