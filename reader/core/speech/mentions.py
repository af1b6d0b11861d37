"""Who a phrase names: a person or organisation, a role description, or a pronoun.

Parsing is anchored: a speaker phrase ends right before a reporting verb ("…,
Rex Tillerson said") or starts right after one ("said Tillerson"), so the
patterns only look at the edge of a clause, never search a whole sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from reader.core.speech.speaker_words import (
    DATE_WORDS,
    DOCUMENT_WORDS,
    FEMALE_HONORIFICS,
    FEMALE_ROLES,
    FUNCTION_WORDS,
    NATIONALITY,
    NOT_NAMES,
    ORG_ROLES,
    ORG_WORDS,
    PLURAL_ROLES,
    ROLE_HEADS,
    TITLE_WORDS,
    alternation,
)
from reader.core.speech.titles import (
    NATIONALITY_WORD,
    split_title,
    title_head,
    title_prefix,
    words_before,
)

MentionKind = Literal["name", "role", "pronoun"]
PHRASE_WINDOW = 100  # characters: longer than any speaker phrase with its title

# One capital first, so a search skips to capitals rather than trying every position.
_TOKEN = r"[A-Z](?:[\w'’.\-]*[\w.])?"
_CONNECT = r"(?:of(?:\s+the)?|de|da|del|von|van|bin|al|la|le|der|du)"
# Tokens join by spaces, a connector ("Academy of Motion Picture Arts and Sciences"
# keeps its "and" only after an "of", see _name) or a spaced hyphen ("Mid - South").
_JOIN = rf"(?:\s+-\s+|\s+(?:{_CONNECT}\s+|and\s+)?)"
_NAME_AT_END = re.compile(rf"{_TOKEN}(?:{_JOIN}{_TOKEN})*$")
_NAME_AT_START = re.compile(rf"{_TOKEN}(?:{_JOIN}{_TOKEN})*")
# Grouped by first letter (longest first, so "secretary of state" still wins over
# "secretary"): a flat alternation of 74 heads is tried head by head.
_ROLE = alternation(ROLE_HEADS)
_ROLE_AT_END = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Aa]nother|[Oo]ne)\s+((?:[\w.'’\-]+\s+){{0,4}}?)"
    rf"({_ROLE})$",
    re.I,
)
# "a spokeswoman for the hospital", "the wife of the mayor": a role and its complement.
_ROLE_OF_AT_END = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[\w.'’\-]+\s+){{0,3}}?)"
    rf"({_ROLE})\s+(?:for|of|at|with|from)\s+(?:the\s+|a\s+|an\s+)?([\w.'’]+(?:\s+[\w.'’]+){{0,5}})$",
    re.I,
)
# "said Oscar producer Laurence Mark", "said police spokesman Dave Gaskin".
_TITLED_NAME_AT_START = re.compile(
    rf"(?:{_TOKEN}\s+){{0,3}}(?:[a-z][\w'’\-]*\s+){{0,2}}(?:{_ROLE})\s+{_TOKEN}(?:{_JOIN}{_TOKEN})*"
)
# One pattern per number of modifiers, most first: "the navy chief", not "the navy";
# a modifier that is no modifier ("the president of the firm") falls back to fewer.
_ROLES_AT_START = [
    re.compile(
        rf"(?:the|an?|his|her|their)\s+((?:[\w.'’\-]+\s+){{{count}}})({_ROLE})\b(?![\w-])", re.I
    )
    for count in range(4, -1, -1)
]
# Group roles, longest first, for the three patterns of groups below.
_GROUPS = alternation(sorted(PLURAL_ROLES, key=len, reverse=True))
# "Police in Troy", "officials with the Coast Guard", "witnesses at the scene": a
# group with no determiner and its complement.
_GROUP_OF_AT_END = re.compile(
    rf"(?<![\w.'’\-])()({_GROUPS})"
    r"\s+(?:for|of|at|with|from|in)\s+(?:the\s+|a\s+|an\s+)?([\w.'’]+(?:\s+[\w.'’]+){0,3})$",
    re.I,
)
_QUANTIFIERS = "(?:Some|Many|Several|Other|Both|All|Most|Few|Two|Three|Four|Five|Those|These)"
# "Vancouver police", "Navy sources", "Obama aides": a group named by where it belongs.
_NAMED_GROUP = re.compile(
    rf"(?<![\w.'’\-])((?:(?!{_QUANTIFIERS}\b)[A-Z][\w.'’&\-]*\s+){{1,3}})"
    rf"({alternation(sorted(PLURAL_ROLES | ORG_ROLES, key=len, reverse=True))})$"
)
# "Navy spokesperson", "Defence Ministry spokesman": one person named by where they
# work, with no determiner (as headlines and many wire services write).
_NAMED_ROLE = re.compile(
    rf"(?<![\w.'’\-])((?:(?!{_QUANTIFIERS}\b)[A-Z][\w.'’&\-]*\s+){{1,3}})({_ROLE})$"
)
_COUNTS = r"(?:several|some|many|two|three|four|local|state|federal|senior|other|top)"
_COUNT_AT_END = re.compile(rf"(?<![\w-]){_COUNTS}\s+(?:{_COUNTS}\s+)?$")
# A group with no determiner: "police", "several sources", "local officials".
_GROUP_AT_START = re.compile(
    rf"((?:{_COUNTS}\s+){{0,2}})"
    rf"({_GROUPS})\b(?![\w-])"
)
_BARE_GROUP = re.compile(rf"((?:{NATIONALITY})\s+)({_ROLE})$")
_PRONOUNS = {"he", "she", "they", "it", "He", "She", "They", "It"}
_BEFORE_PRONOUN = " \t\n,;:—\"“”'‘’("
_ROLE_LAST_WORDS = {head.split()[-1] for head in ROLE_HEADS}
_ARTICLES = {"the", "a", "an", "his", "her", "their"}
_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Aa]nother|[Oo]ne)\s")
_COMPLEMENT = re.compile(r"\s(?:for|of|at|with|from|in)\s")
_PRONOUN_AT_START = re.compile(r"(he|she|they)\b")
# Set differences made once, not on every call.
_TITLES_ENDING_NO_NAME = TITLE_WORDS - {"press", "house", "kremlin"}
_GROUPS_AND_INSTITUTIONS = PLURAL_ROLES | ORG_ROLES
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")  # "Having Jackman host…", "Choosing DeGeneres…"
# Letters after a name, not a name: "Jorge Alsip, MD, said".
NAME_SUFFIXES = {"md", "phd", "jr", "sr", "dc", "esq", "ii", "iii", "rn", "dds", "mba", "qc"}
# Words no description of a speaker has before its head: "the meeting with the
# president", "The Associated Press has an office".
_PLACE_PREPOSITIONS = {"in", "of", "at", "for"}
_NOT_MODIFIERS = FUNCTION_WORDS | {
    "a", "an", "has", "have", "had", "is", "was", "were", "are", "be", "been", "will",
    "would", "said", "says", "who", "which", "that", "his", "her", "its", "their", "when",
    "told", "asked", "added",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mention:
    """A phrase that names a speaker; `name` is the bare name or the role head."""

    kind: MentionKind
    text: str
    start: int
    end: int
    name: str
    title: str = ""
    nationality: str = ""
    plural: bool = False
    organisation: bool = False
    female: bool = False
    definite: bool = False  # "the secretary of state": someone already in the story
    lead: int = -1  # where the phrase begins with its title: "Oscar producer Laurence Mark"

    @property
    def phrase_start(self) -> int:
        return self.lead if self.lead >= 0 else self.start


def mention_before(text: str, low: int, high: int) -> Mention | None:
    """The speaker phrase ending at `high` (after trailing spaces are dropped)."""
    while high > low and text[high - 1].isspace():
        high -= 1
    if high - low > PHRASE_WINDOW:  # patterns anchored at the end still scan from the left
        space = text.find(" ", high - PHRASE_WINDOW, high)
        low = space + 1 if space >= 0 else low
    segment = text[low:high]
    cut = len(segment)
    while cut > 0 and segment[cut - 1].isalpha():
        cut -= 1
    last = segment[cut:]
    if last in _PRONOUNS and (cut == 0 or segment[cut - 1] in _BEFORE_PRONOUN):
        return Mention("pronoun", last, low + cut, high, last.lower())
    role = _role_at_end(segment, last.lower())
    if role and (role.re is _GROUP_OF_AT_END or not _proper(role.group(1), role.group(2))):
        found = _role(text, low + role.start(), high, role.group(1), role.group(2))
        if found is not None:
            return found
    if last in PLURAL_ROLES and cut < len(segment):  # "…, officials said": a bare group
        counted = _COUNT_AT_END.search(segment, 0, cut)  # "…, several sources said"
        begins = counted.start() if counted else cut
        return _role(text, low + begins, high, segment[begins:cut], last)
    name = _NAME_AT_END.search(segment)
    if name is None:
        return None
    joint = _joint(name.group())
    return _name(text, low + name.start() + (joint[1] if joint else 0), high)


def mention_after(text: str, low: int, high: int) -> Mention | None:
    """The speaker phrase starting at `low` (after leading spaces are skipped)."""
    while low < high and text[low].isspace():
        low += 1
    pronoun = _PRONOUN_AT_START.match(text, low, high)
    if pronoun:
        word = pronoun.group(1)
        return Mention("pronoun", word, low, pronoun.end(), word)
    words = text[low : min(high, low + PHRASE_WINDOW)].split(None, 7)[:7]
    if words and words[0].lower() in _ARTICLES:
        for pattern in _ROLES_AT_START:
            role = pattern.match(text, low, high)
            if role and not _proper(role.group(1), role.group(2)) and not _document(text, role):
                found = _role(text, low, role.end(), role.group(1), role.group(2))
                if found is not None:
                    return found
    group = _GROUP_AT_START.match(text, low, high)
    if group:  # "according to police", "according to local officials"
        return _role(text, low, group.end(), group.group(1), group.group(2))
    return _name_after(text, low, high, words)


def name_after(text: str, low: int, high: int) -> Mention | None:
    """The name (never a role or pronoun) starting at `low`: a sentence's subject."""
    words = text[low : min(high, low + PHRASE_WINDOW)].split(None, 7)[:7]
    if not words or words[0] in _PRONOUNS:
        return None
    return _name_after(text, low, high, words)


