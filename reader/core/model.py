"""The data that flows from files to the reader: frozen, plain, and span-based.

Every span is a `(start, end)` pair of character offsets into `Article.text`, the
clean text exactly as the reader displays it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from reader.core.only_here import only_here
from reader.core.story import story_label

Span = tuple[int, int]
DocId = Literal["a", "b"]
MatchKind = Literal["verbatim", "paraphrase", "fact"]
BlockKind = Literal["title", "heading", "paragraph", "quote", "list_item", "code"]


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level unit of the display text (heading, paragraph, quote…)."""

    kind: BlockKind
    span: Span


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its span; `block` indexes `Article.blocks`."""

    index: int
    span: Span
    block: int


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded article: clean display text plus its structure and metadata."""

    text: str
    title: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    sha256: str
    path: Path | None = None
    source: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None  # a page fetched from the web: its address (after redirects)

    def span_text(self, span: Span) -> str:
        return self.text[span[0] : span[1]]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing `offset` (binary search), or None."""
        sentences = self.sentences
        low, high = 0, len(sentences) - 1
        while low <= high:
            middle = (low + high) // 2
            start, end = sentences[middle].span
            if offset < start:
                high = middle - 1
            elif offset >= end:
                low = middle + 1
            else:
                return sentences[middle]
        return None

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Match:
    """An aligned pair of passages, one in each article."""

    a: Span
    b: Span
    kind: MatchKind
    score: float


@dataclass(frozen=True, slots=True)
class Quantity:
    """A comparable value: an interval in a base unit (`max` None = open-ended)."""

    min: float | None
    max: float | None
    unit: str


@dataclass(frozen=True, slots=True)
class Fact:
    """A quantity, duration, date, amount of money or count found in the text.

    `value` is what the text states (hedges such as "about" or "up to" included);
    `interval` widens it by the rounding its precision allows ("600 m" covers
    595..605), and is what agreement is judged on. `subject` names what is counted
    or measured ("pirates captured", "fall height").
    """

    doc: DocId
    span: Span
    text: str
    kind: str
    value: Quantity
    subject: str = ""
    interval: Quantity | None = None

    @property
    def bounds(self) -> Quantity:
        """The interval agreement is judged on (the value when no rounding applies)."""
        return self.interval or self.value


@dataclass(frozen=True, slots=True)
class FactLink:
    """A fact of A (index into facts) paired with a fact of B."""

    a: int
    b: int
    agreement: Literal["consistent", "conflict"]
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed statement: who said what, where."""

    doc: DocId
    speaker: str
    span: Span
    text: str
    verb: str
    quoted: bool
    match: int | None = None
    # Word-level difference from the matched claim, A's wording -> B's:
    # (op, a_words, b_words) with op "equal" | "replace" | "delete" | "insert".
    diff: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Speaker:
    """One person or organisation, merged across both articles."""

    name: str
    aliases: tuple[str, ...]
    documents: dict[str, int] = field(default_factory=dict)
    # "person" | "organisation" | "group" ("Russian officials") | "role" (a description
    # no name was found for: "White House spokesman").
    kind: str = "person"


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the analysis of two articles yields; `to_dict()` is the JSON contract."""

    a: Article
    b: Article
    matches: tuple[Match, ...]
    facts: tuple[Fact, ...] = ()
    fact_links: tuple[FactLink, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    claims: tuple[Claim, ...] = ()
    # The library's related-article measure for this pair, 0..1 (same story or not).
    documents_similarity: float = 0.0

    def article(self, doc: DocId) -> Article:
        return self.a if doc == "a" else self.b

    @property
    def story(self) -> str:
        """'same story', 'related' or 'different stories?' (from documents_similarity)."""
        return story_label(self.documents_similarity)

    def only(self, doc: DocId) -> tuple[Span, ...]:
        """Passages only this article has: runs of sentences no passage match touches
        (a number told in both, "2+ hour", leaves the rest of its sentence only here)."""
        shared = [m.a if doc == "a" else m.b for m in self.matches if m.kind != "fact"]
        return only_here(self.article(doc).sentences, shared)

    def to_dict(self, with_matches: bool = True) -> dict[str, Any]:
        """The JSON contract; without `with_matches`, "matches" is left empty for a
        writer that formats them itself (reader.core.comparison_json)."""
        return {
            "version": 1,
            "documents": [
                _document_dict("a", self.a),
                _document_dict("b", self.b),
            ],
            "documents_similarity": round(self.documents_similarity, 4),
            "story": self.story,
            "matches": [self.match_dict(match) for match in self.matches] if with_matches else [],
            "speakers": [
                {
                    "name": speaker.name,
                    "aliases": list(speaker.aliases),
                    "documents": dict(speaker.documents),
                    "kind": speaker.kind,
                }
                for speaker in self.speakers
            ],
            "claims": [
                {
                    "doc": claim.doc,
                    "speaker": claim.speaker,
                    "span": list(claim.span),
                    "text": claim.text,
                    "verb": claim.verb,
                    "quoted": claim.quoted,
                    "match": claim.match,
                    "diff": [{"op": op, "a": a, "b": b} for op, a, b in claim.diff],
                }
                for claim in self.claims
            ],
            "facts": [_fact_dict(fact) for fact in self.facts],
            "fact_links": [
                {"a": link.a, "b": link.b, "agreement": link.agreement, "reason": link.reason}
                for link in self.fact_links
            ],
            "only_a": [list(span) for span in self.only("a")],
            "only_b": [list(span) for span in self.only("b")],
        }

    def match_dict(self, match: Match) -> dict[str, Any]:
        return {
            "a": list(match.a),
            "b": list(match.b),
            "kind": match.kind,
            "score": round(match.score, 4),
            "a_text": self.a.span_text(match.a),
            "b_text": self.b.span_text(match.b),
        }


def _fact_dict(fact: Fact) -> dict[str, Any]:
    value, interval = fact.value, fact.bounds
    return {
        "doc": fact.doc,
        "span": list(fact.span),
        "text": fact.text,
        "kind": fact.kind,
        "subject": fact.subject,
        "value": {
            "min": _json_value(value.min, value.unit),
            "max": _json_value(value.max, value.unit),
            "unit": value.unit,
        },
        "interval": {
            "low": _json_value(interval.min, interval.unit),
            "high": _json_value(interval.max, interval.unit),
            "unit": interval.unit,
        },
    }


def _json_value(value: float | None, unit: str) -> float | str | None:
    """Days as ISO 8601 strings ("2008-12-13", "--02-22" for a day of an unnamed year,
    "--02" for a month), weekdays by name, clock times as "10:30"; the rest as numbers."""
    if value is None or unit not in ("date", "month-day", "month", "weekday", "time"):
        return value
    number = int(value)
    if unit == "date":
        return date.fromordinal(number).isoformat()
    if unit == "month-day":
        return f"--{number // 100:02d}-{number % 100:02d}"
    if unit == "month":
        return f"--{number:02d}"
    if unit == "weekday":
        return calendar.day_name[number]
    return f"{number // 60:02d}:{number % 60:02d}"


def _document_dict(doc_id: DocId, article: Article) -> dict[str, Any]:
    return {
        "id": doc_id,
        "path": str(article.path) if article.path else article.url,
        "url": article.url,
        "title": article.title,
        "source": article.source,
        "site": article.source if article.url else None,
        "date": article.date,
        "author": article.author,
        "sha256": article.sha256,
        "text": article.text,
    }


NoteKind = Literal["note", "link", "unlink"]


@dataclass(frozen=True, slots=True)
class Passage:
    """A quoted span of one article with the context that lets it be found again.

    `exact`, `prefix` and `suffix` follow the W3C TextQuoteSelector; `line` and
    `column` (1-based, in `Article.text`) are kept for exports made without the file.
    """

    sha256: str
    path: str | None
    title: str
    span: Span
    exact: str
    prefix: str
    suffix: str
    line: int
    column: int
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Note:
    """A stored note, or an aligner correction ("link" a pair, "unlink" a match).

    `passage` is where the note is anchored; `linked` the other article's passage.
    Times are ISO 8601 UTC strings.
    """

    id: int
    uid: str
    kind: NoteKind
    passage: Passage
    linked: Passage | None
    tag: str
    text: str
    created: str
    updated: str
