"""The facts list a reader shows: links grouped by subject, conflicts first, then
agreements told in other words; agreements in the same words ("2016" = "2016")
are set apart, so they can be folded into one row and never highlighted. Links
that read the same (a number mentioned twice, linked twice) share one row."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from reader.core.model import Comparison, Fact, FactLink


@dataclass
class FactRow:
    """Links that read the same: "2+ hour" = "more-than-two-hour" where A says
    "2+ hour" twice is one row of two links, in the order of the text."""

    links: list[FactLink]

    @property
    def first(self) -> FactLink:
        return self.links[0]


@dataclass
class FactGroup:
    """The rows about one subject."""

    subject: str
    rows: list[FactRow] = field(default_factory=list)


@dataclass
class FactListing:
    groups: list[FactGroup]
    same_words: list[FactRow]


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
    groups: dict[str, dict[tuple[str, str, str], FactRow]] = {}
    folded: dict[tuple[str, str, str], FactRow] = {}
    for link in comparison.fact_links:
        rows = folded if trivial(comparison, link) else _group(groups, comparison, link)
        key = _reading(comparison, link)
        if key in rows:
            rows[key].links.append(link)
        else:
            rows[key] = FactRow([link])
    listed = [FactGroup(subject, _conflicts_first(rows)) for subject, rows in groups.items()]
    ordered = sorted(listed, key=lambda group: group.rows[0].first.agreement != "conflict")
    return FactListing(ordered, list(folded.values()))


def _group(
    groups: dict[str, dict[tuple[str, str, str], FactRow]], comparison: Comparison, link: FactLink
) -> dict[tuple[str, str, str], FactRow]:
    subject = comparison.facts[link.a].subject or comparison.facts[link.b].subject
    return groups.setdefault(subject, {})


def _reading(comparison: Comparison, link: FactLink) -> tuple[str, str, str]:
    """What a row says: the two facts' words and the verdict."""
    facts = comparison.facts
    return (_folded(facts[link.a].text), _folded(facts[link.b].text), link.agreement)


def _conflicts_first(rows: dict[tuple[str, str, str], FactRow]) -> list[FactRow]:
    return sorted(rows.values(), key=lambda row: row.first.agreement != "conflict")


def times(row: FactRow) -> str:
    """ " ×2" after a row of two links, nothing after one."""
    return f" ×{len(row.links)}" if len(row.links) > 1 else ""


def same_words_line(comparison: Comparison, rows: list[FactRow], capital: bool = False) -> str:
    """ "same words in both (8): 2016 ×3, Friday ×2, two leaders ×3" """
    count = sum(len(row.links) for row in rows)
    told = ", ".join(comparison.facts[row.first.a].text + times(row) for row in rows)
    return f"{'S' if capital else 's'}ame words in both ({count}): {told}"
