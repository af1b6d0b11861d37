"""Claims as found, before their speakers are resolved; and quotations that
continue a claim: a quotation standing alone (whole sentences, its own paragraph
or right after the claim's sentence) keeps the speaker of the claim right before it.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field

from reader.core.model import Article, Span
from reader.core.speech.mentions import Mention
from reader.core.speech.quotes import QuoteIndex

_CLOSERS = "”’\"'»"


@dataclass(frozen=True, slots=True)
class RawClaim:
    """A claim before its speaker is resolved; `cue` orders claims for coreference."""

    span: Span
    verb: str
    quoted: bool
    mention: Mention
    cue: int
    continued: bool = False  # a quotation continuing the previous claim's speaker


@dataclass(frozen=True, slots=True)
class ArticleClaims:
    claims: list[RawClaim]
    subjects: list[Mention]  # named sentence subjects, for pronouns
    # Second subjects of a joint ("Laurence Mark and Bill Condon chose…"): full names
    # a later bare surname ("Condon said") stands for, never antecedents of "he".
    cosubjects: list[Mention] = field(default_factory=list)


def with_continuations(
    article: Article, quotes: QuoteIndex, claims: list[RawClaim]
) -> list[RawClaim]:
    """Add standalone quotations that continue the quoted claim right before them."""
    covered = _Coverage([claim.span for claim in claims])
    result = list(claims)
    for quote in quotes.spans:
        position = bisect.bisect_left(result, quote[0], key=lambda item: item.cue)
        if position == 0 or covered.overlaps(quote):
            continue
        claim = result[position - 1]
        gap = article.text[_cue_sentence_end(article, claim) : quote[0]]
        if not gap.strip() and _stands_alone(article, quote):
            continued = RawClaim(
                _inside(article.text, quote), claim.verb, True, claim.mention, quote[0], True
            )
            result.insert(position, continued)
    return result


def _inside(text: str, quote: Span) -> Span:
    """The quotation's words: no marks (it may run unclosed), no trailing space or
    comma (a tokeniser's `… Philadelphia. "`)."""
    end = quote[1] - (text[quote[1] - 1] in _CLOSERS)
    while end > quote[0] + 1 and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return quote[0] + 1, end


class _Coverage:
    """Does a span overlap any of the claim spans? (sorted starts + running max end)"""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans)
        self.starts = [span[0] for span in ordered]
        self.max_ends = list(itertools.accumulate((span[1] for span in ordered), max))

    def overlaps(self, span: Span) -> bool:
        position = bisect.bisect_left(self.starts, span[1]) - 1
        return position >= 0 and self.max_ends[position] > span[0]


def _cue_sentence_end(article: Article, claim: RawClaim) -> int:
    last = max(claim.span[1], claim.mention.end, claim.cue)
    sentence = article.sentence_at(last)
    return sentence.span[1] if sentence else last


def _stands_alone(article: Article, quote: Span) -> bool:
    """The quotation is whole sentences: nothing but punctuation around it."""
    first = article.sentence_at(quote[0])
    last = article.sentence_at(quote[1] - 1)
    if first is None or last is None or first.span[0] != quote[0]:
        return False
    return not article.text[quote[1] : last.span[1]].strip(" .,!?")
