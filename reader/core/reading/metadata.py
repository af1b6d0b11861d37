"""Title, source, date and author: from front matter and the lines around the headline.

News text carries its metadata in a few habitual shapes: `---` front matter, a
`source: URL` or `date 2017-07-07` line above the headline, a short first line as
the headline, a `By Jane Doe` or `Updated: November 11, 2011 18:50 IST` line
beside it, a `Source - zerohedge` line at the end. The lines taken as metadata
leave the text (but the headline stays in it); dates become ISO where they parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.reading.markdown import RawBlock

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
MAX_TITLE_CHARS = 120
_SPACES = re.compile(r"[ \u00a0]{2,}| *\n *")


@dataclass
class Metadata:
    title: str | None = None
    source: str | None = None
    date: str | None = None
    author: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


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
    line = tidy(first)
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


def tidy(block_text: str) -> str:
    """Runs of spaces and line breaks as one space, trimmed."""
    # _SPACES needs a newline, two spaces or a no-break space; most blocks have none.
    if "\n" in block_text or "  " in block_text or "\u00a0" in block_text:
        return _SPACES.sub(" ", block_text).strip()
    return block_text.strip()
