"""Reader benchmark: launch -> first paint (in tmux, the real terminal path) and key -> screen.

    .venv/bin/python tests/benchmarks/bench_reader.py [--size-mb 1] [--repeat 3]

All are timed through tmux, the path a user's keys take: first paint from starting
`diptych A B` in a 160x45 window until the article text shows in `capture-pane`; a
key from `send-keys` until the captured screen (with colours) changes, with two 1 MB
articles open and aligned. Polling adds a few ms to each number.

With big articles the analysis runs in a child process: a `sitecustomize` hook (on
PYTHONPATH, for this benchmark only) writes the moment that child's `compare` returns,
so the table shows how long the reader then takes to show the highlights. Meanwhile
PageDown/PageUp are pressed every 0.2 s from the first paint until 2 s after the highlights,
and the longest of those waits is reported: no key may stall while results arrive.
Both on seed-repeated articles and on a synthetic pair (`synthetic.py`).

A key's wait through tmux also holds the time tmux and this script take to send it and
to read the screen, which on a loaded machine can be the most of it. So the same hook
also measures inside the reader: a heartbeat on its event loop every 5 ms notes how
late it ran, and "longest UI stall" is the longest the reader's UI thread could not
take a key in that window (its own work, or the process waiting for a core); "most UI
CPU in a stall" is the reader's own part, the CPU its UI thread spent in one stall.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.core.paths import seed_paths

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import generate

DIPTYCH = Path(sys.executable).parent / "diptych"
# Each key changes the screen from the state the previous one left (tmux key names).
KEYS = ("j", "k", "n", "N", "PageDown", "PageUp", "G", "g", "u", "Tab", "Tab", "o", "o")


def big_article(seed: Path, size: int, folder: Path) -> Path:
    """`size` bytes of the seed repeated, every copy varied so no two are identical."""
    text = seed.read_text(encoding="utf-8")
    lines = text.splitlines()
    parts, total, copy = [lines[0]], 0, 0
    while total < size:
        body = "\n".join(lines[1:]).replace("Putin", f"Putin ({copy})")
        parts.append(f"Part {copy}\n{body}")
        total += len(body) + 10
        copy += 1
    path = folder / f"big_{seed.stem}.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def synthetic_pair(size: int, folder: Path) -> list[Path]:
    """A generated pair (A and an edited copy B) of about `size` characters each."""
    pair = generate(size)
    paths = [folder / "synthetic_a.txt", folder / "synthetic_b.txt"]
    for path, text in zip(paths, (pair.text_a, pair.text_b), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


XDG_FOLDERS = ("DATA", "STATE", "CACHE")
# Loaded by every Python process started with it on PYTHONPATH. In the reader's
# analysis child it notes the wall-clock time its `compare` returned; in the reader
# it runs a heartbeat on the event loop and notes each beat later than LATE seconds.
ANALYSIS_HOOK = """
import os, sys, time
if "reader.ui.analysis" in sys.orig_argv:
    import reader.core.compare as _module
    _compare = _module.compare
    def _timed(*args, **kwargs):
        result = _compare(*args, **kwargs)
        with open(os.environ["DIPTYCH_BENCH_MARK"], "w") as mark:
            mark.write(repr(time.time()))
        return result
    _module.compare = _timed
elif "DIPTYCH_BENCH_STALLS" in os.environ:
    import asyncio.base_events, threading
    LATE, BEAT = 0.02, 0.005
    _stalls = open(os.environ["DIPTYCH_BENCH_STALLS"], "a", buffering=1)
    def _beat(loop, due, cpu):
        now, cpu_now = time.monotonic(), time.thread_time()
        if now - due > LATE:  # when, how late, and the UI thread's own CPU meanwhile
            _stalls.write(f"{time.time() - (now - due)!r} {now - due!r} {cpu_now - cpu!r}\\n")
        loop.call_at(now + BEAT, _beat, loop, now + BEAT, cpu_now)
    _run_forever = asyncio.base_events.BaseEventLoop.run_forever
    def _run_with_heartbeat(self):
        if threading.current_thread() is threading.main_thread():
            self.call_soon(_beat, self, time.monotonic(), time.thread_time())
        return _run_forever(self)
    asyncio.base_events.BaseEventLoop.run_forever = _run_with_heartbeat
