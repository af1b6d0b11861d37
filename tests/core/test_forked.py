"""Work in a forked child: same result as in-process, failures surface in the parent."""

from __future__ import annotations

import itertools
import os
import signal
import time
from typing import Any

import pytest

from reader.core import forked
from reader.core.compare import compare
from reader.core.model import Article, Match
from reader.core.paths import seed_paths


def test_result_comes_back_from_the_child() -> None:
    parent = os.getpid()
    assert forked.start(lambda: (os.getpid() != parent, [1.5, "two"]))() == (True, [1.5, "two"])


def test_a_failing_child_raises_its_error_in_the_parent() -> None:
    def fail() -> None:
        raise ValueError("bad article")

    with pytest.raises(ValueError, match="bad article"):
        forked.start(fail)()


def test_the_first_result_comes_while_the_child_computes_the_second() -> None:
    go_on, go = os.pipe()
    parent = os.getpid()

    def second() -> bytes:
        return os.read(go_on, 1)  # the parent sends this only once it has the first result

    def on_time_out(*_: object) -> None:
        raise TimeoutError("the first result waited for the second")

    previous = signal.signal(signal.SIGALRM, on_time_out)
    signal.alarm(10)
    try:
        first, rest = forked.start_in_turn(lambda: os.getpid() != parent, second)
        assert first() is True
        os.write(go, b"!")
        assert rest() == b"!"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_result_the_child_failed_to_send_is_computed_here() -> None:
    def fail() -> None:
        raise ValueError("bad article")

    first, rest = forked.start_in_turn(lambda: "sent", fail)
    assert first() == "sent"
    with pytest.raises(ValueError, match="bad article"):
        rest()
    failed_first, never_sent = forked.start_in_turn(fail, lambda: "computed here")
    with pytest.raises(ValueError, match="bad article"):
        failed_first()
    assert never_sent() == "computed here"


def test_parallel_compare_gives_the_same_comparison() -> None:
    a, b = (path.read_text(encoding="utf-8") for path in seed_paths())
    assert compare(a, b, parallel=True).to_dict() == compare(a, b).to_dict()


def test_aligning_in_several_processes_gives_the_same_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """B tokenised in one child, its spelling variants found in another, its
    sentences probing A's index in a third, half of the related pairs trimmed in a
    fourth, two thirds of the pairs searched for phrases in a fifth: the same
    matches, scores and order as aligning in one process."""
    from reader.core.alignment import align as aligner

    a, b, alone, started = _forking_seeds(monkeypatch)
    assert aligner.align(a, b, parallel=True) == alone
    assert started == [
        "tokenise",
        "spelling_aliases",
        "_probed_from_b",
        "later_half",
        "phrases_in",
    ]


def test_sent_says_whether_the_child_is_done_without_waiting() -> None:
    go_on, go = os.pipe()
    first, second = forked.start_in_turn(lambda: "quick", lambda: os.read(go_on, 1))
    assert first() == "quick"
    assert first.sent()
    assert not second.sent()  # the child waits for the parent's byte
    os.write(go, b"!")
    deadline = time.monotonic() + 10
    while not second.sent():
        assert time.monotonic() < deadline, "the child never sent its second result"
        time.sleep(0.01)
    assert second() == b"!"


def test_aligner_forks_only_where_a_core_is_said_to_be_free(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The CLI's aligner asks, at each step, whether the facts child is done: the
    steps told no core is free run here; the matches are the same either way."""
    from reader.core.alignment import align as aligner

    a, b, alone, started = _forking_seeds(monkeypatch)
    assert aligner.align(a, b, parallel=lambda: False) == alone
    assert started == []
    answers = iter([False, False, True, True, True])  # busy while preparing, then free
    assert aligner.align(a, b, parallel=lambda: next(answers)) == alone
    assert started == ["_probed_from_b", "later_half", "phrases_in"]


def test_trimming_moves_half_of_what_is_left_to_a_child_once_a_core_frees_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The facts child may finish while the aligner trims: it trims a step at a
    time, asking each time, and once told a core is free hands half of the pairs
    left to a child; the matches are the same."""
    from reader.core.alignment import align as aligner
    from reader.core.alignment import halves

    a, b, alone, started = _forking_seeds(monkeypatch)
    monkeypatch.setattr(halves, "STEP", 1)
    trimmed_here: list[int] = []  # pairs per trimming call in this process
    real_trim = aligner._trim

    def trim(*arguments: Any) -> Any:
        trimmed_here.append(len(arguments[-1]))
        return real_trim(*arguments)

    monkeypatch.setattr(aligner, "_trim", trim)
    asked = itertools.count(1)
    # Asked twice while preparing, once before probing, then at each trimming step:
    # three steps are trimmed here before a core is free.
    assert aligner.align(a, b, parallel=lambda: next(asked) >= 7) == alone
    assert started == ["later_half", "phrases_in"]
    assert trimmed_here[:3] == [1, 1, 1]
    assert len(trimmed_here) == 4  # then the first half of the rest, here


def _forking_seeds(
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Article, Article, list[Match], list[str]]:
    """The seeds, their matches aligned in one process, and the names of the
    functions forked from here on (with every step worth a child, however small:
    the seeds have about 30 pairs to trim)."""
    from reader.core.alignment import align as aligner
    from reader.core.reading.loading import load_article

    a, b = (load_article(path) for path in seed_paths())
    alone = aligner.align(a, b)
    started: list[str] = []
    real_start = forked.start

    def start(function: Any) -> Any:
        started.append(getattr(function, "func", function).__name__)
        return real_start(function)

    for name in ("PARALLEL_TRIMS", "PARALLEL_CHARACTERS", "PARALLEL_SENTENCES", "PARALLEL_PHRASES"):
        monkeypatch.setattr(aligner, name, 1)
    monkeypatch.setattr(forked, "start", start)
    return a, b, alone, started
