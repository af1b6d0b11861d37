"""Pair the facts of two articles that speak of the same thing, and say if they agree.

Two facts are candidates when they have the same kind and unit; they are "the
same thing" when the words around them overlap (IDF-weighted, nearer words
count more). A consistent partner is preferred; a conflict is flagged only when
the best partner in context disagrees and no agreeing partner is about as close.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter
from typing import Literal

from reader.core.alignment.tokens import normalise_word
from reader.core.alignment.tokens import stem as snowball_stem
from reader.core.facts.agreement import comparable, family, informative, overlap
from reader.core.facts.counts import plural_lemma
from reader.core.facts.listing import same_words
from reader.core.facts.numbers import NUMBER_WORDS, SCALES
from reader.core.facts.reasons import reason
from reader.core.facts.subjects import Subject, parse, relation
from reader.core.facts.units import CURRENCY_WORDS, DURATIONS, MEASURES
from reader.core.facts.wordlists import CONTEXT_STOPWORDS, words
from reader.core.model import Article, Fact, FactLink, Match, Quantity, Sentence

LINK_MIN = 0.005  # least context overlap for an agreeing pair: a shared word
LOOSE_MIN = 0.15  # facts counted with other nouns need clearly shared context
PERSON_NOUNS = words(
    "people person man woman child boy girl suspect victim pirate companion official "
    "soldier civilian passenger crew police member friend fan student resident patient "
    "hostage refugee migrant"
)
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")
NOUN_MIN = 0.04  # facts of one distinctive noun need only a little shared context
GENERIC_NOUNS = words("people person man woman child time year day week month season game point")
CONFLICT_MIN = 0.3  # conflicts need clearly shared context
SIMILAR = 0.7  # "about as close": within 70 % of the best score
MAX_LINKS = 3  # agreeing partners per fact
MAX_CANDIDATES = 8  # per fact, so big buckets stay near-linear
CONTEXT_WORDS = 40  # strongest context words kept per fact
POSTING_TAKE = 4  # candidates taken per context word in big buckets
NEIGHBOUR_WEIGHT = 0.3  # words of the adjacent sentences in the same block
# Weight of the n-th word away from the fact (stopwords count as words).
_WEIGHTS = [1.0 / (1.0 + distance / 6.0) for distance in range(400)]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_STOPWORDS = (
    CONTEXT_STOPWORDS
    | NUMBER_WORDS
    | frozenset(SCALES)
    | frozenset(DURATIONS)
    | frozenset(CURRENCY_WORDS)
    | frozenset(MEASURES)
)

Vector = dict[str, float]
_Tokens = tuple[list[int], list[str]]
Agreement = Literal["consistent", "conflict"]


def link_facts(facts: list[Fact], a: Article, b: Article) -> tuple[list[FactLink], list[Match]]:
    """Links between A's and B's facts (indexes into `facts`) and one Match per link.

    Each side picks its partners, and the links are the agreeing picks of either
    side plus the conflicts both sides agree on, so swapping A and B mirrors them.
    """
    families = [family(fact) for fact in facts]
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, fact in enumerate(facts):
        buckets[(fact.doc, families[index])].append(index)
    # Only facts with a possible partner in the other article need a context.
    wanted = [(_other(fact.doc), families[i]) in buckets for i, fact in enumerate(facts)]
    contexts = _Contexts(facts, a, b, wanted, families)
    subjects = [parse(fact.subject, fact.kind) for fact in facts]
    pairs: dict[tuple[int, int], tuple[float, bool]] = {}
    for index, fact in enumerate(facts):
        if wanted[index]:
            bucket = buckets[(_other(fact.doc), families[index])]
            for other, similarity, agreeing in _score(index, bucket, facts, contexts, subjects):
                key = (index, other) if fact.doc == "a" else (other, index)
                pairs[key] = (similarity, agreeing)
    links = _choose(pairs, facts, subjects)
    matches = [
        Match(facts[link.a].span, facts[link.b].span, "fact", score)
        for link, score in links
        if link.agreement == "conflict" or not same_words(facts[link.a], facts[link.b])
    ]
    return [link for link, _ in links], matches


def _other(doc: str) -> str:
    return "b" if doc == "a" else "a"


class _Contexts:
    """IDF-weighted context vectors of every fact, and an index to find partners."""

    def __init__(
        self, facts: list[Fact], a: Article, b: Article, wanted: list[bool], families: list[str]
    ) -> None:
        cache: dict[str, dict[int, _Tokens]] = {"a": {}, "b": {}}
        raw = [
            _context(fact, a if fact.doc == "a" else b, cache[fact.doc]) if want else {}
            for fact, want in zip(facts, wanted, strict=True)
        ]
        idf = _idf(raw)
        self.vectors = [_weigh(vector, idf) for vector in raw]
        self.families = families
        # (doc, family, context word) -> facts, to find partners in big buckets
        self.postings: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for index, fact in enumerate(facts):
            for stem in (*_value_keys(fact), *self.vectors[index]):
                self.postings[(fact.doc, families[index], stem)].append(index)

    def candidates(self, fact: Fact, index: int, bucket: list[int]) -> Iterable[int]:
        """Facts of the other article worth scoring against fact `index`: all of a
        small bucket, else those of the same value and those sharing its strongest
        context words."""
        if len(bucket) <= MAX_CANDIDATES:
            return bucket
        found: dict[int, None] = {}
        vector = self.vectors[index]
        strongest = sorted(vector, key=vector.__getitem__, reverse=True)[:8]
        for stem in (*_value_keys(fact), *strongest):
            key = (_other(fact.doc), self.families[index], stem)
            posting = self.postings.get(key, [])
            found.update(dict.fromkeys(posting[:POSTING_TAKE]))
        return list(found)[:MAX_CANDIDATES]

    def similarity(self, first: int, second: int) -> float:
        one, other = self.vectors[first], self.vectors[second]
        return sum(one[stem] * other[stem] for stem in one.keys() & other.keys())


def _value_keys(fact: Fact) -> set[str]:
    """Posting keys no word can be: facts stating one number find each other without
    shared words ("Feb. 22" and "Feb. 22", "up to three" and "three")."""
    return {f"#{end}" for end in (fact.value.min, fact.value.max) if end is not None}


def _score(
    index: int,
    bucket: list[int],
    facts: list[Fact],
    contexts: _Contexts,
    subjects: list[Subject],
) -> list[tuple[int, float, bool]]:
    """(other fact, context similarity, values agree) for the partners `index` may have:
    a compatible subject, comparable values, and a shared context. Facts counted with
    other nouns ("23 pirates", "23 suspects") only link when their values are equal."""
    scored = []
    for other in contexts.candidates(facts[index], index, bucket):
        related = relation(subjects[index], subjects[other])
        values = comparable(facts[index], facts[other]) if related else None
        if values is None or not informative(*values):
            continue
        agrees = overlap(*values)
        if related == "loose" and not (agrees and _within(facts[index], facts[other])):
            continue
        similarity = contexts.similarity(index, other)
        if related == "same":
            similarity = _boosted(similarity, facts[index], facts[other], subjects, index, other)
        elif not (_plural(facts[index]) and _plural(facts[other])):
            continue  # "12 Somali" are people, "12 magazines" are not: no other noun for it
        elif similarity < _loose_min(facts[index], subjects[index], subjects[other]):
            continue
        if similarity >= LINK_MIN:
            scored.append((other, similarity, agrees))
    return scored


def _within(first: Fact, second: Fact) -> bool:
    """The same stated number ("about 32 million" and "32 million"), not just overlap."""
    middles = [_middle(fact.value) for fact in (first, second)]
    return None not in middles and math.isclose(middles[0] or 0.0, middles[1] or 0.0)


def _middle(value: Quantity) -> float | None:
    if value.min is None or value.max is None:
        return None  # "up to three" motors says too little to join other nouns
    return (value.min + value.max) / 2


def _boosted(
    similarity: float, first: Fact, second: Fact, subjects: list[Subject], one: int, two: int
) -> float:
    """Context similarity raised where the subject itself says "the same thing":
    the same day, age of one person, record or equal count of one noun needs no
    shared words; a distinctive noun ("coach", "dhow") needs only a few."""
    noun = subjects[one].noun
    same_noun = bool(noun) and noun == subjects[two].noun and noun not in GENERIC_NOUNS
    if same_noun and similarity >= NOUN_MIN:
        return max(similarity, CONFLICT_MIN)
    specific = _specific(first, second) or (same_noun and _same_number(first, second))
    if similarity < LINK_MIN and specific:
        return LINK_MIN
    return similarity


def _plural(fact: Fact) -> bool:
    """Whether a count's noun is written as a plural ("Somali" is a nationality)."""
    if fact.kind != "count" or fact.value.unit in ("people", "number"):
        return True
    last = fact.text.split()[-1].lower() if fact.text.split() else ""
    return plural_lemma(last) is not None


