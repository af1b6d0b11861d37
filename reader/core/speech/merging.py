"""One speaker across both articles, from each article's own speakers.

Each article is resolved on its own (its speakers never depend on the other
article); here a speaker of B joins the speaker of A it names: the same name
once titles are stripped, a spelling variant of the surname with the same given
name (Wolff / Wolfe), a transliterated given name (Sergei / Sergey), initials
(A. J. Smith / AJ Smith), a bare surname, an agency and its abbreviation, or a
role description that fits the one person holding that title in the other.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from reader.core.speech.names import Entity, agency_key, fits_role, same_organisation
from reader.core.speech.titles import title_head

SURNAME_SIMILARITY = 90.0  # Zelensky / Zelenskyy, not Trump / Truman
GIVEN_SIMILARITY = 75.0  # Sergei / Sergey (83), not Donald / Melania
VARIANT_LENGTH = 5  # a one-letter surname variant (Wolff / Wolfe) needs this many letters


@dataclass
class SpeakerGroup:
    """The entities of both articles that are one speaker, with their claim counts."""

    entities: list[Entity]
    documents: dict[str, int] = field(default_factory=lambda: {"a": 0, "b": 0})

    @property
    def name(self) -> str:
        """A person's or organisation's fullest name, before any role description."""
        named = [entity for entity in self.entities if entity.kind != "role"] or self.entities
        return max(
            (form for entity in named for form in entity.names),
            key=lambda form: (len(form.split()), len(form)),
        )


def merge_speakers(
    speakers_a: list[tuple[Entity, int]], speakers_b: list[tuple[Entity, int]]
) -> tuple[list[SpeakerGroup], dict[int, SpeakerGroup]]:
    """Groups of one speaker each (A's order first), and id(entity) -> its group."""
    groups: list[SpeakerGroup] = []
    of_entity: dict[int, SpeakerGroup] = {}
    for entity, count in speakers_a:
        group = SpeakerGroup([entity])
        group.documents["a"] = count
        groups.append(group)
        of_entity[id(entity)] = group
    entities_a = [entity for entity, _ in speakers_a]
    partners = _partners(entities_a, [entity for entity, _ in speakers_b])
    for (entity, count), partner in zip(speakers_b, partners, strict=True):
        if partner is not None:
            group = of_entity[id(partner)]
        else:
            group = SpeakerGroup([])
            groups.append(group)
        group.entities.append(entity)
        group.documents["b"] += count
        of_entity[id(entity)] = group
    return _roles_named_in_b(groups, of_entity), of_entity


def _partners(entities_a: list[Entity], entities_b: list[Entity]) -> list[Entity | None]:
    """The entity of A each of B's is, if any. A bare name of A ("Police", "Smith")
    takes a fuller one of B ("State police") only when B does not name it barely
    itself (then B tells the two apart) and no other fuller name of B would join it
    ("State police" and "Vancouver Police"): the same, whichever article is A."""
    index = _Index(entities_a)
    partners = []
    for entity in entities_b:
        partner = _partner(entity, index.candidates(entity), index)
        if partner is None and entity.kind == "role":
            # A title the index does not key ("the U.S. diplomat" / "Secretary of State
            # Rex Tillerson"): the one person it fits, as `_roles_named_in_b` asks for A.
            fitting = [other for other in entities_a if _role_fits(entity, other)]
            partner = fitting[0] if len(fitting) == 1 else None
        partners.append(partner)
    fuller: dict[int, set[str]] = defaultdict(set)  # bare A entity -> B's fuller names
    named_barely: set[int] = set()  # bare A entities B also names barely
    for entity, partner in zip(entities_b, partners, strict=True):
        if partner is not None and _bare(partner):
            if _bare(entity):
                named_barely.add(id(partner))
            else:
                fuller[id(partner)].add(normal_name(entity.name))
    crowded = named_barely | {key for key, names in fuller.items() if len(names) > 1}
    return [
        None if partner is not None and id(partner) in crowded and not _bare(entity) else partner
        for entity, partner in zip(entities_b, partners, strict=True)
    ]


def _bare(entity: Entity) -> bool:
    """Named by one word only ("Police", "Smith")."""
    return entity.kind != "role" and all(len(name.split()) == 1 for name in entity.names)


class _Index:
    """A's entities by blocking key (surname, its one-letter deletions, acronym,
    title), so each of B's is compared with a handful, not with every speaker."""

    def __init__(self, entities: list[Entity]) -> None:
        self.by_key: dict[str, list[Entity]] = {}
        self.forms: dict[int, frozenset[str]] = {}  # id(entity) -> its normal name forms
        for entity in entities:
            for key in _keys(entity) | {"t:" + head for head, _ in entity.titles}:
                self.by_key.setdefault(key, []).append(entity)

    def normal_forms(self, entity: Entity) -> frozenset[str]:
        key = id(entity)
        if key not in self.forms:
            self.forms[key] = frozenset(map(normal_name, entity.names))
        return self.forms[key]

    def candidates(self, entity: Entity) -> list[Entity]:
        found: dict[int, Entity] = {}
        for key in sorted(_keys(entity)):
            for other in self.by_key.get(key, []):
                found.setdefault(id(other), other)
        return list(found.values())


def _keys(entity: Entity) -> set[str]:
    """A role is looked up by its title; a name by its surname (and the surnames one
    letter away: Wolff / Wolfe share "wolf"), acronym and agency."""
    if entity.kind == "role":
        heads = {head for head, _ in entity.titles} | {title_head(n) for n in entity.names}
        return {"t:" + head for head in heads} | {"r:" + normal_name(n) for n in entity.names}
    keys: set[str] = set()
    for form in entity.names:
        words = [word for word in normal_name(form).split() if word not in {"the", "of", "and"}]
        if words:
            surname = words[-1]
            acronym = surname if len(words) == 1 else "".join(word[0] for word in words)
            keys |= {"s:" + surname, "d:" + surname}  # "d:": O'Neil meets O'Neill's deletion
            if entity.kind == "organisation" or len(words) == 1:  # "Helix" / "Helix Chemicals"
                keys |= {"i:" + acronym, "g:" + agency_key(form), "o:" + words[0]}
            keys |= {"d:" + surname[:i] + surname[i + 1 :] for i in range(len(surname))}
    return keys


def _roles_named_in_b(
    groups: list[SpeakerGroup], of_entity: dict[int, SpeakerGroup]
) -> list[SpeakerGroup]:
    """A role of A that B names ("the Russian president" / "Russian President
    Vladimir Putin") joins that person's group."""
    kept = []
    named = [group for group in groups if group.documents["b"]]  # not among the roles of A
    for group in groups:
        roles_of_a = not group.documents["b"] and all(e.kind == "role" for e in group.entities)
        found = [
            other
            for other in (named if roles_of_a else [])
            if any(_role_fits(group.entities[0], e) for e in other.entities)
        ]
        if len(found) != 1:
            kept.append(group)
            continue
        found[0].entities[:0] = group.entities
        found[0].documents["a"] += group.documents["a"]
        for entity in group.entities:
            of_entity[id(entity)] = found[0]
    return kept


def _partner(entity: Entity, others: list[Entity], index: _Index) -> Entity | None:
    """The entity of the other article this one is, by the strongest rule that holds:
    the same name form (the first such), else the one entity with an agreeing name,
    else the one person holding the role."""
    forms = index.normal_forms(entity)
    for other in others:
        if other.kind == entity.kind and not forms.isdisjoint(index.normal_forms(other)):
            return other
    for rule in (_same_name, _role_fits):
        found = [other for other in others if rule(entity, other)]
        if len(found) == 1:
            return found[0]
    return None


def _same_name(one: Entity, other: Entity) -> bool:
    if one.kind == "role" or other.kind == "role":
        return False
    if "organisation" in {one.kind, other.kind}:
        return any(same_organisation(x, y) for x in one.names for y in other.names)
    if one.kind != other.kind:
        return False
    return any(same_person(x, y) for x in one.names for y in other.names)


def _role_fits(one: Entity, other: Entity) -> bool:
    """An unnamed role of one article and the person holding that title in the other."""
    if (one.kind == "role") == (other.kind == "role"):
        return False
    role, person = (one, other) if one.kind == "role" else (other, one)
    return person.kind == "person" and any(
        fits_role(person, head, nationality) for head, nationality in role.titles
    )


def same_person(name: str, other: str) -> bool:
    """Can two name forms (titles stripped) name one person?"""
    words, others = normal_name(name).split(), normal_name(other).split()
    if not words or not others:
        return False
    if len(words) == 1 or len(others) == 1:
        return words[-1] == others[-1]
    given, other_given = _given(words), _given(others)
    if not _given_compatible(given, other_given):
        return False
    surname, other_surname = words[-1], others[-1]
    if surname == other_surname or fuzz.ratio(surname, other_surname) >= SURNAME_SIMILARITY:
        return True
    variant = min(len(surname), len(other_surname)) >= VARIANT_LENGTH
    return variant and given == other_given and Levenshtein.distance(surname, other_surname) == 1


def _given(words: list[str]) -> str:
    """The given names, initials run together: "a j smith" and "aj smith" -> "aj"."""
    parts = words[:-1]
    if all(len(part) == 1 for part in parts):
        return "".join(parts)
    return parts[0]


def _given_compatible(given: str, other: str) -> bool:
    if given == other:
        return True
    short, long = sorted((given, other), key=len)
    if len(short) >= 3 and long.startswith(short):
        return True  # a short form: Gill / Gillian, Chris / Christopher
    if len(given) <= 2 or len(other) <= 2:  # initials: "j" / "james", "aj" / "andrew"
        return given[0] == other[0]
    return fuzz.ratio(given, other) >= GIVEN_SIMILARITY


@functools.lru_cache(maxsize=4096)
def normal_name(name: str) -> str:
    """Lower case, no full stops, initials split: "A.J. Smith" -> "a j smith"."""
    words = []
    for word in name.lower().replace("’", "'").split():
        if "." in word.strip(".") and len(word.replace(".", "")) <= 3:
            words.extend(word.replace(".", " ").split())  # "a.j." -> "a", "j"
        else:
            words.append(word.replace(".", ""))
    return " ".join(words)
