"""Dates told relative to the article's own date: "yesterday", "last week", "over the
weekend", and weekdays ("on Saturday") resolved to the day they name.

A news report's weekday names the latest such day on or before its date, unless
the sentence speaks of the future ("will be introduced at a Tuesday news conference").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reader.core.facts.dates import find_dates
from reader.core.facts.scan import anchor_words, search_near, word_anchors
from reader.core.model import Article, Quantity, Span

DATELINE_CHARS = 300  # a date this near the top of the text is the article's own
_RELATIVE = re.compile(
    r"\b(?P<phrase>today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon"
    r"|evening|week|month|year)|(?:last|next)\s+(?:week|month|year)"
    r"|(?:over|at)\s+the\s+weekend|(?:this|last)\s+weekend)\b",
    re.I,
)
# A capitalised word just before, on the same line and in the same sentence: the
# phrase ends a title or a name ("World News Tonight", "CBS This Morning", "USA Today").
_TITLE_BEFORE = re.compile(r"[A-Z][\w.'’&-]*[\w'’&-][ \t]+$")
_FUTURE = re.compile(r"\b(?:will|shall|next|expected|scheduled|upcoming|coming)\b", re.I)
_ANCHORS = anchor_words(
    ("today", "tonight", "yesterday", "tomorrow", "last", "this", "next", "over", "at")
)


def article_day(article: Article) -> date | None:
    """The article's date: its metadata, else a full date in its first lines."""
    if article.date:
        try:
            return date.fromisoformat(article.date[:10])
        except ValueError:
            pass
    for _span, value in find_dates(article.text[:DATELINE_CHARS]):
        if value.unit == "date" and value.min == value.max and value.min is not None:
            return date.fromordinal(int(value.min))
    return None


def find_relative_dates(text: str, today: date) -> list[tuple[Span, str, Quantity]]:
    """Every relative date phrase, resolved against `today`."""
    found_dates = []
    for found in search_near(_RELATIVE, text, word_anchors(text, _ANCHORS), 0, 30):
        if _in_title(text, found.start()):
            continue
        first, last = _phrase_days(" ".join(found["phrase"].lower().split()), today)
        value = Quantity(float(first.toordinal()), float(last.toordinal()), "date")
        found_dates.append((found.span(), "date", value))
    return found_dates


def _in_title(text: str, start: int) -> bool:
    """Whether the phrase at `start` is capitalised and continues a capitalised name."""
    if not text[start].isupper():
        return False
    return _TITLE_BEFORE.search(text, max(0, start - 40), start) is not None


def _phrase_days(phrase: str, today: date) -> tuple[date, date]:
    day = timedelta(days=1)
    monday = today - today.weekday() * day
    if phrase in ("yesterday", "last night"):
        return today - day, today - day
    if phrase == "tomorrow":
        return today + day, today + day
    if phrase.endswith("week"):
        start = monday + {"last": -7, "this": 0, "next": 7}[phrase.split()[0]] * day
        return start, start + 6 * day
    if phrase.endswith("weekend"):
        saturday = monday + 5 * day if today.weekday() >= 5 else monday - 2 * day
        return saturday, saturday + day
    if phrase.endswith("month"):
        return _month(today, {"last": -1, "this": 0, "next": 1}[phrase.split()[0]])
    if phrase.endswith("year"):
        year = today.year + {"last": -1, "this": 0, "next": 1}[phrase.split()[0]]
        return date(year, 1, 1), date(year, 12, 31)
    return today, today  # today, tonight, this morning…


def _month(today: date, offset: int) -> tuple[date, date]:
    index = today.year * 12 + today.month - 1 + offset
    first = date(index // 12, index % 12 + 1, 1)
    following = date((index + 1) // 12, (index + 1) % 12 + 1, 1)
    return first, following - timedelta(days=1)


def resolve_weekday(text: str, span: Span, weekday: int, today: date) -> Quantity:
    """The day a weekday names: the latest on or before `today`, or the next one on
    or after it when the sentence speaks of the future."""
    sentence_start = max(text.rfind(".", 0, span[0]), text.rfind("\n", 0, span[0]), 0)
    future = _FUTURE.search(text, sentence_start, span[0]) is not None
    offset = (weekday - today.weekday()) % 7 if future else -((today.weekday() - weekday) % 7)
    day = float((today + timedelta(days=offset)).toordinal())
    return Quantity(day, day, "date")


def resolve_month_day(key: float, today: date) -> Quantity | None:
    """ "Feb. 22" in an article of December 2008: the Feb. 22 nearest to it."""
    month, day = divmod(int(key), 100)
    options = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    nearest = float(min(options, key=lambda option: abs(option - today)).toordinal())
    return Quantity(nearest, nearest, "date")
