"""Titles around a name: "U.S. Secretary of State Rex Tillerson", "Oscar producer
Laurence Mark", "Troy police Lieutenant Gerry Scherlinck" -> title and name, and
the role a title names (its last role word).
"""

from __future__ import annotations

import functools
import re

from reader.core.speech.speaker_words import (
    FUNCTION_WORDS,
    NATIONALITY,
    NOT_NAMES,
    ORG_WORDS,
    PLURAL_ROLES,
    ROLE_HEADS,
    TITLE_WORDS,
    alternation,
)

NATIONALITY_WORD = re.compile(rf"(?:^|\s)({NATIONALITY})(?=\s|$)")
_TITLES_BUT_OF = TITLE_WORDS - {"of"}
# Where a title before a name stops, looking back: "said the Troy police chief".
_STOP_TITLE = FUNCTION_WORDS | {"a", "an", "said", "says", "told", "according", "that", "as"}
_QUOTE_MARKS = "\"'“”‘’«»"
_TITLE_WORD = rf"[{_QUOTE_MARKS}]?[a-zA-Z][\w.'’\-]*"
_TITLE_WORD_FULL = re.compile(_TITLE_WORD)
_TITLE_HEAD = re.compile(rf"\b({alternation(ROLE_HEADS)})\b", re.I)


@functools.lru_cache(maxsize=4096)
def title_head(title: str) -> str:
    """The role a title names: its last role word ("Troy police Lieutenant" -> lieutenant)."""
    heads = [hit.group(1).lower() for hit in _TITLE_HEAD.finditer(title)]
    return heads[-1] if heads else ""


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading title words, and the name after them. A possessive or a title word
    inside the run ends the title: "Washington Post's Howard Kurtz", "Apple CEO
    Steve Jobs"; but not in an organisation's own name ("Justice Department",
    "National Weather Service")."""
    if not words or words[-1].lower().rstrip(".,") in ORG_WORDS:
        return [], words
    cut = 0
    for index, word in enumerate(words[:-1]):
        lowered = word.lower()
        if word.islower() and lowered in ROLE_HEADS:
            # "said witness Angela Benson", "said Troy resident Suri Charanjit": a
            # role written before a name, with what it says of the person
            cut = index + 1
        elif _title_or_group(word, words[index + 1]):
            cut = index + 1 if cut == index else cut
        elif lowered.endswith(("'s", "’s")) or lowered in {"ceo", "cfo"}:
            cut = index + 1
    for index, word in enumerate(words[:-1]):
        if word.lower() in _TITLES_BUT_OF and index >= cut:
            rest = words[index + 1 :]
            if not any(part.lower() in ORG_WORDS for part in rest):
                cut = index + 1
    return words[:cut], words[cut:]


def _title_or_group(word: str, following: str) -> bool:
    """A title word, a nationality, or a plural role before a name: its title
    ("Producers Ana Ruiz and Tom Ellery said"); a plural role not before a clause
    word ("Doctors Without Borders")."""
    lowered = word.lower()
    return bool(
        lowered in TITLE_WORDS
        or NATIONALITY_WORD.fullmatch(" " + word)
        or (lowered in PLURAL_ROLES and following.lower() not in NOT_NAMES)
    )


def title_prefix(words: str, offset: int) -> tuple[list[str], int]:
    """The title words just before a name, and where they begin: "Russian foreign
    minister", "Oscar producer", "Beaumont Hospital spokeswoman"; the word next to
    the name must be a title or role word, and the title runs back to a function word."""
    parts, begins = _title_prefix(words)
    return list(parts), offset + begins


@functools.lru_cache(maxsize=4096)
def _title_prefix(words: str) -> tuple[tuple[str, ...], int]:
    """`title_prefix` within `words` (cached: the same titles recur)."""
    found = list(re.finditer(r"\S+", words))
    parts = [hit.group() for hit in found]
    if not parts or not _ends_in_title(parts):
        return (), len(words)
    first = len(parts)
    while first > 0 and _title_word(parts[first - 1]):
        first -= 1
    previous = parts[first - 1] if first > 0 else ""
    opened = previous[:1] in _QUOTE_MARKS and previous[1:2].isalnum()
    if opened:  # a tokeniser's closing mark glued to the title: `, "team president`
        first -= 1
        parts[first] = previous[1:]
    if first == len(parts):
        return (), len(words)
    return tuple(parts[first:]), found[first].start() + opened


def words_before(text: str, start: int) -> tuple[str, int]:
    """Up to five words on the line before `start`, each a possible title word."""
    low = max(0, start - 60, text.rfind("\n", max(0, start - 60), start) + 1)
    words = text[low:start].split(" ")[:-1]  # the name follows a space
    kept = 0
    for word in reversed(words[-5:]):
        if not _TITLE_WORD_FULL.fullmatch(word):
            break
        kept += 1
    if not kept:
        return "", start
    taken = " ".join(words[len(words) - kept :]) + " "
    return taken, start - len(taken)


def _title_word(word: str) -> bool:
    """A word a title may have: not a function word, not ending a clause ("Aden,")."""
    ends_clause = word[-1] in ",;:" or (
        word.endswith(".") and word[:-1].isalpha() and len(word) > 4
    )
    return word.lower() not in _STOP_TITLE and word[0].isalnum() and not ends_clause


def _ends_in_title(parts: list[str]) -> bool:
    last = parts[-1]
    return bool(
        last.lower() in TITLE_WORDS
        or " ".join(parts[-2:]).lower().endswith(title_head(" ".join(parts[-2:])) or "\0")
        or NATIONALITY_WORD.fullmatch(" " + last)
    )
