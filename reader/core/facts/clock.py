"""Times of day: "10am", "about 10 a. m.", "11am IST", "7: 07AM", "14:25", "noon".

A time is minutes after midnight (unit "time"); "about" widens it to the half
hour around, since a reporter's "about 10am" rounds to the hour.
"""

from __future__ import annotations

import re

from reader.core.facts.scan import RUN_LEAD, anchor_words, digit_anchors, search_near, word_anchors
from reader.core.model import Quantity, Span

_CLOCK = re.compile(
    r"(?<![\w:.])(?P<about>(?:about|around|approximately|roughly|shortly\s+(?:before|after)|"
    r"just\s+(?:before|after))\s+)?"
    r"(?:(?P<hour>1[0-2]|0?[1-9])(?:\s?[:.]\s?(?P<minute>[0-5]\d))?\s?"
    r"(?P<half>[ap])\.?\s?m\b\.?"
    r"|(?P<hour24>[01]?\d|2[0-3])\s?:\s?(?P<minute24>[0-5]\d)\b(?!\s?[ap]\.?\s?m)"
    r"|(?P<noon>noon|midday|midnight)\b)",
    re.I,
)
HEDGE_MINUTES = 30.0
# What must follow digits that start a time: "10am", "7: 07AM", "14:25".
_HOUR_LED = re.compile(
    rf"{RUN_LEAD}\d{{1,2}}(?:\s?[:.]\s?\d\d)?\s?[ap]|{RUN_LEAD}\d{{1,2}}\s?:\s?\d", re.I
)
_ANCHORS = anchor_words(("noon", "midday", "midnight"))


def find_times(text: str) -> list[tuple[Span, str, Quantity]]:
    """Every clock time, as (span, "time", minutes after midnight)."""
    hours = [start for start in digit_anchors(text) if _HOUR_LED.match(text, start)]
    anchors = [*hours, *word_anchors(text, _ANCHORS)]
    times = []
    for found in search_near(_CLOCK, text, anchors, before=30, after=20):
        minutes = _minutes(found)
        low = high = minutes
        if found["about"]:
            low, high = max(0.0, minutes - HEDGE_MINUTES), min(1440.0, minutes + HEDGE_MINUTES)
        times.append((found.span(), "time", Quantity(low, high, "time")))
    return times


def _minutes(found: re.Match[str]) -> float:
    if found["noon"]:
        return 0.0 if found["noon"].lower() == "midnight" else 720.0
    if found["hour24"]:
        return float(int(found["hour24"]) * 60 + int(found["minute24"]))
    hour = int(found["hour"]) % 12 + (12 if found["half"].lower() == "p" else 0)
    return float(hour * 60 + int(found["minute"] or 0))
