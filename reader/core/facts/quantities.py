"""Numbers, durations, money, dates and counts in an article -> comparable Facts.

Each fact's value is an interval in a base unit (seconds, a currency code,
ordinal days, the counted noun…) so that "2+ hour" and "2 hours and 16 minutes"
can be compared. `link_facts` (in factlinks.py) pairs the facts of two articles.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from reader.core.collector import collector_paused
from reader.core.facts.ages import find_ages
from reader.core.facts.clock import find_times
from reader.core.facts.counts import counted_noun
from reader.core.facts.dates import find_dates, year_bounds
from reader.core.facts.factlinks import link_facts
from reader.core.facts.numbers import (
    NUMBER,
    NUMBER_FIRST_WORDS,
    NUMBER_STARTS,
    SCALES,
    SHORT_SCALE,
    VULGAR,
    parse_number,
    trailing_scale,
)
from reader.core.facts.ordinals import find_ordinals
from reader.core.facts.precision import rounding_interval
from reader.core.facts.relative import (
    DATELINE_CHARS,
    article_day,
    find_relative_dates,
    resolve_month_day,
    resolve_weekday,
)
from reader.core.facts.scan import (
    anchor_words,
    digit_anchors,
    search_near,
    word_anchors,
    words_trie,
)
from reader.core.facts.scores import find_magnitudes, find_records
from reader.core.facts.subjects import describe
from reader.core.facts.units import (
    CURRENCY_SYMBOLS,
    DURATION_UNIT,
    PER_HOUR,
    UNIT,
    lookup_unit,
    speed,
)
from reader.core.facts.vague import find_casualties, find_vague
from reader.core.facts.wordlists import CONTEXT_STOPWORDS, FUNCTION_WORDS, words
from reader.core.model import Article, DocId, Fact, Quantity, Span

__all__ = ["extract_facts", "link_facts"]

_QUALIFIER = (
    r"(?P<qualifier>(?:more|less|fewer|greater)[\s-]than|at\s+least|at\s+most"
    r"|no\s+more\s+than|upwards\s+of|in\s+excess\s+of|(?:just|well)\s+(?:over|under)"
    r"|over|under|up\s+to|nearly|almost|about|around|approximately|roughly|some"
    r"|an\s+estimated|estimated|close\s+to|between|from)[\s-]+"
)
_QUALIFIER_FIRST_WORDS = words(
    "more less fewer greater at no upwards in just well over under up nearly almost about "
    "around approximately roughly some an estimated close between from"
)
_CURRENCY = r"(?P<currency>US\$|\$|€|£|¥|(?:USD|EUR|GBP)\s?)"
_NUMBER_RE = rf"(?P<number>{NUMBER})(?P<short>{SHORT_SCALE})?"
_FACT_START = r"(?<![\w.,/$€£¥'’-])"
_FACT_BODY = rf"(?:{_QUALIFIER})?{_CURRENCY}?{_NUMBER_RE}(?P<plus>\+)?"
# What a fact's text can begin with: a digit, sign or code, or the first word of a
# qualifier or of a number in words, as a trie. Asked first, it lets sre pass over
# most words of a window with a letter test or two instead of trying every
# alternative of the pattern (the number search takes 40 % less time).
_FIRST = (
    rf"(?=[\d$€£¥{''.join(VULGAR)}]|US\$|USD|EUR|GBP"
    rf"|{words_trie(_QUALIFIER_FIRST_WORDS | NUMBER_FIRST_WORDS)}\b)"
)
_FACT = re.compile(_FACT_START + _FIRST + _FACT_BODY, re.I)
_RANGE_TAIL = re.compile(
    rf"\s*(?P<joiner>-\s*to\b|-|–|—|\bto\b|\band\b|\bor\b)\s*{_CURRENCY}?{_NUMBER_RE}", re.I
)
_UNIT_TAIL = re.compile(rf"(?:\s*-\s*|\s*){UNIT}(?:-long\b)?", re.I)
_COMPOUND_TAIL = re.compile(
    rf"(?:\s*,\s*|\s+)(?:and\s+)?(?P<number>{NUMBER})(?:\s*-\s*|\s*)"
    rf"(?P<unit>{DURATION_UNIT})",
    re.I,
)
_HYPHENED = re.compile(r"[ \t]*-[ \t]*(?P<noun>[a-z]{3,})\b(?=[ \t]*-?[ \t]*[A-Za-z])")
_SINGULAR = re.compile(r"[ \t]+(?P<noun>[a-z]{3,})\b(?![ \t]+of\b)")
_AFTER_ONE = re.compile(r"\b(?:after|for|just|only|within)\s+$", re.I)
_OR_MORE = re.compile(r"\s+or\s+more\b", re.I)
_RATIO = re.compile(r"\b(?:\d+|one|a)\s+in\s+$", re.I)
_ARTICLE_DURATION = re.compile(
    rf"(?<![\w-])(?:{_QUALIFIER})?(?P<half>half\s+)?\ban?\s+(?P<unit>hour|minute)\b"
    r"(?P<and_half>\s+and\s+a\s+half\b)?",
    re.I,
)
_AN_BEFORE = re.compile(r"(?<![^\W\d_])an?\s+\Z", re.I)
_MODEL = re.compile(r"\b[A-Z]{2,4}[ ]$")
_OLD = re.compile(r"(?:\s*-\s*|\s+)old\b", re.I)
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_RATE_WORDS = frozenset({"per", "once", "twice", "every", "times", "miles", "km"})
_MODES = {
    "more than": "above", "greater than": "above", "at least": "above",
    "upwards of": "above", "in excess of": "above", "just over": "above",
    "well over": "above", "over": "above", "less than": "below",
    "fewer than": "below", "at most": "below", "no more than": "below",
    "just under": "below", "under": "below", "up to": "below",
    "nearly": "nearly", "almost": "nearly", "about": "about", "around": "about",
    "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "close to": "about",
}  # fmt: skip
_NUMBER_ANCHORS = anchor_words(NUMBER_STARTS)
_DURATION_ANCHORS = anchor_words(("hour", "minute"))
_TOLERANCE = 0.1  # "about 3,000" covers 2,700..3,300
DATELINE_LENGTH = 120  # characters of a dateline: a date, a time, a place, a byline
_LOWER_WORD = re.compile(r"\b[a-z]{3,}")
_WORD = re.compile(r"\b[A-Za-z]{3,}")
DATELINE_WORDS = 4  # words besides the date: a weekday, "FOR IMMEDIATE RELEASE", a zone
_PUBLISHED = re.compile(r"\b(?:posted|published|updated|modified)\b", re.I)
_Candidate = tuple[Span, str, Quantity]


@dataclass
class _Reading:
    """A number being read: its interval, unit and how far the fact's text reaches."""

    low: float
    high: float
    end: int
    short: str = ""
    kind: str = ""
    unit: str = ""
    open_above: bool = False
    ranged: bool = False


