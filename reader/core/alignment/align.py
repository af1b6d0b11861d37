"""The aligner: candidates from a rare-word index, clause-level scoring, greedy pairing.

Never scores every sentence pair: each sentence probes an inverted index with its
rarest stems (posting lists capped), and only the few best partners are scored.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from reader.core import forked
from reader.core.alignment.extent import Extents
from reader.core.alignment.halves import Pair, trim_in_halves
from reader.core.alignment.pairing import Proposal, choose, refine
from reader.core.alignment.passages import CLAUSE_OPENERS, Passages, Piece, build_passages
from reader.core.alignment.phrases import Candidate, chosen_phrases, phrase_candidates
from reader.core.alignment.repeats import sure_repeats
from reader.core.alignment.scoring import MIN_SHARED_STEMS, Scorer
from reader.core.alignment.synonyms import synonym_aliases
from reader.core.alignment.threshold import MATCH_THRESHOLD
from reader.core.alignment.tokens import TokenTable, shared_spellings, tokenise
from reader.core.collector import collector_paused
from reader.core.model import Article, Match
from reader.core.story import SAME_STORY

# How much higher a link must score when the articles look like different stories
# (documents_similarity 0), raised in proportion below SAME_STORY.
STORY_GATE = 0.3
MIN_REPEATED_WORDS = 3
POSTING_CAP = 24
PROBES = 6
PARTNERS = 3
# Pairs to trim from which trimming half of them in a forked child saves more than
# the fork costs.
PARALLEL_TRIMS = 1000
# Characters of B from which tokenising it (and looking up its spelling variants)
# in a forked child pays for the fork, and sentences of B from which probing with
# them does.
PARALLEL_CHARACTERS = 50_000
PARALLEL_SENTENCES = 400
# Sentence pairs to search for shared phrases from which searching them in a forked
# child, while this process makes the passage links into matches, pays for the fork.
PARALLEL_PHRASES = 1000


Similarity = float | Callable[[], float]
# Whether to hand work to forked children: always, never, or where a callable
# asked at each step says that a core is free.
Parallel = bool | Callable[[], bool]


def align(
    a: Article,
    b: Article,
    *,
    min_score: float | None = None,
    similarity: Similarity | None = None,
    parallel: Parallel = False,
) -> list[Match]:
    """Verbatim phrases and paraphrased passages shared by `a` and `b` scoring at
    least `min_score`, raised when the articles look like different stories.

    `similarity` is their documents_similarity, or a callable giving it (asked
    only once the candidates are scored, so that another process can compute it
    meanwhile); computed here when not given. `parallel` hands parts of the work
    (tokenising B, probing with B's sentences, trimming half of the related pairs)
    to forked children, at each step where it is a callable that says a core is
    free: for the single-threaded CLI only.
    """
    if similarity is None:
        # Imported when needed: `compare` computes it in its forked child.
        from reader.core.folders.similarity import documents_similarity

        similarity = functools.partial(documents_similarity, a.text, b.text)
    base = MATCH_THRESHOLD if min_score is None else min_score
    with collector_paused():
        return _align(a, b, base, similarity, parallel)


def _spare_core(parallel: Parallel) -> bool:
    return parallel() if callable(parallel) else parallel


def gated_score(min_score: float, similarity: float) -> float:
    """The threshold for articles this similar: weak links only within one story."""
    doubt = max(0.0, SAME_STORY - similarity) / SAME_STORY
    return min_score + STORY_GATE * doubt


def _align(
    a: Article, b: Article, base: float, similarity: Similarity, parallel: Parallel
) -> list[Match]:
    passages_a, passages_b, scorer, aliases = _prepare(a, b, parallel)
    probing_b = _spare_core(parallel) and len(passages_b.bags) >= PARALLEL_SENTENCES
    repeated, once = _repeated(passages_a, passages_b)
    pairs = sorted(candidate_pairs(passages_a, passages_b, scorer, repeated, probing_b))
    # Trimming lifts a pair's score by little more than 2x: below a third of the
    # threshold a pair is not worth trimming. The threshold itself waits for the
    # similarity (the gate only raises it).
    floor = min(base, MATCH_THRESHOLD) / 3
    # Sentences repeated word for word sure to be matched whole: no other pair of
    # theirs is scored or trimmed, and their pairs join the chosen links without
    # the pairing.
    sure = sure_repeats(pairs, once, passages_a, passages_b, scorer, floor)
    taken_a, taken_b = {i for i, _ in sure}, {j for _, j in sure}
    if sure:
        pairs = [pair for pair in pairs if pair[0] not in taken_a and pair[1] not in taken_b]
    repeated, sharing, related = _sift(pairs, passages_a, passages_b, scorer)
    to_trim = [(i, j, full) for i, j, full in related if full >= floor]
    trim = functools.partial(_trim, passages_a.pieces, passages_b.pieces, scorer)
    if parallel and len(to_trim) >= PARALLEL_TRIMS:
        spare_core = functools.partial(_spare_core, parallel)
        pieces = (passages_a.pieces, passages_b.pieces)
        refined = trim_in_halves(to_trim, trim, *pieces, spare_core, PARALLEL_TRIMS)
    else:
        refined = trim(to_trim)
    similar = similarity() if callable(similarity) else similarity
    chosen = _chosen(passages_a, passages_b, scorer, repeated, refined, gated_score(base, similar))
    repeats = [_whole(passages_a, passages_b, pair) for pair in sure]
    # Chosen on the evidence of what the passages share (the story gate raises the
    # bar); kept when they account for enough of their sentences (`extent`). Two
    # sentences repeated word for word and linked to nothing else share all: 1.
    extents = Extents(passages_a, passages_b, aliases, [*chosen, *repeats])
    scored = [(p, extents.of(p)) for p in chosen] + [(p, 1.0) for p in repeats]
    chosen += repeats
    settled = _verbatim_sentences(chosen, passages_a, passages_b)
    # Every candidate sharing two stems (a phrase needs two content words), even one
    # scoring 0 ("Mo is family": a name and one everyday word), may share a wording.
    open_pairs = [(i, j) for i, j in sharing if (0, i) not in settled and (1, j) not in settled]
    texts = (a.text, b.text)
    tokens = (passages_a.tokens, passages_b.tokens)
    # Pairs linked at the default threshold, whatever --min-score is (a higher one
    # never shows more): an everyday wording adds nothing to their link. A pair
    # scoring above it that lost to its sentences' better partners is not linked.
    if base != MATCH_THRESHOLD:
        default = gated_score(MATCH_THRESHOLD, similar)
        chosen_by_default = _chosen(passages_a, passages_b, scorer, repeated, refined, default)
        chosen_by_default += repeats
    else:
        chosen_by_default = chosen
    linked = {(p.a[0].sentence, p.b[0].sentence) for p in chosen_by_default}

    def phrases_in(pairs: Sequence[Pair]) -> list[Candidate]:
        return phrase_candidates(*tokens, texts, pairs, scorer, aliases, linked, extents.score)

    # With a core free, the later pairs are searched in a child while here the
    # passage links become matches and the first third of the pairs is searched
    # (searched in one go otherwise: each sentence's word pairs are listed once).
    first = len(open_pairs)
    later: Callable[[], list[Candidate]] = list
    if first >= PARALLEL_PHRASES and _spare_core(parallel):
        first //= 3
        later = forked.start(functools.partial(phrases_in, open_pairs[first:]))
    matches = [
        _to_match(p, score, a, b, passages_a, passages_b) for p, score in scored if score >= base
    ]
    phrases = chosen_phrases(*tokens, [*phrases_in(open_pairs[:first]), *later()])
    # A phrase is word for word the same, but like any link it shows when it is
    # enough of its sentences: `--min-score` bounds every score shown.
    phrases = [phrase for phrase in phrases if phrase.score >= base]
    return sorted([*matches, *phrases], key=_match_order)


def _chosen(
    passages_a: Passages,
    passages_b: Passages,
    scorer: Scorer,
    repeated: Sequence[Pair],
    refined: Sequence[tuple[float, Proposal]],
    min_score: float,
) -> list[Proposal]:
    """The links at `min_score`: repeated sentences and the trimmed pairs worth it."""
    proposals = [_whole(passages_a, passages_b, pair) for pair in repeated]
    proposals += [proposal for full, proposal in refined if full >= min_score / 3]
    return choose(proposals, passages_a.pieces, passages_b.pieces, scorer, min_score)


def _prepare(
    a: Article, b: Article, parallel: Parallel
) -> tuple[Passages, Passages, Scorer, dict[str, str]]:
    """Tokens and clause pieces of both texts, shared spellings and synonyms, IDF
    over both. With `parallel`, B is tokenised in a forked child meanwhile (its
    tokens pickle back in a tenth of the time they take to find), and B's
    spelling variants are looked up in another."""
    tokens_b: Callable[[], TokenTable] = functools.partial(
        tokenise, b.text, [sentence.span for sentence in b.sentences]
    )
    long_b = len(b.text) >= PARALLEL_CHARACTERS
    if long_b and _spare_core(parallel):
        tokens_b = forked.start(tokens_b)
    tokens_a = tokenise(a.text, [sentence.span for sentence in a.sentences])
    table_b = tokens_b()
    vocabulary_a, vocabulary_b = _vocabulary(tokens_a), _vocabulary(table_b)
    aliases = shared_spellings(vocabulary_a, vocabulary_b, long_b and _spare_core(parallel))
    names_a, names_b = _names(tokens_a), _names(table_b)
    aliases |= synonym_aliases(
        vocabulary_a - aliases.keys(), vocabulary_b - aliases.keys(), names_a | names_b
    )
    passages_a = build_passages(tokens_a, a.text, aliases)
    passages_b = build_passages(table_b, b.text, aliases)
    names = names_a & names_b
    scorer = Scorer.from_bags([*passages_a.bags, *passages_b.bags], names)
    return passages_a, passages_b, scorer, aliases


def _names(tokens: TokenTable) -> frozenset[str]:
    """Stems written capitalised wherever they occur, at least once inside a sentence."""
    stems, capitalised = tokens.stems, tokens.capitalised
    lower = set(itertools.compress(stems, map(operator.not_, capitalised)))
    upper = set(itertools.compress(stems, capitalised)) - lower
    # A sentence's first word says nothing: a stem seen capitalised only there is no name.
    opening = Counter(
        stems[first]
        for first, end in tokens.sentence_ranges
        if first < end and stems[first] in upper
    )
    if not opening:
        return frozenset(upper)
    seen = Counter(stem for stem in itertools.compress(stems, capitalised) if stem in opening)
    return frozenset(stem for stem in upper if seen[stem] > opening[stem] or stem not in opening)


def _verbatim_sentences(
    chosen: list[Proposal], passages_a: Passages, passages_b: Passages
) -> set[tuple[int, int]]:
    """(side, sentence) of sentences wholly matched word for word: no phrase search.

    Either side may be the whole sentence (the other a clause of a longer one), so
    that swapping the articles settles the same sentences.
    """
    settled: set[tuple[int, int]] = set()
    for proposal in chosen:
        sentence_a, sentence_b = proposal.a[0].sentence, proposal.b[0].sentence
        whole = len(proposal.a) == len(passages_a.pieces[sentence_a]) or len(proposal.b) == len(
            passages_b.pieces[sentence_b]
        )
        if whole and _same_words(proposal.a, passages_a.tokens, proposal.b, passages_b.tokens):
            settled.update(((0, sentence_a), (1, sentence_b)))
    return settled


def _trim(
    pieces_a: Sequence[Sequence[Piece]],
    pieces_b: Sequence[Sequence[Piece]],
    scorer: Scorer,
    related: Sequence[tuple[int, int, float]],
) -> list[tuple[float, Proposal]]:
    """Related pairs trimmed to the clauses they share, with their whole-sentence score."""
    return [(full, refine(pieces_a[i], pieces_b[j], scorer)) for i, j, full in related]


def _sift(
    pairs: Sequence[Pair], passages_a: Passages, passages_b: Passages, scorer: Scorer
) -> tuple[list[Pair], list[Pair], list[tuple[int, int, float]]]:
    """Split candidates (in order) into sentences repeated word for word, pairs
    sharing two stems or more, and those of them related (with their whole-sentence
    score); drop the rest."""
    repeated: list[Pair] = []
    sharing: list[Pair] = []
    related: list[tuple[int, int, float]] = []
    bags_a, bags_b = passages_a.bags, passages_b.bags
    for pair in pairs:
        i, j = pair
        bag_a, bag_b = bags_a[i], bags_b[j]
        shared = bag_a & bag_b
        if len(shared) > 1:
            sharing.append(pair)
        same_stems = len(shared) == len(bag_a) == len(bag_b)
        if same_stems and _repeated_words(pair, passages_a, passages_b):
            repeated.append(pair)
        elif len(shared) >= MIN_SHARED_STEMS:  # fewer score 0
            total = scorer.piece_weight(bag_a) + scorer.piece_weight(bag_b)
            full = scorer.shared_score(shared, total)
            if full > 0:
                related.append((i, j, full))
    return repeated, sharing, related


def _repeated_words(pair: Pair, passages_a: Passages, passages_b: Passages) -> bool:
    pieces_a, pieces_b = passages_a.pieces[pair[0]], passages_b.pieces[pair[1]]
    return _long_enough(pieces_a) and _same_words(
        pieces_a, passages_a.tokens, pieces_b, passages_b.tokens
    )


def _whole(passages_a: Passages, passages_b: Passages, pair: tuple[int, int]) -> Proposal:
    return Proposal(1.0, tuple(passages_a.pieces[pair[0]]), tuple(passages_b.pieces[pair[1]]))


def _vocabulary(tokens: TokenTable) -> set[str]:
    return set(itertools.compress(tokens.stems, tokens.content))


def candidate_pairs(
    passages_a: Passages,
    passages_b: Passages,
    scorer: Scorer,
    repeated: Iterable[Pair],
    parallel: bool = False,
) -> set[Pair]:
    """Sentence pairs worth scoring: found from both sides through capped indexes,
    plus the sentences `repeated` word for word (however common their words). With
    `parallel`, B's sentences probe A's index in a forked child meanwhile."""
    from_b: Callable[[], list[Pair]]
    from_b = functools.partial(_probed_from_b, passages_a.bags, passages_b.bags, scorer)
    if parallel:
        from_b = forked.start(from_b)
    pairs = set(_probe(passages_a.bags, _index(passages_b.bags), scorer))
    pairs.update(from_b())
    pairs.update(repeated)
    return pairs


def _probed_from_b(
    bags_a: Sequence[frozenset[str]], bags_b: Sequence[frozenset[str]], scorer: Scorer
) -> list[Pair]:
    return [(i, j) for j, i in _probe(bags_b, _index(bags_a), scorer)]


def _long_enough(pieces: Sequence[Piece]) -> bool:
    """Repeated one- or two-word lines ("Advertisement", "Read more") are boilerplate."""
    return bool(pieces) and pieces[-1].last - pieces[0].first + 1 >= MIN_REPEATED_WORDS


def _repeated(passages_a: Passages, passages_b: Passages) -> tuple[list[Pair], dict[int, int]]:
    """Sentence pairs repeated word for word (the first PARTNERS partners of each
    sentence of A), and the sentences of A whose wording each text holds only once,
    with their partner (in order)."""
    # A sentence's pieces cover its tokens: its wording is its words, long enough
    # (`_long_enough`) when three or more.
    wordings: dict[tuple[str, ...], list[int]] = {}
    words = passages_b.tokens.words
    for number, (first, end) in enumerate(passages_b.tokens.sentence_ranges):
        if end - first >= MIN_REPEATED_WORDS:
            wordings.setdefault(tuple(words[first:end]), []).append(number)
    pairs: list[Pair] = []
    single: dict[tuple[str, ...], int] = {}  # wording B holds once -> its sentence of A, or -1
    words = passages_a.tokens.words
    for number, (first, end) in enumerate(passages_a.tokens.sentence_ranges):
        if end - first >= MIN_REPEATED_WORDS:
            wording = tuple(words[first:end])
            partners = wordings.get(wording)
            if partners:
                pairs.extend((number, partner) for partner in partners[:PARTNERS])
                if len(partners) == 1:
                    single[wording] = -1 if wording in single else number
    once = {number: wordings[wording][0] for wording, number in single.items() if number >= 0}
    return pairs, once


def _index(bags: Sequence[frozenset[str]]) -> dict[str, list[int]]:
    """Stem -> sentences holding it; stems in too many sentences are dropped."""
    index: dict[str, list[int]] = {}
    for number, bag in enumerate(bags):
        for term in bag:
            index.setdefault(term, []).append(number)
    return {term: posting for term, posting in index.items() if len(posting) <= POSTING_CAP}


def _probe(
    bags: Sequence[frozenset[str]], index: dict[str, list[int]], scorer: Scorer
) -> Iterator[tuple[int, int]]:
    """(sentence, partner) pairs: partners ranked by the rare weight they share."""
    weights = scorer.weights
    for number, bag in enumerate(bags):
        probes = sorted([(weights[term], term) for term in bag if term in index])
        found: dict[int, float] = {}
        for weight, term in probes[-PROBES:]:
            for partner in index[term]:
                found[partner] = found.get(partner, 0.0) + weight
        yield from ((number, partner) for partner in _best_partners(found))


def _best_partners(found: dict[int, float]) -> list[int]:
    """The PARTNERS partners sharing the most weight (the first ones on ties).

    Only the weights are sorted (floats, in C), then the few partners at or above
    the cut."""
    if len(found) <= PARTNERS:
        return list(found)
    cut = sorted(found.values())[-PARTNERS]
    best = [partner for partner, weight in found.items() if weight >= cut]
    if len(best) > PARTNERS:  # ties at the cut
        best = sorted(best, key=lambda partner: (-found[partner], partner))[:PARTNERS]
    return best


def _to_match(
    proposal: Proposal,
    score: float,
    a: Article,
    b: Article,
    passages_a: Passages,
    passages_b: Passages,
) -> Match:
    span_a = _run_span(proposal.a, a, passages_a)
    span_b = _run_span(proposal.b, b, passages_b)
    same = _same_words(proposal.a, passages_a.tokens, proposal.b, passages_b.tokens)
    return Match(span_a, span_b, "verbatim" if same else "paraphrase", score)


def _run_span(run: Sequence[Piece], article: Article, passages: Passages) -> tuple[int, int]:
    """The whole sentence when the run covers it, else the run's words without
    the conjunction that opened its clause ("and the mayor promised…")."""
    sentence = run[0].sentence
    if len(run) == len(passages.pieces[sentence]):
        return article.sentences[sentence].span
    first, last = run[0].first, run[-1].last
    if first < last and passages.tokens.words[first] in CLAUSE_OPENERS:
        first += 1
    return passages.tokens.span(first, last)


def _same_words(
    run_a: Sequence[Piece], tokens_a: TokenTable, run_b: Sequence[Piece], tokens_b: TokenTable
) -> bool:
    """Whether the two runs have the same words, told apart by their counts first
    (no tuples made)."""
    first_a, end_a = run_a[0].first, run_a[-1].last + 1
    first_b, end_b = run_b[0].first, run_b[-1].last + 1
    return (
        end_a - first_a == end_b - first_b
        and tokens_a.words[first_a:end_a] == tokens_b.words[first_b:end_b]
    )


def _match_order(match: Match) -> tuple[int, int, int]:
    return (match.a[0], match.a[1], match.b[0])
