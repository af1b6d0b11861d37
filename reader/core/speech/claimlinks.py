"""The same claim by the same speaker in both articles, and how its wording differs.

A pair is scored by the content words the two claims share (stems, so "agreed"
meets "agree"), by their character similarity (rapidfuzz), and by whether the
aligner already paired passages inside both claims. The same statement word for
word (an article compared with itself, a quotation both reporters print) links
first, unscored; the rest are candidates from an inverted index of each
speaker's claims in B, so the work stays near-linear.
"""

from __future__ import annotations

import bisect
import difflib
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from operator import attrgetter

from rapidfuzz import fuzz

from reader.core.alignment.tokens import content_stems
from reader.core.model import Claim, Match, Span
from reader.core.speech.speaker_words import QUOTED_AS

LINK_THRESHOLD = 0.3
ALIGNED_SCORE = 0.6  # an aligner match inside both claims: enough on its own
CONTAINMENT_SHARE = 0.25  # a short claim inside a long one counts, but less than Dice
VERBATIM_RATIO = 0.8  # character similarity only speaks for near-identical texts
POSTING_CAP = 40  # words in more claims than this (in a huge article) don't probe
SAME_WORDING = 0.5  # share of words in common for a diff to read as one quotation
MIN_SHARED = 2  # content words two claims must share to be compared at all

_PUNCTUATION = ".,;:!?\"'“”‘’…()[]"
_GENERIC_VERBS = {"said", "says", "say", "told", "tells", "added", "adds", "according to"}

WordDiff = tuple[tuple[str, str, str], ...]
_OWN_FIELDS = attrgetter(*(f.name for f in fields(Claim) if f.name not in {"match", "diff"}))


@dataclass(frozen=True, slots=True)
class _Profile:
    """What scoring needs of one claim, computed once."""

    stems: frozenset[str]
    weight: float  # the summed rarity of its stems
    normal: str
    weights: dict[str, float]  # rarity of every stem of the claims that may link


def link_claims(claims: list[Claim], matches: Sequence[Match]) -> list[Claim]:
    """Claims with `match` pointing at their counterpart and `diff` for rewordings."""
    groups = _by_speaker(claims)
    normals = {
        index: _normal(claims[index].text) for group in groups for side in group for index in side
    }
    same, rest = _same_statements(groups, normals)
    if not rest:  # every claim that may link has its word-for-word twin
        return _one_to_one(claims, same)
    profiles = _profiles(claims, normals)
    inside = _matches_inside(claims, matches)
    scored: list[tuple[float, int, int]] = []
    for speaker_a, speaker_b in rest:
        pairs = _candidates(speaker_a, speaker_b, profiles, claims)
        pairs |= _aligned_pairs(speaker_a, speaker_b, inside)
        for i, j in pairs:
            score = _score(profiles[i], profiles[j])
            if inside[i] & inside[j]:
                score = max(score, ALIGNED_SCORE)
            if score >= LINK_THRESHOLD:
                scored.append((score, i, j))
    return _one_to_one(claims, same + scored)


def _same_statements(
    groups: list[tuple[list[int], list[int]]], normals: dict[int, str]
) -> tuple[list[tuple[float, int, int]], list[tuple[list[int], list[int]]]]:
    """Pairs of one speaker's claims with the same text (the best score there is), in
    order; and each speaker's claims left without such a twin."""
    same: list[tuple[float, int, int]] = []
    rest: list[tuple[list[int], list[int]]] = []
    for indexes_a, indexes_b in groups:
        by_text: dict[str, list[int]] = defaultdict(list)
        for j in reversed(indexes_b):
            by_text[normals[j]].append(j)  # reversed: pop() gives the first
        left_a = []
        for i in indexes_a:
            twins = by_text.get(normals[i])
            if twins:
                same.append((1.0, i, twins.pop()))
            else:
                left_a.append(i)
        left_b = sorted(j for twins in by_text.values() for j in twins)
        if left_a and left_b:
            rest.append((left_a, left_b))
    return same, rest


def _profiles(claims: list[Claim], normals: dict[int, str]) -> list[_Profile]:
    """Stems weighted by rarity among the claims that may link; others stay empty.
    A text said twice (in both articles, or twice in one) is read once."""
    read: dict[str, frozenset[str]] = {}
    stems = {}
    for index in normals:
        text = claims[index].text
        if text not in read:
            read[text] = frozenset(content_stems(text))
        stems[index] = read[text]
    weights = _rarity(list(stems.values()))
    empty = _Profile(frozenset(), 0.0, "", weights)
    profiles = [empty] * len(claims)
    for index, bag in stems.items():
        profiles[index] = _Profile(bag, sum(weights[stem] for stem in bag), normals[index], weights)
    return profiles


def _one_to_one(claims: list[Claim], scored: list[tuple[float, int, int]]) -> list[Claim]:
    """Best-scored pairs first; each claim joins at most one link."""
    linked = list(claims)
    used: set[int] = set()
    for _, i, j in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if i in used or j in used:
            continue
        used.update((i, j))
        diff = word_diff(claims[i].text, claims[j].text)
        linked[i] = _linked(claims[i], j, diff)
        linked[j] = _linked(claims[j], i, diff)
    return linked


