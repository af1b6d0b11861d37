"""People and organisations across both articles: one entity per real-world speaker.

Name forms merge when surnames agree (rapidfuzz, for transliterations such as
Sergei/Sergey) and given names do not contradict; an acronym merges with the
organisation it abbreviates ("AP" / "The Associated Press"). Titles seen next to a
name ("U.S. Secretary of State Rex Tillerson") let later role descriptions ("the
secretary of state", "the U.S. diplomat") find their person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from reader.core.speech.mentions import (
    Mention,
    is_organisation,
    is_person_name,
    normal_nationality,
    title_head,
)
from reader.core.speech.speaker_words import NATIONALITY, ROLE_HEADS, TITLE_HEADS, alternation

EntityKind = Literal["person", "organisation", "group", "role"]
SURNAME_SIMILARITY = 90.0  # Zelensky / Zelenskyy, not Trump / Truman
GIVEN_SIMILARITY = 75.0  # Sergei / Sergey (83), not Donald / Melania
# Role descriptions that name a kind of office rather than the office itself.
ROLE_FAMILIES = {
    "diplomat": {"secretary of state", "foreign minister", "ambassador", "envoy"},
    "leader": {"president", "prime minister", "premier", "chancellor", "king", "queen"},
    "minister": {"foreign minister", "prime minister"},
    "secretary": {"secretary of state", "defense secretary", "press secretary"},
}
_CONNECTORS = {"the", "of", "and", "for", "&"}
# The full name is looked for only in the 100 characters before each "(ABC)".
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z]{2,6}\)")
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’\-]*\s+(?:(?:of|and|for|the)\s+)?){1,7}[A-Z][\w'’\-]*)\s+\(([A-Z]{2,6})\)$"
)
# Common news agencies, abbreviation -> full name (bare: lower case, no "the").
AGENCIES = {
    "ap": "associated press", "afp": "agence france-presse", "upi": "united press international",
    "dpa": "deutsche presse-agentur", "pa": "press association", "cp": "canadian press",
    "aap": "australian associated press", "pti": "press trust of india",
    "ians": "indo-asian news service",
    "ria": "ria novosti", "itar-tass": "tass", "anp": "algemeen nederlands persbureau",
    "kyodo": "kyodo news", "xinhua": "xinhua news agency", "yonhap": "yonhap news agency",
}  # fmt: skip


# Found in the lower-cased text, then checked against the original for capitals.
_TITLE_HEAD = re.compile(rf"\b({alternation(TITLE_HEADS)})\s+")
_NAME_AFTER_TITLE = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}")
_NATIONALITY_BEFORE = re.compile(rf"\b({NATIONALITY})\s+$")
# Appositions, found in the lower-cased text from their comma:
# "Jonas Weller, a union negotiator," and "the Kremlin spokesman, Dmitry Peskov,".
_NAME_BEFORE = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}$")
# "Ilene Wolff, a spokeswoman for the hospital, said"; not the subject of a verb:
# "On Friday, a naval commander said".
_DESCRIPTION_AFTER = re.compile(
    rf",\s+(?:the|a|an)\s+((?:[\w.\-]+\s+){{0,3}}?)({alternation(ROLE_HEADS)})\b"
    r"(?!\s+(?:said|says|told|added|reported|announced|stated)\b)"
)
# A word and a comma before a name, the word checked for a role afterwards (one
# alternation at every word boundary of a long article is slow).
_WORD_COMMA = re.compile(r"\b([a-z][a-z\-]*),\s+(?=[^\W\d_])")  # \b: linear on one huge word
_HEADS_BY_LAST_WORD: dict[str, list[str]] = {}
for _head in ROLE_HEADS:
    _HEADS_BY_LAST_WORD.setdefault(_head.split()[-1], []).append(_head)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+((?:[\w.\-]+\s+){0,3}?)$")


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


def titled_names(text: str) -> list[Mention]:
    """Every "Title Name" in the text ("Russian President Vladimir Putin")."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters change length when lower-cased
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found = []
    for hit in _TITLE_HEAD.finditer(lowered):
        name = _NAME_AFTER_TITLE.match(text, hit.end())
        if name is not None:
            found.append(_titled(text, hit.start(), hit.group(1), name))
    return sorted([*found, *_appositions(text, lowered)], key=lambda mention: mention.start)


def _appositions(text: str, lowered: str) -> list[Mention]:
    """Names described in apposition: the description is the person's title."""
    found = []
    for hit in _DESCRIPTION_AFTER.finditer(lowered):
        name = _NAME_BEFORE.search(text, max(0, hit.start() - 60), hit.start())
        if name is not None and is_person_name(name.group()):
            found.append(_described(name, _original(text, hit, 1), hit.group(2)))
    for hit in _WORD_COMMA.finditer(lowered):
        head = _head_ending_at(lowered, hit.group(1), hit.end(1))
        if not head:
            continue
        begins = hit.end(1) - len(head)
        article = _ARTICLE_BEFORE.search(lowered, max(0, begins - 60), begins)
        name = _NAME_AFTER_TITLE.match(text, hit.end())
        if article is not None and name is not None:
            found.append(_described(name, _original(text, article, 1), head))
    return found


