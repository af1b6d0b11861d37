"""Numbers written as digits or words ("3,000", "1.5 million", "twenty-five", "a dozen").

`NUMBER` is a regex fragment (use with re.IGNORECASE) that matches one number;
`parse_number` turns the matched text into a float.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from reader.core.facts.wordlists import words

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
}  # fmt: skip
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | {"hundred", "dozen"}
NUMBER_STARTS = words(
    "zero one two three four five six seven eight nine ten eleven twelve thirt fift "
    "twent fort hundred dozen thousand million billion trillion"
)
"""Beginnings of every number word ("thirt" begins "thirteen" and "thirty")."""


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = _alternation(UNITS)
_TENS = _alternation(TENS)
_BIG = "hundred|thousand|million|billion|trillion"
_WORD = rf"(?:(?:{_TENS})(?:[- ](?:{_UNIT}))?|{_UNIT}|{_BIG}|dozen)\b"
# "and" joins words only after "hundred", so "between one and two" stays two numbers.
_WORDS = rf"(?:an?\s+(?=(?:dozen|{_BIG})\b))?{_WORD}(?:(?:(?<=hundred)\s+and\s+|[\s-]+){_WORD})*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_HALF = r"(?:\s+and\s+a\s+half\b)?"
_SCALE_WORD = rf"\s+(?:{_BIG}|dozen)\b"
NUMBER = rf"(?:(?:{_DIGITS})(?:{_SCALE_WORD})*|\b{_WORDS}){_HALF}"
"""One number: digits (with scale words) or number words, optionally "and a half"."""

SHORT_SCALE = r"(?:mn|bn|tn|m|b|k)\b"
"""Scale letters glued to digits: "1.5m", "3bn", "2k"."""

_TOKEN = re.compile(r"[a-z]+|\d[\d,]*(?:\.\d+)?", re.I)


def parse_number(text: str) -> float | None:
    """The value of a number matched by NUMBER, or None if it does not parse."""
    total = 0.0
    current: float | None = None
    for token in _TOKEN.findall(text.lower()):
        if token[0].isdigit():
            current = float(token.replace(",", ""))
        elif token in UNITS or token in TENS:
            current = (current or 0.0) + UNITS.get(token, TENS.get(token, 0))
        elif token == "hundred":
            current = (current or 1.0) * 100
        elif token == "dozen":
            current = (current or 1.0) * 12
        elif token in SCALES and len(token) > 2:
            total += (current or 1.0) * SCALES[token]
            current = None
        elif token == "half":
            current = (current or 0.0) + 0.5
        elif token not in ("a", "an", "and"):
            return None
    value = total + (current or 0.0)
    if (current is None and total == 0.0) or not math.isfinite(value):
        return None  # nothing numeric, or too large for a float (no "Infinity" in JSON)
    return value


def trailing_scale(text: str) -> float:
    """The scale word a number ends with ("2 billion" -> 1e9), else 1."""
    last = text.lower().split()[-1] if text.strip() else ""
    return SCALES[last] if last in SCALES and len(last) > 2 else 1.0
