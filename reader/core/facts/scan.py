"""Run a rich regex only near cheap anchors, so 1 MB of text scans in milliseconds.

A pattern with many alternatives (qualifiers, number words, months) costs a lot
when tried at every character. Every match of ours contains an anchor (a digit,
a currency sign, a number word, a month), and `str.find` locates those fast; the
pattern is then searched in a small window around each anchor, in text order,
which yields the same matches as `finditer` would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

# A run of digits or currency signs, `[\d$€£¥]+`: written so that sre tests plain
# ranges (ASCII digits and "$", any non-ASCII character) and reads the Unicode
# category only of non-ASCII characters (a third of the time on news text).
_DIGITS = re.compile(r"[0-9$\x80-\U0010ffff](?<=[\d$€£¥])(?:[0-9$]|(?=[^\x00-\x7f])[\d€£¥])*")
RUN_LEAD = r"(?:[\d$€£¥]*[$€£¥])?"
"""What may stand between a digit anchor and a number read after it: "$" in "$10am"
or "10$14:25" (a run of digits and currency signs is one anchor)."""


@lru_cache(maxsize=4)
def digit_anchors(text: str) -> tuple[int, ...]:
    """Start of every run of digits or currency signs (kept for the article being read:
    every reader of dates, ages, times and amounts starts from them)."""
    return tuple(found.start() for found in _DIGITS.finditer(text))


def anchor_words(words: Iterable[str]) -> tuple[str, ...]:
    """Declare words a reader anchors on (at import): every declared word is found
    in one pass over each text, whichever reader asks first."""
    words = tuple(words)
    new = [word.lower() for word in words if word.lower() not in _DECLARED]
    if new:
        _DECLARED.update(dict.fromkeys(new))
        _word_index.cache_clear()
    return words


def word_anchors(text: str, words: Iterable[str], ignore_case: bool = True) -> list[int]:
    """Every offset where a word starts with one of `words` ("seven" finds "seventy")."""
    words = anchor_words(words)
    index = _word_index(text)
    positions: list[int] = []
    for word in words:
        found = index.get(word.lower(), ())
        if ignore_case:
            positions += found
        else:
            positions += [position for position in found if text.startswith(word, position)]
    return positions


_DECLARED: dict[str, None] = {}  # lower-case anchor words, in the order declared


@lru_cache(maxsize=4)
def _word_index(text: str) -> dict[str, list[int]]:
    """Declared word -> the offsets of the words it begins, from one regex pass: the
    pattern finds the longest declared word at each word start, and every declared
    word that begins it starts there too."""
    inside, at_start, prefixes = _matcher(tuple(_DECLARED))
    lowered = _ascii_lower(text)
    first = at_start.match(lowered)
    found = [(0, first.group())] if first else []
    found += [(match.start(1), match.group(1)) for match in inside.finditer(lowered)]
    index: dict[str, list[int]] = {}
    for start, longest in found:
        for word in prefixes[longest]:
            index.setdefault(word, []).append(start)
    return index


@lru_cache(maxsize=2)
def _matcher(
    words: tuple[str, ...],
) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]]]:
    """Patterns for the declared words after a non-letter and at the very start. A
    trie-shaped pattern tries one branch per letter instead of every word, and
    starting on the non-letter lets sre skip through the letters of a word fast
    (2.5 times faster than a look-behind at every position). A non-letter is
    asked as a plain range first (the text is lower case), its Unicode category
    only where a declared word follows (a third less time)."""
    trie = words_trie(words)
    inside = re.compile(rf"[^a-z](?=({trie}))(?<=[\W\d_])")
    prefixes = {word: tuple(other for other in words if word.startswith(other)) for word in words}
    return inside, re.compile(trie), prefixes


def words_trie(words: Iterable[str]) -> str:
    """One regex for `words` that matches the longest of them at a position (sre tries
    one branch per letter instead of every word)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(tree)


def _branch(node: dict[str, Any]) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _branch(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if ends_here:  # greedy: the longer word first, this one if it does not go on
        return f"(?:{body})?"
    return body


def search_near(
    pattern: re.Pattern[str], text: str, anchors: Iterable[int], before: int, after: int
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that start within `before` characters of an anchor."""
    searched_to = 0
    for anchor in sorted(set(anchors)):
        window_end = anchor + after
        # An anchor inside the last match ("25$14" of "14:25$14:25") still leads the
        # text after that match.
        if window_end <= searched_to:
            continue
        start = max(anchor - before, searched_to)
        found = pattern.search(text, start, window_end)
        if found and found.end() >= window_end - 1:
            found = pattern.search(text, start)  # the window cut the match short
        if found is None:
            searched_to = max(searched_to, anchor + 1)
            continue
        searched_to = max(found.end(), found.start() + 1)
        yield found


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=4)
def _ascii_lower(text: str) -> str:
    # str.lower() can change the length ("İ" -> "i̇"); offsets must stay put.
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)
