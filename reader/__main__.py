"""Entry point: `diptych` parses its arguments and runs the reader or a headless command."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from reader import __version__
from reader.core.alignment.threshold import MATCH_THRESHOLD

SUBCOMMANDS = ("compare", "library", "notes")
COMPARE_FORMATS = ("json", "text", "markdown", "html")
FORMAT_OF_EXTENSION = {
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
}
MB = 1024 * 1024


class UsageError(Exception):
    """Bad command-line usage (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: `diptych: error: …`, exit 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _max_size(value: str) -> int:
    try:
        megabytes = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {value!r}") from None
    if not math.isfinite(megabytes) or megabytes > 2**40:  # int(inf) would raise
        raise argparse.ArgumentTypeError(f"not a usable number of megabytes: {value!r}")
    if megabytes <= 0:
        raise argparse.ArgumentTypeError("must be more than 0 MB")
    return int(megabytes * MB)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < seconds <= 3600:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 3600 seconds")
    return seconds


def _web(parser: argparse.ArgumentParser) -> None:
    """Options for articles given as http(s) addresses."""
    parser.add_argument(
        "--refresh", action="store_true", help="fetch web pages again, not from the cache"
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=20.0,
        metavar="S",
        help="seconds to wait for a web server to connect or send (default 20)",
    )


def _min_score(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a score: {value!r}") from None
    if not 0 <= score <= 1:
        raise argparse.ArgumentTypeError(f"a score is between 0 and 1, not {value}")
    return score


def _scoring(parser: argparse.ArgumentParser, default: str) -> None:
    parser.add_argument(
        "--min-score",
        type=_min_score,
        default=None,
        metavar="S",
        help=f"keep links scoring at least S, 0..1 (lower shows more; default {default})",
    )


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-size",
        type=_max_size,
        default=20 * MB,
        metavar="MB",
        help="largest article file to read, in MB (default 20)",
    )
    parser.add_argument(
        "--data-dir",
        default=None,
        metavar="DIR",
        help="where notes are stored (default: the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The headless commands; `diptych PATH…` is parsed by reader_parser()."""
    parser = _Parser(prog="diptych", description="Compare articles side by side.")
    parser.add_argument("--version", action="version", version=f"diptych {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    compare = commands.add_parser("compare", help="compare two articles headlessly")
    compare.add_argument("a", help="article A (a file or an http(s) address)")
    compare.add_argument("b", help="article B (a file or an http(s) address)")
    compare.add_argument(
        "--format",
        choices=COMPARE_FORMATS,
        default=None,
        help="default: from the --output file's extension (.json .md .txt .html), else text",
    )
    compare.add_argument("--output", "-o", default=None, metavar="FILE")
    compare.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    _scoring(compare, f"{MATCH_THRESHOLD}")
    _common(compare)
    _web(compare)
    library = commands.add_parser("library", help="list a folder's articles and related ones")
    library.add_argument("folders", nargs="*", metavar="FOLDER", help="folder(s) or files")
    library.add_argument(
        "--urls", default=None, metavar="FILE", help="a text file of web addresses, one a line"
    )
    library.add_argument("--format", choices=("json", "text"), default="text")
    library.add_argument("--recursive", "-r", action="store_true", help="walk subfolders")
    library.add_argument("--output", "-o", default=None, metavar="FILE")
    library.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    _common(library)
    _web(library)
    _add_notes_commands(commands)
    return parser


def _add_notes_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    notes = commands.add_parser("notes", help="list or export your notes")
    actions = notes.add_subparsers(
        dest="notes_command",
        metavar="{list,corrections,delete,export}",
        required=True,
        parser_class=_Parser,
    )
    _common(actions.add_parser("list", help="print the stored notes with their ids and paths"))
    _common(actions.add_parser("corrections", help="print the aligner corrections (L, D)"))
    delete = actions.add_parser("delete", help="delete notes or corrections by id")
    delete.add_argument("ids", nargs="+", type=int, metavar="ID", help="as `notes list` shows")
    delete.add_argument("--yes", "-y", action="store_true", help="delete without asking")
    _common(delete)
    export = actions.add_parser("export", help="write the notes as Markdown, JSON or CSV")
    export.add_argument("--format", choices=("markdown", "json", "csv"), default="markdown")
    export.add_argument("--output", "-o", default=None, metavar="FILE")
    export.add_argument(
        "--document",
        default=None,
        metavar="PATH",
        help="only the notes of this article (matched by content or by path)",
    )
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    _common(export)


def reader_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="diptych",
        description="Compare articles side by side. With no PATH, opens the sample articles.",
        epilog="Headless commands: diptych compare A B | diptych library FOLDER | "
        "diptych notes list|corrections|delete|export. See `diptych COMMAND --help`.",
    )
    parser.add_argument("--version", action="version", version=f"diptych {__version__}")
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="two files or http(s) addresses, or a folder"
    )
    parser.add_argument("--recursive", "-r", action="store_true", help="walk subfolders")
    _scoring(parser, f"the minimum last set with + or - in the reader, else {MATCH_THRESHOLD}")
    _common(parser)
    _web(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run `argv`, by default the process's own arguments: then the process is the
    command, and `compare` ends it as soon as its output is out."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(arguments, whole_process=argv is None)
    except UsageError as error:
        _fail(str(error))
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        message = _user_error(error)
        if message is None:
            raise
        _fail(message)
        return 1


def _dispatch(arguments: list[str], whole_process: bool) -> int:
    if arguments and arguments[0] in SUBCOMMANDS:
        args = build_parser().parse_args(arguments)
        args.exit_when_done = whole_process
        return _run_headless(args)
    args = reader_parser().parse_args(arguments)
    return _run_reader(args)


def _run_headless(args: argparse.Namespace) -> int:
    from reader import cli

    if args.command == "library" and not args.folders and args.urls is None:
        raise UsageError("library: give a FOLDER, files, or --urls FILE")
    if args.command == "compare":
        args.format = _compare_format(args.format, args.output)
    if _deleting_unasked(args):
        raise UsageError("notes delete asks first, and there is no terminal: add --yes")
    handlers = {
        "compare": cli.run_compare,
        "library": cli.run_library,
        "notes": cli.run_notes,
    }
    return handlers[args.command](args)


def _deleting_unasked(args: argparse.Namespace) -> bool:
    return (
        args.command == "notes"
        and args.notes_command == "delete"
        and not args.yes
        and not sys.stdin.isatty()
    )


def _compare_format(given: str | None, output: str | None) -> str:
    """--format, else the one the output file's extension names, else text; a
    --format the extension contradicts ("-o x.json --format markdown") is an error
    (any format may go to a .txt file: every one of them is text)."""
    extension = Path(output).suffix.lower() if output and output != "-" else ""
    implied = FORMAT_OF_EXTENSION.get(extension)
    if given and implied and given != implied and implied != "text":
        raise UsageError(f"compare: --format {given} does not match the file name {output}")
    return given or implied or "text"


def _run_reader(args: argparse.Namespace) -> int:
    from reader.core.paths import seed_paths
    from reader.core.reading.loading import load_article
    from reader.core.reading.web import check_address, is_url

    for name in args.paths:
        check_address(name)
    if any(is_url(name) for name in args.paths):
        return _run_web_reader(args)
    paths = [Path(path) for path in args.paths] or seed_paths()
    if len(paths) > 2 or any(path.is_dir() for path in paths):
        return _run_library(args, paths)
    if len(paths) != 2:
        raise UsageError("the reader opens two article files (diptych A B) or a folder")
    # Load before the app starts: an unreadable file is a one-line error, not a screen.
    articles = [load_article(path, args.max_size) for path in paths]
    from reader.ui.app import make_app

    make_app(articles, data_dir=args.data_dir, min_score=args.min_score).run()
    return 0


def _run_web_reader(args: argparse.Namespace) -> int:
    """Web pages are fetched in the reader, behind a loading screen that `q` leaves."""
    from reader.core.reading.errors import LoadError
    from reader.core.reading.loading import load_article
    from reader.core.reading.web import WebOptions, is_url, require_html_extra

    if len(args.paths) != 2:
        raise UsageError(
            "the reader opens two articles (diptych URL URL, diptych URL FILE); "
            "for a list of web pages: diptych library --urls FILE"
        )
    require_html_extra(next(name for name in args.paths if is_url(name)))
    # Files first: a missing one is a one-line error before any fetching.
    sources = [name if is_url(name) else load_article(name, args.max_size) for name in args.paths]
    from reader.ui.app import make_fetching_app

    options = WebOptions(args.max_size, args.timeout, args.refresh)
    app = make_fetching_app(sources, options, data_dir=args.data_dir, min_score=args.min_score)
    app.run()
    if app.error is not None:
        raise LoadError(app.error)
    return 0


def _run_library(args: argparse.Namespace, paths: list[Path]) -> int:
    """A folder or 3+ files: the library view (listing errors are one-line messages)."""
    from reader.ui.library_app import make_library_app

    app = make_library_app(
        paths,
        args.recursive,
        max_bytes=args.max_size,
        data_dir=args.data_dir,
        min_score=args.min_score,
    )
    app.run()
    return 0


def _user_error(error: Exception) -> str | None:
    """The one-line message for errors a user can cause, or None to let it surface."""
    from reader.core.annotation.notes import NotesUnavailable
    from reader.core.fileio import OutputError
    from reader.core.reading.errors import LoadError

    if isinstance(error, LoadError | OutputError | NotesUnavailable):
        return str(error)
    if isinstance(error, BrokenPipeError):
        return "output closed early"
    return None


def _fail(message: str) -> None:
    from reader.core.printable import printable

    # Messages quote file names, which may hold escape sequences or undecodable bytes.
    print(f"diptych: error: {printable(message)}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
