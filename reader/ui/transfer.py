"""A comparison sent back from the analysis child compactly, and rebuilt a chunk at a time.

Pickling the whole Comparison (5.6 MB for two 1 MB articles) sent both articles back
although the reader has them, and spent ~0.2 s on each side in the dataclasses'
per-object `__getstate__`/`__setstate__`; its one `pickle.loads` also held the GIL,
and so every key, for as long. Here the articles stay home (checked by hash), each
list of records travels as plain tuples, CHUNK records a pickle, and the reader
rebuilds them chunk by chunk, its UI thread taking the GIL in between.
"""

from __future__ import annotations

import pickle
from dataclasses import fields, is_dataclass
from typing import IO, Any

from reader.core.model import Article, Comparison

CHUNK = 2000
ARTICLES = ("a", "b")
PROTOCOL = pickle.HIGHEST_PROTOCOL


class ForeignResult(ValueError):
    """The result is not of the articles the reader sent."""


def send(comparison: Comparison, stream: IO[bytes]) -> None:
    """Write `comparison` without its articles: a header, then the records' chunks."""
    values: dict[str, Any] = {}
    lists: list[tuple[str, type[Any], int]] = []
    chunks: list[list[tuple[Any, ...]]] = []
    for field in fields(comparison):
        if field.name in ARTICLES:
            continue
        value = getattr(comparison, field.name)
        kind = _record_type(value)
        if kind is None:
            values[field.name] = value
            continue
        names = [record_field.name for record_field in fields(kind)]
        rows = [tuple(getattr(record, name) for name in names) for record in value]
        pieces = [rows[start : start + CHUNK] for start in range(0, len(rows), CHUNK)]
        lists.append((field.name, kind, len(pieces)))
        chunks += pieces
    hashes = (comparison.a.sha256, comparison.b.sha256)
    pickle.dump((hashes, values, lists), stream, protocol=PROTOCOL)
    for piece in chunks:
        pickle.dump(piece, stream, protocol=PROTOCOL)


def receive(stream: IO[bytes], a: Article, b: Article) -> Comparison:
    """The comparison `send` wrote, around the reader's own articles."""
    hashes, values, lists = pickle.load(stream)  # our own child's output
    if hashes != (a.sha256, b.sha256):
        raise ForeignResult("the comparison process compared other articles")
    for name, kind, count in lists:
        records: list[Any] = []
        for _ in range(count):
            records += [kind(*row) for row in pickle.load(stream)]
        values[name] = tuple(records)
    return Comparison(a=a, b=b, **values)


def _record_type(value: object) -> type[Any] | None:
    """The dataclass of a non-empty tuple holding only instances of it, else None."""
    if not isinstance(value, tuple) or not value or not is_dataclass(value[0]):
        return None
    kind = type(value[0])
    return kind if all(type(item) is kind for item in value) else None
