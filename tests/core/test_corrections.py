"""apply_corrections: the user's links and unlinks change the aligner's matches."""

from __future__ import annotations

from dataclasses import replace

from reader.core.annotation.anchoring import passage_of
from reader.core.annotation.corrections import apply_corrections
from reader.core.model import Article, Match, Note, NoteKind
from reader.core.reading.loading import article_from_text

A = article_from_text("Talks ran long. The envoy saw no deal. Rain fell on the city.")
B = article_from_text("The meeting was long. No deal, the envoy said. The city was wet.")


def span(article: Article, text: str) -> tuple[int, int]:
    start = article.text.index(text)
    return start, start + len(text)


def correction(kind: NoteKind, in_a: str, in_b: str, created: str, swap: bool = False) -> Note:
    first, second = passage_of(A, span(A, in_a)), passage_of(B, span(B, in_b))
    if swap:
        first, second = second, first
    return Note(0, "uid", kind, first, second, "", "", created, created)


MATCHES = [
    Match(span(A, "Talks ran long."), span(B, "The meeting was long."), "paraphrase", 0.7),
    Match(
        span(A, "Rain fell on the city."), span(B, "No deal, the envoy said."), "paraphrase", 0.5
    ),
]


def test_unlink_drops_the_match() -> None:
    unlink = correction("unlink", "Rain fell on the city.", "No deal, the envoy said.", "1")
    assert apply_corrections(MATCHES, [unlink], A, B) == MATCHES[:1]


def test_link_adds_a_pair_in_a_order() -> None:
    link = correction("link", "The envoy saw no deal.", "No deal, the envoy said.", "1")
    result = apply_corrections(MATCHES[:1], [link], A, B)
    added = Match(
        span(A, "The envoy saw no deal."), span(B, "No deal, the envoy said."), "paraphrase", 1.0
    )
    assert result == [MATCHES[0], added]


def test_link_stored_the_other_way_round_still_applies() -> None:
    link = correction("link", "Rain fell on the city.", "The city was wet.", "1", swap=True)
    result = apply_corrections([], [link], A, B)
    assert [(match.a, match.b) for match in result] == [
        (span(A, "Rain fell on the city."), span(B, "The city was wet."))
    ]


def test_later_unlink_undoes_an_earlier_link_whatever_the_list_order() -> None:
    link = correction("link", "Rain fell on the city.", "The city was wet.", "2026-01-01T00:00:00Z")
    unlink = correction(
        "unlink", "Rain fell on the city.", "The city was wet.", "2026-01-02T00:00:00Z"
    )
    assert apply_corrections(MATCHES[:1], [unlink, link], A, B) == MATCHES[:1]


def test_correction_for_other_articles_is_ignored() -> None:
    other = article_from_text("Something else entirely, about cooking pasta with basil.")
    unlink = correction("unlink", "Talks ran long.", "The meeting was long.", "1")
    assert apply_corrections(MATCHES, [unlink], other, B) == MATCHES


def test_plain_notes_change_nothing() -> None:
    note = replace(correction("link", "Talks ran long.", "The city was wet.", "1"), kind="note")
    assert apply_corrections(MATCHES, [note], A, B) == MATCHES
