"""Whether two facts can be compared, and whether their intervals agree.

Facts compare within a family: counts with counts and ranks ("his fourth season"
is three to four seasons), dates with dates, weekdays and days of the month, and
every other kind with the same kind and base unit. Agreement is interval overlap
after unit conversion and rounding (`Fact.bounds`).
"""

from __future__ import annotations

import math
from datetime import date

from reader.core.model import Fact, Quantity

_DATE_UNITS = frozenset({"date", "weekday", "month-day", "month"})
# A rank of one of these counts the periods before it: "his fourth season" means three
# to four seasons; other ranks ("the third victim") only compare with ranks.
PERIODS = frozenset(
    ["season", "year", "term", "week", "month", "day", "game", "round", "lap", "stage", "decade"]
)
INFORMATIVE_RATIO = 5.0  # "more than two hours" says nothing about "three days"
# A span of days this many times longer than the other says nothing of it: "2013"
# is no second telling of "Friday"; a week or a month still tells of a day in it.
DAYS_PER_MONTH = 31
REACH = 0.9  # "up to three" motors is told again by "three", not by "one"


def family(fact: Fact) -> str:
    """The bucket of facts this one can be compared with."""
    if fact.kind in ("count", "ordinal"):
        return "count"
    if fact.value.unit in _DATE_UNITS:
        return "date"
    return f"{fact.kind}:{fact.value.unit}"


def comparable(first: Fact, second: Fact) -> tuple[Quantity, Quantity] | None:
    """Both facts' intervals on one scale, or None when they cannot be compared."""
    one, other = first.bounds, second.bounds
    if family(first) == "count":
        if first.kind != second.kind and not _counts_periods(first, second):
            return None
        return _as_count(first, one, second), _as_count(second, other, first)
    if one.unit == other.unit:
        return one, other
    if family(first) == family(second) == "date":
        return _on_date_scale(one, other)
    return None


def agree(first: Quantity, second: Quantity) -> bool:
    """Whether two values can be the same: same unit and overlapping intervals."""
    return first.unit == second.unit and overlap(first, second)


def overlap(first: Quantity, second: Quantity) -> bool:
    """Whether two intervals share a point (None is an open end)."""
    low = max(
        -math.inf if first.min is None else first.min,
        -math.inf if second.min is None else second.min,
    )
    high = min(
        math.inf if first.max is None else first.max, math.inf if second.max is None else second.max
    )
    return low <= high + 1e-9 * max(abs(low), abs(high), 1.0)


def informative(first: Quantity, second: Quantity) -> bool:
    """False when one side is only a bound that agreeing with says nothing about:
    "up to 119 years" (one man's maximum) joins only a value that reaches it or
    another bound, never "10 minutes" or "between six and 75 years"; "more than 2"
    joins values up to five times it."""
    if _dates_far_apart_in_length(first, second):
        return False
    for bound, value in ((first, second), (second, first)):
        below = bound.min is None and bound.max is not None and value.min is not None
        if below and value.max is not None and value.max < (bound.max or 0) * REACH:
            return False
        above = bound.max is None and bound.min is not None and value.min is not None
        if above and (value.min or 0) > (bound.min or 0) * INFORMATIVE_RATIO > 0:
            return False
    return True


def _dates_far_apart_in_length(first: Quantity, second: Quantity) -> bool:
    if first.unit != "date" or second.unit != "date":
        return False
    spans = [
        value.max - value.min + 1
        for value in (first, second)
        if value.min is not None and value.max is not None
    ]
    return len(spans) == 2 and max(spans) > DAYS_PER_MONTH * min(spans)


def _counts_periods(first: Fact, second: Fact) -> bool:
    units = {first.value.unit, second.value.unit} - {"ordinal"}
    last_words = {fact.text.split()[-1].lower().rstrip("s") for fact in (first, second)}
    return units <= PERIODS and last_words <= PERIODS


def _as_count(fact: Fact, value: Quantity, other: Fact) -> Quantity:
    """A rank n as a count: "his fourth season" is between three and four seasons."""
    if fact.kind == "ordinal" and other.kind == "count" and value.min is not None:
        return Quantity(value.min - 1, value.max, "count")
    return Quantity(value.min, value.max, "count")


def _on_date_scale(one: Quantity, other: Quantity) -> tuple[Quantity, Quantity] | None:
    """A calendar day against a weekday, a day of an unnamed year or a month."""
    if one.unit == "date":
        converted = _day_as(one, other.unit)
        return (converted, other) if converted else None
    if other.unit == "date":
        converted = _day_as(other, one.unit)
        return (one, converted) if converted else None
    return None


def _day_as(day: Quantity, unit: str) -> Quantity | None:
    if day.min is None or day.max is None or day.max - day.min > 0:
        return None  # a span of days has no one weekday
    when = date.fromordinal(int(day.min))
    key = {"weekday": when.weekday(), "month-day": when.month * 100 + when.day}.get(unit)
    key = when.month if unit == "month" else key
    return None if key is None else Quantity(float(key), float(key), unit)
