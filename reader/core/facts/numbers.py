"""Numbers written as digits or words ("3,000", "1.5 million", "twenty-five", "a dozen").

`NUMBER` is a regex fragment (use with re.IGNORECASE) that matches one number;
`parse_number` turns the matched text into a float.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

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
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
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
_VULGAR = "".join(VULGAR)
# Tokenised corpora write "2, 000" and "4. 5 hours"; a lone decimal is read only
# before a word, so "in 2004. 5 people" stays a year and a sentence.
_DIGITS = (
    r"\d{1,3}(?:,[ ]?\d{3})+(?!\d)(?:\.\d+)?"
    r"|\d{1,2}\.[ ]\d(?=[ ]?(?-i:[a-z]))"
    rf"|\d+(?:[ ]\d/\d{{1,2}}\b|[{_VULGAR}])"
    r"|\d+(?:\.\d+)?"
    rf"|[{_VULGAR}]"
)
_FRACTION = r"(?:one|two|three|a)[- ](?:halves|half|thirds?|quarters?|fourths?|fifths?|tenths?)\b"
_HALF = r"(?:\s+and\s+(?:a\s+half|one[- ]half|a\s+quarter|three[- ]quarters)\b)?"
_SCALE_WORD = rf"\s+(?:{_BIG}|dozen)\b"
NUMBER = rf"(?:(?:{_DIGITS})(?:{_SCALE_WORD})*|\b{_FRACTION}|\b{_WORDS}){_HALF}"
"""One number: digits (with scale words), number words or a fraction ("two-thirds"),
optionally "and a half"."""

NUMBER_FIRST_WORDS = (
    frozenset(UNITS) | frozenset(TENS) | frozenset(_BIG.split("|")) | {"dozen", "a", "an"}
)
"""Every word a NUMBER written in words can begin with ("a dozen", "one-third")."""

SHORT_SCALE = r"(?:mn|bn|tn|m|b|k)\b"
"""Scale letters glued to digits: "1.5m", "3bn", "2k"."""

_TOKEN = re.compile(r"[a-z]+", re.I)
_LEADING_DIGITS = re.compile(rf"(?:{_DIGITS})")
_SPACED_DECIMAL = re.compile(r"^(\d{1,2})\. (\d)\b")
_HALF_SUFFIX = re.compile(r"\s+and\s+(a\s+half|one[- ]half|a\s+quarter|three[- ]quarters)$")
_SUFFIX_VALUES = {"a half": 0.5, "one half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3}


@lru_cache(maxsize=1 << 12)  # news repeats its numbers: "two", "2016", "10"
def parse_number(text: str) -> float | None:
    """The value of a number matched by NUMBER, or None if it does not parse."""
    text = " ".join(text.lower().split())
    extra = 0.0
    if suffix := _HALF_SUFFIX.search(text):
        extra = _SUFFIX_VALUES[suffix[1].replace("-", " ")]
        text = text[: suffix.start()]
    text = _SPACED_DECIMAL.sub(r"\1.\2", text, count=1)
    digits = _LEADING_DIGITS.match(text)
    if digits:
        value = _digits_value(digits.group())
        if value is None:
            return None
        scaled = _words_value(text[digits.end() :], value)
    else:
        scaled = _fraction_value(text) or _words_value(text, None)
    if scaled is None or not math.isfinite(scaled + extra):
        return None  # nothing numeric, or too large for a float (no "Infinity" in JSON)
    return scaled + extra


def _digits_value(token: str) -> float | None:
    """ "3,000", "2, 000", "4. 5", "4 1/2", "2½", "½" -> a float."""
    whole, fraction = token, 0.0
    if token[-1] in VULGAR:
        whole, fraction = token[:-1], VULGAR[token[-1]]
    elif "/" in token:
        whole, _, ratio = token.partition(" ")
        numerator, denominator = ratio.split("/")
        if int(denominator) == 0:
            return None
        fraction = int(numerator) / int(denominator)
    whole = whole.replace(",", "").replace(" ", "")
    return (float(whole) if whole else 0.0) + fraction


def _fraction_value(text: str) -> float | None:
    """ "two-thirds", "a quarter", "one-half"."""
    parts = text.replace("-", " ").split()
    if len(parts) == 2 and parts[0] in _NUMERATORS and parts[1] in FRACTION_WORDS:
        return _NUMERATORS[parts[0]] / FRACTION_WORDS[parts[1]]
    return None


def _words_value(text: str, current: float | None) -> float | None:
    """Number words, and scale words after digits ("1.5 million")."""
    total = 0.0
    for token in _TOKEN.findall(text):
        if token in UNITS or token in TENS:
            current = (current or 0.0) + UNITS.get(token, TENS.get(token, 0))
        elif token == "hundred":
            current = (current or 1.0) * 100
        elif token == "dozen":
            current = (current or 1.0) * 12
        elif token in SCALES and len(token) > 2:
            total += (current or 1.0) * SCALES[token]
            current = None
        elif token not in ("a", "an", "and"):
            return None
    if current is None and total == 0.0:
        return None
    return total + (current or 0.0)


def trailing_scale(text: str) -> float:
    """The scale word a number ends with ("2 billion" -> 1e9), else 1."""
    last = text.lower().split()[-1] if text.strip() else ""
    return SCALES[last] if last in SCALES and len(last) > 2 else 1.0
