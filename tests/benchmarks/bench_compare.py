"""Compare benchmark: time, memory and accuracy of `compare()` on generated pairs.

    .venv/bin/python tests/benchmarks/bench_compare.py [--sizes 10000 100000 1000000]

The pairs come from `synthetic.py`: B is A with paragraphs moved, sentences
paraphrased, numbers rewritten, sentences deleted and inserted; the truth says
which sentence of A each kept sentence of B came from. Recall and precision count
the sentence links of compare()'s verbatim/paraphrase matches (a run of sentences
repeated word for word is one match linking each of its sentences in order). align_s times
align() alone (the rest of compare_s is facts and speakers). Times are wall clock
with CPU time in brackets (the machine is shared: CPU time is steadier). Each size
runs in a fresh subprocess, so peak memory (max RSS) is that size's alone.
`difflib.SequenceMatcher` over the same normalised sentence lists is the baseline.
"""

from __future__ import annotations

import argparse
import difflib
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate  # noqa: E402

from reader.core.alignment.align import align  # noqa: E402
from reader.core.compare import compare  # noqa: E402
from reader.core.model import Article, Match  # noqa: E402
from reader.core.reading.loading import article_from_text  # noqa: E402


def truth_links(pair_links: list[tuple[int, int]], a: Article, b: Article) -> set[tuple[int, int]]:
    links = set()
    for offset_a, offset_b in pair_links:
        sentence_a, sentence_b = a.sentence_at(offset_a), b.sentence_at(offset_b)
        assert sentence_a is not None and sentence_b is not None
        links.add((sentence_a.index, sentence_b.index))
    return links


def sentence_links(match: Match, a: Article, b: Article) -> set[tuple[int, int]]:
    """The sentence pairs a match links: a run of sentences repeated word for word
    (compare() joins them into one match) links its sentences in order."""
    first_a, first_b = a.sentence_at(match.a[0]), b.sentence_at(match.b[0])
    last_a, last_b = a.sentence_at(match.a[1] - 1), b.sentence_at(match.b[1] - 1)
    assert first_a and first_b and last_a and last_b
    run_a = range(first_a.index, last_a.index + 1)
    run_b = range(first_b.index, last_b.index + 1)
    if len(run_a) == len(run_b):
        return set(zip(run_a, run_b, strict=True))
    return {(first_a.index, first_b.index)}


def scores(predicted: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float]:
    hits = len(predicted & truth)
    return hits / max(1, len(truth)), hits / max(1, len(predicted))


def difflib_links(a: Article, b: Article) -> set[tuple[int, int]]:
    """Sentence pairs inside SequenceMatcher's matching blocks (equal sentences, in order)."""
    sentences_a = [" ".join(a.span_text(s.span).lower().split()) for s in a.sentences]
    sentences_b = [" ".join(b.span_text(s.span).lower().split()) for s in b.sentences]
    matcher = difflib.SequenceMatcher(None, sentences_a, sentences_b, autojunk=False)
    return {
        (block.a + k, block.b + k)
        for block in matcher.get_matching_blocks()
        for k in range(block.size)
    }


def run_one(size: int) -> dict[str, float]:
    """One size, in this process: generate, compare, score, baseline."""
    pair = generate(size, seed=size)
    a, b = article_from_text(pair.text_a), article_from_text(pair.text_b)
    truth = truth_links(pair.links, a, b)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu_started = time.perf_counter(), time.process_time()
    comparison = compare(a, b)
    compare_time = time.perf_counter() - started
    compare_cpu = time.process_time() - cpu_started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu_started = time.perf_counter(), time.process_time()
    align(a, b)
    align_time = time.perf_counter() - started
    align_cpu = time.process_time() - cpu_started
    predicted = {
        link for m in comparison.matches if m.kind != "fact" for link in sentence_links(m, a, b)
    }
    recall, precision = scores(predicted, truth)
    started = time.perf_counter()
    baseline = difflib_links(a, b)
    baseline_time = time.perf_counter() - started
    base_recall, base_precision = scores(baseline, truth)
    return {
        "size": len(pair.text_a),
        "sentences": len(a.sentences),
        "align": align_time,
        "align_cpu": align_cpu,
        "time": compare_time,
        "compare_cpu": compare_cpu,
        "peak_mb": rss_after / 1024,
        "delta_mb": (rss_after - rss_before) / 1024,
        "recall": recall,
        "precision": precision,
        "difflib_time": baseline_time,
        "difflib_recall": base_recall,
        "difflib_precision": base_precision,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child)))
        return
    rows = [_in_subprocess(size) for size in args.sizes]
    header = (
        "size(chars) sentences align_s (cpu) compare_s (cpu) peak_MB +MB recall precision"
        " | difflib_s recall precision"
    )
    print(header)
    for row in rows:
        print(
            f"{row['size']:>11,} {row['sentences']:>9}"
            f" {row['align']:>7.3f} ({row['align_cpu']:.3f})"
            f" {row['time']:>9.3f} ({row['compare_cpu']:.3f})"
            f" {row['peak_mb']:>7.0f}"
            f" {row['delta_mb']:>4.0f} {row['recall']:>6.3f} {row['precision']:>9.3f} |"
            f" {row['difflib_time']:>9.3f} {row['difflib_recall']:>6.3f}"
            f" {row['difflib_precision']:>9.3f}"
        )
    by_size = {row["size"] // 100_000: row for row in rows}
    if 1 in by_size and 10 in by_size:
        for key in ("align", "align_cpu", "time", "compare_cpu"):
            ratio = by_size[10][key] / by_size[1][key]
            print(f"{key}: time(1MB)/time(100KB) = {ratio:.1f}")


def _in_subprocess(size: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(size)], capture_output=True, text=True, check=True
    )
    sys.stderr.write(done.stderr)
    return json.loads(done.stdout)


if __name__ == "__main__":
    main()
