"""The fast paths give exactly what the full passes give."""

from __future__ import annotations

import unicodedata
from operator import itemgetter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.facts.contexts import _WEIGHTS, _weighted
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


def _weighted_by_sorting(stems: list[str], before: int, after: int) -> dict[str, float]:
    """A fact's context words the plain way: each word with its distance's weight,
    sorted lightest first, so that the nearest occurrence is written last."""
    weighted = [
        *zip(stems[:before][::-1], _WEIGHTS, strict=False),
        *zip(stems[after:], _WEIGHTS, strict=False),
    ]
    weighted.sort(key=itemgetter(1))
    vector = dict(weighted)
    vector.pop("", None)
    return vector


# Few distinct stems, so words repeat at several distances; "" is a stopword.
sentence_stems = st.lists(st.sampled_from(["", "a", "b", "c", "d", "e"]), max_size=900)


@relaxed
@given(sentence_stems, st.integers(0, 900), st.integers(0, 20))
def test_context_weights_laid_out_without_sorting(
    stems: list[str], before: int, inside: int
) -> None:
    before = min(before, len(stems))
    expected = _weighted_by_sorting(stems, before, before + inside)
    # Same weights and the same order: the order breaks ties between equal scores.
    assert list(_weighted(stems, before, before + inside).items()) == list(expected.items())
