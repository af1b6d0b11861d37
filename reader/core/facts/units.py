"""Units a number can carry, with their kind, base unit and factor to the base unit."""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.core.facts.scan import words_trie


class Unit(NamedTuple):
    kind: str
    base: str
    factor: float


_MINUTE, _HOUR, _DAY = 60.0, 3600.0, 86400.0
_YEAR = 365.25 * _DAY

DURATIONS = {
    "second": 1.0, "sec": 1.0, "minute": _MINUTE, "min": _MINUTE,
    "hour": _HOUR, "hr": _HOUR, "day": _DAY, "week": 7 * _DAY,
    "month": _YEAR / 12, "year": _YEAR, "yr": _YEAR, "decade": 10 * _YEAR,
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "usd": "USD", "euro": "EUR", "eur": "EUR", "pound": "GBP",
    "gbp": "GBP", "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "ruble": "RUB", "rouble": "RUB", "rupee": "INR",
}  # fmt: skip
CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "JPY",
}  # fmt: skip
MEASURES = {
    "km": ("m", 1000.0), "kilometre": ("m", 1000.0), "kilometer": ("m", 1000.0),
    "m": ("m", 1.0), "metre": ("m", 1.0), "meter": ("m", 1.0),
    "nautical mile": ("m", 1852.0), "knot": ("km/h", 1.852), "magnitude": ("magnitude", 1.0),
    "square metre": ("m2", 1.0), "square meter": ("m2", 1.0), "square foot": ("m2", 0.092903),
    "square feet": ("m2", 0.092903),
    "cm": ("m", 0.01), "mm": ("m", 0.001), "mile": ("m", 1609.344),
    "ft": ("m", 0.3048), "foot": ("m", 0.3048), "feet": ("m", 0.3048),
    "yard": ("m", 0.9144), "inch": ("m", 0.0254), "inches": ("m", 0.0254),
    "kg": ("kg", 1.0), "kilogram": ("kg", 1.0), "kilo": ("kg", 1.0),
    "g": ("kg", 0.001), "gram": ("kg", 0.001), "tonne": ("kg", 1000.0),
    "ton": ("kg", 1000.0), "lb": ("kg", 0.45359), "lbs": ("kg", 0.45359),
    "litre": ("l", 1.0), "liter": ("l", 1.0), "gallon": ("l", 3.78541),
    "barrel": ("bbl", 1.0), "mph": ("km/h", 1.609344), "km/h": ("km/h", 1.0),
    "kph": ("km/h", 1.0), "acre": ("m2", 4046.86), "hectare": ("m2", 1e4),
    "square kilometre": ("m2", 1e6), "square kilometer": ("m2", 1e6),
    "sq km": ("m2", 1e6), "square mile": ("m2", 2.58999e6),
    "degree": ("deg", 1.0), "mw": ("W", 1e6), "gw": ("W", 1e9),
}  # fmt: skip
PERCENT_WORDS = ("%", "percent", "per cent", "percentage point")


def _alternation(words: list[str]) -> str:
    """The words as a trie, longest first where one begins another ("minute" before
    "min"): sre tries a letter or two where an alternation of all the words tried each
    in turn (half the time of matching a unit after every number)."""
    # "square metre" is also written "square - metre" by tokenisers.
    return words_trie(words).replace(re.escape(" "), r"[\s-]+")


_PLURAL = r"(?:s|es)?"
DURATION_UNIT = rf"(?:{_alternation(list(DURATIONS))}){_PLURAL}\b"
UNIT = (
    rf"(?P<unit>%|(?:{_alternation(list(PERCENT_WORDS)[1:])}|"
    rf"{_alternation([*DURATIONS, *CURRENCY_WORDS, *MEASURES])}){_PLURAL}\b)"
)
"""Any unit word after a number; `lookup_unit` gives its meaning."""

PER_HOUR = re.compile(r"\s*(?:/\s*h(?:our|r)?\b|(?:an|a|per)\s+hour\b)", re.I)
"""After a length: "120 miles an hour", "193km / h" are speeds."""


def speed(unit: Unit) -> Unit:
    """The speed unit of a length unit ("mile" -> km/h with factor 1.609344)."""
    return Unit("quantity", "km/h", unit.factor / 1000.0)


def lookup_unit(word: str, amount: float) -> Unit | None:
    """The Unit a matched unit word stands for ("minutes" -> duration in seconds)."""
    if len(word) == 1 and word.isupper():
        return None  # "3G", "9M": names, not grams or metres
    word = " ".join(word.lower().replace("-", " ").split())
    if word in PERCENT_WORDS or word.rstrip("s") in PERCENT_WORDS:
        return Unit("percent", "%", 1.0)
    for key in (word, word.removesuffix("s"), word.removesuffix("es")):
        if key in DURATIONS:
            return Unit("duration", "s", DURATIONS[key])
        if key == "pound" and amount < 1000:
            return Unit("quantity", "kg", 0.45359)  # small "pounds" are weight
        if key in CURRENCY_WORDS:
            return Unit("money", CURRENCY_WORDS[key], 1.0)
        if key in MEASURES:
            base, factor = MEASURES[key]
            return Unit("quantity", base, factor)
    return None
