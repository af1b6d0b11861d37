"""What a fact counts or measures, from its noun phrase and the words around it.

A subject is a short phrase: the counted noun with its modifiers ("automatic
rifles"), a measured thing and its dimension ("dhow length"), the outcome the
number belongs to ("people killed", "men wounded"), and for ages whose ("age of
LaCalamita"). Two facts can be linked only when their subjects are compatible.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

from reader.core.alignment.tokens import stem
from reader.core.facts.counts import plural_lemma
from reader.core.facts.wordlists import CONTEXT_STOPWORDS, words

DIMENSIONS = {
    "m": "length", "km/h": "speed", "kg": "weight", "s": "duration", "%": "share",
    "age": "age", "magnitude": "magnitude", "m2": "area", "l": "volume", "time": "time",
    "date": "date", "weekday": "date", "month-day": "date", "month": "date", "record": "record",
}  # fmt: skip
# Outcomes that exclude each other: people killed are not people injured or who fled.
OUTCOMES = {
    "killed": ("kill", "dead", "died", "die", "death", "fatal"),
    "injured": ("injur", "wound", "hurt"),
    "missing": ("missing",),
    "displaced": ("fled", "flee", "evacuat", "displac", "homeless"),
    "held": ("arrest", "detain", "captur", "held", "seiz"),
    "rescued": ("rescu",),
    "sentenced": ("sentenc", "jail", "prison"),
}
_OUTCOME_OF = {prefix: name for name, prefixes in OUTCOMES.items() for prefix in prefixes}
_TOLD_OUTCOMES = frozenset({"dead", "killed", "hurt", "injured", "wounded", "missing"})
_SKIPPED = frozenset({"were", "was", "are", "is", "been", "being", "have", "had", "has", "all"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_HYPHENED_END = re.compile(r"\d\s*-\s*[a-z]+$|[a-z]\s*-\s*[a-z]+$")
_SPACED_HYPHEN = re.compile(r"\s+-\s+")
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
Relation = Literal["same", "loose"]
# Words after a measure that say where, not what: "fell about 200m down a gully".
_NOT_MEASURED = frozenset(
    {"down", "away", "north", "south", "east", "west", "long", "high", "deep", "wide", "tall"}
)
_NEVER_LOOSE = frozenset(
    {"time", "season", "year", "term", "week", "month", "day", "game", "round"}
)


class Subject(NamedTuple):
    noun: str  # the counted or measured noun's singular, "" when unknown
    words: frozenset[str]  # every word of the noun phrase, singular
    outcome: str  # one of OUTCOMES, or ""
    owner: str  # whose (ages), or ""


def describe(text: str, span: tuple[int, int], kind: str, unit: str) -> str:
    """The subject phrase of the fact at `span` in `text`."""
    fact_text = text[span[0] : span[1]]
    if unit == "age":
        owner = _owner(text, span, fact_text)
        return f"age of {owner}" if owner else "age"
    if kind in ("count", "ordinal"):
        phrase = _counted_phrase(text, span, fact_text) or unit
    else:
        measured = ""
        if kind in ("quantity", "money"):
            measured = _following_noun(text, span[1]) or _motion(text, span[0])
        return f"{measured} {DIMENSIONS.get(unit, 'amount')}".strip()
    outcome = _outcome(text, span)
    return f"{phrase} {outcome}".strip() if outcome and outcome not in phrase else phrase


@lru_cache(maxsize=1 << 12)  # articles repeat their subjects: "people", "date"
def parse(subject: str, kind: str) -> Subject:
    """The parts of a subject phrase made by `describe`."""
    phrase, _, owner = subject.partition(" of ")
    phrase, _, compound = phrase.partition(" (")  # "time (all-star)": a four-time All-Star
    words = phrase.lower().split()
    outcome = words.pop() if words and words[-1] in OUTCOMES else ""
    if words and kind not in ("count", "ordinal") and words[-1] in DIMENSIONS.values():
        words.pop()
    singular = [plural_lemma(word) or word for word in words]
    head = singular[-1] if singular else ""
    return Subject(head, frozenset(singular + compound.rstrip(")").split()), outcome, owner)


@lru_cache(maxsize=1 << 14)
def relation(first: Subject, second: Subject) -> Relation | None:
    """ "same" thing, "loose"ly the same (other nouns for it), or None: different things."""
    if first.owner and second.owner and not _same_owner(first.owner, second.owner):
        return None
    if first.outcome and second.outcome and first.outcome != second.outcome:
        return None
    if not first.noun or not second.noun:
        return "same"
    if ("other" in first.words) != ("other" in second.words):
        return "loose"  # "47 rifles" and "two other rifles" are different sets
    if first.noun in second.words or second.noun in first.words:
        return "same"
    if stem(first.noun) == stem(second.noun):
        return "same"
    # Other nouns for one thing ("23 pirates", "23 suspects") share their outcome; a
    # number of seasons or of times is never another noun's count.
    if first.outcome != second.outcome or {first.noun, second.noun} & _NEVER_LOOSE:
        return None
    return "loose"


def _same_owner(first: str, second: str) -> bool:
    """ "LaCalamita" and "Anthony LaCalamita" are one man; "Riva" and "Steinberg" two."""
    return bool(set(first.lower().split()) & set(second.lower().split()))


def _owner(text: str, span: tuple[int, int], fact_text: str) -> str:
    """The name an age belongs to: "LaCalamita, 38" or "the 40-year-old Hugh Jackman"."""
    if "," in fact_text and fact_text[0].isupper():
        return fact_text.split(",")[0]
    after = _NAME.match(text, span[1] + 1) if text[span[1] : span[1] + 1] == " " else None
    return after.group() if after else ""


def _counted_phrase(text: str, span: tuple[int, int], fact_text: str) -> str:
    """ "three other assault rifles" -> "other assault rifles"; a hyphened count takes
    its head too ("10 - win improvement" -> "win improvement")."""
    words = [word.lower() for word in _WORD.findall(fact_text)]
    words = [word for word in words if word not in _NUMBERISH]
    if words and words[-1] in _TOLD_OUTCOMES:
        # "2 Hurt", "12 people were killed": the outcome ends the fact; what is
        # counted is people (the reader's unit), not "hurt" or "were".
        words = [word for word in words[:-1] if word not in _SKIPPED]
    phrase = " ".join(words)
    if _HYPHENED_END.search(fact_text):
        head = _following_noun(text, span[1])
        phrase = f"{phrase} ({head})" if head else phrase
    return phrase


def _following_noun(text: str, end: int) -> str:
    """The head of a short noun phrase right after a measure ("-foot dhow" -> "dhow")."""
    following = _SPACED_HYPHEN.sub("-", text[end : end + 40])  # "All - Star"
    found = _WORD.match(following.lstrip(" "))
    word = found.group().lower().strip("-") if found and following[:1] == " " else ""
    if word in CONTEXT_STOPWORDS or word in _NOT_MEASURED or word.endswith("ed"):
        return ""
    return word


def _motion(text: str, start: int) -> str:
    """The movement a distance measures, from the verb before it: "falling about 200
    feet" and "fell about 200m" both measure a fall."""
    words = [word.lower() for word in _WORD.findall(text[max(0, start - 30) : start])]
    words = [word for word in words if word not in _HEDGES and word not in _PREPOSITIONS]
    verb = words[-1] if words else ""
    if verb in _PAST_FORMS:
        return _PAST_FORMS[verb]
    return stem(verb) if verb.endswith(("ed", "ing")) else ""


