"""The library as `diptych library` prints it: DESIGN.md's JSON, or a readable table."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from reader.core.folders.library import LibraryEntry
from reader.core.folders.similarity import Related, RelatedIndex
from reader.core.printable import json_text, printable

TITLE_WIDTH = 44
SOURCE_WIDTH = 18
DATE_WIDTH = 12
TABLE_RELATED = 3
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def library_dict(entries: list[LibraryEntry], index: RelatedIndex) -> dict[str, Any]:
    """`{"version": 1, "articles": [...]}`, each with its related articles best first."""
    related = index.all_related(parallel=True)
    names = {entry.path: entry.url or str(entry.path) for entry in entries}  # web pages: URLs
    articles = []
    for entry in entries:
        item = entry.to_dict()
        item["related"] = [
            {**found.to_dict(), "path": names[found.path]} for found in related.get(entry.path, [])
        ]
        articles.append(item)
    return {"version": 1, "articles": articles}


def library_json(entries: list[LibraryEntry], index: RelatedIndex) -> str:
    return json_text(library_dict(entries, index))


def library_table(entries: list[LibraryEntry], index: RelatedIndex) -> str:
    """One row per article, its path below, then each related article's row number,
    score and path (enough to type `diptych compare A B`)."""
    numbers = {entry.path: number for number, entry in enumerate(entries, start=1)}
    names = {entry.path: entry.url or str(entry.path) for entry in entries}  # web pages: URLs
    related = index.all_related(limit=TABLE_RELATED, parallel=True)
    unreadable = sum(entry.error is not None for entry in entries)
    lines = [
        f"{len(entries)} articles ({unreadable} could not be read)",
        "",
        f"{'#':>3}  {'Title':<{TITLE_WIDTH}}  {'Source':<{SOURCE_WIDTH}}  "
        f"{'Date':<{DATE_WIDTH}}  {'Words':>6}  Related (#row score)",
    ]
    for number, entry in enumerate(entries, start=1):
        found = related.get(entry.path, [])
        lines.append(f"{number:>3}  {_row(entry, found, numbers)}")
        lines.append(f"     {printable(names[entry.path])}")
        lines += [
            f"       ↳ #{numbers[item.path]} {item.score:.2f}  {printable(names[item.path])}"
            for item in found
        ]
    return "\n".join(lines) + "\n"


def _row(entry: LibraryEntry, related: list[Related], numbers: dict[Path, int]) -> str:
    title = _fit(entry.title, TITLE_WIDTH)
    if entry.error is not None:
        return f"{title:<{TITLE_WIDTH}}  error: {entry.error}"
    related_text = "  ".join(f"#{numbers[item.path]} {item.score:.2f}" for item in related)
    return (
        f"{title:<{TITLE_WIDTH}}  {_fit(site_name(entry.source), SOURCE_WIDTH):<{SOURCE_WIDTH}}  "
        f"{short_date(entry.date):<{DATE_WIDTH}}  {entry.words:>6}  {related_text or '-'}"
    )


def _fit(text: str, width: int) -> str:
    """One line, cut with an ellipsis to `width` characters (a file name may hold escapes)."""
    line = printable(" ".join(text.split()))
    return line if len(line) <= width else line[: width - 1] + "…"


def short_date(date: str | None) -> str:
    """A date for a narrow column: ISO timestamps as their day, others cut to fit."""
    if date is None:
        return ""
    if _ISO_DATE.match(date):
        return date[:10]
    return _fit(date, DATE_WIDTH)


def site_name(source: str | None) -> str:
    """A source for a narrow column: a URL as its site name (`www.` dropped)."""
    if source is None:
        return ""
    if source.startswith(("http://", "https://")):
        return urlsplit(source).netloc.removeprefix("www.") or source
    return source
