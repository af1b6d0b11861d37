"""Related pairs trimmed in two processes: the later half in a forked child.

Trimming related sentence pairs to the clauses they share is the aligner's
largest single cost on long articles, and each pair is trimmed on its own. A
child forked once the clause pieces exist already holds them all, so only its
runs cross the pipe, as sentence and piece numbers; the parent trims the first
half meanwhile. While no core is free (the facts child still at work), pairs are
trimmed here a step at a time, asking again after each. For the single-threaded
CLI only, like `forked.start`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.core import forked
from reader.core.alignment.pairing import Proposal
from reader.core.alignment.passages import Piece

Pair = tuple[int, int]
# A proposal as (score, sentence in A, first and end piece, sentence in B, first and end piece).
_Numbered = tuple[float, int, int, int, int, int, int]
# Pairs trimmed here between two asks whether a core is free: a few milliseconds.
STEP = 250


def trim_in_halves(
    related: Sequence[tuple[int, int, float]],
    trim: Callable[[Sequence[tuple[int, int, float]]], list[tuple[float, Proposal]]],
    pieces_a: Sequence[Sequence[Piece]],
    pieces_b: Sequence[Sequence[Piece]],
    spare_core: Callable[[], bool],
    least: int,
) -> list[tuple[float, Proposal]]:
    """`trim(related)`: the same list, in the same order. Trimmed here STEP pairs at
    a time until `spare_core` says a core is free (another process may finish its
    work meanwhile), then the later half of what is left in a child, while at
    least `least` pairs are left."""
    trimmed: list[tuple[float, Proposal]] = []
    start = 0
    while len(related) - start >= least:
        if spare_core():
            return trimmed + _in_halves(related[start:], trim, pieces_a, pieces_b)
        trimmed += trim(related[start : start + STEP])
        start += STEP
    return trimmed + trim(related[start:])


def _in_halves(
    related: Sequence[tuple[int, int, float]],
    trim: Callable[[Sequence[tuple[int, int, float]]], list[tuple[float, Proposal]]],
    pieces_a: Sequence[Sequence[Piece]],
    pieces_b: Sequence[Sequence[Piece]],
) -> list[tuple[float, Proposal]]:
    """`trim(related)`, the later half trimmed in a child."""
    middle = len(related) // 2

    def later_half() -> list[tuple[float, _Numbered]]:
        return [(full, _numbered(p, pieces_a, pieces_b)) for full, p in trim(related[middle:])]

    pending = forked.start(later_half)
    trimmed = trim(related[:middle])
    return trimmed + [(full, _proposal(n, pieces_a, pieces_b)) for full, n in pending()]


def _numbered(
    proposal: Proposal, pieces_a: Sequence[Sequence[Piece]], pieces_b: Sequence[Sequence[Piece]]
) -> _Numbered:
    """A proposal's runs are slices of its two sentences' pieces: say which."""
    sentence_a, sentence_b = proposal.a[0].sentence, proposal.b[0].sentence
    first_a = pieces_a[sentence_a].index(proposal.a[0])
    first_b = pieces_b[sentence_b].index(proposal.b[0])
    return (
        proposal.score,
        sentence_a,
        first_a,
        first_a + len(proposal.a),
        sentence_b,
        first_b,
        first_b + len(proposal.b),
    )


def _proposal(
    numbered: _Numbered, pieces_a: Sequence[Sequence[Piece]], pieces_b: Sequence[Sequence[Piece]]
) -> Proposal:
    score, sentence_a, first_a, end_a, sentence_b, first_b, end_b = numbered
    run_a = tuple(pieces_a[sentence_a][first_a:end_a])
    return Proposal(score, run_a, tuple(pieces_b[sentence_b][first_b:end_b]))
