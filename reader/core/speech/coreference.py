"""Whom each speaker phrase refers to, reading an article from top to bottom.

Names go to the entity of their fullest form; a bare surname to the most
recently mentioned bearer; role descriptions to the person known to hold that
title; pronouns to the most recent compatible speaker or named subject. A
continued quotation keeps the speaker of the claim it continues.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.model import Span
from reader.core.speech.mentions import Mention
from reader.core.speech.names import Entity, EntityKind, Registry, fits_role
from reader.core.speech.rawclaims import ArticleClaims, RawClaim
from reader.core.speech.speaker_words import ORG_ROLES

# A possessor of a reporting noun ("Putin's insistence") is not the topic of the
# sentence, so it does not become the antecedent of the next "he".
_NOUN_VERBS_PREFIXES = (
    "insistence",
    "claim",
    "assertion",
    "denial",
    "assurance",
    "warning",
    "admission",
    "contention",
    "allegation",
    "statement",
    "pledge",
    "promise",
    "argument",
)


GENERIC_ROLES = {"chief", "official", "leader", "head", "executive", "boss"}
PRONOUN_REACH = 200  # antecedents a pronoun looks back over (a long article has thousands)
FEMALE_SUBJECT_REACH = 3  # sentences back a subject known to be a woman stays "she"
RECENT_WINDOW = 64  # role descriptions look this many mentions back before searching all


@dataclass(frozen=True, slots=True)
class Attributed:
    """A raw claim and the entity that speaks it."""

    claim: RawClaim
    entity: Entity


def register_names(registry: Registry, found: ArticleClaims, titled: list[Mention]) -> None:
    """Full names from titles, speaker phrases and sentence subjects join the registry."""
    mentions = [*titled, *found.subjects, *found.cosubjects]
    mentions += [claim.mention for claim in found.claims if claim.mention.kind == "name"]
    for mention in sorted(mentions, key=lambda item: item.start):
        registry.add_full_name(mention)


class ArticleResolver:
    """Resolves one article's speaker phrases in reading order."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.recent: dict[int, int] = {}  # id(entity) -> last position mentioned
        self.speakers: set[int] = set()  # id(entity) of those with a claim here
        self.seen_order: list[Entity] = []  # every mention's entity, in reading order
        # Speakers and sentence subjects, latest last, with their sentence, whether
        # they spoke (a subject stays a candidate for "he" only into the next sentence)
        # and where they were mentioned.
        self.antecedents: list[tuple[Entity, int, bool, int]] = []
        self.sentence_starts: list[int] = []
        self.last_speaker: Entity | None = None

    def resolve(
        self, found: ArticleClaims, titled: list[Mention], sentence_starts: set[int]
    ) -> list[Attributed]:
        """Speakers of `found.claims`; a titled name opening a sentence is a subject."""
        self.sentence_starts = sorted(sentence_starts)
        events: list[tuple[int, int, Mention | RawClaim]] = [
            *(
                (mention.start, int(mention.end - len(mention.text) in sentence_starts), mention)
                for mention in titled
            ),
            *((mention.start, 1, mention) for mention in found.subjects),
            *((claim.cue, 2, claim) for claim in found.claims),
        ]
        attributed: list[Attributed] = []
        for _, order, item in sorted(events, key=lambda event: event[:2]):
            if isinstance(item, RawClaim):
                entity = self._claim_speaker(item, attributed)
                if entity is not None:
                    attributed.append(Attributed(item, entity))
            else:
                self._known_mention(item, is_subject=order == 1)
        return attributed

    def _known_mention(self, mention: Mention, is_subject: bool) -> None:
        """A title or subject mention: recency; a subject may be a new entity (the
        "O'Brien" of "O'Brien declined to comment. 'No,' he said")."""
        entity = self._name(mention, create=is_subject)
        if entity is None:
            return
        self._seen(entity, mention.start)
        if is_subject:
            self.antecedents.append((entity, self._sentence(mention.start), False, mention.start))

    def _claim_speaker(self, claim: RawClaim, done: list[Attributed]) -> Entity | None:
        if claim.continued and done:
            return done[-1].entity
        entity = self.speaker(claim.mention, claim.cue, claim.span)
        if entity is None:
            return None
        self._seen(entity, claim.cue)
        self.speakers.add(id(entity))
        self.last_speaker = entity
        if not claim.verb.startswith(_NOUN_VERBS_PREFIXES):
            self.antecedents.append((entity, self._sentence(claim.cue), True, claim.cue))
        return entity

    def speaker(self, mention: Mention, position: int, said: Span) -> Entity | None:
        """Who `mention` (at `position`, saying the words at `said`) is."""
        if mention.kind == "pronoun":
            return self._pronoun(mention.name.lower(), self._sentence(position), said)
        entity = self._role(mention) if mention.kind == "role" else self._name(mention)
        if entity is not None:
            self.registry.note_title(entity, mention)
            entity.add_alias(mention.text if mention.kind == "role" else mention.name)
        return entity

    def _name(self, mention: Mention, create: bool = True) -> Entity | None:
        found = self._latest(self.registry.candidates(mention.name, mention.organisation))
        if found is not None or not create:
            return found
        kind: EntityKind = "group" if mention.plural else "person"
        kind = "organisation" if mention.organisation and not mention.plural else kind
        return self.registry.new_entity(kind, mention.name, mention)

    def _role(self, mention: Mention) -> Entity:
        found = None
        if not mention.plural:
            found = (
                self._recent_role(mention)
                or self._latest(self.registry.role_candidates(mention.name, mention.nationality))
                or self._last_speaker_in_role(mention)
            )
        if found is not None:
            return found
        phrase = mention.text[:1].upper() + mention.text[1:]
        kind: EntityKind = "group" if mention.plural else "role"
        kind = "organisation" if mention.name in ORG_ROLES else kind
        return self.registry.described(phrase) or self.registry.new_entity(kind, phrase, mention)

    def _last_speaker_in_role(self, mention: Mention) -> Entity | None:
        """ "Rex Tillerson said … The secretary of state added": a definite role
        nobody here holds goes to the last speaker: a person with no other title (or
        any title, for a generic "the chief"), an organisation for "the newspaper"."""
        entity = self.last_speaker
        if not mention.definite or entity is None:
            return None
        if mention.name in ORG_ROLES:  # only a bare "the newspaper", not "the city's office"
            bare = mention.text.lower() == mention.name
            return entity if bare and entity.kind == "organisation" else None
        untitled = not entity.titles or mention.name in GENERIC_ROLES
        if entity.kind != "person" or not untitled:
            return None
        return None if mention.female and not entity.female else entity

    def _pronoun(self, pronoun: str, sentence: int, said: Span) -> Entity | None:
        """The latest agreeing antecedent: any earlier speaker, or the subject of this
        sentence or the one before (a woman a little further back: "she" is rarer
        and her sex is known); "she" falls back to a speaker of unknown sex
        (not to a mere subject, which may be a storm or a ship). Never a subject of
        the words said: in "MV Gibe was escorted to safety, he added" he is not the ship."""
        reach = {True: sentence - FEMALE_SUBJECT_REACH, False: sentence - 1}
        fallback = None  # the latest speaker of unknown sex, for "she"
        recent = itertools.islice(reversed(self.antecedents), PRONOUN_REACH)
        for entity, where, spoke, position in recent:
            if not spoke and (
                where < reach[pronoun == "she" and entity.female] or said[0] <= position < said[1]
            ):
                continue
            if _agrees(pronoun, entity, strict=True):
                return entity
            if fallback is None and spoke and _agrees(pronoun, entity, strict=False):
                fallback = entity
        return fallback

    def _sentence(self, position: int) -> int:
        return bisect.bisect_right(self.sentence_starts, position)

    def _latest(self, entities: Iterable[Entity]) -> Entity | None:
        """The most recently mentioned entity here; else the one with most names."""
        return max(
            entities,
            key=lambda entity: (self.recent.get(id(entity), -1), len(entity.names)),
            default=None,
        )

    def _recent_role(self, mention: Mention) -> Entity | None:
        """The latest entity fitting a role among the last few mentioned (fast path)."""
        for entity in reversed(self.seen_order[-RECENT_WINDOW:]):
            if fits_role(entity, mention.name, mention.nationality):
                return entity
        return None

    def _seen(self, entity: Entity, position: int) -> None:
        self.recent[id(entity)] = position
        self.seen_order.append(entity)


def _agrees(pronoun: str, entity: Entity, strict: bool) -> bool:
    if pronoun in {"he", "she"}:
        person = entity.kind in {"person", "role"}
        return person and (entity.female or not strict if pronoun == "she" else not entity.female)
    if pronoun == "they":
        return entity.kind in {"group", "organisation"}
    return entity.kind == "organisation"
