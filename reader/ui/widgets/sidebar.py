"""Speakers with their claims, facts and matches; `enter` on a row jumps both panes there."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, partial
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from reader.core.facts.listing import FactRow, fact_listing
from reader.core.model import Claim, Comparison, DocId, FactLink, Span
from reader.ui.messages import JumpRequested
from reader.ui.navigation import other, side
from reader.ui.plain import clean, plain
from reader.ui.widgets.fold_list import FoldList, Node
from reader.ui.widgets.highlights import HighlightIndex

EXCERPT = 48


@dataclass(frozen=True)
class JumpTarget:
    """Where a row leads: a span in each article (None where that article has none)."""

    a: Span | None
    b: Span | None
    focus: DocId = "a"


@dataclass(frozen=True)
class PlacesTarget(JumpTarget):
    """A row standing for several places (a fact mentioned twice, linked twice):
    `enter` leads to each in turn."""

    more: tuple[JumpTarget, ...] = ()

    def turn(self, number: int) -> JumpTarget:
        """The `number`-th place of the row, round and round."""
        places = (self, *self.more)
        return places[number % len(places)]


class Sidebar(FoldList[JumpTarget]):
    """Three sections of rows made as they are shown (thousands of matches, facts and
    claims cost nothing until scrolled to); it follows the reading cursor through the matches."""

    # With the focus here, the reading keys move the list; `esc` goes back to the pane.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", show=False),
        Binding("k", "cursor_up", show=False),
        Binding("g", "top", show=False),
        Binding("G", "bottom", show=False),
        Binding("escape", "screen.leave_sidebar", "Back to the pane", show=False),
    ]

    def __init__(self, *, widget_id: str | None = None) -> None:
        super().__init__(id=widget_id)
        self._match_section: Node[JumpTarget] | None = None
        self._turns: dict[object, int] = {}  # rows of several places: how far on

    def on_focus(self) -> None:
        if self.cursor_line < 0:  # focused by tab or `s`: the cursor shows where keys go
            self.action_top()

    def show_loading(self) -> None:
        self.clear()
        self.root.add_leaf(Text("aligning…", style="italic"))

    def show_comparison(self, comparison: Comparison) -> None:
        """Rebuild the three sections from a finished comparison."""
        self.clear()
        self._turns.clear()
        self._add_speakers(comparison)
        self._add_facts(comparison)
        self._add_matches(comparison)

    def _add_speakers(self, comparison: Comparison) -> None:
        section = self.root.add(Text(f"Speakers ({len(comparison.speakers)})"), expand=True)
        partners = Partners(comparison)
        claims_of: dict[str, list[Claim]] = defaultdict(list)
        for claim in comparison.claims:
            claims_of[claim.speaker].append(claim)
        for speaker in comparison.speakers:
            label = plain(speaker.name, "bold")
            counts = speaker.documents
            label.append(f"  a {counts.get('a', 0)} · b {counts.get('b', 0)}", style="dim")
            claims = claims_of[speaker.name]
            row = partial(_claim_row, comparison, claims, partners)
            section.add(label).add_rows(len(claims), row)

    def _add_facts(self, comparison: Comparison) -> None:
        """Facts by subject, conflicts first; same-words agreements folded into one row,
        links that read the same into one row each."""
        listing = fact_listing(comparison)
        shown = sum(len(group.rows) for group in listing.groups)
        section = self.root.add(Text(f"Facts ({shown})"), expand=True)
        for group in listing.groups:
            node = section.add(plain(group.subject or "facts", "bold"), expand=True)
            node.add_rows(len(group.rows), partial(_fact_row, comparison, group.rows))
        if listing.same_words:
            count = sum(len(row.links) for row in listing.same_words)
            folded = section.add(Text(f"same words in both ({count})", "dim"))
            rows = partial(_fact_row, comparison, listing.same_words)
            folded.add_rows(len(listing.same_words), rows)

    def _add_matches(self, comparison: Comparison) -> None:
        section = self.root.add(Text(f"Matches ({len(comparison.matches)})"), expand=True)
        section.add_rows(len(comparison.matches), partial(_match_row, comparison))
        self._match_section = section

    def follow(self, match_index: int | None) -> None:
        """Highlight the row of the current match (without jumping)."""
        section = self._match_section
        if section is None or match_index is None or not 0 <= match_index < len(section.children):
            return
        self.move_cursor(section.children[match_index])

    def on_fold_list_selected(self, event: FoldList.Selected) -> None:
        event.stop()
        node = event.node
        target: object = node.data
        if isinstance(target, PlacesTarget):
            turn = self._turns.get(node, 0)
            self._turns[node] = turn + 1
            target = target.turn(turn)
        if isinstance(target, JumpTarget):
            self.post_message(JumpRequested(target.a, target.b, target.focus))


def _claim_row(
    comparison: Comparison, claims: list[Claim], partners: Partners, index: int
) -> tuple[Text, JumpTarget]:
    claim = claims[index]
    return _claim_label(claim), _claim_target(comparison, claim, partners)


def _fact_row(comparison: Comparison, rows: list[FactRow], index: int) -> tuple[Text, JumpTarget]:
    """A fact row: its mark, how many links read so (when more than one) and its
    reason ("about 30 miles = 48.3 km ≈ 48km"); `enter` visits each link in turn."""
    row = rows[index]
    link = row.first
    fact_a, fact_b = comparison.facts[link.a], comparison.facts[link.b]
    agreed = link.agreement == "consistent"
    label = Text("✓ " if agreed else "✗ ", style="green" if agreed else "red")
    if len(row.links) > 1:
        label.append(f"×{len(row.links)} ", style="bold")
    label.append(_excerpt(link.reason or f"{fact_a.text} ≈ {fact_b.text}", EXCERPT))
    places = [_fact_target(comparison, other) for other in row.links]
    return label, PlacesTarget(places[0].a, places[0].b, more=tuple(places[1:]))


def _fact_target(comparison: Comparison, link: FactLink) -> JumpTarget:
    return JumpTarget(comparison.facts[link.a].span, comparison.facts[link.b].span)


def _match_row(comparison: Comparison, index: int) -> tuple[Text, JumpTarget]:
    match = comparison.matches[index]
    label = Text(f"{index + 1:>3} {match.kind[:4]} ", style="dim")
    label.append(_excerpt(comparison.a.span_text(match.a), EXCERPT))
    return label, JumpTarget(match.a, match.b)


def _claim_label(claim: Claim) -> Text:
    mark = (
        Text("⇄ ", style="bold green")
        if claim.match is not None
        else Text(f"{claim.doc} ", style="bold")
    )
    changes = wording_changes(claim)
    if changes:
        mark.append(f"[{_excerpt(changes, EXCERPT)}] ", style="bold yellow")
    mark.append(_excerpt(claim.text, EXCERPT))
    return mark


def wording_changes(claim: Claim) -> str:
    """How the matched claim's words differ, A's to B's: `interfere → meddle; + U.S.`."""
    shown = {
        "replace": lambda a, b: f"{a} → {b}",
        "delete": lambda a, b: f"− {a}",
        "insert": lambda a, b: f"+ {b}",
    }
    return "; ".join(shown[op](a, b) for op, a, b in claim.diff if op in shown)


