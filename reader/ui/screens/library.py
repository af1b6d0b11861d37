"""The library view: a folder's articles, listed as they are read, with related ones beside.

Two workers feed it: the scan posts entries in batches (the list fills in while
files are read), then the related index is built once; ranking one selection
against it takes milliseconds, so it runs on the UI thread on every move.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Input, Label, ProgressBar
from textual.worker import Worker, WorkerState, get_current_worker

from reader.core.fileio import OutputError
from reader.core.folders.library import LibraryEntry, reason_of
from reader.core.folders.recent import remember_folder, remember_pair
from reader.core.folders.similarity import RelatedIndex
from reader.core.reading.loading import DEFAULT_MAX_BYTES, LoadError
from reader.ui.library_keys import LIBRARY_EXTRAS, LIBRARY_KEYS
from reader.ui.library_messages import (
    EntriesScanned,
    MatrixReady,
    PairLoaded,
    PairUnreadable,
    RelatedReady,
)
from reader.ui.scanning import scan_entries
from reader.ui.screens.compare import Analyse
from reader.ui.screens.library_compare import LibraryCompareScreen
from reader.ui.screens.library_feed import entry_article, last_pair_here, scan_batches
from reader.ui.screens.matrix import MATRIX_LIMIT, MatrixScreen, Pair, matrix_heading, pair_scores
from reader.ui.widgets.footer import ReaderFooter
from reader.ui.widgets.library_table import SORTS, LibraryTable, step_in, visible_entries
from reader.ui.widgets.related_panel import RelatedPanel

BATCH_SECONDS = 0.25  # each batch repaints the visible rows: 4 a second looks live, costs little
FILL_SECONDS = 1.0
RELATED_LIMIT = 8


class LibraryScreen(Screen[None]):
    """Every article of a folder; pick two to compare, step through the rest from there."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012 (typed by Screen)
    BINDINGS: ClassVar[list[BindingType]] = list(LIBRARY_KEYS)
    HELP_EXTRAS = LIBRARY_EXTRAS

    def __init__(
        self,
        files: list[Path],
        label: str,
        analyse: Analyse | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        folders: Sequence[Path] = (),
    ) -> None:
        super().__init__()
        self.files = files
        self.label = label
        self.analyse = analyse
        self.max_bytes = max_bytes
        self.folders = list(folders)
        self.entries: list[LibraryEntry] = []
        self.by_path: dict[Path, LibraryEntry] = {}
        self.index: RelatedIndex | None = None
        self.sort = SORTS[0]
        self.filter_text = ""
        self.filled = 0  # entries already given to the table
        self.filled_at = 0.0

    def compose(self) -> ComposeResult:
        with Horizontal(id="library-header"):
            yield Label(Text(f"Diptych  library · {self.label}", style="bold"), id="library-title")
            yield Label(Text("reading…"), id="library-status", classes="-scanning")
        yield ProgressBar(len(self.files), show_eta=False, id="library-progress")
        with Horizontal(id="library-body"):
            yield LibraryTable(widget_id="library-table")
            yield RelatedPanel(id="related")
        yield Input(placeholder="Filter: title or source text (escape clears)", id="library-filter")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.query_one(LibraryTable).focus()
        self.query_one(RelatedPanel).show_waiting(
            "Related articles appear once the folder is read."
        )
        for folder in self.folders:
            self._save_recent(remember_folder, folder)
        self.scan()

    # -- workers ---------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="scan")
    def scan(self) -> None:
        """Read every file, posting the entries in batches; stops when cancelled."""
        worker = get_current_worker()
        batches = scan_batches(scan_entries(self.files, self.max_bytes), BATCH_SECONDS)
        with closing(batches):  # closing stops the reading processes
            for batch in batches:
                if worker.is_cancelled:
                    return
                self.post_message(batch)

    @work(thread=True, exclusive=True, exit_on_error=False, group="related")
    def build_related(self, entries: list[LibraryEntry]) -> None:
        worker = get_current_worker()
        index = RelatedIndex.build(entries, cancelled=lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.post_message(RelatedReady(index))

    @work(thread=True, exclusive=True, exit_on_error=False, group="matrix")
    def compute_matrix(
        self, index: RelatedIndex, entries: list[LibraryEntry], heading: str
    ) -> None:
        worker = get_current_worker()
        scores = pair_scores(index, entries, cancelled=lambda: worker.is_cancelled)
        if scores:
            self.post_message(MatrixReady(entries, scores, heading))

    @work(thread=True, exclusive=True, exit_on_error=False, group="open")
    def load_pair(self, left: LibraryEntry, right: LibraryEntry, left_cursor: int) -> None:
        """Read the pair's articles (a few ms; longer for a big file, hence a thread)."""
        worker = get_current_worker()
        articles = []
        for entry in (left, right):
            try:
                articles.append(entry_article(entry, self.max_bytes))
            except LoadError as error:
                self.post_message(PairUnreadable(entry, reason_of(error, entry.path)))
                return
        if not worker.is_cancelled:
            self.post_message(PairLoaded((left, right), (articles[0], articles[1]), left_cursor))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place worker failures are reported: a notification, never a crash."""
        if event.state == WorkerState.ERROR:
            message = f"Library: {event.worker.name} failed: {event.worker.error}"
            self.notify(message, severity="error", markup=False, timeout=10)

    # -- filling in --------------------------------------------------------------------

    def on_entries_scanned(self, message: EntriesScanned) -> None:
        self.entries.extend(message.entries)
        self.by_path.update((entry.path, entry) for entry in message.entries)
        table = self.query_one(LibraryTable)
        # Each change repaints the table: once rows fill the screen, the ones below can
        # wait, so a big folder adds them at most once a second (the scan runs faster).
        waited = time.monotonic() - self.filled_at >= FILL_SECONDS
        if table.row_count < table.scroll_y + 2 * table.size.height or waited:
            self._fill_table()
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)
        if message.done == message.total:
            self._scan_finished()
        self._show_status()

    def _fill_table(self) -> None:
        """Show the entries scanned so far: appended in file order, else re-sorted."""
        table = self.query_one(LibraryTable)
        if self.sort == SORTS[0] and self.filled:
            table.append(visible_entries(self.entries[self.filled :], self.sort, self.filter_text))
        else:
            table.show(visible_entries(self.entries, self.sort, self.filter_text))
        self.filled, self.filled_at = len(self.entries), time.monotonic()

    def _scan_finished(self) -> None:
        self._fill_table()
        self.query_one(ProgressBar).display = False
        self.query_one("#library-status").remove_class("-scanning")
        self._mark_last_pair()
        self.query_one(RelatedPanel).show_waiting("Finding related articles…")
        self.build_related(list(self.entries))

    def on_related_ready(self, message: RelatedReady) -> None:
        self.index = message.index
        self.show_related()
        self.refresh_bindings()

    def _mark_last_pair(self) -> None:
        """Reopening a folder: mark the pair compared last, if both are here."""
        table = self.query_one(LibraryTable)
        pair = None if table.marked else last_pair_here(self.entries)
        if pair is not None:
            table.set_marks(pair)
            table.select(pair[0])
            self.notify("Marked the pair you compared last: enter opens it", timeout=4)

    def _show_status(self) -> None:
        done, total = len(self.entries), len(self.files)
        failed = sum(entry.error is not None for entry in self.entries)
        text = f"reading {done:,} of {total:,} files" if done < total else f"{total:,} articles"
        if failed:
            text += f" · {failed:,} could not be read"
        text += f" · sorted by {self.sort}"
        if self.filter_text:
            text += f" · {len(self.query_one(LibraryTable).shown):,} match the filter"
        status = self.query_one("#library-status", Label)
        # A new layout (the whole screen's) only when the width changes: while a big
        # folder is read, most updates only change digits.
        status.update(Text(text), layout=len(text) != len(str(status.content)))

    @on(DataTable.RowHighlighted, "#library-table")
    def show_related(self) -> None:
        entry = self.query_one(LibraryTable).selected
        if entry is None or self.index is None:
            return
        related = self.index.related(entry.path, limit=RELATED_LIMIT)
        self.query_one(RelatedPanel).show_related(entry, related, self.by_path)

    # -- picking and comparing -----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "matrix":
            return self.index is not None
        if action == "clear_filter":
            return bool(self.filter_text) or self.query_one(Input).display
        return True

    def action_mark(self) -> None:
        self.query_one(LibraryTable).action_toggle_mark()

    def action_compare(self) -> None:
        pair = self._pair_to_compare()
        if pair is not None:
            self.open_pair(*pair)

    def _pair_to_compare(self) -> tuple[LibraryEntry, LibraryEntry] | None:
        table = self.query_one(LibraryTable)
        if len(table.marked) == 2:
            return self.by_path[table.marked[0]], self.by_path[table.marked[1]]
        entry = table.selected
        if entry is None:
            return None
        if entry.error is not None:
            self._refuse(entry)
            return None
        if self.index is None:
            self.notify("Still reading the folder: mark two articles with space", timeout=3)
            return None
        best = self.index.related(entry.path, limit=1)
        if not best:
            self.notify("Nothing related to this one: mark two articles with space", timeout=3)
            return None
        return entry, self.by_path[best[0].path]

    def _refuse(self, entry: LibraryEntry, reason: str | None = None) -> None:
        message = f"{entry.title} could not be read: {reason or entry.error}"
        self.notify(message, severity="warning", markup=False, timeout=4)

    def open_pair(self, left: LibraryEntry, right: LibraryEntry, left_cursor: int = 0) -> None:
        """Compare the pair once both are read again; from a comparison (`]`/`[`), the
        new pair replaces it."""
        unreadable = [entry for entry in (left, right) if not entry.readable]
        if unreadable:
            self._refuse(unreadable[0])
            return
        self.load_pair(left, right, left_cursor)

    def on_pair_loaded(self, message: PairLoaded) -> None:
        left, right = message.entries
        screen = LibraryCompareScreen(
            message.entries, message.articles, self.analyse, self, message.left_cursor
        )
        if isinstance(self.app.screen, LibraryCompareScreen):
            self.app.switch_screen(screen)
        elif self.app.screen is self:
            self.app.push_screen(screen)
        else:
            return  # another screen opened meanwhile: the pair no longer is what was asked
        self.remember_pair(left.path, right.path)

    def on_pair_unreadable(self, message: PairUnreadable) -> None:
        self._refuse(message.entry, message.reason)

    def step_from(self, left: Path, right: Path, step: int) -> LibraryEntry | None:
        """The readable article `step` rows from `right` in the list as shown (not `left`)."""
        return step_in(self.query_one(LibraryTable).shown, left, right, step)

    def remember_pair(self, left: Path, right: Path) -> None:
        self._save_recent(remember_pair, left, right)

    def _save_recent(self, save: Callable[..., object], *paths: Path) -> None:
        """Losing the history is harmless: say so and carry on."""
        try:
            save(*paths)
        except OutputError as error:
            self.notify(f"Could not remember it: {error}", severity="warning", markup=False)

    # -- matrix ---------------------------------------------------------------------------

    def action_matrix(self) -> None:
        index = self.index
        if index is None:
            return
        listed = [entry for entry in self.query_one(LibraryTable).shown if entry.path in index]
        if len(listed) < 2:
            self.notify("The matrix needs two readable articles in the list", timeout=3)
            return
        self.compute_matrix(index, listed[:MATRIX_LIMIT], matrix_heading(len(listed)))

    def on_matrix_ready(self, message: MatrixReady) -> None:
        screen = MatrixScreen(message.entries, message.scores, message.heading)
        self.app.push_screen(screen, callback=self._open_from_matrix)

    def _open_from_matrix(self, pair: Pair | None) -> None:
        if pair is not None:
            self.open_pair(self.by_path[pair[0]], self.by_path[pair[1]])

    # -- sort and filter ------------------------------------------------------------------

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._refill()

    def action_filter(self) -> None:
        filter_input = self.query_one(Input)
        filter_input.display = True
        filter_input.focus()
        self.refresh_bindings()

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self._refill()

    @on(Input.Submitted, "#library-filter")
    def _filter_done(self) -> None:
        self.query_one(LibraryTable).focus()

    def action_clear_filter(self) -> None:
        filter_input = self.query_one(Input)
        filter_input.value = ""
        filter_input.display = False
        self.filter_text = ""
        self.query_one(LibraryTable).focus()
        self._refill()
        self.refresh_bindings()

    def _refill(self) -> None:
        self.filled = 0  # sort or filter changed: every row again
        self._fill_table()
        self._show_status()
