"""The aligner: candidates from a rare-word index, clause-level scoring, greedy pairing.

Never scores every sentence pair: each sentence probes an inverted index with its
rarest stems (posting lists capped), and only the few best partners are scored.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reader.core.model import Article, Match
from reader.core.passages import Passages, Piece, build_passages
from reader.core.phrases import shared_phrases
from reader.core.scoring import Scorer, prefix_sums
from reader.core.tokens import TokenTable, shared_spellings, tokenise

MATCH_THRESHOLD = 0.3
POSTING_CAP = 24
PROBES = 6
PARTNERS = 4


@dataclass(frozen=True, slots=True)
class Proposal:
    """A scored pairing of a run of pieces in A with a run of pieces in B."""

    score: float
    a: tuple[Piece, ...]
    b: tuple[Piece, ...]


def align(a: Article, b: Article) -> list[Match]:
    """Verbatim phrases and paraphrased passages shared by `a` and `b`."""
    tokens_a = tokenise(a.text, [sentence.span for sentence in a.sentences])
    tokens_b = tokenise(b.text, [sentence.span for sentence in b.sentences])
    vocabulary_a, vocabulary_b = _vocabulary(tokens_a), _vocabulary(tokens_b)
    aliases = shared_spellings(vocabulary_a, vocabulary_b)
    passages_a = build_passages(tokens_a, a.text, aliases)
    passages_b = build_passages(tokens_b, b.text, aliases)
    scorer = Scorer.from_bags([*passages_a.bags, *passages_b.bags])
    proposals = [
        _refine(passages_a, passages_b, pair, scorer)
        for pair in candidate_pairs(passages_a, passages_b, scorer)
    ]
    matches = [_to_match(p, a, b, passages_a, passages_b) for p in _choose(proposals)]
    phrases = shared_phrases(tokens_a, tokens_b, a.text, b.text, scorer, aliases)
    return sorted([*matches, *_new_phrases(phrases, matches)], key=_match_order)


def _vocabulary(tokens: TokenTable) -> set[str]:
    return {stem for stem, content in zip(tokens.stems, tokens.content) if content}


def candidate_pairs(
    passages_a: Passages, passages_b: Passages, scorer: Scorer
) -> set[tuple[int, int]]:
    """Sentence pairs worth scoring: found from both sides through capped indexes,
    plus sentences repeated word for word (however common their words)."""
    bags_a, bags_b = passages_a.bags, passages_b.bags
    pairs = set(_probe(bags_a, _index(bags_b), scorer))
    pairs.update((i, j) for j, i in _probe(bags_b, _index(bags_a), scorer))
    pairs.update(_repeated(passages_a, passages_b))
    return pairs


def _repeated(passages_a: Passages, passages_b: Passages) -> Iterator[tuple[int, int]]:
    wordings: dict[tuple[str, ...], list[int]] = {}
    for number, pieces in enumerate(passages_b.pieces):
        if pieces:
            wordings.setdefault(_words(pieces, passages_b.tokens), []).append(number)
    for number, pieces in enumerate(passages_a.pieces):
        if pieces:
            for partner in wordings.get(_words(pieces, passages_a.tokens), ())[:PARTNERS]:
                yield number, partner


def _index(bags: Sequence[frozenset[str]]) -> dict[str, list[int]]:
    """Stem -> sentences holding it; stems in too many sentences are dropped."""
    index: dict[str, list[int]] = {}
    for number, bag in enumerate(bags):
        for term in bag:
            index.setdefault(term, []).append(number)
    return {term: posting for term, posting in index.items() if len(posting) <= POSTING_CAP}


def _probe(bags: Sequence[frozenset[str]], index: dict[str, list[int]], scorer: Scorer):
    """(sentence, partner) pairs: partners ranked by the rare weight they share."""
    weights = scorer.weights
    for number, bag in enumerate(bags):
        probes = sorted((weights[term], term) for term in bag if term in index)
        found: dict[int, float] = {}
        for weight, term in probes[-PROBES:]:
            for partner in index[term]:
                found[partner] = found.get(partner, 0.0) + weight
        best = sorted(found, key=lambda partner: (-found[partner], partner))[:PARTNERS]
        yield from ((number, partner) for partner in best)


def _refine(
    passages_a: Passages, passages_b: Passages, pair: tuple[int, int], scorer: Scorer
) -> Proposal:
    """Trim both sentences to the runs of clauses that carry what they share.

    Trimming starts once from each side and keeps the better result, so swapping
    the articles mirrors the outcome.
    """
    pieces_a = passages_a.pieces[pair[0]]
    pieces_b = passages_b.pieces[pair[1]]
    if _words(pieces_a, passages_a.tokens) == _words(pieces_b, passages_b.tokens):
        return Proposal(1.0, tuple(pieces_a), tuple(pieces_b))
    run_a = _best_run(pieces_a, passages_b.bags[pair[1]], scorer)
    run_b = _best_run(pieces_b, _run_bag(run_a), scorer)
    run_a = _best_run(pieces_a, _run_bag(run_b), scorer)
    from_a = Proposal(scorer.score(_run_bag(run_a), _run_bag(run_b)), run_a, run_b)
    if len(pieces_a) == 1 and len(pieces_b) == 1:
        return from_a
    run_b = _best_run(pieces_b, passages_a.bags[pair[0]], scorer)
    run_a = _best_run(pieces_a, _run_bag(run_b), scorer)
    run_b = _best_run(pieces_b, _run_bag(run_a), scorer)
    from_b = Proposal(scorer.score(_run_bag(run_a), _run_bag(run_b)), run_a, run_b)
    return max(from_a, from_b, key=_proposal_rank)


def _proposal_rank(proposal: Proposal) -> tuple[float, int, int]:
    """Best score first, then the longer runs, then the earlier (side-symmetric)."""
    size = len(proposal.a) + len(proposal.b)
    return (round(proposal.score, 9), size, -(proposal.a[0].first + proposal.b[0].first))


def _run_bag(run: Sequence[Piece]) -> frozenset[str]:
    return run[0].stems if len(run) == 1 else frozenset().union(*(p.stems for p in run))


def _best_run(pieces: Sequence[Piece], other: frozenset[str], scorer: Scorer) -> tuple[Piece, ...]:
    """The contiguous run of pieces that best matches `other` (longest on ties)."""
    if len(pieces) == 1:
        return (pieces[0],)
    totals = prefix_sums([scorer.weight(piece.stems) for piece in pieces])
    shared = prefix_sums([scorer.weight(piece.stems & other) for piece in pieces])
    other_total = scorer.weight(other)
    best, best_value = (0, len(pieces)), -1.0
    for low in range(len(pieces)):
        for high in range(len(pieces), low, -1):
            value = scorer.run_value(
                shared[high] - shared[low], totals[high] - totals[low], other_total
            )
            if value > best_value + 1e-9:
                best, best_value = (low, high), value
    return tuple(pieces[best[0] : best[1]])


def _choose(proposals: list[Proposal]) -> list[Proposal]:
    """Greedy one-to-one by score: each clause joins at most one match."""
    proposals.sort(key=_proposal_rank, reverse=True)
    used_a: set[Piece] = set()
    used_b: set[Piece] = set()
    chosen: list[Proposal] = []
    for proposal in proposals:
        if proposal.score < MATCH_THRESHOLD:
            break
        if used_a.isdisjoint(proposal.a) and used_b.isdisjoint(proposal.b):
            used_a.update(proposal.a)
            used_b.update(proposal.b)
            chosen.append(proposal)
    return chosen


def _to_match(
    proposal: Proposal, a: Article, b: Article, passages_a: Passages, passages_b: Passages
) -> Match:
    span_a = _run_span(proposal.a, a, passages_a)
    span_b = _run_span(proposal.b, b, passages_b)
    same = _words(proposal.a, passages_a.tokens) == _words(proposal.b, passages_b.tokens)
    return Match(span_a, span_b, "verbatim" if same else "paraphrase", proposal.score)


def _run_span(run: Sequence[Piece], article: Article, passages: Passages) -> tuple[int, int]:
    """The whole sentence when the run covers it, else the run's words."""
    sentence = run[0].sentence
    if len(run) == len(passages.pieces[sentence]):
        return article.sentences[sentence].span
    return passages.tokens.span(run[0].first, run[-1].last)


def _words(run: Sequence[Piece], tokens: TokenTable) -> tuple[str, ...]:
    return tuple(tokens.words[run[0].first : run[-1].last + 1])


def _new_phrases(phrases: list[Match], matches: list[Match]) -> list[Match]:
    """Phrases not already inside a verbatim sentence match."""
    verbatim = [match for match in matches if match.kind == "verbatim"]
    return [
        phrase
        for phrase in phrases
        if not any(_inside(phrase.a, m.a) and _inside(phrase.b, m.b) for m in verbatim)
    ]


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _match_order(match: Match) -> tuple[int, int, int]:
    return (match.a[0], match.a[1], match.b[0])
