"""The facts list a reader shows: links grouped by subject, conflicts first, then
agreements told in other words; agreements in the same words ("2016" = "2016")
are set apart, so they can be folded into one row and never highlighted."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from reader.core.model import Comparison, Fact, FactLink


@dataclass
class FactGroup:
    """The links about one subject."""

    subject: str
    links: list[FactLink] = field(default_factory=list)


@dataclass
class FactListing:
    groups: list[FactGroup]
    same_words: list[FactLink]


def same_words(first: Fact, second: Fact) -> bool:
    """ "2016" and "2016": a real agreement, but no news to point out."""
    return _folded(first.text) == _folded(second.text)


@lru_cache(maxsize=1 << 12)
def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def trivial(comparison: Comparison, link: FactLink) -> bool:
    """An agreement in the same words."""
    facts = comparison.facts
    return link.agreement == "consistent" and same_words(facts[link.a], facts[link.b])


def fact_listing(comparison: Comparison) -> FactListing:
    """Groups by subject (those with a conflict first), and the same-words agreements."""
    groups: dict[str, FactGroup] = {}
    folded: list[FactLink] = []
    for link in comparison.fact_links:
        if trivial(comparison, link):
            folded.append(link)
            continue
        subject = comparison.facts[link.a].subject or comparison.facts[link.b].subject
        groups.setdefault(subject, FactGroup(subject)).links.append(link)
    for group in groups.values():
        group.links.sort(key=lambda link: link.agreement != "conflict")
    ordered = sorted(groups.values(), key=lambda group: group.links[0].agreement != "conflict")
    return FactListing(ordered, folded)
