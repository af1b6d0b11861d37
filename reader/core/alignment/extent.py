"""The score a link reports: how much of its two sentences says the same thing.

The aligner trims a sentence pair to the clauses they share, so that one long
sentence can link to two. The trimmed passages' own score says how alike those
clauses are, not how much the sentences agree: "the meeting agreed on this, and
fine-tuning was handed to Dulmatin, a bombmaker still on the run" and "the
meeting agreed on this" share their clause whatever else the first one adds, and
a shared verbatim phrase is word for word the same in both. A user comparing two
quotes, or reading the score of a link, asks how much of the two says the same.

So a link reports a Dice coefficient over the words of its two sentences, where
a sentence's words count when they are

- in the linked passage itself;
- elsewhere in the sentence and shared with the partner sentence (more of the
  same), or content words absent from the whole other text (what only this side
  says), or function words (which every text has: they tell how much more the
  sentence says, not whether the other text says it somewhere);

and not when they lie in clauses linked to other sentences (accounted for by
those links: one sentence told as two) or are content words the other text uses
elsewhere (told there, just not here). For two one-sentence texts this is the
whole-sentence overlap, which tells paraphrases from sentences that add a clause
or a different detail, and a sentence pair scores the same alone or inside long
articles about other things.

Every content word counts 1 and every function word FUNCTION_WEIGHT: the score
measures how much of the sentences is shared, while the rarity of what they share
(`Scorer`) already decided whether they are linked at all. Measured on MSRP train
(sentence pairs, best link's score as the classifier): rarity weights 0.70,
plain counts 0.73; function words at 0.3 better than 0, 0.2 or 0.5.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.alignment.pairing import Proposal
from reader.core.alignment.passages import Passages, Piece
from reader.core.alignment.tokens import STOPWORDS, stem

FUNCTION_WEIGHT = 0.3
# Words are compared by their stems in their shared spelling (as passages are); a
# stem of a function word counts as one ("others" with "other", harmlessly).
_FUNCTION_STEMS = frozenset(map(stem, STOPWORDS))
_LIGHTER = 1 - FUNCTION_WEIGHT

Run = tuple[int, int]  # first and last token of a passage, inclusive
Pair = tuple[int, int]  # sentence of A, sentence of B


@dataclass(frozen=True, slots=True)
class _Side:
    """One text's stems per token in their shared spellings, the content stems the
    text uses, its sentences' token ranges and their links."""

    keys: list[str]
    content: frozenset[str]
    ranges: list[tuple[int, int]]
    links: dict[int, list[tuple[int, int, int]]]  # sentence -> (partner, first, last)
    sole: dict[int, int]  # linked sentence -> its one partner, or -1 for several


class Extents:
    """Scores links between the sentences of two texts, given the passage links chosen."""

    def __init__(
        self,
        passages_a: Passages,
        passages_b: Passages,
        aliases: dict[str, str],
        links: Iterable[Proposal],
    ) -> None:
        chosen = list(links)
        self._a = _side(passages_a, aliases, [(p.a, p.b[0].sentence) for p in chosen])
        self._b = _side(passages_b, aliases, [(p.b, p.a[0].sentence) for p in chosen])

    def of(self, proposal: Proposal) -> float:
        """The score of a chosen passage link."""
        run_a, run_b = proposal.a, proposal.b
        pair = (run_a[0].sentence, run_b[0].sentence)
        return self.score(pair, (run_a[0].first, run_a[-1].last), (run_b[0].first, run_b[-1].last))

    def score(self, pair: Pair, run_a: Run, run_b: Run) -> float:
        """0..1: how much of sentences `pair` the passages `run_a` ~ `run_b` account for."""
        whole_a, own_a = _words(self._a, pair[0], pair[1], run_a)
        whole_b, own_b = _words(self._b, pair[1], pair[0], run_b)
        shared = whole_a & whole_b
        # The counted words lie between the passage's and the whole sentence's.
        if own_a is not whole_a:
            whole_a = own_a | shared | (whole_a - self._b.content)
        if own_b is not whole_b:
            whole_b = own_b | shared | (whole_b - self._a.content)
        # Weights inlined (a content word 1, a function word less): this runs per link.
        lighter = len(whole_a & _FUNCTION_STEMS) + len(whole_b & _FUNCTION_STEMS)
        total = len(whole_a) + len(whole_b) - _LIGHTER * lighter
        common = len(shared) - _LIGHTER * len(shared & _FUNCTION_STEMS)
        return min(1.0, 2 * common / total) if total > 0 else 0.0


def _side(
    passages: Passages, aliases: dict[str, str], runs: list[tuple[tuple[Piece, ...], int]]
) -> _Side:
    tokens = passages.tokens
    keys = list(map(aliases.get, tokens.stems, tokens.stems))
    links: dict[int, list[tuple[int, int, int]]] = {}
    for run, partner in runs:
        links.setdefault(run[0].sentence, []).append((partner, run[0].first, run[-1].last))
    sole = {sentence: _sole(found) for sentence, found in links.items()}
    content = frozenset(keys) - _FUNCTION_STEMS
    return _Side(keys, content, tokens.sentence_ranges, links, sole)


def _sole(links: list[tuple[int, int, int]]) -> int:
    """The one sentence all of `links` go to, or -1 when they go to several."""
    first = links[0][0]
    if len(links) == 1 or all(other == first for other, _, _ in links):
        return first
    return -1


def _words(side: _Side, sentence: int, partner: int, run: Run) -> tuple[set[str], set[str]]:
    """The stems of `sentence` outside its links to other sentences, and of `run`
    (the same set when the run is all of them)."""
    first, end = side.ranges[sentence]
    keys = side.keys
    own = set(keys[run[0] : run[1] + 1])
    if side.sole.get(sentence, partner) == partner:  # no link to another sentence
        if run[0] == first and run[1] == end - 1:
            return own, own
        return set(keys[first:end]), own
    hidden: set[int] = set()
    for other, low, high in side.links[sentence]:
        if other != partner:
            hidden.update(range(low, high + 1))
    hidden.difference_update(range(run[0], run[1] + 1))
    return {keys[k] for k in range(first, end) if k not in hidden}, own
