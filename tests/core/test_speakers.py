"""Speakers and claims: the seed gold (recall/precision) and one news-style text per
attribution pattern and per trap, with the expected claim pinned exactly."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.model import Article, Claim, Match, Speaker
from reader.core.reading.loading import article_from_text
from reader.core.report import markdown_report, text_report
from reader.core.speech.speakers import attribute
from tests.core import gold_speakers as gold

OTHER = article_from_text("An unrelated note about the weather, which stayed mild.")


def claims_in(text: str) -> list[tuple[str, str, str, bool]]:
    """(speaker, text, verb, quoted) for every claim found in `text`."""
    _, claims = attribute(article_from_text(text), OTHER, [])
    return [(claim.speaker, claim.text, claim.verb, claim.quoted) for claim in claims]


def speakers_in(text: str) -> list[str]:
    speakers, _ = attribute(article_from_text(text), OTHER, [])
    return [speaker.name for speaker in speakers]


# --- Patterns -------------------------------------------------------------------


def test_said_that() -> None:
    text = "Finance Minister Anna Berg said that the budget would be balanced by 2026."
    assert claims_in(text) == [("Anna Berg", "the budget would be balanced by 2026", "said", False)]


def test_said_without_that() -> None:
    text = "Anna Berg said the budget would be balanced by 2026."
    assert claims_in(text) == [("Anna Berg", "the budget would be balanced by 2026", "said", False)]


def test_quote_then_speaker_said() -> None:
    text = 'Anna Berg spoke on Monday. "We will not raise taxes," Berg said.'
    assert claims_in(text) == [("Anna Berg", "We will not raise taxes", "said", True)]


def test_quote_then_said_speaker() -> None:
    text = '"The talks were productive," said Jonas Weller, a union negotiator.'
    assert claims_in(text) == [("Jonas Weller", "The talks were productive", "said", True)]


def test_clause_then_said_speaker() -> None:
    text = "The strike will end on Friday, said Jonas Weller."
    assert claims_in(text) == [("Jonas Weller", "The strike will end on Friday", "said", False)]


def test_according_to_after_the_clause() -> None:
    text = "The plant will close in March, according to Mayor Lisa Ortiz."
    assert claims_in(text) == [
        ("Lisa Ortiz", "The plant will close in March", "according to", False)
    ]


def test_according_to_first() -> None:
    text = "According to Lisa Ortiz, the plant will close in March."
    assert claims_in(text) == [
        ("Lisa Ortiz", "the plant will close in March", "according to", False)
    ]


def test_told_reporters() -> None:
    text = "Jonas Weller told reporters on Friday that the strike was over."
    assert claims_in(text) == [("Jonas Weller", "the strike was over", "told", False)]


def test_added_that() -> None:
    text = "Lisa Ortiz said the plant would close. She added that jobs would be moved to Ohio."
    assert claims_in(text) == [
        ("Lisa Ortiz", "the plant would close", "said", False),
        ("Lisa Ortiz", "jobs would be moved to Ohio", "added", False),
    ]


def test_denied_takes_the_object() -> None:
    text = "Lisa Ortiz denied any wrongdoing, and the council voted to adjourn."
    assert claims_in(text) == [("Lisa Ortiz", "any wrongdoing", "denied", False)]


def test_who_clause_between_speaker_and_verb() -> None:
    text = "Jonas Weller, who has led the union since 2019, said the offer was an insult."
    assert claims_in(text) == [("Jonas Weller", "the offer was an insult", "said", False)]


def test_quote_paragraph_continues_the_previous_speaker() -> None:
    text = '"We have waited long enough," Lisa Ortiz said.\n\n"Now the council has to decide."'
    assert claims_in(text) == [
        ("Lisa Ortiz", "We have waited long enough", "said", True),
        ("Lisa Ortiz", "Now the council has to decide.", "said", True),
    ]


def test_unclosed_quote_runs_on_into_the_next_paragraph() -> None:
    text = (
        '"We have waited long enough," Lisa Ortiz said. "The council had three years.\n\n'
        '"Now it has to decide."\n\n'
        "The council meets on Monday.\n\n"
        '"Nobody knows what happens next."'
    )
    assert claims_in(text) == [
        ("Lisa Ortiz", "We have waited long enough", "said", True),
        ("Lisa Ortiz", "The council had three years.", "said", True),
        ("Lisa Ortiz", "Now it has to decide.", "said", True),
    ]


def test_quote_sentence_with_he_continued() -> None:
    text = (
        "Jonas Weller said the vote was close. "
        "'We won by nine votes, and that is enough,' he continued."
    )
    assert claims_in(text)[1] == (
        "Jonas Weller",
        "We won by nine votes, and that is enough",
        "continued",
        True,
    )


def test_reporting_noun() -> None:
    text = "Anna Berg's insistence that taxes would not rise angered the opposition."
    assert claims_in(text) == [("Anna Berg", "taxes would not rise", "insistence", False)]


def test_reporting_noun_after_a_pronoun() -> None:
    text = "Jonas Weller said the strike would go on. His insistence that it was legal angered all."
    assert claims_in(text)[1] == ("Jonas Weller", "it was legal", "insistence", False)


def test_it_refers_to_an_organisation() -> None:
    text = "The Associated Press has an office in Moscow. It said the talks had ended."
    assert claims_in(text) == [("Associated Press", "the talks had ended", "said", False)]


def test_multi_sentence_quotation_is_one_claim() -> None:
    text = '"The line held. Nobody left," said Jonas Weller.'
    assert claims_in(text) == [("Jonas Weller", "The line held. Nobody left", "said", True)]


# --- Traps ----------------------------------------------------------------------


def test_a_name_only_mentioned_is_not_a_speaker() -> None:
    text = "Officials met Pedro Alvarez on Monday. Lisa Ortiz said the meeting went well."
    assert speakers_in(text) == ["Lisa Ortiz"]


def test_said_inside_a_quotation_does_not_attribute() -> None:
    text = '"Pedro Alvarez said the money was gone," Lisa Ortiz told reporters.'
    assert claims_in(text) == [
        ("Lisa Ortiz", "Pedro Alvarez said the money was gone", "told", True)
    ]


def test_two_speakers_in_one_sentence() -> None:
    text = "Anna Berg said the plan was fair, but Mayor Lisa Ortiz said it was reckless."
    assert claims_in(text) == [
        ("Anna Berg", "the plan was fair", "said", False),
        ("Lisa Ortiz", "it was reckless", "said", False),
    ]


def test_but_clause_after_a_mid_sentence_attribution() -> None:
    text = "The vote was close, Lisa Ortiz said, but the result stands."
    assert claims_in(text) == [
        ("Lisa Ortiz", "The vote was close", "said", False),
        ("Lisa Ortiz", "the result stands", "said", False),
    ]


def test_denial_reported_by_another_speaker() -> None:
    text = "Ortiz once again denied the charges, Anna Berg said."
    assert claims_in(text) == [
        ("Anna Berg", "Ortiz once again denied the charges", "said", False),
        ("Ortiz", "the charges", "denied", False),
    ]


def test_pronoun_skips_a_group_for_he() -> None:
    text = (
        "Jonas Weller said talks would resume. The managers claimed that nothing was "
        "agreed. He said the union would wait."
    )
    assert claims_in(text)[-1] == ("Jonas Weller", "the union would wait", "said", False)


def test_she_prefers_a_woman() -> None:
    text = (
        "First lady Melania Trump visited the school. Jonas Weller said it was an honour. "
        "She said the children were wonderful."
    )
    assert claims_in(text)[-1] == (
        "Melania Trump",
        "the children were wonderful",
        "said",
        False,
    )


# --- Names and roles --------------------------------------------------------------


def test_role_resolved_by_title_before_name() -> None:
    text = (
        "U.S. Secretary of State Rex Tillerson met his counterpart. "
        "The secretary of state said progress was slow."
    )
    assert claims_in(text) == [("Rex Tillerson", "progress was slow", "said", False)]


def test_role_resolved_by_apposition_and_nationality() -> None:
    text = (
        "Anna Berg, the Swedish envoy, met Jonas Weller, the German ambassador. "
        "The German diplomat said the talks were over."
    )
    assert claims_in(text) == [("Jonas Weller", "the talks were over", "said", False)]


def test_groups_and_institutions_speak_too() -> None:
    text = (
        "Police said two people were hurt. The ministry said it would investigate. "
        "It added that a report was due. The Kremlin said nothing."
    )
    speakers, claims = attribute(article_from_text(text), OTHER, [])
    assert [(s.name, s.kind, s.documents["a"]) for s in speakers] == [
        ("Ministry", "organisation", 2),
        ("Police", "group", 1),
    ]
    assert claims[-1].text == "a report was due"


def test_unresolved_role_is_its_own_speaker() -> None:
    text = "A White House spokesman said the president was resting."
    assert claims_in(text) == [
        ("White House spokesman", "the president was resting", "said", False)
    ]
    assert [speaker.kind for speaker in attribute(article_from_text(text), OTHER, [])[0]] == [
        "role"
    ]


def merged(text_a: str, text_b: str) -> tuple[list[Speaker], list[Claim]]:
    return attribute(article_from_text(text_a), article_from_text(text_b), [])


def test_spelling_variants_are_one_speaker() -> None:
    speakers, claims = merged(
        "Sergei Lavrov said the talks went well.", "Sergey Lavrov said talks went well."
    )
    assert [(s.name, s.aliases, s.documents) for s in speakers] == [
        ("Sergei Lavrov", ("Sergey Lavrov",), {"a": 1, "b": 1})
    ]
    assert [claim.match for claim in claims] == [1, 0]


def test_different_given_names_stay_apart() -> None:
    speakers, _ = merged("Donald Trump said yes.", "Melania Trump said no.")
    assert sorted(speaker.name for speaker in speakers) == ["Donald Trump", "Melania Trump"]


def test_surname_and_title_forms_merge() -> None:
    speakers, _ = merged(
        "Russian President Vladimir Putin arrived. President Putin said he was pleased.",
        "Putin said the meeting was useful. The Russian president said talks were frank.",
    )
    assert [(s.name, s.documents) for s in speakers] == [("Vladimir Putin", {"a": 1, "b": 2})]


def test_acronym_and_organisation_merge() -> None:
    speakers, _ = merged(
        "AP reports that the meeting ran long.",
        "The Associated Press reported that the meeting lasted two hours.",
    )
    assert [(s.name, s.aliases, s.documents, s.kind) for s in speakers] == [
        ("Associated Press", ("AP",), {"a": 1, "b": 1}, "organisation")
    ]


def test_differently_worded_quote_gets_a_word_diff() -> None:
    _, claims = merged(
        'Lisa Ortiz said: "We will rebuild the bridge by June."',
        '"We will rebuild that bridge by July," Lisa Ortiz said.',
    )
    assert claims[0].match == 1 and claims[1].match == 0
    assert claims[0].diff == (
        ("equal", "We will rebuild", "We will rebuild"),
        ("replace", "the", "that"),
        ("equal", "bridge by", "bridge by"),
        ("replace", "June.", "July"),
    )
    assert claims[1].diff == claims[0].diff


def test_different_claims_of_one_speaker_are_not_linked() -> None:
    _, claims = merged(
        "Lisa Ortiz said the bridge would reopen in June.",
        "Lisa Ortiz said taxes would rise next year.",
    )
    assert [claim.match for claim in claims] == [None, None]


def test_article_with_itself_links_each_claim_to_its_twin() -> None:
    # The same short answer twice: each copy links to its own twin in the other
    # article, not both to the first (a one-word statement has too few words to score).
    article = article_from_text(
        'Ana Ruiz was asked whether the harbour would close. "Absolutely not," Ruiz said.\n\n'
        'The council met again on Friday. Asked about the ferry, "Absolutely not," Ruiz said.'
    )
    _, claims = attribute(article, article, [])
    assert [(claim.doc, claim.text) for claim in claims] == [
        ("a", "Absolutely not"),
        ("a", "Absolutely not"),
        ("b", "Absolutely not"),
        ("b", "Absolutely not"),
    ]
    assert [claim.match for claim in claims] == [2, 3, 0, 1]
    assert all(claim.diff == () for claim in claims)


def test_same_statement_links_before_a_rewording_of_it() -> None:
    # B has a near-copy first and the very same words later: the same words win.
    a = article_from_text('Lisa Ortiz told the council: "We will rebuild the bridge by June."')
    b = article_from_text(
        'Lisa Ortiz said: "We will rebuild the bridge by June!"\n\n'
        'At a second meeting she said: "We will rebuild the bridge by June."'
    )
    _, claims = attribute(a, b, [])
    assert [(claim.doc, claim.text, claim.match) for claim in claims] == [
        ("a", "We will rebuild the bridge by June.", 2),
        ("b", "We will rebuild the bridge by June!", None),
        ("b", "We will rebuild the bridge by June.", 0),
    ]


def test_a_joint_statement_links_to_each_speaker_saying_it_alone() -> None:
    a = article_from_text("Ana Ruiz and Tom Ellery said the talks had stalled over pay.")
    b = article_from_text("Tom Ellery said on Monday that the talks had stalled over pay.")
    _, claims = attribute(a, b, [])
    assert [(claim.doc, claim.speaker, claim.match) for claim in claims] == [
        ("a", "Ana Ruiz", None),
        ("a", "Tom Ellery", 2),
        ("b", "Tom Ellery", 1),
    ]


def test_aligner_match_inside_both_claims_links_them() -> None:
    a = article_from_text("Lisa Ortiz said the harbour will be dredged.")
    b = article_from_text("Lisa Ortiz said that work on the quay starts soon.")
    span_a = (a.text.index("the harbour"), len(a.text) - 1)
    span_b = (b.text.index("work"), len(b.text) - 1)
    _, unlinked = attribute(a, b, [])
    _, linked = attribute(a, b, [Match(span_a, span_b, "paraphrase", 0.7)])
    assert [claim.match for claim in unlinked] == [None, None]
    assert [claim.match for claim in linked] == [1, 0]


# --- The seeds against the gold -----------------------------------------------------


@pytest.fixture(scope="module")
def seed_result(seed_a: Article, seed_b: Article) -> tuple[list[Speaker], list[Claim]]:
    return attribute(seed_a, seed_b, [])


def _found(claim: Claim, wanted: gold.GoldClaim) -> bool:
    return claim.doc == wanted.doc and claim.speaker == wanted.speaker and wanted.says in claim.text


def _pairing(claims: list[Claim]) -> dict[int, int]:
    """Gold claim index -> predicted claim index (each used once)."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for number, wanted in enumerate(gold.CLAIMS):
        for index, claim in enumerate(claims):
            if index not in used and _found(claim, wanted):
                pairs[number] = index
                used.add(index)
                break
    return pairs