def _name_after(text: str, low: int, high: int, words: list[str]) -> Mention | None:
    if not words:
        return None
    if words[0] == "the" and len(words) > 1 and words[1][:1].isupper():
        low = text.index(words[1], low)  # "according to the National Weather Service"
        words = words[1:]
    elif _adjective_before_name(words):
        low = text.index(words[2], text.index(words[1], low))  # "said a tearful Charlie Kafoury"
        words = words[2:]
    titled = any(word in _ROLE_LAST_WORDS for word in words)  # a lowercase title inside
    high = min(high, low + PHRASE_WINDOW)  # no name is longer: "A A A …" is no name
    name = (titled and _TITLED_NAME_AT_START.match(text, low, high)) or _NAME_AT_START.match(
        text, low, high
    )
    if name is None or (_GERUND.fullmatch(name.group()) and not is_surname(text, name.group())):
        return None  # "Expressing certainty that …, he said": a participle opens it
    if _document(text, name):
        return None  # "the Surgeon General's Web site", "court documents"
    joint = _joint(name.group())
    return _name(text, low, low + joint[0] if joint else name.end())


def _adjective_before_name(words: list[str]) -> bool:
    """An article and one everyday word before a name: "a tearful Charlie Kafoury"."""
    return (
        len(words) > 3
        and words[0].lower() in _ARTICLES
        and words[1].isalpha()
        and words[1].islower()
        and words[1] not in _ROLE_LAST_WORDS
        and words[2][:1].isupper()
        and words[3][:1].isupper()
    )


