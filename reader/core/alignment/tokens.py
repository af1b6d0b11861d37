"""Word tokens for the aligner: normalised forms, cached stems, stopwords, IDF.

Normalising folds case and curly quotes so "didn’t" and "didn't" meet; stems let
"interfere" meet "interference"; IDF weighs rare words above common ones.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import snowballstemmer  # type: ignore[import-untyped]
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from reader.core import forked
from reader.core.model import Span

MIN_ALIAS_LENGTH = 5
MAX_CACHED_FORMS = 500_000
ALIAS_SIMILARITY = 0.8
MIN_CONTAINED = 7
# Longer "words" are runs without spaces (hashes, a 5 MB line of x); probing every
# prefix of one costs its length squared.
MAX_ALIAS_LENGTH = 40

# "United States" as one word, initialisms with dots ("U.S."), else letters and
# digits joined by apostrophes. The two last share their first character: one
# branch per word start, not two tried in turn (a third faster on 1 MB).
_WORD = re.compile(r"United States|[^\W_](?:\.(?:[^\W_]\.)+|[^\W_]*(?:['’][^\W_]+)*)")
_SPLIT = re.compile(f"({_WORD.pattern})")
_COUNTRY = {"u.s.": "usa", "u.s": "usa", "us": "usa", "u.s.a.": "usa", "usa": "usa"}
_COUNTRY_NAMES = {"united states": "usa"}

_STOPWORD_LIST = """a about above after again against all almost also am among an and any are
    around as at be because been before being below between both but by can
    could did do does doing down during each either else even ever few for from
    further had has have having he her here hers herself him himself his how i
    if in into is it its itself just least let like made make many may me might
    more most much must my myself no nor not now of off on once one only or other
    our ours ourselves out over own per rather really said same say says saying
    several she should since so some such than that the their theirs them
    themselves then there these they this those though through thus to told too
    under until up upon us very was we were what when where whether which while
    who whom whose why will with within without would yet you your yours yourself
    yourselves mr mrs ms s t didn't don't doesn't isn't wasn't won't it's he's
    she's i'm we're they're that's there's"""
STOPWORDS = frozenset(_STOPWORD_LIST.split())

_stemmer = snowballstemmer.stemmer("english")
_stem_cache: dict[str, str] = {}
_form_cache: dict[str, tuple[str, str, bool, bool]] = {}


def normalise_word(raw: str) -> str:
    """Lower-case, straight apostrophes, one spelling for the United States."""
    word = raw.lower().replace("’", "'")
    if " " in word:
        return _COUNTRY_NAMES.get(word, word)
    if raw.isupper() or "." in word:
        return _COUNTRY.get(word, word.rstrip("."))
    return word


def stem(word: str) -> str:
    """Snowball stem of a normalised word, cached: news text repeats its words."""
    found = _stem_cache.get(word)
    if found is None:
        found = _stem_cache[word] = _stemmer.stemWord(word.removesuffix("'s"))
    return found


@dataclass(slots=True)
class TokenTable:
    """Parallel token arrays of one text, plus each sentence's token range.

    Offsets are machine-integer arrays: a 1 MB text has 120,000 tokens, whose
    offsets as lists of int objects would take 9 MB.
    """

    starts: array[int]
    ends: array[int]
    words: list[str]
    stems: list[str]
    content: list[bool]
    sentence_ranges: list[tuple[int, int]]
    capitalised: list[bool] = field(default_factory=list)

    def span(self, first: int, last: int) -> Span:
        """Character span from token `first` to token `last` (inclusive)."""
        return (self.starts[first], self.ends[last])


def tokenise(text: str, sentence_spans: Sequence[Span]) -> TokenTable:
    """Tokens of the whole text, and the token range of each sentence."""
    # Split around the words (no match objects: 120,000 per 1 MB): gaps and words
    # alternate, and their lengths added up give the words' offsets.
    parts = _SPLIT.split(text)
    offsets = list(itertools.accumulate(map(len, parts), initial=0))
    starts = offsets[1:-1:2]
    ends = array("q", offsets[2::2])
    del offsets
    cache = _form_cache
    forms = [cache.get(raw) or _forms(raw) for raw in itertools.islice(parts, 1, None, 2)]
    del parts
    # Three comprehensions: zip(*forms) over 100k tokens costs several times more.
    words = [form[0] for form in forms]
    stems = [form[1] for form in forms]
    content = [form[2] for form in forms]
    capitalised = [form[3] for form in forms]
    ranges = []
    first = 0
    for start, end in sentence_spans:
        first = bisect.bisect_left(starts, start, first)
        ranges.append((first, bisect.bisect_left(starts, end, first)))
    return TokenTable(array("q", starts), ends, words, stems, content, ranges, capitalised)


def _forms(raw: str) -> tuple[str, str, bool, bool]:
    """(normalised word, stem, is content word, is capitalised) of a raw token, cached."""
    found = _form_cache.get(raw)
    if found is None:
        if len(_form_cache) > MAX_CACHED_FORMS:  # a long session reading many articles
            _form_cache.clear()
            _stem_cache.clear()
        word = normalise_word(raw)
        found = _form_cache[raw] = (word, stem(word), word not in STOPWORDS, raw[0].isupper())
    return found


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a free-standing string."""
    cache = _form_cache
    forms = [cache.get(raw) or _forms(raw) for raw in _WORD.findall(text)]
    return [form[1] for form in forms if form[2]]


