"""Contiguous shared runs: identical stretches matched sentence by sentence, gaps included.

Verbatim matches that follow each other in both articles, with the same text
between them, are one stretch both articles share word for word; the text between
("Earlier:", "()") is shared too. The stretch is then cut where its sentences end,
so that each match pairs one sentence of A with the one of B that tells it (a
match across two quoted sentences would pair each with both).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from operator import attrgetter

from reader.core.model import Article, Match, Sentence, Span

_BY_A = attrgetter("a", "b")  # matches in A's order (then B's)


def join_shared_runs(matches: Sequence[Match], a: Article, b: Article) -> tuple[Match, ...]:
    """Consecutive verbatim matches joined into runs, cut per sentence; passage
    matches inside a run on both sides dropped (that text is already shared word
    for word); by A's start.

    Two matches join only when each follows the other in both articles' order, so
    the runs are the same whichever article is A (repeated text cannot chain
    differently one way round)."""
    verbatim = sorted((m for m in matches if m.kind == "verbatim"), key=_BY_A)
    order_in_b = [(match.b, match.a) for match in verbatim]
    in_b = sorted(range(len(verbatim)), key=order_in_b.__getitem__)
    next_in_b = dict(pairwise(in_b))
    runs: list[Match] = []
    joined: list[Match] = []  # the runs of two or more matches
    for index, match in enumerate(verbatim):
        previous = index - 1
        if (
            runs
            and next_in_b.get(previous) == index
            and _continues(verbatim[previous], match, a.text, b.text)
        ):
            last = runs[-1]
            score = max(last.score, match.score)  # a longer shared stretch: the better part
            runs[-1] = Match((last.a[0], match.a[1]), (last.b[0], match.b[1]), "verbatim", score)
            if joined and joined[-1] is last:
                joined[-1] = runs[-1]
            else:
                joined.append(runs[-1])
        else:
            runs.append(match)
    if not joined:
        return tuple(matches)
    starts = [run.a[0] for run in joined]
    kept = [m for m in matches if m.kind == "fact" or not _in_run(m, joined, starts)]
    sides = (_Sentences(a.sentences), _Sentences(b.sentences))
    cut = [piece for run in joined for piece in _per_sentence(run, *sides)]
    return tuple(sorted([*kept, *cut], key=_BY_A))


class _Sentences:
    """One article's sentence spans, with their ends for bisecting."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.spans = [sentence.span for sentence in sentences]
        self.ends = [end for _, end in self.spans]

    def pieces(self, span: Span) -> list[Span]:
        """The parts of `span` in each sentence it overlaps."""
        pieces: list[Span] = []
        # Indexed, not sliced: a slice would copy every later sentence, per run.
        for index in range(bisect_right(self.ends, span[0]), len(self.spans)):
            start, end = self.spans[index]
            if start >= span[1]:
                break
            pieces.append((max(start, span[0]), min(end, span[1])))
        return pieces or [span]


def _per_sentence(run: Match, sentences_a: _Sentences, sentences_b: _Sentences) -> list[Match]:
    """`run` cut where its sentences end, the n-th piece of A with the n-th of B;
    whole when the two articles split it into different numbers of sentences."""
    pieces_a, pieces_b = sentences_a.pieces(run.a), sentences_b.pieces(run.b)
    if len(pieces_a) != len(pieces_b):
        return [run]
    return [Match(a, b, "verbatim", run.score) for a, b in zip(pieces_a, pieces_b, strict=True)]


def _continues(run: Match, match: Match, a_text: str, b_text: str) -> bool:
    """`match` starts after `run` in both articles, and the text between is the same."""
    if match.a[0] < run.a[1] or match.b[0] < run.b[1]:
        return False
    length_a, length_b = match.a[0] - run.a[1], match.b[0] - run.b[1]
    if abs(length_a - length_b) > 8 + max(length_a, length_b) // 20:
        return False  # the same words cannot differ this much in spacing (and gaps are long)
    gap_a, gap_b = a_text[run.a[1] : match.a[0]], b_text[run.b[1] : match.b[0]]
    return gap_a == gap_b or gap_a.split() == gap_b.split()


def _in_run(match: Match, joined: list[Match], starts: list[int]) -> bool:
    """Whether `match` lies inside the joined run starting last at or before it, on both sides."""
    index = bisect_right(starts, match.a[0]) - 1
    if index < 0:
        return False
    run = joined[index]
    return match.a[1] <= run.a[1] and run.b[0] <= match.b[0] and match.b[1] <= run.b[1]