@functools.lru_cache(maxsize=1024)
def is_surname(text: str, word: str) -> bool:
    r"""Whether the text also writes `word` after a first name ("Tim Fanning"),
    as `\b[A-Z][a-z]+\s+word\b` would find. The word is searched (a plain string
    search) and what precedes it read back: a pattern opening with the first name
    is tried at every capital letter, 50 ms per call on 1 MB. Cached: one text
    asks about one word many times (937 calls, 231 words on 2 x 1 MB)."""
    occurrence = re.compile(rf"{re.escape(word)}\b")
    found = occurrence.search(text)
    while found:
        if _after_first_name(text, found.start()):
            return True
        found = occurrence.search(text, found.start() + 1)
    return False


def _after_first_name(text: str, end: int) -> bool:
    r"""Whether `\b[A-Z][a-z]+\s+` ends at `end`: spaces, lowercase letters after a
    capital, no letter or digit before that."""
    spaces = end
    while spaces > 0 and text[spaces - 1].isspace():
        spaces -= 1
    letters = spaces
    while letters > 0 and "a" <= text[letters - 1] <= "z":
        letters -= 1
    if spaces == end or letters == spaces or letters == 0 or not "A" <= text[letters - 1] <= "Z":
        return False
    before = letters - 2
    return before < 0 or not (text[before].isalnum() or text[before] == "_")


