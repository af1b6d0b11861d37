"""People and organisations across both articles: one entity per real-world speaker.

Name forms merge when surnames agree (rapidfuzz, for a misspelt surname) and given
names do not contradict (one article writes a person's given name one way); an
acronym merges with the organisation it abbreviates ("AP" / "The Associated
Press"). Titles seen next to a name ("U.S. Secretary of State Rex Tillerson") let
later role descriptions ("the secretary of state", "the U.S. diplomat") find their
person.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from reader.core.speech.mentions import Mention, is_organisation
from reader.core.speech.speaker_words import COMPANY_WORDS
from reader.core.speech.titles import title_head

EntityKind = Literal["person", "organisation", "group", "role"]
SURNAME_SIMILARITY = 90.0  # Zelensky / Zelenskyy, not Trump / Truman
# Role descriptions that name a kind of office rather than the office itself.
ROLE_FAMILIES = {
    "diplomat": {"secretary of state", "foreign minister", "ambassador", "envoy"},
    "leader": {"president", "prime minister", "premier", "chancellor", "king", "queen"},
    "minister": {"foreign minister", "prime minister"},
    "secretary": {"secretary of state", "defense secretary", "press secretary"},
}
_CONNECTORS = {"the", "of", "and", "for", "&"}
# Common news agencies, abbreviation -> full name (bare: lower case, no "the").
AGENCIES = {
    "ap": "associated press", "afp": "agence france-presse", "upi": "united press international",
    "dpa": "deutsche presse-agentur", "pa": "press association", "cp": "canadian press",
    "aap": "australian associated press", "pti": "press trust of india",
    "ians": "indo-asian news service",
    "ria": "ria novosti", "itar-tass": "tass", "anp": "algemeen nederlands persbureau",
    "kyodo": "kyodo news", "xinhua": "xinhua news agency", "yonhap": "yonhap news agency",
}  # fmt: skip


@dataclass
class Entity:
    """A speaker candidate: its name forms, titles and every way it was referred to."""

    kind: EntityKind
    names: list[str]
    titles: set[tuple[str, str]] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    female: bool = False

    @property
    def name(self) -> str:
        """The fullest name form; the first seen wins a tie (article A first)."""
        return max(self.names, key=lambda form: (len(form.split()), len(form)))

    def add_alias(self, alias: str) -> None:
        known = {form.lower() for form in [*self.names, *self.aliases]}
        if alias and alias.lower() not in known:
            self.aliases.append(alias)


def fits_role(entity: Entity, head: str, nationality: str) -> bool:
    """Does one of the entity's titles fit the role (as `role_candidates` finds)?"""
    wanted = ROLE_FAMILIES.get(head, set()) | {head}
    return any(
        not wanted.isdisjoint({title, *title.split()})
        and not (nationality and title_nationality and title_nationality != nationality)
        for title, title_nationality in entity.titles
    )


def same_organisation(name: str, other: str) -> bool:
    """One organisation: the same words, an acronym of the other, or a news agency's
    two names ("AP" / "The Associated Press")."""
    if agency_key(name) and agency_key(name) == agency_key(other):
        return True
    return _same(name, other, organisation=True)


def agency_key(name: str) -> str:
    """A news agency's full name from either of its names; "" for anything else."""
    bare = _bare(name.replace(".", ""))
    return AGENCIES.get(bare, bare if bare in AGENCIES.values() else "")


