"""Sentences repeated word for word: knowing their match early changes no match."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.alignment import align as aligner
from reader.core.model import Article, Match
from reader.core.reading.loading import article_from_text

# Clauses that recur in several sentences, so that a clause of a repeated sentence
# is often a whole sentence elsewhere (a rival scoring 1), with names and numbers.
CLAUSES = [
    "the storm hit the coast on Monday",
    "the mayor closed the old bridge",
    "police said three people were hurt",
    "Putin denied any role in the hacking",
    "the council voted to raise the budget",
    "officials expect the river to rise",
    "the mayor closed the old bridge on Monday",
    "Trump met Putin in Helsinki",
]
JOINERS = [", ", " and ", "; ", " - ", ", while "]

sentence = st.builds(
    lambda clauses, joiners: "".join(
        clause + joiner for clause, joiner in zip(clauses, [*joiners, ""], strict=False)
    ),
    st.lists(st.sampled_from(CLAUSES), min_size=1, max_size=3),
    st.lists(st.sampled_from(JOINERS), min_size=2, max_size=2),
).map(lambda text: text[0].upper() + text[1:] + ".")
pool = st.lists(sentence, min_size=1, max_size=6)


def _articles(
    sentences: list[str], picks_a: list[int], picks_b: list[int]
) -> tuple[Article, Article]:
    def text(picks: list[int]) -> str:
        return " ".join(sentences[pick % len(sentences)] for pick in picks)

    return article_from_text(text(picks_a)), article_from_text(text(picks_b))


def _without_shortcut(a: Article, b: Article, min_score: float | None) -> list[Match]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(aligner, "sure_repeats", lambda *_: [])
        return aligner.align(a, b, min_score=min_score)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pool,
    st.lists(st.integers(0, 5), min_size=1, max_size=12),
    st.lists(st.integers(0, 5), min_size=1, max_size=12),
    st.sampled_from([None, 0.05, 0.5]),
)
def test_matching_repeated_sentences_early_changes_no_match(
    sentences: list[str], picks_a: list[int], picks_b: list[int], min_score: float | None
) -> None:
    a, b = _articles(sentences, picks_a, picks_b)
    assert aligner.align(a, b, min_score=min_score) == _without_shortcut(a, b, min_score)


def test_a_rival_scoring_1_over_more_clauses_still_wins() -> None:
    """B retells A's sentence word for word over three clauses, then repeats it: the
    retelling scores 1 too and, spanning more clauses, is taken first, so nothing
    about the repeated pair may be decided early."""
    repeated = "The storm hit the coast on Monday, and the mayor closed the old bridge."
    retold = "The storm hit the coast, the mayor on Monday, closed the old bridge."
    a = article_from_text(repeated)
    b = article_from_text(f"{retold} {repeated}")
    matches = aligner.align(a, b)
    assert matches == _without_shortcut(a, b, None)
    assert (a.sentences[0].span, b.sentences[0].span) in {(m.a, m.b) for m in matches}
