"""SVG snapshots of the library view on a fixed folder written by the test.

Update after a deliberate visual change:
pytest tests/ui/test_library_snapshots.py --snapshot-update
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.ui.app import DiptychApp
from reader.ui.library_app import make_library_app
from reader.ui.screens.library import LibraryScreen
from tests.ui.test_library_ui import no_analysis, write_folder

SIZE = (160, 45)


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DiptychApp:
    """The app on `folder`, named relative to the working folder so the header is fixed."""
    write_folder(tmp_path / "folder")
    monkeypatch.chdir(tmp_path)
    return make_library_app(["folder"], analyse=no_analysis)


def scanned_then(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Wait for the scan and the related index, then press `keys`."""

    async def run_before(pilot: Pilot[None]) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, LibraryScreen)
        while screen.index is None:
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        for key in keys:  # one at a time: a key may open a screen that computes first
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()

    return run_before


def test_library_listed(snap_compare, library: DiptychApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(library, terminal_size=SIZE, run_before=scanned_then("down", "down"))


def test_library_marked_sorted_filtered(snap_compare, library: DiptychApp) -> None:  # type: ignore[no-untyped-def]
    keys = ("space", "down", "space", "s", "slash", *"riga")
    assert snap_compare(library, terminal_size=SIZE, run_before=scanned_then(*keys))


def test_library_matrix(snap_compare, library: DiptychApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(library, terminal_size=SIZE, run_before=scanned_then("x", "down"))


def test_library_narrow(snap_compare, library: DiptychApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(library, terminal_size=(90, 30), run_before=scanned_then())
