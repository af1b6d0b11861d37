"""Dates in text -> comparable values.

Calendar dates and years are intervals of ordinal days (unit "date"), so a year
and a day inside it agree; weekdays and bare months have their own units.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date

from reader.core.facts.scan import RUN_LEAD, anchor_words, digit_anchors, search_near, word_anchors
from reader.core.model import Quantity, Span

MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name} | {
    name.lower(): index for index, name in enumerate(calendar.month_abbr) if name
}
MONTHS["sept"] = 9
WEEKDAYS = {name: index for index, name in enumerate(calendar.day_name)}

_MONTH = "|".join(sorted((name.capitalize() for name in MONTHS), key=len, reverse=True))
_MONTH_RE = rf"(?P<month>{_MONTH})\.?"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
# Case-sensitive: "May" is a month, "may" is a verb.
_DATE = re.compile(
    rf"\b(?:(?P<iso>(?P<iy>\d{{4}})-(?P<im>[01]\d)-(?P<id>[0-3]\d))"
    rf"|(?P<slash>(?P<sm>[0-3]?\d)\s?/\s?(?P<sd>[0-3]?\d)\s?/\s?(?P<sy>(?:1[5-9]|20)\d\d))"
    rf"|{_MONTH_RE}\s+{_DAY}(?:,?\s+{_YEAR})?"
    rf"|(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<month2>{_MONTH})\.?(?:,?\s+(?P<year2>1[5-9]\d\d|20\d\d))?"
    rf"|(?P<month3>{_MONTH})\.?\s+(?P<year3>1[5-9]\d\d|20\d\d)"
    rf"|(?P<decade>1[5-9]\d0|20\d0)s"
    rf"|(?P<weekday>{'|'.join(WEEKDAYS)})"
    rf"|\b(?:[Ii]n|[Ss]ince|[Uu]ntil|by|last|next|early|late|of|during)\s+"
    rf"(?P<month4>{_MONTH})(?!\w)(?!\.?\s+\d)"  # "of Sept. 13" is a day, not a month
    rf")\b(?!-\d)"
)

_ANCHOR_WORDS = anchor_words([name for name in calendar.month_abbr if name] + list(WEEKDAYS))


# What must follow digits that start a date: "2009-02-03", "2/3/2009", "4th of
# February", "1990s" (dates led by a month or weekday have a word anchor).
_DIGIT_LED = re.compile(
    rf"{RUN_LEAD}(?:\d{{4}}-\d|\d{{1,2}}\s?/|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z]|\d{{3}}0s)"
)


def find_dates(text: str) -> Iterator[tuple[Span, Quantity]]:
    """Every clear date in `text`, with its span and value."""
    days = [start for start in digit_anchors(text) if _DIGIT_LED.match(text, start)]
    anchors = [*days, *word_anchors(text, _ANCHOR_WORDS, ignore_case=False)]
    for found in search_near(_DATE, text, anchors, before=12, after=40):
        value = _date_value(found)
        if value is not None:
            # "in July": only the month is the fact.
            yield found.span("month4" if found["month4"] else 0), value


def year_bounds(year: int) -> tuple[float, float]:
    """The first and last ordinal day of a year."""
    return _ordinal(year, 1, 1), _ordinal(year, 12, 31)


def _date_value(found: re.Match[str]) -> Quantity | None:
    groups = found.groupdict()
    if groups["iso"]:
        return _day_value(groups["iy"], groups["im"], groups["id"])
    if groups["slash"]:
        # Month first as in US copy, unless the first number cannot be a month.
        first, second = groups["sm"], groups["sd"]
        month, day = (second, first) if int(first) > 12 else (first, second)
        return _day_value(groups["sy"], month, day)
    if groups["weekday"]:
        index = float(WEEKDAYS[groups["weekday"]])
        return Quantity(index, index, "weekday")
    if groups["decade"]:
        start = int(groups["decade"])
        return Quantity(_ordinal(start, 1, 1), _ordinal(start + 9, 12, 31), "date")
    month_name = groups["month"] or groups["month2"] or groups["month3"]
    month_name = month_name or groups["month4"] or ""
    month = MONTHS[month_name.lower()]
    day = groups["day"] or groups["day2"]
    year = groups["year"] or groups["year2"] or groups["year3"]
    if day and year:
        return _day_value(year, str(month), day)
    if day:
        key = float(month * 100 + int(day))
        return Quantity(key, key, "month-day")
    if year:
        last = calendar.monthrange(int(year), month)[1]
        return Quantity(_ordinal(int(year), month, 1), _ordinal(int(year), month, last), "date")
    return Quantity(float(month), float(month), "month")


def _day_value(year: str, month: str, day: str) -> Quantity | None:
    try:
        ordinal = float(date(int(year), int(month), int(day)).toordinal())
    except ValueError:
        return None
    return Quantity(ordinal, ordinal, "date")


def _ordinal(year: int, month: int, day: int) -> float:
    return float(date(year, month, day).toordinal())
