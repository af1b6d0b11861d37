"""Speaker attribution benchmark: a generated article of up to 1 MB against a seed.

    .venv/bin/python tests/benchmarks/bench_speakers.py [--sizes 100000 300000 1000000]

The big article is the two seed articles' paragraphs repeated in shuffled order,
each copy with its speakers renamed (new given names and surnames, some shared
across copies), so names, roles, pronouns and quotations stay realistic while
the registry of people keeps growing. Prints, per size: the time of
`attribute(big, seed_b)` and of `attribute(big, big)` (best of three, each read
cold: every cache of the speech package cleared first), wall and CPU (the CPU
time is the one to compare on a busy machine), the peak Python memory
(tracemalloc, a separate run), and the speakers and claims found.
Target: under 0.5 s for 1 MB.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import pkgutil
import random
import time
import tracemalloc
from pathlib import Path

from reader.core import speech
from reader.core.model import Article
from reader.core.reading.loading import article_from_text, load_article
from reader.core.speech.speakers import attribute

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GIVEN = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irina"]
FAMILY = ["Adams", "Brandt", "Castillo", "Dubois", "Eriksen", "Fischer", "Haddad", "Jensen"]
# Speaker names in the seeds, replaced per copy: (given name, surname).
SPEAKERS = [("Rex", "Tillerson"), ("Sergei", "Lavrov"), ("Sergey", "Lavrov"), ("Vladimir", "Putin")]


def seed_paragraphs() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    return [part.strip() for text in texts for part in text.split("\n") if part.strip()]


def big_article(size: int, rng: random.Random) -> str:
    """Shuffled copies of the seed paragraphs, speakers renamed in each copy."""
    paragraphs = seed_paragraphs()
    parts: list[str] = []
    total = 0
    while total < size:
        renames = {
            old: (rng.choice(GIVEN), f"{rng.choice(FAMILY)}{rng.randint(1, 60):02d}")
            for old in sorted({surname for _, surname in SPEAKERS})
        }
        for paragraph in rng.sample(paragraphs, len(paragraphs)):
            parts.append(_renamed(paragraph, renames))
            total += len(parts[-1]) + 2
    return "\n\n".join(parts)[:size]


def _renamed(paragraph: str, renames: dict[str, tuple[str, str]]) -> str:
    for given, surname in SPEAKERS:
        new_given, new_surname = renames[surname]
        paragraph = paragraph.replace(f"{given} {surname}", f"{new_given} {new_surname}")
        paragraph = paragraph.replace(surname, new_surname)
    return paragraph


def best_time(a: Article, b: Article, repeats: int = 3) -> tuple[float, float, int, int]:
    """Best wall and CPU seconds of `attribute(a, b)`, and the speakers and claims."""
    wall = cpu = float("inf")
    found = (0, 0)
    for _ in range(repeats):
        clear_caches()  # time the reading, not the cache
        started, started_cpu = time.perf_counter(), time.process_time()
        speakers, claims = attribute(a, b, [])
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
        found = (len(speakers), len(claims))
    return wall, cpu, *found


def clear_caches() -> None:
    """Forget what an earlier run read: the articles' speech and every memoised
    name, title and key (a later repeat would otherwise find them all)."""
    for info in pkgutil.iter_modules(speech.__path__):
        module = importlib.import_module(f"{speech.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()


def peak_memory(a: Article, b: Article) -> float:
    clear_caches()
    tracemalloc.start()
    attribute(a, b, [])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    args = parser.parse_args()
    seed_b = load_article(SEEDS / "002_a7c2156ec2a0f3ad.txt")
    columns = [("size", 9), ("vs seed s", 10), ("vs self s", 10), ("seed cpu s", 11)]
    columns += [("self cpu s", 11), ("peak MB", 8), ("speakers", 9), ("claims", 7)]
    print(" ".join(f"{name:>{width}}" for name, width in columns))
    for size in args.sizes:
        big = article_from_text(big_article(size, random.Random(size)))
        seconds, cpu, speakers, claims = best_time(big, seed_b)
        self_seconds, self_cpu, _, _ = best_time(big, big)
        peak = peak_memory(big, seed_b)
        print(
            f"{len(big.text):>9} {seconds:>10.3f} {self_seconds:>10.3f} {cpu:>11.3f}"
            f" {self_cpu:>11.3f} {peak:>8.1f} {speakers:>9} {claims:>7}"
        )


if __name__ == "__main__":
    main()
