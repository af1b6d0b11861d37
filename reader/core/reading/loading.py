"""Path or string -> Article: read safely, decode, split into blocks, find metadata."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reader.core.model import Article
from reader.core.reading.assemble import build_article
from reader.core.reading.decoding import DecodeError, decode, sanitize
from reader.core.reading.errors import LoadError as LoadError  # raised here; callers catch it
from reader.core.reading.markdown import RawBlock, markdown_blocks
from reader.core.reading.metadata import (
    find_trailing_source,
    mark_title,
    split_front_matter,
    take_leading_metadata,
)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt", ".text", ""}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES


def load_article(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read an article file (.txt, .md, .html); raise LoadError with a one-line reason."""
    path = Path(path)
    data = read_bytes(path, max_bytes)
    try:
        raw = decode(data)
    except DecodeError as error:
        raise LoadError(f"{path}: {error}; expected a text, Markdown or HTML article") from None
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return _html_loader()(raw, path)
    article = parse_article(raw, path=path, markdown=suffix in MARKDOWN_SUFFIXES)
    if not article.text.strip():
        raise LoadError(f"{path}: no readable text in the file")
    return article


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or LoadError for missing, non-file, empty or oversized input."""
    try:
        if not path.exists():
            if path.is_symlink():
                raise LoadError(f"{path}: broken or looping symbolic link")
            raise LoadError(f"{path}: no such file")
        if path.is_dir():
            raise LoadError(f"{path}: is a folder; `diptych library FOLDER` lists its articles")
        if not path.is_file():
            raise LoadError(f"{path}: not a regular file (a pipe or device); give an article file")
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(
                f"{path}: file is {_megabytes(size)}, over the {_megabytes(max_bytes)} "
                "limit (raise it with --max-size)"
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise LoadError(f"{path}: permission denied; check the file's permissions") from None
    except OSError as error:
        raise LoadError(f"{path}: cannot read ({error.strerror or error})") from None
    if not data.strip():
        raise LoadError(
            f"{path}: file is empty" if not data else f"{path}: file is empty (only blank space)"
        )
    return data


def _megabytes(size: int) -> str:
    # The same megabytes as --max-size takes (2**20 bytes): "20 MB", not "21 MB".
    return f"{size / 2**20:.3g} MB"


def article_from_text(text: str, title: str | None = None, markdown: bool = False) -> Article:
    """An Article from a string (for the Python API and tests)."""
    article = parse_article(sanitize(text), path=None, markdown=markdown)
    if title:
        return replace(article, title=title)
    return article


def parse_article(raw: str, path: Path | None, markdown: bool) -> Article:
    """Decoded text -> Article: metadata, blocks, sentences."""
    raw = sanitize(raw)
    metadata, body = split_front_matter(raw)
    raw_blocks = markdown_blocks(body) if markdown else text_blocks(body)
    raw_blocks = take_leading_metadata(raw_blocks, metadata)
    find_trailing_source(raw_blocks, metadata)
    raw_blocks = mark_title(raw_blocks, metadata)
    return build_article(raw_blocks, metadata, path)


def text_blocks(body: str) -> list[RawBlock]:
    """Plain text paragraphs: blank-line separated if the text has blank lines, else lines."""
    blank_lines = re.search(r"\n\s*\n", body)
    chunks = re.split(r"\n\s*\n", body) if blank_lines else body.split("\n")
    return [("paragraph", chunk) for chunk in chunks if chunk.strip()]


def _html_loader() -> Callable[[str, Path], Article]:
    from reader.core.reading.html import load_html

    return load_html
