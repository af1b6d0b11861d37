"""Exports: W3C Web Annotation JSON, Readwise CSV and Markdown, checked field by field."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.core.annotation.anchoring import passage_of
from reader.core.annotation.export import export_notes, notes_listing
from reader.core.annotation.notes import NotesStore
from reader.core.model import Article, Note
from reader.core.reading.loading import article_from_text

QUOTE = "intractable disagreement"


def span_of(article: Article, quote: str) -> tuple[int, int]:
    start = article.text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def notes(tmp_path: Path, seed_a: Article, seed_b: Article) -> list[Note]:
    """A note on a pair of passages, a bare highlight, and an aligner correction."""
    with NotesStore.open(tmp_path / "data") as store:
        store.save_note(
            passage_of(seed_a, span_of(seed_a, QUOTE)),
            'Both quote it, "word for word", here',
            "verbatim quote",
            linked=passage_of(seed_b, span_of(seed_b, QUOTE)),
        )
        store.save_note(passage_of(seed_b, seed_b.sentences[1].span))
        store.save_note(
            passage_of(seed_a, seed_a.sentences[0].span),
            kind="unlink",
            linked=passage_of(seed_b, seed_b.sentences[0].span),
        )
        return store.load_notes()


def test_json_follows_the_w3c_annotation_model(
    notes: list[Note], seed_a: Article, seed_b: Article
) -> None:
    annotations = json.loads(export_notes(notes, "json"))
    assert len(annotations) == 2  # the correction is not exported
    first, second = annotations
    for annotation in annotations:
        assert annotation["@context"] == "http://www.w3.org/ns/anno.jsonld"
        assert annotation["type"] == "Annotation"
        assert annotation["id"].startswith("urn:uuid:")
        assert annotation["created"].endswith("Z") and annotation["modified"].endswith("Z")
    assert first["motivation"] == "commenting" and second["motivation"] == "highlighting"
    comment, tag, link = first["body"]
    assert comment == {
        "type": "TextualBody",
        "value": 'Both quote it, "word for word", here',
        "format": "text/plain",
        "purpose": "commenting",
    }
    assert tag == {"type": "TextualBody", "value": "verbatim quote", "purpose": "tagging"}
    assert link["purpose"] == "linking" and link["source"] == seed_b.path.resolve().as_uri()
    assert_target(first["target"], seed_a, span_of(seed_a, QUOTE))
    assert_target(second["target"], seed_b, seed_b.sentences[1].span)
    assert "body" not in second


def assert_target(target: dict[str, object], article: Article, span: tuple[int, int]) -> None:
    assert article.path is not None
    assert target["source"] == article.path.resolve().as_uri()
    quote, position = target["selector"]  # type: ignore[misc]
    start, end = span
    assert position == {"type": "TextPositionSelector", "start": start, "end": end}
    assert quote["type"] == "TextQuoteSelector"
    assert quote["exact"] == article.text[start:end]
    assert article.text[:start].endswith(quote["prefix"]) and 32 <= len(quote["prefix"]) <= 64
    assert article.text[end:].startswith(quote["suffix"]) and 32 <= len(quote["suffix"]) <= 64


def test_json_source_of_text_without_a_file_is_its_hash(tmp_path: Path) -> None:
    article = article_from_text("A short article. It has a quote in it.")
    with NotesStore.open(tmp_path) as store:
        store.save_note(passage_of(article, span_of(article, "a quote")), "n")
        (annotation,) = json.loads(export_notes(store.load_notes(), "json"))
    assert annotation["target"]["source"] == f"urn:sha256:{article.sha256}"


def test_csv_has_readwise_columns_and_reads_back(
    notes: list[Note], seed_a: Article, seed_b: Article
) -> None:
    rows = list(csv.reader(io.StringIO(export_notes(notes, "csv"), newline="")))
    assert rows[0] == ["Highlight", "Title", "Author", "URL", "Note", "Location"]
    records = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert len(records) == 2
    record = records[QUOTE]
    assert record["Title"] == seed_a.title
    assert record["Author"] == "zerohedge"
    assert record["URL"] == seed_a.path.resolve().as_uri()
    assert record["Note"] == '.verbatim-quote Both quote it, "word for word", here'
    assert int(record["Location"]) == span_of(seed_a, QUOTE)[0]
    highlight = seed_b.span_text(seed_b.sentences[1].span)
    assert records[highlight]["Title"] == seed_b.title and records[highlight]["Note"] == ""


def test_markdown_has_quote_sources_linked_passage_and_note(
    notes: list[Note], seed_a: Article, seed_b: Article
) -> None:
    document = export_notes(notes, "markdown")
    line = seed_a.text.count("\n", 0, span_of(seed_a, QUOTE)[0]) + 1
    column = span_of(seed_a, QUOTE)[0] - seed_a.text.rfind("\n", 0, span_of(seed_a, QUOTE)[0])
    assert f"`{seed_a.path.resolve()}:{line}:{column}`" in document
    assert f"> {QUOTE}" in document and document.count(f"> {QUOTE}") == 2  # both articles
    assert 'Both quote it, "word for word", here' in document
    assert "verbatim quote" in document
    assert f"## {seed_a.title} ⟷ {seed_b.title}" in document
    assert f"## {seed_b.title}\n" in document  # the lone highlight is its own group
    assert "unlink" not in document


def test_markdown_escapes_formatting_in_article_text(tmp_path: Path) -> None:
    article = article_from_text("Title line\n\nThe *real* [figure] was <b>10</b> # not a heading.")
    with NotesStore.open(tmp_path) as store:
        store.save_note(passage_of(article, article.sentences[-1].span))
        document = export_notes(store.load_notes(), "markdown")
    assert r"> The \*real\* \[figure\] was \<b\>10\</b\> \# not a heading." in document


def test_listing_shows_date_tag_title_quote_and_note_without_control_characters(
    notes: list[Note], seed_a: Article
) -> None:
    listing = notes_listing(notes)
    assert seed_a.title in listing and QUOTE in listing and "verbatim quote" in listing
    assert "match dropped (D)" in listing  # corrections listed by what the user did
    assert notes[0].created.replace("T", " ").rstrip("Z") in listing
    hostile = [Note(9, "u", "note", notes[0].passage, None, "x\x1b[31m", "a\x07b\nc", "t", "t")]
    shown = notes_listing(hostile)
    assert "\x1b" not in shown and "\x07" not in shown and "a b c" in shown
