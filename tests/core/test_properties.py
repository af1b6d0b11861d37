"""Property-based checks of the core: any text loads into consistent spans."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.reading.decoding import sanitize
from reader.core.reading.loading import article_from_text

# Text with the characters that stress segmentation and sanitising.
TRICKY = ["Mr.", "U.S.", "a.m.", "\x1b[2J", "\x1b]52;c;x\x07", "é", "漢", "😊", "\u202e", "\x00"]
news_alphabet = st.sampled_from([*"abcXYZ .,!?;:'\"“”‘’()-–—\n\r\t0123456789+$%", *TRICKY])
news_text = st.lists(news_alphabet, max_size=300).map("".join)
relaxed = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@relaxed
@given(st.text(max_size=400) | news_text)
def test_sanitized_text_has_no_controls(text: str) -> None:
    clean = sanitize(text)
    assert "\x1b" not in clean and "\r" not in clean
    assert all(character in "\n" or ord(character) >= 32 for character in clean)
    assert sanitize(clean) == clean


@relaxed
@given(st.text(max_size=400) | news_text)
def test_blocks_and_sentences_index_the_text(text: str) -> None:
    article = article_from_text(text)
    previous_end = 0
    for sentence in article.sentences:
        start, end = sentence.span
        assert previous_end <= start < end <= len(article.text)
        block_start, block_end = article.blocks[sentence.block].span
        assert block_start <= start and end <= block_end
        previous_end = end
    for block in article.blocks:
        start, end = block.span
        assert 0 <= start < end <= len(article.text)


@relaxed
@given(st.text(max_size=400) | news_text)
def test_sentences_cover_all_visible_text(text: str) -> None:
    article = article_from_text(text)
    covered = "".join(article.span_text(sentence.span) for sentence in article.sentences)
    assert "".join(covered.split()) == "".join(article.text.split())