def extract_facts(article: Article, doc: DocId) -> list[Fact]:
    """Every duration, amount, percentage, count, measure, rank, time and date in the
    article, each with its subject and the interval its rounding allows."""
    # Reading allocates many small objects while the article's own objects are alive:
    # the collector's passes over them cost a seventh of the time on 1 MB.
    with collector_paused():
        return _extract_facts(article, doc)


def _extract_facts(article: Article, doc: DocId) -> list[Fact]:
    text = article.text
    candidates = _candidates(text, article_day(article))
    datelines = _datelines(article, candidates)
    candidates = [item for item in candidates if not _published_at(item, datelines)]
    candidates.sort(key=lambda item: (item[0][0], -item[0][1]))
    facts: list[Fact] = []
    reached = -1
    for span, kind, value in candidates:
        if span[0] >= reached:  # dates and longer readings win over parts of them
            fact_text = text[span[0] : span[1]]
            subject = describe(text, span, kind, value.unit)
            interval = rounding_interval(fact_text, kind, value)
            facts.append(Fact(doc, span, fact_text, kind, value, subject, interval))
            reached = span[1]
    return facts


def _datelines(article: Article, candidates: list[_Candidate]) -> list[Span]:
    """Lines near the top that say when the article was published: "AUGUST 2, 2013 |
    08:06AM PT", "Published 12:17 am, Monday, September 16, 2013"."""
    days = [span for span, kind, value in candidates if kind == "date" and value.unit == "date"]
    lines = []
    for block in article.blocks:
        start, end = block.span
        if start >= DATELINE_CHARS:
            break
        dated = [(s, e) for s, e in days if start <= s and e <= end]
        if end - start <= DATELINE_LENGTH and dated and _dateline(article.text, block.span, dated):
            lines.append(block.span)
    return lines


