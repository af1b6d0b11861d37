"""One speaker across two articles: each merging rule, and what must stay apart.

Every text is written for the test; each article is resolved on its own, so an
article compared with itself lists each of its speakers once.
"""

from __future__ import annotations

import pytest

from reader.core.model import Speaker
from reader.core.reading.loading import article_from_text
from reader.core.speech.claimlinks import word_diff
from reader.core.speech.merging import normal_name, same_person
from reader.core.speech.speakers import attribute


def merged(text_a: str, text_b: str) -> list[Speaker]:
    speakers, _ = attribute(article_from_text(text_a), article_from_text(text_b), [])
    return speakers


def speaking_in(speakers: list[Speaker]) -> dict[str, set[str]]:
    return {s.name: {doc for doc, count in s.documents.items() if count} for s in speakers}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Carla Jensen", "Carla Jansen"),  # a one-letter surname variant, same given name
        ("Sergei Orlov", "Sergey Orlov"),  # a transliterated given name
        ("A. J. Marsh", "AJ Marsh"),  # initials written two ways
        ("A.J. Marsh", "Andrew Marsh"),  # initials against the full given name
        ("Marsh", "Andrew Marsh"),  # a bare surname
        ("Gill Marsh", "Gillian Marsh"),  # a short given name
        ("Tom O'Neil", "Tom O'Neill"),  # a one-letter variant of an apostrophe name
    ],
)
def test_name_forms_of_one_person(one: str, other: str) -> None:
    assert same_person(one, other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Carla Jensen", "Peter Jansen"),  # a surname variant needs the same given name
        ("Tom Hale", "Tom Hall"),  # too short for a one-letter variant
        ("Donald Marsh", "Melania Marsh"),  # given names that contradict
    ],
)
def test_name_forms_of_different_people(one: str, other: str) -> None:
    assert not same_person(one, other)


def test_initials_are_normalised() -> None:
    assert normal_name("A.J. Marsh") == normal_name("A. J. Marsh") == "a j marsh"


def test_surname_spelling_variant_is_one_speaker_across_articles() -> None:
    speakers = merged(
        "Clinic spokeswoman Carla Jensen said two patients were discharged.",
        "Carla Jansen said two patients went home on Sunday.",
    )
    assert speaking_in(speakers) == {"Carla Jensen": {"a", "b"}}


def test_agency_abbreviation_and_full_name_are_one_speaker() -> None:
    speakers = merged(
        "The ferry sank near the harbour, AP reported.",
        "The ferry sank in shallow water, The Associated Press reported.",
    )
    assert len(speakers) == 1
    assert speaking_in(speakers)[speakers[0].name] == {"a", "b"}


def test_unnamed_role_joins_the_person_holding_that_title_in_the_other_article() -> None:
    speakers = merged(
        "The harbour master said the channel would reopen on Monday.",
        "Harbour master Pita Rawiri said the channel would reopen on Monday.",
    )
    assert speaking_in(speakers) == {"Pita Rawiri": {"a", "b"}}


def test_a_role_of_the_family_of_a_title_joins_its_holder_whichever_article_is_a() -> None:
    # "diplomat" is not the title itself, so no title key finds the holder.
    named = "Secretary of State Ana Ruiz said the talks would resume in March."
    described = "The talks would resume in March, the diplomat said."
    assert speaking_in(merged(named, described)) == {"Ana Ruiz": {"a", "b"}}
    assert speaking_in(merged(described, named)) == {"Ana Ruiz": {"a", "b"}}


def test_siblings_in_one_article_are_two_speakers() -> None:
    text = (
        '"She did not fire him," Charlene Kafoury said. "She was our mom," said Charlie '
        "Kafoury, Charlene's brother."
    )
    names = {speaker.name for speaker in merged(text, "An unrelated note.")}
    assert names == {"Charlene Kafoury", "Charlie Kafoury"}


