"""The loading fast paths give exactly what the full passes give."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.reading.decoding import _clean, sanitize
from reader.core.reading.markdown import markdown_blocks, parsed_blocks, plain_paragraphs

relaxed = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Plain prose pieces, the spaces markdown-it and str.strip disagree on, and syntax.
PIECES = [
    *"abcXYZ .,:;!?$@%{}()'\"/=+-#>0123456789\n",
    *["\n\n", "\n \n", " \n", "  \n", "\n   ", "\n    ", "\u00a0", "\u2003", "\u3000", "\x85"],
    *["1. ", "2) ", "- ", "# ", "> ", "===", "---", "é", "e\u0301", "…", "“", "Mr. ", "U.S. "],
    *["*", "_", "`", "~~", "[a](b)", "<b>", "&amp;", "|", "\\", "\t", "\r\n", "\x1b[2J"],
]
prose = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@relaxed
@given(prose | st.text(max_size=200))
def test_plain_paragraphs_match_markdown_it(source: str) -> None:
    plain = plain_paragraphs(source)
    if plain is not None:
        assert plain == parsed_blocks(source)
    assert markdown_blocks(source) == parsed_blocks(source)


def test_plain_paragraphs_taken_for_prose_only() -> None:
    prose_text = "Title line\n\nThe minister said so. It rained.\nLater  \n  more.\n"
    assert plain_paragraphs(prose_text) == [
        ("paragraph", "Title line"),
        ("paragraph", "The minister said so. It rained. Later more."),
    ]
    for syntax in ("# Head\n", "1. item\n", "a *b*\n", "    code\n", "a\n===\n", "x &amp; y"):
        assert plain_paragraphs(syntax) is None


@relaxed
@given(prose | st.text(max_size=200))
def test_sanitize_fast_path_is_the_full_pass(text: str) -> None:
    assert sanitize(text) == unicodedata.normalize("NFC", _clean(text))
