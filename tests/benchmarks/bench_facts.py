"""Facts benchmark: extract and link the facts of two ~1 MB articles.

    .venv/bin/python tests/benchmarks/bench_facts.py [--size 1000000] [--runs 3]

Each article repeats its seed with varied numbers and names per copy (so facts
and contexts differ, as a long real article's would). Prints the fact counts,
the links found, and the CPU time (process time, steadier than wall time on a
shared machine) to extract and to link at 1/10 and full size; the growth ratio
shows whether the work stays near-linear. Each run reads the articles afresh (a last
line that differs per run and holds no fact), so nothing cached by text carries
over from the run before: the times are what one comparison costs.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from reader.core.facts.quantities import extract_facts, link_facts
from reader.core.reading.loading import article_from_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
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
        end = f"\n\n(End of copy{'.' * run})"
        a, b = (article_from_text(text + end) for text in (text_a, text_b))
        start = time.process_time()
        facts = extract_facts(a, "a") + extract_facts(b, "b")
        middle = time.process_time()
        links, _ = link_facts(facts, a, b)
        end = time.process_time()
        best_extract = min(best_extract, middle - start)
        best_link = min(best_link, end - middle)
    return len(facts), len(links), best_extract, best_link


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    seed_a, seed_b = (path.read_text() for path in sorted(SEEDS.glob("*.txt"))[:2])
    print(f"{'chars':>9} {'facts':>7} {'links':>7} {'extract s':>10} {'link s':>8} {'total s':>8}")
    for size in (args.size // 10, args.size):
        facts, links, extract, link = measure(varied(seed_a, size), varied(seed_b, size), args.runs)
        print(
            f"{size:>9} {facts:>7} {links:>7} {extract:>10.3f} {link:>8.3f} {extract + link:>8.3f}"
        )


if __name__ == "__main__":
    main()
