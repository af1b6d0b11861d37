"""Synonyms join words across the two texts: "wounded" meets "injured"."""

from __future__ import annotations

from reader.core.alignment.align import align
from reader.core.alignment.synonyms import synonym_aliases
from reader.core.alignment.tokens import content_stems
from reader.core.reading.loading import article_from_text


def _vocabulary(text: str) -> set[str]:
    return set(content_stems(text))


def _best_score(first: str, second: str) -> float:
    matches = align(article_from_text(first), article_from_text(second))
    return max((match.score for match in matches), default=0.0)


def test_a_word_and_its_synonym_in_the_other_text_share_one_spelling() -> None:
    aliases = synonym_aliases(
        _vocabulary("Three workers were wounded."), _vocabulary("Three workers were injured.")
    )
    wounded, injured = content_stems("wounded injured")
    assert aliases[wounded] == aliases[injured]


def test_derived_words_are_joined_too() -> None:
    aliases = synonym_aliases(_vocabulary("The climber died."), _vocabulary("The death shocked."))
    died, death = content_stems("died death")
    assert aliases[died] == aliases[death]


def test_a_text_using_both_words_keeps_them_apart() -> None:
    aliases = synonym_aliases(
        _vocabulary("Two were wounded and one injured."), _vocabulary("Three were injured.")
    )
    assert aliases == {}


def test_names_are_never_joined_to_words() -> None:
    wounded = content_stems("wounded")[0]
    aliases = synonym_aliases(
        _vocabulary("Wounded was his name."), _vocabulary("Injured people."), frozenset({wounded})
    )
    assert aliases == {}


def test_swapping_the_texts_gives_the_same_spellings() -> None:
    first = _vocabulary("A tuxedo, injured guests, the dead climber.")
    second = _vocabulary("A tux, wounded guests, the death.")
    assert synonym_aliases(first, second) == synonym_aliases(second, first)
    assert len(synonym_aliases(first, second)) >= 4


def test_a_synonym_makes_a_paraphrase_score_higher_than_an_unrelated_word() -> None:
    original = "Three workers were wounded in the blast at the plant."
    synonym = _best_score(original, "The explosion at the plant injured three workers.")
    unrelated = _best_score(original, "The explosion at the plant fed three workers.")
    assert synonym > unrelated + 0.1
