"""Messages that travel up from widgets and workers, named as past-tense events."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reader.core.annotation.anchoring import Placement
from reader.core.model import Article, Comparison, DocId, Span
from reader.ui.side_view import ComparisonView


@dataclass
class AlignmentReady(Message):
    """The worker finished comparing the two articles (and indexed what each pane shows)."""

    comparison: Comparison
    view: ComparisonView


@dataclass
class CursorMoved(Message):
    """The reading cursor of a pane moved to another sentence."""

    doc: DocId
    sentence: int


@dataclass
class PaneScrolled(Message):
    """A pane scrolled or re-wrapped: connectors must be redrawn."""

    doc: DocId


@dataclass
class JumpRequested(Message):
    """Bring both panes to these spans (either may be None: only one article has it)."""

    a: Span | None
    b: Span | None
    focus: DocId = "a"


@dataclass
class NotesLoaded(Message):
    """The notes of both articles were placed (off the UI thread); `problem` if notes are off."""

    placements: dict[DocId, list[Placement]]
    problem: str | None = None


@dataclass
class PageFetched(Message):
    """A web page given to the reader was fetched and read (`index`: 0 is A, 1 is B)."""

    index: int
    article: Article


@dataclass
class FetchFailed(Message):
    """A web page could not be fetched or read: the reader ends with this one-line reason."""

    reason: str