"""


class Terminal:
    """diptych running in a detached 160x45 session of a tmux server of its own (on the
    default server, another user's session ending could take the server down as this
    one starts)."""

    def __init__(self, paths: list[Path], home: Path, extra_env: str = "") -> None:
        self.session = f"bench{time.monotonic_ns()}"
        folders = " ".join(f"XDG_{name}_HOME={home}/{name.lower()}" for name in XDG_FOLDERS)
        env = f"HOME={home} {folders} {extra_env}"
        command = f"env {env} TERM=xterm-256color {DIPTYCH} " + " ".join(map(str, paths))
        self.started = time.perf_counter()
        self.tmux("new-session", "-d", "-s", self.session, "-x", "160", "-y", "45", command)

    def tmux(self, *arguments: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.session, *arguments], capture_output=True, text=True, check=True
        ).stdout

    def screen(self) -> str:
        """The screen with its colours (-e), so a style-only change counts as a change."""
        return self.tmux("capture-pane", "-e", "-p", "-t", self.session)

    def wait_for(self, done: Callable[[str], bool], limit: float = 60) -> str:
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            screen = self.screen()
            if done(screen):
                return screen
            time.sleep(0.002)
        raise RuntimeError("the screen did not change in time")

    def key_time(self, key: str, limit: float = 5) -> float:
        """Seconds from sending `key` until the screen shows something new."""
        before = self.screen()
        start = time.perf_counter()
        self.tmux("send-keys", "-t", self.session, key)
        self.wait_for(lambda screen: screen != before, limit=limit)
        return time.perf_counter() - start

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.session, "kill-server"], capture_output=True)


def first_paint(paths: list[Path], marker: str, home: Path) -> float:
    """Seconds from launching diptych to `marker` appearing on the screen."""
    terminal = Terminal(paths, home)
    try:
        terminal.wait_for(lambda screen: marker in screen)
        return time.perf_counter() - terminal.started
    finally:
        terminal.close()


def key_times(paths: list[Path], home: Path, repeat: int) -> dict[str, float]:
    """Median milliseconds from each key to the updated screen, after alignment finished."""
    terminal = Terminal(paths, home)
    times: dict[str, list[float]] = {key: [] for key in KEYS}
    try:
        terminal.wait_for(is_aligned)
        time.sleep(1)
        for _ in range(repeat):
            for key in KEYS:
                times[key].append(terminal.key_time(key) * 1000)
                time.sleep(0.05)
    finally:
        terminal.close()
    return {key: statistics.median(values) for key, values in times.items()}


def is_aligned(screen: str) -> bool:
    return "matches" in screen or "match " in screen


def arrival(paths: list[Path], home: Path) -> tuple[float, float, tuple[float, float]]:
    """(ms from the child's analysis ending to the highlights on screen, longest key
    wait in ms from the first paint until 2 s after that, longest UI stall in ms in
    the same window and the most CPU the UI thread spent in one stall)."""
    hook = home / "hook"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(ANALYSIS_HOOK, encoding="utf-8")
    mark, stalls = home / "analysis-ended", home / "stalls"
    mark.unlink(missing_ok=True)
    stalls.unlink(missing_ok=True)
    env = f"PYTHONPATH={hook} DIPTYCH_BENCH_MARK={mark} DIPTYCH_BENCH_STALLS={stalls}"
    terminal = Terminal(paths, home, env)
    waits: list[float] = []
    shown: float | None = None
    try:
        terminal.wait_for(lambda screen: "aligning" in screen)
        time.sleep(0.3)  # past the first paint's own layout passes
        first_key = time.time()
        while shown is None or time.time() < shown + 2:
            key = ("PageDown", "PageUp")[len(waits) % 2]  # j/k may stay inside one highlight
            waits.append(terminal.key_time(key, limit=60) * 1000)
            pause_until = time.time() + 0.2
            # Watched between the keys too (every 20 ms), not only after each key 0.2 s apart.
            while time.time() < pause_until:
                if shown is None and is_aligned(terminal.screen()):
                    shown = time.time()
                time.sleep(0.02)
    finally:
        terminal.close()
    ended = float(mark.read_text(encoding="utf-8"))
    return (shown - ended) * 1000, max(waits), longest_stall(stalls, first_key, shown + 2)


def longest_stall(stalls: Path, start: float, end: float) -> tuple[float, float]:
    """Milliseconds of the latest heartbeat that began between `start` and `end`, and
    of the most CPU the UI thread spent in one late beat (its own work: the rest of a
    stall is waiting for a core, which a loaded machine makes long)."""
    lines = stalls.read_text(encoding="utf-8").splitlines() if stalls.exists() else []
    found = [line.split() for line in lines if start <= float(line.split()[0]) <= end]
    lates, cpus = [float(late) for _, late, _ in found], [float(cpu) for *_, cpu in found]
    return max(lates, default=0.0) * 1000, max(cpus, default=0.0) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        sys.exit("tmux is needed for the first-paint timing")
    seeds = seed_paths()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        big = [big_article(seed, int(args.size_mb * 1_000_000), home) for seed in seeds]
        rows = [
            ("first paint, seeds", first_paint(seeds, "Update: As part", home) * 1000),
            (f"first paint, 2 x {args.size_mb:g} MB", first_paint(big, "Part 0", home) * 1000),
        ]
        for key, millis in key_times(big, home, args.repeat).items():
            rows.append((f"key {key!r}, 2 x {args.size_mb:g} MB", millis))
        synthetic = synthetic_pair(int(args.size_mb * 1_000_000), home)
        for name, paths in (("seeds-repeated", big), ("synthetic", synthetic)):
            after, longest, stall = arrival(paths, home)
            rows.append((f"highlights after analysis, {name}", after))
            rows.append((f"longest key wait, {name}", longest))
            rows.append((f"longest UI stall, {name}", stall[0]))
            rows.append((f"most UI CPU in a stall, {name}", stall[1]))
    print(f"{'measure':<40} {'ms':>9}")
    for name, millis in rows:
        print(f"{name:<40} {millis:>9.1f}")


if __name__ == "__main__":
    main()
