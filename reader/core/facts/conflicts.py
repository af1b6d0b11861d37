"""Which disagreements are worth calling a conflict.

Two reports of one event seldom disagree on a number, and when they do the two
numbers are close ("two boats" / "three boats", "200 feet" / "200 m"). Most
pairs of differing numbers about one noun are about two things ("two merchant
vessels rescued" / "100 merchant vessels attacked", "Friday" the shooting /
"Saturday" the charge). Measured on the ECB+ development topics, where only a
handful of the flagged conflicts were real, these rules keep every conflict of
the development gold (pairs-dev).
"""

from __future__ import annotations

import math

from reader.core.facts.agreement import family
from reader.core.facts.vague import VAGUE
from reader.core.model import Fact

# Two reports of one count or measure stay within this factor of each other
# ("200 feet" vs "200 m" is 3.3); further apart, they count different things.
MAX_RATIO = 4.0
# Two different days conflict only in two tellings of one sentence ("The summit
# opened on Friday" / "on Thursday"); with less shared context they are two events.
DATE_CONFLICT_MIN = 0.6
# A figure converted from another unit is rounded by whoever converted it
# ("170,000 square feet" = 15,794 m², written "15,800 square metres").
CONVERSION_SHARE = 0.01
_VAGUE_STARTS = tuple(sorted(VAGUE, key=len, reverse=True))


def may_conflict(
    first: Fact, second: Fact, one: tuple[float, float], other: tuple[float, float]
) -> bool:
    """Whether two disagreeing facts of one subject, `one` and `other` their
    intervals on one scale, may be called a conflict rather than two things.

    Never for a rank against a count ("third game in a row" / "last 10 games"), a
    vague amount ("several", "dozens of"), or numbers too far apart to be two
    reports of one. Dates: see `dates_may_conflict`."""
    if (first.kind == "ordinal") != (second.kind == "ordinal"):
        return False
    if _vague(first) or _vague(second):
        return False
    return _ratio(one, other) <= MAX_RATIO


def dates_may_conflict(first: Fact, second: Fact, similarity: float) -> bool:
    """Days of an article that are not the other's are mostly other events ("opened
    fire on Friday" / "was charged on Saturday"): a conflict needs one sentence told
    twice. And a day told relative to the article's date ("today", "last Thursday",
    "this year"), read against two publication dates a web page may not give right,
    never conflicts."""
    if family(first) != "date":
        return True
    return similarity >= DATE_CONFLICT_MIN and not (_relative(first) or _relative(second))


def _relative(fact: Fact) -> bool:
    """A calendar day read from words and the article's date, not written out."""
    return fact.value.unit == "date" and not any(char.isdigit() for char in fact.text)


def converted(
    first: Fact, second: Fact, one: tuple[float, float], other: tuple[float, float]
) -> bool:
    """Two measures within the rounding of a unit conversion: they agree."""
    if first.kind != "quantity" or second.kind != "quantity":
        return False
    middles = [_middle(ends) for ends in (one, other)]
    if None in middles:
        return False
    low, high = sorted(middle or 0.0 for middle in middles)
    return high - low <= CONVERSION_SHARE * high


def _vague(fact: Fact) -> bool:
    return fact.text.lower().startswith(_VAGUE_STARTS)


def _ratio(one: tuple[float, float], other: tuple[float, float]) -> float:
    """How many times the larger number is the smaller; a one-sided bound ("more
    than 300") counts as the number it states."""
    sizes = [_middle(ends) or _stated(ends) for ends in (one, other)]
    low, high = sorted(abs(size) for size in sizes)
    return math.inf if low == 0 else high / low


def _stated(ends: tuple[float, float]) -> float:
    finite = [end for end in ends if not math.isinf(end)]
    return finite[0] if finite else 0.0


def _middle(ends: tuple[float, float]) -> float | None:
    low, high = ends
    if math.isinf(low) or math.isinf(high):
        return None
    return (low + high) / 2
