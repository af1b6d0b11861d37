"""JSON output written in chunks: the same text as one json.dumps, unsafe characters escaped."""

from __future__ import annotations

import json

from reader.core.printable import json_chunks, json_text


def _big_value() -> dict[str, object]:
    """Enough records for several chunks, with characters that must be escaped
    (C1 controls, bidi overrides, line separators) and some that must not."""
    odd = [
        "plain",
        "quote \u201cthis\u201d",
        "bidi \u202e evil",
        "line\u2028break",
        "c1 \x85 x",
        "",
    ]
    return {
        "version": 1,
        "matches": [
            {"a": [i, i + 5], "text": odd[i % len(odd)], "score": i / 7, "empty": []}
            for i in range(12_000)
        ],
        "nothing": {},
        "flags": [True, False, None],
    }


def test_chunks_join_to_json_dumps_with_unsafe_characters_escaped() -> None:
    value = _big_value()
    chunks = list(json_chunks(value))
    assert len(chunks) > 2  # written as it comes, never one string of it all
    text = "".join(chunks)
    expected = json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    for unsafe in ("\u202e", "\u2028", "\x85"):
        assert unsafe not in text
        expected = expected.replace(unsafe, f"\\u{ord(unsafe):04x}")
    assert text == expected == json_text(value)
    assert json.loads(text) == value
