"""Library view benchmark: a generated folder of 2,000 articles opened in the UI (Pilot).

    .venv/bin/python tests/benchmarks/bench_library_ui.py [--articles N] [--html-every N]

Prints, from the app's start: time to the first rows on screen, to the full list,
to the related panel (index built); how long a key takes to move the cursor while
the scan runs and after it; and re-ranking the related articles of one selection.
Twice: a folder never read before, then the same folder reopened (entries from the
cache, in a temporary cache folder).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

from textual.pilot import Pilot

from reader.ui.library_app import make_library_app
from reader.ui.screens.library import LibraryScreen
from reader.ui.widgets.library_table import LibraryTable
from tests.benchmarks.bench_library import write_folder


async def key_latency(pilot: Pilot[None], table: LibraryTable) -> float:
    """From pressing `j` to the cursor on the next row (Pilot's press itself also waits
    for the app to go idle, which a running scan delays, so it is not what is timed)."""
    row = table.cursor_row
    pressed = time.perf_counter()
    press = asyncio.create_task(pilot.press("j"))
    while table.cursor_row == row and time.perf_counter() - pressed < 10:
        await asyncio.sleep(0.001)
    moved = time.perf_counter() - pressed
    await press
    return moved


async def measure(folder: Path) -> dict[str, float]:
    app = make_library_app([folder])
    times: dict[str, float] = {}
    start = time.perf_counter()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.query_one(LibraryTable)
        while table.row_count == 0:
            await asyncio.sleep(0.005)
        times["first rows"] = time.perf_counter() - start
        while table.row_count < 3:  # room for the cursor to move
            await asyncio.sleep(0.005)
        times["key during scan"] = await key_latency(pilot, table)
        while table.row_count < len(screen.files):
            await asyncio.sleep(0.005)
        times["full list"] = time.perf_counter() - start
        while screen.index is None:
            await asyncio.sleep(0.005)
        times["related ready"] = time.perf_counter() - start
        moves = [await key_latency(pilot, table) for _ in range(20)]
        times["key after scan (median)"] = statistics.median(moves)
        ranks = []
        for _ in range(20):
            before = time.perf_counter()
            screen.show_related()
            ranks.append(time.perf_counter() - before)
        times["re-rank + redraw panel (median)"] = statistics.median(ranks)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--html-every", type=int, default=5, help="1 in N is HTML; 0: none")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary, "articles")
        folder.mkdir()
        os.environ["XDG_CACHE_HOME"] = str(Path(temporary, "cache"))
        os.environ["XDG_STATE_HOME"] = str(Path(temporary, "state"))
        write_folder(folder, args.articles, args.words, args.html_every)
        cold = asyncio.run(measure(folder))
        warm = asyncio.run(measure(folder))
    html = f"1 in {args.html_every} HTML" if args.html_every else "no HTML"
    print(f"articles: {args.articles} ({args.words} words, {html}), {os.cpu_count()} cores")
    print(f"{'':<32} {'first open':>11} {'reopened':>11}")
    for name, value in cold.items():
        row = [value, warm[name]]
        shown = [f"{v:11.0f}" if name.startswith("rows") else f"{v * 1000:8.0f} ms" for v in row]
        print(f"{name:<32} {shown[0]} {shown[1]}")


if __name__ == "__main__":
    main()