def _dateline(text: str, line: Span, dates: list[Span]) -> bool:
    """No sentence besides its date (a few words, none lowercase: "AUGUST 2, 2013 |
    08:06AM PT", "FOR IMMEDIATE RELEASE July 13, 2009"; not a headline in title
    case), or words of publishing ("Published 12:17 am, Monday, …", "posted in
    Pedestrian Accidents on …")."""
    rest = text[line[0] : line[1]]
    for start, end in sorted(dates, reverse=True):
        rest = rest[: start - line[0]] + rest[end - line[0] :]
    if _PUBLISHED.search(rest):
        return True
    return _LOWER_WORD.search(rest) is None and len(_WORD.findall(rest)) <= DATELINE_WORDS


def _published_at(candidate: _Candidate, datelines: list[Span]) -> bool:
    """A date or time on a dateline says when the article was published: two
    outlets' publishing days are no facts to compare."""
    (start, end), kind, _ = candidate
    inside = any(low <= start and end <= high for low, high in datelines)
    return inside and kind in ("time", "date")


def _candidates(text: str, today: date | None) -> list[_Candidate]:
    candidates = [_dated(text, span, value, today) for span, value in find_dates(text)]
    if today is not None:
        candidates += find_relative_dates(text, today)
    candidates += _article_durations(text)
    for finder in (find_ordinals, find_ages, find_times, find_vague, find_casualties):
        candidates += finder(text)
    candidates += find_magnitudes(text) + find_records(text)
    anchors = [*digit_anchors(text), *word_anchors(text, _NUMBER_ANCHORS)]
    for found in search_near(_FACT, text, anchors, before=30, after=60):
        if fact := _read(text, found):
            candidates.append(fact)
    return candidates


def _dated(text: str, span: Span, value: Quantity, today: date | None) -> _Candidate:
    """A date, with a weekday or a day of an unnamed year placed by the article's date."""
    if today is not None and value.unit == "weekday" and value.min is not None:
        value = resolve_weekday(text, span, int(value.min), today)
    elif today is not None and value.unit == "month-day" and value.min is not None:
        value = resolve_month_day(value.min, today) or value
    return span, "date", value


def _article_durations(text: str) -> list[_Candidate]:
    """ "an hour", "half an hour", "an hour and a half", "more than an hour"."""
    durations: list[_Candidate] = []
    # Only "hour" or "minute" right after "a" or "an" can be one.
    anchors = [
        start
        for start in word_anchors(text, _DURATION_ANCHORS)
        if _AN_BEFORE.search(text, max(0, start - 40), start)
    ]
    for found in search_near(_ARTICLE_DURATION, text, anchors, before=40, after=40):
        before = text[max(0, found.start() - 12) : found.start()].split()
        if before and before[-1].lower() in _RATE_WORDS:
            continue  # "once an hour", "60 miles an hour": a rate, not a length
        amount = 0.5 if found["half"] else 1.5 if found["and_half"] else 1.0
        seconds = amount * (3600.0 if found["unit"].lower() == "hour" else 60.0)
        reading = _Reading(seconds, seconds, found.end(), kind="duration", unit="s")
        durations.append((found.span(), "duration", _qualify(found, reading)))
    return durations


def _read(text: str, found: re.Match[str]) -> _Candidate | None:
    """One number match -> (span, kind, value), or None when it is no fact."""
    value = parse_number(found["number"])
    if value is None or _ratio(text, found.start()):
        return None  # "1 in 5 people" is a share, not a count
    if _model(text, found.start()):
        return None  # "AK 47 rifles", "F 16 jets": a model's name
    reading = _Reading(value, value, found.end(), short=found["short"] or "")
    reading.open_above = bool(found["plus"])
    if not found["plus"]:
        _read_range(text, found, reading)
    _read_or_more(text, reading)
    if not (
        _read_money(found, reading)
        or _read_unit(text, reading)
        or _read_year(found, reading)
        or _read_count(text, found, reading)
        or _read_metres(reading)
        or _read_scaled(found, reading)
    ):
        return None
    _read_or_more(text, reading)
    if not (math.isfinite(reading.low) and math.isfinite(reading.high)):
        return None  # "9…9 trillion hours" overflows: no comparable value
    return (_start(found, reading), reading.end), reading.kind, _qualify(found, reading)


