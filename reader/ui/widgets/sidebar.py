"""Speakers with their claims, facts and matches; `enter` on a row jumps both panes there."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from reader.core.model import Claim, Comparison, DocId, Span
from reader.ui.messages import JumpRequested
from reader.ui.navigation import other, side
from reader.ui.plain import clean, plain
from reader.ui.widgets.highlights import HighlightIndex

EXCERPT = 48


@dataclass(frozen=True)
class JumpTarget:
    """Where a row leads: a span in each article (None where that article has none)."""

    a: Span | None
    b: Span | None
    focus: DocId = "a"


class Sidebar(Tree[JumpTarget]):
    """One tree with three sections; it follows the reading cursor through the matches."""

    def __init__(self, *, widget_id: str | None = None) -> None:
        super().__init__(Text("Comparison"), id=widget_id)
        self.show_root = False
        self.guide_depth = 2
        self._match_nodes: list[TreeNode[JumpTarget]] = []

    def show_loading(self) -> None:
        self.clear()
        self.root.add_leaf(Text("aligning…", style="italic"))

    def show_comparison(self, comparison: Comparison) -> None:
        """Rebuild the three sections from a finished comparison."""
        self.clear()
        self._add_speakers(comparison)
        self._add_facts(comparison)
        self._add_matches(comparison)

    def _add_speakers(self, comparison: Comparison) -> None:
        section = self.root.add(Text(f"Speakers ({len(comparison.speakers)})"), expand=True)
        partners = Partners(comparison)
        for speaker in comparison.speakers:
            label = plain(speaker.name, "bold")
            counts = speaker.documents
            label.append(f"  a {counts.get('a', 0)} · b {counts.get('b', 0)}", style="dim")
            node = section.add(label)
            for claim in comparison.claims:
                if claim.speaker == speaker.name:
                    node.add_leaf(_claim_label(claim), _claim_target(comparison, claim, partners))

    def _add_facts(self, comparison: Comparison) -> None:
        section = self.root.add(Text(f"Facts ({len(comparison.fact_links)})"), expand=True)
        for link in comparison.fact_links:
            fact_a, fact_b = comparison.facts[link.a], comparison.facts[link.b]
            agreed = link.agreement == "consistent"
            label = Text("✓ " if agreed else "✗ ", style="green" if agreed else "red")
            label.append(f"{_excerpt(fact_a.text, 20)} ≈ {_excerpt(fact_b.text, 20)}")
            section.add_leaf(label, JumpTarget(fact_a.span, fact_b.span))

    def _add_matches(self, comparison: Comparison) -> None:
        section = self.root.add(Text(f"Matches ({len(comparison.matches)})"), expand=True)
        self._match_nodes = []
        for number, match in enumerate(comparison.matches, 1):
            label = Text(f"{number:>3} {match.kind[:4]} ", style="dim")
            label.append(_excerpt(comparison.a.span_text(match.a), EXCERPT))
            node = section.add_leaf(label, JumpTarget(match.a, match.b))
            self._match_nodes.append(node)

    def follow(self, match_index: int | None) -> None:
        """Highlight the row of the current match (without jumping)."""
        if match_index is None or not 0 <= match_index < len(self._match_nodes):
            return
        node = self._match_nodes[match_index]
        if node._line >= 0:
            self.move_cursor(node)
        else:
            self.call_after_refresh(self.move_cursor, node)

    def on_tree_node_selected(self, event: Tree.NodeSelected[JumpTarget]) -> None:
        event.stop()
        target = event.node.data
        if target is not None:
            self.post_message(JumpRequested(target.a, target.b, target.focus))


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
        self._by_doc: dict[DocId, HighlightIndex[int]] = {
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
