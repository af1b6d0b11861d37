"""Work in a forked child: same result as in-process, failures surface in the parent."""

from __future__ import annotations

import os
from typing import Any

import pytest

from reader.core import forked
from reader.core.compare import compare
from reader.core.paths import seed_paths


def test_result_comes_back_from_the_child() -> None:
    parent = os.getpid()
    assert forked.start(lambda: (os.getpid() != parent, [1.5, "two"]))() == (True, [1.5, "two"])


def test_a_failing_child_raises_its_error_in_the_parent() -> None:
    def fail() -> None:
        raise ValueError("bad article")

    with pytest.raises(ValueError, match="bad article"):
        forked.start(fail)()


def test_parallel_compare_gives_the_same_comparison() -> None:
    a, b = (path.read_text(encoding="utf-8") for path in seed_paths())
    assert compare(a, b, parallel=True).to_dict() == compare(a, b).to_dict()


def test_pairs_judged_in_two_processes_give_the_same_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Half of the candidate pairs judged in a child: the same matches, scores and order."""
    from reader.core.alignment import align as aligner
    from reader.core.reading.loading import load_article

    a, b = (load_article(path) for path in seed_paths())
    alone = aligner.align(a, b)
    halved: list[int] = []
    original = aligner.judge_in_halves

    def judge_in_halves(*args: Any) -> Any:
        halved.append(len(args[0]))
        return original(*args)

    monkeypatch.setattr(aligner, "PARALLEL_PAIRS", 1)  # the seeds have about 80 pairs
    monkeypatch.setattr(aligner, "judge_in_halves", judge_in_halves)
    assert aligner.align(a, b, parallel=True) == alone
    assert len(halved) == 1 and halved[0] > 50
