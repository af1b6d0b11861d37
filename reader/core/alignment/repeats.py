"""Sentences repeated word for word that are sure to be matched whole.

A sentence of A repeated word for word in B makes a proposal scoring 1, the
highest, covering both whole sentences. Greedy pairing takes it before any
proposal scoring less; once taken, every clause of both sentences has found its
counterpart and no other link to them is made. When each sentence is repeated in
that pair only, and every other pair touching them scores clearly below 1 however
it is trimmed, the outcome is known before any trimming: scoring and trimming
those other pairs would be wasted (four candidate pairs in five, half of all
trimming, when one article is an edited copy of the other), and the pair needs no
place in the greedy pairing, whose other proposals never touch its sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.alignment.passages import Passages, Piece
from reader.core.alignment.scoring import MIN_SHARED_STEMS, Scorer

Pair = tuple[int, int]
# How far below 1 a pair's best trimming must provably score: far above rounding
# errors (1e-15), and above the ranking's rounding of scores to 9 decimals.
MARGIN = 1e-6


def sure_repeats(
    pairs: Sequence[Pair],
    once: dict[int, int],
    passages_a: Passages,
    passages_b: Passages,
    scorer: Scorer,
    floor: float,
) -> list[Pair]:
    """The pairs of `once` (sentences of A whose wording each text holds only once,
    with their partner) sure to be matched, taking both sentences whole, given the
    candidate `pairs` of which those scoring `floor` or more whole will be trimmed
    and proposed beside them. Only the pairs touching a repeated sentence are
    looked at, most of them only as far as telling that they stay below 1."""
    partner_of_b = {j: i for i, j in once.items()}
    bags_a, bags_b = passages_a.bags, passages_b.bags
    # Every stem weighs at least this much: a clause holding a stem the other
    # sentence lacks holds at least this weight the other lacks.
    lightest = min(scorer.weights.values(), default=0.0)
    doubtful: set[int] = set()  # sentences of A whose repeated pair might lose
    for i, j in pairs:
        if i in once:
            if once[i] == j:
                continue
        elif j not in partner_of_b:
            continue
        bag_a, bag_b = bags_a[i], bags_b[j]
        shared = bag_a & bag_b
        if len(shared) < MIN_SHARED_STEMS or (
            lightest > 4 * MARGIN * len(shared)
            and (_lacks(passages_a.pieces[i], bag_b) or _lacks(passages_b.pieces[j], bag_a))
        ):
            continue  # scores 0, or below 1 however trimmed (`_below_full`)
        full = scorer.shared_score(shared, scorer.piece_weight(bag_a) + scorer.piece_weight(bag_b))
        if full <= 0 or full < floor:
            continue  # not trimmed
        if not _below_full(passages_a.pieces[i], passages_b.pieces[j], shared, scorer):
            doubtful.update(k for k in (i, partner_of_b.get(j)) if k in once)
    return [(i, j) for i, j in once.items() if i not in doubtful]


def _lacks(pieces: Sequence[Piece], other: frozenset[str]) -> bool:
    """Whether every clause holds a stem that the other sentence lacks."""
    return all(not piece.stems <= other for piece in pieces)


def _below_full(
    pieces_a: Sequence[Piece], pieces_b: Sequence[Piece], shared: frozenset[str], scorer: Scorer
) -> bool:
    """Whether every trimming of the pair scores at least MARGIN below 1.

    A run of clauses holding clause p of one side, against any run of the other,
    shares some `sh` within `shared` and scores at most 2W(sh) / (W(sh) + W(p -
    shared) + W(sh)): so when every clause of one side holds enough weight that the
    other sentence lacks, no trimming comes near 1.
    """
    weight = scorer.weight(shared)
    return any(_lacking(pieces, shared, weight, scorer) for pieces in (pieces_a, pieces_b))


def _lacking(
    pieces: Sequence[Piece], shared: frozenset[str], weight: float, scorer: Scorer
) -> bool:
    least = min(scorer.weight(piece.stems - shared) for piece in pieces)
    return least > MARGIN * (2 * weight + least)
