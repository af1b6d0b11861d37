"""CLI benchmark: the whole `diptych compare A B --format json` command, as a user runs it.

    .venv/bin/python tests/benchmarks/bench_cli.py [--repeat 3] [--diptych PATH]

Times the installed command in a subprocess (start-up, loading, analysis, JSON
written to a file) on the seeds, on the seeds repeated to 100 KB and 1 MB with
small variations (`bench_reader.big_article`, the adversarial case: every passage
has dozens of near-twins) and on 100 KB and 1 MB synthetic pairs (`synthetic.py`).
Each row is the median of `--repeat` runs; peak memory is the child's max RSS as
`/usr/bin/time` reports it (`os.wait4`, the per-child form of RUSAGE_CHILDREN).
Baselines measured in the same run: `python -c pass` (interpreter start-up) and
`difflib.SequenceMatcher` over the pair's normalised sentence lists. Targets
(DESIGN.md): a 1 MB pair under 3 s and 500 MB, 1MB/100KB time ratio at most 15.
"""

from __future__ import annotations

import argparse
import difflib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reader import big_article  # noqa: E402
from synthetic import generate  # noqa: E402

from reader.core.reading.loading import article_from_text  # noqa: E402

SEEDS = (ROOT / "seeds" / "000_259be27b5eeff012.txt", ROOT / "seeds" / "002_a7c2156ec2a0f3ad.txt")
SIZES = {"100KB": 100_000, "1MB": 1_000_000}


def pairs(folder: Path) -> dict[str, tuple[Path, Path]]:
    """Name -> the two article files of each benchmark case."""
    cases = {"seeds": SEEDS}
    for label, size in SIZES.items():
        sized = folder / f"repeated_{label}"
        sized.mkdir()
        cases[f"seeds-repeated {label}"] = (
            big_article(SEEDS[0], size, sized),
            big_article(SEEDS[1], size, sized),
        )
    for label, size in SIZES.items():
        pair = generate(size, seed=size)
        paths = (folder / f"synthetic_{label}_a.txt", folder / f"synthetic_{label}_b.txt")
        paths[0].write_text(pair.text_a, encoding="utf-8")
        paths[1].write_text(pair.text_b, encoding="utf-8")
        cases[f"synthetic {label}"] = paths
    return cases


def run(command: list[str], output: Path) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS in MB) of one run of `command`, stdout to
    `output`. CPU time counts the command's own children too (steadier on a busy
    machine than wall time)."""
    with output.open("wb") as sink:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {error}")
    if process.stderr:
        process.stderr.close()
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(command: list[str], output: Path, repeat: int) -> tuple[float, float, float]:
    """Median wall and CPU time, and the largest peak RSS, over `repeat` runs."""
    results = [run(command, output) for _ in range(repeat)]
    return (
        statistics.median(wall for wall, _, _ in results),
        statistics.median(cpu for _, cpu, _ in results),
        max(peak for _, _, peak in results),
    )


def difflib_time(paths: tuple[Path, Path]) -> float:
    """SequenceMatcher over the two articles' normalised sentences (loading not timed)."""
    lists = []
    for path in paths:
        article = article_from_text(path.read_text(encoding="utf-8"))
        lists.append(
            [" ".join(article.span_text(s.span).lower().split()) for s in article.sentences]
        )
    started = time.perf_counter()
    difflib.SequenceMatcher(None, *lists, autojunk=False).get_matching_blocks()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--diptych", default=str(Path(sys.executable).parent / "diptych"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        output = folder / "out.json"
        start_up, _, start_up_mb = measure([sys.executable, "-c", "pass"], output, args.repeat)
        print(f"baseline: python -c pass {start_up:.3f} s, {start_up_mb:.0f} MB")
        print(
            f"{'case':<24} {'input KB':>9} {'time s':>7} {'cpu s':>6} {'peak MB':>8}"
            f" {'difflib s':>10}"
        )
        times: dict[str, float] = {}
        for name, paths in pairs(folder).items():
            command = [args.diptych, "compare", *map(str, paths), "--format", "json"]
            elapsed, cpu, peak = measure(command, output, args.repeat)
            size = sum(path.stat().st_size for path in paths) / 1024
            times[name] = elapsed
            baseline = difflib_time(paths)
            print(
                f"{name:<24} {size:>9,.0f} {elapsed:>7.3f} {cpu:>6.3f} {peak:>8.0f}"
                f" {baseline:>10.3f}"
            )
        for kind in ("seeds-repeated", "synthetic"):
            ratio = times[f"{kind} 1MB"] / times[f"{kind} 100KB"]
            print(f"{kind}: time(1MB)/time(100KB) = {ratio:.1f} (target <= 15)")


if __name__ == "__main__":
    main()
