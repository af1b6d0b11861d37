"""Blocks and metadata -> Article: the one place the display text, its block spans and
its sentences are made, for text, Markdown, HTML and web pages alike."""

from __future__ import annotations

import hashlib
from pathlib import Path

from reader.core.model import Article, Block
from reader.core.reading.decoding import sanitize
from reader.core.reading.markdown import RawBlock
from reader.core.reading.metadata import Metadata, date_in_address, tidy
from reader.core.reading.segment import segment


def build_article(raw_blocks: list[RawBlock], metadata: Metadata, path: Path | None) -> Article:
    """Join blocks with blank lines into the display text; segment sentences."""
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, block_text in raw_blocks:
        # Again after parsing: Markdown and HTML entities (&#x202e;) decode to controls.
        block_text = sanitize(block_text)
        clean = tidy(block_text) if kind != "code" else block_text
        if not clean:
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        blocks.append(Block(kind, (offset, offset + len(clean))))
        parts.append(clean)
        offset += len(clean)
    text = "".join(parts)
    sentences = segment(text, blocks)
    title = sanitize(metadata.title or _fallback_title(text, path))
    return Article(
        text=text,
        title=title,
        blocks=tuple(blocks),
        sentences=tuple(sentences),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        path=path,
        source=_clean(metadata.source),
        date=_clean(metadata.date or date_in_address(metadata.source)),
        author=_clean(metadata.author),
    )


def _clean(value: str | None) -> str | None:
    return sanitize(value) if value else value


def _fallback_title(text: str, path: Path | None) -> str:
    first_line = text.split("\n", 1)[0].strip()
    if first_line:
        if len(first_line) <= 80:
            return first_line
        return first_line[:80].rsplit(" ", 1)[0] + "…"
    return path.stem if path else "Untitled"