def _ratio(text: str, start: int) -> bool:
    # Most numbers follow no "in": a string test spares the regex.
    before = max(0, start - 12)
    if text[before:start].rstrip()[-2:].lower() != "in":
        return False
    return _RATIO.search(text, before, start) is not None


def _model(text: str, start: int) -> bool:
    # The capital letters must end a character or two before the number.
    if start < 3 or not (text[start - 2].isupper() or text[start - 3].isupper()):
        return False
    return _MODEL.search(text, max(0, start - 6), start) is not None


def _start(found: re.Match[str], reading: _Reading) -> int:
    """Where the fact's text begins: a qualifier that changed the value belongs to it
    ("more than 2 hours"), one that did not ("from 2016") does not."""
    if _mode(found) or reading.ranged:
        return found.start()
    return found.start("currency") if found["currency"] else found.start("number")


def _read_or_more(text: str, reading: _Reading) -> None:
    """ "5 or more people", "5 people or more"."""
    more = _OR_MORE.match(text, reading.end)
    if more:
        reading.open_above, reading.end = True, more.end()


def _read_range(text: str, found: re.Match[str], reading: _Reading) -> None:
    """ "30-40", "30 to 40", "between 30 and 40", "$1-2bn"."""
    tail = _RANGE_TAIL.match(text, found.end())
    if not tail:
        return
    joiner = tail["joiner"].lower()
    if joiner == "and" and (found["qualifier"] or "").lower()[:7] != "between":
        return
    high = parse_number(tail["number"])
    if high is None or high <= reading.low:
        return
    if tail["short"] and found["short"] and tail["short"] != found["short"]:
        return
    if trailing_scale(tail["number"]) > trailing_scale(found["number"]):
        reading.low *= trailing_scale(tail["number"])  # "$1-2 billion": both billions
    reading.high, reading.end, reading.ranged = high, tail.end(), True
    reading.short = reading.short or tail["short"] or ""


def _scale(reading: _Reading) -> None:
    factor = SCALES[reading.short.lower()] if reading.short else 1.0
    reading.low, reading.high = reading.low * factor, reading.high * factor


def _read_money(found: re.Match[str], reading: _Reading) -> bool:
    """ "$1.5 million", "€20bn" (a currency sign before the number)."""
    if not found["currency"]:
        return False
    _scale(reading)
    reading.kind = "money"
    reading.unit = CURRENCY_SYMBOLS[found["currency"].strip().lower()]
    return True


def _read_unit(text: str, reading: _Reading) -> bool:
    """ "35 minutes", "2+ hour", "1.5m dollars", "5 km", "12%"; compound durations."""
    tail = _UNIT_TAIL.match(text, reading.end)
    if not tail:
        return False
    _scale(reading)
    unit = lookup_unit(tail["unit"], reading.high)
    if unit is None:
        return False
    end = tail.end()
    per_hour = PER_HOUR.match(text, end) if unit.base == "m" else None
    if per_hour:
        unit, end = speed(unit), per_hour.end()
    reading.low *= unit.factor
    reading.high *= unit.factor
    reading.kind, reading.unit, reading.end = unit.kind, unit.base, end
    if unit.kind == "duration" and not _read_age(text, reading, unit.factor):
        _read_compound(text, reading, unit.factor)
    return True


def _read_age(text: str, reading: _Reading, factor: float) -> bool:
    """ "35-year-old", "35 years old": an age in years, not a length of time."""
    old = _OLD.match(text, reading.end)
    if not old:
        return False
    reading.low, reading.high = reading.low / factor, reading.high / factor
    reading.kind, reading.unit, reading.end = "quantity", "age", old.end()
    return True


