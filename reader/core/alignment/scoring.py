"""How alike two passages are: IDF-weighted overlap of their content stems, 0..1.

The weighted Dice coefficient rewards sharing rare words; the confidence factor
keeps a pair that shares only a name or two from scoring high just because both
passages are short.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat

from reader.core.alignment.tokens import content_stems, idf_weights

# Shared weight (in units of the rarest word) at which a pair is fully trusted.
SATURATION = 1.5
# Weights are raised to this power so semi-common words count clearly less than rare ones.
WEIGHT_POWER = 2.0
MIN_SHARED_STEMS = 2


@dataclass(frozen=True, slots=True)
class Scorer:
    """Scores bags of stems with weights normalised so the rarest stem weighs 1."""

    weights: dict[str, float]
    _bag_weights: dict[frozenset[str], float] = field(default_factory=dict, compare=False)

    @classmethod
    def from_bags(cls, bags: Iterable[Iterable[str]]) -> Scorer:
        idf = idf_weights(bags)
        top = max(idf.values(), default=1.0) or 1.0
        return cls({term: (value / top) ** WEIGHT_POWER for term, value in idf.items()})

    @classmethod
    def from_sentences(cls, sentences: Iterable[str]) -> Scorer:
        """A scorer whose IDF comes from a corpus of free-standing sentences."""
        return cls.from_bags(content_stems(sentence) for sentence in sentences)

    def weight(self, bag: Iterable[str]) -> float:
        # fsum is exactly rounded, so the result never depends on set iteration order
        # (which changes with PYTHONHASHSEED) and ties break the same way every run.
        return math.fsum(map(self.weights.get, bag, repeat(1.0)))

    def piece_weight(self, bag: frozenset[str]) -> float:
        """`weight` memoised: a clause's bag is weighed again for every partner."""
        found = self._bag_weights.get(bag)
        if found is None:
            found = self._bag_weights[bag] = self.weight(bag)
        return found

    def score(self, bag_a: frozenset[str], bag_b: frozenset[str]) -> float:
        shared = bag_a & bag_b
        if len(shared) < MIN_SHARED_STEMS:
            return 0.0
        shared_weight = self.weight(shared)
        total = self.weight(bag_a) + self.weight(bag_b)
        return 2 * shared_weight / total * min(1.0, shared_weight / SATURATION)

    def best_interval(
        self, shared: Sequence[float], totals: Sequence[float], other_total: float
    ) -> tuple[int, int]:
        """[low, high) of the run of pieces scoring best against a bag weighing
        `other_total`, from prefix sums of the pieces' shared and total weights;
        the longest (then earliest) on ties. Inlined: it runs for every clause pair."""
        best, best_value = (0, len(totals) - 1), -1.0
        for low in range(len(totals) - 1):
            shared_low, total_low = shared[low], totals[low]
            for high in range(len(totals) - 1, low, -1):
                common = shared[high] - shared_low
                total = totals[high] - total_low + other_total
                if total <= 0:
                    value = 0.0
                else:
                    confidence = common / SATURATION
                    value = 2 * common / total * (confidence if confidence < 1.0 else 1.0)
                if value > best_value + 1e-9:
                    best, best_value = (low, high), value
        return best


def pair_score(sentence_a: str, sentence_b: str, scorer: Scorer | None = None) -> float:
    """Similarity of two sentences, 0..1; without a corpus `scorer` every word weighs 1."""
    bag_a = frozenset(content_stems(sentence_a))
    bag_b = frozenset(content_stems(sentence_b))
    active = scorer or Scorer({})
    return active.score(bag_a, bag_b)


def prefix_sums(values: Sequence[float]) -> list[float]:
    sums = [0.0]
    for value in values:
        sums.append(sums[-1] + value)
    return sums
