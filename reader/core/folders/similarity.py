"""Related articles: TF-IDF over stemmed content words, names and numbers, cosine.

Each article becomes a sparse vector of features: Snowball stems of content
words, capitalised name phrases (`Sergei Lavrov` as one feature, besides its
words) and numbers. Names and numbers are what separate two similar events (two
earthquakes, two Oscar hosts), so a name counts twice and numbers weigh 1.5x
(tuned on ECB+ dev topics, checked on the test topics). The index is built
once per folder; ranking one selection intersects its features with every other
vector (set operations in C), a few milliseconds for thousands of articles::

    index = RelatedIndex.build(entries)          # unreadable entries are skipped
    index.related(path, limit=5, floor=0.1)      # [Related(path, score)], best first
    index.matrix()                               # scores for every pair, 1.0 on the diagonal
"""

from __future__ import annotations

import heapq
import math
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.core import forked
from reader.core.alignment.prior import rarity
from reader.core.folders.features import features
from reader.core.folders.library import LibraryEntry

Vector = dict[str, float]

NAME_WEIGHT = 1.0
NUMBER_WEIGHT = 1.5
DEFAULT_LIMIT = 5
DEFAULT_FLOOR = 0.1
# In big folders, features in over half the articles act as stopwords: they stay in
# each norm but leave the dot products, where they were most of the work.
COMMON_SHARE = 0.5
COMMON_MIN_ARTICLES = 100
PARALLEL_MIN = 300  # articles: below, forking costs more than the second core saves
# Articles at which a folder's own counts and English word rarity weigh the same in
# a feature's IDF: two articles alone cannot tell a common word from a rare one.
PRIOR_ARTICLES = 10
# The IDF the prior gives the rarest features (names, numbers, rare words): log(1 + 20),
# the folder IDF of a feature found in one article in twenty.
PRIOR_IDF = math.log(21)


@dataclass(frozen=True, slots=True)
class Related:
    """Another article of the folder and how related it is (0..1)."""

    path: Path
    score: float

    def to_dict(self) -> dict[str, object]:
        return {"path": str(self.path), "score": round(self.score, 4)}


class RelatedIndex:
    """TF-IDF vectors of a folder's readable articles, built once."""

    def __init__(self, paths: Sequence[Path], vectors: Sequence[Vector]) -> None:
        self.paths = list(paths)
        self.vectors = list(vectors)
        self._position = {path: number for number, path in enumerate(self.paths)}
        self._keys = [frozenset(vector) for vector in self.vectors]

    @classmethod
    def build(
        cls, entries: Sequence[LibraryEntry], cancelled: Callable[[], bool] | None = None
    ) -> RelatedIndex:
        """Index the readable entries; `cancelled()` is polled per article."""
        readable = [(entry.path, entry.features) for entry in entries if entry.features is not None]
        counts: list[Counter[str]] = []
        for _, found in readable:
            if cancelled is not None and cancelled():
                break
            counts.append(found)
        return cls([path for path, _ in readable[: len(counts)]], weigh(counts))

    def __contains__(self, path: object) -> bool:
        return path in self._position

    def related(
        self, path: Path, limit: int = DEFAULT_LIMIT, floor: float = DEFAULT_FLOOR
    ) -> list[Related]:
        """The most related other articles, best first, scoring at least `floor` (and
        sharing something: a score of 0 is never related)."""
        if path not in self._position:
            return []  # unreadable, or added after the index was built
        scores = self.scores(self._position[path])
        ranked = sorted(
            (Related(other, score) for other, score in zip(self.paths, scores, strict=True)
             if other != path and score >= floor and score > 0),
            key=lambda item: -item.score,
        )  # fmt: skip
        return ranked[:limit]

    def scores(self, number: int) -> list[float]:
        """Cosine of article `number` with every indexed article (vectors are unit length)."""
        vector, keys = self.vectors[number], self._keys[number]
        scores = [
            min(1.0, sum(vector[key] * other[key] for key in keys & other_keys))
            for other, other_keys in zip(self.vectors, self._keys, strict=True)
        ]
        scores[number] = 1.0  # stored vectors omit unshared features, so say it outright
        return scores

    def matrix(self, cancelled: Callable[[], bool] | None = None) -> list[list[float]]:
        """Scores for every pair in `paths` order, each pair computed once; [] if cancelled.

        n² floats: meant for the folder overview; big folders use `all_related`.
        """
        size = len(self.paths)
        rows = [[0.0] * size for _ in range(size)]
        for number in range(size):
            if cancelled is not None and cancelled():
                return []
            rows[number][number] = 1.0
            for other, score in self._later_scores(number):
                rows[number][other] = rows[other][number] = score
        return rows

    def all_related(
        self, limit: int = DEFAULT_LIMIT, floor: float = DEFAULT_FLOOR, parallel: bool = False
    ) -> dict[Path, list[Related]]:
        """`related()` of every article, each pair computed once (the CLI's whole folder).

        `parallel` scores half the pairs in a forked child (only from a process with
        no other threads, where forking is safe; the CLI's case).
        """
        size = len(self.paths)
        if parallel and size >= PARALLEL_MIN and threading.active_count() == 1:
            middle = _half_of_the_pairs(size)
            later = forked.start(lambda: self._pairs_above(floor, middle, size))
            scored = self._pairs_above(floor, 0, middle) + later()
        else:
            scored = self._pairs_above(floor, 0, size)
        found: list[list[tuple[float, int]]] = [[] for _ in self.paths]
        for score, first, second in scored:
            found[first].append((score, second))
            found[second].append((score, first))
        return {
            path: [
                Related(self.paths[other], score)
                for score, other in heapq.nsmallest(
                    limit, pairs, key=lambda pair: (-pair[0], pair[1])
                )
            ]
            for path, pairs in zip(self.paths, found, strict=True)
        }

    def _pairs_above(self, floor: float, start: int, stop: int) -> list[tuple[float, int, int]]:
        """(score, first, second) of the pairs scoring `floor` or more, first in start..stop."""
        return [
            (score, number, other)
            for number in range(start, stop)
            for other, score in self._later_scores(number)
            if score >= floor
        ]

    def _later_scores(self, number: int) -> Iterator[tuple[int, float]]:
        """(other, score) for the articles after `number` that share a feature with it."""
        vector, keys = self.vectors[number], self._keys[number]
        for other in range(number + 1, len(self.paths)):
            common = keys & self._keys[other]
            if common:
                other_vector = self.vectors[other]
                yield other, min(1.0, sum(vector[key] * other_vector[key] for key in common))


