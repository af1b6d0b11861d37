"""HTML pages -> Articles: the article text and metadata, none of the page chrome."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.reading.html import load_html
from reader.core.reading.loading import LoadError, load_article

PAGE = """<!DOCTYPE html>
<html><head><title>Talks stall in Geneva | The Daily Planet</title>
<meta property="og:title" content="Talks stall in Geneva">
<meta property="og:site_name" content="The Daily Planet">
<meta property="article:published_time" content="2017-07-08T10:00:00Z">
<meta name="author" content="Lois Lane">
<script>var tracker = "SCRIPT-TEXT";</script>
<style>p { color: red } .STYLE-TEXT {}</style></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World NAV-TEXT</a></nav></header>
<article>
<h1>Talks stall in Geneva</h1>
<p>The foreign ministers met for more than two hours on Friday, officials said, but
they left without any agreement on the ceasefire that both governments had proposed.</p>
<h2>What was said</h2>
<blockquote><p>"It may simply be an intractable disagreement," the minister told
reporters after the long session at the lakeside hotel.</p></blockquote>
<p>Both sides agreed on three points, according to the joint statement:</p>
<ul><li>a new round of talks in August</li>
<li>an exchange of prisoners before the winter</li></ul>
<p>Analysts said the outcome was expected given the positions that both governments
took into the meeting last week, and few had hoped for more than a statement.</p>
<script>document.write("INLINE-SCRIPT")</script>
</article>
<aside>Most read: ASIDE-TEXT celebrity news</aside>
<form><input name="q"> SEARCH-FORM</form>
<footer>Copyright 2017 The Daily Planet. FOOTER-TEXT</footer>
</body></html>
"""

CHROME = ("SCRIPT-TEXT", "STYLE-TEXT", "NAV-TEXT", "INLINE-SCRIPT", "ASIDE-TEXT", "SEARCH-FORM",
          "FOOTER-TEXT", "<", ">", "color: red")  # fmt: skip
LIBRARY = [pytest.param(True, id="trafilatura"), pytest.param(False, id="fallback")]


@pytest.fixture(params=LIBRARY)
def use_library(request: pytest.FixtureRequest) -> bool:
    if request.param:
        pytest.importorskip("trafilatura", reason="the optional extra diptych[html]")
    return bool(request.param)


def kinds(page: str, use_library: bool) -> list[tuple[str, str]]:
    article = load_html(page, Path("page.html"), use_library=use_library)
    return [(block.kind, article.span_text(block.span)) for block in article.blocks]


def test_article_text_without_chrome(use_library: bool) -> None:
    article = load_html(PAGE, Path("page.html"), use_library=use_library)
    for chrome in CHROME:
        assert chrome not in article.text
    assert "intractable disagreement" in article.text
    assert "exchange of prisoners" in article.text


def test_metadata_from_the_page(use_library: bool) -> None:
    article = load_html(PAGE, Path("page.html"), use_library=use_library)
    assert article.title == "Talks stall in Geneva"
    assert article.source == "The Daily Planet"
    assert article.author == "Lois Lane"
    assert article.date is not None and article.date.startswith("2017-07-08")


def test_block_structure_kept(use_library: bool) -> None:
    blocks = kinds(PAGE, use_library)
    assert blocks[0] == ("title", "Talks stall in Geneva")
    assert ("heading", "What was said") in blocks
    assert any(kind == "quote" and "intractable" in text for kind, text in blocks)
    items = [text for kind, text in blocks if kind == "list_item"]
    assert items == ["a new round of talks in August", "an exchange of prisoners before the winter"]


def test_sentences_index_the_text(use_library: bool) -> None:
    article = load_html(PAGE, Path("page.html"), use_library=use_library)
    sentence_texts = [article.span_text(sentence.span) for sentence in article.sentences]
    assert any(text.startswith('"It may simply be') for text in sentence_texts)
    assert all(text == text.strip() and text for text in sentence_texts)


def test_control_characters_from_entities_are_dropped(use_library: bool) -> None:
    page = PAGE.replace("Both sides agreed", "Both&#27;[31m sides&#7; agreed")
    article = load_html(page, Path("page.html"), use_library=use_library)
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert "sides agreed" in article.text.replace("[31m ", "")


def test_fallback_without_article_element_keeps_body_blocks() -> None:
    page = (
        "<html><head><title>Plain page</title></head><body><nav>Menu</nav>"
        "<div>First paragraph of the story.</div><p>Second paragraph.</p>"
        "<footer>Footer</footer></body></html>"
    )
    assert kinds(page, use_library=False) == [
        ("title", "Plain page"),
        ("paragraph", "First paragraph of the story."),
        ("paragraph", "Second paragraph."),
    ]


def test_page_without_text_is_refused() -> None:
    page = "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>"
    with pytest.raises(LoadError, match="no readable article text"):
        load_html(page, Path("empty.html"), use_library=False)


def test_load_article_reads_html_files(tmp_path: Path) -> None:
    path = tmp_path / "story.htm"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    assert article.title == "Talks stall in Geneva"
    assert article.path == path
    assert "NAV-TEXT" not in article.text


def test_article_header_kept_page_header_dropped(use_library: bool) -> None:
    page = (
        "<html><body><header>SITE-HEADER</header><article><header><h1>Bridge reopens</h1>"
        "<p>By Ann Lee</p></header><p>The bridge reopened on Monday after two years of "
        "repairs, the city said, and traffic returned to normal by the evening.</p>"
        "</article></body></html>"
    )
    article = load_html(page, Path("page.html"), use_library=use_library)
    assert article.title == "Bridge reopens"
    assert "SITE-HEADER" not in article.text
    assert "traffic returned to normal" in article.text


def test_without_trafilatura_the_fallback_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    article = load_html(PAGE, Path("page.html"))
    assert article == load_html(PAGE, Path("page.html"), use_library=False)
    with pytest.raises(LoadError, match=r"pip install 'diptych\[html\]'"):
        load_html(PAGE, Path("page.html"), use_library=True)


TAGS = ["p", "div", "span", "h2", "li", "blockquote", "script", "nav", "b", "a", "table", "td"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(TAGS), st.text(alphabet="abc xyz.,'\"", min_size=1)),
        min_size=1,
        max_size=30,
    ),
    st.booleans(),
)
def test_no_markup_survives(parts: list[tuple[str, str]], close_tags: bool) -> None:
    body = "".join(
        f"<{tag} class='x'>{text}" + (f"</{tag}>" if close_tags else "") for tag, text in parts
    )
    try:
        article = load_html(f"<html><body>{body}</body></html>", None, use_library=False)
    except LoadError:
        return  # nothing readable (all inside scripts/nav, or blank)
    assert "<" not in article.text and ">" not in article.text and "class=" not in article.text
