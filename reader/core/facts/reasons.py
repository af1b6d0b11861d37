"""The short reason a fact link gives the reader: "12 vs 11 boats: conflict",
"2,000 feet = 610 m ≈ about 600m: consistent"."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.facts.units import lookup_unit
from reader.core.model import Fact, Quantity

_LETTERS = re.compile(r"[A-Za-z]+")

_SHOWN_UNITS = {"m": "m", "km/h": "km/h", "kg": "kg", "m2": "m²", "l": "l"}


def reason(first: Fact, second: Fact, agreement: str, loose: bool = False) -> str:
    """Why two facts agree or conflict, in a few words."""
    one, other = _stated(first, second), _stated(second, first)
    if agreement == "conflict":
        return f"{one} vs {other}: conflict"
    sign = "=" if first.value == second.value else "≈"
    said = f"{one} {sign} {other}: consistent"
    if loose:
        said += f" (counted as {first.subject or '?'} / {second.subject or '?'})"
    return said


def _stated(fact: Fact, other: Fact) -> str:
    """The fact's words, and its value in the other's unit when they were written
    in different units ("2, 000 feet = 610 m")."""
    words = _spoken(fact.text)
    if fact.kind != "quantity" or _unit_word(fact) == _unit_word(other):
        return words
    shown = _shown(fact.value)
    return f"{words} = {shown}" if shown else words


@lru_cache(maxsize=1 << 12)
def _spoken(text: str) -> str:
    """The fact's words on one line (a fact is told in many links)."""
    return " ".join(text.split())


def _unit_word(fact: Fact) -> str:
    """The unit the fact is written in, by its factor ("feet" and "ft" are one unit)."""
    words = _LETTERS.findall(fact.text)
    unit = lookup_unit(words[-1], 0.0) if words else None
    return f"{unit.base}*{unit.factor}" if unit else (words[-1].lower() if words else "")


def _shown(value: Quantity) -> str:
    """A value in its base unit, rounded for reading ("610 m", "193 km/h")."""
    if value.unit not in _SHOWN_UNITS:
        return ""
    bounds = [bound for bound in (value.min, value.max) if bound is not None]
    if not bounds:
        return ""
    middle = sum(bounds) / len(bounds)
    if value.unit == "m" and middle >= 1000:
        return f"{float(f'{middle / 1000:.3g}'):,g} km"
    return f"{float(f'{middle:.3g}'):,g} {_SHOWN_UNITS[value.unit]}"