def _linked(claim: Claim, match: int, diff: WordDiff) -> Claim:
    """`replace(claim, match=…, diff=…)` at half its cost (a long article against
    itself links thousands); a field added after `diff` fails loudly here."""
    make: Callable[..., Claim] = Claim
    return make(*_OWN_FIELDS(claim), match=match, diff=diff)


def _by_speaker(claims: list[Claim]) -> list[tuple[list[int], list[int]]]:
    groups: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for index, claim in enumerate(claims):
        groups[claim.speaker][0 if claim.doc == "a" else 1].append(index)
    return [group for group in groups.values() if group[0] and group[1]]


def _candidates(
    indexes_a: list[int], indexes_b: list[int], profiles: list[_Profile], claims: list[Claim]
) -> set[tuple[int, int]]:
    """Pairs sharing uncommon content words (or one specific reporting verb)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for j in indexes_b:
        for stem in profiles[j].stems:
            postings[stem].append(j)
    pairs: set[tuple[int, int]] = set()
    for i in indexes_a:
        shared: dict[int, int] = defaultdict(int)
        for stem in profiles[i].stems:
            posting = postings.get(stem, [])
            for j in posting if len(posting) <= POSTING_CAP else ():
                shared[j] += 1
        pairs.update(
            (i, j)
            for j, count in shared.items()
            if count >= MIN_SHARED or _same_specific_verb(claims[i], claims[j])
        )
    return pairs


def _aligned_pairs(
    indexes_a: list[int], indexes_b: list[int], inside: list[set[int]]
) -> set[tuple[int, int]]:
    """Pairs the aligner already joined: a match lies inside both claims."""
    by_match: dict[int, list[int]] = defaultdict(list)
    for j in indexes_b:
        for match in inside[j]:
            by_match[match].append(j)
    return {(i, j) for i in indexes_a for match in inside[i] for j in by_match.get(match, [])}


def _same_specific_verb(claim_a: Claim, claim_b: Claim) -> bool:
    """Two denials (or two warnings…) may share a single word and still be one claim."""
    generic = claim_a.verb in _GENERIC_VERBS or claim_a.verb.endswith(QUOTED_AS)
    return claim_a.verb == claim_b.verb and not generic


def _rarity(stems: list[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each stem over the claims that may link."""
    frequency = Counter(stem for bag in stems for stem in bag)
    total = len(stems) + 1
    return {stem: math.log(total / count) for stem, count in frequency.items()}


def _score(profile_a: _Profile, profile_b: _Profile) -> float:
    """Rare content words shared (mostly Dice, some containment); or near-verbatim."""
    weights = profile_a.weights
    shared = sum(weights[stem] for stem in profile_a.stems & profile_b.stems)
    containment = shared / (min(profile_a.weight, profile_b.weight) or 1)
    dice = 2 * shared / ((profile_a.weight + profile_b.weight) or 1)
    characters = fuzz.ratio(profile_a.normal, profile_b.normal) / 100
    words = CONTAINMENT_SHARE * containment + (1 - CONTAINMENT_SHARE) * dice
    return max(words, characters if characters >= VERBATIM_RATIO else 0.0)


def _matches_inside(claims: list[Claim], matches: Sequence[Match]) -> list[set[int]]:
    """For each claim, the aligner matches (not facts) lying mostly inside it."""
    passages = [(index, m) for index, m in enumerate(matches) if m.kind != "fact"]
    sides = {doc: sorted((getattr(m, doc), index) for index, m in passages) for doc in "ab"}
    starts = {doc: [span[0] for span, _ in sides[doc]] for doc in "ab"}
    longest = {doc: max((s[1] - s[0] for s, _ in sides[doc]), default=0) for doc in "ab"}
    found: list[set[int]] = []
    for claim in claims:
        first, last = claim.span
        low = bisect.bisect_left(starts[claim.doc], first - longest[claim.doc])
        high = bisect.bisect_left(starts[claim.doc], last)
        nearby = sides[claim.doc][low:high]
        found.append({index for span, index in nearby if _inside_share(span, claim.span) >= 0.5})
    return found


def _inside_share(inner: Span, outer: Span) -> float:
    overlap = min(inner[1], outer[1]) - max(inner[0], outer[0])
    return max(0, overlap) / max(1, inner[1] - inner[0])


def word_diff(text_a: str, text_b: str) -> WordDiff:
    """Word-level edit script from `text_a` to `text_b`: empty when identical, and
    when the two are told in different words rather than worded differently."""
    if text_a == text_b:
        return ()
    words_a, words_b = text_a.split(), text_b.split()
    keys_a, keys_b = [_word_key(word) for word in words_a], [_word_key(word) for word in words_b]
    if keys_a == keys_b:
        return ()
    # Compared without the punctuation around words: "Philadelphia." is "Philadelphia".
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    if matcher.ratio() < SAME_WORDING:
        return ()
    return tuple(
        (op, " ".join(words_a[a0:a1]), " ".join(words_b[b0:b1]))
        for op, a0, a1, b0, b1 in matcher.get_opcodes()
    )


def _word_key(word: str) -> str:
    return word.strip(_PUNCTUATION) or word


def _normal(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())