def _joint(run: str) -> tuple[int, int] | None:
    """Where "and" joins two names ("Trump and Putin"); None when it is part of one
    ("Academy of Motion Picture Arts and Sciences")."""
    if " and " not in run:
        return None
    joints = list(re.finditer(r"\s+and\s+", run))
    if not joints or " of " in run[: joints[0].start()]:
        return None
    return joints[0].start(), joints[-1].end()


def _role_at_end(segment: str, last: str) -> re.Match[str] | None:
    """A role description ending the segment, tried only where one can start (after
    a determiner) and end (a role word last, or a complement after one)."""
    role = _role_of_at_end(segment) if _COMPLEMENT.search(segment) else None
    if role is None and last in _ROLE_LAST_WORDS:
        for determiner in _DETERMINER.finditer(segment):
            role = _ROLE_AT_END.match(segment, determiner.start())
            if role:
                break
        role = (
            role
            or _BARE_GROUP.search(segment)
            or _NAMED_GROUP.search(segment)
            or _NAMED_ROLE.search(segment)
        )
    return role


def _role_of_at_end(segment: str) -> re.Match[str] | None:
    """ "a spokeswoman for the hospital"; not "the secretary of state acknowledged
    that Putin" (a complement has no verb and no clause word)."""
    role = _ROLE_OF_AT_END.search(segment) or _GROUP_OF_AT_END.search(segment)
    if role is None:
        return None
    written = role.group(3).split()
    words = [word.lower() for word in written]
    verbal = any(
        (word in _NOT_MODIFIERS and not _place_after(word, written[index + 1 :]))
        or word.endswith("ed")
        for index, word in enumerate(words)
    )
    return None if verbal or words[-1] in NOT_NAMES else role


def _place_after(word: str, following: list[str]) -> bool:
    """ "Beaumont Hospital in Royal Oak": a preposition before a name is no clause."""
    return word in _PLACE_PREPOSITIONS and bool(following) and following[0][:1].isupper()


def _affiliation(words: list[str]) -> tuple[list[str], list[str]]:
    """ "Gill Carter of Northbridge Police": a person's name, then where they work
    (the "of" of "Academy of Motion Picture Arts" follows a single word)."""
    if "of" not in words[2:-1]:
        return words, []
    cut = words.index("of", 2)
    if any(word.lower() in ORG_WORDS for word in words[:cut]):
        return words, []
    return words[:cut], words[cut:]


def _document(text: str, role: re.Match[str]) -> bool:
    """ "according to a police report": the role word modifies a document."""
    following = text[role.end() : role.end() + 30].split(None, 1)
    return bool(following) and following[0].lower().strip(".,;:") in DOCUMENT_WORDS


def _not_name(word: str, count: int) -> bool:
    """A capitalised word opening a clause, not a name; "A." before more is an initial."""
    initial = len(word) == 2 and word.endswith(".") and count > 1
    return not initial and word.lower().strip(".") in NOT_NAMES


def _proper(modifiers: str, head: str) -> bool:
    """ "The International Maritime Bureau": capitalised throughout, a name."""
    return all(word[0].isupper() for word in [*modifiers.split(), head])


def _role(text: str, start: int, end: int, modifiers: str, head: str) -> Mention | None:
    nationality = NATIONALITY_WORD.search(" " + modifiers)
    head = head.lower()
    phrase = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", text[start:end])
    if _NOT_MODIFIERS.intersection(modifiers.lower().split()):
        return None  # "the meeting with the president": not a description of a speaker
    return Mention(
        "role",
        phrase,
        start,
        end,
        head,
        title=head,
        nationality=normal_nationality(nationality.group(1)) if nationality else "",
        plural=head in PLURAL_ROLES,
        female=head in FEMALE_ROLES,
        definite=text[start:end].lower().startswith(("the ", "his ", "her ", "its ")),
    )


