"""Identical stretches match sentence by sentence; what one article alone has is only_a / only_b."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.model import Article, Sentence
from reader.core.only_here import only_here

STORY = (
    "The mayor opened the new bridge on Monday. Crowds lined the river banks.\n\n"
    "Engineers said the span took four years to build. It cost the city a great deal.\n\n"
    "Traffic will start flowing on Tuesday morning."
)


def test_identical_articles_match_sentence_by_sentence_word_for_word(seed_a: Article) -> None:
    comparison = compare(seed_a, seed_a)
    passages = [match for match in comparison.matches if match.kind != "fact"]
    sentences = [sentence.span for sentence in seed_a.sentences]
    worded = [span for span in sentences if len(seed_a.span_text(span).split()) >= 3]
    assert {m.kind for m in passages} == {"verbatim"}
    assert [m.a for m in passages] == [m.b for m in passages]
    assert {m.a for m in passages} <= set(sentences)
    assert {m.a for m in passages} >= set(worded)
    assert comparison.only("a") == () and comparison.only("b") == ()


def test_a_quote_of_two_sentences_pairs_each_sentence_with_its_own() -> None:
    quote = '"Mo bleeds 76ers. He bleeds Philadelphia," King said of the new coach.'
    other = 'The team president was glowing. "Mo bleeds 76ers. He bleeds Philadelphia."'
    comparison = compare(quote, other)
    pairs = [
        (quote[m.a[0] : m.a[1]].strip('",. '), other[m.b[0] : m.b[1]].strip('",. '))
        for m in comparison.matches
        if m.kind == "verbatim"
    ]
    assert pairs == [
        ("Mo bleeds 76ers", "Mo bleeds 76ers"),
        ("He bleeds Philadelphia", "He bleeds Philadelphia"),
    ]


def test_a_changed_sentence_leaves_the_others_matched_to_themselves() -> None:
    edited = STORY.replace("It cost the city a great deal.", "Nobody would say what it cost.")
    comparison = compare(STORY, edited)
    verbatim = {STORY[m.a[0] : m.a[1]] for m in comparison.matches if m.kind == "verbatim"}
    assert all(m.a == m.b for m in comparison.matches if m.kind == "verbatim")
    assert "Engineers said the span took four years to build." in verbatim
    assert "Traffic will start flowing on Tuesday morning." in verbatim
    assert not any("cost" in text for text in verbatim)


def test_only_here_passages_are_whole_sentences_no_match_touches() -> None:
    extra = STORY + "\n\nA second bridge is planned for 2030, officials added."
    comparison = compare(STORY, extra)
    assert comparison.only("a") == ()
    ((start, end),) = comparison.only("b")
    assert extra[start:end] == "A second bridge is planned for 2030, officials added."
    data = comparison.to_dict()
    assert data["only_a"] == [] and data["only_b"] == [[start, end]]


def test_only_here_joins_untouched_sentences_of_one_block() -> None:
    sentences = [
        Sentence(0, (0, 10), 0),
        Sentence(1, (11, 20), 0),
        Sentence(2, (21, 30), 0),
        Sentence(3, (32, 40), 1),
    ]
    assert only_here(sentences, [(12, 15)]) == ((0, 10), (21, 30), (32, 40))
    assert only_here(sentences[:2], []) == ((0, 20),)
    # spans in the gaps between sentences touch none
    assert only_here(sentences, [(10, 11), (30, 32)]) == ((0, 30), (32, 40))


def test_runs_are_the_same_whichever_article_is_a() -> None:
    # Repeated text (found by the hardening property): runs must not chain one way only.
    text_a = "Putin putin putin. Putin putin. Sergei lavrov putin putin putin. Putin. Putin putin."
    text_b = "Sergei lavrov putin. " + text_a
    forward = {(m.a, m.b, m.kind) for m in compare(text_a, text_b).matches if m.kind != "fact"}
    backward = {(m.b, m.a, m.kind) for m in compare(text_b, text_a).matches if m.kind != "fact"}
    assert forward == backward
