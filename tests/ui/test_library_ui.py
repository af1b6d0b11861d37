"""The library view under Pilot: rows filled in by the scan, marks, comparing, stepping,
sort, filter, the overlap matrix and a UI that answers keys while a slow scan runs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.core.folders.library import ScanProgress, read_entry
from reader.core.folders.recent import load_recent
from reader.core.model import Article, Comparison
from reader.ui.app import DiptychApp
from reader.ui.library_app import make_library_app
from reader.ui.screens import library as library_module
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.library_compare import LibraryCompareScreen
from reader.ui.screens.matrix import MatrixScreen
from reader.ui.widgets.library_table import LibraryTable
from reader.ui.widgets.overlap_matrix import OverlapMatrix

SIZE = (160, 45)

FLOOD = (
    "The river Daugava flooded the old town of Riga on Monday after three days of rain. "
    "Mayor Ilze Berzina said 4,200 residents left their homes and the army built barriers. "
    "Engineers at the Riga hydro plant opened the Daugava spillways to lower the water."
)
ELECTION = (
    "Voters in Quito chose Marco Haddad as mayor on Sunday with 52 percent of the vote. "
    "Haddad promised new bus lines and cleaner streets for Quito during the campaign. "
    "His rival Elena Castillo conceded late at night and congratulated the new mayor."
)
ARTICLES = {
    "a_flood_first.md": ("Riga flood forces thousands out", "Baltic Times", "2024-03-04", FLOOD),
    "b_election.md": ("Haddad wins Quito mayoral race", "El Comercio", "2024-02-11", ELECTION),
    "c_flood_second.md": ("Daugava bursts its banks in Riga", "LSM", "2024-03-05", FLOOD),
    "d_election_second.md": ("Quito elects Marco Haddad", "Primicias", "2024-02-12", ELECTION),
}  # fmt: skip


def no_analysis(a: Article, b: Article) -> Comparison:
    """The comparison screen needs an analysis; these tests are about the library around it."""
    return Comparison(a=a, b=b, matches=())


def write_folder(folder: Path) -> Path:
    """Four readable articles in two stories, an empty file and a binary one."""
    folder.mkdir()
    for name, (title, source, date, body) in ARTICLES.items():
        front_matter = f"---\ntitle: {title}\nsource: {source}\ndate: {date}\n---\n\n"
        (folder / name).write_text(front_matter + body + "\n")
    (folder / "e_empty.txt").write_text("")
    (folder / "f_binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    return folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_folder(tmp_path / "folder")


def library_app(folder: Path) -> DiptychApp:
    return make_library_app([folder], analyse=no_analysis)


async def scanned(app: DiptychApp, pilot: Pilot[None]) -> LibraryScreen:
    """Wait for the scan and then the related index (two workers, one after the other)."""
    screen = app.screen
    assert isinstance(screen, LibraryScreen)
    while screen.index is None:
        await app.workers.wait_for_complete()
        await pilot.pause()
    return screen


async def settle(app: DiptychApp, pilot: Pilot[None]) -> None:
    """Wait for the workers (opening a pair reads its files in one) and their messages."""
    await app.workers.wait_for_complete()
    await pilot.pause()


def titles(screen: LibraryScreen) -> list[str]:
    return [entry.title for entry in screen.query_one(LibraryTable).shown]


def pair_titles(app: DiptychApp) -> tuple[str, str]:
    screen = app.screen
    assert isinstance(screen, LibraryCompareScreen)
    return screen.articles[0].title, screen.articles[1].title


async def test_rows_show_metadata_and_mark_unreadable_files(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        table = screen.query_one(LibraryTable)
        assert table.row_count == 6
        first = [cell.plain for cell in table.get_row_at(0)]
        words = f"{read_entry(folder / 'a_flood_first.md').words:,}"
        title, source, date = ARTICLES["a_flood_first.md"][:3]
        assert first[1:] == [title, "a_flood_first.md", source, date, words]
        reasons = {entry.path.name: entry.error for entry in table.shown if entry.error}
        assert set(reasons) == {"e_empty.txt", "f_binary.txt"}
        empty_title = table.get_row_at(4)[1].plain
        assert (
            empty_title.startswith("e_empty.txt") and f"⚠ {reasons['e_empty.txt']}" in empty_title
        )
        assert "2 could not be read" in str(screen.query_one("#library-status").render())


async def test_space_marks_at_most_two_articles(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        table = screen.query_one(LibraryTable)
        await pilot.press("space", "space", "space")  # each mark moves down a row
        assert [path.name for path in table.marked] == ["b_election.md", "c_flood_second.md"]
        assert table.get_row_at(1)[0].plain == "●" and table.get_row_at(0)[0].plain == " "
        await pilot.press("up", "space")  # unmark the one under the cursor
        assert [path.name for path in table.marked] == ["b_election.md"]


async def test_enter_compares_the_marked_pair_then_steps_and_returns(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        await pilot.press("space", "down", "down", "space", "up")  # mark a and d, select d
        await pilot.press("enter")
        await settle(app, pilot)
        assert pair_titles(app) == (
            ARTICLES["a_flood_first.md"][0],
            ARTICLES["d_election_second.md"][0],
        )
        # `]` steps the right pane down the list as shown, skipping the left article and
        # the unreadable files; `[` steps back; the left pane stays.
        await pilot.press("left_square_bracket")
        await settle(app, pilot)
        assert pair_titles(app)[1] == ARTICLES["c_flood_second.md"][0]
        await pilot.press("left_square_bracket")
        await settle(app, pilot)
        assert pair_titles(app)[1] == ARTICLES["b_election.md"][0]
        await pilot.press("left_square_bracket")  # the first article is the left one: no more
        await settle(app, pilot)
        assert pair_titles(app) == (ARTICLES["a_flood_first.md"][0], ARTICLES["b_election.md"][0])
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await settle(app, pilot)
        assert pair_titles(app)[1] == ARTICLES["d_election_second.md"][0]  # last readable
        await pilot.press("backspace")
        await settle(app, pilot)
        assert app.screen is screen
        table = screen.query_one(LibraryTable)
        assert table.selected is not None and table.selected.path.name == "d_election_second.md"
        assert [path.name for path in table.marked] == ["a_flood_first.md", "d_election_second.md"]


async def test_enter_without_marks_pairs_the_selection_with_its_best_match(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await scanned(app, pilot)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert pair_titles(app) == (
            ARTICLES["b_election.md"][0],
            ARTICLES["d_election_second.md"][0],
        )


async def test_an_unreadable_selection_is_refused_with_its_reason(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        await pilot.press("end", "enter")
        await settle(app, pilot)
        assert app.screen is screen
        assert any("f_binary.txt could not be read" in n.message for n in app._notifications)


async def test_related_panel_ranks_the_same_story_first(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        await pilot.press("down", "down")  # the second flood report
        shown = str(screen.query_one("#related").render())
        lines = [line for line in shown.splitlines() if line[:4].replace(".", "").isdigit()]
        assert ARTICLES["a_flood_first.md"][0] in lines[0]


async def test_filter_by_title_or_source_and_escape_clears(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        await pilot.press("slash", *"quito")
        assert titles(screen) == [ARTICLES["b_election.md"][0], ARTICLES["d_election_second.md"][0]]
        await pilot.press("enter")  # back to the list, filter kept
        assert screen.query_one(LibraryTable).has_focus and len(titles(screen)) == 2
        await pilot.press("slash", "ctrl+u", *"lsm")  # a source
        assert titles(screen) == [ARTICLES["c_flood_second.md"][0]]
        await pilot.press("escape")
        assert len(titles(screen)) == 6


async def test_s_cycles_the_sort(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        await pilot.press("s")  # title, A to Z
        readable = [title for title in titles(screen) if not title.endswith(".txt")]
        assert readable == sorted(readable, key=str.casefold)
        await pilot.press("s", "s")  # source, then date: newest first, undated last
        newest_first = ("c_flood_second.md", "a_flood_first.md", "d_election_second.md")
        assert titles(screen)[:3] == [ARTICLES[name][0] for name in newest_first]
        await pilot.press("s")  # length: longest first
        words = [entry.words for entry in screen.query_one(LibraryTable).shown]
        assert words == sorted(words, reverse=True)


async def test_matrix_opens_and_enter_on_a_cell_compares_that_pair(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await scanned(app, pilot)
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        assert isinstance(app.screen, MatrixScreen)
        matrix = app.screen.query_one(OverlapMatrix)
        assert matrix.row_count == 4  # the readable articles only
        assert matrix.score_at(matrix.cursor_coordinate) == pytest.approx(
            matrix.scores[0][1]
        )  # cursor starts beside the diagonal
        await pilot.press("right", "down")  # row 2 × column 3: b_election × c_flood_second
        assert tuple(matrix.cursor_coordinate) == (1, 2)
        await pilot.press("enter")
        await settle(app, pilot)
        assert pair_titles(app) == (ARTICLES["b_election.md"][0], ARTICLES["c_flood_second.md"][0])


async def test_keys_are_answered_while_a_slow_scan_runs(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow_scan(files: list[Path], max_bytes: int) -> Iterator[ScanProgress]:
        for done, path in enumerate(files, start=1):
            time.sleep(0.3)
            yield ScanProgress(read_entry(path, max_bytes), done, len(files))

    monkeypatch.setattr(library_module, "scan_entries", slow_scan)
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        while not screen.entries:
            await pilot.pause(0.05)
        await pilot.press("s", "space")  # sort and mark while files are still being read
        assert screen.sort == "title" and len(screen.query_one(LibraryTable).marked) == 1
        assert len(screen.entries) < 6  # the scan had not finished when the keys were handled
        assert "reading" in str(screen.query_one("#library-status").render())
        await scanned(app, pilot)
        assert len(titles(screen)) == 6


async def test_reopening_a_folder_marks_the_last_pair(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await scanned(app, pilot)
        await pilot.press("down", "enter")  # b_election with its best match
        await settle(app, pilot)
    state = load_recent()
    assert state.folders[0] == folder.resolve()
    pair = (folder / "b_election.md", folder / "d_election_second.md")
    assert state.last_pair == tuple(path.resolve() for path in pair)
    again = library_app(folder)
    async with again.run_test(size=SIZE) as pilot:
        screen = await scanned(again, pilot)
        table = screen.query_one(LibraryTable)
        assert [path.name for path in table.marked] == ["b_election.md", "d_election_second.md"]
        assert table.selected is not None and table.selected.path.name == "b_election.md"


async def test_a_plain_comparison_offers_no_stepping_keys(seed_a: Article, seed_b: Article) -> None:
    app = DiptychApp(seed_a, seed_b, no_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert type(app.screen) is CompareScreen
        keys = {binding.key for _, binding, _, _ in app.screen.active_bindings.values()}
        assert not keys & {"right_square_bracket", "left_square_bracket", "backspace"}


async def test_palette_offers_no_reader_actions_in_the_library(folder: Path) -> None:
    from textual.command import CommandList

    app = library_app(folder)
    async with app.run_test(size=(160, 45)) as pilot:
        await scanned(app, pilot)
        await pilot.press("ctrl+p", *"mark sentence")
        await pilot.pause(0.5)
        prompts = [str(option.prompt) for option in app.screen.query_one(CommandList).options]
        assert not any("Mark sentence" in prompt for prompt in prompts)


async def test_an_article_gone_since_the_scan_is_refused_not_opened(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        (folder / "d_election_second.md").unlink()
        await pilot.press("down", "enter")  # b_election with its best match, now deleted
        await settle(app, pilot)
        assert app.screen is screen
        (notice,) = app._notifications
        assert "Quito elects Marco Haddad could not be read: no such file" in notice.message


async def test_a_file_changed_since_the_scan_is_compared_as_it_is_now(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await scanned(app, pilot)
        changed = folder / "d_election_second.md"
        changed.write_text("Quito counts again\n\nThe count of the mayoral vote was reopened.\n")
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert pair_titles(app) == (ARTICLES["b_election.md"][0], "Quito counts again")


async def test_a_long_list_is_added_a_screenful_at_a_time_with_keys_in_between() -> None:
    from textual.app import App, ComposeResult

    from reader.core.folders.library import LibraryEntry
    from reader.ui.widgets.library_table import ROWS_PER_TURN

    entries = [LibraryEntry(Path(f"/news/{n:04d}.txt"), f"Story {n}", words=9) for n in range(250)]

    class TableApp(App[None]):
        def compose(self) -> ComposeResult:
            yield LibraryTable()

    app = TableApp()
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one(LibraryTable)
        table.append(entries)
        assert (len(table.shown), table.row_count) == (250, ROWS_PER_TURN)
        for _ in range(100):  # the rest come a turn at a time
            if table.row_count == 250:
                break
            await pilot.pause(0.01)
        assert table.row_count == 250
        table.show(entries)  # re-sorted or filtered: rows again, a turn at a time
        assert table.select(entries[-1].path)  # a row not added yet is added to select it
        assert table.selected == entries[-1] and table.row_count == 250


async def test_a_url_source_shows_as_its_site_and_a_timestamp_as_its_day(folder: Path) -> None:
    front = "---\ntitle: Riga floods again\nsource: https://www.lsm.lv/article/123\n"
    (folder / "g_url.md").write_text(front + "date: 2024-03-06T08:15:00Z\n---\n\n" + FLOOD)
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        table = screen.query_one(LibraryTable)
        row = [cell.plain for cell in table.get_row_at(6)]
        assert row[1:5] == ["Riga floods again", "g_url.md", "lsm.lv", "2024-03-06"]
