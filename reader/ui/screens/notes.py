"""Notes in the reader: the mark, the note editor, the Notes section, deleting and exporting.

`NotesActions` is a base class of `CompareScreen` (whose file stays about reading);
it uses the screen's `panes`, `comparison` and `focused_doc`. Each store write is one
committed statement, made on the UI thread as the user confirms it (WAL: milliseconds),
so a note is on disk before "Note saved" shows; placing the notes in the articles
(re-anchoring an edited text) runs in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import cast

from rich.text import Text
from textual import events, on, work
from textual.screen import Screen
from textual.worker import get_current_worker

from reader.core.annotation.anchoring import passage_of
from reader.core.annotation.notes import NotesUnavailable
from reader.core.model import Comparison, DocId, Span
from reader.core.printable import printable
from reader.ui.marks import Mark, aligned_span
from reader.ui.messages import AlignmentReady, CursorMoved, JumpRequested, NotesLoaded
from reader.ui.navigation import other
from reader.ui.notes_access import HasNotes, NotesAccess
from reader.ui.plain import clean
from reader.ui.screens.dialogs import ConfirmDialog, NoteDraft, NoteEditor
from reader.ui.screens.notes_export import start_export
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.fold_list import Node
from reader.ui.widgets.notes_section import NoteEntry, NoteTarget, note_entries, show_notes
from reader.ui.widgets.sidebar import JumpTarget, Sidebar

MARK_ACTIONS = {"mark", "extend_mark", "toggle_select", "note", "delete_note", "export"}


class NotesActions(Screen[None]):
    """The mark and the notes of the two articles on screen."""

    panes: dict[DocId, ArticlePane]
    comparison: Comparison | None
    focused_doc: DocId

    def __init__(self) -> None:
        super().__init__()
        self.mark: Mark | None = None
        self.selecting = False
        self.note_entries: list[NoteEntry] = []
        self._notes_section: Node[JumpTarget] | None = None
        self._problem_told = False

    @property
    def notes_access(self) -> NotesAccess:
        return cast(HasNotes, self.app).notes

    def check_note_action(self, action: str) -> bool | None:
        """False hides a notes key when notes are off; None: not a notes action."""
        if action not in MARK_ACTIONS and action != "clear_mark":
            return None
        if self.notes_access.problem is not None:
            return False
        return self.mark is not None if action == "clear_mark" else True

    # -- loading and showing the notes ----------------------------------------------

    @on(events.Mount)
    def _load_notes_on_mount(self) -> None:
        self.load_notes()

    @work(thread=True, exclusive=True, group="notes", exit_on_error=False)
    def load_notes(self) -> None:
        """Place the notes of both articles (re-anchoring edited texts) off the UI thread."""
        store = self.notes_access.open()
        placements = {}
        problem = self.notes_access.problem
        if store is not None:
            try:
                placements = {
                    doc: store.notes_for(pane.article) for doc, pane in self.panes.items()
                }
            except NotesUnavailable as error:
                problem = str(error)
        if not get_current_worker().is_cancelled:
            self.post_message(NotesLoaded(placements, problem))

    @on(NotesLoaded)
    def _show_loaded_notes(self, message: NotesLoaded) -> None:
        if message.problem is not None:
            self._tell_problem(message.problem)
        self.note_entries = note_entries(message.placements)
        for doc, pane in self.panes.items():
            pane.set_notes(
                [(entry.spans[doc], entry.note.tag) for entry in self.note_entries
                 if doc in entry.spans]
            )  # fmt: skip
        self._show_notes_section(message.problem)

    def _tell_problem(self, problem: str) -> None:
        if not self._problem_told:
            self._problem_told = True
            self.notify(
                f"Notes are off: {printable(problem)}", severity="warning", timeout=10, markup=False
            )
        self.refresh_bindings()

    @on(AlignmentReady)
    def _notes_after_alignment(self) -> None:
        """The sidebar was rebuilt and the matches may have changed: re-add notes, re-mark."""
        self._show_notes_section(self.notes_access.problem)
        self._set_mark(self.mark)

    @on(JumpRequested)
    def _orphan_picked(self, message: JumpRequested) -> None:
        if message.a is None and message.b is None:  # only an orphaned note's row leads nowhere
            self.notify("This note is orphaned: its passage is no longer in the text", timeout=4)

    def _show_notes_section(self, problem: str | None) -> None:
        sidebar = self.query_one(Sidebar)
        if self._notes_section is not None and self._notes_section in sidebar.root.children:
            self._notes_section.remove()
        self._notes_section = show_notes(sidebar, self.note_entries, problem)

    # -- the mark ------------------------------------------------------------------------

    @property
    def _focused(self) -> ArticlePane:
        return self.panes[self.focused_doc]

    def action_mark(self) -> None:
        pane = self._focused
        mark = Mark(pane.doc, pane.cursor, pane.cursor)
        self.selecting = False
        self._set_mark(None if mark == self.mark else mark)

    def action_extend_mark(self, step: int) -> None:
        pane = self._focused
        if self.mark is None or self.mark.doc != pane.doc:
            self.mark = Mark(pane.doc, pane.cursor, pane.cursor)
        pane.move_cursor(pane.cursor + step)
        self._set_mark(replace(self.mark, end=pane.cursor))

    def action_toggle_select(self) -> None:
        self.selecting = not self.selecting
        pane = self._focused
        if self.selecting and (self.mark is None or self.mark.doc != pane.doc):
            self._set_mark(Mark(pane.doc, pane.cursor, pane.cursor))
        self.notify(
            "Selecting: j/k extend the mark, v stops" if self.selecting else "Selection kept",
            timeout=2,
        )

    def action_clear_mark(self) -> None:
        self.selecting = False
        self._set_mark(None)

    @on(CursorMoved)
    def _extend_selection(self, message: CursorMoved) -> None:
        if self.selecting and self.mark is not None and message.doc == self.mark.doc:
            self._set_mark(replace(self.mark, end=message.sentence))

    def _set_mark(self, mark: Mark | None) -> None:
        self.mark = mark
        spans = self.mark_spans(mark) if mark else {}
        for doc, pane in self.panes.items():
            pane.set_emphasis("mark", spans.get(doc))
        self.refresh_bindings()

    def mark_spans(self, mark: Mark) -> dict[DocId, Span]:
        """The marked sentences, and on a match the aligned sentences of the other article."""
        span = mark.span(self.panes[mark.doc].article)
        spans = {mark.doc: span}
        if self.comparison is not None:
            partner = self.panes[other(mark.doc)].article
            linked = aligned_span(self.comparison.matches, mark.doc, span, partner)
            if linked is not None:
                spans[other(mark.doc)] = linked
        return spans

    # -- writing, editing, deleting notes -------------------------------------------------

    def action_note(self) -> None:
        selected = self._sidebar_note()
        if selected is None and self.mark is None:
            selected = self._note_at_cursor()
        if selected is not None:
            self._edit_note(selected)
            return
        if self.mark is None:
            self.action_mark()
        assert self.mark is not None
        mark, quote = self.mark, self._quote(self.mark)
        self.app.push_screen(NoteEditor(quote), lambda draft: self._save_new(mark, draft))

    def _quote(self, mark: Mark) -> str:
        return self.panes[mark.doc].article.span_text(mark.span(self.panes[mark.doc].article))

    def _save_new(self, mark: Mark, draft: NoteDraft | None) -> None:
        store = self.notes_access.open()
        if draft is None or store is None:
            return
        spans = self.mark_spans(mark)
        passage = passage_of(self.panes[mark.doc].article, spans[mark.doc])
        partner = other(mark.doc)
        linked = (
            passage_of(self.panes[partner].article, spans[partner]) if partner in spans else None
        )
        if self._write(lambda: store.save_note(passage, draft.text, draft.tag, linked)):
            self.selecting = False
            self._set_mark(None)
            self.notify("Note saved", timeout=3)

    def _edit_note(self, entry: NoteEntry) -> None:
        note = entry.note
        editor = NoteEditor(note.passage.exact, NoteDraft(note.text, note.tag))
        self.app.push_screen(editor, lambda draft: self._save_edit(entry, draft))

    def _save_edit(self, entry: NoteEntry, draft: NoteDraft | None) -> None:
        store = self.notes_access.open()
        if draft is None or store is None:
            return
        if self._write(lambda: store.update_note(entry.note.id, draft.text, draft.tag)):
            self.notify("Note updated", timeout=3)

    def action_delete_note(self) -> None:
        entry = self._sidebar_note() or self._note_at_cursor()
        if entry is None:
            self.notify(
                "No note here: pick one in the sidebar's Notes, or move onto a note", timeout=3
            )
            return
        question = Text("Delete this note?\n\n", style="bold")
        question.append(_excerpt(entry.note.text or entry.note.passage.exact), style="")
        self.app.push_screen(ConfirmDialog(question), lambda yes: self._delete(entry, yes))

    def _delete(self, entry: NoteEntry, confirmed: bool | None) -> None:
        store = self.notes_access.open()
        if not confirmed or store is None:
            return
        if self._write(lambda: store.delete_note(entry.note.id)):
            self.notify("Note deleted", timeout=3)

    def _write(self, change: Callable[[], object]) -> bool:
        """Run one store change; report a failure; reload the notes either way."""
        try:
            change()
        except NotesUnavailable as error:
            self.notify(f"Note not saved: {printable(str(error))}", severity="error", markup=False)
            return False
        except KeyError:
            self.notify("That note was deleted meanwhile (in another window?)", severity="warning")
            return False
        finally:
            self.load_notes()
        return True

    def _sidebar_note(self) -> NoteEntry | None:
        sidebar = self.query_one(Sidebar)
        node = sidebar.cursor_node
        if sidebar.has_focus and node is not None and isinstance(node.data, NoteTarget):
            return self._entry(node.data.note_id)
        return None

    def _note_at_cursor(self) -> NoteEntry | None:
        sentence = self._focused.cursor_sentence
        if sentence is None:
            return None
        for entry in self.note_entries:
            span = entry.spans.get(self.focused_doc)
            if span and span[0] < sentence.span[1] and sentence.span[0] < span[1]:
                return entry
        return None

    def _entry(self, note_id: int) -> NoteEntry | None:
        return next((entry for entry in self.note_entries if entry.note.id == note_id), None)

    # -- export ----------------------------------------------------------------------------

    def action_export(self) -> None:
        store = self.notes_access.open()
        if store is not None:
            shown = {entry.note.id for entry in self.note_entries}
            start_export(self, store, shown, self.comparison)


def _excerpt(text: str, limit: int = 200) -> str:
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
