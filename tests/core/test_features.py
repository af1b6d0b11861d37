"""Name features: the two-word pattern finds exactly the name phrases that the plain
pattern (every run of capitalised words, then phrases of one word dropped) finds."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.alignment.tokens import STOPWORDS
from reader.core.folders.features import features

# The plain pattern the faster one replaced: it matches single words too.
PLAIN_NAME = re.compile(r"(?:[A-Z][\w'’-]*\.?(?:[ \t]+|(?=\W)|$))+")
PIECES = [*"ABSabs .,-'’\t\n", "U.S.", "Mr.", "The ", "Lavrov", "Sergei", "and", "J.", "é", "9"]


def plain_names(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for phrase in PLAIN_NAME.findall(text):
        words = [word for word in phrase.lower().split() if word not in STOPWORDS]
        if len(words) > 1:
            counts["e:" + " ".join(words)] += 1
    return counts


def names(text: str) -> Counter[str]:
    return Counter({key: n for key, n in features(text).items() if key.startswith("e:")})


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=80))
def test_name_phrases_match_the_plain_pattern(text: str) -> None:
    assert names(text) == plain_names(text)


def test_name_phrases_of_real_sentences() -> None:
    text = "Sergei Lavrov met Mr. John Kerry in the U.S. capital. The Lavrov talks ended."
    # "The Lavrov" is one name word once the stopword goes: not a phrase.
    assert names(text) == Counter({"e:sergei lavrov": 1, "e:mr. john kerry": 1})
