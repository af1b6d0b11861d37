"""Finding a quoted passage again in an article whose text may have changed.

`passage_of(article, span)` captures a span as a `Passage` (quote plus ~48
characters of context each side, like a W3C TextQuoteSelector). `locate(passage,
text)` finds it again, in this order:

1. the exact quote where its surrounding context still agrees ("context");
2. the exact quote anywhere, nearest to its old position ("quote");
3. for an edit inside the quote ("fuzzy"): the text between the intact prefix
   and suffix, else a rapidfuzz match above `FUZZY_THRESHOLD`;

and returns None when the passage cannot be placed (the note is then orphaned,
never dropped). `place_note(note, article)` applies this to both passages of a
note and gives `Placement`s, which the reader shows (orphans listed apart).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from reader.core.model import Article, Note, Passage, Span

CONTEXT_CHARS = 48
FUZZY_THRESHOLD = 80.0
# A short quote ("2+ hour") is fuzzy-matched together with some of its context,
# so that it is not placed on any similar word in the article.
MIN_FUZZY_NEEDLE = 40
MIN_FUZZY_QUOTE = 20
SEARCH_WINDOW = 2000
# A quote placed by its intact context, or inside a fuzzy match of quote plus
# context, is accepted when it is at least half alike.
MIN_CONTEXT = 16
MIN_BRACKETED_RATIO = 50.0
MAX_OCCURRENCES = 10_000

Method = Literal["exact", "context", "quote", "fuzzy"]
Side = Literal["passage", "linked"]


@dataclass(frozen=True, slots=True)
class Located:
    """Where a passage was found, and how sure the finding is."""

    span: Span
    method: Method


def passage_of(article: Article, span: Span, context: int = CONTEXT_CHARS) -> Passage:
    """The passage at `span` of `article`, with context and a 1-based line:column."""
    start, end = span
    if not 0 <= start < end <= len(article.text):
        raise ValueError(f"span {span} is outside the article text")
    text = article.text
    line_start = text.rfind("\n", 0, start) + 1
    return Passage(
        sha256=article.sha256,
        path=article_path(article),
        title=article.title,
        span=(start, end),
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        line=text.count("\n", 0, start) + 1,
        column=start - line_start + 1,
        author=article.author or article.source,
    )


def locate(passage: Passage, text: str) -> Located | None:
    """Find `passage` in `text`: exact quote by context, then nearest, then fuzzy."""
    start, end = passage.span
    if text[start:end] == passage.exact and _context_agreement(text, start, passage) == 1:
        return Located((start, end), "exact")
    occurrences = _occurrences(text, passage.exact)
    if occurrences:
        return _best_occurrence(text, occurrences, passage)
    span = between_context(passage, text) or fuzzy_locate(passage, text)
    return Located(span, "fuzzy") if span else None


def _occurrences(text: str, quote: str) -> list[int]:
    found: list[int] = []
    index = text.find(quote)
    while index >= 0 and len(found) < MAX_OCCURRENCES:
        found.append(index)
        index = text.find(quote, index + 1)
    return found


def _best_occurrence(text: str, starts: list[int], passage: Passage) -> Located:
    """The occurrence whose context agrees most (at least half), else the nearest."""
    old = passage.span[0]
    scored = [
        (_context_agreement(text, start, passage), -abs(start - old), start) for start in starts
    ]
    agreement, _, start = max(scored)
    method: Method = "context" if agreement >= 0.5 else "quote"
    if method == "quote":
        start = min(starts, key=lambda candidate: abs(candidate - old))
    return Located((start, start + len(passage.exact)), method)


def _context_agreement(text: str, start: int, passage: Passage) -> float:
    """Share of the stored prefix and suffix that still sits next to the quote (0..1)."""
    stored = len(passage.prefix) + len(passage.suffix)
    if stored == 0:
        return 1.0
    before = text[max(0, start - len(passage.prefix)) : start]
    end = start + len(passage.exact)
    after = text[end : end + len(passage.suffix)]
    left = _common_suffix(before, passage.prefix)
    right = _common_prefix(after, passage.suffix)
    return (left + right) / stored


def _common_prefix(first: str, second: str) -> int:
    count = 0
    for char_a, char_b in zip(first, second, strict=False):
        if char_a != char_b:
            break
        count += 1
    return count


def _common_suffix(first: str, second: str) -> int:
    return _common_prefix(first[::-1], second[::-1])


def between_context(passage: Passage, text: str) -> Span | None:
    """The edited quote between its unchanged prefix and suffix (nearest its old place)."""
    prefix, suffix, exact = passage.prefix, passage.suffix, passage.exact
    if min(len(prefix), len(suffix)) < MIN_CONTEXT:
        return None
    reach = 2 * len(exact) + MIN_CONTEXT
    spans = []
    for found in _occurrences(text, prefix):
        start = found + len(prefix)
        end = text.find(suffix, start + 1, start + reach + len(suffix))
        if end > start and fuzz.ratio(exact, text[start:end]) >= MIN_BRACKETED_RATIO:
            spans.append((start, end))
    return min(spans, key=lambda span: abs(span[0] - passage.span[0]), default=None)


def fuzzy_locate(passage: Passage, text: str) -> Span | None:
    """The span most like the quote (near its old place first), or None below threshold.

    A short quote is sought with some of its context, since alone it would fit any
    similar words; if its context changed too, a quote of `MIN_FUZZY_QUOTE` chars
    or more is sought alone and must then be alike above the threshold itself.
    """
    exact = passage.exact
    pad = max(0, (MIN_FUZZY_NEEDLE - len(exact) + 1) // 2)
    left = passage.prefix[len(passage.prefix) - pad :] if pad else ""
    right = passage.suffix[:pad]
    span = _fuzzy_span(passage, text, (left, right), MIN_BRACKETED_RATIO)
    if span is None and pad and len(exact) >= MIN_FUZZY_QUOTE:
        span = _fuzzy_span(passage, text, ("", ""), FUZZY_THRESHOLD)
    return span


def _fuzzy_span(
    passage: Passage, text: str, context: tuple[str, str], min_ratio: float
) -> Span | None:
    left, right = context
    exact = passage.exact
    region = _align(left + exact + right, text, passage.span[0])
    if region is None:
        return None
    estimate = (region[0] + len(left), max(region[0] + len(left) + 1, region[1] - len(right)))
    span = _snap_to_words(passage, text, _refine(exact, text, estimate))
    # The needle matched above threshold; with context, the quote alone need only
    # be half alike (as for a bracketed quote).
    if fuzz.ratio(exact, text[span[0] : span[1]]) < min_ratio:
        return None
    return span


def _align(needle: str, text: str, near: int) -> Span | None:
    """Where `needle` best fits: in a window around `near`, then in the whole text."""
    reach = SEARCH_WINDOW + 2 * len(needle)
    low = max(0, near - reach)
    windows = [(low, text[low : near + len(needle) + reach])]
    if len(windows[0][1]) < len(text):
        windows.append((0, text))
    for offset, window in windows:
        found = fuzz.partial_ratio_alignment(needle, window, score_cutoff=FUZZY_THRESHOLD)
        if found is not None:
            return offset + found.dest_start, offset + found.dest_end
    return None


def _refine(exact: str, text: str, estimate: Span) -> Span:
    """Move each end of `estimate`, within a slack, to where the text is most like `exact`."""
    slack = max(4, len(exact) // 4)
    start, end = estimate
    ends = range(max(start + 1, end - slack), min(len(text), end + slack) + 1)
    end = max(ends, key=lambda stop: _likeness(exact, text, start, stop, estimate))
    starts = range(max(0, start - slack), min(end - 1, start + slack) + 1)
    start = max(starts, key=lambda begin: _likeness(exact, text, begin, end, estimate))
    return start, end


def _snap_to_words(passage: Passage, text: str, span: Span) -> Span:
    """Widen a span cutting a word, when the stored quote began/ended at a word edge."""
    start, end = span
    if not passage.prefix[-1:].isalnum():
        while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
    if not passage.suffix[:1].isalnum():
        while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
            end += 1
    return start, end


def _likeness(exact: str, text: str, start: int, end: int, estimate: Span) -> tuple[float, int]:
    # Ties go to the candidate closest to the estimate.
    distance = abs(start - estimate[0]) + abs(end - estimate[1])
    return fuzz.ratio(exact, text[start:end]), -distance


@dataclass(frozen=True, slots=True)
class Placement:
    """One passage of a note placed in an opened article; `span` None = orphaned."""

    note: Note
    side: Side
    span: Span | None
    method: Method | Literal["orphaned"]

    @property
    def orphaned(self) -> bool:
        return self.span is None

    @property
    def passage(self) -> Passage:
        passage = self.note.linked if self.side == "linked" else self.note.passage
        assert passage is not None  # a placement is only made for a stored passage
        return passage


def place_passage(passage: Passage, article: Article) -> Located | None:
    """The passage's span in `article`: as stored when the text is unchanged, else found."""
    if passage.sha256 == article.sha256:
        return Located(passage.span, "exact")
    return locate(passage, article.text)