class Registry:
    """All entities of one comparison, found by name form, role or acronym.

    Indexed by a blocking key (a surname's first letters, an acronym), so each
    look-up compares a handful of name forms, not every entity of a long article.
    """

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[str, list[Entity]] = defaultdict(list)
        self._by_title: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
        # Look-ups repeat (a long article names its people again and again). An
        # answer depends on the entities under its keys: indexing a name form
        # forgets the answers that read a key of that entity.
        self._found: dict[tuple[str, bool, bool], dict[int, Entity]] = {}
        self._asked: dict[str, list[tuple[str, bool, bool]]] = defaultdict(list)

    def add_full_name(self, mention: Mention) -> Entity | None:
        """Register a multi-word name (or an organisation), merging name variants."""
        if len(mention.name.split()) < 2 and not mention.organisation:
            return None
        entity = self._first(mention.name, mention.organisation, full=True)
        if entity is None:
            kind: EntityKind = "organisation" if mention.organisation else "person"
            kind = "group" if mention.plural else kind
            entity = self.new_entity(kind, mention.name, mention)
        elif mention.name not in entity.names:
            entity.names.append(mention.name)
            self._index_name(entity, mention.name)
        self.note_title(entity, mention)
        return entity

    def add_acronym(self, full: str, acronym: str) -> None:
        """ "the Nordic Press Agency (NPA)": the text defines a short name."""
        entity = self._first(full, True, full=True) or self.new_entity(
            "organisation", full, Mention("name", full, 0, 0, full, organisation=True)
        )
        if acronym not in entity.names:
            entity.names.append(acronym)
            self._index_name(entity, acronym)

    def note_title(self, entity: Entity, mention: Mention) -> None:
        head = title_head(mention.title)
        if head and (head, mention.nationality) not in entity.titles:
            entity.titles.add((head, mention.nationality))
            for key in {head, *head.split()}:
                self._by_title[key].append((entity, mention.nationality))
        if head and mention.kind == "name":
            entity.add_alias(mention.title)
        entity.female = entity.female or mention.female

    def candidates(self, name: str, organisation: bool) -> list[Entity]:
        """Entities a (possibly partial) name form can refer to."""
        return list(self._matching(name, organisation, full=False).values())

    def role_candidates(self, head: str, nationality: str) -> list[Entity]:
        """People whose known titles fit a role description."""
        found: dict[int, Entity] = {}
        for title in sorted(ROLE_FAMILIES.get(head, set()) | {head}):
            for entity, title_nationality in self._by_title.get(title, []):
                if not (nationality and title_nationality != nationality):
                    found.setdefault(id(entity), entity)
        return list(found.values())

    def described(self, phrase: str) -> Entity | None:
        """The entity standing for an unresolved role description ("U.S. diplomat")."""
        matches = self._by_key.get("n:" + _bare(phrase), [])
        return next((entity for entity in matches if phrase in entity.names), None)

    def new_entity(self, kind: EntityKind, name: str, mention: Mention) -> Entity:
        entity = Entity(kind, [name], female=mention.female)
        self.entities.append(entity)
        self._index_name(entity, name)
        return entity

    def _index_name(self, entity: Entity, name: str) -> None:
        for form in entity.names:  # `name` is among them
            for key in _all_keys(form):
                for question in self._asked.pop(key, []):
                    self._found.pop(question, None)
        for key in _all_keys(name):
            self._by_key[key].append(entity)

    def _first(self, name: str, organisation: bool, full: bool) -> Entity | None:
        return next(iter(self._matching(name, organisation, full).values()), None)

    def _matching(self, name: str, organisation: bool, full: bool) -> dict[int, Entity]:
        """Entities with an agreeing name form: exact surname first, else similar."""
        question = (name, organisation, full)
        if question not in self._found:
            exact, similar = _keys(name)
            self._found[question] = self._matching_keys(
                name, organisation, full, exact
            ) or self._matching_keys(name, organisation, full, similar)
            for key in _all_keys(name):
                self._asked[key].append(question)
        return self._found[question]

    def _matching_keys(
        self, name: str, organisation: bool, full: bool, keys: frozenset[str]
    ) -> dict[int, Entity]:
        found: dict[int, Entity] = {}
        for key in sorted(keys):  # set order varies between runs
            for entity in self._by_key.get(key, []):
                if id(entity) not in found and any(
                    _same(name, form, organisation, full) for form in entity.names
                ):
                    found[id(entity)] = entity
        return found


@functools.lru_cache(maxsize=4096)
def _all_keys(name: str) -> frozenset[str]:
    return frozenset().union(*_keys(name))


@functools.lru_cache(maxsize=4096)
def _keys(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """Blocking keys: exact (surname, acronym) and loose (the surname less one letter:
    Zelensky / Zelenskyy share "zelensky")."""
    words = name.replace(".", "").split()
    exact = {"s:" + words[-1].lower(), "n:" + _bare(name)}
    if is_organisation(name):
        initials = "".join(w[0] for w in words if w.lower() not in _CONNECTORS)
        exact.add("a:" + (words[0] if len(words) == 1 else initials).lower())
    surname = words[-1].lower()
    similar = {"d:" + surname[:i] + surname[i + 1 :] for i in range(len(surname))}
    return frozenset(exact), frozenset(similar | {"d:" + surname})


@functools.lru_cache(maxsize=16384)
def _same(name: str, form: str, organisation: bool, full: bool = False) -> bool:
    """Can `name` and `form` name the same speaker? `full`: both are complete names."""
    if name.lower() == form.lower():
        return True
    if organisation or is_organisation(name) or is_organisation(form):
        return (
            _acronym_of(name, form)
            or _acronym_of(form, name)
            or (fuzz.ratio(_bare(name), _bare(form)) >= SURNAME_SIMILARITY)
            or _short_form(name, form)
            or _short_form(form, name)
        )
    words, other = name.split(), form.split()
    if fuzz.ratio(words[-1], other[-1]) < SURNAME_SIMILARITY:
        return False
    if len(words) == 1 or len(other) == 1:
        return not full
    return _given_compatible(words[0], other[0])


def _given_compatible(given: str, other: str) -> bool:
    """Within one article a person's given name is written one way: the same, an
    initial, or a short form ("Chris" / "Christopher"); "Charlie" and "Charlene"
    Kafoury are brother and sister (spellings across outlets are `merging`'s)."""
    if len(given.rstrip(".")) == 1 or len(other.rstrip(".")) == 1:
        return given[0] == other[0]
    short, long = sorted((given.lower(), other.lower()), key=len)
    return short == long or (len(short) >= 3 and long.startswith(short))


def _short_form(short: str, long: str) -> bool:
    """ "Helix" for "Helix Chemicals", "Exxon" for "Exxon Mobil Corp": the long name
    is the short one and a company's suffix words."""
    words, others = _bare(short).split(), _bare(long).split()
    extra = others[len(words) :]
    return bool(extra) and others[: len(words)] == words and set(extra) <= COMPANY_WORDS


def _acronym_of(short: str, long: str) -> bool:
    letters = short.replace(".", "")
    initials = "".join(
        word[0] for word in long.split() if word.lower() not in _CONNECTORS and word[0].isupper()
    )
    return short.replace(".", "").isupper() and len(letters) >= 2 and letters == initials


def _bare(name: str) -> str:
    return " ".join(word for word in name.lower().split() if word not in _CONNECTORS)