def _loose_min(fact: Fact, one: Subject, other: Subject) -> float:
    """The shared context that joins one number counted with other nouns. A number
    rarely told twice by chance (100 or more, or with decimals) needs little; people
    are often named anew ("the second climber", "a second man"), things seldom, so
    a small count of things ("two countries", "two speed boats") needs clearly
    shared words."""
    value = fact.value.min if fact.value.min is not None else fact.value.max
    if value is not None and (value >= 100 or value != int(value)):
        return LINK_MIN
    if (value is not None and value >= 10) or (_person(one.noun) and _person(other.noun)):
        return LOOSE_MIN
    return CONFLICT_MIN


def _person(noun: str) -> bool:
    """A noun for people: a closed list, or an agent noun ("climber", "investor")."""
    return noun in PERSON_NOUNS or (len(noun) > 4 and noun.endswith(_AGENT_SUFFIXES))


def _same_number(first: Fact, second: Fact) -> bool:
    """One number stated in both: equal values, or a bound and a value that reaches it
    ("up to three outboard motors" and "three outboard motors")."""
    values = {first.value.min, first.value.max, second.value.min, second.value.max} - {None}
    return len(values) == 1


def _specific(first: Fact, second: Fact) -> bool:
    """Equal values too particular to be a coincidence: one calendar day, or the age
    of one named person."""
    if first.value != second.value or first.value.min != first.value.max:
        return False
    if first.value.unit in ("date", "month-day", "record"):
        return True
    return first.value.unit == "age" and " of " in first.subject and " of " in second.subject


