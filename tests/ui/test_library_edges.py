"""The library's rough edges (issue 15, item 9): a File column, natural file order,
`?` with the library's keys only, and `q` in a comparison going back to the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.screens.help import HelpScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.library_compare import LibraryCompareScreen
from reader.ui.widgets.library_table import LibraryTable
from tests.ui.test_library_ui import SIZE, library_app, scanned, settle, write_folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_folder(tmp_path / "folder")


def _cells(table: LibraryTable, column: str) -> list[str]:
    return [
        str(table.get_cell_at((row, table.get_column_index(column))))
        for row in range(table.row_count)
    ]


async def test_file_column_tells_two_copies_apart(folder: Path) -> None:
    copy = folder / "a_flood_copy.md"
    copy.write_text((folder / "a_flood_first.md").read_text())
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        table = screen.query_one(LibraryTable)
        files = _cells(table, "file")
        assert "a_flood_first.md" in files and "a_flood_copy.md" in files
        titles = _cells(table, "title")
        assert titles[files.index("a_flood_first.md")] == titles[files.index("a_flood_copy.md")]
        # Columns sized to their content: the source is not cut, the table fits the screen.
        assert "Baltic Times" in _cells(table, "source")
        assert table.virtual_size.width <= table.scrollable_content_region.width


async def test_file_order_is_natural(tmp_path: Path) -> None:
    numbered = tmp_path / "numbered"
    numbered.mkdir()
    for number in (10, 2, 1):
        (numbered / f"36_{number}.txt").write_text(
            f"Story {number}\n\nThe council met on day {number}.\n"
        )
    app = library_app(numbered)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        assert _cells(screen.query_one(LibraryTable), "file") == [
            "36_1.txt",
            "36_2.txt",
            "36_10.txt",
        ]


async def test_help_in_the_library_lists_its_own_keys(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await scanned(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = str(app.screen.query_one("#help-keys").render())
        assert "Show only titles" in shown and "Overlap matrix" in shown and "Quit" in shown
        for reader_only in ("sentence", "sidebar", "Next match"):
            assert reader_only not in shown


async def test_q_in_a_comparison_goes_back_to_the_list_and_quits_there(folder: Path) -> None:
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await scanned(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryCompareScreen)
        footer_keys = {key.key: key.description for key in app.screen.query("FooterKey")}
        assert footer_keys["q"] == "Back to list"
        await pilot.press("question_mark")
        shown = str(app.screen.query_one("#help-keys").render())
        assert "Back to the library" in shown and "Quit" not in shown
        await pilot.press("escape", "q")
        await settle(app, pilot)
        assert app.screen is screen and isinstance(screen, LibraryScreen)
        assert app.is_running
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