def test_seed_claims_recall_and_precision(seed_result: tuple[list[Speaker], list[Claim]]) -> None:
    """Recall >= 0.925: 38 of the 40 gold claims are within the patterns (2 stated
    misses), so the bound allows one more miss. Precision >= 0.95: at most one claim
    in 20 may be spurious or wrongly attributed."""
    _, claims = seed_result
    pairs = _pairing(claims)
    recall = len(pairs) / len(gold.CLAIMS)
    precision = len(pairs) / len(claims)
    missing = [gold.CLAIMS[n].says for n in range(len(gold.CLAIMS)) if n not in pairs]
    assert recall >= 0.925, missing
    assert precision >= 0.95, [c.text for i, c in enumerate(claims) if i not in pairs.values()]
    findable = [n for n, wanted in enumerate(gold.CLAIMS) if wanted.findable]
    assert all(n in pairs for n in findable), missing


def test_seed_claims_verbs_and_quotation(seed_result: tuple[list[Speaker], list[Claim]]) -> None:
    _, claims = seed_result
    for number, index in _pairing(claims).items():
        wanted, claim = gold.CLAIMS[number], claims[index]
        assert (claim.verb, claim.quoted) == (wanted.verb, wanted.quoted), wanted.says


def test_seed_claim_text_is_the_span(
    seed_a: Article, seed_b: Article, seed_result: tuple[list[Speaker], list[Claim]]
) -> None:
    for claim in seed_result[1]:
        article = seed_a if claim.doc == "a" else seed_b
        assert article.span_text(claim.span) == claim.text


