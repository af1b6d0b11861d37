"""Path or string -> Article: read safely, decode, split into blocks, find metadata."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader.core.model import Article, Block
from reader.core.reading.decoding import DecodeError, decode, sanitize
from reader.core.reading.markdown import RawBlock, markdown_blocks
from reader.core.reading.segment import segment

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt", ".text", ""}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES

_FRONT_MATTER = re.compile(r"\A---[ ]*\n(.*?)\n(?:---|\.\.\.)[ ]*(?:\n|\Z)", re.S)
_META_LINE = re.compile(
    r"^\s*(title|source|date|published|author|by|url|byline)(\s*:\s*|\s+)(\S.*)$", re.I
)
_DATE_VALUE = (
    r"\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{4}"
)
_INLINE_DATE = re.compile(rf"^\s*(?:date|published)\s*:?\s+({_DATE_VALUE})\s+", re.I)
_TRAILING_SOURCE = re.compile(r"^source\s*[:\-–]\s*(\S.{0,78})$", re.I)
_SPACES = re.compile(r"[ \u00a0]{2,}| *\n *")
MAX_TITLE_CHARS = 120


class LoadError(Exception):
    """An article that cannot be loaded; the message is one line for the user."""


@dataclass
class Metadata:
    title: str | None = None
    source: str | None = None
    date: str | None = None
    author: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


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


def build_article(raw_blocks: list[RawBlock], metadata: Metadata, path: Path | None) -> Article:
    """Join blocks with blank lines into the display text; segment sentences."""
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, block_text in raw_blocks:
        # Again after parsing: Markdown and HTML entities (&#x202e;) decode to controls.
        block_text = sanitize(block_text)
        clean = _tidy(block_text) if kind != "code" else block_text
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
        date=_clean(metadata.date),
        author=_clean(metadata.author),
    )


def _clean(value: str | None) -> str | None:
    return sanitize(value) if value else value


def text_blocks(body: str) -> list[RawBlock]:
    """Plain text paragraphs: blank-line separated if the text has blank lines, else lines."""
    blank_lines = re.search(r"\n\s*\n", body)
    chunks = re.split(r"\n\s*\n", body) if blank_lines else body.split("\n")
    return [("paragraph", chunk) for chunk in chunks if chunk.strip()]


def split_front_matter(raw: str) -> tuple[Metadata, str]:
    """YAML-style `---` front matter (simple `key: value` lines) -> Metadata, rest."""
    metadata = Metadata()
    found = _FRONT_MATTER.match(raw)
    if not found:
        return metadata, raw
    for line in found.group(1).splitlines():
        key, _, value = line.partition(":")
        value = value.strip().strip("'\"")
        if value:
            _set_metadata(metadata, key.strip().lower(), value)
    return metadata, raw[found.end() :]


def take_leading_metadata(blocks: list[RawBlock], metadata: Metadata) -> list[RawBlock]:
    """Consume `date …`, `source: …`, `By …` lines at the top, including a date prefix."""
    remaining = list(blocks)
    while remaining:
        kind, block_text = remaining[0]
        line = block_text.strip()
        inline = _INLINE_DATE.match(block_text)
        meta = _META_LINE.match(line) if len(line) <= 200 and "\n" not in line else None
        if meta and _accept_meta(meta.group(1).lower(), meta.group(2), meta.group(3)):
            _set_metadata(metadata, meta.group(1).lower(), meta.group(3).strip())
            remaining.pop(0)
        elif inline:
            metadata.date = metadata.date or inline.group(1)
            remaining[0] = (kind, block_text[inline.end() :])
        elif rest := _after_key_line(block_text, metadata):
            remaining[0] = (kind, rest)  # `source: URL` directly above the headline
        else:
            break
    return remaining


def _after_key_line(block_text: str, metadata: Metadata) -> str | None:
    """A block led by a `key: value` line: take the line as metadata, return the rest."""
    first, _, rest = block_text.strip().partition("\n")
    meta = _META_LINE.match(first) if len(first) <= 200 and rest.strip() else None
    if meta is None or ":" not in meta.group(2):
        return None
    _set_metadata(metadata, meta.group(1).lower(), meta.group(3).strip())
    return rest


def _accept_meta(key: str, separator: str, value: str) -> bool:
    # Without a colon only "date 2017-07-07" and "By Jane Doe" count as metadata.
    if key in ("date", "published"):
        return ":" in separator or re.fullmatch(_DATE_VALUE, value.strip(), re.I) is not None
    if key in ("by", "byline"):
        return len(value.split()) <= 6 and not value.rstrip().endswith(".")
    return ":" in separator


def find_trailing_source(blocks: list[RawBlock], metadata: Metadata) -> None:
    """A short `Source - zerohedge` line near the end names the source (kept in text)."""
    if metadata.source:
        return
    for _, block_text in blocks[-4:]:
        found = _TRAILING_SOURCE.match(block_text.strip())
        if found:
            metadata.source = found.group(1).strip()


def mark_title(blocks: list[RawBlock], metadata: Metadata) -> list[RawBlock]:
    """A leading heading or a short first line becomes the title (kept as a block)."""
    if not blocks:
        return blocks
    kind, first = blocks[0]
    line = _tidy(first)
    is_short = len(line) <= MAX_TITLE_CHARS and not re.search(r"[.!?:;,]$", line)
    if kind == "heading" or (kind == "paragraph" and is_short and len(blocks) > 1):
        metadata.title = metadata.title or line
        return [("title", first), *blocks[1:]]
    return blocks


def _set_metadata(metadata: Metadata, key: str, value: str) -> None:
    if key == "title":
        metadata.title = metadata.title or value
    elif key in ("source", "url", "publisher", "site", "site_name"):
        metadata.source = metadata.source or value
    elif key in ("date", "published", "published_at"):
        metadata.date = metadata.date or value
    elif key in ("author", "by", "byline"):
        metadata.author = metadata.author or value
    else:
        metadata.extra[key] = value


def _fallback_title(text: str, path: Path | None) -> str:
    first_line = text.split("\n", 1)[0].strip()
    if first_line:
        if len(first_line) <= 80:
            return first_line
        return first_line[:80].rsplit(" ", 1)[0] + "…"
    return path.stem if path else "Untitled"


def _tidy(block_text: str) -> str:
    # _SPACES needs a newline, two spaces or a no-break space; most blocks have none.
    if "\n" in block_text or "  " in block_text or "\u00a0" in block_text:
        return _SPACES.sub(" ", block_text).strip()
    return block_text.strip()


def _html_loader() -> Callable[[str, Path], Article]:
    from reader.core.reading.html import load_html

    return load_html
