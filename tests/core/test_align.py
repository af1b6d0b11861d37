"""The aligner against hand-made gold on the seeds, and on small written texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.alignment.align import align
from reader.core.alignment.phrases import chosen_phrases, phrase_candidates
from reader.core.alignment.scoring import Scorer, pair_score
from reader.core.alignment.tokens import content_stems, tokenise
from reader.core.model import Article, Match, Span
from reader.core.reading.loading import article_from_text
from tests.core import gold_seeds


def _locate(article: Article, fragment: str) -> Span:
    start = article.text.find(fragment)
    assert start >= 0, f"gold fragment not in the text: {fragment!r}"
    assert article.text.find(fragment, start + 1) < 0, f"ambiguous fragment {fragment!r}"
    return (start, start + len(fragment))


def _overlaps(first: Span, second: Span) -> bool:
    return first[0] < second[1] and second[0] < first[1]


def _links(article: Article, match_span: Span, fragment: str) -> bool:
    return _overlaps(match_span, _locate(article, fragment))


@pytest.fixture(scope="module")
def seed_matches(seed_a: Article, seed_b: Article) -> list[Match]:
    return [m for m in align(seed_a, seed_b) if m.kind in ("verbatim", "paraphrase")]


def test_seed_gold_pairs_are_all_found(
    seed_a: Article, seed_b: Article, seed_matches: list[Match]
) -> None:
    missing = [
        (fragment_a, fragment_b)
        for fragment_a, fragment_b in gold_seeds.MUST_MATCH
        if not any(
            _links(seed_a, m.a, fragment_a) and _links(seed_b, m.b, fragment_b)
            for m in seed_matches
        )
    ]
    assert missing == []


def test_seed_predictions_are_mostly_gold(
    seed_a: Article, seed_b: Article, seed_matches: list[Match]
) -> None:
    gold = gold_seeds.MUST_MATCH + gold_seeds.ACCEPTABLE
    wrong = [
        (seed_a.span_text(m.a), seed_b.span_text(m.b))
        for m in seed_matches
        if not any(_links(seed_a, m.a, ga) and _links(seed_b, m.b, gb) for ga, gb in gold)
    ]
    assert len(seed_matches) >= len(gold_seeds.MUST_MATCH)
    precision = 1 - len(wrong) / len(seed_matches)
    assert precision >= gold_seeds.MIN_PRECISION, wrong


def test_seed_passages_without_counterpart_stay_unlinked(
    seed_a: Article, seed_b: Article, seed_matches: list[Match]
) -> None:
    for fragment in gold_seeds.UNLINKED_A:
        assert not any(_links(seed_a, m.a, fragment) for m in seed_matches), fragment
    for fragment in gold_seeds.UNLINKED_B:
        assert not any(_links(seed_b, m.b, fragment) for m in seed_matches), fragment


def test_shared_quote_is_a_verbatim_phrase_spanning_just_the_phrase(
    seed_a: Article, seed_b: Article, seed_matches: list[Match]
) -> None:
    phrase = "intractable disagreement"
    verbatim = [
        (seed_a.span_text(m.a), seed_b.span_text(m.b)) for m in seed_matches if m.kind == "verbatim"
    ]
    assert (phrase, phrase) in verbatim


def test_trivial_shared_words_are_not_reported_as_phrases(
    seed_a: Article, seed_b: Article, seed_matches: list[Match]
) -> None:
    phrases = {seed_a.span_text(m.a).lower() for m in seed_matches if m.kind == "verbatim"}
    assert phrases.isdisjoint({"the meeting", "vladimir putin", "rex tillerson", "the two"})


PARAGRAPHS = [
    "The city council approved a new budget for public libraries on Monday. "
    "Librarians welcomed the extra funding for evening opening hours.",
    "A storm flooded the harbour district overnight. "
    "Fishermen reported damaged boats and broken moorings along the pier.",
    "The university announced a research centre for quantum computing. "
    "Its director promised partnerships with local engineering firms.",
]


def test_reordered_paragraphs_still_align() -> None:
    first = article_from_text("\n\n".join(PARAGRAPHS))
    edited = [
        PARAGRAPHS[2].replace("announced", "unveiled"),
        PARAGRAPHS[0].replace("on Monday", "this week"),
        PARAGRAPHS[1].replace("overnight", "during the night"),
    ]
    second = article_from_text("\n\n".join(edited))
    linked = {
        (first.sentence_at(m.a[0]).index, second.sentence_at(m.b[0]).index)
        for m in align(first, second)
    }
    assert linked == {(0, 2), (1, 3), (2, 4), (3, 5), (4, 0), (5, 1)}


def test_unrelated_texts_give_no_matches() -> None:
    first = article_from_text("\n\n".join(PARAGRAPHS))
    second = article_from_text(
        "Tomatoes need plenty of sun and regular watering through the summer. "
        "Gardeners should stake the plants early. Mulch keeps the soil moist."
    )
    assert align(first, second) == []


def test_text_compared_with_itself_links_every_sentence(seed_a: Article) -> None:
    matches = align(seed_a, seed_a)
    sentence_matches = {m.a for m in matches if m.a == m.b}
    worded = [s.span for s in seed_a.sentences if len(seed_a.span_text(s.span).split()) >= 3]
    assert set(worded) <= sentence_matches
    assert all(m.a == m.b for m in matches)


def test_swapping_articles_mirrors_the_matches(seed_a: Article, seed_b: Article) -> None:
    forward = {(m.a, m.b, m.kind) for m in align(seed_a, seed_b)}
    backward = {(m.b, m.a, m.kind) for m in align(seed_b, seed_a)}
    assert forward == backward


def test_spans_index_trimmed_text_inside_one_sentence(
    seed_a: Article, seed_b: Article, seed_matches: list[Match]
) -> None:
    for match in seed_matches:
        for article, span in ((seed_a, match.a), (seed_b, match.b)):
            start, end = span
            assert 0 <= start < end <= len(article.text)
            text = article.text[start:end]
            assert text == text.strip()
            assert article.sentence_at(start) == article.sentence_at(end - 1)
        assert 0.0 <= match.score <= 1.0


def test_pair_score_ranks_paraphrase_above_shared_common_words() -> None:
    sentence = "Putin once again denied Russian involvement in the election."
    paraphrase = "During the meeting, Putin denied being involved in the election."
    unrelated = "The meeting in the city was once again about the weather."
    assert pair_score(sentence, paraphrase) > 0.5
    assert pair_score(sentence, unrelated) < 0.2
    assert pair_score(sentence, sentence) == pytest.approx(1.0)


def test_sentence_with_two_ideas_links_each_clause_to_its_own_partner() -> None:
    first = article_from_text(
        "The city council approved funding for the new harbour bridge on Tuesday, "
        "and the mayor promised free evening buses for university students."
    )
    second = article_from_text(
        "Evening buses will be free for university students, the mayor promised. "
        "Separately, councillors approved money for a new bridge over the harbour."
    )
    pairs = {(first.span_text(m.a), second.sentence_at(m.b[0]).index) for m in align(first, second)}
    assert pairs == {
        ("The city council approved funding for the new harbour bridge on Tuesday", 1),
        ("the mayor promised free evening buses for university students", 0),
    }


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [("", ""), ("Hello.", ""), ("😊 ()", "😊 ()"), ("Advertisement", "Advertisement")],
)
def test_empty_symbol_only_and_boilerplate_texts_give_no_matches(text_a: str, text_b: str) -> None:
    assert align(article_from_text(text_a), article_from_text(text_b)) == []


_WORDS = ["Putin", "denied", "Russian", "involvement", "meeting", "the", "and", "of"]
_WORDS += ["ceasefire", "Syria", "deal", "hindrance", "said", "interference", "2016"]
_SENTENCE = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(
    lambda words: " ".join(words).capitalize() + "."
)
_TEXT = st.lists(_SENTENCE, min_size=1, max_size=10).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_TEXT, _TEXT)
def test_any_texts_give_mirrored_matches_on_trimmed_spans(text_a: str, text_b: str) -> None:
    first, second = article_from_text(text_a), article_from_text(text_b)
    forward = align(first, second)
    assert {(m.a, m.b, m.kind) for m in forward} == {
        (m.b, m.a, m.kind) for m in align(second, first)
    }
    for match in forward:
        for article, (start, end) in ((first, match.a), (second, match.b)):
            assert article.text[start:end] == article.text[start:end].strip() != ""


def test_everyday_wording_is_a_phrase_only_where_no_passage_links_the_sentences() -> None:
    first = article_from_text("A British climber has fallen to his death in the park.")
    second = article_from_text("Police said a tourist has fallen to his death on Monday.")
    tokens = [tokenise(x.text, [s.span for s in x.sentences]) for x in (first, second)]
    scorer = Scorer.from_bags([content_stems(first.text), content_stems(second.text)])
    texts = (first.text, second.text)

    def rate(pair: tuple[int, int], run_a: tuple[int, int], run_b: tuple[int, int]) -> float:
        return 1.0  # which phrases are found does not depend on their score

    def phrases(linked: set[tuple[int, int]]) -> list[Match]:
        found = phrase_candidates(*tokens, texts, [(0, 0)], scorer, {}, linked, rate)
        return chosen_phrases(*tokens, found)

    assert [(first.span_text(m.a), second.span_text(m.b)) for m in phrases(set())] == [
        ("fallen to his death", "fallen to his death")
    ]
    assert phrases({(0, 0)}) == []


def test_a_wording_links_a_sentence_whose_passage_lost_to_better_partners() -> None:
    # B's lead has two better partners in A; A's lead shares "fallen to his death"
    # with it and scores above the threshold, yet is not linked: the wording is.
    first = article_from_text(
        "A British climber has fallen to his death in New Zealand. "
        "Robert Buckley was the second climber to die in the Aoraki Mount Cook national "
        "park at the weekend. He had been climbing to a small hut in the Aoraki Mount "
        "Cook national park on Saturday."
    )
    second = article_from_text(
        "A second man has fallen to his death in the Aoraki Mount Cook national park."
    )
    phrases = [
        (first.span_text(m.a), second.span_text(m.b))
        for m in align(first, second)
        if m.kind == "verbatim"
    ]
    assert phrases == [("fallen to his death", "fallen to his death")]


def test_two_attributions_of_one_titled_person_are_no_match() -> None:
    first = article_from_text(
        "The shooting happened in Troy on Monday. "
        '"It doesn\'t look random," the Troy police chief, Charles Craft, said.'
    )
    second = article_from_text(
        "Reporters waited in Troy for Charles Craft. "
        "Troy Police Chief Charles Craft said the building had no guards."
    )
    assert align(first, second) == []


def test_one_statement_by_a_titled_person_still_matches() -> None:
    first = article_from_text(
        "Police chief Charles Craft said the gunman fled north in a blue car."
    )
    second = article_from_text("The gunman fled north in a blue car, Chief Craft said.")
    assert [match.kind for match in align(first, second)] == ["paraphrase"]
