"""Pair the facts of two articles that speak of the same thing, and say if they agree.

Two facts are candidates when they have the same kind and unit; they are "the
same thing" when the words around them overlap (IDF-weighted, nearer words
count more; contexts.py). A consistent partner is preferred; a conflict is
flagged only when the best partner in context disagrees and no agreeing partner
is about as close.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Literal

from reader.core.collector import collector_paused
from reader.core.facts.agreement import (
    DAYS_PER_MONTH,
    comparable,
    family,
    informative,
    overlap,
)
from reader.core.facts.conflicts import converted, dates_may_conflict, may_conflict
from reader.core.facts.contexts import Contexts
from reader.core.facts.counts import plural_lemma
from reader.core.facts.listing import same_words
from reader.core.facts.reasons import reason
from reader.core.facts.subjects import Relation, Subject, parse, relation
from reader.core.facts.wordlists import words
from reader.core.model import Article, Fact, FactLink, Match, Quantity

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

Agreement = Literal["consistent", "conflict"]
# Context score at which a link between two days or two clock times also links its
# passages: many things happen on one day. Other kinds of fact name what they count
# or measure ("three outboard motors", "a 2+ hour meeting").
MIN_TIME_CONTEXT = 0.1
_TIMES = frozenset({"date", "time:time"})
# A pair's context score, whether its values agree, and whether it is counted
# with other nouns (which needs more shared context, `_loose_min`).
_Scored = tuple[float, bool, bool]
_UNASKED = "unasked"  # a subject pair not in the relation cache yet
# Judged pairs (A's fact, B's fact) -> (context similarity, values agree, counted with
# other nouns).
Pairs = dict[tuple[int, int], tuple[float, bool, bool]]


def link_facts(facts: list[Fact], a: Article, b: Article) -> tuple[list[FactLink], list[Match]]:
    """Links between A's and B's facts (indexes into `facts`) and one Match per link.

    Each side picks its partners, and the links are the agreeing picks of either
    side plus the conflicts both sides agree on, so swapping A and B mirrors them.
    """
    with collector_paused():
        return _link_facts(facts, a, b)


def _link_facts(facts: list[Fact], a: Article, b: Article) -> tuple[list[FactLink], list[Match]]:
    families = [family(fact) for fact in facts]
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, fact in enumerate(facts):
        buckets[(fact.doc, families[index])].append(index)
    # Only facts with a possible partner in the other article need a context.
    wanted = [(_other(fact.doc), families[i]) in buckets for i, fact in enumerate(facts)]
    contexts = Contexts(facts, {"a": a, "b": b}, wanted, families)
    pairing = _Pairing(facts, contexts, families)
    pairs: Pairs = {}
    for index, fact in enumerate(facts):
        if wanted[index]:
            key = (_other(fact.doc), families[index])
            pairing.pair(index, contexts.candidates(index, buckets[key], key), pairs)
    links = _choose(pairs, facts)
    matches = [
        Match(facts[link.a].span, facts[link.b].span, "fact", score)
        for link, score in links
        if _highlighted(link, score, facts, families)
    ]
    return [link for link, _ in links], matches


def _highlighted(link: FactLink, score: float, facts: list[Fact], families: list[str]) -> bool:
    """Whether a link also marks its two passages as telling the same thing: not an
    agreement in the same words, and not a day or a clock time whose sentences share
    little ("Monday" and "yesterday" can be one day and two events)."""
    if link.agreement == "conflict":
        return True
    if same_words(facts[link.a], facts[link.b]):
        return False
    return score >= MIN_TIME_CONTEXT or families[link.a] not in _TIMES


def _other(doc: str) -> str:
    return "b" if doc == "a" else "a"


class _Pairing:
    """Scores pairs of facts, the same whichever fact of a pair asks."""

    def __init__(self, facts: list[Fact], contexts: Contexts, families: list[str]) -> None:
        self.facts = facts
        self.contexts = contexts
        self.subjects = [parse(fact.subject, fact.kind) for fact in facts]
        # Subjects by number: a pair of ints hashes cheaper than a pair of subjects.
        numbers: dict[Subject, int] = {}
        self._subject = [numbers.setdefault(subject, len(numbers)) for subject in self.subjects]
        self._relations: dict[tuple[int, int], Relation | None] = {}
        self._similarity = contexts.similarity
        self._plural = [_plural(fact) for fact in facts]
        # A subject's noun that `_boosted` may raise a score for: not a generic one.
        self._noun = [
            subject.noun if subject.noun not in GENERIC_NOUNS else "" for subject in self.subjects
        ]
        self._bounds = [fact.bounds for fact in facts]
        # Facts of one scale compare as they are: counts with counts, ranks with
        # ranks, others of one kind and unit; the rest go through `comparable`.
        self._scale = [
            fact.kind if fact.kind in ("count", "ordinal") else f"{fact.kind}:{bounds.unit}"
            for fact, bounds in zip(facts, self._bounds, strict=True)
        ]
        self._ends = [_ends(bounds) for bounds in self._bounds]
        # Only a one-sided bound ("up to 119 years") or a long span of days ("2013")
        # can be uninformative.
        self._one_sided = [
            (b.min is None) != (b.max is None) or _long_dates(b) for b in self._bounds
        ]
        self._day = [name == "date" for name in families]
        # What `_within` and `_loose_min` ask of each fact, read once per fact.
        self._middle = [_middle(fact.value) for fact in facts]
        self._loose_floor = [_loose_floor(fact) for fact in facts]
        self._person = [_person(subject.noun) for subject in self.subjects]

    def pair(self, index: int, others: list[int], pairs: Pairs) -> None:
        """Each fact of `others` (the other article's) that may be `index`'s partner,
        into `pairs` (A's fact first) with (context similarity, values agree, loose): a
        compatible subject, comparable values and a shared context. Facts counted
        with other nouns ("23 pirates", "23 suspects") only link when their values
        are equal."""
        judge, from_a = self._judge, self.facts[index].doc == "a"
        for other in others:  # one loop for all of a fact's candidates: a hot path
            # Judged in index order, so both facts of a pair get one answer.
            judged = judge(index, other) if index < other else judge(other, index)
            if judged is None:
                continue
            similarity, agrees, loose = judged
            if loose and similarity < self._loose_min(index, other):
                continue
            pairs[(index, other) if from_a else (other, index)] = (similarity, agrees, loose)

    def _loose_min(self, index: int, other: int) -> float:
        """The shared context that joins one number counted with other nouns. A
        number rarely told twice by chance needs little (`_loose_floor`); people are
        often named anew ("the second climber", "a second man"), things seldom, so a
        small count of things ("two countries", "two speed boats") needs clearly
        shared words."""
        floor = self._loose_floor[index]
        if floor is not None:
            return floor
        return LOOSE_MIN if self._person[index] and self._person[other] else CONFLICT_MIN

    def _within(self, first: int, second: int) -> bool:
        """The same stated number ("about 32 million" and "32 million"), not just overlap."""
        one, other = self._middle[first], self._middle[second]
        return one is not None and other is not None and math.isclose(one, other)

    def _judge(self, first: int, second: int) -> _Scored | None:
        """The part of `pair` that does not depend on which fact asks."""
        # This runs for every candidate pair (50,000 on 2 x 1 MB), where a call
        # costs: the relation cache and the overlap of values are read inline.
        key = (self._subject[first], self._subject[second])
        related = self._relations.get(key, _UNASKED)
        if related is _UNASKED:
            related = self.relation(first, second)
        if not related:
            return None
        if related == "loose" and not (
            self._within(first, second) and self._plural[first] and self._plural[second]
        ):
            # Other nouns join only one stated number, of plural nouns ("12 Somali" are
            # people, "12 magazines" are not): asked first, before any value or context.
            return None
        if self._scale[first] == self._scale[second]:
            bounds = self._bounds
            bounded = self._one_sided[first] or self._one_sided[second]
            if bounded and not informative(bounds[first], bounds[second]):
                return None
            (low, high), (low_two, high_two) = self._ends[first], self._ends[second]
            low = low if low > low_two else low_two
            high = high if high < high_two else high_two
            agrees = low <= high + 1e-9 * max(abs(low), abs(high), 1.0)  # `overlap`
            ends = (self._ends[first], self._ends[second])
        else:
            values = comparable(self.facts[first], self.facts[second])
            if values is None or not informative(*values):
                return None
            agrees = overlap(*values)
            ends = (_ends(values[0]), _ends(values[1]))
        if not agrees:
            one, two = self.facts[first], self.facts[second]
            # Two days conflict only in one sentence told twice: most pairs of days
            # are turned away by their contexts, asked first (a day's is never boosted).
            day = self._day[first]
            if day and not dates_may_conflict(one, two, self._similarity(first, second)):
                return None
            agrees = converted(one, two, *ends)
            if not agrees and not may_conflict(one, two, *ends):
                return None
        if related == "loose" and not agrees:
            return None
        similarity = self._similarity(first, second)
        if related == "same":
            noun = self._noun[first]
            if similarity >= LINK_MIN and not (noun and noun == self._noun[second]):
                return similarity, agrees, False  # what `_boosted` leaves as it is
            similarity = _boosted(
                similarity, self.facts[first], self.facts[second], self.subjects, first, second
            )
        if similarity < LINK_MIN:
            return None
        return similarity, agrees, related == "loose"

    def relation(self, first: int, second: int) -> Relation | None:
        """`relation` of two facts' subjects, asked once per pair of subjects."""
        key = (self._subject[first], self._subject[second])
        if key not in self._relations:
            self._relations[key] = relation(self.subjects[first], self.subjects[second])
        return self._relations[key]


def _ends(value: Quantity) -> tuple[float, float]:
    return (
        -math.inf if value.min is None else value.min,
        math.inf if value.max is None else value.max,
    )


def _long_dates(value: Quantity) -> bool:
    return (
        value.unit == "date"
        and value.min is not None
        and value.max is not None
        and (value.max - value.min >= DAYS_PER_MONTH)
    )


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
    if similarity < LINK_MIN and (
        _specific(first, second) or (same_noun and _same_number(first, second))
    ):
        return LINK_MIN
    return similarity


def _plural(fact: Fact) -> bool:
    """Whether a count's noun is written as a plural ("Somali" is a nationality)."""
    if fact.kind != "count" or fact.value.unit in ("people", "number"):
        return True
    last = fact.text.split()[-1].lower() if fact.text.split() else ""
    return plural_lemma(last) is not None


def _loose_floor(fact: Fact) -> float | None:
    """The shared context a number counted with other nouns needs whatever it counts:
    little for one rarely told twice by chance (100 or more, or with decimals), some
    for one of 10 or more; None when it depends on the nouns (`_loose_min`)."""
    value = fact.value.min if fact.value.min is not None else fact.value.max
    if value is not None and (value >= 100 or value != int(value)):
        return LINK_MIN
    return LOOSE_MIN if value is not None and value >= 10 else None


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


def _choose(pairs: Pairs, facts: list[Fact]) -> list[tuple[FactLink, float]]:
    """Agreeing partners first; a conflict only where no agreeing partner is as close."""
    # (-similarity, partner, agrees): a plain sort puts the closest partner first.
    by_fact: list[list[tuple[float, int, bool]]] = [[] for _ in facts]
    for (first, second), (similarity, agrees, _) in pairs.items():
        by_fact[first].append((-similarity, second, agrees))
        by_fact[second].append((-similarity, first, agrees))
    best_agreeing: dict[int, float] = {}
    for index, scored in enumerate(by_fact):
        scored.sort()
        for negative, _, agrees in scored:
            if agrees:
                best_agreeing[index] = -negative
                break
    chosen: dict[tuple[int, int], Agreement] = {}
    conflicts: set[tuple[int, int]] = set()
    for index, scored in enumerate(by_fact):
        if not scored:
            continue
        # Many events have dates: any agreeing date outweighs a differing one.
        ratio = 0.0 if facts[index].kind == "date" else SIMILAR
        partners, conflict = _picks(scored, best_agreeing, ratio)
        for other in partners:
            chosen[_ordered(index, other, facts)] = "consistent"
        if conflict is not None:
            key = _ordered(index, conflict, facts)
            if key in conflicts:  # both sides name it
                chosen[key] = "conflict"
            conflicts.add(key)
    links = []
    for key in sorted(chosen):
        similarity, _, loose = pairs[key]
        links.append((_link(key, chosen[key], facts, loose), similarity))
    return links


def _link(key: tuple[int, int], agreement: Agreement, facts: list[Fact], loose: bool) -> FactLink:
    first, second = key
    return FactLink(first, second, agreement, reason(facts[first], facts[second], agreement, loose))


def _ordered(first: int, second: int, facts: list[Fact]) -> tuple[int, int]:
    return (first, second) if facts[first].doc == "a" else (second, first)


def _picks(
    scored: list[tuple[float, int, bool]], best_agreeing: dict[int, float], ratio: float
) -> tuple[list[int], int | None]:
    """One fact's agreeing partners, or the partner it conflicts with, best first
    (`scored` holds negated similarities, closest first)."""
    best: tuple[float, int, bool] | None = None
    agreeing: list[tuple[float, int]] = []
    for item in scored:
        negative, other, agrees = item
        # A partner that agrees as closely with another fact is told there, not here.
        if not agrees and best_agreeing.get(other, 0.0) > ratio * -negative:
            continue
        best = best or item
        if agrees:
            agreeing.append((negative, other))
            if len(agreeing) == MAX_LINKS:
                break  # the rest of a long list cannot change the picks
    if best is None:
        return [], None
    if agreeing and -agreeing[0][0] >= ratio * -best[0]:
        return [other for _, other in agreeing], None
    if -best[0] >= CONFLICT_MIN:
        return [], best[1]
    return [], None