def _half_of_the_pairs(size: int) -> int:
    """The row before which rows 0.. hold half of the pairs (row i has size-1-i)."""
    return round(size * (1 - math.sqrt(0.5)))


def documents_similarity(text_a: str, text_b: str) -> float:
    """How alike two articles are, 0..1: the library's related-article measure for
    one pair (word rarity in English stands in for the folder's counts)."""
    vector_a, vector_b = weigh([features(text_a), features(text_b)])
    return min(1.0, math.fsum(vector_a[key] * vector_b[key] for key in vector_a.keys() & vector_b))


def weigh(counts: Sequence[Counter[str]]) -> list[Vector]:
    """Counts -> unit TF-IDF vectors (log tf, smoothed idf blended with the prior)."""
    frequency: Counter[str] = Counter()
    for count in counts:
        frequency.update(count.keys())
    total = len(counts)
    common = int(total * COMMON_SHARE) if total >= COMMON_MIN_ARTICLES else total
    own = total / (total + PRIOR_ARTICLES)
    idf = {
        feature: own * math.log(1 + total / found) + (1 - own) * _prior_idf(feature)
        for feature, found in frequency.items()
    }
    vectors: list[Vector] = []
    for count in counts:
        vector = {
            feature: (1 + math.log(tf)) * idf[feature] * _kind_weight(feature)
            for feature, tf in count.items()
        }
        norm = math.sqrt(sum(weight * weight for weight in vector.values()))
        # A feature of one article only counts in its norm, never in a dot product:
        # store the shared ones alone, which keeps the index small.
        vectors.append(
            {
                feature: weight / norm
                for feature, weight in vector.items()
                if 1 < frequency[feature] <= common
            }
        )
    return vectors


def _prior_idf(feature: str) -> float:
    """Names and numbers are as rare as features get; words by their English rarity."""
    return PRIOR_IDF * rarity(feature[2:]) if feature.startswith("w:") else PRIOR_IDF


def _kind_weight(feature: str) -> float:
    if feature.startswith("e:"):
        return NAME_WEIGHT
    if feature.startswith("n:"):
        return NUMBER_WEIGHT
    return 1.0
