"""SVG snapshots of the reader's main states, on a fixed hand-made comparison of the seeds.

Update after a deliberate visual change: pytest tests/ui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual.pilot import Pilot

from reader.core.paths import seed_paths
from reader.core.reading.loading import load_article
from reader.ui.app import DiptychApp, make_app
from tests.ui.conftest import seed_comparison

SIZE = (160, 45)


def seed_app() -> DiptychApp:
    return make_app([load_article(path) for path in seed_paths()], seed_comparison)


def aligned_then(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Wait for the (hand-made) alignment, then press `keys`."""

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


def test_initial(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=aligned_then())


def test_after_next_match(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=aligned_then("n", "n"))


def test_help(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=aligned_then("question_mark"))


def test_sidebar_hidden(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=aligned_then("s"))


def test_only_here_shown(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=aligned_then("o", "u"))


def test_narrow(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app(), terminal_size=(90, 30), run_before=aligned_then("n"))


def test_stacked(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app(), terminal_size=(60, 30), run_before=aligned_then("n"))


def test_light_theme_after_next_match(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def light(pilot: Pilot[None]) -> None:
        pilot.app.theme = "textual-light"
        await aligned_then("n", "n", "o")(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=light)


def test_narrow_sidebar_over_the_panes(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app(), terminal_size=(90, 30), run_before=aligned_then("s", "j"))


def test_small_terminal_sidebar(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(seed_app(), terminal_size=(60, 20), run_before=aligned_then("s"))