def place_note(note: Note, article: Article) -> list[Placement]:
    """Placements of the note's passages that belong to `article`.

    A passage belongs when its hash or path is the article's (orphaned if it cannot
    be placed), or when its quote is found with its context (a moved, edited file).
    """
    placements = []
    sides: tuple[tuple[Side, Passage | None], ...] = (
        ("passage", note.passage),
        ("linked", note.linked),
    )
    for side, passage in sides:
        if passage is None:
            continue
        located = place_passage(passage, article)
        by_quote = located is not None and located.method in ("exact", "context")
        if by_quote or _known(passage, article):
            placements.append(_placement(note, side, located))
    return placements


def article_path(article: Article) -> str | None:
    """The article's path as stored in passages (absolute), a web page's URL, or None
    for a string.

    Bytes of the name that are not UTF-8 are kept as `\\xff` escapes: SQLite and
    exported files take only valid UTF-8.
    """
    if article.path is None:
        return article.url
    return os.fsencode(article.path.resolve()).decode("utf-8", errors="backslashreplace")


def _known(passage: Passage, article: Article) -> bool:
    if passage.sha256 == article.sha256:
        return True
    return passage.path is not None and passage.path == article_path(article)


def _placement(note: Note, side: Side, located: Located | None) -> Placement:
    if located is None:
        return Placement(note, side, None, "orphaned")
    return Placement(note, side, located.span, located.method)
