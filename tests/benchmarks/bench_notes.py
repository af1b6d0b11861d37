"""Notes benchmark: save, look up and re-anchor notes on a big, lightly edited article.

    .venv/bin/python tests/benchmarks/bench_notes.py [--notes N] [--copies N]

The article is the first seed repeated (`--copies`, default 300: about 1 MB).
Prints the time to save N notes (each committed), to find them when the text is
unchanged (by hash), after an edit near the start (every note re-anchored by
quote and context), and after an edit inside every quote (fuzzy), plus how
many notes were placed each time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from reader.core.annotation.anchoring import passage_of
from reader.core.annotation.notes import NotesStore
from reader.core.model import Article
from reader.core.reading.loading import article_from_text

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_259be27b5eeff012.txt"
T = TypeVar("T")


def big_article(copies: int, edit: tuple[str, str] | None = None) -> Article:
    # Copies are numbered so that each note's context is unique, as in a real text.
    seed = SEED.read_text(encoding="utf-8")
    parts = [f"Part {number}.\n\n{seed}" for number in range(copies)]
    text = "\n\n".join(parts)
    if edit:
        text = text.replace(*edit)
    return replace(article_from_text(text), path=Path("/bench/article.txt"))


def timed(action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--copies", type=int, default=300)
    options = parser.parse_args()
    article = big_article(options.copies)
    step = max(1, len(article.sentences) // options.notes)
    spans = [sentence.span for sentence in article.sentences[::step][: options.notes]]
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as folder, NotesStore.open(folder) as store:
        _, seconds = timed(lambda: [store.save_note(passage_of(article, span)) for span in spans])
        rows.append(("save (each committed)", seconds, ""))
        cases = {
            "find, text unchanged": article,
            "re-anchor, edit at start": big_article(options.copies, ("Update: As part", "As part")),
            "re-anchor, edit in quotes": big_article(
                options.copies, ("Putin once again denied", "Putin again denied")
            ),
        }
        for label, version in cases.items():
            placements, seconds = timed(lambda version=version: store.notes_for(version))
            placed = sum(not placement.orphaned for placement in placements)
            rows.append((label, seconds, f"{placed}/{len(spans)} placed"))
    print(f"article: {len(article.text) / 1e6:.2f} MB, {len(spans)} notes")
    for label, seconds, detail in rows:
        print(f"{label:<28} {seconds * 1000:>9.1f} ms  {detail}")


if __name__ == "__main__":
    main()
