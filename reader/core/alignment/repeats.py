"""Sentences repeated word for word that are sure to be matched whole.

A sentence of A repeated word for word in B makes a proposal scoring 1, the
highest, covering both whole sentences. Greedy pairing takes it before any
proposal scoring less; once taken, every clause of both sentences has found its
counterpart and no other link to them is made. When each sentence is repeated in
that pair only, and every other pair touching them scores clearly below 1 however
it is trimmed, the outcome is known before any trimming: trimming those other
pairs would be wasted (half of all trimming when one article is an edited copy of
the other), and the pair needs no place in the greedy pairing, whose other
proposals never touch its sentences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.core.alignment.passages import Passages, Piece
from reader.core.alignment.scoring import Scorer

Pair = tuple[int, int]
# How far below 1 a pair's best trimming must provably score: far above rounding
# errors (1e-15), and above the ranking's rounding of scores to 9 decimals.
MARGIN = 1e-6


def sure_repeats(
    repeated: Sequence[Pair],
    related: Sequence[Pair],
    passages_a: Passages,
    passages_b: Passages,
    scorer: Scorer,
) -> list[Pair]:
    """The pairs of `repeated` sure to be matched, taking both sentences whole, given
    the `related` pairs that will be trimmed and proposed beside them (in order)."""
    count_a = Counter(i for i, _ in repeated)
    count_b = Counter(j for _, j in repeated)
    partner = {i: j for i, j in repeated if count_a[i] == 1 and count_b[j] == 1}
    partner_of_b = {j: i for i, j in partner.items()}
    doubtful: set[int] = set()  # sentences of A whose repeated pair might lose
    for i, j in related:
        if i not in partner and j not in partner_of_b:
            continue
        shared = passages_a.bags[i] & passages_b.bags[j]
        if not _below_full(passages_a.pieces[i], passages_b.pieces[j], shared, scorer):
            doubtful.update(k for k in (i, partner_of_b.get(j)) if k in partner)
    return [(i, j) for i, j in partner.items() if i not in doubtful]


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
