"""Speakers and claims, merged across both articles (being written)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.model import Article, Claim, Match, Speaker


def attribute(
    a: Article, b: Article, matches: Sequence[Match]
) -> tuple[list[Speaker], list[Claim]]:
    return [], []
