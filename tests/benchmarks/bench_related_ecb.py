"""Related-article precision on the ECB+ dev topics.

    .venv/bin/python tests/benchmarks/bench_related_ecb.py [--data PATH] [--topics 2,5,...]

All articles of the dev topics go into one library (as a user's folder would);
for each article, the gold related ones are its sub-topic: same topic and the
same `ecb` / `ecbplus` event (see the data's SOURCE.md). Prints precision@1 and
precision@3 of `RelatedIndex.related`, and the sub-topic confusions at rank 1.
The feature weights were tuned on the dev topics; `--topics 36,37,38,39,40,41,42,
43,44,45` (the test split) checks them on articles they never saw.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from reader.core.folders.library import LibraryEntry
from reader.core.folders.scan_cache import scan_library
from reader.core.folders.similarity import RelatedIndex

DEFAULT_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "ecbplus" / "text"
DEV_TOPICS = "2,5,12,18,21,23,34,35"


def sub_topic(path: Path) -> str:
    """`2_11ecbplus.txt` -> `2/ecbplus`: the event the article reports."""
    topic = path.parent.name
    return f"{topic}/{'ecbplus' if path.stem.endswith('ecbplus') else 'ecb'}"


def evaluate(entries: list[LibraryEntry], index: RelatedIndex) -> tuple[float, float, Counter[str]]:
    hits_at_1 = hits_at_3 = 0
    confusions: Counter[str] = Counter()
    readable = [entry for entry in entries if entry.path in index]
    for entry in readable:
        related = index.related(entry.path, limit=3, floor=0.0)
        gold = sub_topic(entry.path)
        found = [sub_topic(item.path) == gold for item in related]
        hits_at_1 += bool(found) and found[0]
        hits_at_3 += sum(found)
        if found and not found[0]:
            confusions[f"{gold} -> {sub_topic(related[0].path)}"] += 1
    count = len(readable)
    return hits_at_1 / count, hits_at_3 / (3 * count), confusions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="ECB+ text/ folder")
    parser.add_argument("--topics", default=DEV_TOPICS, help="comma-separated topic folders")
    args = parser.parse_args()
    folders = [args.data / topic for topic in args.topics.split(",")]
    start = time.perf_counter()
    entries = scan_library(folders)
    index = RelatedIndex.build(entries)
    seconds = time.perf_counter() - start
    precision_1, precision_3, confusions = evaluate(entries, index)
    unreadable = sum(entry.error is not None for entry in entries)
    print(
        f"articles {len(entries)} ({unreadable} unreadable), "
        f"{len({sub_topic(entry.path) for entry in entries})} sub-topics, "
        f"scan + index {seconds:.2f} s"
    )
    print(f"precision@1  {precision_1:.4f}   (target >= 0.97)")
    print(f"precision@3  {precision_3:.4f}")
    for confusion, count in confusions.most_common():
        print(f"  rank-1 miss {confusion}: {count}")


if __name__ == "__main__":
    main()
