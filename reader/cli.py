"""The headless commands: compare, library, notes. Each returns an exit status."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from reader.core.collector import collector_paused
from reader.core.compare import compare
from reader.core.comparison_json import comparison_json
from reader.core.fileio import write_output
from reader.core.model import Article, Note
from reader.core.printable import printable
from reader.core.reading.loading import LoadError, load_article
from reader.core.reading.web import WebOptions, is_url, load_source

if TYPE_CHECKING:
    from reader.core.folders.library import LibraryEntry

# The library and notes modules (multiprocessing, sqlite3) are imported by their
# own commands only, and the report modules by their formats: `compare` starts
# faster without them.


def run_compare(args: argparse.Namespace) -> int:
    """`diptych compare A B`: print or write the comparison as JSON, text, Markdown or HTML."""
    # The whole command allocates few cycles and exits; outside the aligner (which
    # pauses the collector itself) its passes over the growing heap cost 50-100 ms
    # on 2 x 1 MB.
    with collector_paused():
        return _compare_command(args)


def _compare_command(args: argparse.Namespace) -> int:
    article_a = _load(args.a, args)
    article_b = _load(args.b, args)
    comparison = compare(article_a, article_b, parallel=True, min_score=args.min_score)
    output: str | Iterator[str]
    if args.format == "json":
        output = comparison_json(comparison)
    elif args.format == "markdown":
        from reader.core.report import markdown_report

        output = markdown_report(comparison)
    elif args.format == "html":
        from reader.core.report_html import html_report

        output = html_report(comparison)
    else:
        from reader.core.report import text_report

        colour = args.output is None and sys.stdout.isatty()
        output = text_report(comparison, colour=colour)
    write_output(output, args.output, force=args.force)
    if args.exit_when_done:
        _exit_at_once()
    return 0


def _exit_at_once() -> NoReturn:
    """End the process once the output is out, without the interpreter's teardown:
    freeing the comparison and the aligner's caches object by object, and a last
    collection over them, take 40-50 ms on 2 x 1 MB after the user has the result."""
    sys.stdout.flush()  # a closed pipe still raises here, and is reported as before
    sys.stderr.flush()
    os._exit(0)


def web_options(args: argparse.Namespace) -> WebOptions:
    return WebOptions(args.max_size, args.timeout, args.refresh)


def _load(name: str, args: argparse.Namespace) -> Article:
    """A file, or a web page with a progress line while it downloads."""
    if not is_url(name):
        return load_source(name, web_options(args))
    status = StatusLine(sys.stderr)
    shown = printable(name)
    status.show(f"fetching {shown}", at_once=True)
    try:
        return load_source(
            name,
            web_options(args),
            progress=lambda size: status.show(f"fetching {shown} ({size // 1024:,} KB)"),
        )
    finally:
        status.clear()


def run_library(args: argparse.Namespace) -> int:
    """`diptych library FOLDER`: every article with metadata and its related articles."""
    from reader.core.folders.library_report import library_json, library_table
    from reader.core.folders.scan_cache import scan_library
    from reader.core.folders.similarity import RelatedIndex

    status = StatusLine(sys.stderr)
    try:
        entries = scan_library(
            args.folders,
            recursive=args.recursive,
            max_bytes=args.max_size,
            progress=lambda step: status.show(f"reading {step.done:,} of {step.total:,} files"),
        )
        if args.urls is not None:
            entries += _web_entries(args, status)
        status.show("finding related articles", at_once=True)
        index = RelatedIndex.build(entries)
        output = (
            library_json(entries, index) if args.format == "json" else library_table(entries, index)
        )
    finally:
        status.clear()  # an error message must not land on the status line
    write_output(output, args.output, force=args.force)
    return 0


def _web_entries(args: argparse.Namespace, status: StatusLine) -> list[LibraryEntry]:
    """`--urls FILE`: each page's entry (fetched, or from the page cache)."""
    from reader.core.folders.url_list import read_url_list, url_entries

    urls = read_url_list(args.urls)
    status.show(f"fetching {len(urls):,} web pages", at_once=True)
    entries = []
    for done, entry in enumerate(url_entries(urls, web_options(args)), start=1):
        entries.append(entry)
        status.show(f"fetched {done:,} of {len(urls):,} web pages", at_once=True)
    return entries


