"""Verbatim phrases shared by two texts, after folding case, punctuation and quotes.

Runs of equal words are grown from shared word pairs (an index over B's word
bigrams, posting lists capped) and kept only when they matter: quoted, or made of
rare words. "the meeting" or a bare shared name is trivia, not a finding.
"""

from __future__ import annotations

from reader.core.model import Match
from reader.core.scoring import Scorer
from reader.core.tokens import TokenTable

POSTING_CAP = 32
MIN_CONTENT_WORDS = 2
MIN_UNQUOTED_WORDS = 3
MIN_RARE_WEIGHT = 1.2
MIN_QUOTED_WEIGHT = 0.6
_QUOTES = frozenset("\"'“”‘’«»")


def shared_phrases(
    tokens_a: TokenTable,
    tokens_b: TokenTable,
    text_a: str,
    text_b: str,
    scorer: Scorer,
    aliases: dict[str, str],
) -> list[Match]:
    """Verbatim matches for shared runs of words that matter, longest first, each
    place in either text used by one phrase only."""
    runs = []
    for first_a, last_a, first_b, _ in _shared_runs(tokens_a, tokens_b):
        trimmed = _trim(tokens_a, first_a, last_a)
        if trimmed is not None:
            shift = trimmed[0] - first_a
            runs.append((trimmed, (first_b + shift, first_b + shift + trimmed[1] - trimmed[0])))
    runs.sort(key=lambda run: (run[0][0] - run[0][1], run[0][0], run[1][0]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    phrases: list[Match] = []
    for run_a, run_b in runs:
        positions_a, positions_b = range(run_a[0], run_a[1] + 1), range(run_b[0], run_b[1] + 1)
        if used_a.isdisjoint(positions_a) and used_b.isdisjoint(positions_b):
            quoted = _quoted(tokens_a, text_a, run_a) or _quoted(tokens_b, text_b, run_b)
            names = _names_only(tokens_a, text_a, run_a) and _names_only(tokens_b, text_b, run_b)
            if not names and _rare_enough(tokens_a, run_a, scorer, aliases, quoted):
                used_a.update(positions_a)
                used_b.update(positions_b)
                phrases.append(Match(tokens_a.span(*run_a), tokens_b.span(*run_b), "verbatim", 1.0))
    return phrases


def _sentence_of(tokens: TokenTable) -> list[int]:
    owner = [0] * len(tokens.words)
    for number, (first, end) in enumerate(tokens.sentence_ranges):
        owner[first:end] = [number] * (end - first)
    return owner


def _shared_runs(tokens_a: TokenTable, tokens_b: TokenTable):
    """Maximal runs of equal words within one sentence on each side."""
    words_a, words_b = tokens_a.words, tokens_b.words
    owner_a, owner_b = _sentence_of(tokens_a), _sentence_of(tokens_b)
    index = _bigram_index(tokens_b, owner_b)
    reached: dict[int, int] = {}  # diagonal (j - i) -> end of the last run found on it
    for i in range(len(words_a) - 1):
        if owner_a[i] != owner_a[i + 1]:
            continue
        for j in index.get((words_a[i], words_a[i + 1]), ()):
            if i < reached.get(j - i, -1):
                continue
            low_a, low_b = i, j
            while (
                low_a > 0
                and low_b > 0
                and owner_a[low_a - 1] == owner_a[i]
                and owner_b[low_b - 1] == owner_b[j]
                and words_a[low_a - 1] == words_b[low_b - 1]
            ):
                low_a, low_b = low_a - 1, low_b - 1
            high_a, high_b = i + 1, j + 1
            while (
                high_a + 1 < len(words_a)
                and high_b + 1 < len(words_b)
                and owner_a[high_a + 1] == owner_a[i]
                and owner_b[high_b + 1] == owner_b[j]
                and words_a[high_a + 1] == words_b[high_b + 1]
            ):
                high_a, high_b = high_a + 1, high_b + 1
            reached[j - i] = high_a + 1
            yield low_a, high_a, low_b, high_b


def _bigram_index(tokens: TokenTable, owner: list[int]) -> dict[tuple[str, str], list[int]]:
    """Word pairs holding a content word -> positions; common pairs dropped."""
    index: dict[tuple[str, str], list[int]] = {}
    words, content = tokens.words, tokens.content
    for j in range(len(words) - 1):
        if owner[j] == owner[j + 1] and (content[j] or content[j + 1]):
            index.setdefault((words[j], words[j + 1]), []).append(j)
    return {pair: posting for pair, posting in index.items() if len(posting) <= POSTING_CAP}


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
    """Every content word capitalised (or a number): a name or title, not a finding."""
    return all(
        text[tokens.starts[k]].isupper() or text[tokens.starts[k]].isdigit()
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
