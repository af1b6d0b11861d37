"""How far a stated number may be from the truth it rounds: "48 km" covers 47.5..48.5,
"about 2,000 feet" 1,500..2,500 feet, "55.3 million" 55.25..55.35 million.

An unhedged number is read to its last written digit; a hedged one ("about",
"nearly", "some") to its last non-zero digit, since "about 2,000" rounds to the
thousand, but never wider than a quarter of itself. Counts of things without a
scale word ("12 boats"), dates, ranks and records are exact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.facts.numbers import parse_number, trailing_scale
from reader.core.model import Quantity

_EXACT_UNITS = frozenset({"date", "weekday", "month-day", "month", "time", "ordinal", "record"})
_HEDGE = re.compile(
    r"^(?:about|around|approximately|roughly|some|nearly|almost|an?\s+estimated|estimated"
    r"|close\s+to|up\s+to|more\s+than|over|under|less\s+than)\b",
    re.I,
)
_NEARLY = re.compile(r"^(?:nearly|almost)\b", re.I)
_ABOUT = re.compile(r"^(?:about|around|approximately|roughly|some|an?\s+estimated|estimated|close)")
_DIGITS = re.compile(r"\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\s?\d+)?")
_SCALED = re.compile(r"\s*(?:thousand|million|billion|trillion)\b", re.I)
MAX_SHARE = 0.25  # a hedge never stretches a number by more than a quarter of it


@lru_cache(maxsize=1 << 12)  # an article tells "2016" or "two hours" many times
def rounding_interval(text: str, kind: str, value: Quantity) -> Quantity | None:
    """The value widened by the rounding its written precision allows, or None
    when the text is exact (or its number could not be read back)."""
    hedged = _HEDGE.match(text) is not None
    if value.unit in _EXACT_UNITS or (kind == "count" and not hedged and not _SCALED.search(text)):
        return None
    numbers = list(_DIGITS.finditer(text))
    if not numbers or (kind == "duration" and len(numbers) > 1 and "-" not in text):
        return None  # "2 hours and 16 minutes": exact to the minute
    low_text, high_text = numbers[0], numbers[-1]
    stated_low = _stated(text, low_text)
    stated_high = _stated(text, high_text)
    factor = _factor(text, value, stated_low, stated_high)
    if factor is None:
        return None
    half = _half_step(low_text.group(), hedged) * trailing_scale(_scale_of(text, low_text))
    half = min(half, MAX_SHARE * stated_low) if hedged else half
    low = None if value.min is None else min(value.min, _tidy((stated_low - half) * factor))
    high = None if value.max is None else max(value.max, _tidy((stated_high + half) * factor))
    return Quantity(low, high, value.unit)


def _tidy(value: float) -> float:
    """Drop binary noise (457.19999999999993 -> 457.2) so intervals read cleanly."""
    return float(f"{value:.12g}")


def _stated(text: str, digits: re.Match[str]) -> float:
    written = digits.group() + _scale_of(text, digits)
    return parse_number(written) or 0.0


def _scale_of(text: str, digits: re.Match[str]) -> str:
    scale = _SCALED.match(text, digits.end())
    return scale.group() if scale else ""


def _factor(text: str, value: Quantity, low: float, high: float) -> float | None:
    """Canonical units per stated unit, from the endpoint the text states exactly."""
    if low <= 0 or high <= 0:
        return None
    if value.min is not None and value.max is not None:
        if _ABOUT.match(text.lower()):
            return (value.min + value.max) / 2 / low
        return value.max / high if _NEARLY.match(text) else value.min / low
    return value.max / high if value.max is not None else (value.min or 0.0) / low or None


def _half_step(digits: str, hedged: bool) -> float:
    """Half the unit of the last digit that counts ("2,000" hedged: 500; "4.5": 0.05)."""
    digits = digits.replace(",", "").replace(" ", "")
    if "." in digits:
        return 0.5 * 10.0 ** -len(digits.split(".")[1])
    if not hedged:
        return 0.5
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10.0 ** min(zeros, len(digits) - 1)