def _outcome(text: str, span: tuple[int, int]) -> str:
    """The outcome a count states itself ("2 hurt", "12 people were killed"), else the
    outcome word right after its noun ("12 people fled") or right before the number
    ("killing one", "captured 23")."""
    inside = [w.lower() for w in _WORD.findall(text[span[0] : span[1]])]
    if inside and inside[-1] in _TOLD_OUTCOMES:
        return _outcome_of(inside[-1])  # "1 Dead, 2 Hurt": each tells its own
    before = [w.lower() for w in _WORD.findall(text[max(0, span[0] - 40) : span[0]])]
    after = [w.lower() for w in _WORD.findall(text[span[1] : span[1] + 30])]
    after = [word for word in after if word not in _SKIPPED][:1]
    after = [word for word in after if not word.endswith("ing")]  # "three people, killing one"
    before = [word for word in before if word not in _HEDGES][-1:]
    for word in (*after, *before):
        if name := _outcome_of(word):
            return name
    return next((name for word in inside if (name := _outcome_of(word))), "")


@lru_cache(maxsize=1 << 12)
def _outcome_of(word: str) -> str:
    """The outcome a word names ("wounded" -> "injured"), or ""."""
    return next((name for prefix, name in _OUTCOME_OF.items() if word.startswith(prefix)), "")


_PREPOSITIONS = words("for of by from to down up into across along over")
_PAST_FORMS = {
    "fell": "fall", "fall": "fall", "falls": "fall", "ran": "run", "run": "run", "rose": "rise",
    "flew": "fly", "drove": "drive", "swam": "swim", "sank": "sink", "dropped": "drop",
    "plunged": "plung", "plunging": "plung", "climbed": "climb", "walked": "walk",
}  # fmt: skip
_HEDGES = words(
    "the all some about around nearly almost at least up to more than over another other "
    "an a estimated roughly approximately"
)
_NUMBERISH = words(
    "a an and one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds "
    "thousands millions scores several few couple of handful tens about around nearly "
    "almost some up to more than over at least between and or estimated approximately "
    "roughly st nd rd th second third fourth fifth sixth seventh eighth ninth tenth "
    "eleventh twelfth twentieth killing wounding injuring hurting"
)