def idf_weights(bags: Iterable[Iterable[str]]) -> dict[str, float]:
    """Inverse document frequency of each stem over `bags` (one bag per sentence).

    Smoothed so a stem found everywhere still weighs a little: shared names count,
    just far less than shared rare words.
    """
    # Each stem once per bag; the bags' stems counted in one C loop.
    sets = [bag if isinstance(bag, frozenset | set) else set(bag) for bag in bags]
    document_frequency = Counter(itertools.chain.from_iterable(sets))
    count = len(sets)
    return {
        term: math.log((count + 1) / (frequency + 0.5))
        for term, frequency in document_frequency.items()
    }


def shared_spellings(
    vocabulary_a: set[str], vocabulary_b: set[str], parallel: bool = False
) -> dict[str, str]:
    """Variant stems of either text mapped to one spelling, the same whichever
    text comes first (so swapping the articles mirrors the alignment). With
    `parallel`, B's variants are looked up in a forked child meanwhile."""
    canonical: dict[str, str] = {}
    from_b: Callable[[], dict[str, str]]
    from_b = functools.partial(spelling_aliases, vocabulary_b, vocabulary_a)
    if parallel:
        from_b = forked.start(from_b)
    found = spelling_aliases(vocabulary_a, vocabulary_b)
    found.update(from_b())
    for variant, other in sorted(found.items()):  # sorted: same result every run
        chosen = min(variant, other)
        canonical[variant] = canonical[other] = chosen
    return canonical


def spelling_aliases(vocabulary_a: set[str], vocabulary_b: set[str]) -> dict[str, str]:
    """Map stems found only in A to a variant spelling in B.

    A B stem that begins or ends it (southwestern/southwest, noninterfer/interfer),
    else one a small edit away with the same first three letters (sergei/sergey).
    Lookups are set probes and one C-speed search of a small bucket per stem.
    """
    buckets: dict[str, list[str]] = {}
    for term in sorted(vocabulary_b):
        if MIN_ALIAS_LENGTH <= len(term) <= MAX_ALIAS_LENGTH:
            buckets.setdefault(term[:3], []).append(term)
    aliases: dict[str, str] = {}
    for term in sorted(vocabulary_a - vocabulary_b):
        if MIN_ALIAS_LENGTH <= len(term) <= MAX_ALIAS_LENGTH:
            found = _part_of(term, vocabulary_b) or _near(term, buckets.get(term[:3], []))
            if found:
                aliases[term] = found
    return aliases


def _part_of(term: str, vocabulary: set[str]) -> str | None:
    """The longest stem of `vocabulary` that begins `term` or (if long) ends it."""
    for size in range(len(term) - 1, MIN_ALIAS_LENGTH - 1, -1):
        if term[:size] in vocabulary:
            return term[:size]
        if size >= MIN_CONTAINED and term[-size:] in vocabulary:
            return term[-size:]
    return None


def _near(term: str, choices: list[str]) -> str | None:
    best = process.extractOne(
        term, choices, scorer=Levenshtein.normalized_similarity, score_cutoff=ALIAS_SIMILARITY
    )
    return best[0] if best else None
