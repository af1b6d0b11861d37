"""Messages from the library's workers, named as past-tense events."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reader.core.folders.library import LibraryEntry
from reader.core.folders.similarity import RelatedIndex
from reader.core.model import Article


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


@dataclass
class PairLoaded(Message):
    """Both articles of a pair to compare were read; the left pane's cursor goes to
    `left_cursor` (kept when `]`/`[` replace the right one)."""

    entries: tuple[LibraryEntry, LibraryEntry]
    articles: tuple[Article, Article]
    left_cursor: int


@dataclass
class PairUnreadable(Message):
    """An article of the pair could not be read when it was opened."""

    entry: LibraryEntry
    reason: str
