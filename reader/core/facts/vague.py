"""Vague amounts as ranges: "dozens of protesters", "a few hours", "several days",
and casualty counts told by their verb: "killing one", "2 hurt", "12 dead"."""

from __future__ import annotations

import re

from reader.core.facts.counts import counted_noun
from reader.core.facts.numbers import NUMBER, parse_number
from reader.core.facts.scan import anchor_words, search_near, word_anchors
from reader.core.facts.units import DURATION_UNIT, lookup_unit
from reader.core.model import Quantity, Span

VAGUE = {
    "a couple of": (2, 3), "a few": (2, 5), "several": (3, 9), "a handful of": (3, 6),
    "dozens of": (24, 99), "scores of": (40, 99), "hundreds of": (200, 999),
    "thousands of": (2000, 9999), "tens of thousands of": (20_000, 99_999),
    "hundreds of thousands of": (200_000, 999_999), "millions of": (2e6, 9.99e6),
}  # fmt: skip
_VAGUE = re.compile(
    rf"\b(?P<vague>{'|'.join(sorted(VAGUE, key=len, reverse=True))})"
    rf"(?:\s+(?P<unit>{DURATION_UNIT})|(?=[ \t]+[a-z]))",
    re.I,
)
_VAGUE_STARTS = anchor_words(("a couple", "a few", "several", "a handful", "dozens", "scores",
                              "hundreds", "thousands", "tens", "millions"))  # fmt: skip
_CASUALTY_VERB = r"killing|wounding|injuring|hurting"
_CASUALTY_WORDS = anchor_words(("killing", "wounding", "injuring", "hurting", "dead",
                                "killed", "hurt", "injured", "wounded", "missing"))  # fmt: skip
_CASUALTY = re.compile(
    rf"\b(?:(?P<verb>{_CASUALTY_VERB})\s+(?P<object>{NUMBER})(?!\s*[-\w])"
    rf"|(?<![\w,.-])(?P<number>{NUMBER})\s+(?:people\s+|persons\s+)?(?:were\s+)?"
    r"(?P<outcome>dead|killed|hurt|injured|wounded|missing)\b)",
    re.I,
)


def find_vague(text: str) -> list[tuple[Span, str, Quantity]]:
    """Every vague amount with its counted noun or duration unit."""
    anchors = word_anchors(text, _VAGUE_STARTS)
    amounts = []
    for found in search_near(_VAGUE, text, anchors, before=0, after=40):
        low, high = VAGUE[" ".join(found["vague"].lower().split())]
        if found["unit"]:
            unit = lookup_unit(found["unit"], float(high))
            if unit is not None:
                value = Quantity(low * unit.factor, high * unit.factor, "s")
                amounts.append((found.span(), "duration", value))
            continue
        counted = counted_noun(text, found.end())
        if counted is not None:
            value = Quantity(float(low), float(high), counted.lemma)
            amounts.append(((found.start(), counted.end), "count", value))
    return amounts


def find_casualties(text: str) -> list[tuple[Span, str, Quantity]]:
    """ "killing one", "2 Hurt", "12 people were killed": a count of people."""
    anchors = word_anchors(text, _CASUALTY_WORDS)
    counts = []
    for found in search_near(_CASUALTY, text, anchors, before=40, after=30):
        value = parse_number(found["object"] or found["number"])
        if value is not None and value == int(value):
            counts.append((found.span(), "count", Quantity(value, value, "people")))
    return counts
