"""The comparison's JSON writer prints exactly what json prints of `to_dict()`."""

from __future__ import annotations

import json
from dataclasses import replace

from reader.core.compare import compare
from reader.core.comparison_json import comparison_json
from reader.core.model import Article, Claim, Comparison, Match
from reader.core.printable import json_text
from reader.core.reading.loading import article_from_text

# Characters json leaves raw that must be escaped, beside ones that stay as they are.
ODD = "plain “quoted” \u202e bidi \u2028 line \x85 c1 \ud800 half é"


class _Offset(int):
    """An int subclass, as a caller's own span type might be."""


def _odd_comparison(matches: list[Match]) -> Comparison:
    """Articles whose text holds characters the JSON must escape (set after loading,
    which would have removed them), and the given matches into it."""
    article = replace(article_from_text("A plain sentence. " * 40), text=ODD * 30)
    other: Article = replace(article, text="ascii only " * 60)
    return Comparison(a=article, b=other, matches=tuple(matches))


def _same_as_json(comparison: Comparison) -> list[str]:
    chunks = list(comparison_json(comparison))
    text = "".join(chunks)
    assert text == json_text(comparison.to_dict())
    json.loads(text.replace("\\ud800", "?"))  # valid JSON (a lone surrogate aside)
    return chunks


def test_seed_comparison_is_written_as_json_writes_it(seed_a: Article, seed_b: Article) -> None:
    comparison = compare(seed_a, seed_b)
    assert len(comparison.matches) > 5
    _same_as_json(comparison)


def test_unsafe_characters_odd_numbers_and_many_matches_are_written_as_json_writes_them() -> None:
    spans = [(start % 500, start % 500 + 40) for start in range(2_500)]
    matches = [Match(span, (0, 30), "paraphrase", 0.123456789) for span in spans]
    matches += [
        Match((0, 5), (1, 2), "verbatim", float("nan")),
        Match((0, 5), (1, 2), "verbatim", float("inf")),
        Match((True, 5), (1, 2), "fact", 1.0),  # json writes true, not 1
        Match((_Offset(3), _Offset(9)), (1, 2), "fact", 0.5),
        Match((0, 0), (0, 0), "verbatim", 0.0),
    ]
    chunks = _same_as_json(_odd_comparison(matches))
    assert len(chunks) > 3  # written as it comes


def test_a_comparison_without_matches_is_written_as_json_writes_it() -> None:
    _same_as_json(_odd_comparison([]))


def test_no_chunk_holds_much_more_than_one_part_of_the_document() -> None:
    """Written as it comes: thousands of claims after the matches do not wait in
    memory for the rest of the document (peak memory on 2 x 1 MB)."""
    said = "We will rebuild the bridge, and it will be open by the spring. " * 3
    claims = [Claim("a", "Ana Ruiz", (0, 5), said, "said", True) for _ in range(3_000)]
    matches = [Match((0, 40), (0, 30), "paraphrase", 0.5) for _ in range(3_000)]
    comparison = replace(_odd_comparison(matches), claims=tuple(claims))
    chunks = _same_as_json(comparison)
    claims_json = json_text([comparison.to_dict()["claims"]])
    assert max(map(len, chunks)) < len(claims_json) // 2