def test_seed_speakers(seed_result: tuple[list[Speaker], list[Claim]]) -> None:
    speakers = {speaker.name: speaker for speaker in seed_result[0]}
    for name, (aliases, documents) in gold.SPEAKERS.items():
        assert name in speakers
        assert aliases <= set(speakers[name].aliases), name
        assert {doc for doc, count in speakers[name].documents.items() if count} == documents
    assert set(speakers) == set(gold.SPEAKERS)  # one entry each, nobody else
    listed = {form for s in seed_result[0] for form in (s.name, *s.aliases)}
    assert not listed & set(gold.NOT_SPEAKERS)


def test_seed_speaker_counts_match_claims(seed_result: tuple[list[Speaker], list[Claim]]) -> None:
    speakers, claims = seed_result
    for speaker in speakers:
        for doc in "ab":
            count = sum(1 for c in claims if c.speaker == speaker.name and c.doc == doc)
            assert speaker.documents[doc] == count


def _assert_gold_links(claims: list[Claim]) -> None:
    """All six gold links found (recall 1.0), and every link made is a gold one."""
    links = {(i, c.match) for i, c in enumerate(claims) if c.doc == "a" and c.match is not None}
    for i, j in links:
        assert claims[j].match == i and claims[j].doc == "b"

    def is_gold(i: int, j: int, link: tuple[str, list[str], list[str]]) -> bool:
        speaker, a_texts, b_texts = link
        return (
            claims[i].speaker == speaker
            and any(text in claims[i].text for text in a_texts)
            and any(text in claims[j].text for text in b_texts)
        )

    for link in gold.LINKS:
        assert any(is_gold(i, j, link) for i, j in links), link
    for i, j in links:
        assert any(is_gold(i, j, link) for link in gold.LINKS), (claims[i].text, claims[j].text)


