"""Clause-level pairing: trim sentence pairs to the clauses they share, then pick
matches greedily, one partner per clause.

A sentence carrying two ideas may link to two sentences of the other text: when
its best clause is taken, the pair is trimmed again to the clauses still free.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.alignment.passages import Piece
from reader.core.alignment.scoring import Scorer, prefix_sums


@dataclass(frozen=True, slots=True)
class Proposal:
    """A scored pairing of a run of pieces in A with a run of pieces in B."""

    score: float
    a: tuple[Piece, ...]
    b: tuple[Piece, ...]


def refine(pieces_a: Sequence[Piece], pieces_b: Sequence[Piece], scorer: Scorer) -> Proposal:
    """Trim both piece lists to the runs of clauses that carry what they share.

    Trimming starts once from each side and keeps the better result, so swapping
    the articles mirrors the outcome.
    """
    run_a = best_run(pieces_a, run_bag(pieces_b), scorer)
    run_b = best_run(pieces_b, run_bag(run_a), scorer)
    run_a = best_run(pieces_a, run_bag(run_b), scorer)
    from_a = Proposal(scorer.score(run_bag(run_a), run_bag(run_b)), run_a, run_b)
    if (
        len(pieces_a) == 1
        or len(pieces_b) == 1
        or (len(run_a) == len(pieces_a) and len(run_b) == len(pieces_b))
    ):
        return from_a  # starting from B would end the same way
    run_b = best_run(pieces_b, run_bag(pieces_a), scorer)
    run_a = best_run(pieces_a, run_bag(run_b), scorer)
    run_b = best_run(pieces_b, run_bag(run_a), scorer)
    from_b = Proposal(scorer.score(run_bag(run_a), run_bag(run_b)), run_a, run_b)
    return max(from_a, from_b, key=proposal_rank)


def proposal_rank(proposal: Proposal) -> tuple[float, int, int]:
    """Best score first, then the longer runs, then the earlier (side-symmetric)."""
    size = len(proposal.a) + len(proposal.b)
    return (round(proposal.score, 9), size, -(proposal.a[0].first + proposal.b[0].first))


def run_bag(run: Sequence[Piece]) -> frozenset[str]:
    return run[0].stems if len(run) == 1 else frozenset().union(*(p.stems for p in run))


def best_run(pieces: Sequence[Piece], other: frozenset[str], scorer: Scorer) -> tuple[Piece, ...]:
    """The contiguous run of pieces that best matches `other` (longest on ties)."""
    if len(pieces) == 1:
        return (pieces[0],)
    shared = prefix_sums([scorer.weight(piece.stems & other) for piece in pieces])
    if shared[-1] <= 0:
        return tuple(pieces)  # every run scores 0: the whole, longest, wins
    totals = prefix_sums([scorer.piece_weight(piece.stems) for piece in pieces])
    low, high = scorer.best_interval(shared, totals, scorer.weight(other))
    return tuple(pieces[low:high])


def choose(
    proposals: list[Proposal],
    pieces_a: Sequence[Sequence[Piece]],
    pieces_b: Sequence[Sequence[Piece]],
    scorer: Scorer,
    threshold: float,
) -> list[Proposal]:
    """Greedy one-to-one by score: each clause joins at most one match.

    A proposal that collides with a chosen one is trimmed to its sentences' free
    clauses and queued again with its new score.
    """
    order = itertools.count()
    queue = [_entry(p, next(order)) for p in proposals if p.score >= threshold]
    heapq.heapify(queue)
    used_a: set[Piece] = set()
    used_b: set[Piece] = set()
    chosen: list[Proposal] = []
    while queue:
        proposal = heapq.heappop(queue)[-1]
        if used_a.isdisjoint(proposal.a) and used_b.isdisjoint(proposal.b):
            used_a.update(proposal.a)
            used_b.update(proposal.b)
            chosen.append(proposal)
            continue
        free_a = _free(pieces_a[proposal.a[0].sentence], used_a)
        free_b = _free(pieces_b[proposal.b[0].sentence], used_b)
        retry = _best_of(free_a, free_b, scorer)
        if retry is not None and retry.score >= threshold:
            heapq.heappush(queue, _entry(retry, next(order)))
    return chosen


def _entry(proposal: Proposal, order: int) -> tuple[float, int, int, int, int, Proposal]:
    """Heap key: rank, then A's position and insertion order so ties never compare."""
    score, size, position = proposal_rank(proposal)
    return (-score, -size, -position, proposal.a[0].first, order, proposal)


def _free(pieces: Sequence[Piece], used: set[Piece]) -> list[list[Piece]]:
    """Maximal runs of pieces not yet in a match."""
    segments: list[list[Piece]] = [[]]
    for piece in pieces:
        if piece in used:
            segments.append([])
        else:
            segments[-1].append(piece)
    return [segment for segment in segments if segment]


def _best_of(
    segments_a: list[list[Piece]], segments_b: list[list[Piece]], scorer: Scorer
) -> Proposal | None:
    options = [refine(a, b, scorer) for a in segments_a for b in segments_b]
    return max(options, key=proposal_rank, default=None)