def _choose(
    pairs: dict[tuple[int, int], tuple[float, bool]], facts: list[Fact], subjects: list[Subject]
) -> list[tuple[FactLink, float]]:
    """Agreeing partners first; a conflict only where no agreeing partner is as close."""
    by_fact: dict[int, list[tuple[int, float, bool]]] = defaultdict(list)
    best_agreeing: dict[int, float] = defaultdict(float)
    for (first, second), (similarity, agrees) in pairs.items():
        by_fact[first].append((second, similarity, agrees))
        by_fact[second].append((first, similarity, agrees))
        if agrees:
            best_agreeing[first] = max(best_agreeing[first], similarity)
            best_agreeing[second] = max(best_agreeing[second], similarity)
    consistent: set[tuple[int, int]] = set()
    conflicts: dict[tuple[int, int], int] = defaultdict(int)
    for index, scored in by_fact.items():
        scored.sort(key=lambda pair: (-pair[1], pair[0]))
        # Many events have dates: any agreeing date outweighs a differing one.
        ratio = 0.0 if facts[index].kind == "date" else SIMILAR
        partners, conflict = _picks(scored, best_agreeing, ratio)
        for other in partners:
            consistent.add(_ordered(index, other, facts))
        if conflict is not None:
            conflicts[_ordered(index, conflict, facts)] += 1
    links = [(_link(key, "consistent", facts, subjects), pairs[key][0]) for key in consistent]
    links += [
        (_link(key, "conflict", facts, subjects), pairs[key][0])
        for key, n in conflicts.items()
        if n == 2
    ]
    return sorted(links, key=lambda item: (item[0].a, item[0].b))


def _link(
    key: tuple[int, int], agreement: Agreement, facts: list[Fact], subjects: list[Subject]
) -> FactLink:
    first, second = key
    loose = relation(subjects[first], subjects[second]) == "loose"
    return FactLink(first, second, agreement, reason(facts[first], facts[second], agreement, loose))


