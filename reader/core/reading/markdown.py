"""Markdown -> plain blocks through markdown-it-py tokens (no HTML rendering)."""

from __future__ import annotations

import functools
import re
from itertools import pairwise
from typing import TYPE_CHECKING

from reader.core.model import BlockKind

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

RawBlock = tuple[BlockKind, str]

_TAG = re.compile(r"<[^>]*>")
# What can start Markdown syntax (inline: escapes, code, emphasis, strikethrough,
# links, images, HTML, entities, table pipes; at a line start: lists, headings,
# quotes, setext underlines, indented code) or that markdown-it normalises.
# Searched apart, each with a fast scan: a character class, and a literal newline
# prefix (the text is searched after "\n", so its first line counts too).
_SYNTAX_CHAR = re.compile(r"[\\`*_~\[\]<&|\x00\r\t]")
_SYNTAX_LINE = re.compile(r"\n(?: *(?:[-+=>#]|\d+[.)])| {4})")
# markdown-it's blank lines hold only spaces; a break drops the spaces around it.
_BLANK_LINES = re.compile(r"\n(?: *\n)+")
_LINE_BREAK = re.compile(r" *\n *")


def markdown_blocks(source: str) -> list[RawBlock]:
    """Headings, paragraphs, quotes, list items, code and table rows, in order."""
    plain = plain_paragraphs(source)
    return plain if plain is not None else parsed_blocks(source)


def parsed_blocks(source: str) -> list[RawBlock]:
    """`markdown_blocks` through markdown-it's tokens."""
    blocks: list[RawBlock] = []
    containers: list[str] = []
    row: list[str] = []
    parser = _parser()
    tokens = parser.parse(source)
    # markdown-it silently drops the rest of a document nested this deep (quotes, lists).
    too_deep = parser.options["maxNesting"] - 2
    if tokens and max(token.level for token in tokens) >= too_deep:
        # Read as plain text rather than lose what follows the deep nesting.
        return [("paragraph", chunk) for chunk in re.split(r"\n\s*\n", source) if chunk.strip()]
    _mark_tokens(tokens)
    for token in tokens:
        if token.type in ("blockquote_open", "list_item_open"):
            containers.append(token.type)
        elif token.type in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and any(row):
            blocks.append(("paragraph", " | ".join(row)))
        elif token.type == "inline":
            text = inline_text(token)
            if token.meta.get("in_cell"):
                row.append(text)
            elif text.strip():
                blocks.append((_kind(token, containers), text))
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(("code", token.content.rstrip("\n")))
        elif token.type == "html_block":
            text = _TAG.sub(" ", token.content).strip()
            if text:
                blocks.append(("paragraph", text))
    return blocks


@functools.cache
def _parser() -> MarkdownIt:
    """The parser, imported and built on the first Markdown file that has syntax:
    markdown-it takes 20-30 ms to import, a tenth of `diptych compare`'s start-up."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


def plain_paragraphs(source: str) -> list[RawBlock] | None:
    """markdown-it's blocks for text without Markdown syntax, at a tenth of the cost;
    None when the text may hold syntax (or trims differently), so it must be parsed."""
    if _SYNTAX_CHAR.search(source) or _SYNTAX_LINE.search("\n" + source):
        return None
    blocks: list[RawBlock] = []
    for chunk in _BLANK_LINES.split(source):
        content = chunk.strip(" \n")
        if not content:
            continue
        if content[0].isspace() or content[-1].isspace():
            return None  # markdown-it trims a narrower set of spaces than str.strip
        blocks.append(("paragraph", _LINE_BREAK.sub(" ", content) if "\n" in content else content))
    return blocks


def _kind(token: Token, containers: list[str]) -> BlockKind:
    if token.meta.get("heading"):
        return "heading"
    if containers and containers[-1] == "blockquote_open":
        return "quote"
    if "list_item_open" in containers:
        return "list_item"
    return "paragraph"


def inline_text(token: Token) -> str:
    """Plain text of an inline token: link and image text kept, inline HTML dropped."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def _mark_tokens(tokens: list[Token]) -> None:
    # Tag inline tokens with where they sit, so markdown_blocks stays a flat loop.
    for previous, token in pairwise(tokens):
        if token.type != "inline":
            continue
        if previous.type == "heading_open":
            token.meta["heading"] = True
        elif previous.type in ("th_open", "td_open"):
            token.meta["in_cell"] = True
