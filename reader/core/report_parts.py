"""What every report format says, computed once: the summary, positions, folded matches.

Text, Markdown and HTML reports differ in layout only; the numbers come from here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import zip_longest

from reader.core.model import Article, Comparison, DocId, FactLink, Match, Span
from reader.core.only_here import merged
from reader.core.word_edges import WORD
from reader.core.wording import pair_wording

KINDS = ("verbatim", "paraphrase", "fact")
NEAR_IDENTICAL = 0.9  # share of both articles in verbatim matches that reads as "the same text"
SAME_WORDING = 0.5  # share of words in common for a paraphrase's wording changes to be listed
FOLD_LOOKBACK = 64  # enclosing matches looked at per match (they start at most this many before)


class Positions:
    """1-based `line:column` of offsets in one article's text (bisection over line starts)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [found.end() for found in re.finditer("\n", text)]

    def at(self, offset: int) -> str:
        line = bisect_right(self.starts, offset)
        return f"{line}:{offset - self.starts[line - 1] + 1}"


@dataclass(frozen=True, slots=True)
class Side:
    """One article's share: words in shared passages, of all its words; only-here passages."""

    words: int
    matched: int
    only: tuple[Span, ...]

    @property
    def share(self) -> float:
        return self.matched / self.words if self.words else 0.0


@dataclass(frozen=True, slots=True)
class Summary:
    """The report's opening: both articles' shares, counts by kind, conflicts, likeness."""

    a: Side
    b: Side
    kinds: dict[str, int]
    fact_links: int
    conflicts: tuple[FactLink, ...]
    likeness: str | None  # "identical text", "97 % shared", or None

    def side(self, doc: DocId) -> Side:
        return self.a if doc == "a" else self.b


def summarise(comparison: Comparison) -> Summary:
    a, b = _side(comparison, "a"), _side(comparison, "b")
    counts: Counter[str] = Counter(match.kind for match in comparison.matches)
    conflicts = tuple(link for link in comparison.fact_links if link.agreement == "conflict")
    return Summary(
        a=a,
        b=b,
        kinds={kind: counts[kind] for kind in KINDS},
        fact_links=len(comparison.fact_links),
        conflicts=conflicts,
        likeness=likeness(comparison),
    )


def likeness(comparison: Comparison) -> str | None:
    """ "identical text" for the same text; "97 % shared" when nearly all of both
    articles lies in verbatim matches (by characters: cheap enough for the reader's
    UI thread on 1 MB articles); else None."""
    a_text, b_text = comparison.a.text, comparison.b.text
    if a_text == b_text or _same_words(a_text, b_text):
        return "identical text"
    shares = []
    for doc, text in (("a", a_text), ("b", b_text)):
        spans = [m.a if doc == "a" else m.b for m in comparison.matches if m.kind == "verbatim"]
        covered = sum(end - start for start, end in merged(spans))
        shares.append(covered / len(text) if text else 0.0)
    if min(shares) < NEAR_IDENTICAL:
        return None
    return f"{min(99, round(100 * min(shares)))} % shared"


def _same_words(first: str, second: str) -> bool:
    """The same words in the same order, however spaced (stops at the first difference)."""
    words = (re.finditer(r"\S+", text) for text in (first, second))
    return all(
        one is not None and two is not None and one.group() == two.group()
        for one, two in zip_longest(*words)
    )


def _side(comparison: Comparison, doc: DocId) -> Side:
    article = comparison.article(doc)
    passages = [(m.kind, m.a if doc == "a" else m.b) for m in comparison.matches]
    return Side(
        words=_words_in(article, [(0, len(article.text))]),
        matched=_words_in(article, [span for kind, span in passages if kind != "fact"]),
        only=comparison.only(doc),
    )


def _words_in(article: Article, spans: list[Span]) -> int:
    """Words inside the union of `spans` (each counted once however many spans hold it)."""
    return sum(
        sum(1 for _ in WORD.finditer(article.text, start, end)) for start, end in merged(spans)
    )


@dataclass(frozen=True, slots=True)
class Folded:
    """A match with the matches lying inside it on both sides (a verbatim phrase
    within a paraphrased sentence, a fact within either)."""

    match: Match
    inside: tuple[Match, ...]


def folded_matches(matches: tuple[Match, ...]) -> list[Folded]:
    """Top-level matches in A's order, each with the matches nested in it."""
    ordered = sorted(matches, key=lambda m: (m.a[0], -m.a[1], m.b[0], -m.b[1]))
    tops: list[Match] = []
    nested: dict[int, list[Match]] = {}
    for match in ordered:
        host = _host(match, tops)
        if host is None:
            tops.append(match)
        else:
            nested.setdefault(host, []).append(match)
    return [Folded(top, tuple(nested.get(index, ()))) for index, top in enumerate(tops)]


def _host(match: Match, tops: list[Match]) -> int | None:
    """The latest top-level match that `match` lies within, looking back a little."""
    for index in range(len(tops) - 1, max(-1, len(tops) - 1 - FOLD_LOOKBACK), -1):
        if _within(match, tops[index]):
            return index
    return None


def _within(inner: Match, outer: Match) -> bool:
    return (
        outer.a[0] <= inner.a[0]
        and inner.a[1] <= outer.a[1]
        and outer.b[0] <= inner.b[0]
        and inner.b[1] <= outer.b[1]
    )


def match_wording(comparison: Comparison, match: Match) -> str | None:
    """A paraphrase's changes in words, when the two read as one sentence reworded
    ("Sergei → Sergey; − who was in the meeting; interfere → meddle; + U.S.")."""
    if match.kind != "paraphrase":
        return None
    wording = pair_wording(comparison.a, comparison.b, match)
    if wording.same < SAME_WORDING or not wording.changes:
        return None
    a_text, b_text = comparison.a.text, comparison.b.text
    parts = []
    for change in wording.changes:
        removed = a_text[change.a[0] : change.a[1]] if change.a else ""
        added = b_text[change.b[0] : change.b[1]] if change.b else ""
        parts.append(
            f"{removed} → {added}"
            if removed and added
            else f"− {removed}"
            if removed
            else f"+ {added}"
        )
    return "; ".join(parts)
