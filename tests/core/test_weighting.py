"""Term weights that work at any length, one-to-many links and the same-story measure."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader import compare
from reader.core.alignment.align import align, gated_score
from reader.core.alignment.prior import rarity
from reader.core.alignment.scoring import Scorer
from reader.core.alignment.tokens import stem
from reader.core.folders.similarity import documents_similarity
from reader.core.reading.loading import article_from_text
from reader.core.story import story_label
from tests.core.short_pair import SHORT_A, SHORT_B


def test_english_rarity_orders_common_words_below_rare_ones() -> None:
    assert rarity(stem("the")) == 0.0
    assert rarity(stem("meeting")) < rarity(stem("ceasefire")) <= 1.0
    assert rarity("zqxwv") == 1.0  # unknown words count as rare


def test_one_sentence_each_weighs_words_by_english_rarity() -> None:
    # Two bags alone: every shared word would weigh nothing by the texts' own counts.
    scorer = Scorer.from_bags([{"host", "oscar", "degeneres"}, {"host", "oscar", "degeneres"}])
    assert scorer.weights["degeneres"] > scorer.weights["oscar"] > scorer.weights["host"] > 0


def test_two_short_paraphrases_match() -> None:
    matches = compare(SHORT_A, SHORT_B).matches
    assert [match.kind for match in matches] == ["paraphrase"]
    assert matches[0].score > 0.5


def test_headlines_sharing_the_story_words_match_inside_long_articles() -> None:
    story = "Ellen DeGeneres will host the Oscars in March, the Academy said on Tuesday. "
    filler_a = " ".join(
        f"DeGeneres hosted the Oscars in {year} and said the Oscars were fun." for year in range(8)
    )
    filler_b = " ".join(
        f"The Oscars host DeGeneres told fans about show number {n}." for n in range(8)
    )
    a = article_from_text(f"Ellen DeGeneres To Host Oscars\n\n{story}{filler_a}")
    b = article_from_text(f"Ellen DeGeneres Returns to Host the Oscars\n\n{story}{filler_b}")
    headline_a = a.text.index("Ellen DeGeneres To Host")
    headline_b = b.text.index("Ellen DeGeneres Returns")
    assert any(m.a[0] == headline_a and m.b[0] == headline_b for m in align(a, b))


def test_a_sentence_told_twice_in_the_other_article_links_to_both() -> None:
    a = article_from_text(
        "Firefighters rescued forty sailors from the capsized trawler off Galway harbour."
    )
    b = article_from_text(
        "Firefighters rescued forty sailors from a capsized trawler near Galway harbour. "
        "Police said the weather was calm. "
        "Forty sailors were rescued by firefighters from the capsized Galway trawler."
    )
    partners = {m.b for m in align(a, b) if m.kind in ("paraphrase", "verbatim")}
    assert partners == {b.sentences[0].span, b.sentences[2].span}


def test_same_story_scores_above_a_different_story() -> None:
    quake = "A magnitude 6.1 earthquake struck Napa, California, injuring 120 people."
    retold = "The 6.1 quake that hit Napa in California left 120 people injured."
    other = "Hugh Jackman will host the Academy Awards ceremony in Hollywood next year."
    same = documents_similarity(quake, retold)
    assert same > documents_similarity(quake, other)
    assert story_label(same) == "same story"
    assert story_label(documents_similarity(quake, other)) == "different stories?"


def test_weak_links_need_more_when_the_stories_differ() -> None:
    assert gated_score(0.15, 0.9) == 0.15
    assert gated_score(0.15, 0.0) > gated_score(0.15, 0.1) > 0.15


def test_min_score_keeps_fewer_links_as_it_rises() -> None:
    counts = [len(compare(SHORT_A, SHORT_B, min_score=score).matches) for score in (0.0, 0.5, 0.99)]
    assert counts[0] >= counts[1] >= counts[2]
    assert counts[2] == 0


def test_json_carries_the_documents_similarity_and_story() -> None:
    data = compare(SHORT_A, SHORT_B).to_dict()
    assert 0.5 < data["documents_similarity"] <= 1.0
    assert data["story"] == "same story"


_WORDS = st.sampled_from(
    [
        *("storm", "harbour", "sailors", "rescued", "trawler", "Galway", "flooded"),
        *("forty", "firefighters", "capsized", "minister", "said", "the", "a", "of"),
        *("meeting", "police", "court"),
    ]
)
_SENTENCE = st.lists(_WORDS, min_size=3, max_size=9).map(lambda words: " ".join(words) + ".")
_TEXT = st.lists(_SENTENCE, min_size=1, max_size=5).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(_TEXT, _TEXT)
def test_links_are_symmetric_and_deterministic(text_a: str, text_b: str) -> None:
    a, b = article_from_text(text_a), article_from_text(text_b)
    forward = [(m.a, m.b, m.kind, round(m.score, 9)) for m in align(a, b)]
    backward = {(m.b, m.a, m.kind, round(m.score, 9)) for m in align(b, a)}
    assert set(forward) == backward
    assert forward == [(m.a, m.b, m.kind, round(m.score, 9)) for m in align(a, b)]
