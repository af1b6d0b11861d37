"""Notes -> Markdown, W3C Web Annotation JSON, or a Readwise import CSV (pure functions).

`export_notes(notes, "markdown" | "json" | "csv")` gives the file's text; only
notes of kind "note" are exported (aligner corrections stay in the store).
`default_file_name(format)` names the file the reader offers to write.
Locations are in the article's display text: line:column (1-based) and character
offsets, as the reader shows it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from reader.core.model import Note, Passage
from reader.core.printable import json_text, printable
from reader.core.reading.decoding import sanitize

ExportFormat = Literal["markdown", "json", "csv"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("markdown", "json", "csv")
SUFFIXES = {"markdown": ".md", "json": ".json", "csv": ".csv"}
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
READWISE_COLUMNS = ("Highlight", "Title", "Author", "URL", "Note", "Location")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def export_notes(notes: Iterable[Note], export_format: ExportFormat) -> str:
    """The export file's text for the notes (kind "note") in `export_format`."""
    writers: dict[str, Callable[[list[Note]], str]] = {
        "markdown": markdown_export,
        "json": annotations_json,
        "csv": readwise_csv,
    }
    kept = [note for note in notes if note.kind == "note"]
    if export_format != "json":  # JSON escapes control characters itself
        kept = [_displayable(note) for note in kept]
    return writers[export_format](kept)


def _displayable(note: Note) -> Note:
    """Markdown and CSV are read in terminals too: nothing stored (a note, a tag, a
    file name) may bring a control character or escape sequence into them."""
    linked = _displayable_passage(note.linked) if note.linked else None
    passage = _displayable_passage(note.passage)
    return replace(
        note, text=sanitize(note.text), tag=sanitize(note.tag), passage=passage, linked=linked
    )


def _displayable_passage(passage: Passage) -> Passage:
    return replace(
        passage,
        path=printable(passage.path) if passage.path else passage.path,
        title=sanitize(passage.title),
        author=sanitize(passage.author) if passage.author else passage.author,
        exact=sanitize(passage.exact),
        prefix=sanitize(passage.prefix),
        suffix=sanitize(passage.suffix),
    )


def default_file_name(export_format: ExportFormat) -> str:
    return f"diptych-notes{SUFFIXES[export_format]}"


def source_uri(passage: Passage) -> str:
    """A link back to the article: its web address, its file URI, or urn:sha256 for
    text without a file."""
    if passage.path and passage.path.startswith(("http://", "https://")):
        return passage.path
    if passage.path and Path(passage.path).is_absolute():
        return Path(passage.path).as_uri()
    return f"urn:sha256:{passage.sha256}"


# Markdown


def markdown_export(notes: list[Note]) -> str:
    """A document grouped by article pair: quote, source, linked passage, tag, note."""
    lines = ["# Diptych notes", ""]
    for group in _pairs(notes):
        lines += _pair_heading(group[0])
        for note in sorted(group, key=lambda note: (note.passage.span, note.created)):
            lines += _markdown_note(note)
    return "\n".join(lines).rstrip("\n") + "\n"


def _pairs(notes: list[Note]) -> list[list[Note]]:
    """Notes grouped by (article, linked article), groups in order of their first note."""
    groups: dict[tuple[str, str | None], list[Note]] = {}
    for note in sorted(notes, key=lambda note: (note.created, note.id)):
        key = (note.passage.sha256, note.linked.sha256 if note.linked else None)
        groups.setdefault(key, []).append(note)
    return list(groups.values())


def _pair_heading(note: Note) -> list[str]:
    title = _md(_one_line(note.passage.title))
    if note.linked:
        title += f" ⟷ {_md(_one_line(note.linked.title))}"
    return [f"## {title}", ""]


def _markdown_note(note: Note) -> list[str]:
    heading = " · ".join(part for part in (_md(_one_line(note.tag)), note.created) if part)
    lines = [f"### {heading}", "", *_blockquote(note.passage.exact), "", _where(note.passage), ""]
    if note.linked:
        lines += ["Linked passage:", "", *_blockquote(note.linked.exact), ""]
        lines += [_where(note.linked), ""]
    if note.text.strip():
        lines += [note.text.strip(), ""]
    return lines


