"""People and organisations across both articles: one entity per real-world speaker.

Name forms merge when surnames agree (rapidfuzz, for transliterations such as
Sergei/Sergey) and given names do not contradict; an acronym merges with the
organisation it abbreviates ("AP" / "The Associated Press"). Titles seen next to a
name ("U.S. Secretary of State Rex Tillerson") let later role descriptions ("the
secretary of state", "the U.S. diplomat") find their person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from reader.core.mentions import (
    NATIONALITY,
    ROLE_HEADS,
    Mention,
    is_organisation,
    normal_nationality,
)

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
_TITLED_NAME = re.compile(
    rf"(?:\b({NATIONALITY})\s+)?\b(?i:({'|'.join(re.escape(h) for h in ROLE_HEADS)}))"
    r"\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})"
)


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
    found = []
    for hit in _TITLED_NAME.finditer(text):
        nationality, head, name = hit.group(1) or "", hit.group(2), hit.group(3)
        title = f"{nationality} {head}".strip()
        found.append(
            Mention(
                "name",
                hit.group(),
                hit.start(3),
                hit.end(3),
                name,
                title=title,
                nationality=normal_nationality(nationality) if nationality else "",
                female=head.lower() == "first lady",
            )
        )
    return found


def title_head(title: str) -> str:
    lowered = title.lower()
    return next((head for head in ROLE_HEADS if head in lowered), "")


class Registry:
    """All entities of one comparison, found by name form, role or acronym."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []

    def add_full_name(self, mention: Mention) -> Entity | None:
        """Register a multi-word name (or an organisation), merging name variants."""
        if len(mention.name.split()) < 2 and not mention.organisation:
            return None
        entity = self._same_name(mention.name, mention.organisation)
        if entity is None:
            kind: EntityKind = "organisation" if mention.organisation else "person"
            kind = "group" if mention.plural else kind
            entity = Entity(kind, [mention.name])
            self.entities.append(entity)
        elif mention.name not in entity.names:
            entity.names.append(mention.name)
        self.note_title(entity, mention)
        return entity

    def note_title(self, entity: Entity, mention: Mention) -> None:
        head = title_head(mention.title)
        if head:
            entity.titles.add((head, mention.nationality))
            if mention.kind == "name":
                entity.add_alias(mention.title)
        entity.female = entity.female or mention.female

    def candidates(self, name: str, organisation: bool) -> list[Entity]:
        """Entities a (possibly partial) name form can refer to."""
        return [
            entity
            for entity in self.entities
            if any(_same(name, form, organisation) for form in entity.names)
        ]

    def role_candidates(self, head: str, nationality: str) -> list[Entity]:
        """People whose known titles fit a role description."""
        family = ROLE_FAMILIES.get(head, set()) | {head}
        found = []
        for entity in self.entities:
            for title, title_nationality in entity.titles:
                fits = title in family or head in title.split()
                if fits and not (nationality and title_nationality != nationality):
                    found.append(entity)
                    break
        return found

    def new_entity(self, kind: EntityKind, name: str, mention: Mention) -> Entity:
        entity = Entity(kind, [name], female=mention.female)
        self.entities.append(entity)
        return entity

    def _same_name(self, name: str, organisation: bool) -> Entity | None:
        for entity in self.entities:
            if any(_same(name, form, organisation, full=True) for form in entity.names):
                return entity
        return None


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
