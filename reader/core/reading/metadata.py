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
from datetime import date

from reader.core.reading.markdown import RawBlock

_FRONT_MATTER = re.compile(r"\A---[ ]*\n(.*?)\n(?:---|\.\.\.)[ ]*(?:\n|\Z)", re.S)
_META_LINE = re.compile(
    r"^\s*(title|source|date|published|author|by|url|byline)(\s*:\s*|\s+)(\S.*)$", re.I
)
_DATE_VALUE = (
    r"\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{4}"
    r"|\d{1,2} ?/ ?\d{1,2} ?/ ?\d{4}"
)
# "Tuesday, Aug. 2 2011", "Fri, 11 Nov 2011": the weekday is dropped.
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
# A line that is only a date or two: "Updated: November 11, 2011 18: 50 IST", "Posted on
# Nov. 11, 2011 at 6:50 pm", "Posted September 26, 2013 - 3: 47pm Updated September 27,
# 2013 - 6: 56am" (the first date is the one kept).
_STAMP_KEY = r"(?:(?:last\s+)?updated|published|posted)(?:\s+on)?\s*:?\s*"
_TIME = (
    r"(?:,?\s*(?:[-–]\s*)?(?:at\s+)?\d{1,2}\s*[:.]\s*\d{2}\s*(?:[ap]\.? ?m\.?)?"
    r"(?:\s+[A-Z]{2,5})?)?"
)
_DATELINE = re.compile(
    rf"^{_STAMP_KEY}{_WEEKDAY}({_DATE_VALUE}){_TIME}"
    rf"(?:\s*[|·,]?\s*{_STAMP_KEY}{_WEEKDAY}(?:{_DATE_VALUE}){_TIME})?$",
    re.I,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})", re.I)
_NUMERIC_DATE = re.compile(r"(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4})")
_WEEKDAY_PREFIX = re.compile(_WEEKDAY, re.I)
# A date in an address: /2011/08/02/, /2011-08-02, /20110802 (as news sites file stories).
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}}) {_MONTH} (\d{{4}})", re.I)
AFTER_TITLE = 2  # lines after the headline that may still be a dateline or byline
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
    """Consume `date …`, `source: …`, `By …` and dateline lines at the top, including
    a date prefix."""
    remaining = list(blocks)
    while remaining:
        kind, block_text = remaining[0]
        line = block_text.strip()
        inline = _INLINE_DATE.match(block_text)
        meta = _META_LINE.match(line) if len(line) <= 200 and "\n" not in line else None
        if _take_dateline(line, metadata):
            remaining.pop(0)
        elif meta and _accept_meta(meta.group(1).lower(), meta.group(2), meta.group(3)):
            _set_metadata(metadata, meta.group(1).lower(), meta.group(3).strip())
            remaining.pop(0)
        elif inline:
            metadata.date = metadata.date or iso_date(inline.group(1))
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
    """A leading heading or a short first line becomes the title (kept as a block);
    a dateline or byline just below it is metadata."""
    if not blocks:
        return blocks
    kind, first = blocks[0]
    line = tidy(first)
    is_short = len(line) <= MAX_TITLE_CHARS and not re.search(r"[.!?:;,]$", line)
    if kind == "heading" or (kind == "paragraph" and is_short and len(blocks) > 1):
        metadata.title = metadata.title or line
        return [("title", first), *_take_lines_below_title(blocks[1:], metadata)]
    return blocks


def _take_lines_below_title(blocks: list[RawBlock], metadata: Metadata) -> list[RawBlock]:
    remaining = list(blocks)
    for _ in range(AFTER_TITLE):
        if len(remaining) < 2:
            break  # the last block is the article itself, whatever it looks like
        line = remaining[0][1].strip()
        if not (_take_byline(line, metadata) or _take_dateline(line, metadata)):
            break
        remaining.pop(0)
    return remaining


def _take_byline(line: str, metadata: Metadata) -> bool:
    found = _META_LINE.match(line) if len(line) <= 80 and "\n" not in line else None
    if found is None or found.group(1).lower() not in ("by", "byline"):
        return False
    name = found.group(3).strip()
    if not (name[:1].isupper() and _accept_meta("by", found.group(2), name)):
        return False  # "By the numbers" is a heading, not a byline
    _set_metadata(metadata, "by", name)
    return True


def _take_dateline(line: str, metadata: Metadata) -> bool:
    found = _DATELINE.match(line) if len(line) <= 80 else None
    if found is not None:
        metadata.date = metadata.date or iso_date(found.group(1))
    return found is not None


def iso_date(value: str) -> str:
    """A value that starts with a month-name date, as its ISO day (`Nov. 11, 2011
    18:50 IST` -> `2011-11-11`), so dates sort as text; anything else unchanged."""
    value = _WEEKDAY_PREFIX.sub("", value.strip(), count=1)
    if found := _MONTH_DAY_YEAR.match(value):
        month, day, year = found.groups()
        number = _MONTHS.index(month[:3].lower()) + 1
    elif found := _DAY_MONTH_YEAR.match(value):
        day, month, year = found.groups()
        number = _MONTHS.index(month[:3].lower()) + 1
    elif found := _NUMERIC_DATE.match(value):
        first, second, year = found.groups()
        # Month first (US sites), unless the first number cannot be a month.
        number, day = (int(second), first) if int(first) > 12 else (int(first), second)
    else:
        return value
    return _iso(int(year), number, int(day)) or value  # "Feb 30, 2020": not a day


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def date_in_address(address: str | None) -> str | None:
    """The ISO day in a story's address (`…/2011/08/02/…`), or None."""
    found = _URL_DATE.search(address or "")
    return _iso(*(int(part) for part in found.groups())) if found else None


def _set_metadata(metadata: Metadata, key: str, value: str) -> None:
    if key == "title":
        metadata.title = metadata.title or value
    elif key in ("source", "url", "publisher", "site", "site_name"):
        metadata.source = metadata.source or value
    elif key in ("date", "published", "published_at"):
        metadata.date = metadata.date or iso_date(value)
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
