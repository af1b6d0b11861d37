"""Candidate pairs judged in two processes: the later half in a forked child.

Sifting and trimming the candidate pairs is a third of the aligner's time on
long articles, and each pair is judged on its own. A child forked once the clause
pieces exist already holds them all, so only its verdicts cross the pipe, as
sentence and piece numbers; the parent judges the first half meanwhile. For the
single-threaded CLI only, like `forked.start`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.core import forked
from reader.core.alignment.pairing import Proposal
from reader.core.alignment.passages import Piece

Pair = tuple[int, int]
# Pairs repeated word for word, pairs sharing two stems or more, and the trimmed
# proposals of the related pairs worth trimming (with their whole-sentence score).
Judged = tuple[list[Pair], list[Pair], list[tuple[float, Proposal]]]
# A proposal as (score, sentence in A, first and end piece, sentence in B, first and end piece).
_Numbered = tuple[float, int, int, int, int, int, int]
_NumberedJudged = tuple[list[Pair], list[Pair], list[tuple[float, _Numbered]]]


def judge_in_halves(
    pairs: Sequence[Pair],
    judge: Callable[[Sequence[Pair]], Judged],
    pieces_a: Sequence[Sequence[Piece]],
    pieces_b: Sequence[Sequence[Piece]],
) -> Judged:
    """`judge(pairs)`, the later half judged in a child: the same lists, in the same order."""
    middle = len(pairs) // 2

    def later_half() -> _NumberedJudged:
        repeated, sharing, refined = judge(pairs[middle:])
        numbered = [(full, _numbered(p, pieces_a, pieces_b)) for full, p in refined]
        return repeated, sharing, numbered

    pending = forked.start(later_half)
    repeated, sharing, refined = judge(pairs[:middle])
    more_repeated, more_sharing, numbered = pending()
    refined += [(full, _proposal(n, pieces_a, pieces_b)) for full, n in numbered]
    return repeated + more_repeated, sharing + more_sharing, refined


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
