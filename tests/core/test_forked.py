"""Work in a forked child: same result as in-process, failures surface in the parent."""

from __future__ import annotations

import os

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
