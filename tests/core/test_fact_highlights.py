"""Which fact links also mark their passages as telling the same thing."""

from __future__ import annotations

from reader import compare


def _fact_matches(first: str, second: str) -> tuple[int, int]:
    comparison = compare(first, second)
    facts = sum(1 for match in comparison.matches if match.kind == "fact")
    return len(comparison.fact_links), facts


def test_one_day_in_unrelated_sentences_is_listed_but_not_highlighted() -> None:
    links, highlighted = _fact_matches(
        "The mayor opened the new bridge on March 3, 2009.",
        "Farmers protested the tax in the capital on 3 March 2009.",
    )
    assert (links, highlighted) == (1, 0)


def test_one_day_of_one_event_is_highlighted() -> None:
    links, highlighted = _fact_matches(
        "The mayor opened the new bridge on March 3, 2009.",
        "The mayor opened the bridge on 3 March 2009.",
    )
    assert (links, highlighted) == (1, 1)


def test_a_count_of_the_same_things_is_highlighted_however_little_else_is_shared() -> None:
    links, highlighted = _fact_matches(
        "Police seized three outboard motors from the boat.",
        "The navy found up to three outboard motors aboard.",
    )
    assert (links, highlighted) == (1, 1)


def test_a_conflict_between_time_spans_is_always_highlighted() -> None:
    comparison = compare(
        "The hearing lasted two hours on Friday.", "The hearing lasted five hours on Friday."
    )
    conflicts = [link for link in comparison.fact_links if link.agreement == "conflict"]
    highlighted = [match for match in comparison.matches if match.kind == "fact"]
    assert len(conflicts) == len(highlighted) == 1  # "Friday" = "Friday" is listed only
