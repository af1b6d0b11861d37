"""The library's list: one row per article (title, file, source, date, words, why it could
not be read), with marks for picking a pair, and the sort and filter that decide the rows shown.

File and source columns are as wide as their longest cell (up to a cap); the title takes
the rest of the width, so one long title cannot push the others off screen."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from reader.core.folders.library import LibraryEntry, natural_key
from reader.core.folders.library_report import short_date, site_name
from reader.ui.plain import clean, plain

SORTS = ("file", "title", "source", "date", "length")
MARK = "●"
# (key, label, width): file, source and title widths are set again as rows come.
COLUMNS = (
    ("mark", " ", 1),
    ("title", "Title", 40),
    ("file", "File", 4),
    ("source", "Source", 6),
    ("date", "Date", 10),
)
WORDS_WIDTH = 7
CELL_MAX = 28  # a file name or source longer than this is cut with an ellipsis
TITLE_MIN = 20
ROWS_PER_TURN = 100
SortKey = Callable[[LibraryEntry], Any]


SORT_KEYS: dict[str, SortKey] = {
    "file": lambda entry: natural_key(entry.path),
    "title": lambda entry: entry.title.casefold(),
    "source": lambda entry: (entry.source is None, (entry.source or "").casefold()),
    "length": lambda entry: -entry.words,
}


def visible_entries(entries: Sequence[LibraryEntry], sort: str, query: str) -> list[LibraryEntry]:
    """The rows to show: entries whose title or source holds `query` (any case), sorted.

    `file` is natural path order (36_2 before 36_10); title and source go A→Z (no source last),
    date newest first (undated last), length longest first.
    """
    needle = query.casefold().strip()
    shown = [entry for entry in entries if not needle or needle in _haystack(entry)]
    if sort == "date":
        # Dates are ISO strings (YYYY-MM-DD…), so text order is time order.
        dated = sorted((entry for entry in shown if entry.date), key=lambda e: e.date or "")
        dated.reverse()
        return dated + [entry for entry in shown if not entry.date]
    if sort in SORT_KEYS:
        return sorted(shown, key=SORT_KEYS[sort])
    return shown


def step_in(
    shown: Sequence[LibraryEntry], left: Path, right: Path, step: int
) -> LibraryEntry | None:
    """The readable entry `step` rows from `right` in `shown`, never `left` (None past
    either end; the first or last one when `right` is no longer shown)."""
    order = [entry for entry in shown if entry.readable and entry.path != left]
    paths = [entry.path for entry in order]
    position = paths.index(right) + step if right in paths else (0 if step > 0 else -1)
    return order[position] if 0 <= position < len(order) else None


def _widest(cells: list[str], label: str) -> int:
    return min(CELL_MAX, max([len(label), *(len(cell) for cell in cells)]))


def _cut(text: str) -> str:
    return text if len(text) <= CELL_MAX else text[: CELL_MAX - 1] + "…"


def _haystack(entry: LibraryEntry) -> str:
    return f"{entry.title}\n{entry.source or ''}".casefold()


class LibraryTable(DataTable[Text]):
    """Rows keyed by path; `marked` holds up to two paths, oldest first."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"library-table--mark", "library-table--error"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.compare", "Compare", tooltip="Compare the marked pair"),
        Binding("space", "toggle_mark", "Mark", tooltip="Mark or unmark this article"),
        # As in the reader: j/k move, home/end go to the first/last row (not sideways).
        Binding("j", "cursor_down", show=False),
        Binding("k", "cursor_up", show=False),
        Binding("home,g", "scroll_top", show=False),
        Binding("end,G", "scroll_bottom", show=False),
    ]

    def __init__(self, *, widget_id: str | None = None) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, id=widget_id)
        self.marked: list[Path] = []
        self.shown: list[LibraryEntry] = []
        self._rows_pending = False  # one batch timer at a time, however often rows come

    def on_mount(self) -> None:
        for key, label, width in COLUMNS:
            self.add_column(label, key=key, width=width)
        self.add_column(Text("Words", justify="right"), key="words", width=WORDS_WIDTH)

    def on_resize(self) -> None:
        self._fit_columns()

    def _fit_columns(self) -> None:
        """File and source as wide as their longest shown cell (up to CELL_MAX); the title
        takes the width the others leave."""
        widths = {
            "file": _widest([entry.path.name for entry in self.shown], "File"),
            "source": _widest([site_name(entry.source) for entry in self.shown], "Source"),
        }
        fixed = sum(
            column.get_render_width(self)
            for key, column in self.columns.items()
            if key not in ("title", *widths)
        )
        used = fixed + sum(widths.values()) + 2 * self.cell_padding * (len(widths) + 1)
        widths["title"] = max(TITLE_MIN, self.scrollable_content_region.width - used)
        changed = False
        for key, width in widths.items():
            column = self.columns[ColumnKey(key)]
            changed |= column.width != width
            column.width = width
        if changed:
            # DataTable has no public call for new column widths: its render caches go.
            self._clear_caches()
            self._require_update_dimensions = True
            self.refresh()

    @property
    def selected(self) -> LibraryEntry | None:
        """The entry under the cursor, if any row is shown."""
        if not self.shown or not 0 <= self.cursor_row < len(self.shown):
            return None
        return self.shown[self.cursor_row]

    def show(self, entries: list[LibraryEntry]) -> None:
        """Replace the rows, keeping the cursor on the same article when it is still shown."""
        current = self.selected
        self.clear()
        self.shown = []
        self.append(entries)
        if current is not None:
            self.select(current.path)

    def append(self, entries: Iterable[LibraryEntry]) -> None:
        """Add entries after the shown ones. `shown` holds them at once; their rows are
        added ROWS_PER_TURN at a time, with keys handled in between (a DataTable
        row costs ~0.25 ms: 2,000 at once would hold the keys for half a second)."""
        self.shown.extend(entries)
        self._add_rows()

    def _add_rows(self, until: int = 0) -> None:
        """Rows for the next shown entries (at least up to index `until`)."""
        end = max(until + 1, self.row_count + ROWS_PER_TURN)
        for entry in self.shown[self.row_count : end]:
            self.add_row(*self._cells(entry), key=str(entry.path))
        self._fit_columns()  # the file and source columns may have grown
        if self.row_count < len(self.shown) and not self._rows_pending:
            # A timer, not call_later: the queue empties in between, so the table
            # measures each batch when idle instead of all 2,000 rows at the end.
            self._rows_pending = True
            self.set_timer(0.001, self._next_rows)

    def _next_rows(self) -> None:
        self._rows_pending = False
        self._add_rows()

    def select(self, path: Path) -> bool:
        """Put the cursor on `path`'s row; False when that article is not shown."""
        for row, entry in enumerate(self.shown):
            if entry.path == path:
                if row >= self.row_count:
                    self._add_rows(until=row)
                self.move_cursor(row=row, animate=False)
                return True
        return False

    def set_marks(self, paths: Iterable[Path]) -> None:
        previous = set(self.marked)
        self.marked = list(paths)[-2:]
        for path in previous | set(self.marked):
            self._refresh_mark(path)

    def action_toggle_mark(self) -> None:
        """Mark the selected article (a third mark drops the oldest), or unmark it."""
        entry = self.selected
        if entry is None:
            return
        if entry.path in self.marked:
            self.set_marks(path for path in self.marked if path != entry.path)
        else:
            self.set_marks([*self.marked, entry.path])
        if self.cursor_row < self.row_count - 1:
            self.move_cursor(row=self.cursor_row + 1)

    def _refresh_mark(self, path: Path) -> None:
        if str(path) in self.rows:
            self.update_cell(str(path), "mark", self._mark(path))

    def _mark(self, path: Path) -> Text:
        style = self.get_component_rich_style("library-table--mark", partial=True)
        return Text(MARK if path in self.marked else " ", style=style, end="")

    def _cells(self, entry: LibraryEntry) -> tuple[Text, ...]:
        if entry.error is not None:
            # An unreadable file: its name, then why (the name stands in for the title).
            title = plain(entry.title, "dim")
            error_style = self.get_component_rich_style("library-table--error", partial=True)
            title.append(f"  ⚠ {clean(entry.error)}", style=error_style)
            empty = Text("", end="")
            return (self._mark(entry.path), title, empty, empty, empty, empty)
        return (
            self._mark(entry.path),
            plain(entry.title),
            plain(_cut(entry.path.name), "dim"),
            plain(_cut(site_name(entry.source)), "italic"),
            plain(short_date(entry.date)),
            Text(f"{entry.words:,}", justify="right", end=""),
        )
