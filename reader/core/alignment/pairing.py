"""Clause-level pairing: trim sentence pairs to the clauses they share, then pick
matches greedily, best first.

A sentence carrying two ideas may link to two sentences of the other text: when
its best clause is taken, the pair is trimmed again to the clauses still free.
A clause may also keep a second or third partner when that link stands on its
own evidence: nearly as strong as the clause's best link (one sentence that
sums up two), so weak links never chain onto strong ones.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

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
    whole_a, whole_b = tuple(pieces_a), tuple(pieces_b)
    if len(whole_a) == 1 and len(whole_b) == 1:
        return Proposal(scorer.score(whole_a[0].stems, whole_b[0].stems), whole_a, whole_b)
    trim = _Trimmer(scorer)
    run_a = trim(whole_a, whole_b)
    run_b = trim(whole_b, run_a)
    run_a = trim(whole_a, run_b)
    from_a = trim.proposal(run_a, run_b)
    if (
        len(whole_a) == 1
        or len(whole_b) == 1
        or (len(run_a) == len(whole_a) and len(run_b) == len(whole_b))
    ):
        return from_a  # starting from B would end the same way
    run_b = trim(whole_b, whole_a)
    run_a = trim(whole_a, run_b)
    run_b = trim(whole_b, run_a)
    if run_a == from_a.a and run_b == from_a.b:
        return from_a
    from_b = trim.proposal(run_a, run_b)
    return max(from_a, from_b, key=proposal_rank)


class _Trimmer:
    """`best_run` and `run_bag` for one pair of piece lists, each asked once per
    run: the trimmings from A and from B often meet the same runs."""

    def __init__(self, scorer: Scorer) -> None:
        self.scorer = scorer
        # Keyed by a run's first piece (an object of one side) and length.
        self.runs: dict[tuple[int, int], tuple[Piece, ...]] = {}
        self.bags: dict[tuple[int, int], tuple[frozenset[str], float]] = {}

    def __call__(self, pieces: tuple[Piece, ...], other: tuple[Piece, ...]) -> tuple[Piece, ...]:
        """The run of `pieces` that best matches `other`, a run of the other side."""
        key = (id(other[0]), len(other))
        found = self.runs.get(key)
        if found is None:
            bag, weight = self.weighed(other)
            found = self.runs[key] = best_run(pieces, bag, self.scorer, weight)
        return found

    def weighed(self, run: tuple[Piece, ...]) -> tuple[frozenset[str], float]:
        key = (id(run[0]), len(run))
        found = self.bags.get(key)
        if found is None:
            bag = run_bag(run)
            found = self.bags[key] = (bag, self.scorer.weight(bag))
        return found

    def proposal(self, run_a: tuple[Piece, ...], run_b: tuple[Piece, ...]) -> Proposal:
        bag_a, weight_a = self.weighed(run_a)
        bag_b, weight_b = self.weighed(run_b)
        return Proposal(self.scorer.score(bag_a, bag_b, weight_a + weight_b), run_a, run_b)


def proposal_rank(proposal: Proposal) -> tuple[float, int, int]:
    """Best score first, then the longer runs, then the earlier (side-symmetric)."""
    size = len(proposal.a) + len(proposal.b)
    return (round(proposal.score, 9), size, -(proposal.a[0].first + proposal.b[0].first))


def run_bag(run: Sequence[Piece]) -> frozenset[str]:
    return run[0].stems if len(run) == 1 else frozenset().union(*(p.stems for p in run))


def best_run(
    pieces: Sequence[Piece], other: frozenset[str], scorer: Scorer, other_weight: float
) -> tuple[Piece, ...]:
    """The contiguous run of pieces that best matches `other`, whose weight is
    `other_weight` (longest on ties)."""
    if len(pieces) == 1:
        return (pieces[0],)
    common = [piece.stems & other for piece in pieces]
    shared = prefix_sums(map(scorer.weight, common))
    if shared[-1] <= 0:
        return tuple(pieces)  # every run scores 0: the whole, longest, wins
    strengths = prefix_sums(map(scorer.strength, common))
    totals = prefix_sums([scorer.piece_weight(piece.stems) for piece in pieces])
    low, high = scorer.best_interval(shared, strengths, totals, other_weight)
    return tuple(pieces[low:high])


# A further partner of a clause must score this share of the clause's best link.
SECOND_PARTNER_SHARE = 0.6
MAX_PARTNERS = 3
FULL_SCORE = 1 - 1e-9


@dataclass(slots=True)
class _Taken:
    """Chosen links per clause: the best score each clause has and its partner count."""

    best: dict[Piece, float] = field(default_factory=dict)
    partners: dict[Piece, int] = field(default_factory=dict)

    def admits(self, run: Sequence[Piece], score: float) -> bool:
        """Whether `run` may take one more partner scoring `score`: a clause whose
        words are all found in its partner (score 1) has found its counterpart."""
        return all(
            self.partners.get(piece, 0) < MAX_PARTNERS
            and self.best.get(piece, 0.0) < FULL_SCORE
            and score >= SECOND_PARTNER_SHARE * self.best.get(piece, 0.0)
            for piece in run
        )

    def add(self, run: Sequence[Piece], score: float) -> None:
        for piece in run:
            self.best[piece] = max(score, self.best.get(piece, 0.0))
            self.partners[piece] = self.partners.get(piece, 0) + 1


def choose(
    proposals: list[Proposal],
    pieces_a: Sequence[Sequence[Piece]],
    pieces_b: Sequence[Sequence[Piece]],
    scorer: Scorer,
    threshold: float,
) -> list[Proposal]:
    """Greedy by score: a clause's first link is free; further ones must be nearly
    as strong as its best (`_Taken.admits`).

    A proposal that collides with a chosen one and is not admitted is trimmed to
    its sentences' free clauses and queued again with its new score.
    """
    order = itertools.count()
    queue = [_entry(p, next(order)) for p in proposals if p.score >= threshold]
    heapq.heapify(queue)
    taken_a, taken_b = _Taken(), _Taken()
    chosen: list[Proposal] = []
    while queue:
        proposal = heapq.heappop(queue)[-1]
        if taken_a.admits(proposal.a, proposal.score) and taken_b.admits(
            proposal.b, proposal.score
        ):
            taken_a.add(proposal.a, proposal.score)
            taken_b.add(proposal.b, proposal.score)
            chosen.append(proposal)
            continue
        free_a = _free(pieces_a[proposal.a[0].sentence], taken_a.best)
        free_b = _free(pieces_b[proposal.b[0].sentence], taken_b.best)
        retry = _best_of(free_a, free_b, scorer)
        if retry is not None and retry.score >= threshold:
            heapq.heappush(queue, _entry(retry, next(order)))
    return chosen


def _entry(proposal: Proposal, order: int) -> tuple[float, int, int, int, int, Proposal]:
    """Heap key: rank, then A's position and insertion order so ties never compare."""
    score, size, position = proposal_rank(proposal)
    return (-score, -size, -position, proposal.a[0].first, order, proposal)


def _free(pieces: Sequence[Piece], used: dict[Piece, float]) -> list[list[Piece]]:
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
