"""Names found with their titles: "Title Name" ("Russian President Vladimir Putin"),
appositions ("Ilene Wolff, a spokeswoman for the hospital," / "the Kremlin
spokesman, Dmitry Peskov,") and acronyms the text defines ("the Nordic Press
Agency (NPA)"). Each pass reads the whole text once, from cheap anchors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.speech.mentions import Mention, is_person_name, normal_nationality
from reader.core.speech.speaker_words import (
    NATIONALITY,
    ROLE_HEADS,
    TITLE_HEADS,
    alternation,
    word_matches,
)

_CONNECTORS = {"the", "of", "and", "for", "&"}
# The full name is looked for only in the 100 characters before each "(ABC)".
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z]{2,6}\)")
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’\-]*\s+(?:(?:of|and|for|the)\s+)?){1,7}[A-Z][\w'’\-]*)\s+\(([A-Z]{2,6})\)$"
)
# Found in the lower-cased text, then checked against the original for capitals.
_TITLE_HEAD = re.compile(rf"\b({alternation(TITLE_HEADS)})\s+")
_TITLE_HEAD_HINT = re.compile(rf"\W{alternation(TITLE_HEADS)}\s")  # for word_matches
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
# alternation at every word boundary of a long article is slow). Found from the
# comma (a literal: `re` skips to the next one in C), then the word before it.
_WORD_COMMA = re.compile(r"\b([a-z][a-z\-]*),\s+(?=[^\W\d_])")
_COMMA_BEFORE_NAME = re.compile(r",\s+(?=[^\W\d_])")
_WORD_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz-")
_HEADS_BY_LAST_WORD: dict[str, list[str]] = {}
for _head in ROLE_HEADS:
    _HEADS_BY_LAST_WORD.setdefault(_head.split()[-1], []).append(_head)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their)\s+((?:[\w.\-]+\s+){0,3}?)$")


def titled_names(text: str) -> list[Mention]:
    """Every "Title Name" in the text ("Russian President Vladimir Putin")."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters change length when lower-cased
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found = []
    for hit in word_matches(_TITLE_HEAD, _TITLE_HEAD_HINT, lowered):
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
    for hit in _role_words_before_commas(lowered):
        head = _head_ending_at(lowered, hit.group(1), hit.end(1))
        if not head:
            continue
        begins = hit.end(1) - len(head)
        article = _ARTICLE_BEFORE.search(lowered, max(0, begins - 60), begins)
        name = _NAME_AFTER_TITLE.match(text, hit.end())
        if article is not None and name is not None:
            found.append(_described(name, _original(text, article, 1), head))
    return found


def _role_words_before_commas(lowered: str) -> Iterator[re.Match[str]]:
    """The `_WORD_COMMA` matches whose word may be a role's last ("spokesman, "):
    the word is the letters before the comma, after any hyphen ("co-founder")."""
    for comma in _COMMA_BEFORE_NAME.finditer(lowered):
        end = comma.start()
        begin = end  # each comma's run of letters is its own: linear in all
        while begin > 0 and lowered[begin - 1] in _WORD_LETTERS:
            begin -= 1
        if lowered[begin:end].rsplit("-", 1)[-1] in _HEADS_BY_LAST_WORD:
            hit = _WORD_COMMA.search(lowered, begin, comma.end() + 1)
            if hit is not None:
                yield hit


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
