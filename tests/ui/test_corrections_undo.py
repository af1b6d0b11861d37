"""`ctrl+z` undoes the last L or D made in the reader (issue 15, item 8)."""

from __future__ import annotations

from pathlib import Path

from reader.core.annotation.notes import NotesStore
from reader.ui.app import make_app
from tests.ui.conftest import SIZE, find, ready, seed_comparison


def _corrections(data: Path) -> list[str]:
    with NotesStore.open(data) as store:
        return [note.kind for note in store.load_notes(("link", "unlink"))]


async def test_ctrl_z_undoes_a_drop_then_a_link(seeds, tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = make_app(list(seeds), seed_comparison, data_dir=data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        original = screen.comparison.matches
        assert screen.check_action("undo_correction", ()) is False  # nothing to undo yet
        for doc, phrase in (
            ("a", "The secretary of state told reporters"),
            ("b", "President Trump opened"),
        ):
            pane = screen.panes[doc]
            pane.move_cursor(pane.sentence_near(find(pane.article, phrase)[0]))
        await pilot.press("L")
        await pilot.pause()
        assert len(screen.comparison.matches) == len(original) + 1
        await pilot.press("n")
        await pilot.press("D")
        await pilot.pause()
        assert len(screen.comparison.matches) == len(original)
        assert _corrections(data) == ["link", "unlink"]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert len(screen.comparison.matches) == len(original) + 1
        assert _corrections(data) == ["link"]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert screen.comparison.matches == original
        assert _corrections(data) == []
        assert screen.check_action("undo_correction", ()) is False
