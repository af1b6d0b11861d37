"""What the reader shows of a comparison in each article, built off the UI thread.

Indexing thousands of matches (highlight runs, passages only in one article, reading
order, the link map's lookup) takes 0.1-0.3 s for two 1 MB articles: the analysis child
builds it (or the alignment worker, for small pairs and corrected matches), so the UI
thread only swaps it in.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.facts.listing import trivial
from reader.core.model import Comparison, DocId, Span
from reader.ui.navigation import MatchOrder, side
from reader.ui.widgets.highlights import Highlight, HighlightIndex, merge_by_kind


@dataclass(frozen=True)
class SideView:
    """One article's share: its highlights, its passages found only here, its matches
    in reading order, and each match by its span here (for the link map)."""

    highlights: HighlightIndex[str]
    unique: list[Span]
    unique_index: HighlightIndex[str]
    order: MatchOrder
    matches: HighlightIndex[int]


ComparisonView = dict[DocId, SideView]

# The view the analysis child built, with the comparison it belongs to (one at most).
_offered: list[tuple[Comparison, ComparisonView]] = []


def offer_view(comparison: Comparison, view: ComparisonView) -> None:
    """Keep a view built elsewhere for `comparison_view` of this very comparison."""
    _offered[:] = [(comparison, view)]


def comparison_view(comparison: Comparison) -> ComparisonView:
    """The view offered for this comparison (not a corrected copy), else built here."""
    if _offered and _offered[0][0] is comparison:
        return _offered.pop()[1]
    return {doc: side_view(comparison, doc) for doc in ("a", "b")}


def side_view(comparison: Comparison, doc: DocId) -> SideView:
    spans = [side(match, doc) for match in comparison.matches]
    unique = unique_passages(comparison, doc)
    return SideView(
        highlights=HighlightIndex(merge_by_kind(highlights_for(comparison, doc))),
        unique=unique,
        unique_index=HighlightIndex((start, end, "unique") for start, end in unique),
        order=MatchOrder(comparison.matches, doc),
        matches=HighlightIndex((start, end, index) for index, (start, end) in enumerate(spans)),
    )


def highlights_for(comparison: Comparison, doc: DocId) -> list[Highlight]:
    """Every match and linked fact of one article, tagged with its style name; facts
    agreeing in the same words ("2016" = "2016") are no news and stay plain."""
    highlights: list[Highlight] = [(*side(match, doc), match.kind) for match in comparison.matches]
    told = [link for link in comparison.fact_links if not trivial(comparison, link)]
    linked = {link.a for link in told} | {link.b for link in told}
    for index in linked:
        fact = comparison.facts[index]
        if fact.doc == doc:
            highlights.append((*fact.span, "fact"))
    return highlights


def unique_passages(comparison: Comparison, doc: DocId) -> list[Span]:
    """Runs of sentences that no passage match touches: what only this article reports.
    A number told in both ("2+ hour") leaves the rest of its sentence only here."""
    return list(comparison.only(doc))


def partners_of(view: SideView, index: int, near: Span) -> list[int]:
    """Match `index` and, if it touches `near` (the sentence at the cursor), every other
    match touching it too: the sentence's partners in the other article, in order."""
    touching = {found for *_, found in view.matches.overlapping(*near)}
    return sorted(touching | {index}) if index in touching else [index]
