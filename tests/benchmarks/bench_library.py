"""Library benchmark: list a generated folder of 2,000 articles and rank related ones.

    .venv/bin/python tests/benchmarks/bench_library.py [--articles N] [--words N] [--html-every N]

Articles come in stories of ten (shared names, numbers and sentences, as real
coverage of one event does), as .txt with some .md and .html. Prints the time to
list (scan every file), to build the similarity index, to rank one selection,
and a baseline: naive pairwise rapidfuzz `token_set_ratio` on a sample.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz

from reader.core.folders.library import LibraryEntry, find_article_files, scan_files
from reader.core.folders.similarity import RelatedIndex

WORDS = [
    "government", "minister", "talks", "agreement", "officials", "police", "court",
    "election", "vote", "budget", "company", "market", "shares", "report", "health",
    "hospital", "storm", "flood", "fire", "city", "council", "school", "team", "match",
    "season", "coach", "player", "army", "border", "ceasefire", "protest", "union",
    "strike", "bank", "rate", "inflation", "prices", "energy", "oil", "gas", "climate",
    "summit", "leaders", "president", "spokesman", "investigation", "trial", "judge",
    "sentence", "prison", "victims", "witness", "families", "community",
]  # fmt: skip
FIRST = [
    "Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "Jamal",
    "Kofi", "Lena", "Marco", "Nadia",
]  # fmt: skip
LAST = [
    "Adams", "Brandt", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad",
    "Ivanova", "Jensen", "Kowalski",
]  # fmt: skip
PLACES = [
    "Lisbon", "Nairobi", "Oslo", "Quito", "Riga", "Seoul", "Tunis", "Utrecht", "Valencia",
    "Warsaw", "Yerevan",
]  # fmt: skip
STORY_SIZE = 10


def story_material(rng: random.Random) -> tuple[list[str], list[str]]:
    """Names, places and sentences that every article of one story draws on."""
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(4)] + rng.sample(PLACES, 2)
    sentences = [make_sentence(rng, names) for _ in range(30)]
    return names, sentences


def make_sentence(rng: random.Random, names: list[str]) -> str:
    words = rng.choices(WORDS, k=rng.randint(10, 20))
    words.insert(rng.randrange(len(words)), rng.choice(names))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), str(rng.randint(2, 5000)))
    return " ".join(words).capitalize() + "."


def make_article(rng: random.Random, names: list[str], shared: list[str], words: int) -> str:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        pick = rng.choice(shared) if rng.random() < 0.4 else make_sentence(rng, names)
        paragraphs.append(pick)
        count += len(pick.split())
    title = f"{names[0]} in {names[4]}: {rng.choice(WORDS)} {rng.choice(WORDS)}"
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_folder(folder: Path, articles: int, words: int, html_every: int = 5) -> None:
    rng = random.Random(7)
    names, shared = story_material(rng)
    for number in range(articles):
        if number % STORY_SIZE == 0:
            names, shared = story_material(rng)
        text = make_article(rng, names, shared, words)
        suffix = (".txt", ".txt", ".txt", ".md")[number % 4]
        if html_every and number % html_every == html_every - 1:
            suffix = ".html"
            text = as_html(text)
        (folder / f"article_{number:04d}{suffix}").write_text(text, encoding="utf-8")


def as_html(text: str) -> str:
    title, *paragraphs = text.split("\n\n")
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Footer</footer></body></html>"
    )


def timed(function, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--html-every", type=int, default=5, help="1 in N is HTML; 0: none")
    parser.add_argument("--baseline-sample", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        write_folder(folder, args.articles, args.words, args.html_every)
        _, find_seconds = timed(find_article_files, [folder])
        _, pool_seconds = timed(list_folder, folder, 2)
        cpu_start = time.process_time()
        entries, list_seconds = timed(list_folder, folder, 1)
        list_cpu = time.process_time() - cpu_start
        cpu_start = time.process_time()
        index, index_seconds = timed(RelatedIndex.build, entries)
        index_cpu = time.process_time() - cpu_start
        rank_times = [timed(index.related, entries[i].path)[1] for i in range(0, 200, 10)]
        related = index.related(entries[0].path)
        _, all_seconds = timed(index.all_related)
        _, all_parallel_seconds = timed(lambda: index.all_related(parallel=True))
        sample = [entry.path.read_text() for entry in entries[: args.baseline_sample]]
        _, baseline_seconds = timed(rank_naive, sample)
    same_story = sum(int(item.path.stem[-4:]) // STORY_SIZE == 0 for item in related)
    rank_ms = statistics.median(rank_times) * 1000
    html = f"1 in {args.html_every} HTML" if args.html_every else "no HTML"
    print(f"articles                        {len(entries)} ({args.words} words, {html})")
    print(f"find the files (names listed)   {find_seconds * 1000:8.1f} ms")
    print(
        f"list, one process               {list_seconds:8.3f} s   target < 2 s"
        f" (CPU {list_cpu:.3f} s: the time on an idle core)"
    )
    print(f"list, pool of 2 processes       {pool_seconds:8.3f} s   (default from 3 cores)")
    print(f"build related index             {index_seconds:8.3f} s   (CPU {index_cpu:.3f} s)")
    print(
        f"rank one selection (median)     {rank_ms:8.1f} ms  target < 300 ms"
        f" (max {max(rank_times) * 1000:.1f} ms)"
    )
    print(f"  top-5 of article 0 from its own story: {same_story}/{len(related)}")
    print(f"related lists of all articles   {all_seconds:8.3f} s   (one process)")
    print(f"  half the pairs in a child     {all_parallel_seconds:8.3f} s   (diptych library)")
    print(
        f"baseline: rapidfuzz token_set_ratio, one vs {len(sample) - 1} others "
        f"{baseline_seconds * 1000:8.1f} ms  (x{len(entries) / len(sample):.0f} for the folder)"
    )


def list_folder(folder: Path, workers: int | None) -> list[LibraryEntry]:
    files = find_article_files([folder])
    return [step.entry for step in scan_files(files, workers=workers)]


def rank_naive(texts: list[str]) -> list[float]:
    """Baseline: score the first text against every other one with rapidfuzz."""
    return sorted((fuzz.token_set_ratio(texts[0], other) for other in texts[1:]), reverse=True)


if __name__ == "__main__":
    main()