def _head_ending_at(lowered: str, word: str, end: int) -> str:
    """The longest role head ending at `end` whose last word is `word`, or ""."""
    for head in _HEADS_BY_LAST_WORD.get(word, []):
        begins = end - len(head)
        if lowered.startswith(head, begins) and (begins == 0 or not lowered[begins - 1].isalnum()):
            return head
    return ""


def _original(text: str, hit: re.Match[str], group: int) -> str:
    """A group of a match in the lower-cased text, with the original's capitals."""
    return text[hit.start(group) : hit.end(group)]


def _described(name: re.Match[str], description: str, head: str) -> Mention:
    nationality = _NATIONALITY_BEFORE.search(description)
    return Mention(
        "name",
        name.group(),
        name.start(),
        name.end(),
        name.group(),
        title=description + head,
        nationality=normal_nationality(nationality.group(1)) if nationality else "",
        female=head == "first lady",
    )


def _titled(text: str, head_start: int, head: str, name: re.Match[str]) -> Mention:
    before = _NATIONALITY_BEFORE.search(text, max(0, head_start - 20), head_start)
    nationality = before.group(1) if before else ""
    title = f"{nationality} {text[head_start : head_start + len(head)]}".strip()
    return Mention(
        "name",
        text[head_start - len(nationality) - (1 if nationality else 0) : name.end()],
        name.start(),
        name.end(),
        name.group(),
        title=title,
        nationality=normal_nationality(nationality) if nationality else "",
        female=head == "first lady",
    )


def acronym_definitions(text: str) -> list[tuple[str, str]]:
    """(name, acronym) for every "Full Name (FN)" whose initials spell the acronym."""
    found = []
    for bracket in _ACRONYM_IN_BRACKETS.finditer(text):
        hit = _DEFINED_ACRONYM.search(text, max(0, bracket.start() - 100), bracket.end())
        if hit is None:
            continue
        full, short = hit.group(1), hit.group(2)
        words = [word for word in full.split() if word.lower() not in _CONNECTORS]
        if "".join(word[0] for word in words[-len(short) :]).upper() == short.upper():
            found.append((" ".join(words[-len(short) :]), short))
    return found


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
        # Look-ups repeat (a long article names its people again and again); any
        # new name form may change an answer, so indexing one clears the cache.
        self._found: dict[tuple[str, bool, bool], dict[int, Entity]] = {}

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
        self._found.clear()
        for key in set.union(*_keys(name)):
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
        return self._found[question]

    def _matching_keys(
        self, name: str, organisation: bool, full: bool, keys: set[str]
    ) -> dict[int, Entity]:
        found: dict[int, Entity] = {}
        for key in sorted(keys):  # set order varies between runs
            for entity in self._by_key.get(key, []):
                if id(entity) not in found and any(
                    _same(name, form, organisation, full) for form in entity.names
                ):
                    found[id(entity)] = entity
        return found


def _keys(name: str) -> tuple[set[str], set[str]]:
    """Blocking keys: exact (surname, acronym) and loose (the surname less one letter:
    Zelensky / Zelenskyy share "zelensky")."""
    words = name.replace(".", "").split()
    exact = {"s:" + words[-1].lower(), "n:" + _bare(name)}
    if is_organisation(name):
        initials = "".join(w[0] for w in words if w.lower() not in _CONNECTORS)
        exact.add("a:" + (words[0] if len(words) == 1 else initials).lower())
    surname = words[-1].lower()
    return exact, {"d:" + surname[:i] + surname[i + 1 :] for i in range(len(surname))} | {
        "d:" + surname
    }


def _same(name: str, form: str, organisation: bool, full: bool = False) -> bool:
    """Can `name` and `form` name the same speaker? `full`: both are complete names."""
    if name.lower() == form.lower():
        return True
    if organisation or is_organisation(name) or is_organisation(form):
        return (
            _acronym_of(name, form)
            or _acronym_of(form, name)
            or (fuzz.ratio(_bare(name), _bare(form)) >= SURNAME_SIMILARITY)
        )
    words, other = name.split(), form.split()
    if fuzz.ratio(words[-1], other[-1]) < SURNAME_SIMILARITY:
        return False
    if len(words) == 1 or len(other) == 1:
        return not full
    return _given_compatible(words[0], other[0])


def _given_compatible(given: str, other: str) -> bool:
    if len(given.rstrip(".")) == 1 or len(other.rstrip(".")) == 1:
        return given[0] == other[0]
    return fuzz.ratio(given, other) >= GIVEN_SIMILARITY


def _acronym_of(short: str, long: str) -> bool:
    letters = short.replace(".", "")
    initials = "".join(
        word[0] for word in long.split() if word.lower() not in _CONNECTORS and word[0].isupper()
    )
    return short.replace(".", "").isupper() and len(letters) >= 2 and letters == initials


def _bare(name: str) -> str:
    return " ".join(word for word in name.lower().split() if word not in _CONNECTORS)
