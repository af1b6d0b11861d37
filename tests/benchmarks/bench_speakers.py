"""Speaker attribution benchmark: a generated article of up to 1 MB against a seed.

    .venv/bin/python tests/benchmarks/bench_speakers.py [--sizes 100000 300000 1000000]

The big article is the two seed articles' paragraphs repeated in shuffled order,
each copy with its speakers renamed (new given names and surnames, some shared
across copies), so names, roles, pronouns and quotations stay realistic while
the registry of people keeps growing. Prints, per size: the time of
`attribute(big, seed_b)` and of `attribute(big, big)` (best of three), the peak
Python memory (tracemalloc, a separate run), and the speakers and claims found.
Target: under 0.5 s for 1 MB.
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from pathlib import Path

from reader.core.model import Article
from reader.core.reading.loading import article_from_text, load_article
from reader.core.speech.speakers import article_speech, attribute

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


def best_time(a: Article, b: Article, repeats: int = 3) -> tuple[float, int, int]:
    best = float("inf")
    speakers, claims = [], []
    for _ in range(repeats):
        article_speech.cache_clear()  # time the reading, not the cache
        started = time.perf_counter()
        speakers, claims = attribute(a, b, [])
        best = min(best, time.perf_counter() - started)
    return best, len(speakers), len(claims)


def peak_memory(a: Article, b: Article) -> float:
    article_speech.cache_clear()
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
    columns = [("size", 9), ("vs seed s", 10), ("vs self s", 10), ("peak MB", 8)]
    columns += [("speakers", 9), ("claims", 7)]
    print(" ".join(f"{name:>{width}}" for name, width in columns))
    for size in args.sizes:
        big = article_from_text(big_article(size, random.Random(size)))
        seconds, speakers, claims = best_time(big, seed_b)
        self_seconds, _, _ = best_time(big, big, repeats=1)
        peak = peak_memory(big, seed_b)
        print(
            f"{len(big.text):>9} {seconds:>10.3f} {self_seconds:>10.3f} {peak:>8.1f}"
            f" {speakers:>9} {claims:>7}"
        )


if __name__ == "__main__":
    main()
