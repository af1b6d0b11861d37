"""Attributed statements in one article: who (as written), what, and how.

Three cue families, all found outside quotations so a "said" inside a quote never
attributes: reporting verbs (`X said …`, `"…," X said`, `…, said X`), "according
to X", and reporting nouns (`X's insistence that …`). A quotation standing alone
right after a quoted claim continues that claim's speaker.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace

from reader.core.model import Article, Span
from reader.core.speech import cues
from reader.core.speech.mentions import (
    NAME_SUFFIXES,
    Mention,
    is_surname,
    mention_after,
    mention_before,
    name_after,
)
from reader.core.speech.quotes import QuoteIndex, quote_spans
from reader.core.speech.rawclaims import ArticleClaims, RawClaim, with_continuations
from reader.core.speech.speaker_words import INSTITUTION_WORDS, ROLE_HEADS, word_matches

# The last words of roles: "her deputy", "his lawyer", "their spokesman".
_ROLE_LAST_WORDS = frozenset(head.split()[-1] for head in ROLE_HEADS)


def find_claims(article: Article) -> ArticleClaims:
    """Every attributed statement of `article`, ordered by where its cue sits."""
    quotes = QuoteIndex(quote_spans(article.text, [b.span for b in article.blocks]))
    finder = _Finder(article.text, quotes, [sentence.span[0] for sentence in article.sentences])
    found_cues = _cues_by_sentence(article, quotes)
    claims: list[RawClaim] = []
    subjects: list[Mention] = []
    cosubjects: list[Mention] = []
    for sentence in article.sentences:
        start, end = sentence.span
        if sentence.index in found_cues:
            claims.extend(finder.sentence_claims(start, end, found_cues[sentence.index]))
        in_text = article.blocks[sentence.block].kind not in {"title", "heading"}
        if in_text and quotes.containing(start) is None:  # not a headline, not a quote
            subject = _sentence_subject(article.text, start, end)
            if subject is not None:
                subjects.append(subject)
                cosubjects += _cosubject(article.text, subject, end)
    claims = _unique(sorted(claims, key=lambda claim: claim.cue))
    return ArticleClaims(with_continuations(article, quotes, claims), subjects, cosubjects)


def _cosubject(text: str, subject: Mention, end: int) -> list[Mention]:
    """The full name joined to a sentence's subject: "Laurence Mark and Bill Condon"."""
    joined = cues.AND_NAME.match(text, subject.end, end)
    other = name_after(text, joined.end(), end) if joined else None
    return [other] if other is not None and len(other.name.split()) >= 2 else []


def _sentence_subject(text: str, start: int, end: int) -> Mention | None:
    """The name a sentence opens with, past a leading phrase: "Reached by phone,
    Tom Ellery declined…" (for a later "he")."""
    low = _past_leading_phrase(text, start, end)
    while low < end and not text[low].isalnum():
        low += 1  # past an opening quotation mark or a dash
    subject = name_after(text, low, end)
    return subject if subject is not None and subject.kind == "name" else None


def _past_leading_phrase(text: str, start: int, end: int) -> int:
    """Where a sentence's subject may start: past "Reached by phone, " (not past
    a surname that looks like a participle: "Fanning could not say, but …")."""
    lead = cues.LEADING_PHRASE.match(text, start, end)
    if lead is None:
        return start
    first = text[start : lead.end()].split(None, 1)[0]
    participle = first.endswith(("ed", "ing"))  # "In", "After"… are never names
    return start if participle and is_surname(text, first) else lead.end()


def _cues_by_sentence(article: Article, quotes: QuoteIndex) -> dict[int, list[re.Match[str]]]:
    """Reporting cues outside quotations, by sentence: one pass over the text."""
    by_sentence: dict[int, list[re.Match[str]]] = defaultdict(list)
    sentences = article.sentences
    starts = [sentence.span[0] for sentence in sentences]
    for cue in word_matches(cues.CUE, cues.CUE_HINT, article.text):
        position = bisect.bisect_right(starts, cue.start()) - 1
        inside = position >= 0 and cue.start() < sentences[position].span[1]
        if inside and quotes.containing(cue.start()) is None:
            by_sentence[sentences[position].index].append(cue)
    return by_sentence


