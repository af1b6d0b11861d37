"""A link's score: how much of its two sentences says the same, on short and long inputs."""

from __future__ import annotations

import pytest

from reader import compare
from reader.core.model import Comparison, Match
from tests.core.short_pair import SHORT_A, SHORT_B

REPORT = "The company said profits rose 5 percent in the third quarter."
RETOLD = "Profits at the company rose 5 percent in the third quarter, it said."
ADDS_A_CLAUSE = (
    "The company said profits rose 5 percent in the third quarter, "
    "and it will cut 2,000 jobs in Europe next year."
)
# Sentences about other things, sharing no word with the pair above or each other.
FILLER_A = (
    "Heavy rain flooded the valley roads overnight. Farmers counted cattle lost to the "
    "storm. The mayor opened two shelters downtown."
)
FILLER_B = (
    "A new bridge design won the engineering prize. Critics praised its slender steel "
    "arches. Construction begins next spring near the harbour."
)


def _links(comparison: Comparison) -> list[Match]:
    return [match for match in comparison.matches if match.kind != "fact"]


def _best(first: str, second: str) -> float:
    return max(match.score for match in _links(compare(first, second)))


def test_a_sentence_that_adds_a_clause_scores_below_its_paraphrase() -> None:
    # Both share the whole of REPORT; only the paraphrase is nothing more.
    paraphrase, longer = _best(REPORT, RETOLD), _best(REPORT, ADDS_A_CLAUSE)
    assert paraphrase > 0.9
    assert longer < paraphrase - 0.2


def test_a_link_scores_the_same_alone_and_inside_long_articles() -> None:
    alone = _links(compare(SHORT_A, SHORT_B))
    inside = compare(f"{FILLER_A} {SHORT_A}", f"{FILLER_B} {SHORT_B}")
    (whole,) = [m for m in _links(inside) if inside.a.span_text(m.a) == SHORT_A]
    assert [match.kind for match in alone] == ["paraphrase"]
    assert whole.score == pytest.approx(alone[0].score)
    assert 0.5 < whole.score < 1.0  # the two tell the same, worded differently


def test_a_shared_phrase_scores_the_share_of_its_sentences() -> None:
    # The same opening words, then opposite news: no paraphrase, however verbatim.
    comparison = compare(
        "The loonie, meanwhile, continued to slip in early trading Friday.",
        "The loonie, meanwhile, was on the rise again early Thursday.",
    )
    (phrase,) = _links(comparison)
    assert comparison.a.span_text(phrase.a) == "The loonie, meanwhile"
    assert phrase.kind == "verbatim"
    assert 0.15 <= phrase.score < 0.6


def test_one_sentence_told_as_two_keeps_full_scores_for_both() -> None:
    # The clause linked to the other sentence does not count against either link.
    comparison = compare(
        "Firefighters rescued forty sailors from the capsized trawler, and police arrested "
        "its captain in Galway on charges of negligence.",
        "Firefighters rescued forty sailors from the capsized trawler. Police arrested its "
        "captain in Galway on charges of negligence.",
    )
    links = _links(comparison)
    assert len(links) == 2
    assert all(match.score > 0.95 for match in links)


@pytest.mark.parametrize("minimum", [0.3, 0.5, 0.7, 0.9])
def test_min_score_bounds_every_link_shown(minimum: float) -> None:
    for first, second in ((REPORT, ADDS_A_CLAUSE), (SHORT_A, SHORT_B), (REPORT, RETOLD)):
        links = _links(compare(first, second, min_score=minimum))
        assert all(match.score >= minimum for match in links)
        assert len(links) <= len(_links(compare(first, second, min_score=minimum - 0.2)))
