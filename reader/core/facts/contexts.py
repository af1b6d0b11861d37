"""The words around each fact, as IDF-weighted vectors, and an index that finds the
few facts of the other article worth comparing with one.

A fact's context is its sentence's words (nearer words weigh more) and its
neighbour sentences' words (in the same block). Each sentence is read once for
all the facts in or beside it; only a fact's distances to the words are its own.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from itertools import chain, islice
from operator import itemgetter, mul

from reader.core.alignment.tokens import normalise_word
from reader.core.alignment.tokens import stem as snowball_stem
from reader.core.facts.numbers import NUMBER_WORDS, SCALES
from reader.core.facts.units import CURRENCY_WORDS, DURATIONS, MEASURES
from reader.core.facts.wordlists import CONTEXT_STOPWORDS
from reader.core.model import Article, Fact, Span

MAX_KNOWN_WORDS = 200_000  # words whose stems are kept between comparisons
MAX_CANDIDATES = 8  # per fact, so big buckets stay near-linear
CONTEXT_WORDS = 40  # strongest context words kept per fact
STRONGEST = 8  # context words a fact looks its partners up by
POSTING_TAKE = 4  # candidates taken per context word in big buckets
NEIGHBOUR_WEIGHT = 0.3  # words of the adjacent sentences in the same block
UNSENTENCED_REACH = 200  # characters read either side of a fact outside any sentence
# Weight of the n-th word away from the fact (stopwords count as words).
_WEIGHTS = [1.0 / (1.0 + distance / 6.0) for distance in range(400)]
_FAR_FIRST = _WEIGHTS[::-1]
_FAR_FIRST_TWICE = [weight for weight in _FAR_FIRST for _ in range(2)]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_WORD_CHAR = re.compile(r"[A-Za-z'’]")
_STOPWORDS = (
    CONTEXT_STOPWORDS
    | NUMBER_WORDS
    | frozenset(SCALES)
    | frozenset(DURATIONS)
    | frozenset(CURRENCY_WORDS)
    | frozenset(MEASURES)
)

Vector = dict[str, float]


class Contexts:
    """Context vectors of the facts (empty for the unwanted), and per (article,
    family) an index from context word to the first facts that have it."""

    def __init__(
        self,
        facts: list[Fact],
        articles: dict[str, Article],
        wanted: list[bool],
        families: list[str],
    ) -> None:
        if len(_STEMS) > MAX_KNOWN_WORDS:
            _STEMS.clear()
        stems = _STEMS
        told = _Told()
        readers = {doc: _SentenceWords(article, stems, told) for doc, article in articles.items()}
        raw = [
            readers[fact.doc].context(fact.span) if want else {}
            for fact, want in zip(facts, wanted, strict=True)
        ]
        idf = _idf(raw)
        # A context told again (one sentence's wording around another number) is one
        # object: it is weighed once, and its words made a set once.
        weighed: dict[int, tuple[Vector, frozenset[str]]] = {}
        for vector in raw:
            if id(vector) not in weighed:
                weight = _weigh(vector, idf)
                # Shared words of two facts: a frozenset pair intersects without copying.
                weighed[id(vector)] = weight, frozenset(weight)
        self.vectors = [weighed[id(vector)][0] for vector in raw]
        self._words = [weighed[id(vector)][1] for vector in raw]
        # Facts of one context have one score against another: numbered contexts.
        numbers = {key: number for number, key in enumerate(weighed)}
        self._number = [numbers[id(vector)] for vector in raw]
        self._scores: dict[tuple[int, int], float] = {}
        self._value_keys = [value_keys(fact) for fact in facts]
        self._postings = self._index(facts, families)

    def _index(self, facts: list[Fact], families: list[str]) -> dict[tuple[str, str], Postings]:
        buckets: dict[tuple[str, str], list[int]] = {}
        for index, fact in enumerate(facts):
            buckets.setdefault((fact.doc, families[index]), []).append(index)
        # Small buckets are scored whole: only big ones need an index.
        return {
            key: _postings(bucket, self.vectors, self._value_keys)
            for key, bucket in buckets.items()
            if len(bucket) > MAX_CANDIDATES
        }

    def candidates(self, index: int, bucket: list[int], key: tuple[str, str]) -> list[int]:
        """Facts of `bucket` (the other article's, keyed `key`) worth scoring against
        fact `index`: all of a small bucket, else those of the same value and those
        sharing its strongest context words."""
        if len(bucket) <= MAX_CANDIDATES:
            return bucket
        postings = self._postings[key]
        found: dict[int, None] = {}
        # A weighed vector is ordered strongest first.
        for stem in chain(self._value_keys[index], islice(self.vectors[index], STRONGEST)):
            posting = postings.get(stem)
            if posting:
                found.update(dict.fromkeys(posting))
                if len(found) >= MAX_CANDIDATES:
                    break
        return list(found)[:MAX_CANDIDATES]

    def similarity(self, first: int, second: int) -> float:
        key = (self._number[first], self._number[second])
        score = self._scores.get(key)
        if score is None:
            shared = self._words[first] & self._words[second]
            if not shared:
                self._scores[key] = 0.0
                return 0.0
            one, other = self.vectors[first], self.vectors[second]
            # fsum is exact whatever the order, so the score does not depend on the
            # per-process string hash that orders the set of shared words.
            score = self._scores[key] = math.fsum([one[stem] * other[stem] for stem in shared])
        return score


Postings = dict[str, list[int]]


class _Told:
    """Sentence wordings (their stems) numbered, neighbour words by the numbers of
    the sentences they come from, and the contexts read so far by their sentence's
    wording, its neighbours' and the fact's place in it. Equal keys make equal
    contexts, so a wording told again around other numbers is read once."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, ...], int] = {}
        self.neighbours: dict[tuple[int, ...], Vector] = {}
        self.contexts: dict[tuple[int, tuple[int, ...], int, int], Vector] = {}

    def number(self, stems: list[str]) -> int:
        return self._numbers.setdefault(tuple(stems), len(self._numbers))


def _postings(bucket: list[int], vectors: list[Vector], keys: list[tuple[str, ...]]) -> Postings:
    """Context word (or value key) -> the first POSTING_TAKE facts that have it."""
    postings: Postings = {}
    known = postings.get  # most stems are new: a get beats setdefault's empty list
    for index in bucket:
        for stem in chain(keys[index], vectors[index]):
            posting = known(stem)
            if posting is None:
                postings[stem] = [index]
            elif len(posting) < POSTING_TAKE:
                posting.append(index)
    return postings


def value_keys(fact: Fact) -> tuple[str, ...]:
    """Posting keys no word can be: facts stating one number find each other without
    shared words ("Feb. 22" and "Feb. 22", "up to three" and "three"). A tuple, low
    end first: the order decides which candidates are kept, so it must not hang on
    string hashing."""
    ends = [f"#{end}" for end in (fact.value.min, fact.value.max) if end is not None]
    return tuple(dict.fromkeys(ends))


class _SentenceWords:
    """One article's sentences as stems, each sentence read once."""

    def __init__(self, article: Article, stems: _Stems, told: _Told) -> None:
        self.article = article
        self.text = article.text
        self.starts = [sentence.span[0] for sentence in article.sentences]
        self._to_stems = stems.__getitem__
        self._told = told
        self._stems: dict[int, tuple[list[str], int]] = {}  # and the wording's number
        self._around: dict[int, tuple[int, ...]] = {}

    def context(self, span: Span) -> Vector:
        """Words of the fact's sentence (nearer weigh more) and of its neighbours."""
        fact_start, fact_end = span
        position = self._sentence_at(fact_start)
        if position is None:
            reach = UNSENTENCED_REACH
            start = max(0, fact_start - reach)
            stems = self._read(start, fact_end + reach)
            return _context(stems, {}, *self._words_before(start, fact_start, fact_end))
        stems, number = self._sentence_stems(position)
        around = self._neighbours(position)
        before, after = self._words_before(self.starts[position], fact_start, fact_end)
        key = (number, around, before, after)
        vector = self._told.contexts.get(key)
        if vector is None:
            neighbours = self._told.neighbours[around]
            vector = self._told.contexts[key] = _context(stems, neighbours, before, after)
        return vector

    def _words_before(self, start: int, fact_start: int, fact_end: int) -> tuple[int, int]:
        """How many words from `start` begin before the fact, and before its end
        (words are counted, not located: cheaper than keeping every offset)."""
        text = self.text
        before = len(_WORD.findall(text, start, fact_start))
        if fact_start > start and _WORD_CHAR.match(text, fact_start - 1):
            # A word may run on into the fact: count from the sentence's start.
            return before, len(_WORD.findall(text, start, fact_end))
        return before, before + len(_WORD.findall(text, fact_start, fact_end))

    def _sentence_at(self, offset: int) -> int | None:
        position = bisect_right(self.starts, offset) - 1
        if position < 0 or offset >= self.article.sentences[position].span[1]:
            return None
        return position

    def _read(self, start: int, end: int) -> list[str]:
        """Stems of the words in text[start:end] ("" for stopwords)."""
        return list(map(self._to_stems, _WORD.findall(self.text, start, end)))

    def _sentence_stems(self, position: int) -> tuple[list[str], int]:
        """The sentence's stems and the number of its wording."""
        read = self._stems.get(position)
        if read is None:
            stems = self._read(*self.article.sentences[position].span)
            read = self._stems[position] = stems, self._told.number(stems)
        return read

    def _neighbours(self, position: int) -> tuple[int, ...]:
        """The wording numbers of the sentences before and after, in the same block;
        their stems at the neighbour weight are `told.neighbours` of them."""
        around = self._around.get(position)
        if around is None:
            sentences = self.article.sentences
            block = sentences[position].block
            read = [
                self._sentence_stems(other)
                for other in (position - 1, position + 1)
                if 0 <= other < len(sentences) and sentences[other].block == block
            ]
            around = self._around[position] = tuple(number for _, number in read)
            if around not in self._told.neighbours:
                stems = dict.fromkeys(chain.from_iterable(s for s, _ in read), NEIGHBOUR_WEIGHT)
                stems.pop("", None)
                self._told.neighbours[around] = stems
        return around


def _context(stems: list[str], neighbours: Vector, before: int, after: int) -> Vector:
    vector = _weighted(stems, before, after)
    if neighbours:
        # Neighbour words the sentence lacks, after its own (as setdefault would).
        own = vector.copy()
        vector.update(neighbours)
        vector.update(own)
    return vector


def _weighted(stems: list[str], before: int, after: int) -> Vector:
    """The stems before index `before` and from `after` on, each weighted by its
    nearest occurrence's distance from the fact (stopwords, "", dropped).

    The words are laid out farthest first, a word before the fact ahead of the one
    after it at the same distance, so that a dict keeps each stem where it first
    occurs and the weight of its last (nearest) occurrence: the order the vector's
    ties are broken by later. Built from slices, without sorting."""
    reach = len(_WEIGHTS)
    count_before = min(before, reach)
    count_after = max(0, min(len(stems) - after, reach))
    paired = min(count_before, count_after)  # distances with a word on both sides
    if count_before > count_after:
        far = stems[before - count_before : before - paired]
        far_weights = _FAR_FIRST[reach - count_before : reach - paired]
    else:
        far = stems[after + paired : after + count_after][::-1]
        far_weights = _FAR_FIRST[reach - count_after : reach - paired]
    near = [""] * (2 * paired)
    near[0::2] = stems[before - paired : before]
    near[1::2] = stems[after : after + paired][::-1]
    vector = dict(zip(far, far_weights, strict=True))
    vector.update(zip(near, _FAR_FIRST_TWICE[2 * (reach - paired) :], strict=True))
    vector.pop("", None)
    return vector


class _Stems(dict[str, str]):
    """Word -> the aligner's Snowball stem ("hosted", "hosting" -> "host"), or ""
    for a word that says nothing about a number's context (stopwords, number and
    unit words). A plain dict lookup once a word is known, in this comparison or an
    earlier one (news reuses its words: stemming them anew cost a twentieth of
    linking the facts of 340 KB of news)."""

    def __missing__(self, word: str) -> str:
        plain = normalise_word(word).removesuffix("'s").rstrip("'")
        stem = "" if plain in _STOPWORDS else snowball_stem(plain)
        self[word] = stem
        return stem


_STEMS = _Stems()


def _idf(vectors: list[Vector]) -> dict[str, float]:
    """Each word's inverse frequency among the contexts; a context told again (one
    object for several facts) is counted once per fact, but read once."""
    told = Counter(map(id, vectors))
    distinct = {id(vector): vector for vector in vectors}
    frequency = Counter(chain.from_iterable(distinct.values()))
    for key, times in told.items():
        if times > 1:
            frequency.update(dict.fromkeys(distinct[key], times - 1))
    total = len(vectors)
    return {stem: math.log(1.0 + total / count) for stem, count in frequency.items()}


def _weigh(vector: Vector, idf: dict[str, float]) -> Vector:
    """Scale by IDF, keep the strongest words (strongest first), and normalise to
    unit length so that a dot product is the cosine."""
    weighted = sorted(
        [(stem, weight * idf[stem]) for stem, weight in vector.items()],
        key=itemgetter(1),
        reverse=True,
    )[:CONTEXT_WORDS]
    values = [value for _, value in weighted]
    norm = math.sqrt(sum(map(mul, values, values))) or 1.0
    return {stem: value / norm for stem, value in weighted}
