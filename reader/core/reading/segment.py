"""Sentence segmentation for news text, with spans into the display text.

Rules over regexes rather than a model: news prose breaks in predictable places,
and the traps (U.S., Mr., Feb., a.m., initials, decimals, quotes that end a
sentence) are a closed list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from reader.core.model import Block, Sentence, Span

MAX_SENTENCE_CHARS = 2000

# Titles and words that precede a name or number: never end a sentence.
_NEVER_FINAL = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "capt",
    "sgt",
    "cpl",
    "adm",
    "maj",
    "st",
    "mt",
    "ft",
    "fr",
    "rev",
    "hon",
    "pres",
    "supt",
    "const",  # police ranks: "Vancouver police Const. Tim Fanning said"
    "insp",
    "det",
    "cmdr",
    "atty",
    "no",
    "nos",
    "vs",
    "v",
    "cf",
    "e.g",
    "i.e",
    "etc.,",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "est",
    "fig",
    "vol",
    "pp",
    "p",
    "ch",
    "art",
    "sec",
    "dept",
    "univ",
    "assn",
    "bros",
    "gov't",
}
# Abbreviations that can also end a sentence: final only before a typical opener.
_MAYBE_FINAL = {
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "d.c",
    "a.m",
    "p.m",
    "inc",
    "co",
    "corp",
    "ltd",
    "jr",
    "sr",
    "etc",
    "l.a",
    "n.y",
    "u.s.a",
}
_OPENERS = {
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "meanwhile",
    "however",
    "still",
    "yet",
    "so",
    "for",
    "with",
    "officials",
}
# End punctuation, closing quotes/brackets, whitespace, then what can open a sentence;
# group 1 is the word that follows (everything up to the next space).
_BOUNDARY = re.compile(r"""[.!?…]+["'”’»)\]]*(?=\s+(?=["'“‘«(\[]?[\w\d])(\S+))""")
_WORD_BEFORE = re.compile(r"([\w.'’]+)\.$")
_QUOTE_OPENERS = "\"“‘'("


def segment(text: str, blocks: Sequence[Block]) -> list[Sentence]:
    """Sentences of every block, in order, covering each block's non-space text."""
    sentences: list[Sentence] = []
    for block_index, block in enumerate(blocks):
        start, end = block.span
        lines = [block.span] if block.kind != "code" else _line_spans(text, start, end)
        for line in lines:
            for span in _sentence_spans(text, line):
                sentences.append(Sentence(len(sentences), span, block_index))
    return sentences


def split_sentences(text: str, span: Span) -> Iterator[Span]:
    """Sentence spans inside `span`, trimmed of surrounding whitespace."""
    return iter(_sentence_spans(text, span))


def _sentence_spans(text: str, span: Span) -> list[Span]:
    # A list, not a generator: most blocks are one or two sentences, and two
    # generators per block cost more than the splitting.
    start, end = span
    spans: list[Span] = []
    piece_start = start
    for boundary in _BOUNDARY.finditer(text, start, end):
        if _is_sentence_end(text, boundary):
            piece_end = boundary.end()
            if piece_end - piece_start > MAX_SENTENCE_CHARS or text[piece_start].isspace():
                _emit(text, piece_start, piece_end, spans)
            else:  # what _emit would do: the piece ends on the punctuation
                spans.append((piece_start, piece_end))
            piece_start = boundary.start(1)  # past the spaces, as _emit would strip them
    _emit(text, piece_start, end, spans)
    return spans


def _is_sentence_end(text: str, boundary: re.Match[str]) -> bool:
    punctuation, following = boundary.group(0, 1)
    first = following[0]
    if not punctuation.startswith(".") or punctuation.startswith("..."):
        return first.isupper() or first in _QUOTE_OPENERS
    if not (first.isupper() or first.isdigit()) and first not in _QUOTE_OPENERS:
        return False
    if punctuation.rstrip(".") != "":  # closing quote or bracket after the dot
        return True
    return _final_after(_word_before(text, boundary.start()), following)


def _final_after(word: str, following: str) -> bool:
    lowered = word.lower()
    if lowered in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return False
    if lowered in _MAYBE_FINAL or (len(word) <= 4 and "." in word):
        return following.strip("\"“‘'(").lower() in _OPENERS
    return True


def _word_before(text: str, dot: int) -> str:
    found = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    return found.group(1) if found else ""


def _emit(text: str, start: int, end: int, spans: list[Span]) -> None:
    """Trim whitespace; cut overlong runs at spaces so no sentence is unbounded."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())  # str.strip's whitespace is str.isspace's
    end -= len(piece) - len(piece.rstrip())
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def _line_spans(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        spans.append((start + line.start(), start + line.end()))
    return spans
