"""Property-based checks of `compare`: exact spans, self-comparison, mirroring, time budget.

tests/core/test_properties.py covers loading and segmentation; this file covers the
whole comparison (matches, facts, claims) that the JSON contract and the reader
quote from.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.compare import compare
from reader.core.facts.wordlists import FUNCTION_WORDS
from reader.core.model import Span
from reader.core.reading.loading import article_from_text
from tests.benchmarks.synthetic import generate

# News-like pieces: names, reporting verbs, quotes, numbers, durations, money, dates.
PIECES = [
    "Putin", "Sergei Lavrov", "Tillerson", "the minister", "officials", "said", "told",
    "reporters", "denied", "agreed", "talks", "Geneva", "ceasefire", "interference",
    "the", "and", "of", "in", "2+ hour", "2 hours and 16 minutes", "$5 million",
    "€3.5bn", "40%", "July 7, 2017", "2017-07-07", "three", "more than two hours",
    "“intractable disagreement”", '"we agreed,"', "'no'", "U.S.", "Mr.", "—", "(", ")",
    ",", ";", ":", "é", "漢字", "😊", "\u202e", "\x1b[2J", "\n", "\n\n",
]  # fmt: skip
sentence = st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map(
    lambda words: " ".join(words).strip().capitalize() + "."
)
news_text = st.lists(sentence, max_size=8).map(" ".join)
any_text = st.text(max_size=300) | news_text
relaxed = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_spans(data: dict[str, Any]) -> None:
    """Every span of the JSON is in range and quotes exactly the text it claims."""
    texts = {"a": data["documents"][0]["text"], "b": data["documents"][1]["text"]}
    for match in data["matches"]:
        for side in ("a", "b"):
            start, end = match[side]
            assert 0 <= start < end <= len(texts[side])
            assert texts[side][start:end] == match[f"{side}_text"]
    for item in (*data["facts"], *data["claims"]):
        start, end = item["span"]
        assert 0 <= start < end <= len(texts[item["doc"]])
        assert texts[item["doc"]][start:end] == item["text"]
    for link in data["fact_links"]:
        assert data["facts"][link["a"]]["doc"] == "a" and data["facts"][link["b"]]["doc"] == "b"
    for claim in data["claims"]:
        if claim["match"] is not None:
            assert data["claims"][claim["match"]]["doc"] != claim["doc"]


@relaxed
@given(any_text, any_text)
def test_every_span_quotes_its_text(text_a: str, text_b: str) -> None:
    check_spans(compare(text_a, text_b).to_dict())


@relaxed
@given(news_text)
def test_every_span_quotes_its_text_against_itself(text: str) -> None:
    check_spans(compare(text, text).to_dict())


def _content_words(text: str) -> list[str]:
    words = [word.strip(".,;:()“”\"'").lower() for word in text.split()]
    return [word for word in words if word.isalpha() and word not in FUNCTION_WORDS]


# Unique sentences of distinct content words: a repeated sentence has no single partner.
_WORDS = ["Putin", "Lavrov", "Tillerson", "minister", "talks", "Geneva", "ceasefire"]
_WORDS += ["election", "meeting", "Syria", "sanctions", "embassy", "hacking", "summit"]
_WORDS += ["the", "of", "and", "in", "said", "on", "with"]
unique_sentences = st.lists(
    st.lists(st.sampled_from(_WORDS), min_size=4, max_size=12).map(
        lambda words: " ".join(words).capitalize() + "."
    ),
    min_size=1,
    max_size=8,
    unique=True,
).map(" ".join)


@relaxed
@given(unique_sentences)
def test_article_compared_with_itself_links_every_sentence_with_content(text: str) -> None:
    article = article_from_text(text)
    comparison = compare(article, article)
    linked = [match.a for match in comparison.matches if match.kind != "fact"]
    for sentence in article.sentences:
        words = _content_words(article.span_text(sentence.span))
        if len(set(words)) >= 2:
            start, end = sentence.span
            assert any(s < end and start < e for s, e in linked), article.span_text(sentence.span)
    assert all(match.a == match.b for match in comparison.matches)


@relaxed
@given(news_text, news_text)
def test_swapping_a_and_b_mirrors_the_aligned_passages(text_a: str, text_b: str) -> None:
    forward = compare(text_a, text_b).matches
    backward = compare(text_b, text_a).matches
    assert {(m.a, m.b, m.kind) for m in forward if m.kind != "fact"} == {
        (m.b, m.a, m.kind) for m in backward if m.kind != "fact"
    }


def fact_pairs(text_a: str, text_b: str) -> set[tuple[Span, Span, str]]:
    """(A span, B span, agreement) of each fact link, whichever way round it was made."""
    forward = compare(text_a, text_b)
    facts = forward.facts
    pairs = {
        (facts[link.a].span, facts[link.b].span, link.agreement) for link in forward.fact_links
    }
    return pairs


def test_swapping_a_and_b_mirrors_fact_links() -> None:
    text_a = "Putin 2+ hour."
    text_b = "Putin 2+ hour 2+ hour more than two hours more than two hours."
    mirrored = {(b, a, agreement) for a, b, agreement in fact_pairs(text_b, text_a)}
    assert fact_pairs(text_a, text_b) == mirrored


# The aligner's time budget: adversarial text of a size costs about what prose does.

SIZE = 340_000  # 20,000 copies of a 17-character sentence
# Generous: measured 0.4 (one word) to 3.4 (31,000 two-word paragraphs: per-sentence
# work) on a shared 2-core machine; a quadratic step costs hundreds of times more.
TIME_RATIO = 8.0


def _repeated_sentence() -> str:
    return "Talks went well. " * 20_000


def _one_word() -> str:
    return "buffalo " * (SIZE // 8)


def _near_duplicates() -> str:
    rng = random.Random(7)
    names = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
    parts, length = [], 0
    while length < SIZE:
        part = f"The minister said talks in {rng.choice(names)} went {rng.choice(names)}."
        parts.append(part)
        length += len(part) + 1
    return " ".join(parts)


def _tiny_paragraphs() -> str:
    return "Tiny one.\n\n" * (SIZE // 11)


def _cpu_seconds(text_a: str, text_b: str) -> float:
    started = time.process_time()
    compare(article_from_text(text_a), article_from_text(text_b))
    return time.process_time() - started


@pytest.fixture(scope="module")
def prose_seconds_per_kb() -> float:
    pair = generate(SIZE, seed=3)
    return _cpu_seconds(pair.text_a, pair.text_b) / (len(pair.text_a) / 1000)


@pytest.mark.parametrize(
    "make", [_repeated_sentence, _one_word, _near_duplicates, _tiny_paragraphs]
)
def test_adversarial_text_stays_within_the_time_budget(
    make: Callable[[], str], prose_seconds_per_kb: float
) -> None:
    text = make()
    assert len(text) >= SIZE * 0.95
    per_kb = _cpu_seconds(text, text) / (len(text) / 1000)
    assert per_kb <= TIME_RATIO * prose_seconds_per_kb, (per_kb, prose_seconds_per_kb)