def _where(passage: Passage) -> str:
    place = passage.path or f"text {passage.sha256[:12]}"
    location = _code(f"{_one_line(place)}:{passage.line}:{passage.column}")
    return f"— *{_md(_one_line(passage.title))}*, {location}"


def _code(text: str) -> str:
    """An inline code span that survives backticks inside `text`."""
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def _blockquote(text: str) -> list[str]:
    return [f"> {_md(line)}" if line.strip() else ">" for line in text.split("\n")]


def _md(text: str) -> str:
    """Article text is data: escape what Markdown would read as formatting."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# W3C Web Annotation


def annotations_json(notes: list[Note]) -> str:
    """A JSON list of W3C Web Annotations, one per note."""
    return json_text([annotation(note) for note in notes])


def annotation(note: Note) -> dict[str, Any]:
    """One note in the W3C Web Annotation data model."""
    result: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": f"urn:uuid:{note.uid}",
        "type": "Annotation",
        "motivation": "commenting" if note.text.strip() else "highlighting",
        "created": note.created,
        "modified": note.updated,
    }
    body = _bodies(note)
    if body:
        result["body"] = body
    result["target"] = _target(note.passage)
    return result


def _bodies(note: Note) -> list[dict[str, Any]]:
    body: list[dict[str, Any]] = []
    if note.text.strip():
        body.append(
            {
                "type": "TextualBody",
                "value": note.text,
                "format": "text/plain",
                "purpose": "commenting",
            }
        )
    if note.tag.strip():
        body.append({"type": "TextualBody", "value": note.tag.strip(), "purpose": "tagging"})
    if note.linked:
        # The other article's passage: a linked resource with its own selectors.
        body.append({"type": "SpecificResource", "purpose": "linking", **_target(note.linked)})
    return body


def _target(passage: Passage) -> dict[str, Any]:
    start, end = passage.span
    return {
        "source": source_uri(passage),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": passage.exact,
                "prefix": passage.prefix,
                "suffix": passage.suffix,
            },
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }


# Terminal listing


def notes_listing(notes: Iterable[Note], snippet_chars: int = 100) -> str:
    """`diptych notes list` and `notes corrections`: id, date, tag or kind, each article's
    title and path (or address), the quote snippet and the note, per note."""
    blocks = []
    for note in notes:
        label = note.tag if note.kind == "note" else CORRECTION_LABELS.get(note.kind, note.kind)
        head = [f"#{note.id}", note.created.replace("T", " ").rstrip("Z"), label]
        lines = ["  ".join(_printable(part) for part in head if part)]
        lines += _passage_lines(note.passage, "  ", snippet_chars)
        if note.linked:
            lines += _passage_lines(note.linked, "  ⟷ ", snippet_chars)
        if note.text.strip():
            lines.append(f"  {_snippet(note.text, snippet_chars * 2)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n" if blocks else ""


CORRECTION_LABELS = {"link": "linked by hand (L)", "unlink": "match dropped (D)"}


def _passage_lines(passage: Passage, lead: str, snippet_chars: int) -> list[str]:
    lines = [f"{lead}{_printable(passage.title)}"]
    if passage.path:
        lines.append(f"{' ' * len(lead)}{_printable(passage.path)}:{passage.line}:{passage.column}")
    lines.append(f"    “{_snippet(passage.exact, snippet_chars)}”")
    return lines


def _snippet(text: str, limit: int) -> str:
    text = _printable(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _printable(text: str) -> str:
    """One line with no control characters: stored text never drives the terminal."""
    return " ".join("".join(char if char.isprintable() else " " for char in text).split())


# Readwise


def readwise_csv(notes: list[Note]) -> str:
    """Readwise's CSV import: Highlight, Title, Author, URL, Note, Location (offset)."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(READWISE_COLUMNS)
    for note in sorted(notes, key=lambda note: (note.passage.title, note.passage.span)):
        passage = note.passage
        writer.writerow(
            (
                passage.exact,
                passage.title,
                passage.author or "",
                source_uri(passage),
                _readwise_note(note),
                passage.span[0],
            )
        )
    return output.getvalue()


def _readwise_note(note: Note) -> str:
    """The note text, led by the tag as a Readwise inline tag (`.tag-name`)."""
    tag = "-".join(note.tag.split())
    return " ".join(part for part in (f".{tag}" if tag else "", note.text.strip()) if part)
