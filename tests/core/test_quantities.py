"""Facts: numbers read from text, their values, exact spans, and links across articles."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.compare import compare
from reader.core.facts.agreement import agree
from reader.core.facts.numbers import parse_number
from reader.core.facts.quantities import extract_facts, link_facts
from reader.core.model import Article, Fact, FactLink, Quantity
from reader.core.reading.loading import article_from_text

HOUR, MINUTE = 3600.0, 60.0


def facts_of(text: str) -> tuple[Article, list[Fact]]:
    article = article_from_text(text)
    return article, extract_facts(article, "a")


def the_fact(text: str, fact_text: str) -> Fact:
    """The one fact whose text is `fact_text`, checked to sit where the text has it."""
    article, facts = facts_of(text)
    found = [fact for fact in facts if fact.text == fact_text]
    assert len(found) == 1, [fact.text for fact in facts]
    start = article.text.index(fact_text)
    assert found[0].span == (start, start + len(fact_text))
    return found[0]


def ordinal(year: int, month: int, day: int) -> float:
    return float(date(year, month, day).toordinal())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("35", 35),
        ("3,000", 3000),
        ("1.5", 1.5),
        ("1.5 million", 1_500_000),
        ("two", 2),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("three thousand", 3000),
        ("two hundred and five", 205),
        ("two and a half", 2.5),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_numbers_too_large_for_a_float_are_no_facts() -> None:
    assert parse_number("9" * 400) is None
    assert parse_number("9" * 306) is not None  # finite, but not once in seconds
    _, facts = facts_of(f"It cost ${'9' * 400} and took {'9' * 306} years.")
    assert facts == []


@pytest.mark.parametrize(
    ("sentence", "fact_text", "kind", "low", "high", "unit"),
    [
        ("The 2+ hour discussion ended.", "2+ hour", "duration", 2 * HOUR, None, "s"),
        ("It was to last 30-40 minutes.", "30-40 minutes", "duration", 1800, 2400, "s"),
        ("It was set for 35 minutes.", "35 minutes", "duration", 2100, 2100, "s"),
        ("It ran 2 hours and 16 minutes.", "2 hours and 16 minutes", "duration", 8160, 8160, "s"),
        ("It ran 1 hour, 30 minutes.", "1 hour, 30 minutes", "duration", 5400, 5400, "s"),
        ("It ran more than two hours.", "more than two hours", "duration", 7200, None, "s"),
        ("The more-than-two-hour talk.", "more-than-two-hour", "duration", 7200, None, "s"),
        ("It lasted between 30 and 40 minutes.", "between 30 and 40 minutes", "duration",
         1800, 2400, "s"),
        ("They met for half an hour.", "half an hour", "duration", 1800, 1800, "s"),
        ("They met for an hour and a half.", "an hour and a half", "duration", 5400, 5400, "s"),
        ("They met for two and a half hours.", "two and a half hours", "duration",
         9000, 9000, "s"),
        ("The queue took nearly 40 minutes.", "nearly 40 minutes", "duration", 2160, 2400, "s"),
        ("The run is at least 5 km.", "at least 5 km", "quantity", 5000, None, "m"),
        ("Waves of up to 15 metres hit.", "up to 15 metres", "quantity", None, 15, "m"),
        ("A 35-year-old man was held.", "35-year-old", "quantity", 35, 35, "age"),
        ("A 36 - year - old man.", "36 - year - old", "quantity", 36, 36, "age"),
        ("Turnout was 40% this year.", "40%", "percent", 40, 40, "%"),
        ("Prices rose 2.5 per cent.", "2.5 per cent", "percent", 2.5, 2.5, "%"),
        ("The deal is worth $1.5 million.", "$1.5 million", "money", 1.5e6, 1.5e6, "USD"),
        ("The deal is worth 1.5m dollars.", "1.5m dollars", "money", 1.5e6, 1.5e6, "USD"),
        ("A €20bn package was agreed.", "€20bn", "money", 2e10, 2e10, "EUR"),
        ("It may cost $1-2 billion.", "$1-2 billion", "money", 1e9, 2e9, "USD"),
        ("The crash killed 12 people.", "12 people", "count", 12, 12, "people"),
        ("About 3,000 protesters came.", "About 3,000 protesters", "count", 2700, 3300,
         "protester"),
        ("Some three thousand protesters came.", "Some three thousand protesters", "count",
         2700, 3300, "protester"),
        ("She bought a dozen eggs.", "a dozen eggs", "count", 12, 12, "egg"),
        ("He had 26 wives.", "26 wives", "count", 26, 26, "wife"),
        ("It moved 1.5m people.", "1.5m people", "count", 1.5e6, 1.5e6, "people"),
        ("The two countries agreed.", "two countries", "count", 2, 2, "country"),
        ("Over 100 people were hurt.", "Over 100 people", "count", 100, None, "people"),
        ("It hit 15 injured people.", "15 injured people", "count", 15, 15, "people"),
        ("Only 2 or 3 people came.", "2 or 3 people", "count", 2, 3, "people"),
        ("Police held 5 or more people.", "5 or more people", "count", 5, None, "people"),
        ("It took thirty to forty minutes.", "thirty to forty minutes", "duration",
         1800, 2400, "s"),
    ],
)  # fmt: skip
def test_reads_value_and_exact_span(
    sentence: str,
    fact_text: str,
    kind: str,
    low: float | None,
    high: float | None,
    unit: str,
) -> None:
    fact = the_fact(sentence, fact_text)
    assert (fact.kind, fact.value) == (kind, Quantity(low, high, unit))


def test_years_and_calendar_dates_share_one_scale() -> None:
    year = the_fact("Interference in the 2016 election was raised.", "2016")
    assert year.value == Quantity(ordinal(2016, 1, 1), ordinal(2016, 12, 31), "date")
    day = ordinal(2017, 7, 7)
    for text in ("July 7, 2017", "7 July 2017", "2017-07-07"):
        fact = the_fact(f"They met on {text} in Hamburg.", text)
        assert fact.value == Quantity(day, day, "date")


def test_years_before_plural_nouns_stay_years() -> None:
    fact = the_fact("Meddling in the 2016 elections was discussed.", "2016")
    assert fact.kind == "date"


def test_weekdays_and_months_are_dates_when_clearly_dates() -> None:
    assert the_fact("They met on Friday.", "Friday").value == Quantity(4, 4, "weekday")
    assert the_fact("The vote was held in May.", "May").value == Quantity(5, 5, "month")
    _, facts = facts_of("They may meet again, he said.")
    assert facts == []


@pytest.mark.parametrize(
    "sentence",
    [
        "At one point she said no.",
        "He is one of the only ministers left.",
        "The F-35 jets landed.",
        "Turn to page 12 for more.",
        "Two discussed Syria at length.",
        "The talks went on another hour after that.",
        "The buses run once an hour.",
        "The vote was 5-4.",
        "Phones with 3G coverage sold well.",
        "The 9400M chip is fast.",
        "iLife '09 ships today.",
        "It has two USB 2.0 ports.",
        "He called three times.",
        "Now 1 in 5 people rent.",
    ],
)
def test_bare_numbers_without_unit_are_not_facts(sentence: str) -> None:
    _, facts = facts_of(sentence)
    assert facts == []


FRAGMENTS = [
    "The meeting ran 2+ hour.", "It was supposed to last 30-40 minutes.",
    "Some three thousand protesters came on Friday.", "It cost $1.5 million",
    "in 2016,", "and 2 hours and 16 minutes", "nearly 40%", "\n\n", "half an hour",
    "between one and two days", "— about 12 people —", "July 7, 2017", "F-35",
    "more-than-two-hour", "€20bn", "at least 5 km.", "one of them", "x", "",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12), st.sampled_from(" ,-"))
def test_every_fact_text_is_its_span(parts: list[str], joiner: str) -> None:
    text = joiner.join(parts)
    if not text.strip():
        return
    article, facts = facts_of(text)
    kinds = {"duration", "money", "percent", "count", "date", "quantity"}
    for fact in facts:
        assert article.text[fact.span[0] : fact.span[1]] == fact.text
        assert fact.text == fact.text.strip(" ,-\n") and fact.text
        assert fact.kind in kinds and fact.value.unit
        low, high = fact.value.min, fact.value.max
        assert low is None or high is None or low <= high
    spans = [fact.span for fact in facts]
    assert all(left[1] <= right[0] for left, right in pairwise(spans))


def links_between(a_text: str, b_text: str) -> list[tuple[str, str, str]]:
    comparison = compare(a_text, b_text)
    facts = comparison.facts
    return [
        (facts[link.a].text, facts[link.b].text, link.agreement) for link in comparison.fact_links
    ]


def test_conflicting_counts_for_the_same_thing() -> None:
    links = links_between("The crash killed 12 people.", "The crash killed 15 people.")
    assert links == [("12 people", "15 people", "conflict")]


@pytest.mark.parametrize(
    ("a_text", "b_text", "a_fact", "b_fact"),
    [
        ("Police said about 3,000 protesters marched.",
         "Some three thousand protesters marched, police said.",
         "about 3,000 protesters", "Some three thousand protesters"),
        ("The deal is worth $1.5 million, the company said.",
         "The company said the deal is worth 1.5m dollars.",
         "$1.5 million", "1.5m dollars"),
    ],
)  # fmt: skip
def test_same_fact_told_differently_is_consistent(
    a_text: str, b_text: str, a_fact: str, b_fact: str
) -> None:
    assert links_between(a_text, b_text) == [(a_fact, b_fact, "consistent")]


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        ("The bridge is 2 km long.", "The race was 2 km."),
        ("The crash killed 12 people.", "The crash destroyed 12 cars."),
        ("The budget grew 5% in 2016.", "Ticket sales fell 5 percent last spring."),
    ],
)
def test_unrelated_facts_are_not_linked(a_text: str, b_text: str) -> None:
    assert links_between(a_text, b_text) == []


def test_an_agreeing_partner_in_context_prevents_a_conflict() -> None:
    links = links_between(
        "The meeting lasted 2 hours.",
        "The meeting, scheduled for 35 minutes, lasted 2 hours.",
    )
    assert links == [("2 hours", "2 hours", "consistent")]


def test_dates_conflict_only_without_any_agreeing_date() -> None:
    links = links_between(
        "Blackmore was charged with polygamy on May 1, 2005 and Oler on Nov. 1, 2004.",
        "Oler was charged with polygamy between Nov. 1, 2004, and Oct. 8, 2008, "
        "and Blackmore between May 1, 2005, and Dec. 8, 2006.",
    )
    assert links == [
        ("May 1, 2005", "May 1, 2005", "consistent"),
        ("Nov. 1, 2004", "Nov. 1, 2004", "consistent"),
    ]
    assert links_between(
        "The summit opened on Friday in Hamburg.", "The summit opened on Thursday in Hamburg."
    ) == [("Friday", "Thursday", "conflict")]


def test_agree_compares_intervals_of_the_same_unit() -> None:
    open_ended = Quantity(7200, None, "s")
    assert agree(open_ended, Quantity(8160, 8160, "s"))
    assert not agree(open_ended, Quantity(2100, 2100, "s"))
    assert agree(Quantity(1800, 2400, "s"), Quantity(2100, 2100, "s"))
    assert not agree(Quantity(12, 12, "people"), Quantity(12, 12, "car"))
    assert agree(Quantity(None, 15, "m"), Quantity(3, 3, "m"))


@pytest.fixture(scope="module")
def seed_links(seed_a: Article, seed_b: Article) -> tuple[list[Fact], list[FactLink]]:
    facts = extract_facts(seed_a, "a") + extract_facts(seed_b, "b")
    links, _ = link_facts(facts, seed_a, seed_b)
    return facts, links


def partners(seed_links: tuple[list[Fact], list[FactLink]], a_text: str) -> list[set[str]]:
    """For each A fact with this text: {(B fact text, agreement)} it is linked to."""
    facts, links = seed_links
    return [
        {f"{facts[link.b].text}:{link.agreement}" for link in links if link.a == index}
        for index, fact in enumerate(facts)
        if fact.doc == "a" and fact.text == a_text
    ]


def test_seed_meeting_lengths_agree(
    seed_links: tuple[list[Fact], list[FactLink]],
) -> None:
    two_hours = partners(seed_links, "2+ hour")
    assert len(two_hours) == 2
    for linked in two_hours:
        assert {
            "more-than-two-hour:consistent",
            "2 hours and 16 minutes:consistent",
        } <= linked
        assert not any(text.startswith("35 minutes") for text in linked)
    assert partners(seed_links, "30-40 minutes") == [{"35 minutes:consistent"}]


def test_seed_links_have_no_conflicts_and_years_stay_with_years(
    seed_links: tuple[list[Fact], list[FactLink]],
) -> None:
    facts, links = seed_links
    assert links
    assert all(link.agreement == "consistent" for link in links)
    for link in links:
        if "2016" in (facts[link.a].text, facts[link.b].text):
            assert facts[link.a].text == facts[link.b].text == "2016"


def test_compare_reports_facts_links_and_fact_matches(seed_a: Article, seed_b: Article) -> None:
    comparison = compare(seed_a, seed_b)
    data = comparison.to_dict()
    first = next(fact for fact in data["facts"] if fact["text"] == "2+ hour")
    assert first["kind"] == "duration"
    assert first["value"] == {"min": 7200, "max": None, "unit": "s"}
    fact_matches = {
        (match["a_text"], match["b_text"]) for match in data["matches"] if match["kind"] == "fact"
    }
    linked = {
        (data["facts"][link["a"]]["text"], data["facts"][link["b"]]["text"])
        for link in data["fact_links"]
    }
    # Every link is listed; only those told in different words are highlighted as matches.
    assert fact_matches == {(a, b) for a, b in linked if a != b}
    assert ("2+ hour", "more-than-two-hour") in fact_matches
    assert ("2016", "2016") in linked
    for fact in data["facts"]:
        text = data["documents"][0 if fact["doc"] == "a" else 1]["text"]
        assert text[fact["span"][0] : fact["span"][1]] == fact["text"]
