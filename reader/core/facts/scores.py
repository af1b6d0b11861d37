"""Readings that name their unit first or pair two numbers: "magnitude 6.4",
"a magnitude-7.0 quake", "a 43-39 record"."""

from __future__ import annotations

import re

from reader.core.facts.scan import anchor_words, search_near, word_anchors
from reader.core.model import Quantity, Span

_MAGNITUDE = re.compile(
    r"\bmagnitude(?:\s+of)?[\s-]+(?P<value>\d(?:\.\s?\d)?)\b(?!\s*-?\s*magnitude)", re.I
)
_RECORD = re.compile(
    r"(?<![\w.-])(?P<wins>\d{1,3})\s*[-–]\s*(?P<losses>\d{1,3})\s+(?P<noun>record|mark)\b", re.I
)
_MAGNITUDE_WORDS = anchor_words(("magnitude",))
_RECORD_WORDS = anchor_words(("record", "mark"))
RECORD_BASE = 1000.0  # a record "43-39" is the one number 43039, so only equal records agree


def find_magnitudes(text: str) -> list[tuple[Span, str, Quantity]]:
    """ "magnitude 6.4": the measure before its number (after it, units.py reads it)."""
    magnitudes = []
    for found in search_near(_MAGNITUDE, text, word_anchors(text, _MAGNITUDE_WORDS), 0, 30):
        value = float(found["value"].replace(" ", ""))
        magnitudes.append((found.span(), "quantity", Quantity(value, value, "magnitude")))
    return magnitudes


def find_records(text: str) -> list[tuple[Span, str, Quantity]]:
    """Win-loss records: "a 43 - 39 record"."""
    records = []
    for found in search_near(_RECORD, text, word_anchors(text, _RECORD_WORDS), 20, 10):
        value = int(found["wins"]) * RECORD_BASE + int(found["losses"])
        records.append((found.span(), "record", Quantity(value, value, "record")))
    return records