def _ordered(first: int, second: int, facts: list[Fact]) -> tuple[int, int]:
    return (first, second) if facts[first].doc == "a" else (second, first)


def _picks(
    scored: list[tuple[int, float, bool]], best_agreeing: dict[int, float], ratio: float
) -> tuple[list[int], int | None]:
    """One fact's agreeing partners, or the partner it conflicts with, best first."""
    # A partner that agrees as closely with another fact is told there, not here.
    free = [item for item in scored if item[2] or best_agreeing[item[0]] <= ratio * item[1]]
    if not free:
        return [], None
    best_other, best, _ = free[0]
    agreeing = [other for other, similarity, agrees in free if agrees]
    best_agreeing_here = next((similarity for _, similarity, agrees in free if agrees), 0.0)
    if agreeing and best_agreeing_here >= ratio * best:
        return agreeing[:MAX_LINKS], None
    if best >= CONFLICT_MIN:
        return [], best_other
    return [], None


def _context(fact: Fact, article: Article, cache: dict[int, _Tokens]) -> Vector:
    """Words of the fact's sentence (nearer weigh more) and of its neighbours."""
    fact_start, fact_end = fact.span
    sentence = article.sentence_at(fact_start)
    if sentence is None:
        tokens = _tokens(article.text, max(0, fact_start - 200), fact_end + 200)
    else:
        tokens = _sentence_tokens(article, sentence.index, cache)
    starts, stems = tokens
    before = stems[: bisect_left(starts, fact_start)]
    after = stems[bisect_left(starts, fact_end) :]
    # Nearest occurrence wins: sort by weight so the heaviest is written last.
    weighted = [
        *zip(reversed(before), _WEIGHTS, strict=False),
        *zip(after, _WEIGHTS, strict=False),
    ]
    weighted.sort(key=itemgetter(1))
    vector = dict(weighted)
    for position in _neighbour_sentences(article, sentence):
        for stem in _sentence_tokens(article, position, cache)[1]:
            vector.setdefault(stem, NEIGHBOUR_WEIGHT)
    vector.pop("", None)
    return vector


def _sentence_tokens(article: Article, position: int, cache: dict[int, _Tokens]) -> _Tokens:
    """A sentence's word offsets and stems, read once for all the facts around it."""
    if position not in cache:
        cache[position] = _tokens(article.text, *article.sentences[position].span)
    return cache[position]


def _tokens(text: str, start: int, end: int) -> _Tokens:
    """Offsets and stems of the words in text[start:end] ("" for stopwords)."""
    found = list(_WORD.finditer(text, start, end))
    return [word.start() for word in found], [_stem(word.group()) for word in found]


def _neighbour_sentences(article: Article, sentence: Sentence | None) -> list[int]:
    if sentence is None:
        return []
    positions = (sentence.index - 1, sentence.index + 1)
    return [
        position
        for position in positions
        if 0 <= position < len(article.sentences)
        and article.sentences[position].block == sentence.block
    ]


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """The aligner's Snowball stem ("hosted", "hosting" -> "host"); "" for a word
    that says nothing about a number's context (stopwords, number and unit words)."""
    word = normalise_word(word).removesuffix("'s").rstrip("'")
    return "" if word in _STOPWORDS else snowball_stem(word)


def _idf(vectors: list[Vector]) -> dict[str, float]:
    frequency: dict[str, int] = defaultdict(int)
    for vector in vectors:
        for stem in vector:
            frequency[stem] += 1
    total = len(vectors)
    return {stem: math.log(1.0 + total / count) for stem, count in frequency.items()}


def _weigh(vector: Vector, idf: dict[str, float]) -> Vector:
    """Scale by IDF, keep the strongest words, and normalise to unit length so
    that a dot product is the cosine."""
    weighted = {stem: weight * idf[stem] for stem, weight in vector.items()}
    if len(weighted) > CONTEXT_WORDS:
        strongest = sorted(weighted.items(), key=lambda item: -item[1])
        weighted = dict(strongest[:CONTEXT_WORDS])
    norm = math.sqrt(sum(value * value for value in weighted.values())) or 1.0
    return {stem: value / norm for stem, value in weighted.items()}
