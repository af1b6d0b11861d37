"""Loading articles: decoding, sanitising, structure, metadata, refusals."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.core.reading.loading import LoadError, article_from_text, load_article

BODY = "The minister said the talks went well. Nobody else spoke."


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_seed_metadata(seed_a, seed_b) -> None:
    assert seed_a.title.startswith("Tillerson: Putin Asked Trump For Proof")
    assert seed_a.source == "zerohedge"
    assert seed_b.date == "2017-07-07"
    assert seed_b.text.startswith("President Trump opened his first meeting")
    assert seed_b.title.startswith("President Trump opened his first meeting")


def test_seed_blocks_are_paragraphs(seed_b) -> None:
    assert len(seed_b.blocks) == 11
    last = seed_b.blocks[-1]
    assert seed_b.span_text(last.span).endswith('"so clearly she failed."')


@pytest.mark.parametrize(
    "encoded",
    [
        BODY.encode("utf-8"),
        codecs.BOM_UTF8 + BODY.encode("utf-8"),
        codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"),
        BODY.encode("utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom"],
)
def test_encodings_decode_to_same_text(tmp_path: Path, encoded: bytes) -> None:
    assert load_article(write(tmp_path, "a.txt", encoded)).text == BODY


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = "Le président a déclaré que l'économie française était forte. " * 4
    article = load_article(write(tmp_path, "a.txt", text.encode("cp1252")))
    assert "président" in article.text and "économie" in article.text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_unified(tmp_path: Path, newline: str) -> None:
    raw = newline.join(["Title line", "First paragraph here.", "Second one."])
    article = load_article(write(tmp_path, "a.txt", raw.encode()))
    assert "\r" not in article.text
    assert article.title == "Title line"
    assert article.text.split("\n\n") == [
        "Title line",
        "First paragraph here.",
        "Second one.",
    ]


def test_escape_sequences_and_controls_removed() -> None:
    raw = (
        "Alpha \x1b[2J\x1b[31mred\x1b[0m \x1b]52;c;ZXZpbA==\x07beta\x07 "
        "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ end\x00\x08."
    )
    article = article_from_text(raw)
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert article.text == "Alpha red beta link end."


def test_markup_is_kept_as_plain_text() -> None:
    article = article_from_text("He wrote [bold red]x[/] and [link=https://x]y[/link].")
    assert article.text == "He wrote [bold red]x[/] and [link=https://x]y[/link]."


def test_markdown_structure_and_front_matter(tmp_path: Path) -> None:
    source = (
        "---\ntitle: Summit ends\nsource: Example Times\ndate: 2020-01-02\n---\n"
        "# Ignored heading\n\nFirst *para* with [a link](http://x).\n\n"
        "> A quoted line.\n\n- item one\n- item two\n"
    )
    article = load_article(write(tmp_path, "a.md", source.encode()))
    assert (article.title, article.source, article.date) == (
        "Summit ends",
        "Example Times",
        "2020-01-02",
    )
    kinds = [block.kind for block in article.blocks]
    assert kinds == ["title", "paragraph", "quote", "list_item", "list_item"]
    assert "First para with a link." in article.text
    assert "*" not in article.text and "http" not in article.text


def test_markdown_heading_is_title(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.md", b"# Big news\n\nIt happened today."))
    assert article.title == "Big news"


def test_leading_metadata_lines(tmp_path: Path) -> None:
    raw = (
        "source: https://example.com/story\nBy Jane Doe\nDate: 2019-03-04\n"
        "Headline here\nBody text. More body."
    )
    article = load_article(write(tmp_path, "a.txt", raw.encode()))
    assert article.source == "https://example.com/story"
    assert article.author == "Jane Doe"
    assert article.date == "2019-03-04"
    assert article.title == "Headline here"
    assert article.text.startswith("Headline here")


def test_long_first_line_gives_shortened_title() -> None:
    article = article_from_text("word " * 60)
    assert article.title.endswith("…") and len(article.title) <= 81


def test_spans_index_clean_text(seed_a) -> None:
    for block in seed_a.blocks:
        start, end = block.span
        assert seed_a.text[start:end].strip() == seed_a.text[start:end]


def test_sha256_is_of_display_text(tmp_path: Path) -> None:
    plain = load_article(write(tmp_path, "a.txt", BODY.encode()))
    bom = load_article(write(tmp_path, "b.txt", codecs.BOM_UTF8 + BODY.encode()))
    assert plain.sha256 == bom.sha256


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        ("nul.txt", b"abc\x00def\x00ghi\x00" * 20, "binary"),
    ],
)
def test_bad_files_refused(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    with pytest.raises(LoadError, match=reason) as error:
        load_article(write(tmp_path, name, data))
    assert name in str(error.value) and "\n" not in str(error.value)


def test_missing_and_folder_refused(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load_article(tmp_path / "missing.txt")
    with pytest.raises(LoadError, match="folder"):
        load_article(tmp_path)


def test_oversized_file_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"word " * 300)
    with pytest.raises(LoadError, match="--max-size"):
        load_article(path, max_bytes=1000)
    assert load_article(path, max_bytes=2000).words == 300


def test_datelines_and_bylines_around_the_headline_are_metadata() -> None:
    above = article_from_text(
        "Updated: November 11, 2011 20: 09 IST\n\nNavy foils pirate attack\n\nThe navy said so."
    )
    assert (above.title, above.date) == ("Navy foils pirate attack", "2011-11-11")
    below = article_from_text(
        "Indian ship thwarts piracy attempt\n\nBy Priya Sharma\n\n"
        "Posted Nov. 11, 2011 - 6: 50pm Updated Nov. 12, 2011 - 7: 56am\n\n"
        "The ship captured three boats."
    )
    assert (below.title, below.author, below.date) == (
        "Indian ship thwarts piracy attempt",
        "Priya Sharma",
        "2011-11-11",
    )
    assert below.text == "Indian ship thwarts piracy attempt\n\nThe ship captured three boats."


def test_lines_that_only_look_like_metadata_stay_in_the_text() -> None:
    article = article_from_text(
        "Budget talks resume\n\nBy the numbers\n\nUpdated figures were published on Monday."
    )
    assert article.author is None and article.date is None
    assert "By the numbers" in article.text and "Updated figures" in article.text


def test_month_name_dates_become_iso_days() -> None:
    article = article_from_text("---\ntitle: Summit\ndate: 3 Sept 2019\n---\n\nLeaders met.")
    assert article.date == "2019-09-03"
    odd = article_from_text("---\ntitle: Summit\ndate: Feb 30, 2020\n---\n\nLeaders met.")
    assert odd.date == "Feb 30, 2020"  # not a day: kept as written
