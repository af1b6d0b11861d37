"""A comparison sent back from the analysis child compactly, and rebuilt a chunk at a time.

Pickling the whole Comparison (5.6 MB for two 1 MB articles) sent both articles back
although the reader has them, and spent ~0.2 s on each side in the frozen dataclasses'
per-object `__getstate__`/`__setstate__` (which call `dataclasses.fields` every time);
its one `pickle.loads` also held the GIL, and so every key, for as long. Here the
articles stay home (checked by hash), every record of the model is pickled as a call
of its class with its field values, CHUNK records a pickle, and the reader rebuilds
them chunk by chunk, its UI thread taking the GIL in between. The child also builds
what each pane shows (reader.ui.side_view) while the reader's UI thread is idle; it
travels referring to the matches already sent, not with a copy of them.
"""

from __future__ import annotations

import copyreg
import functools
import pickle
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import IO, Any

from reader.core import model
from reader.core.model import Article, Comparison
from reader.ui.side_view import ComparisonView

CHUNK = 2000
MATCHES = "matches"  # how the view refers to the matches sent before it
ARTICLES = ("a", "b")


class ForeignResult(ValueError):
    """The result is not of the articles the reader sent."""


def send(comparison: Comparison, stream: IO[bytes], view: ComparisonView | None = None) -> None:
    """Write `comparison` without its articles: a header, the records' chunks, the view."""
    values: dict[str, Any] = {}
    lists: list[tuple[str, int]] = []
    chunks: list[tuple[Any, ...]] = []
    for field in fields(comparison):
        if field.name in ARTICLES:
            continue
        value = getattr(comparison, field.name)
        if not _is_records(value):
            values[field.name] = value
            continue
        pieces = [value[start : start + CHUNK] for start in range(0, len(value), CHUNK)]
        lists.append((field.name, len(pieces)))
        chunks += pieces
    hashes = (comparison.a.sha256, comparison.b.sha256)
    sides = list(view.items()) if view is not None else []
    for item in ((hashes, values, lists, len(sides)), *chunks):
        _records_pickler(stream).dump(item)
    for side in sides:
        _ViewPickler(stream, comparison.matches).dump(side)


def receive(stream: IO[bytes], a: Article, b: Article) -> tuple[Comparison, ComparisonView | None]:
    """The comparison `send` wrote, around the reader's own articles, and its view if sent."""
    hashes, values, lists, sides = pickle.load(stream)  # our own child's output
    if hashes != (a.sha256, b.sha256):
        raise ForeignResult("the comparison process compared other articles")
    for name, count in lists:
        records: list[Any] = []
        for _ in range(count):
            records += pickle.load(stream)
        values[name] = tuple(records)
    comparison = Comparison(a=a, b=b, **values)
    # One unpickler a pickle: MEMOIZE numbers from the memo's size, which must start at 0.
    view = dict(_Unpickler(stream, comparison.matches).load() for _ in range(sides))
    return comparison, view or None


def _records_pickler(stream: IO[bytes]) -> pickle.Pickler:
    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _reducers()
    return pickler


class _ViewPickler(pickle.Pickler):
    """Indexes of plain tuples; the comparison's matches (a MatchOrder's) by reference.
    (Not used for the records: `persistent_id` is a Python call for every object.)"""

    def __init__(self, stream: IO[bytes], matches: object) -> None:
        super().__init__(stream, protocol=pickle.HIGHEST_PROTOCOL)
        self._matches = matches

    def persistent_id(self, obj: Any) -> str | None:
        return MATCHES if obj is self._matches else None


class _Unpickler(pickle.Unpickler):
    def __init__(self, stream: IO[bytes], matches: object) -> None:
        super().__init__(stream)
        self._matches = matches

    def persistent_load(self, pid: Any) -> object:
        if pid != MATCHES:
            raise pickle.UnpicklingError(f"unknown reference {pid!r}")
        return self._matches


@functools.cache
def _reducers() -> dict[type[Any], Callable[[Any], Any]]:
    """The model's records pickled as `Class(*values)`: rebuilt by one call each."""
    table: dict[type[Any], Callable[[Any], Any]] = dict(copyreg.dispatch_table)
    for value in vars(model).values():
        if isinstance(value, type) and is_dataclass(value):
            names = tuple(field.name for field in fields(value))
            table[value] = functools.partial(_as_call, names)
    return table


def _as_call(names: tuple[str, ...], record: Any) -> tuple[Any, ...]:
    return (type(record), tuple(getattr(record, name) for name in names))


def _is_records(value: object) -> bool:
    """A non-empty tuple of dataclass instances (matches, facts, claims…)."""
    return isinstance(value, tuple) and bool(value) and all(is_dataclass(item) for item in value)