def test_article_compared_with_itself_lists_each_speaker_once() -> None:
    text = (
        "Harbour master Pita Rawiri said the channel was closed. "
        "The harbour master added that divers would inspect the wreck. "
        "Carla Jensen, a spokeswoman for the port, said no one was hurt. "
        '"We were lucky," she said.'
    )
    speakers = merged(text, text)
    names = [speaker.name for speaker in speakers]
    assert sorted(names) == ["Carla Jensen", "Pita Rawiri"]
    assert all(set(speaker.documents.values()) == {2} for speaker in speakers)


def test_one_claim_in_both_articles_is_linked_with_its_word_changes() -> None:
    text_a = "Zoo director Mara Quint said the bears would stay indoors until Monday."
    text_b = "Mara Quint said the bears would be kept indoors until Monday."
    _, claims = attribute(article_from_text(text_a), article_from_text(text_b), [])
    first, second = claims
    assert (first.match, second.match) == (1, 0)
    changes = [(a, b) for op, a, b in first.diff if op != "equal"]
    assert changes == [("stay", "be kept")]


def test_punctuation_alone_is_no_wording_difference() -> None:
    assert word_diff("The pumps failed... then we ran", "The pumps failed, then we ran.") == ()


def test_a_company_and_its_short_name_are_one_speaker() -> None:
    speakers = merged(
        "Helix Chemicals said no workers were hurt.", "Helix said nobody had been injured."
    )
    assert speaking_in(speakers) == {"Helix Chemicals": {"a", "b"}}


def test_a_name_with_its_workplace_is_the_person() -> None:
    speakers = merged("Gill Carter of Northbridge Police said two roads were closed.", "x")
    assert [speaker.name for speaker in speakers] == ["Gill Carter"]


def test_a_name_titled_with_a_plural_role_is_the_person_in_the_other_article() -> None:
    speakers = merged(
        "Producers Ana Ruiz and Tom Ellery said the film would open in May.",
        "Ana Ruiz, who produced the film, said it was finished.",
    )
    assert speaking_in(speakers) == {"Ana Ruiz": {"a", "b"}, "Tom Ellery": {"a"}}


def test_a_plural_role_is_one_group_across_articles() -> None:
    speakers = merged(
        "The negotiators said the talks would resume on Monday.",
        "Negotiators said the talks had ended.",
    )
    assert [(s.name, s.kind) for s in speakers] == [("Negotiators", "group")]
    assert speaking_in(speakers) == {"Negotiators": {"a", "b"}}


def test_a_person_and_their_deputy_both_speak_and_the_deputy_is_found_again() -> None:
    speakers = merged(
        "Ana Ruiz and her deputy, Tom Ellery, said the budget was balanced.",
        "Tom Ellery said the vote had been close.",
    )
    assert speaking_in(speakers) == {"Ana Ruiz": {"a"}, "Tom Ellery": {"a", "b"}}


def _groups(text_a: str, text_b: str) -> list[tuple[int, int]]:
    """Each merged speaker's claim counts in A and B, in a fixed order."""
    return sorted(
        (s.documents.get("a", 0), s.documents.get("b", 0)) for s in merged(text_a, text_b)
    )


APART = [(0, 1), (0, 1), (1, 0)]  # (claims in A, claims in B) per speaker


@pytest.mark.parametrize(
    ("text_a", "text_b", "groups"),
    [
        (  # B tells "police" and "State police" apart itself: A's "police" is the first
            "The road was closed for hours, police said.",
            "The road was closed, police said. The driver fled north, State police said.",
            [(0, 1), (1, 1)],
        ),
        (  # two police forces would both join a bare "police": neither does
            "The road was closed for hours, police said.",
            "The driver fled north, State police said. He was caught, Vancouver police said.",
            APART,
        ),
        (  # two people would both join a bare surname: neither does
            "The plan will work, Marsh said.",
            "The plan is late, Andrew Marsh said. It is fine, Carla Marsh said.",
            APART,
        ),
    ],
)
def test_merging_is_the_same_whichever_article_comes_first(
    text_a: str, text_b: str, groups: list[tuple[int, int]]
) -> None:
    assert _groups(text_a, text_b) == groups
    assert sorted((b, a) for a, b in _groups(text_b, text_a)) == groups
