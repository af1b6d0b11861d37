"""A comparison's JSON (`json_text(comparison.to_dict())`), written fast and in chunks.

Most of it is the match records (8,800 on the bench's 2 x 1 MB synthetic pair):
built as dicts and walked piece by piece by json's indented encoder (Python, not
C, once there is an indent) they take 135-150 ms; each is formatted here from one
template instead, and json encodes the rest, one top-level value at a time (so
that no chunk holds much more than an article's text). A record the template
cannot write exactly as json would (a number of another type, a score that is
not finite) goes through json after all.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from json.encoder import encode_basestring

from reader.core.model import Comparison, Match
from reader.core.printable import json_string, json_value_chunks

# One match record at its depth in the document (two levels in: 4 spaces).
_MATCH = "\n".join(
    (
        "{",
        '      "a": [',
        "        %d,",
        "        %d",
        "      ],",
        '      "b": [',
        "        %d,",
        "        %d",
        "      ],",
        '      "kind": %s,',
        '      "score": %r,',
        '      "a_text": %s,',
        '      "b_text": %s',
        "    }",
    )
)
_BETWEEN = ",\n    "
_PER_CHUNK = 1000


def comparison_json(comparison: Comparison) -> Iterator[str]:
    """The same text as `json_chunks(comparison.to_dict())`, in chunks (none holds
    more than one value of the top level, or 1,000 matches)."""
    record = comparison.to_dict(with_matches=False)
    yield "{"
    for number, (key, value) in enumerate(record.items()):
        yield ("," if number else "") + "\n  " + json_string(key) + ": "
        yield from _matches(comparison) if key == "matches" else json_value_chunks(value, 1)
    yield "\n}\n"


def _matches(comparison: Comparison) -> Iterator[str]:
    matches = comparison.matches
    if not matches:
        yield "[]"
        return
    for start in range(0, len(matches), _PER_CHUNK):
        records = _records(comparison, matches[start : start + _PER_CHUNK])
        yield ("[\n    " if start == 0 else _BETWEEN) + _BETWEEN.join(records)
    yield "\n  ]"


def _records(comparison: Comparison, matches: Sequence[Match]) -> list[str]:
    a_text, b_text = comparison.a.text, comparison.b.text
    kinds: dict[str, str] = {}
    records = []
    for match in matches:
        (a_start, a_end), (b_start, b_end) = match.a, match.b
        score = round(match.score, 4)
        # Exactly the types json writes as %d and %r would (a bool is an int to %d).
        if not (
            type(a_start) is type(a_end) is type(b_start) is type(b_end) is int
            and type(score) is float
            and math.isfinite(score)
        ):
            records.append("".join(json_value_chunks(comparison.match_dict(match), 2)))
            continue
        kind = kinds.get(match.kind) or kinds.setdefault(match.kind, json_string(match.kind))
        text_a, text_b = a_text[a_start:a_end], b_text[b_start:b_end]
        records.append(
            _MATCH
            % (
                a_start,
                a_end,
                b_start,
                b_end,
                kind,
                score,
                # json_string, called only where there may be something to escape
                encode_basestring(text_a) if text_a.isascii() else json_string(text_a),
                encode_basestring(text_b) if text_b.isascii() else json_string(text_b),
            )
        )
    return records
