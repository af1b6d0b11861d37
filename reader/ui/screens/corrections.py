"""The user's corrections of the aligner: `L` links two sentences, `D` drops the current match,
`ctrl+z` undoes the last of them made on this screen.

Corrections are stored like notes and replayed on the aligner's matches whenever
this pair is opened (`corrected`, called by the alignment worker) and after each
new one; the screen then redraws highlights, link map, count and sidebar as for
any finished alignment.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.annotation.anchoring import passage_of
from reader.core.annotation.corrections import apply_corrections
from reader.core.annotation.notes import NotesUnavailable
from reader.core.model import Comparison, NoteKind, Span
from reader.core.printable import printable
from reader.ui.messages import AlignmentReady, JumpRequested
from reader.ui.screens.notes import NotesActions
from reader.ui.side_view import comparison_view

CORRECTION_ACTIONS = {"link", "drop_match", "undo_correction"}


class CorrectionActions(NotesActions):
    """`L` and `D` on top of the notes actions."""

    active_match: int | None

    def __init__(self) -> None:
        super().__init__()
        self.aligned: Comparison | None = None  # the aligner's own result, before corrections
        self.made_corrections: list[int] = []  # ids of the corrections stored here, for ctrl+z

    def corrected(self, comparison: Comparison) -> Comparison:
        """`comparison` with this pair's stored corrections applied (safe in a worker)."""
        self.aligned = comparison
        store = self.notes_access.open()
        if store is None:
            return comparison
        try:
            corrections = store.corrections_for(comparison.a, comparison.b)
        except NotesUnavailable:
            return comparison  # reported when the notes load
        if not corrections:
            return comparison  # the same object: its view may be built already
        matches = apply_corrections(comparison.matches, corrections, comparison.a, comparison.b)
        return replace(comparison, matches=tuple(matches))

    def check_correction_action(self, action: str) -> bool | None:
        """Linking needs the alignment; dropping a current match; both the notes store."""
        if action not in CORRECTION_ACTIONS:
            return None
        if self.notes_access.problem is not None or self.aligned is None:
            return False
        if action == "undo_correction":
            return bool(self.made_corrections)
        return action == "link" or self.active_match is not None

    def action_link(self) -> None:
        sentence_a = self.panes["a"].cursor_sentence
        sentence_b = self.panes["b"].cursor_sentence
        if sentence_a is None or sentence_b is None:
            return
        self._correct("link", sentence_a.span, sentence_b.span, "Linked the two sentences")

    def action_drop_match(self) -> None:
        if self.comparison is None or self.active_match is None:
            return
        match = self.comparison.matches[self.active_match]
        self._correct("unlink", match.a, match.b, "Dropped the match")

    def _correct(self, kind: NoteKind, span_a: Span, span_b: Span, done: str) -> None:
        store = self.notes_access.open()
        if store is None or self.aligned is None:
            return
        passage_a = passage_of(self.panes["a"].article, span_a)
        passage_b = passage_of(self.panes["b"].article, span_b)
        try:
            saved = store.save_note(passage_a, kind=kind, linked=passage_b)
        except NotesUnavailable as error:
            self.notify(f"Not saved: {printable(str(error))}", severity="error", markup=False)
            return
        self.made_corrections.append(saved.id)
        self._realign(span_a, span_b)
        self.notify(f"{done} (remembered for this pair; ctrl+z undoes it)", timeout=3)

    def action_undo_correction(self) -> None:
        store = self.notes_access.open()
        if store is None or self.aligned is None or not self.made_corrections:
            return
        note_id = self.made_corrections.pop()
        try:
            note = store.load_note(note_id)
            store.delete_note(note_id)
        except KeyError:
            self.notify("That correction was deleted meanwhile", severity="warning")
            return
        except NotesUnavailable as error:
            self.notify(f"Not undone: {printable(str(error))}", severity="error", markup=False)
            return
        undone = "link" if note.kind == "link" else "drop"
        linked = note.linked.span if note.linked else None
        self._realign(note.passage.span, linked)
        left = len(self.made_corrections)
        self.notify(f"Undid the {undone}" + (f" ({left} more to undo)" if left else ""), timeout=3)

    def _realign(self, span_a: Span, span_b: Span | None) -> None:
        """Replay the stored corrections on the aligner's result and go to the corrected place."""
        assert self.aligned is not None
        self.active_match = None  # indexes the old matches
        # Indexed here, not in a worker, so the next key already sees the corrected matches.
        comparison = self.corrected(self.aligned)
        self.post_message(AlignmentReady(comparison, comparison_view(comparison)))
        self.post_message(JumpRequested(span_a, span_b, self.focused_doc))
        self.refresh_bindings()
