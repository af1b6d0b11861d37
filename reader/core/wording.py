"""Which words of a matched pair only one side has, like `git diff --word-diff`.

Computed per pair on demand (the reader asks for the pairs on screen, the reports
for the pairs they print) with rapidfuzz's Levenshtein opcodes over the two word
lists: a replaced run ("interfere" -> "meddle") is marked on both sides, an
inserted one ("U.S.") on its side only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from reader.core.model import Article, DocId, Match, Span
from reader.core.word_edges import WORD

Opcode = tuple[str, int, int, int, int]
# Share of words in common below which a pair reads as the same thing in other
# words: marking its changes would mark nearly every word.
READABLE = 0.2
_INITIALISM = re.compile(r"(?:[^\W_]\.)+[^\W_]")  # "U.S" whose last dot WORD leaves out


@dataclass(frozen=True, slots=True)
class WordChange:
    """Words one side has in place of the other's (`None`: nothing there, an
    insertion); `number` when either holds a digit (shown in the fact colour)."""

    a: Span | None
    b: Span | None
    number: bool

    def side(self, doc: DocId) -> Span | None:
        return self.a if doc == "a" else self.b


@dataclass(frozen=True, slots=True)
class PairWording:
    """The changes from A's wording to B's, and the share of words both have."""

    changes: tuple[WordChange, ...]
    same: float

    @property
    def readable(self) -> bool:
        """Whether marking the changes helps: the two share enough words."""
        return self.same >= READABLE and bool(self.changes)

    def spans(self, doc: DocId) -> list[tuple[Span, bool]]:
        """One side's changed runs, each with whether it holds a number."""
        return [(span, c.number) for c in self.changes if (span := c.side(doc)) is not None]


def pair_wording(a: Article, b: Article, match: Match) -> PairWording:
    """The word-level differences between the two passages of `match`: the longest
    common word sequence is kept, each stretch between two kept words is a change."""
    words_a, words_b = _words(a.text, match.a), _words(b.text, match.b)
    keys_a, keys_b = [key for _, key in words_a], [key for _, key in words_b]
    changes: list[WordChange] = []
    equal = 0
    opcodes = [
        (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
        for op in Indel.opcodes(keys_a, keys_b)
    ]
    for op, a0, a1, b0, b1 in _grouped(opcodes):
        if op == "equal":
            equal += a1 - a0
            continue
        run_a = _run(a.text, [span for span, _ in words_a[a0:a1]])
        run_b = _run(b.text, [span for span, _ in words_b[b0:b1]])
        changes.append(WordChange(run_a, run_b, _digits(a.text, run_a) or _digits(b.text, run_b)))
    total = max(len(words_a), len(words_b))
    return PairWording(tuple(changes), equal / total if total else 1.0)


def _grouped(opcodes: list[Opcode]) -> list[Opcode]:
    """A deletion next to an insertion is one replacement ("interfere" -> "meddle")."""
    grouped: list[Opcode] = []
    for op, a0, a1, b0, b1 in opcodes:
        if op != "equal" and grouped and grouped[-1][0] != "equal":
            _, first_a, _, first_b, _ = grouped[-1]
            grouped[-1] = ("replace", first_a, a1, first_b, b1)
        else:
            grouped.append((op, a0, a1, b0, b1))
    return grouped


def _words(text: str, span: Span) -> list[tuple[Span, str]]:
    """Each word of the passage with the form it is compared by (case, curly
    apostrophes and the dots of "U.S." do not count as differences)."""
    return [
        (found.span(), found.group().lower().replace("’", "'").replace(".", ""))
        for found in WORD.finditer(text, span[0], span[1])
    ]


def _run(text: str, spans: list[Span]) -> Span | None:
    """Adjacent changed words as one run, first word's start to last word's end
    (an initialism's closing dot included: "U.S.")."""
    if not spans:
        return None
    start, end = spans[0][0], spans[-1][1]
    last = text[spans[-1][0] : end]
    if text[end : end + 1] == "." and _INITIALISM.fullmatch(last):
        end += 1
    return (start, end)


def _digits(text: str, span: Span | None) -> bool:
    return span is not None and any(c.isdigit() for c in text[span[0] : span[1]])
