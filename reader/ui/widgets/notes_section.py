"""The sidebar's Notes section: a row per note of this pair; orphans marked, never dropped."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text

from reader.core.annotation.anchoring import Placement
from reader.core.model import DocId, Note, Span
from reader.ui.plain import clean
from reader.ui.widgets.fold_list import FoldList, Node
from reader.ui.widgets.note_colours import tag_colour
from reader.ui.widgets.sidebar import JumpTarget

EXCERPT = 40


@dataclass(frozen=True)
class NoteTarget(JumpTarget):
    """A note's row: where its passages are (None where orphaned or absent) and which note."""

    note_id: int = 0


@dataclass
class NoteEntry:
    """One note of this pair with its place in each article."""

    note: Note
    spans: dict[DocId, Span] = field(default_factory=dict)
    orphaned: bool = False


def note_entries(placements: dict[DocId, list[Placement]]) -> list[NoteEntry]:
    """Placements of both articles merged per note: in reading order, orphans last."""
    entries: dict[int, NoteEntry] = {}
    for doc, placed in placements.items():
        for placement in placed:
            entry = entries.setdefault(placement.note.id, NoteEntry(placement.note))
            if placement.span is None:
                entry.orphaned = True
            elif placement.side == "passage" or doc not in entry.spans:
                entry.spans[doc] = placement.span
    return sorted(entries.values(), key=_order)


def _order(entry: NoteEntry) -> tuple[bool, int, int]:
    first = entry.spans.get("a") or entry.spans.get("b")
    return (entry.orphaned, 0 if "a" in entry.spans else 1, first[0] if first else 0)


def show_notes(
    tree: FoldList[JumpTarget], entries: list[NoteEntry], problem: str | None
) -> Node[JumpTarget]:
    """Add the Notes section at the end of the tree and return it."""
    title = "Notes (off)" if problem else f"Notes ({len(entries)})"
    section = tree.root.add(Text(title), expand=True)
    if problem:
        section.add_leaf(Text(f"Notes are off: {clean(problem)}", style="italic red"))
    elif not entries:
        section.add_leaf(Text("m marks, a adds a note", style="dim italic"))
    for entry in entries:
        target = NoteTarget(
            entry.spans.get("a"), entry.spans.get("b"), _focus(entry), entry.note.id
        )
        section.add_leaf(_label(entry), target)
    return section


def _focus(entry: NoteEntry) -> DocId:
    return "a" if "a" in entry.spans else "b"


def _label(entry: NoteEntry) -> Text:
    note = entry.note
    tag = clean(note.tag)
    colour = tag_colour(tag)
    label = Text("● ", style=colour or "bold")
    if entry.orphaned:
        label.append("orphaned ", style="bold red")
    if tag and not colour:
        label.append(f"#{tag} ", style="bold")
    label.append(_excerpt(note.text or note.passage.exact))
    return label


def _excerpt(text: str, limit: int = EXCERPT) -> str:
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