def _unique(claims: list[RawClaim]) -> list[RawClaim]:
    seen: set[tuple[Span, int]] = set()
    kept = []
    for claim in claims:
        if (claim.span, claim.mention.start) not in seen:
            seen.add((claim.span, claim.mention.start))
            kept.append(claim)
    return kept


DESCRIPTION_WORDS = 8  # an appositive description is short
AFFILIATION_WORDS = 3  # "Defence", "Defence Ministry", "Navy Headquarters"


class _Finder:
    """The cue patterns over one article's text and quotations."""

    def __init__(self, text: str, quotes: QuoteIndex, sentence_starts: list[int]) -> None:
        self.text = text
        self.quotes = quotes
        self.sentence_starts = sentence_starts

    def sentence_claims(
        self, start: int, end: int, sentence_cues: list[re.Match[str]]
    ) -> list[RawClaim]:
        found: list[RawClaim | None] = []
        for cue in sentence_cues:
            if cue.group("verb"):
                claim = self._verb_claim(start, end, cue)
                joint = self._joint_speaker(claim, start, end)
                both = (
                    [joint, claim] if claim and claim.cue > claim.mention.start else [claim, joint]
                )
                found += [*both, self._but_clause(claim, cue.end(), end)]  # in reading order
            elif cue.group("according"):
                found.append(self._according_claim(start, end, cue))
            elif cue.group("passive"):
                found.append(self._passive_claim(start, end, cue))
            elif cue.group("participle"):
                said = [claim for claim in found if claim is not None]
                found.append(self._participle_claim(start, end, cue, said[-1] if said else None))
            else:
                found.append(self._noun_claim(start, end, cue))
        claims = [claim for claim in found if claim is not None]
        return [self._before_next_speaker(claim, claims) for claim in claims]

    def _joint_speaker(self, claim: RawClaim | None, start: int, end: int) -> RawClaim | None:
        """ "Ana Ruiz and Tom Ellery said …", "…, said Ana Ruiz and Tom Ellery": the
        same claim by the other person named. Only full names on both sides: "Marks
        and Spencer said" is one company."""
        if claim is None or claim.mention.kind != "name":
            return None
        mention = claim.mention
        if claim.cue > mention.start:  # the speakers stand before the verb
            other = self._named_before(start, mention)
        else:
            joined = self._and_after(mention.end, end)
            other = mention_after(self.text, joined.end(), end) if joined else None
        # Asked last: whether a bare surname is a person searches the whole text.
        if other is None or _title_chain(mention, other) or not self._person(other):
            return None
        return replace(claim, mention=other) if self._person(mention) else None

    def _person(self, mention: Mention) -> bool:
        """A full name, or a surname the text gives with a first name elsewhere
        ("Mark and Condon said" after "Laurence Mark" and "Bill Condon")."""
        if _full_person_name(mention):
            return True
        single = mention.kind == "name" and len(mention.name.split()) == 1
        if not single or mention.organisation or mention.name.lower() in _ROLE_LAST_WORDS:
            return False  # "76ers President and General Manager Ed Stefanski"
        return is_surname(self.text, mention.name)

    def _and_after(self, position: int, end: int) -> re.Match[str] | None:
        """ "and" after a speaker, or "and her deputy," (a relation, then the name)."""
        related = cues.AND_A_RELATIVE_AT_START.match(self.text, position, end)
        if related is not None and related.group(1) in _ROLE_LAST_WORDS:
            return related
        return cues.AND_AT_START.match(self.text, position, end)

    def _named_before(self, start: int, mention: Mention) -> Mention | None:
        """The person named before "and" right before `mention` or its title ("Ana
        Ruiz and"), or before "and" and the relation they describe ("Ana Ruiz and her
        deputy, Tom Ellery said": both speak)."""
        high = min(mention.start, mention.phrase_start)
        joined = cues.AND_AT_END.search(self.text, max(start, high - 8), high)
        if joined is None:
            related = cues.AND_A_RELATIVE_AT_END.search(self.text, max(start, high - 40), high)
            joined = related if related and related.group(1) in _ROLE_LAST_WORDS else None
        return mention_before(self.text, start, joined.start()) if joined else None

    def _before_next_speaker(self, claim: RawClaim, claims: list[RawClaim]) -> RawClaim:
        """ "A said X, but B said Y": A's content stops before the coordinated B."""
        first, last = claim.span
        for other in claims:
            begins = other.mention.phrase_start  # "…, Troy police Lt. Gerry Scherlinck said"
            if first < begins < last and other.cue > other.mention.start:
                joint = cues.COORDINATED.search(self.text, first, begins)
                if joint is not None:
                    return replace(claim, span=(first, joint.start()))
        return claim

    def _verb_claim(self, start: int, end: int, verb: re.Match[str]) -> RawClaim | None:
        word = " ".join(verb.group().split())  # "was\nquoted as saying": one space each
        found = self._subject(start, verb.start())
        subject = found[0] if found else None
        if found is not None:
            after = self._content_after(verb.end(), end, word)
            joint = self._named_before(start, found[0]) if found[0].kind == "name" else None
            person = (
                joint is not None
                and not _title_chain(found[0], joint)
                and self._person(joint)
                and self._person(found[0])
            )
            begins = joint.phrase_start if joint and person else found[1]
            before = None if after else self._content_before(start, begins)
            if before and not before[1] and self._clause_continues(verb.end(), end, word):
                before = None  # "In doing so, the chief reports to …": no statement
            content = after or before or self._quote_sentence_before(start, found[1], verb, end)
        elif cues.AND_BEFORE.search(self.text, max(start, verb.start() - 8), verb.start()):
            # "DeGeneres made the announcement and said: …": the clause subject's.
            subject = self._clause_subject(start, verb.start())
            content = self._content_after(verb.end(), end, word) if subject else None
        else:
            if not self._ends_clause(start, verb.start()):
                return None
            subject = mention_after(self.text, verb.end(), end)
            if subject is not None and subject.kind == "pronoun":
                return None  # "…, he said, …" is found from its subject; "said he" is rare
            if subject is not None and not cues.ENDS_SPEAKER.match(self.text, subject.end, end):
                return None  # "…, MD, said Dr. Benjamin has …": an object, not the speaker
            content = self._content_before(start, verb.start()) if subject else None
        if subject is None or content is None:
            return None
        return RawClaim(content[0], word, content[1], subject, verb.start())

    def _quote_sentence_before(
        self, start: int, subject_start: int, verb: re.Match[str], end: int
    ) -> tuple[Span, bool] | None:
        """`"Why now?" Lisa Ortiz asked.`: a quotation ending in "?" or "!" is a
        sentence of its own, and the next one only names its speaker."""
        if self.text[start:subject_start].strip():
            return None
        if self._clause_continues(verb.end(), end, verb.group()):
            return None  # "Ortiz said nothing more."
        high = start
        while high > 0 and self.text[high - 1].isspace():
            high -= 1
        quote = self.quotes.ending_at(high)
        if quote is None or self.text[quote[0] : high].rstrip(cues.CLOSING)[-1:] not in "?!":
            return None
        position = bisect.bisect_left(self.sentence_starts, quote[0])
        opens_sentence = position < len(self.sentence_starts)
        if not opens_sentence or self.sentence_starts[position] != quote[0]:
            return None
        return self._content(quote[0], quote[1])

    def _clause_continues(self, verb_end: int, end: int, verb: str) -> bool:
        """Words other than an aside follow the verb: it is not "…, X said." """
        position = verb_end
        if verb in cues.OBJECT_VERBS:
            spoken_to = cues.OBJECT.match(self.text, position, end)
            position = spoken_to.end() if spoken_to else position
        lead = cues.AFTER_VERB.match(self.text, position, end)
        if lead is None or "," in lead.group() or ":" in lead.group():
            return False
        rest = self.text[lead.end() : end].lstrip()
        return bool(rest) and rest[0] not in ".,;:!?" + cues.CLOSING + cues.OPENING

    def _but_clause(self, claim: RawClaim | None, verb_end: int, end: int) -> RawClaim | None:
        """ "X happened, Tillerson said, but Y": Y is Tillerson's account too."""
        but = cues.BUT_AFTER.match(self.text, verb_end, end)
        if claim is None or claim.span[1] > claim.cue or but is None:
            return None
        content = self._content(but.end(), end)
        if content is None:
            return None
        return replace(claim, span=content[0], quoted=content[1], cue=but.start())

    def _subject(self, start: int, verb_start: int) -> tuple[Mention, int] | None:
        """The speaker phrase right before the verb, past adverbs and a `, who …,`;
        with where the subject's words begin (a described name: at the description)."""
        near = max(start, verb_start - cues.ADVERB_WINDOW)  # adverbs sit right before the verb
        prefix = self.text[near:verb_start]
        last_word = prefix.rsplit(None, 1)[-1:]  # a search tries every position: only if it may hit
        maybe = bool(last_word) and last_word[0] in cues.ADVERB_LAST_WORDS
        trailing = cues.ADVERBS_AT_END.search(prefix) if maybe else None
        high = near + (trailing.start() if trailing else len(prefix.rstrip()))
        if self.text[high - 1 : high] == ",":
            found = self._before_asides(start, high - 1)
            if found is None or isinstance(found, tuple):
                return found
            high = found
        mention = mention_before(self.text, start, high)
        if mention is None or not self._clause_start(start, mention.phrase_start):
            return None
        begins = mention.phrase_start
        article = cues.DETERMINER_BEFORE.search(self.text, max(start, begins - 4), begins)
        return mention, article.start() if article else begins

    def _before_asides(self, start: int, comma: int) -> int | tuple[Mention, int] | None:
        """Walk back over comma-delimited asides ("Laurence Mark, a co-producer, with
        Bill Condon, said"): where the speaker's phrase ends, a name described before
        it ("the Kremlin spokesman, Dmitry Peskov, said"), or None ("…, said X")."""
        for hops in range(cues.MAX_ASIDES):
            opening = self.text.rfind(",", start, comma)
            if opening >= 0 and self._aside(opening + 1, comma):
                comma = opening
                continue
            if hops == 0:
                return None if opening < 0 else self._apposition(start, opening, comma)
            return comma  # the speaker sits before the first aside
        return None

    def _aside(self, start: int, end: int) -> bool:
        """A comma-delimited aside after a speaker: ", who…", ", a co-producer…",
        ", chair of the board…", ", MD,"."""
        if cues.PARENTHETICAL.match(self.text, start, end):
            return True
        words = self.text[start:end].split()
        first = words[0].lower().strip(".") if words else ""
        age = len(words) == 1 and first.isdigit()  # "Maria Lopez, 54, said"
        return (
            age
            or first in NAME_SUFFIXES
            or (first in ROLE_HEADS and len(words) > 1)
            or _affiliation(words)
        )

    def _apposition(self, start: int, opening: int, high: int) -> tuple[Mention, int] | None:
        """ "the Kremlin spokesman, Dmitry Peskov, said": the name, from the description."""
        named = mention_before(self.text, opening + 1, high)
        if named is None or self.text[opening + 1 : named.start].strip():
            return None
        described = mention_before(self.text, start, opening)
        begins = described.start if described and described.kind == "role" else named.start
        return named, begins

    def _clause_start(self, start: int, mention_start: int) -> bool:
        """A subject follows a clause boundary, not a preposition ("with Putin")."""
        written = self.text[start:mention_start].split()[-3:]
        if written and written[-1].endswith((",", ";", ":")):
            return True  # "In an interview in 2007, Collins said"
        if cues.LISTED.search(self.text, max(start, mention_start - 80), mention_start):
            return False  # "the Bureau of Alcohol, Tobacco, Firearms and Explosives said"
        words = [word.lower() for word in written]
        if words and words[-1] in {"the", "a", "an"}:
            words = words[:-1]  # "outside the Sam's Club": look past the article
        if len(words) >= 2 and words[-1][:1].isdigit():
            words = words[:-1]  # "Residents along 117th Street said"
        return not words or words[-1] not in cues.PREPOSITIONS

    def _ends_clause(self, start: int, position: int) -> bool:
        before = self.text[start:position].rstrip()
        return before.endswith((",", *cues.CLOSING)) or before[-2:-1] == ","

    def _content_after(self, verb_end: int, end: int, verb: str) -> tuple[Span, bool] | None:
        position = verb_end
        if verb in cues.OBJECT_VERBS:
            if cues.INSTRUCTION.match(self.text, position, end):
                return None  # "told the group to stay put": an order, not a statement
            spoken_to = cues.OBJECT.match(self.text, position, end)
            position = spoken_to.end() if spoken_to else position
        lead = cues.AFTER_VERB.match(self.text, position, end)
        assert lead is not None  # every part of the pattern is optional
        position = lead.end()
        rest = self.text[position:end].strip(cues.TRIM + ".!?")
        after_comma = self.text[lead.start() : position].rstrip().endswith(",")
        if not rest or (after_comma and self.text[position] not in cues.OPENING):
            return None  # "…, Tillerson said, but …": the content came before
        if self.text[position] in ".!?":
            return None  # the sentence ended at the verb: "…, Scherlinck said. (Fox News)"
        medium = cues.MEDIUM_AT_END.search(self.text, verb_end, position)  # "said in a release"
        participle = medium and cues.PARTICIPLE_FIRST.match(self.text, position)
        if participle:  # "said in a statement issued Friday that …": what follows "that"
            that = cues.THAT_IN_CLAUSE.match(self.text, position, end)
            if that is not None:
                position = that.end()
            elif participle.group().endswith("ing"):
                return None  # "said in a press release announcing the news": the release's
        said_that = "that" in self.text[verb_end:position]
        if verb in cues.ACT_VERBS and not said_that and self.text[position] not in cues.OPENING:
            return None  # "declared a state of emergency": an act, not a statement
        if (
            not said_that
            and verb not in cues.DENIALS
            and cues.PREPOSITION_FIRST.match(self.text, position)
        ):
            that = cues.THAT_IN_CLAUSE.match(self.text, position, end)
            if that is None:
                return None  # "…," Brown said from Miami before the finals.
            position = that.end()
        introduced = cues.QUOTE_INTRODUCED.match(self.text, position, end)
        if introduced is not None:  # "announced the news in a tweet: "It's official …""
            position = introduced.end()
        denial = verb in cues.DENIALS and "that" not in self.text[verb_end:position]
        return self._content(position, self._content_end(position, end, denial))

    def _content_end(self, position: int, end: int, denial: bool) -> int:
        """A quotation may run past the sentence; "denied X, …" stops at the comma;
        a dashed aside ("- but Tillerson did not") is the reporter's."""
        quote = self.quotes.starting_at(position)
        if quote is not None and quote[1] > end:
            return quote[1]
        if denial:
            return self._unquoted_comma(position, end)
        aside = cues.ASIDE.search(self.text, position, end)
        end = aside.start() if aside else end
        adding = cues.ADDING_THAT.search(self.text, position, end)  # ", adding that …"
        if adding is None or self.quotes.containing(adding.start()) is not None:
            return end
        return adding.start()

    def _content_before(self, start: int, position: int) -> tuple[Span, bool] | None:
        """`"…," X said` or `…, X said`: the quotation or clause before the cue."""
        high = position
        while high > start and self.text[high - 1].isspace():
            high -= 1
        if high == start:
            return None
        quote = self.quotes.ending_at(high) or self.quotes.ending_at(high - 1)
        if quote is not None:
            return self._content(quote[0], quote[1])
        if self.text[high - 1] not in ",":
            return None
        return self._content(start, high - 1)

    def _content(self, start: int, end: int) -> tuple[Span, bool] | None:
        """Trim a content span; quoted when it is exactly one quotation."""
        quoted = self.quotes.starting_at(start) is not None and (
            self.quotes.ending_at(end) is not None
        )
        if quoted:
            start, end = start + 1, end - 1
        dateline = cues.DATELINE.match(self.text, start, end)
        start = dateline.end() if dateline else start
        while start < end and self.text[start] in cues.TRIM:
            start += 1
        while end > start and self.text[end - 1] in cues.TRIM + ("." if not quoted else ""):
            end -= 1
        if end - start < 2 or self.text[start:end].lower() in cues.NOT_STATEMENTS:
            return None
        if not quoted and cues.SILENCE.match(self.text, start, end):
            return None
        return (start, end), quoted

    def _unquoted_comma(self, position: int, end: int) -> int:
        comma = self.text.find(",", position, end)
        while comma >= 0 and self.quotes.containing(comma) is not None:
            comma = self.text.find(",", comma + 1, end)
        return comma if comma >= 0 else end

    def _according_claim(self, start: int, end: int, cue: re.Match[str]) -> RawClaim | None:
        speaker = mention_after(self.text, cue.end(), end)
        if speaker is None:
            return None
        if self.text[start : cue.start()].strip():
            content = self._content_before(start, cue.start())
        else:
            comma = self._unquoted_comma(speaker.end, end)
            after = self._unquoted_comma(comma + 1, end) if comma < end else end
            if after < end and _description(self.text[comma + 1 : after]):
                comma = after  # "According to Laurence Mark, producer of the telecast, …"
            content = self._content(comma + 1, end) if comma < end else None
        if content is None:
            return None
        return RawClaim(content[0], "according to", content[1], speaker, cue.start())

    def _participle_claim(
        self, start: int, end: int, cue: re.Match[str], previous: RawClaim | None
    ) -> RawClaim | None:
        """ "…," said Laurence Mark, explaining that …" and "X said …, adding that …":
        more of the speaker just quoted; "The ministry cut the budget, saying that …":
        the subject's. Not "Police said he refused, saying that …" (he said it)."""
        word = cue.group("participle")
        if previous is None:
            speaker = self._opening_subject(start, cue)
        elif previous.span[1] <= previous.cue or word == cues.ADDING:
            speaker = previous.mention  # the statement came before its speaker, or "adding"
        else:
            speaker = None
        content = self._content(cue.end(), self._content_end(cue.end(), end, False))
        if speaker is None or content is None:
            return None
        return RawClaim(content[0], cues.PARTICIPLES[word], content[1], speaker, cue.start())

    def _clause_subject(self, start: int, verb_start: int) -> Mention | None:
        """The subject of the clause a coordinated verb belongs to: the sentence's,
        or that of a later clause ("…, but Lasalle refused and said …")."""
        clauses = list(cues.NEW_CLAUSE.finditer(self.text, start, verb_start))
        if clauses:
            low = clauses[-1].start("subject")
        else:
            low = _past_leading_phrase(self.text, start, verb_start)
        subject = mention_after(self.text, low, verb_start)
        if subject is None or not self.text[subject.end : verb_start].strip()[:1].islower():
            return None
        for reported in cues.REPORTED.finditer(self.text, subject.end, verb_start):
            if not cues.UNSAID.search(self.text, max(0, reported.start() - 12), reported.start()):
                return None  # "Whiteside said LaCalamita … and asked him": inside what he said
        return subject

    def _opening_subject(self, start: int, cue: re.Match[str]) -> Mention | None:
        """The subject a sentence opens with (past a leading phrase), if it is
        followed by a verb rather than by a comma or the end."""
        low = _past_leading_phrase(self.text, start, cue.start())
        subject = mention_after(self.text, low, cue.start())
        if subject is None or not self.text[subject.end : cue.start()].strip()[:1].islower():
            return None
        if cues.NEW_CLAUSE.search(self.text, subject.end, cue.start()):
            return None  # "police stopped him, but LaSalle refused, saying …": not theirs
        return subject

    def _passive_claim(self, start: int, end: int, cue: re.Match[str]) -> RawClaim | None:
        """ "It was announced by the council that the pier will close" (the clause
        after "that"); "The pier's closure was confirmed by the council" (the subject)."""
        speaker = mention_after(self.text, cue.end(), end)
        if speaker is None or speaker.kind == "pronoun":
            return None
        if cue.group().lower().startswith("it"):
            that = cues.THAT_IN_CLAUSE.match(self.text, speaker.end, end)  # on Friday that
            content = self._content(that.end(), end) if that else None
        else:
            content = self._content(start, cue.start())
        if content is None:
            return None
        return RawClaim(content[0], cue.group("passive"), content[1], speaker, cue.start())

    def _noun_claim(self, start: int, end: int, cue: re.Match[str]) -> RawClaim | None:
        if cue.group("pronoun"):
            word = cue.group("pronoun")
            pronoun = {"his": "he", "her": "she", "their": "they"}[word.lower()]
            speaker: Mention | None = Mention("pronoun", word, cue.start(), cue.end(), pronoun)
        else:
            speaker = mention_before(self.text, start, cue.start())
            speaker = speaker if speaker and speaker.kind != "pronoun" else None
        if speaker is None:
            return None
        content = self._content(cue.end(), self._noun_clause_end(cue.end(), end))
        if content is None:
            return None
        return RawClaim(content[0], cue.group("noun"), content[1], speaker, cue.start())

    def _noun_clause_end(self, start: int, end: int) -> int:
        """Where "insistence that X …" gives way to the sentence's own verb: the last
        likely main verb before the first clause-ending punctuation."""
        stop = cues.CLAUSE_PUNCTUATION.search(self.text, start, end)
        limit = stop.start() if stop else end
        verbs = list(cues.MAIN_VERB.finditer(self.text, start, limit))
        return verbs[-1].start() if verbs else limit


def _title_chain(mention: Mention, other: Mention) -> bool:
    """ "Team President and General Manager Ed Stefanski": two titles of one person."""
    return bool(mention.title) and other.name.split()[-1].lower() in _ROLE_LAST_WORDS


def _full_person_name(mention: Mention) -> bool:
    """A person's given name and surname: "Ana Ruiz", not "Ruiz", "Helix Chemicals"."""
    person = mention.kind == "name" and not mention.organisation and not mention.plural
    return person and len(mention.name.split()) >= 2


def _description(aside: str) -> bool:
    """ "producer of the telecast", "a spokeswoman for the firm": what a person is."""
    words = aside.lower().split()
    if words and words[0] in {"a", "an", "the"}:
        words = words[1:]
    return bool(words) and words[0] in ROLE_HEADS and len(words) <= DESCRIPTION_WORDS


def _affiliation(words: list[str]) -> bool:
    """ "Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said": where
    the title is held, a few capitalised words of institutions, is no speaker."""
    return 0 < len(words) <= AFFILIATION_WORDS and all(
        word[:1].isupper() and word.lower() in INSTITUTION_WORDS for word in words
    )
