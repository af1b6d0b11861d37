"""MSRP benchmark: the public API's best match score as a paraphrase classifier.

    .venv/bin/python tests/benchmarks/bench_msrp.py [--data ../shared/data/msrp]

Scores every pair as a user would: `reader.compare(s1, s2)` on the two sentences
alone, the pair's score being its best passage match's (verbatim or paraphrase;
fact links say whether numbers agree, not whether sentences do; 0 when nothing
matches). Picks the
threshold that maximises accuracy on train, and reports accuracy and F1 (positive
class) on test, next to the majority-class baseline and the share of pairs scoring 0.
The data is read in place, never copied (Microsoft's licence is non-commercial).
Test is for reporting only: nothing is tuned on it.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader import compare  # noqa: E402

Row = tuple[int, str, str]


def read_pairs(path: Path) -> list[Row]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return [(int(row[0]), row[3], row[4]) for row in reader]


def best_threshold(scored: list[tuple[float, int]]) -> float:
    """The cut (score >= cut means paraphrase) with the best accuracy on `scored`."""
    ordered = sorted(scored)
    positives = sum(label for _, label in ordered)
    correct = positives  # cut below every score: everything called a paraphrase
    best_correct, best_cut = correct, ordered[0][0] - 1e-9
    for index, (score, label) in enumerate(ordered):
        correct += -1 if label else 1  # this pair now falls below the cut
        following = ordered[index + 1][0] if index + 1 < len(ordered) else score + 1.0
        if correct > best_correct and following > score:
            best_correct, best_cut = correct, (score + following) / 2
    return best_cut


def evaluate(scored: list[tuple[float, int]], cut: float) -> tuple[float, float]:
    true_positive = sum(1 for score, label in scored if score >= cut and label)
    predicted = sum(1 for score, _ in scored if score >= cut)
    actual = sum(label for _, label in scored)
    accuracy = sum(1 for score, label in scored if (score >= cut) == bool(label)) / len(scored)
    precision = true_positive / max(1, predicted)
    recall = true_positive / max(1, actual)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return accuracy, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "msrp")
    args = parser.parse_args()
    train = read_pairs(args.data / "msr_paraphrase_train.txt")
    test = read_pairs(args.data / "msr_paraphrase_test.txt")
    started = time.perf_counter()
    train_scored = [(best_score(a, b), label) for label, a, b in train]
    test_scored = [(best_score(a, b), label) for label, a, b in test]
    elapsed = time.perf_counter() - started
    cut = best_threshold(train_scored)
    accuracy, f1 = evaluate(test_scored, cut)
    majority_accuracy, majority_f1 = evaluate(test_scored, float("-inf"))
    pairs = len(train) + len(test)
    print(f"pairs: train {len(train)}, test {len(test)}; scoring {elapsed:.2f} s for {pairs} pairs")
    print(f"threshold chosen on train: {cut:.3f}")
    print(f"{'':<22}{'accuracy':>9}{'F1':>8}")
    print(f"{'compare (test)':<22}{accuracy:>9.3f}{f1:>8.3f}")
    print(f"{'majority (test)':<22}{majority_accuracy:>9.3f}{majority_f1:>8.3f}")
    zeros = sum(1 for score, _ in test_scored if score == 0) / len(test_scored)
    print(f"test pairs with no match: {zeros:.1%}")


def best_score(first: str, second: str) -> float:
    matches = compare(first, second).matches
    return max((match.score for match in matches if match.kind != "fact"), default=0.0)


if __name__ == "__main__":
    main()
