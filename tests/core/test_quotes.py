"""Quotation spans: curly, straight, mixed and tokeniser-spaced marks, across paragraphs."""

from __future__ import annotations

from reader.core.reading.loading import article_from_text
from reader.core.speech.quotes import quote_spans


def quotes_in(text: str) -> list[str]:
    article = article_from_text(text)
    spans = quote_spans(article.text, [block.span for block in article.blocks])
    return [article.text[start:end] for start, end in spans]


def test_curly_and_straight_quotes() -> None:
    text = '“We are ready,” she said. He called it "a good start" and left.'
    assert quotes_in(text) == ["“We are ready,”", '"a good start"']


def test_apostrophes_are_not_quotes() -> None:
    text = "O'Brien said the players' union wouldn't sign. 'It's over,' he added."
    assert quotes_in(text) == ["'It's over,'"]


def test_tokeniser_spaced_straight_quotes_pair_up_in_order() -> None:
    text = 'The mill shut in May. "We lost everything, "Ruth Ames said. "Nobody came. "'
    assert quotes_in(text) == ['"We lost everything, "', '"Nobody came. "']


def test_tokeniser_spaced_single_quotes() -> None:
    text = "'I was not sure it would hold, ' Ruth Ames said. The dam's gate held."
    assert quotes_in(text) == ["'I was not sure it would hold, '"]


def test_quote_opened_in_one_paragraph_closed_in_a_later_one() -> None:
    text = '"The river rose fast.\n\nBy noon the road was gone, "the mayor said.'
    assert quotes_in(text) == ['"The river rose fast.\n\nBy noon the road was gone, "']


def test_each_paragraph_reopening_the_quote_is_its_own_quotation() -> None:
    text = 'He said: "The river rose fast.\n\n"By noon the road was gone."'
    assert quotes_in(text) == ['"The river rose fast.', '"By noon the road was gone."']


def test_opened_with_one_kind_closed_with_another() -> None:
    text = "'The bridge will hold, \"the engineer said. \"It was built well,' he added."
    assert quotes_in(text) == ["'The bridge will hold, \"", "\"It was built well,'"]


def test_a_stray_mark_does_not_swallow_the_next_paragraphs() -> None:
    text = (
        '"The storm hit at dawn, officials said.\n\n'
        "Roads were closed.\n\n"
        "Schools stayed shut.\n\n"
        '"We need help," the mayor said.'
    )
    assert quotes_in(text) == ['"The storm hit at dawn, officials said.', '"We need help,"']
