"""Sentences cut into clause pieces, each with its bag of content stems.

A match may cover a run of pieces rather than a whole sentence, so one long
sentence carrying two ideas can link to two different sentences of the other text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from reader.core.alignment.tokens import TokenTable

MAX_PIECES = 10
MIN_PIECE_CONTENT = 2
# Punctuation between two words that closes a clause, and a dash between spaces
# (two patterns: an alternation would make the regex engine try both at every
# character, three times slower than scanning for either).
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\[\]—–?!]")
_SPACED_DASH = re.compile(" - ")
# Words that open a new clause even without punctuation before them.
_OPENER_LIST = "and but while although though whereas because regarding after before"
CLAUSE_OPENERS = frozenset(_OPENER_LIST.split())


class Piece(NamedTuple):
    """Tokens `first`..`last` (inclusive) of one sentence and their content stems.

    A named tuple: a 1 MB article has 16,000 pieces, and pairing hashes them as
    dict keys 200,000 times; a tuple is made and hashed several times faster than
    a frozen dataclass.
    """

    sentence: int
    first: int
    last: int
    stems: frozenset[str]


@dataclass(slots=True)
class Passages:
    """One article ready for aligning: tokens, pieces per sentence, sentence bags."""

    tokens: TokenTable
    pieces: list[list[Piece]]
    bags: list[frozenset[str]]


def build_passages(tokens: TokenTable, text: str, aliases: dict[str, str]) -> Passages:
    """Cut every sentence into pieces; `aliases` maps spelling variants to one stem."""
    breaks = _clause_starts(tokens, text)
    keyed = _content_keys(tokens, aliases)
    pieces: list[list[Piece]] = []
    bags: list[frozenset[str]] = []
    for index, (first, end) in enumerate(tokens.sentence_ranges):
        inside = breaks[bisect.bisect_right(breaks, first) : bisect.bisect_left(breaks, end)]
        if not inside and first < end:  # one clause: most sentences
            stems = frozenset(filter(None, keyed[first:end]))
            pieces.append([Piece(index, first, end - 1, stems)])
            bags.append(stems)
            continue
        ranges = _piece_ranges(tokens.content, inside, first, end)
        sentence_pieces = [
            Piece(index, low, high - 1, frozenset(filter(None, keyed[low:high])))
            for low, high in ranges
        ]
        pieces.append(sentence_pieces)
        if len(sentence_pieces) == 1:
            bags.append(sentence_pieces[0].stems)  # one set, not two equal ones
        else:
            bags.append(frozenset().union(*(piece.stems for piece in sentence_pieces)))
    return Passages(tokens, pieces, bags)


def _clause_starts(tokens: TokenTable, text: str) -> list[int]:
    """Tokens that open a clause, in order: after clause punctuation, or a conjunction."""
    starts = tokens.starts.tolist()  # bisect reads a list faster than an array
    marks = itertools.chain(_CLAUSE_PUNCTUATION.finditer(text), _SPACED_DASH.finditer(text))
    found = {bisect.bisect_left(starts, mark.start()) for mark in marks}
    opening = map(CLAUSE_OPENERS.__contains__, tokens.words)
    found.update(itertools.compress(itertools.count(), opening))
    return sorted(found)


def _content_keys(tokens: TokenTable, aliases: dict[str, str]) -> list[str]:
    """Each token's stem in its shared spelling, or "" for a stopword: a piece's bag
    is then one slice of this list (filtered in C), not a loop over its tokens."""
    return [
        aliases.get(stem, stem) if content else ""
        for stem, content in zip(tokens.stems, tokens.content, strict=True)
    ]


def _piece_ranges(content: list[bool], inside: list[int], first: int, end: int) -> list[list[int]]:
    """Token ranges [low, high) of the clauses of one sentence, cut before the
    clause starts `inside` it, small ones merged."""
    if end <= first:
        return []
    cuts = [first, *inside, end]
    ranges = [[low, high] for low, high in itertools.pairwise(cuts)]
    return _merge_small(ranges, content)


def _merge_small(ranges: list[list[int]], content: list[bool]) -> list[list[int]]:
    """Fold pieces with too few content words (or too many pieces) into a neighbour."""
    merged: list[list[int]] = []
    for low, high in ranges:
        if merged and _content_count(merged[-1], content) < MIN_PIECE_CONTENT:
            merged[-1][1] = high
        else:
            merged.append([low, high])
    if len(merged) > 1 and _content_count(merged[-1], content) < MIN_PIECE_CONTENT:
        tail = merged.pop()
        merged[-1][1] = tail[1]
    while len(merged) > MAX_PIECES:
        shortest = min(range(len(merged) - 1), key=lambda i: merged[i][1] - merged[i][0])
        following = merged.pop(shortest + 1)
        merged[shortest][1] = following[1]
    return merged


def _content_count(piece_range: list[int], content: list[bool]) -> int:
    return sum(content[piece_range[0] : piece_range[1]])
