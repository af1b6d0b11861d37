"""The words and patterns of attribution: reporting verbs and nouns, what may
stand between a verb and its statement ("told reporters on Friday that"), asides
between a speaker and the verb, and where a statement stops.
"""

from __future__ import annotations

import re

from reader.core.speech.speaker_words import alternation, grouped

VERBS = (
    "said|says|say|told|tells|added|adds|denied|denies|deny|claimed|claims|insisted|"
    "insists|acknowledged|acknowledges|admitted|admits|reported|reports|continued|"
    "warned|warns|argued|argues|noted|explained|explains|announced|announces|"
    "confirmed|confirms|asked|asks|stated|replied|wrote|writes|stressed|declared|"
    "maintained|maintains|responded|suggested|recalled|conceded|predicted|promised|"
    "urged|urges|vowed|pledged|testified|alleged|revealed|disclosed|reiterated|assured|"
    "cautioned|complained|emphasized|emphasised|observed|remarked|recounted|indicated|"
    "identified|tweeted|commented|estimated|countered"
)
DENIALS = {"denied", "denies", "deny", "asked", "asks"}
OBJECT_VERBS = {"told", "tells", "asked", "asks"}
ADVERB = (
    r"also|once again|again|later|then|previously|publicly|repeatedly|reportedly|"
    r"further|flatly|firmly|earlier|initially|simply|never|separately|privately|"
    r"himself|herself|itself|themselves|there|often|frequently|always|long|has|had|have|would|"
    r"will|did|does"
)
# What may follow a speaker named after the verb: the sentence's end, an aside, a
# quotation or a time ("said Tom Ellery on Monday"); not a verb ("said Dr. Benjamin has").
ENDS_SPEAKER = re.compile(
    r"\s*(?:$|[.,;:!?)\"”'’—–-]|\s(?:who|whose|in|on|at|after|during|when|while|as|to|of|"
    r"for|from|with|and|yesterday|today|last|this|earlier|later|before)\b)"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
# When, between a speaker and the verb: "Police on Monday said", "the company late
# Friday said", "a spokesman yesterday said".
WHEN = (
    rf"(?:(?:late|early)\s+)?(?:on\s+)?{_WEEKDAY}{_PART_OF_DAY}|yesterday|today|tonight|"
    r"last\s+(?:night|week|month)|this\s+(?:morning|afternoon|evening|week)|"
    r"earlier\s+(?:today|this\s+week)|in\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)"
)
_WHEN_LAST_WORDS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "yesterday",
    "today",
    "tonight",
    "night",
    "week",
    "month",
    "morning",
    "afternoon",
    "evening",
    *(f"{day}day" for day in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")),
}
MAX_ASIDES = 3  # comma-delimited asides between a speaker and the verb
ADVERB_WINDOW = 60  # characters before a verb searched for "once again", "has" …
ADVERBS_AT_END = re.compile(rf"(?:\s+(?:{ADVERB}|{WHEN}))+\s*$")
# Checked first: a search tries every position.
ADVERB_LAST_WORDS = {adverb.split()[-1] for adverb in ADVERB.split("|")} | _WHEN_LAST_WORDS
PARENTHETICAL = re.compile(
    r"\s*(?:who|whom|which|speaking|a|an|the|another|one|now|formerly|himself|"
    r"herself|in|at|after|with|along|together|alongside|[a-z]+ing|[a-z]+ed)\b"
)
OBJECT = re.compile(
    r"\s+(?:reporters|journalists|the press|him|her|them|us|me|lawmakers|the court|police|"
    r"officers|investigators|authorities|officials|detectives|"
    r"the jury|the committee|the council|the senate|the audience|the crowd|parliament|"
    r"congress|"
    r"[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*)*"
    r"|(?:the|a|an)\s+[\w\- ]{1,30}?(?=\s+that\b|,|:|\.\s|\.?$))"
)
# Where a statement is made: "in a statement", "in a tweet", "at a briefing".
_MEDIA = (
    r"statement|interview|release|e-?mail|letter|post|tweet|message|briefing|conference|"
    r"speech|address|call|website|site|blog|broadcast|programme|program|show"
)
AFTER_VERB = re.compile(
    r"(?:\s+(?:afterwards?|later|again|also|repeatedly|earlier|simply|bluntly|quietly|"
    r"here|there(?=\s*(?:[.,;!?]|$))|"  # "said here", never "said there were"
    rf"(?:(?:late|early)\s+)?(?:on\s+)?{_WEEKDAY}{_PART_OF_DAY}|on\s+[A-Z]\w+day|"
    r"yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening|week)|"
    r"[A-Z]\w+day|(?:in|at|during|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_MEDIA})|"
    r"on\s+Twitter|to\s+reporters|to\s+journalists)|,\s*(?:however|though|too|also),)*"
    r"\s*[,:]?(?:\s*\bthat\b)?\s*"
)
# The reporter's own aside after a dash: "claimed that X - but Tillerson did not".
ASIDE = re.compile(r"\s[-–—]\s+(?:but|while|although|though)\b")
BUT_AFTER = re.compile(r",\s+but\s+")
AND_AT_END = re.compile(r"\s+and\s+$")  # "Ana Ruiz and | Tom Ellery said"
# "Ana Ruiz and her deputy, | Tom Ellery said": the last word is checked for a role.
AND_A_RELATIVE_AT_END = re.compile(
    r"\s+and\s+(?:his|her|their)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*),?\s+$"
)
AND_AT_START = re.compile(r"\s+and\s+")  # "said Ana Ruiz | and Tom Ellery"
# "said Ana Ruiz and her deputy, | Tom Ellery": the last word is checked for a role.
AND_A_RELATIVE_AT_START = re.compile(
    r"\s+and\s+(?:his|her|their)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*),\s+"
)
COORDINATED = re.compile(r"[,;]\s+(?:but|and|while|whereas)?\s*$")
NOUNS = (
    "insistence|claims?|assertions?|denials?|assurances?|warnings?|admission|"
    "contention|allegations?|statement|pledge|promise|argument"
)
# The passive with the speaker as subject: "Ana Ruiz was (once) quoted as saying …"
# (the verb ends with speaker_words.QUOTED_AS).
_QUOTED = (
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
    r"(?:\s+(?:also|once|later|reportedly|widely|previously|often|earlier))?\s+quoted\s+as\s+saying"
)
# The passive with the speaker as agent: "It was announced by the council that …",
# "The closure was confirmed by the ministry".
_PASSIVE_VERBS = "announced|confirmed|stated|claimed|denied|revealed|disclosed"
_BY_AGENT = (
    rf"(?:[Ii]t\s+)?(?:was|were|has\s+been|had\s+been)\s+(?P<passive>{_PASSIVE_VERBS})\s+by\s+"
)
_AUXILIARIES = ("was", "were", "is", "are", "has", "have", "had")
# A participle after a comma, saying more for the same speaker: "…, adding that …".
# (The claim keeps the verb's past tense: "adding" -> "added".)
PARTICIPLES = {
    "adding": "added", "saying": "said", "noting": "noted", "explaining": "explained",
    "insisting": "insisted", "arguing": "argued", "stressing": "stressed",
    "warning": "warned", "claiming": "claimed", "acknowledging": "acknowledged",
    "admitting": "admitted", "stating": "stated", "asserting": "asserted",
    "suggesting": "suggested", "predicting": "predicted", "emphasising": "emphasised",
    "emphasizing": "emphasized",
}  # fmt: skip
_PARTICIPLE = rf",\s+(?P<participle>{'|'.join(PARTICIPLES)})\s+(?:(?:only|also)\s+)?(?:that\s+)?"
ADDING = "adding"  # the one participle that follows a statement: "X said …, adding that …"
ADDING_THAT = re.compile(r",\s+adding\s+(?:(?:only|also)\s+)?(?:that\s+)?")
# Every cue: a reporting verb, "according to", a passive, a participle, or a
# reporting noun after a possessive ("Putin's insistence that", "his denial of").
CUE = re.compile(
    rf"(?P<verb>\b(?:{_QUOTED}|{alternation(VERBS.split('|'))})\b)"
    rf"|(?P<according>\b[Aa]ccording to\s+)|\b{_BY_AGENT}|{_PARTICIPLE}"
    rf"|(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<possessive>['’]s?))"
    rf"\s+(?P<noun>{NOUNS})\s+(?:that|of)\s+"
)
# Where a cue may start, for `word_matches`: a non-word character before it, or its apostrophe.
# Each word-led cue is a branch of one alternation grouped by first letter (a
# loose one: CUE itself decides).
_WORD_LED = [
    *(re.escape(verb) + r"\b" for verb in VERBS.split("|")),
    *(rf"{aux}\s+(?:\w+\s+){{0,2}}(?:quoted|{_PASSIVE_VERBS})\s" for aux in _AUXILIARIES),
    *(rf"{it}t\s+(?:{'|'.join(_AUXILIARIES)})\s" for it in "Ii"),
    *(rf"{a}ccording to\s" for a in "Aa"),
    *(rf"{pronoun}\s+(?:{NOUNS})\s" for pronoun in ("His", "his", "Her", "her", "Their", "their")),
]
CUE_HINT = re.compile(
    rf"\W(?:{grouped(_WORD_LED)}"
    rf"|(?<=,)\s+(?:{'|'.join(PARTICIPLES)})\s|(?<=['’])s?\s+(?:{NOUNS})\s+(?:that|of)\s)"
)


# Where a reporting noun's clause gives way to the main verb of the sentence.
MAIN_VERB = re.compile(
    r"\s(?:would|will|could|should|might|notwithstanding|left|leaves|meant|means|"
    r"remains|remained|made|makes|angered|prompted|drew|draws|sparked|raised|fuelled)\b"
)
# Content never starts with a preposition: "said from Miami", "said at a hearing
# on Monday that …" (the statement is then what follows "that").
PREPOSITION_FIRST = re.compile(
    r"(?!at\s+(?:least|most)\b|in\s+(?:all|total)\b)"  # "said at least a dozen were there"
    r"(?:from|in|at|on|during|after|before|while|when|by|with|through|via|outside|"
    r"inside|near|to)\b"
)
# A participle after the medium of a statement modifies it ("said in a press release
# announcing the news", "in a statement issued Friday that …").
MEDIUM_AT_END = re.compile(rf"\b(?:{_MEDIA})\s*$")
PARTICIPLE_FIRST = re.compile(r"(?!(?:no|some|every|any)thing\b)[a-z]+(?:ing|ed)\b")
# An object and a medium before a colon and a quotation: what is said is the quotation
# ("announced the news in a tweet: "It's official …"").
QUOTE_INTRODUCED = re.compile(
    r"(?:the|a|an|his|her|their|its)\s[^:;.!?\"“”]{0,60}?"
    rf"\b(?:news|{_MEDIA})s?:\s*(?=[\"“])"
)
# A verb of an act as much as of speech: "declared a state of emergency" is no
# statement, "declared that his force did nothing wrong" is.
ACT_VERBS = {"declared", "declares"}
# "told them to leave", "told the crowd to stay calm" (the object is short).
INSTRUCTION = re.compile(r"\s+(?:[\w'’\-]+\s+){1,4}?to\s+(?!the\b|a\b|an\b)[a-z]+\b")
# A wire dateline opening the statement: "RIVERTON (Reuters) - ".
DATELINE = re.compile(r"[A-Z][A-Z .,'’\-]{2,40}(?:\([\w .]+\))?\s*[-–—]+\s+")
THAT_IN_CLAUSE = re.compile(r"[^,;:.!?\"“”]{0,80}?\bthat\s+")
# A reporting verb, and what makes one say nothing ("could not say if").
REPORTED = re.compile(rf"\b(?:{VERBS})\b")
UNSAID = re.compile(r"(?:\bnot|n't|\bto|\bwould|\bcould|\bwill)\s+$")
# A second name joined to a sentence's subject: "Laurence Mark and Bill Condon".
AND_NAME = re.compile(r"\s+and\s+(?=[A-Z])")
# A verb coordinated with its clause's first: "… and said", "…, but said".
AND_BEFORE = re.compile(r"(?:,\s*)?\b(?:and|but)\s+$")
# A clause with a subject of its own: ", but LaSalle refused", "; he".
NEW_CLAUSE = re.compile(
    r"(?:,\s+(?:but|and|while|though|although)|;)\s+(?P<subject>[A-Z]\w+|he|she|they)\b"
)
# The last item of a list of names: "Alcohol, Tobacco, Firearms and |Explosives".
LISTED = re.compile(r"[A-Z][\w'’-]*,\s+[A-Z][\w'’-]*,?\s+(?:and|or)\s+$")
# A participle or prepositional phrase before the subject: "Reached by phone, ".
LEADING_PHRASE = re.compile(
    r"(?:[A-Z][a-z]+(?:ed|ing)|In|On|At|After|Before|During|Asked|Speaking)\b[^,.;:\"“”]{0,60},\s*"
)
DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
CLAUSE_PUNCTUATION = re.compile(r"[,;:—]")
CLOSING = "\"'”’»"
PREPOSITIONS = {
    "by", "to", "with", "of", "for", "about", "against", "than", "on", "in", "at",
    "from", "into", "over", "under", "between", "among", "without", "like",
    "outside", "inside", "near", "behind", "across", "around", "after", "before",
    "along", "amid", "beside", "toward", "towards", "past", "beyond", "within", "upon",
    "despite", "throughout", "through", "via",
}  # fmt: skip
OPENING = "\"'“‘«"
TRIM = " \t\n,;:—–-"
NOT_STATEMENTS = {"nothing", "little", "little else", "nothing more", "so", "it", "this"}
# Silence, not a statement: "said nothing after officers surrounded him", "said
# little about the deal" (but "said nothing was stolen" is one).
SILENCE = re.compile(
    r"(?:nothing|little)(?:\s+(?:more|else))?\s+(?:about|after|as|at|before|during|for|"
    r"in|on|since|to|until|when|while|of)\b",
    re.I,
)
