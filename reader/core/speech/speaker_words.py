"""Word lists for recognising speakers, and fast regex alternations and scans over them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

# The end of a passive verb, "was (once) quoted as saying": claims are linked
# without the attribution patterns (cues), which take 12 ms to import.
QUOTED_AS = "quoted as saying"
NATIONALITY = (
    r"U\.S\.|US|American|Russian|Russia's|Chinese|Japanese|British|French|German|"
    r"Israeli|Iranian|Ukrainian|Syrian|Turkish|Indian|Canadian|Mexican|Korean|"
    r"North Korean|South Korean|Italian|Spanish|European|Saudi|Iraqi|Afghan|"
    r"Palestinian|Egyptian|Australian|Brazilian|Polish|Dutch|Swedish|Greek|Cuban|"
    r"Venezuelan|Pakistani|Qatari|Emirati|Belarusian|Georgian|Kremlin|White House"
)
# People described by what they are: "a senior officer", "the hospital's spokeswoman".
_PERSON_ROLES = (
    "secretary of state", "foreign minister", "prime minister", "defense secretary",
    "defence secretary", "attorney general", "first lady", "chief executive",
    "press secretary", "harbour master", "harbor master", "head coach", "general manager",
    "president", "minister", "secretary", "diplomat", "spokesman", "spokeswoman",
    "spokesperson", "official", "senator", "governor", "chancellor", "ambassador", "envoy",
    "ceo", "leader", "lawmaker", "mayor", "general", "director", "chairman", "chairwoman",
    "aide", "adviser", "advisor", "premier", "king", "queen", "congressman", "congresswoman",
    "judge", "commander", "negotiator", "prosecutor", "officer", "chief", "owner",
    "representative", "producer", "manager", "coach", "lawyer", "attorney", "witness",
    "neighbour", "neighbor", "resident", "relative", "friend", "teacher", "principal",
    "doctor", "nurse", "surgeon", "physician", "analyst", "expert", "economist",
    "researcher", "scientist", "professor", "source", "employee", "worker", "colleague",
    "captain", "pilot", "sheriff", "undersheriff", "deputy", "detective", "inspector",
    "sergeant", "lieutenant", "constable", "commissioner", "superintendent", "admiral",
    "commodore", "colonel", "trooper", "firefighter", "paramedic", "survivor", "mother",
    "father", "wife", "husband", "son", "daughter", "brother", "sister", "woman", "man",
    "host", "founder", "publisher", "editor", "reporter", "correspondent", "actor",
    "actress", "executive", "organiser", "organizer", "operator", "agent", "candidate",
    "member", "partner", "student", "player", "teammate", "passenger", "driver",
    "eyewitness", "bystander", "historian", "activist", "investigator", "engineer",
    "democrat", "republican", "chair", "head", "keeper", "curator", "ranger", "guard",
    "nephew", "niece", "cousin", "uncle", "aunt", "grandmother", "grandfather", "grandson",
    "granddaughter", "fiancee", "fiance", "girlfriend", "boyfriend", "stepfather",
    "stepmother", "classmate", "roommate", "coworker", "co-worker", "supervisor", "boss",
    "landlord", "tenant", "customer", "shopper", "accountant", "clerk", "dispatcher",
    "coroner", "medic", "climber", "guide", "fisherman", "farmer",
)  # fmt: skip
_GROUP_ROLES = (
    "officials", "lawmakers", "aides", "diplomats", "spokesmen", "leaders", "analysts",
    "experts", "investigators", "police", "prosecutors", "authorities", "witnesses",
    "residents", "sources", "researchers", "scientists", "doctors", "activists",
    "officers", "producers", "neighbours", "neighbors", "relatives", "friends",
    "employees", "workers", "colleagues", "survivors", "organisers", "organizers",
    "players", "passengers", "rescuers", "firefighters", "paramedics", "students",
    "parents", "teachers", "members", "family", "organizers", "economists", "executives",
    "negotiators", "spokespeople", "spokespersons", "spokeswomen", "commanders",
    "directors", "managers", "lawyers", "attorneys", "judges", "senators", "ministers",
    "coaches", "owners", "guards", "detectives", "engineers", "nurses", "soldiers",
    "troops", "governors", "mayors", "inspectors", "regulators",
)  # fmt: skip
# Descriptions of an institution rather than a person: "the ministry said".
_INSTITUTIONS = (
    "ministry", "agency", "company", "government", "court", "commission", "committee",
    "council", "military", "army", "navy", "embassy", "kremlin", "white house", "hospital",
    "department", "firm", "union", "newspaper", "paper", "network", "station", "club",
    "team", "league", "school", "university", "airline", "bank", "organisation",
    "organization", "office", "bureau", "board", "institute", "foundation", "association",
    "federation", "party", "administration", "campaign", "coalition", "charity",
    "regulator", "academy", "studio", "broadcaster", "magazine", "website", "group",
    "management",
)  # fmt: skip
# Role heads, longest first so "foreign minister" wins over "minister".
ROLE_HEADS = tuple(
    sorted({*_PERSON_ROLES, *_GROUP_ROLES, *_INSTITUTIONS}, key=lambda head: (-len(head), head))
)
PLURAL_ROLES = set(_GROUP_ROLES)
# Roles that stand as a title before a name: "Harbour master Pita Rawiri".
TITLE_HEADS = tuple(head for head in ROLE_HEADS if head not in _INSTITUTIONS)
ORG_ROLES = set(_INSTITUTIONS)
FEMALE_ROLES = {
    "first lady", "spokeswoman", "queen", "congresswoman", "chairwoman", "mother", "wife",
    "daughter", "sister", "woman", "actress",
}  # fmt: skip
FUNCTION_WORDS = {"with", "of", "the", "to", "for", "in", "on", "at", "by", "and", "from"}
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "sen", "gov", "rep", "gen", "prof", "insp", "det",
    "sgt", "lt", "capt", "cpl", "maj", "col", "adm", "cmdr", "supt", "const", "atty", "rev",
    "sir", "dame", "fr", "cdr", "cmdre", "pc", "dc", "di", "dci", "ds",
}  # fmt: skip
FEMALE_HONORIFICS = {"mrs", "ms", "miss", "madam"}
# Capitalised words that open a clause, or name a day or a month, but no person.
NOT_NAMES = {
    "some", "many", "others", "most", "several", "all", "few", "one", "two", "none",
    "nobody", "everyone", "someone",
    "a", "after", "again", "also", "although", "an", "and", "april", "as", "asked",
    "at", "august", "because", "before", "both", "but", "by", "december", "during",
    "earlier", "february", "finally", "first", "for", "friday", "he", "her", "here",
    "his", "however", "i", "if", "in", "indeed", "instead", "it", "its", "january",
    "july", "june", "last", "later", "march", "meanwhile", "monday", "moreover",
    "neither", "november", "now", "october", "on", "or", "saturday", "separately",
    "september", "she", "since", "so", "speaking", "still", "sunday", "that", "the",
    "their", "then", "there", "they", "this", "though", "thursday", "today", "tuesday",
    "update", "we", "wednesday", "what", "when", "while", "with", "yesterday", "yet",
    "did", "does", "do", "is", "are", "was", "were", "can", "could", "would", "will",
    "should", "has", "have", "had", "why", "how", "where", "who", "not", "no", "yes",
    "under", "from", "to", "of", "about", "against", "between", "among", "without",
    "into", "over", "through", "despite", "unlike", "like", "near", "outside", "inside",
    "across", "around", "within", "toward", "towards", "behind", "beside", "beyond",
    "upon", "via", "amid", "per", "until", "unless", "whether", "our", "my", "your",
    "us", "me", "him", "them",
}  # fmt: skip
# What people write, not who speaks: "according to a police report".
DOCUMENT_WORDS = {
    "report", "reports", "documents", "document", "records", "record", "statement",
    "statements", "data", "figures", "release", "filing", "filings", "papers", "files",
    "estimates", "survey", "study", "website", "account", "accounts", "logs", "charges",
    "complaint", "affidavit", "transcript", "video", "footage", "site", "web", "page",
}  # fmt: skip
DATE_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip
# Role nouns that are no title before a name, and are often a name ("Adam Driver").
_NOT_TITLES = {
    "man", "woman", "son", "daughter", "brother", "sister", "mother", "father", "wife",
    "husband", "friend", "relative", "witness", "source", "member", "partner", "host",
    "driver", "player", "student", "passenger", "agent", "worker", "employee", "colleague",
    "survivor", "bystander", "eyewitness", "resident", "neighbour", "neighbor",
    "candidate", "teammate", "pilot", "owner", "master",
}  # fmt: skip
# Words of a title before a name: "U.S. Secretary of State", "Prime Minister".
TITLE_WORDS = {
    "actor", "actress", "manager", "coach", "singer", "author", "professor", "officer",
    "comedian", "comedienne", "rapper", "writer", "novelist", "filmmaker", "neurosurgeon",
    "astronaut", "designer", "musician", "chef", "journalist", "broadcaster",
    "detective", "sgt", "sgt.", "lt", "lt.", "capt", "capt.", "col", "col.", "det.",
    "rev", "rev.", "gen.", "sheriff", "inspector", "superintendent", "commissioner",
    "acting", "adviser", "advisor", "ambassador", "attorney", "ceo", "chairman",
    "chancellor", "chief", "commander", "congressman", "congresswoman", "defence",
    "defense", "deputy", "director", "envoy", "executive", "finance", "first",
    "foreign", "former", "general", "governor", "house", "interior", "judge", "justice",
    "king", "kremlin", "lady", "leader", "mayor", "minister", "national", "of", "pope",
    "premier", "president", "press", "prime", "queen", "representative", "secretary",
    "security", "senator", "senior", "spokesman", "spokeswoman", "state", "top", "u.n.",
    "u.s.", "un", "us", "vice", "white", "area", "county", "police",
} | (set(_PERSON_ROLES) - _NOT_TITLES) | HONORIFICS | {h + "." for h in HONORIFICS}  # fmt: skip
# The words after a company's short name: "Helix Chemicals", "Exxon Mobil Corp".
COMPANY_WORDS = {
    "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group", "holdings",
    "industries", "chemicals", "motors", "airlines", "airways", "systems", "technologies",
    "energy", "foods", "pharmaceuticals", "partners", "capital", "international", "mobil",
}  # fmt: skip
# Words that make a name an organisation's ("Associated Press", "Foreign Ministry").
ORG_WORDS = {
    "administration", "agency", "association", "bank", "bbc", "bloomberg", "cnn",
    "commission", "committee", "company", "corp", "council", "department", "government",
    "group", "inc", "institute", "interfax", "journal", "kremlin", "ministry", "nato",
    "news", "office", "organisation", "organization", "party", "pentagon", "post",
    "press", "reuters", "tass", "times", "union", "university", "bureau", "academy",
    "navy", "army", "force", "guard", "service", "board", "foundation", "federation",
    "league", "network", "hospital", "police", "agence", "herald", "tribune", "gazette",
    "saba", "xinhua", "kyodo", "yonhap", "afp", "upi", "patrol", "authority",
    *COMPANY_WORDS,
} | (set(_INSTITUTIONS) - {"paper", "team", "station", "campaign"})  # fmt: skip
# Words of an institution's name, for a title's affiliation ("…, Officer, Defence, said").
INSTITUTION_WORDS = ORG_WORDS | {"defence", "defense", "headquarters", "interior", "foreign"}


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """An alternation grouped by first letter: far faster than a flat one in `re`."""
    groups: dict[str, list[str]] = defaultdict(list)
    for word in sorted(words, key=len, reverse=True):
        groups[word[0]].append(re.escape(word[1:]))
    return (
        "(?:" + "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"
    )


def grouped(patterns: list[str]) -> str:
    """An alternation of regex fragments, each starting with a literal letter,
    grouped by that letter: `re` tries alternatives one by one and skips fast only
    those that start with a literal, so a scan tries a few per position, not all."""
    groups: dict[str, list[str]] = defaultdict(list)
    for pattern in patterns:
        groups[pattern[0]].append(pattern[1:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()) + ")"


def word_matches(
    pattern: re.Pattern[str], hint: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds, for a pattern that starts at a word (or
    an apostrophe), tried only where `hint` (a non-word character then the pattern,
    loosely) finds one. `re` tries a pattern at every character; a hint starting with
    a character class is skipped to its next candidate in C: about twice as fast."""
    done = 0  # matches never overlap: the next starts where the last one ended, or later
    first = pattern.match(text)
    if first is not None:
        yield first
        done = first.end()
    position = max(done - 1, 0)
    while (found := hint.search(text, position)) is not None:
        at = found.start()
        match = pattern.match(text, at) if at >= done else None  # "'s insistence"
        match = match or pattern.match(text, at + 1)
        if match is None:
            position = at + 1
            continue
        yield match
        done = match.end()
        position = done - 1
