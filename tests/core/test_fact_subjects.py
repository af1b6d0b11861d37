"""Facts by what they count: quantity forms, subjects, rounding, and the false links
and false conflicts of issue 12 (each written here as a sentence of our own)."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.compare import compare
from reader.core.facts.agreement import overlap
from reader.core.facts.listing import fact_listing, trivial
from reader.core.facts.quantities import extract_facts
from reader.core.facts.units import lookup_unit
from reader.core.model import Article, Fact, Quantity
from reader.core.reading.loading import article_from_text

HOUR = 3600.0


def fact_in(text: str, fact_text: str) -> Fact:
    article = article_from_text(text)
    found = [fact for fact in extract_facts(article, "a") if fact.text == fact_text]
    assert len(found) == 1, [fact.text for fact in extract_facts(article, "a")]
    return found[0]


def links(a_text: str, b_text: str) -> list[tuple[str, str, str]]:
    comparison = compare(a_text, b_text)
    facts = comparison.facts
    return [(facts[f.a].text, facts[f.b].text, f.agreement) for f in comparison.fact_links]


def day(year: int, month: int, number: int) -> float:
    return float(date(year, month, number).toordinal())


@pytest.mark.parametrize(
    ("sentence", "fact_text", "kind", "low", "high", "unit"),
    [
        ("The flight took 4 1/2 hours.", "4 1/2 hours", "duration", 4.5 * HOUR, 4.5 * HOUR, "s"),
        ("The flight took 2½ hours.", "2½ hours", "duration", 2.5 * HOUR, 2.5 * HOUR, "s"),
        ("The flight took 4. 5 hours.", "4. 5 hours", "duration", 4.5 * HOUR, 4.5 * HOUR, "s"),
        ("Voters backed it by two-thirds percent.", "two-thirds percent", "percent",
         2 / 3, 2 / 3, "%"),
        ("Police found dozens of bottles.", "dozens of bottles", "count", 24, 99, "bottle"),
        ("The storm left thousands of homes dark.", "thousands of homes", "count",
         2000, 9999, "home"),
        ("The tank held up to 40 litres.", "up to 40 litres", "quantity", None, 40, "l"),
        ("Builders used 24- to 30-foot beams.", "24- to 30-foot", "quantity",
         24 * 0.3048, 30 * 0.3048, "m"),
        ("It was a quake of magnitude 6.4 at dawn.", "magnitude 6.4", "quantity",
         6.4, 6.4, "magnitude"),
        ("A 6.1-magnitude quake struck.", "6.1-magnitude", "quantity", 6.1, 6.1, "magnitude"),
        ("Gusts reached 120 mph inland.", "120 mph", "quantity", 120 * 1.609344,
         120 * 1.609344, "km/h"),
        ("Gusts reached 193 km/h inland.", "193 km/h", "quantity", 193, 193, "km/h"),
        ("The car sped at 80 miles an hour.", "80 miles an hour", "quantity",
         80 * 1.609344, 80 * 1.609344, "km/h"),
        ("He is the fifth coach to leave.", "fifth coach", "ordinal", 5, 5, "ordinal"),
        ("The mayor, Ana Ruiz, 52, resigned.", "Ruiz, 52", "quantity", 52, 52, "age"),
        ("The farmer was in his late 40s.", "in his late 40s", "quantity", 46, 49, "age"),
        ("It opened on 2 / 3 / 2009 downtown.", "2 / 3 / 2009", "date",
         day(2009, 2, 3), day(2009, 2, 3), "date"),
        ("It opened Feb. 4, 2009 downtown.", "Feb. 4, 2009", "date",
         day(2009, 2, 4), day(2009, 2, 4), "date"),
        ("The ferry left at about 6 p.m. sharp.", "about 6 p.m.", "time", 1050, 1110, "time"),
        ("The mill employed 1.2 million workers.", "1.2 million workers", "count",
         1.2e6, 1.2e6, "worker"),
        ("The firm recorded a 40 - 42 record.", "40 - 42 record", "record", 40042, 40042,
         "record"),
    ],
)  # fmt: skip
def test_each_quantity_form(
    sentence: str, fact_text: str, kind: str, low: float | None, high: float | None, unit: str
) -> None:
    fact = fact_in(sentence, fact_text)
    assert fact.kind == kind and fact.value.unit == unit
    for got, expected in ((fact.value.min, low), (fact.value.max, high)):
        assert (got is None) == (expected is None)
        assert got is None or math.isclose(got, expected or 0.0, rel_tol=1e-9)


def test_an_age_is_never_a_count_of_people() -> None:
    fact = fact_in("The baker, Tom Weller, 61, said the oven failed.", "Weller, 61")
    assert fact.value.unit == "age" and fact.subject == "age of Weller"


def test_relative_dates_resolve_against_the_article_date() -> None:
    text = "date 2011-03-16\n\nThe bridge shut yesterday. Crews arrived on Monday."
    assert fact_in(text, "yesterday").value == Quantity(day(2011, 3, 15), day(2011, 3, 15), "date")
    assert fact_in(text, "Monday").value == Quantity(day(2011, 3, 14), day(2011, 3, 14), "date")


def test_a_day_word_ending_a_title_is_no_date() -> None:
    text = (
        "date 2009-07-13\n\nToday, the president named her. She was on World News Tonight, "
        "on CBS This Morning and in USA Today. She will speak tonight."
    )
    facts = extract_facts(article_from_text(text), "a")
    dates = [fact.text for fact in facts if fact.value.unit == "date"]
    assert "Today" in dates and "tonight" in dates
    assert "Tonight" not in dates and "This Morning" not in dates
    assert sum(found == "Today" for found in dates) == 1


def test_a_year_does_not_tell_a_day_again() -> None:
    # "2013" holds every day of the year: it is no second telling of "Wednesday".
    first = "date 2013-09-19\n\nThe driver hit the woman in Queens on Wednesday night."
    second = "date 2013-09-19\n\nThe driver hit the woman in Queens in 2013."
    assert links(first, second) == []


def test_a_month_and_day_after_of_or_since_is_a_day() -> None:
    text = "She was killed on the night of Sept. 13. Talks have run since Jan. 1."
    assert fact_in(text, "Sept. 13").value.unit == "month-day"
    assert fact_in(text, "Jan. 1").value.unit == "month-day"


def test_a_dateline_says_when_the_article_was_published_not_a_fact() -> None:
    first = "Oscar host named\n\nAUGUST 2, 2013 | 08:06AM PT\n\nThe host was named at 8 a.m."
    second = "Oscar host named\n\nFriday August 2, 2013 @ 8:13am PDT\n\nThe show is in March."
    facts = extract_facts(article_from_text(first), "a")
    assert [fact.text for fact in facts] == ["8 a.m."]
    assert links(first, second) == []


def test_a_headline_in_title_case_is_no_dateline() -> None:
    text = "Putin Asked Trump For Proof Of Interference In The 2016 Election\n\nThey met."
    assert fact_in(text, "2016").value.unit == "date"


def test_subjects_name_what_is_counted() -> None:
    text = "Rangers seized 12 boats and freed three other fishermen."
    assert fact_in(text, "12 boats").subject == "boats held"
    assert fact_in(text, "three other fishermen").subject == "other fishermen"
    assert fact_in("It was a 10-metre-long barge.", "10-metre-long").subject == "barge length"


def test_a_casualty_count_tells_its_own_outcome() -> None:
    # Each count of a headline ends with its outcome: the word after "1 dead" is
    # "hurt", yet those are the killed; the counted noun is people, not "hurt".
    headline = "Depot blast leaves 1 dead, 2 hurt near the harbour."
    assert fact_in(headline, "1 dead").subject == "people killed"
    assert fact_in(headline, "2 hurt").subject == "people injured"
    said = "Police said 12 people were killed in the blast."
    assert fact_in(said, "12 people were killed").subject == "people killed"


def test_headline_casualties_link_to_the_same_outcome_only() -> None:
    report = "The depot blast near the harbour left 2 people injured."
    agreeing = links("Depot blast leaves 1 dead, 2 hurt near the harbour.", report)
    assert agreeing == [("2 hurt", "2 people injured", "consistent")]
    conflicting = links("Depot blast leaves 2 dead, 1 hurt near the harbour.", report)
    assert conflicting == [("1 hurt", "2 people injured", "conflict")]


def test_rounding_follows_the_stated_precision() -> None:
    rounded = fact_in("The mast is about 2,000 feet tall.", "about 2,000 feet").bounds
    assert rounded.min is not None and rounded.max is not None
    assert rounded.min < 600 < rounded.max
    exact = fact_in("The ferry carried 12 boats.", "12 boats")
    assert exact.bounds == exact.value  # a count of things is exact


# Regression tests for the false links and false conflicts named in issue 12.


def test_people_who_fled_are_not_people_injured() -> None:
    found = links(
        "In the valley 40 people fled the floods on Sunday.",
        "In the valley 40 people were injured by the floods on Sunday.",
    )
    assert not [link for link in found if "people" in link[0]]


def test_one_mans_maximum_sentence_links_to_nothing_else() -> None:
    found = links(
        "The judge said Ortega faces up to 90 years in prison; the hearing lasted "
        "about 20 minutes.",
        "His two brothers face between four and 60 years in prison, the judge said.",
    )
    assert not [link for link in found if "90 years" in link[0]]


def test_fractions_and_decimals_of_one_length_agree() -> None:
    assert links(
        "The crossing took 4.5 hours in the storm.", "The crossing took 4 1/2 hours in the storm."
    ) == [("4.5 hours", "4 1/2 hours", "consistent")]


def test_feet_and_metres_of_one_fall_agree() -> None:
    found = links(
        "The hiker fell about 1,500 feet from the ridge.",
        "The hiker fell about 460m from the ridge.",
    )
    assert found == [("about 1,500 feet", "about 460m", "consistent")]


def test_the_same_number_in_other_units_conflicts() -> None:
    found = links(
        "The hiker fell about 300 feet from the ridge.",
        "The hiker fell about 300m from the ridge.",
    )
    assert found == [("about 300 feet", "about 300m", "conflict")]


def test_two_counts_of_the_same_damaged_houses_conflict() -> None:
    found = links(
        "Officials said the earthquake damaged 340 houses in the province.",
        "The earthquake damaged 410 houses in the province, officials said.",
    )
    assert found == [("340 houses", "410 houses", "conflict")]


def test_ranks_of_the_same_post_conflict() -> None:
    found = links(
        "Ruiz becomes the sixth mayor of the town since 2000.",
        "Ruiz is the seventh mayor since 2000.",
    )
    assert ("sixth mayor", "seventh mayor", "conflict") in found


def test_other_nouns_for_the_same_count_agree_but_never_conflict() -> None:
    found = links(
        "Coast guards detained 17 smugglers near the port.",
        "Coast guards detained 17 suspects near the port.",
    )
    assert found == [("17 smugglers", "17 suspects", "consistent")]
    assert (
        links(
            "Coast guards detained 17 smugglers near the port.",
            "Coast guards detained 19 suspects near the port.",
        )
        == []
    )


def test_same_words_agreements_are_folded_and_not_highlighted(
    seed_a: Article, seed_b: Article
) -> None:
    comparison = compare(seed_a, seed_b)
    listing = fact_listing(comparison)
    facts = comparison.facts
    for group in listing.groups:
        for row in group.rows:
            for link in row.links:
                assert facts[link.a].text.lower() != facts[link.b].text.lower()
    folded = [link for row in listing.same_words for link in row.links]
    assert folded and all(trivial(comparison, link) for link in folded)
    fact_spans = {(m.a, m.b) for m in comparison.matches if m.kind == "fact"}
    assert not {(facts[f.a].span, facts[f.b].span) for f in folded} & fact_spans


def test_links_that_read_the_same_share_one_row() -> None:
    comparison = compare(
        "The 2+ hour talks were tense, aides said. After the 2+ hour talks the two men left.",
        "The more-than-two-hour talks ended late. Officials said the talks went on "
        "for 2 hours and 16 minutes.",
    )
    listing = fact_listing(comparison)
    rows = [row for group in listing.groups for row in group.rows]
    facts = comparison.facts
    readings = [(facts[row.first.a].text, facts[row.first.b].text) for row in rows]
    assert len(readings) == len(set(readings))  # no two rows say the same
    listed = [link for row in [*rows, *listing.same_words] for link in row.links]
    assert sorted(map(id, listed)) == sorted(map(id, comparison.fact_links))  # each once
    doubled = [row for row in rows if len(row.links) == 2]
    assert doubled, readings  # "2+ hour" twice in A, each linked to the same B fact
    for row in doubled:
        spans = {facts[link.a].span for link in row.links}
        assert len(spans) == 2  # two places in A, one row


def test_links_carry_a_reason_and_json_dates_are_iso() -> None:
    data = compare(
        "The fair opened on March 3, 2019 with 5 km of stalls.",
        "The fair opened on March 3, 2019 with 5,000 m of stalls.",
    ).to_dict()
    assert all(link["reason"] for link in data["fact_links"])
    opened = next(fact for fact in data["facts"] if fact["kind"] == "date")
    assert opened["value"]["min"] == "2019-03-03" and opened["interval"]["low"] == "2019-03-03"
    assert {"subject", "interval"} <= set(data["facts"][0])
    other_days = compare("We met on Friday at 10:30 a.m. on Feb. 22.", "Nothing.").to_dict()
    values = {fact["text"]: fact["value"]["min"] for fact in other_days["facts"]}
    assert values == {"Friday": "Friday", "10:30 a.m.": "10:30", "Feb. 22": "--02-22"}


QUANTITIES = st.builds(
    lambda low, width, open_low, open_high: Quantity(
        None if open_low else low, None if open_high else low + width, "m"
    ),
    st.floats(-1e6, 1e6),
    st.floats(0, 1e6),
    st.booleans(),
    st.booleans(),
)


@given(QUANTITIES, QUANTITIES)
def test_overlap_is_symmetric(first: Quantity, second: Quantity) -> None:
    assert overlap(first, second) == overlap(second, first)


@given(QUANTITIES)
def test_an_interval_overlaps_itself(value: Quantity) -> None:
    assert overlap(value, value)


@given(st.floats(0.001, 1e6), st.sampled_from(["feet", "miles", "km", "cm", "nautical mile"]))
def test_unit_round_trips(amount: float, word: str) -> None:
    unit = lookup_unit(word, amount)
    assert unit is not None and unit.base == "m"
    assert math.isclose(amount * unit.factor / unit.factor, amount, rel_tol=1e-12)
    metres = lookup_unit("m", 1.0)
    assert metres is not None
    assert math.isclose(amount * unit.factor / metres.factor, amount * unit.factor)


@pytest.mark.parametrize(
    "sentence",
    ["Troops carried six AK 47 rifles.", "The shop is on 27th Street downtown."],
)
def test_model_names_and_street_numbers_are_no_facts(sentence: str) -> None:
    assert extract_facts(article_from_text(sentence), "a") == []


def test_a_bare_number_of_millions_links_to_the_same_number_of_people() -> None:
    found = links(
        "Last year 41.7 million tuned in to the final, up from before.",
        "The final drew 41.7 million people last year.",
    )
    assert found == [("41.7 million", "41.7 million people", "consistent")]


def test_a_partner_told_elsewhere_leaves_the_conflict_to_its_own_pair() -> None:
    found = links(
        "The first hiker fell about 3,000 feet on Sunday. Days earlier a guide died after "
        "falling about 300 feet from a ledge.",
        "The first hiker fell about 900m on Sunday. Days earlier a guide died after he fell "
        "about 300m from a ledge.",
    )
    assert ("about 3,000 feet", "about 900m", "consistent") in found
    assert ("about 300 feet", "about 300m", "conflict") in found


def test_people_named_anew_keep_their_rank() -> None:
    found = links(
        "Rescuers said a second climber died on the north ridge of the peak on Sunday.",
        "A second man died on the north ridge of the peak on Sunday, rescuers said.",
    )
    assert ("second climber", "second man", "consistent") in found


def test_a_reason_converts_only_between_units() -> None:
    found = compare(
        "The convoy drove about 30 miles north. The crane rose about 200 feet over the yard.",
        "The convoy drove 48km north. The crane rose around 200ft over the yard.",
    ).fact_links
    reasons = {link.reason for link in found}
    assert "about 30 miles = 48.3 km ≈ 48km = 48 km: consistent" in reasons
    assert "about 200 feet = around 200ft: consistent" in reasons


def _conflicts(first: str, second: str) -> list[tuple[str, str]]:
    comparison = compare(first, second)
    facts = comparison.facts
    return [
        (facts[link.a].text, facts[link.b].text)
        for link in comparison.fact_links
        if link.agreement == "conflict"
    ]


def test_two_reports_of_one_count_that_differ_conflict() -> None:
    assert _conflicts(
        "The pirates came in two boats and fired on the ship, the navy said.",
        "The pirates came in three boats and fired on the ship, the navy said.",
    ) == [("two boats", "three boats")]


def test_other_days_are_other_events_not_a_conflict() -> None:
    assert not _conflicts(
        "Police said the gunman opened fire at the office party on Friday.",
        "Police said the gunman was charged with murder over the office party on Saturday.",
    )


def test_a_rank_and_a_count_do_not_conflict() -> None:
    assert not _conflicts(
        "The 76ers dropped their third game in a row on Friday against Cleveland.",
        "The 76ers have eight losses in their last 10 games, including Friday against Cleveland.",
    )


def test_a_vague_amount_does_not_conflict() -> None:
    assert not _conflicts(
        "Warships of several countries patrol the shipping lanes of the gulf.",
        "The pirates were from two countries on the coast of the gulf.",
    )


def test_numbers_far_apart_count_different_things() -> None:
    assert not _conflicts(
        "Last month the frigate rescued two merchant vessels from pirates in the gulf.",
        "Pirates in the gulf have attacked as many as 100 merchant vessels this year.",
    )
    assert not _conflicts(
        "The ship and its three crew members were taken by pirates in the gulf.",
        "The pirates in the gulf hold more than 300 crew members from many ships.",
    )


def test_a_figure_converted_and_rounded_agrees() -> None:
    comparison = compare(
        "The 15,800-square-metre building houses the accounting firm.",
        "The 170,000-square-foot building houses the accounting firm.",
    )
    assert [link.agreement for link in comparison.fact_links] == ["consistent"]


def test_days_told_relative_to_two_publication_dates_do_not_conflict() -> None:
    sentence = "LaCalamita had been fired last Thursday as an accountant at the firm, police said."
    first = article_from_text(f"Published: April 10, 2007\n\n{sentence}")
    second = article_from_text(f"Published: April 17, 2007\n\n{sentence}")
    assert not [link for link in compare(first, second).fact_links if link.agreement == "conflict"]