def test_seed_links_from_claim_texts(seed_result: tuple[list[Speaker], list[Claim]]) -> None:
    _assert_gold_links(seed_result[1])


def test_seed_links_with_the_aligners_matches(seed_a: Article, seed_b: Article) -> None:
    _assert_gold_links(list(compare(seed_a, seed_b).claims))


def test_seed_lavrov_link_shows_the_wording_difference(
    seed_result: tuple[list[Speaker], list[Claim]],
) -> None:
    _, claims = seed_result
    lavrov = next(c for c in claims if c.speaker == "Sergei Lavrov" and c.doc == "a")
    changes = [(a, b) for op, a, b in lavrov.diff if op != "equal"]
    assert changes == [("interfere", "meddle"), ("", "U.S.")]


def test_compare_json_and_reports_carry_speakers(seed_a: Article, seed_b: Article) -> None:
    comparison = compare(seed_a, seed_b)
    data = comparison.to_dict()
    names = [speaker["name"] for speaker in data["speakers"]]
    assert {"Rex Tillerson", "Sergei Lavrov", "Vladimir Putin"} <= set(names)
    lavrov = [c for c in data["claims"] if c["speaker"] == "Sergei Lavrov"]
    assert {c["doc"] for c in lavrov} == {"a", "b"}
    assert all(c["match"] is not None for c in lavrov)
    text = text_report(comparison)
    assert "  Sergei Lavrov — A: 1 claim · B: 1 claim\n" in text
    assert "     wording: interfere → meddle; + U.S.\n" in text
    markdown = markdown_report(comparison)
    section = markdown[markdown.index("### Sergei Lavrov") :]
    assert "- **B**, said: Trump accepted Putin's assurances" in section
    assert "  - wording: interfere → meddle; + U.S." in section
