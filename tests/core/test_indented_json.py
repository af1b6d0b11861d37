"""The fast indented JSON writer gives exactly what json.dumps(indent=2) gives."""

from __future__ import annotations

import enum
import json
import math
from typing import Any

import pytest

from reader.core.compare import compare
from reader.core.indented_json import dumps_indented
from reader.core.paths import seed_paths


class Level(enum.IntEnum):
    HIGH = 1


@pytest.mark.parametrize(
    "value",
    [
        [],
        {},
        {"a": [], "b": {}, "c": [[{}]]},
        [1, -0.0, 2.5, 1e300, 1e-7, True, False, None, 10**30],
        ['quote " backslash \\ newline \n tab \t', "ünïcode ‘’ \u2028 \x7f", ""],
        (1, (2, {"k": (3,)})),
        {1: "int key", "s": "str key"},  # json.dumps turns keys into strings
        [math.nan, math.inf, -math.inf],
        [Level.HIGH],
    ],
)
def test_same_text_as_json_dumps(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_whole_comparison_is_the_same_text() -> None:
    a, b = (path.read_text(encoding="utf-8") for path in seed_paths())
    report = compare(a, b).to_dict()
    assert dumps_indented(report) == json.dumps(report, ensure_ascii=False, indent=2)


def test_a_circular_value_fails_as_json_dumps_does() -> None:
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        dumps_indented(loop)
