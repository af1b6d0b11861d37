"""Facts benchmark: extract and link the facts of two ~1 MB articles.

    .venv/bin/python tests/benchmarks/bench_facts.py [--size 1000000] [--runs 3]

Each article repeats its seed with varied numbers and names per copy (so facts
and contexts differ, as a long real article's would). Prints the fact counts,
the links found, and the CPU time (process time, steadier than wall time on a
shared machine) to extract and to link at 1/10 and full size; the growth ratio
shows whether the work stays near-linear. Each run reads the articles afresh (a last
line that differs per run and holds no fact), so nothing cached by text carries
over from the run before: the times are what one comparison costs.

The copies repeat a few hundred distinct sentences, so a last row measures real
news text as well: the ECB+ development topics' `ecb` articles joined against
their `ecbplus` articles (about 160 + 180 KB; read from ../shared/data/ecbplus
when it is there, `--ecb DIR` elsewhere; skipped without it).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from reader.core.facts.quantities import extract_facts, link_facts
from reader.core.reading.loading import article_from_text

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ECB_TEXT = ROOT.parent / "shared" / "data" / "ecbplus" / "text"
DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
NAMES = ["Lisbon", "Nairobi", "Oslo", "Quito", "Riga", "Seoul", "Tunis", "Warsaw"]
_DIGITS = re.compile(r"\d+")


def varied(seed: str, size: int) -> str:
    """Copies of `seed` until `size` characters; copy k shifts numbers and names."""
    copies: list[str] = []
    total, copy = 0, 0
    while total < size:

        def shift(found: re.Match[str], copy: int = copy) -> str:
            return str(int(found.group()) + copy % 7)

        text = _DIGITS.sub(shift, seed).replace("Germany", NAMES[copy % len(NAMES)])
        text = text.replace("meeting", f"meeting {NAMES[(copy * 3) % len(NAMES)]}")
        copies.append(text)
        total += len(text) + 2
        copy += 1
    return "\n\n".join(copies)[:size]


def measure(text_a: str, text_b: str, runs: int) -> tuple[int, int, float, float]:
    best_extract = best_link = float("inf")
    for run in range(runs):
        last_line = f"\n\n(End of copy{'.' * run})"
        a, b = (article_from_text(text + last_line) for text in (text_a, text_b))
        start = time.process_time()
        facts = extract_facts(a, "a") + extract_facts(b, "b")
        middle = time.process_time()
        links, _ = link_facts(facts, a, b)
        end = time.process_time()
        best_extract = min(best_extract, middle - start)
        best_link = min(best_link, end - middle)
    return len(facts), len(links), best_extract, best_link


def ecb_pair(folder: Path) -> tuple[str, str]:
    """The development topics' `ecb` articles joined, and their `ecbplus` ones."""
    sides: dict[bool, list[str]] = {False: [], True: []}
    for topic in DEV_TOPICS:
        for path in sorted((folder / str(topic)).glob("*.txt")):
            sides[path.stem.endswith("ecbplus")].append(path.read_text(encoding="utf-8"))
    return "\n\n".join(sides[False]), "\n\n".join(sides[True])


def row(label: str, size: int, measured: tuple[int, int, float, float]) -> str:
    facts, links, extract, link = measured
    return (
        f"{label:<12} {size:>9} {facts:>7} {links:>7} {extract:>10.3f} {link:>8.3f}"
        f" {extract + link:>8.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ecb", type=Path, default=ECB_TEXT, help="ECB+ text/ folder")
    args = parser.parse_args()
    seed_a, seed_b = (path.read_text() for path in sorted(SEEDS.glob("*.txt"))[:2])
    header = f"{'input':<12} {'chars':>9} {'facts':>7} {'links':>7} {'extract s':>10}"
    print(f"{header} {'link s':>8} {'total s':>8}")
    for size in (args.size // 10, args.size):
        measured = measure(varied(seed_a, size), varied(seed_b, size), args.runs)
        print(row("seed copies", size, measured))
    if not args.ecb.is_dir():
        print(f"ECB+ dev text: skipped ({args.ecb} not found)")
        return
    text_a, text_b = ecb_pair(args.ecb)
    print(row("ECB+ dev", len(text_a), measure(text_a, text_b, args.runs)))


if __name__ == "__main__":
    main()
