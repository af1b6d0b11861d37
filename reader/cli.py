"""The headless commands: compare, library, notes. Each returns an exit status."""

from __future__ import annotations

import argparse
import json
import sys

from reader.core.compare import compare
from reader.core.fileio import write_output
from reader.core.library import scan_library
from reader.core.library_report import library_json, library_table
from reader.core.loading import load_article
from reader.core.report import markdown_report, text_report
from reader.core.similarity import RelatedIndex


def run_compare(args: argparse.Namespace) -> int:
    """`diptych compare A B`: print or write the comparison as JSON, text or Markdown."""
    article_a = load_article(args.a, max_bytes=args.max_size)
    article_b = load_article(args.b, max_bytes=args.max_size)
    comparison = compare(article_a, article_b)
    if args.format == "json":
        output = json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "markdown":
        output = markdown_report(comparison)
    else:
        colour = args.output is None and sys.stdout.isatty()
        output = text_report(comparison, colour=colour)
    write_output(output, args.output, force=args.force)
    return 0


def run_library(args: argparse.Namespace) -> int:
    """`diptych library FOLDER`: every article with metadata and its related articles."""
    entries = scan_library(args.folders, recursive=args.recursive, max_bytes=args.max_size)
    index = RelatedIndex.build(entries)
    output = (
        library_json(entries, index) if args.format == "json" else library_table(entries, index)
    )
    write_output(output, args.output, force=args.force)
    return 0