def _name(text: str, start: int, end: int) -> Mention | None:
    """Split "U.S. Secretary of State Rex Tillerson" into title and name."""
    run = _read_run(text[start:end])
    if run is None:
        return None
    start += run.skip
    if run.role:  # "Officials said", "Secretary of State said"
        return _role(text, start, end, "", run.name)
    if run.abbreviation and text[end : end + 2].strip().islower():
        return None  # "Mohave County, Az. said": an abbreviation, not a name
    end -= run.full_stop
    before, offset = words_before(text, start)
    prefix, lead = title_prefix(before, offset) if before else ([], start)
    title = " ".join([*prefix, *run.title])
    return _named(text, start, end, run.name, title, lead if prefix else -1)


@dataclass(frozen=True, slots=True)
class _Run:
    """What a capitalised run says by itself: the name (or a role's head) after any
    clause words ("But Tillerson"), and its title words."""

    skip: int  # characters before the name
    role: bool
    name: str
    title: tuple[str, ...] = ()
    abbreviation: bool = False  # one word ending in ".": a name only before a capital
    full_stop: bool = False  # the run ends with the sentence's full stop


@functools.lru_cache(maxsize=8192)
def _read_run(run: str) -> _Run | None:
    """The text-free part of `_name` (cached: a long article repeats its names)."""
    words = run.split()
    skip = 0
    # A gerund opens a clause only before more words: "Fanning said" is a name.
    while words and (
        _not_name(words[0], len(words)) or (len(words) > 1 and _GERUND.fullmatch(words[0]))
    ):
        skip = run.index(words[0], skip) + len(words[0])
        while skip < len(run) and run[skip].isspace():
            skip += 1
        words = words[1:]
    if len(words) == 1 and words[0].lower() in _GROUPS_AND_INSTITUTIONS:
        return _Run(skip, True, words[0])  # "Officials said", "Police said"
    words, affiliation = _affiliation(words)
    title_words, words = split_title(words)
    title_words += affiliation
    if not words or words[-1] == "I" or words[-1].lower().strip(".") in NAME_SUFFIXES:
        return None  # "Did I say", "Jorge Alsip, MD, said"
    if words[-1].endswith(("'s", "’s")):
        return None  # "Obama's said": a possessive is no speaker
    if title_words and len(words) == 1 and words[0].lower() in _TITLES_ENDING_NO_NAME:
        head = title_head(run[skip:])  # "Secretary of State said": a role
        return _Run(skip, True, head) if head else None
    if DATE_WORDS.intersection(word.lower() for word in words):
        return None
    return _Run(
        skip,
        False,
        " ".join(words).rstrip("."),
        tuple(title_words),
        abbreviation=len(words) == 1 and words[0].endswith("."),
        full_stop=run.endswith(".") and len(words[-1]) > 2 and words[-1].count(".") == 1,
    )


def _named(text: str, start: int, end: int, name: str, title: str, lead: int = -1) -> Mention:
    nationality, female = _title_facts(title)
    article = text[max(0, start - 4) : start].lower().endswith("the ")
    plural = article and name.endswith("s") and not is_organisation(name)
    return Mention(
        "name",
        text[start:end].strip(),
        start,
        end,
        name,
        title=title.strip(),
        nationality=nationality,
        organisation=is_organisation(name) or (article and not plural),
        plural=plural,
        female=female,
        lead=lead,
    )


@functools.lru_cache(maxsize=4096)
def _title_facts(title: str) -> tuple[str, bool]:
    """A title's nationality ("us", "russian") and whether it names a woman."""
    nationality = NATIONALITY_WORD.search(" " + title)
    lowered = title.lower()
    female = (
        any(word.strip(".") in FEMALE_HONORIFICS for word in lowered.split())
        or bool(FEMALE_ROLES.intersection(lowered.split()))
        or "first lady" in lowered
    )
    return normal_nationality(nationality.group(1)) if nationality else "", female


def is_person_name(run: str) -> bool:
    """Could a capitalised run name someone? Not "On Friday", not "Having Jackman"."""
    words = run.split()
    return bool(words) and not (
        words[0].lower() in NOT_NAMES
        or (len(words) > 1 and words[0].endswith("ing"))
        or DATE_WORDS.intersection(word.lower() for word in words)
    )


@functools.lru_cache(maxsize=4096)
def is_organisation(name: str) -> bool:
    words = name.lower().replace(".", "").split()
    acronym = name.isupper() and 2 <= len(name.replace(".", "")) <= 6
    return acronym or any(word in ORG_WORDS for word in words)


def normal_nationality(word: str) -> str:
    word = word.replace(".", "").lower()
    return {"us": "us", "american": "us", "russia's": "russian"}.get(word, word)
