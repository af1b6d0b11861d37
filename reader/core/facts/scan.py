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

_DIGITS = re.compile(r"[\d$€£¥]+")
_WORD_START = re.compile(r"(?<![^\W\d_])[a-z]{1,2}")


@lru_cache(maxsize=4)
def digit_anchors(text: str) -> tuple[int, ...]:
    """Start of every run of digits or currency signs (kept for the article being read:
    every reader of dates, ages, times and amounts starts from them)."""
    return tuple(found.start() for found in _DIGITS.finditer(text))


def word_anchors(text: str, words: Iterable[str], ignore_case: bool = True) -> list[int]:
    """Every offset where a word starts with one of `words` ("seven" finds "seventy")."""
    haystack = _ascii_lower(text) if ignore_case else text
    starts = _word_starts(text)
    positions: list[int] = []
    for word in words:
        needle = word.lower() if ignore_case else word
        # Only the words that begin with the needle's first two letters are tried, so a
        # needle the text lacks ("magnitude") costs a lookup, not a scan of the text.
        key = needle[:2].lower() if needle[:2].isalpha() else needle[:1].lower()
        for position in starts.get(key, ()):
            if haystack.startswith(needle, position):
                positions.append(position)
    return positions


@lru_cache(maxsize=4)
def _word_starts(text: str) -> dict[str, list[int]]:
    """Word starts by their first two letters (lower case); one-letter words by one."""
    starts: dict[str, list[int]] = {}
    for found in _WORD_START.finditer(_ascii_lower(text)):
        starts.setdefault(found.group(), []).append(found.start())
    return starts


def search_near(
    pattern: re.Pattern[str], text: str, anchors: Iterable[int], before: int, after: int
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that start within `before` characters of an anchor."""
    searched_to = 0
    for anchor in sorted(set(anchors)):
        if anchor < searched_to:
            continue
        start = max(anchor - before, searched_to)
        window_end = anchor + after
        found = pattern.search(text, start, window_end)
        if found and found.end() >= window_end - 1:
            found = pattern.search(text, start)  # the window cut the match short
        if found is None:
            searched_to = anchor + 1
            continue
        searched_to = max(found.end(), found.start() + 1)
        yield found


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=4)
def _ascii_lower(text: str) -> str:
    # str.lower() can change the length ("İ" -> "i̇"); offsets must stay put.
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)
