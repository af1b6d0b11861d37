"""How alike two passages are: IDF-weighted overlap of their content stems, 0..1.

The weighted Dice coefficient rewards sharing the words that are rare in the two
texts; a word's weight there blends how rare it is in the texts with how rare it
is in English (the prior decides for short texts, the texts' own counts more and
more as they grow). The confidence factor asks whether what is shared is enough
evidence in English terms (two rare words, or several ordinary ones), so that the
event's own words, in every sentence of both reports, still make two sentences
that share them all a match, while one shared name does not.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat

from reader.core.alignment.prior import rarity
from reader.core.alignment.roles import ROLE_STEMS
from reader.core.alignment.tokens import content_stems, idf_weights

# Shared English rarity (a rare word or name counts 1) at which a pair is fully trusted.
SATURATION = 0.75
# Weights are raised to this power so semi-common words count clearly less than rare ones.
WEIGHT_POWER = 1.5
MIN_SHARED_STEMS = 2
# English rarity that the shared words other than names must reach: sharing the
# story's people and one everyday word ("talk", "said") is no match.
MIN_TOPIC_STRENGTH = 0.1
# Sentences (both texts) at which the texts' own counts and the English prior weigh
# the same in a word's weight.
PRIOR_SENTENCES = 10


@dataclass(frozen=True, slots=True)
class Scorer:
    """Scores bags of stems with weights normalised so the rarest stem weighs 1."""

    weights: dict[str, float]
    evidence: dict[str, float] = field(default_factory=dict)
    names: frozenset[str] = frozenset()
    _bag_weights: dict[frozenset[str], float] = field(default_factory=dict, compare=False)

    @classmethod
    def from_bags(
        cls, bags: Iterable[Iterable[str]], names: frozenset[str] = frozenset()
    ) -> Scorer:
        listed = list(bags)
        idf = idf_weights(listed)
        top = max(idf.values(), default=1.0) or 1.0
        own = len(listed) / (len(listed) + PRIOR_SENTENCES)
        rare = {term: rarity(term) for term in idf}
        # Evidence: rare in English, discounted as the texts show the word everywhere.
        evidence = {term: rare[term] * (1 - own + own * value / top) for term, value in idf.items()}
        weights = {
            term: (own * value / top + (1 - own) * rare[term]) ** WEIGHT_POWER
            for term, value in idf.items()
        }
        return cls(weights, evidence, names)

    @classmethod
    def from_sentences(cls, sentences: Iterable[str]) -> Scorer:
        """A scorer whose IDF comes from a corpus of free-standing sentences."""
        return cls.from_bags(content_stems(sentence) for sentence in sentences)

    def weight(self, bag: Iterable[str]) -> float:
        # fsum is exactly rounded, so the result never depends on set iteration order
        # (which changes with PYTHONHASHSEED) and ties break the same way every run.
        return math.fsum(map(self.weights.get, bag, repeat(1.0)))

    def strength(self, bag: Iterable[str]) -> float:
        """How much evidence sharing `bag` is: its words' rarity in English
        (discounted for words the texts use everywhere)."""
        return math.fsum(map(self.evidence.get, bag, repeat(1.0)))

    def piece_weight(self, bag: frozenset[str]) -> float:
        """`weight` memoised: a clause's bag is weighed again for every partner."""
        found = self._bag_weights.get(bag)
        if found is None:
            found = self._bag_weights[bag] = self.weight(bag)
        return found

    def score(
        self, bag_a: frozenset[str], bag_b: frozenset[str], total: float | None = None
    ) -> float:
        """`total`, when given, is the two bags' weights added (known to the caller)."""
        if total is None:
            total = self.piece_weight(bag_a) + self.piece_weight(bag_b)
        return self.shared_score(bag_a & bag_b, total)

    def shared_score(self, shared: frozenset[str], total: float) -> float:
        """The score of two bags weighing `total` together that share `shared`."""
        # Names alone (the story's people, in every other sentence) are no match, nor
        # names with their titles: two attributions of one person.
        if (
            len(shared) < MIN_SHARED_STEMS
            or self.strength(shared - self.names - ROLE_STEMS) < MIN_TOPIC_STRENGTH
        ):
            return 0.0
        if total <= 0:
            return 0.0
        confidence = min(1.0, self.strength(shared) / SATURATION)
        return 2 * self.weight(shared) / total * confidence

    def best_interval(
        self,
        shared: Sequence[float],
        strengths: Sequence[float],
        totals: Sequence[float],
        other_total: float,
    ) -> tuple[int, int]:
        """[low, high) of the run of pieces scoring best against a bag weighing
        `other_total`, from prefix sums of the pieces' shared weights, shared
        strengths and total weights; the longest (then earliest) on ties.
        Inlined: it runs for every clause pair."""
        best, best_value = (0, len(totals) - 1), -1.0
        for low in range(len(totals) - 1):
            shared_low, strength_low, total_low = shared[low], strengths[low], totals[low]
            for high in range(len(totals) - 1, low, -1):
                common = shared[high] - shared_low
                total = totals[high] - total_low + other_total
                if total <= 0:
                    value = 0.0
                else:
                    confidence = (strengths[high] - strength_low) / SATURATION
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


def prefix_sums(values: Iterable[float]) -> list[float]:
    return list(itertools.accumulate(values, initial=0.0))
