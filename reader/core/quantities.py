"""Numbers, durations, money, dates -> comparable values (being written)."""

from __future__ import annotations

from reader.core.model import Article, DocId, Fact, FactLink, Match


def extract_facts(article: Article, doc: DocId) -> list[Fact]:
    return []


def link_facts(
    facts: list[Fact], a: Article, b: Article
) -> tuple[list[FactLink], list[Match]]:
    return [], []
