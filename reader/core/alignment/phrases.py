"""Verbatim phrases shared by two texts, after folding case, punctuation and quotes.

Runs of equal words are grown from shared word pairs inside the sentence pairs
the aligner found worth scoring, and kept only when they matter: quoted, or made of
rare words, or a wording of four words or more. "the meeting" or a bare shared
name is trivia, not a finding.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator

from reader.core.alignment.roles import ROLE_STEMS
from reader.core.alignment.scoring import Scorer
from reader.core.alignment.tokens import TokenTable
from reader.core.model import Match

MIN_CONTENT_WORDS = 2
MAX_REPEATS = 8
MIN_UNQUOTED_WORDS = 3
MIN_RARE_WEIGHT = 1.2
MIN_QUOTED_WEIGHT = 0.6
# An unquoted run this long (function words included) is a shared wording even of
# everyday words: "has fallen to his death".
MIN_WORDING_LENGTH = 4
_QUOTES = frozenset("\"'“”‘’«»")


Run = tuple[int, int]
Pair = tuple[int, int]
# A shared run in A and in B, whether its sentence pair is unlinked, and the pair.
Found = tuple[Run, Run, bool, Pair]
# How much of a sentence pair two runs account for: the phrase's score.
Rate = Callable[[Pair, Run, Run], float]
# A shared run in A and in B, and its score as a phrase (None: not worth reporting).
Candidate = tuple[Run, Run, float | None]
# Sentence -> its word pairs and where each starts.
Bigrams = dict[int, dict[tuple[str, str], list[int]]]


def phrase_candidates(
    tokens_a: TokenTable,
    tokens_b: TokenTable,
    texts: tuple[str, str],
    pairs: Iterable[tuple[int, int]],
    scorer: Scorer,
    aliases: dict[str, str],
    linked: Collection[tuple[int, int]],
    rate: Rate,
) -> list[Candidate]:
    """The shared runs of words within the given sentence pairs, each with its score
    (`rate` (sentence pair, run in A, run in B): how much of its two sentences it
    accounts for), or None when it is not worth reporting: inside sentence pairs
    already `linked` as passages, a wording of everyday words adds nothing, only
    quoted or rare phrases count. Each run is judged on its own, so that the pairs
    can be searched in parts (in two processes); `chosen_phrases` picks from all."""
    candidates: list[Candidate] = []
    for run_a, run_b, unlinked, pair in _trimmed_runs(tokens_a, tokens_b, pairs, linked):
        runs = (run_a, run_b)
        worth = _worth_reporting(tokens_a, tokens_b, texts, runs, scorer, aliases, unlinked)
        candidates.append((run_a, run_b, rate(pair, run_a, run_b) if worth else None))
    return candidates


def chosen_phrases(
    tokens_a: TokenTable, tokens_b: TokenTable, candidates: Iterable[Candidate]
) -> list[Match]:
    """The phrases worth reporting, longest first, each word of either text in one."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    phrases: list[Match] = []
    for run_a, run_b, score in sorted(candidates, key=_run_order):
        positions_a = range(run_a[0], run_a[1] + 1)
        positions_b = range(run_b[0], run_b[1] + 1)
        if not (used_a.isdisjoint(positions_a) and used_b.isdisjoint(positions_b)):
            continue
        if score is not None:
            used_a.update(positions_a)
            used_b.update(positions_b)
            phrases.append(Match(tokens_a.span(*run_a), tokens_b.span(*run_b), "verbatim", score))
    return phrases


def _run_order(run: Candidate) -> tuple[int, int, int, int]:
    """Longest first, then earliest in both texts together: the same order whichever
    text is A, so that swapping the articles mirrors the phrases."""
    (first_a, last_a), (first_b, _), _ = run
    return (first_a - last_a, first_a + first_b, min(first_a, first_b), first_a)


def _worth_reporting(
    tokens_a: TokenTable,
    tokens_b: TokenTable,
    texts: tuple[str, str],
    runs: tuple[Run, Run],
    scorer: Scorer,
    aliases: dict[str, str],
    unlinked: bool,
) -> bool:
    quoted = _quoted(tokens_a, texts[0], runs[0]) or _quoted(tokens_b, texts[1], runs[1])
    names = _names_only(tokens_a, texts[0], runs[0]) and _names_only(tokens_b, texts[1], runs[1])
    if names:
        return False
    if unlinked and not quoted and _is_wording(tokens_a, runs[0]):
        return True
    return _rare_enough(tokens_a, runs[0], scorer, aliases, quoted)


def _is_wording(tokens: TokenTable, run: Run) -> bool:
    """Long enough, and of several different words ("storm storm storm" is one)."""
    first, last = run
    stems = {tokens.stems[k] for k in range(first, last + 1) if tokens.content[k]}
    return last - first + 1 >= MIN_WORDING_LENGTH and len(stems) >= MIN_CONTENT_WORDS


