"""Wrapping to the pane: word boundaries, wide characters, and offsets that map back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.core.reading.loading import article_from_text
from reader.ui.widgets.highlights import HighlightIndex, merge_by_kind
from reader.ui.widgets.layout import _wrap_cells, _wrap_words, wrap_article, wrap_text


def shown(text: str, ranges: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in ranges]


def test_wraps_at_word_boundaries_within_the_width() -> None:
    text = "The quick brown fox jumps over the lazy dog again and again."
    lines = shown(text, wrap_text(text, 0, len(text), 16))
    assert lines == ["The quick brown ", "fox jumps over ", "the lazy dog ", "again and again."]
    assert all(cell_len(line.rstrip()) <= 16 for line in lines)
    assert "".join(lines) == text


def test_wide_characters_count_two_cells() -> None:
    text = "東京都の知事は 記者会見で 発表した 🎉🎉 それから"
    ranges = wrap_text(text, 0, len(text), 10)
    lines = shown(text, ranges)
    assert all(cell_len(line.rstrip()) <= 10 for line in lines)
    assert "".join(lines) == text
    assert lines[0] == "東京都の知"  # 7 wide characters are 14 cells: split at 10


def test_a_word_longer_than_the_pane_is_split() -> None:
    url = "https://example.com/" + "a" * 30
    text = f"see {url} now"
    lines = shown(text, wrap_text(text, 0, len(text), 12))
    assert all(len(line.rstrip()) <= 12 for line in lines)
    assert "".join(lines) == text


def test_article_lines_map_offsets_back_to_lines() -> None:
    article = article_from_text("First paragraph is here.\n\nSecond one follows it closely.")
    wrapped = wrap_article(article, 12)
    second = article.text.index("Second")
    line = wrapped.lines[wrapped.line_of(second)]
    assert line.start == second
    assert (
        wrapped.lines[wrapped.line_of(second) - 1].start
        == wrapped.lines[wrapped.line_of(second) - 1].end
    )  # the blank line between blocks
    for index, visual in enumerate(wrapped.lines):
        for offset in range(visual.start, visual.end):
            assert wrapped.line_of(offset) == index


def test_highlight_lookup_finds_only_overlapping_spans() -> None:
    index = HighlightIndex([(0, 5, "a"), (3, 40, "b"), (50, 60, "c")])
    assert [tag for *_, tag in index.overlapping(10, 20)] == ["b"]
    assert [tag for *_, tag in index.overlapping(4, 51)] == ["a", "b", "c"]
    assert index.overlapping(40, 50) == []


def test_merge_by_kind_joins_overlaps_of_one_kind_only() -> None:
    merged = merge_by_kind([(0, 5, "verbatim"), (3, 9, "verbatim"), (4, 6, "fact")])
    assert merged == [(0, 9, "verbatim"), (4, 6, "fact")]


def test_a_huge_span_is_found_anywhere_inside_it() -> None:
    index = HighlightIndex([(0, 1_000_000, "verbatim"), (500_000, 500_010, "fact")])
    found = index.overlapping(750_000, 750_060)
    assert [(tag, start <= 750_000 and end >= 750_060) for start, end, tag in found] == [
        ("verbatim", True)
    ]
    assert {tag for *_, tag in index.overlapping(500_005, 500_006)} == {"verbatim", "fact"}


@given(
    words=st.lists(st.text(alphabet="abcdefghij.,'’“—…éüß", min_size=1, max_size=25), max_size=40),
    width=st.integers(min_value=1, max_value=30),
)
def test_one_cell_fast_path_wraps_like_the_word_path(words: list[str], width: int) -> None:
    text = " ".join(words)
    assert _wrap_cells(text, 0, len(text), width) == _wrap_words(text, 0, len(text), width)