class StatusLine:
    """One self-erasing progress line on a terminal's stderr (nothing when redirected):
    a big folder takes seconds to read and rank."""

    INTERVAL = 0.1  # seconds between updates

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream if stream.isatty() else None
        self.shown_at = 0.0

    def show(self, text: str, at_once: bool = False) -> None:
        now = time.monotonic()
        if self.stream is not None and (at_once or now - self.shown_at >= self.INTERVAL):
            self.stream.write(f"\r\x1b[Kdiptych: {text}…")
            self.stream.flush()
            self.shown_at = now

    def clear(self) -> None:
        if self.stream is not None and self.shown_at:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def run_notes(args: argparse.Namespace) -> int:
    """`diptych notes list|corrections|delete|export`: the stored notes, printed or exported."""
    from reader.core.annotation.export import export_notes, notes_listing

    if args.notes_command == "delete":
        return _delete_notes(args)
    every = _stored_notes(args.data_dir)
    notes = [note for note in every if note.kind == "note"]
    if args.notes_command == "corrections":
        corrections = [note for note in every if note.kind != "note"]
        message = "No corrections: in the reader, L links two sentences and D drops a match."
        write_output(notes_listing(corrections) if corrections else message + "\n", None)
        return 0
    if not notes:
        # Said on stderr for export, so that a pipe or redirect gets no stray text.
        stream = sys.stdout if args.notes_command == "list" else sys.stderr
        print("No notes yet: in the reader, m marks a passage and a adds a note.", file=stream)
        return 0
    if args.notes_command == "list":
        write_output(notes_listing(notes), None)
        return 0
    if args.document is not None:
        notes = _notes_of_document(notes, args.document, args.max_size)
    if not notes:
        print("No notes to export.", file=sys.stderr)
        return 0
    write_output(export_notes(notes, args.format), args.output, force=args.force)
    return 0


def _delete_notes(args: argparse.Namespace) -> int:
    """`notes delete ID…`: shows what goes, asks unless --yes (refuses to guess without a TTY)."""
    from reader.core.annotation.export import notes_listing
    from reader.core.annotation.notes import NotesStore, notes_path

    path = notes_path(args.data_dir)
    if not path.exists():
        raise LoadError("no notes stored yet")
    with NotesStore(path) as store:
        found = {note.id: note for note in store.load_notes()}
        missing = [str(note_id) for note_id in args.ids if note_id not in found]
        if missing:
            raise LoadError(f"no note #{', #'.join(missing)} (see `diptych notes list`)")
        doomed = [found[note_id] for note_id in dict.fromkeys(args.ids)]
        if not args.yes and not _confirmed(notes_listing(doomed), len(doomed)):
            print("Nothing deleted.", file=sys.stderr)
            return 1
        for note in doomed:
            store.delete_note(note.id)
    print(f"Deleted {len(doomed)} note{'s' if len(doomed) != 1 else ''}.", file=sys.stderr)
    return 0


def _confirmed(listing: str, count: int) -> bool:
    """Asked on the terminal (`__main__` refuses `notes delete` without --yes and no TTY)."""
    sys.stderr.write(listing)
    try:
        answer = input(f"Delete {'this note' if count == 1 else f'these {count} notes'}? [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def _stored_notes(data_dir: str | None) -> list[Note]:
    """Every stored note; none (and no file created) when there is no database yet."""
    from reader.core.annotation.notes import NotesStore, notes_path

    path = notes_path(data_dir)
    if not path.exists():
        return []
    with NotesStore(path) as store:
        return store.load_notes()


def _notes_of_document(notes: list[Note], document: str, max_bytes: int) -> list[Note]:
    """Notes with a passage in this article: same content hash, or same path or URL."""
    if is_url(document):
        found = [note for note in notes if document in _addresses(note)]
        if not found:
            raise LoadError(f"{document}: no notes stored for that address")
        return found
    path = Path(document)
    resolved = str(path.resolve())
    sha256 = load_article(path, max_bytes=max_bytes).sha256 if path.exists() else None
    passages = [(note, passage) for note in notes for passage in (note.passage, note.linked)]
    found = [
        note
        for note, passage in passages
        if passage is not None and (passage.sha256 == sha256 or passage.path == resolved)
    ]
    if sha256 is None and not found:
        raise LoadError(f"{document}: no such file, and no notes stored for that path")
    return list(dict.fromkeys(found))


def _addresses(note: Note) -> set[str | None]:
    return {passage.path for passage in (note.passage, note.linked) if passage is not None}