def _trimmed_runs(
    tokens_a: TokenTable,
    tokens_b: TokenTable,
    pairs: Iterable[tuple[int, int]],
    linked: Collection[tuple[int, int]],
) -> Iterator[Found]:
    """Shared runs without stopwords at their ends, whether their sentence pair
    is not yet linked, and the pair."""
    bigrams: tuple[Bigrams, Bigrams] = ({}, {})
    for pair in pairs:
        unlinked = pair not in linked
        for first_a, last_a, first_b in _shared_runs(tokens_a, tokens_b, pair, bigrams):
            trimmed = _trim(tokens_a, first_a, last_a)
            if trimmed is not None:
                shift = trimmed[0] - first_a
                length = trimmed[1] - trimmed[0]
                yield trimmed, (first_b + shift, first_b + shift + length), unlinked, pair


def _shared_runs(
    tokens_a: TokenTable,
    tokens_b: TokenTable,
    pair: tuple[int, int],
    bigrams: tuple[Bigrams, Bigrams],
) -> Iterator[tuple[int, int, int]]:
    """Maximal runs of equal words (first_a, last_a, first_b) in a sentence pair;
    `bigrams` caches the word pairs of each text's sentences.

    A's words are scanned in order against B's word pairs, so the first hit on
    a diagonal is a run's start; later hits inside it are skipped.
    """
    words_a = tokens_a.words
    index_a = _sentence_bigrams(tokens_a, pair[0], bigrams[0])
    index_b = _sentence_bigrams(tokens_b, pair[1], bigrams[1])
    first_a, end_a = tokens_a.sentence_ranges[pair[0]]
    end_b = tokens_b.sentence_ranges[pair[1]][1]
    words_b = tokens_b.words
    reached: dict[int, int] = {}
    for i in range(first_a, end_a - 1):
        bigram = (words_a[i], words_a[i + 1])
        positions = index_b.get(bigram, ())
        if len(positions) > MAX_REPEATS or len(index_a[bigram]) > MAX_REPEATS:
            continue  # a word pair repeated all over either sentence: noise
        for j in positions:
            if reached.get(j - i, -1) > i:
                continue
            length = 2
            while (
                i + length < end_a
                and j + length < end_b
                and words_a[i + length] == words_b[j + length]
            ):
                length += 1
            reached[j - i] = i + length
            yield i, i + length - 1, j


def _sentence_bigrams(
    tokens: TokenTable, sentence: int, cache: Bigrams
) -> dict[tuple[str, str], list[int]]:
    found = cache.get(sentence)
    if found is None:
        found = cache[sentence] = _bigrams(tokens.words, *tokens.sentence_ranges[sentence])
    return found


def _bigrams(words: list[str], first: int, end: int) -> dict[tuple[str, str], list[int]]:
    index: dict[tuple[str, str], list[int]] = {}
    for j in range(first, end - 1):
        index.setdefault((words[j], words[j + 1]), []).append(j)
    return index


def _trim(tokens: TokenTable, first: int, last: int) -> tuple[int, int] | None:
    """Drop stopwords at both ends; None when fewer than two content words remain."""
    content = tokens.content
    while first <= last and not content[first]:
        first += 1
    while last >= first and not content[last]:
        last -= 1
    if sum(content[first : last + 1]) < MIN_CONTENT_WORDS:
        return None
    return first, last


def _names_only(tokens: TokenTable, text: str, run: tuple[int, int]) -> bool:
    """Every content word capitalised, a number or a role ("the Troy police chief,
    Charles Craft"): a name or title, not a finding."""
    return all(
        text[tokens.starts[k]].isupper()
        or text[tokens.starts[k]].isdigit()
        or tokens.stems[k] in ROLE_STEMS
        for k in range(run[0], run[1] + 1)
        if tokens.content[k]
    )


def _rare_enough(
    tokens: TokenTable,
    run: tuple[int, int],
    scorer: Scorer,
    aliases: dict[str, str],
    quoted: bool,
) -> bool:
    """Quoted phrases need a little rare weight; unquoted ones more, and 3+ words."""
    stems = {
        aliases.get(tokens.stems[k], tokens.stems[k])
        for k in range(run[0], run[1] + 1)
        if tokens.content[k]
    }
    if quoted:
        return scorer.weight(stems) >= MIN_QUOTED_WEIGHT
    return len(stems) >= MIN_UNQUOTED_WORDS and scorer.weight(stems) >= MIN_RARE_WEIGHT


def _quoted(tokens: TokenTable, text: str, run: tuple[int, int]) -> bool:
    """A quote mark right before or after the run: the phrase itself was quoted."""
    start, end = tokens.starts[run[0]], tokens.ends[run[1]]
    return not _QUOTES.isdisjoint(text[max(0, start - 2) : start] + text[end : end + 2])
