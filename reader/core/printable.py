"""Names Diptych did not choose (file names, error messages) made safe to show or save.

Article text is sanitised when it is loaded; file names are not article text and
must stay exact, so they are escaped where they are shown instead: a control
character, a bidi override or an undecodable byte (a surrogate from
`os.fsdecode`) appears as a visible escape and never acts on the terminal, and
JSON output stays valid UTF-8 that reads back to the exact name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import islice
from json.encoder import encode_basestring
from typing import Any

# Bidi marks and overrides, line/paragraph separators, surrogates (undecodable bytes).
_INVISIBLE = "\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_INVISIBLE}]")
# json.dumps already escapes C0 controls; the rest must not appear raw either.
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{_INVISIBLE}]")
# Pieces of json's indented encoding (a key, a separator, a number) per chunk.
_PIECES_PER_CHUNK = 20_000


def printable(text: str) -> str:
    """`text` on one line, with unsafe characters shown as escapes (`\\x1b`, `\\xff`)."""
    return _UNSAFE.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a file-name byte that is not UTF-8
    return ascii(found.group())[1:-1]


def json_text(value: Any) -> str:
    """Indented JSON whose every unsafe character is a `\\uXXXX` escape (exact on reading)."""
    return "".join(json_chunks(value))


def json_chunks(value: Any) -> Iterator[str]:
    """`json_text` in chunks, to be written as they come: an 11 MB comparison is
    a million pieces in json's indented encoding, which `json.dumps` holds in one
    list (70 MB) before joining them."""
    yield from json_value_chunks(value)
    yield "\n"


def json_value_chunks(value: Any, depth: int = 0) -> Iterator[str]:
    """`value` as `json_chunks` writes it `depth` levels inside a document (each
    line indented as much more: strings hold no raw newline), without the final
    newline."""
    pieces = json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(value)
    indent = "\n" + "  " * depth
    while chunk := "".join(islice(pieces, _PIECES_PER_CHUNK)):
        # ASCII (known without a scan) holds no unsafe character: a 1 MB text is 3 ms.
        chunk = chunk if chunk.isascii() else _JSON_UNSAFE.sub(_json_escape, chunk)
        yield chunk.replace("\n", indent) if depth else chunk


def json_string(text: str) -> str:
    """`text` as a JSON string literal, as `json_text` writes it (unsafe characters
    escaped); most strings are ASCII, which holds none of them."""
    literal = encode_basestring(text)
    return literal if text.isascii() else _JSON_UNSAFE.sub(_json_escape, literal)


def _json_escape(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"
