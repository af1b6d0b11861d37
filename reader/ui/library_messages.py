"""Messages from the library's workers, named as past-tense events."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reader.core.library import LibraryEntry
from reader.core.similarity import RelatedIndex


@dataclass
class EntriesScanned(Message):
    """A batch of files was read; `done` of `total` files so far."""

    entries: tuple[LibraryEntry, ...]
    done: int
    total: int


@dataclass
class RelatedReady(Message):
    """The folder's related-articles index is built."""

    index: RelatedIndex


@dataclass
class MatrixReady(Message):
    """Scores for every pair of `entries`, ready to show."""

    entries: list[LibraryEntry]
    scores: list[list[float]]
    heading: str
