"""Sentence segmentation on the traps of news prose."""

from __future__ import annotations

import pytest

from reader.core.reading.loading import article_from_text


def sentences(text: str) -> list[str]:
    article = article_from_text(text)
    return [article.span_text(sentence.span) for sentence in article.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones. They talked.",
            ["Mr. Smith met Dr. Jones.", "They talked."],
        ),
        (
            "The U.S. Senate voted on Feb. 5 at 10 a.m. local time. It passed.",
            ["The U.S. Senate voted on Feb. 5 at 10 a.m. local time.", "It passed."],
        ),
        (
            "Troops left the U.S. The war was over.",
            ["Troops left the U.S.", "The war was over."],
        ),
        (
            "John F. Kennedy spoke. Growth was 3.5 percent.",
            ["John F. Kennedy spoke.", "Growth was 3.5 percent."],
        ),
        (
            'He said "No." Then he left.',
            ['He said "No."', "Then he left."],
        ),
        (
            '"Is it true?" he asked. Nobody knew.',
            ['"Is it true?" he asked.', "Nobody knew."],
        ),
        (
            "“We will win,” she said. “It is done.” The crowd cheered.",
            ["“We will win,” she said.", "“It is done.”", "The crowd cheered."],
        ),
        (
            "After the 2+ hour meeting, they left. Nobody spoke.",
            ["After the 2+ hour meeting, they left.", "Nobody spoke."],
        ),
        (
            "Wait... what happened? Nothing!",
            ["Wait... what happened?", "Nothing!"],
        ),
        (  # police ranks before a name
            '"Nobody was hurt," harbour police Const. Ana Ruiz said. Det. Insp. Tom Lee agreed.',
            [
                '"Nobody was hurt," harbour police Const. Ana Ruiz said.',
                "Det. Insp. Tom Lee agreed.",
            ],
        ),
    ],
)
def test_news_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentences_cover_text_without_overlap(seed_a, seed_b) -> None:
    for article in (seed_a, seed_b):
        previous_end = 0
        covered = []
        for sentence in article.sentences:
            start, end = sentence.span
            assert previous_end <= start < end <= len(article.text)
            assert article.text[start:end] == article.text[start:end].strip()
            covered.append(article.text[previous_end:start])
            previous_end = end
        gaps = "".join(covered) + article.text[previous_end:]
        assert gaps.strip() == ""


def test_sentence_belongs_to_its_block(seed_b) -> None:
    for sentence in seed_b.sentences:
        block_start, block_end = seed_b.blocks[sentence.block].span
        assert block_start <= sentence.span[0] and sentence.span[1] <= block_end


def test_seed_quote_sentences(seed_b) -> None:
    texts = [seed_b.span_text(sentence.span) for sentence in seed_b.sentences]
    assert '"There was so much to talk about," said Tillerson.' in texts
    assert '"Neither one of them wanted to stop."' in texts
    assert "During the meeting, Putin denied being involved." in texts


def test_overlong_run_is_cut_at_spaces() -> None:
    text = " ".join(["word"] * 2000)
    article = article_from_text(text)
    assert len(article.sentences) > 1
    assert all(end - start <= 2000 for start, end in (s.span for s in article.sentences))


def test_sentence_at_finds_containing_sentence(seed_a) -> None:
    second = seed_a.sentences[1]
    assert seed_a.sentence_at(second.span[0] + 3) == second
    assert seed_a.sentence_at(len(seed_a.text) + 10) is None