def _read_compound(text: str, reading: _Reading, factor: float) -> None:
    """ "2 hours and 16 minutes": add each smaller unit that follows."""
    while tail := _COMPOUND_TAIL.match(text, reading.end):
        amount = parse_number(tail["number"])
        unit = lookup_unit(tail["unit"], 0.0)
        if amount is None or unit is None or unit.factor >= factor:
            return
        reading.low += amount * unit.factor
        reading.high += amount * unit.factor
        reading.end, factor = tail.end(), unit.factor


def _read_count(text: str, found: re.Match[str], reading: _Reading) -> bool:
    """ "12 people", "three thousand protesters", "10-win improvement", "after one
    season": the unit is the counted noun."""
    counted = counted_noun(text, reading.end)
    noun = (counted.lemma, counted.end) if counted and reading.high > 1 else None
    noun = noun or _singular_noun(text, found, reading)
    if noun is None:
        return False
    scaled = reading.short or trailing_scale(found["number"]) > 1
    if "." in found["number"] and not scaled:
        return False  # "USB 2.0 ports": a version, not a count
    _scale(reading)
    reading.kind, reading.unit, reading.end = "count", *noun
    return True


def _singular_noun(text: str, found: re.Match[str], reading: _Reading) -> tuple[str, int] | None:
    """A singular noun counted: hyphened before its head ("10 - win improvement",
    "four-time All-Star"), or after "one" ("after just one season")."""
    hyphened = _HYPHENED.match(text, reading.end)
    if hyphened and hyphened["noun"] not in FUNCTION_WORDS:
        return hyphened["noun"], hyphened.end()
    single = _SINGULAR.match(text, reading.end)
    if reading.high != 1 or not single or single["noun"] in CONTEXT_STOPWORDS:
        return None
    if _AFTER_ONE.search(text, max(0, found.start() - 12), found.start()):
        return single["noun"], single.end()
    return None


def _read_year(found: re.Match[str], reading: _Reading) -> bool:
    """A plain four-digit number is a year ("2016", "the 2016 elections", "2016-2018");
    a count that large would be written "2,016" or qualified ("about 2000 people")."""
    years = [found["number"]]
    if reading.ranged:
        years.append(str(reading.high).removesuffix(".0"))
    if reading.short or _mode(found) or not all(map(_YEAR.fullmatch, years)):
        return False
    reading.kind, reading.unit = "date", "date"
    reading.low = year_bounds(int(reading.low))[0]
    reading.high = year_bounds(int(reading.high))[1]
    return True


def _read_metres(reading: _Reading) -> bool:
    """ "5m" with no money or counted noun after it is a length."""
    if reading.short != "m":  # "9400M" is a model name
        return False
    reading.kind, reading.unit = "quantity", "m"
    return True


def _read_scaled(found: re.Match[str], reading: _Reading) -> bool:
    """ "55.3 million" with no noun: a number of something the sentence names."""
    if trailing_scale(found["number"]) < 1e6 or reading.short:
        return False
    reading.kind, reading.unit = "count", "number"
    return True


def _mode(found: re.Match[str]) -> str:
    return _qualifier_mode(found["qualifier"] or "")


@lru_cache(maxsize=256)
def _qualifier_mode(qualifier: str) -> str:
    """ "more than", "More-than " -> "above"; "" when the words do not change the value."""
    return _MODES.get(" ".join(qualifier.lower().replace("-", " ").split()), "")


def _qualify(found: re.Match[str], reading: _Reading) -> Quantity:
    """The reading's interval widened or opened by "about", "more than", "+"…"""
    low, high, mode = reading.low, reading.high, _mode(found)
    if reading.kind == "date":
        return Quantity(low, high, reading.unit)
    if reading.open_above or mode == "above":
        return Quantity(_tidy(low), None, reading.unit)
    if mode == "below":
        return Quantity(None, _tidy(high), reading.unit)
    if mode in ("nearly", "about"):
        low *= 1 - _TOLERANCE
    if mode == "about":
        high *= 1 + _TOLERANCE
    return Quantity(_tidy(low), _tidy(high), reading.unit)


def _tidy(value: float) -> float:
    """Drop binary noise (3300.0000000000005 -> 3300.0) so values read cleanly."""
    return float(f"{value:.12g}")
