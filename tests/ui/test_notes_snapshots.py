"""SVG snapshots of the notes states: a mark over a match, a saved note, the note editor.

Update after a deliberate visual change: pytest tests/ui/test_notes_snapshots.py --snapshot-update
"""

from __future__ import annotations

from textual.pilot import Pilot

from reader.core.paths import seed_paths
from reader.core.reading.loading import load_article
from reader.ui.app import DiptychApp, make_app
from reader.ui.screens.compare import CompareScreen
from tests.ui.conftest import seed_comparison

SIZE = (160, 45)
SENTENCE_WITH_MATCH = 7  # "…an 'intractable disagreement.'" in the first seed


def seed_app() -> DiptychApp:
    return make_app([load_article(path) for path in seed_paths()], seed_comparison)


async def marked(pilot: Pilot[None], *keys: str) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen)
    screen.panes["a"].move_cursor(SENTENCE_WITH_MATCH)
    await pilot.press("m", *keys)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_mark_over_a_match(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=marked)


def test_note_editor(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def editor(pilot: Pilot[None]) -> None:
        await marked(pilot, "a", *"Both quote it.")

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=editor)


def test_saved_note(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def saved(pilot: Pilot[None]) -> None:
        await marked(pilot, "a", *"Both quote it.", "ctrl+s", "j")

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=saved)


def test_note_editor_at_90x30(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def editor(pilot: Pilot[None]) -> None:
        await marked(pilot, "a", *"Both quote it.")

    assert snap_compare(seed_app(), terminal_size=(90, 30), run_before=editor)


def test_note_editor_at_60x20(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def editor(pilot: Pilot[None]) -> None:
        await marked(pilot, "a", *"Both quote it.")

    assert snap_compare(seed_app(), terminal_size=(60, 20), run_before=editor)


def test_export_dialog_at_60x20(snap_compare, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir("/")  # the dialog names the current folder: the same in every checkout

    async def export(pilot: Pilot[None]) -> None:
        await marked(pilot, "e")

    assert snap_compare(seed_app(), terminal_size=(60, 20), run_before=export)