def _claim_target(comparison: Comparison, claim: Claim, partners: Partners) -> JumpTarget:
    """The claim in its article; in the other, its counterpart claim or the aligned passage."""
    counterpart: Span | None = None
    if claim.match is not None and 0 <= claim.match < len(comparison.claims):
        counterpart = comparison.claims[claim.match].span
    else:
        counterpart = partners.aligned(claim.doc, claim.span)
    if claim.doc == "a":
        return JumpTarget(claim.span, counterpart, "a")
    return JumpTarget(counterpart, claim.span, "b")


class Partners:
    """The other article's side of the first match overlapping a passage, found by
    bisection (thousands of claims against thousands of matches)."""

    def __init__(self, comparison: Comparison) -> None:
        self.matches = comparison.matches

    @cached_property
    def _by_doc(self) -> dict[DocId, HighlightIndex[int]]:
        """Built when the first claim row is shown, not with the sidebar."""
        return {
            doc: HighlightIndex((*side(match, doc), i) for i, match in enumerate(self.matches))
            for doc in ("a", "b")
        }

    def aligned(self, doc: DocId, span: Span) -> Span | None:
        found = self._by_doc[doc].overlapping(*span)
        if not found:
            return None
        first = min(index for *_, index in found)
        return side(self.matches[first], other(doc))


def _excerpt(text: str, limit: int) -> str:
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
