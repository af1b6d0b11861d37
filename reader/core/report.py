"""Comparison -> a readable text report or a Markdown document."""

from __future__ import annotations

import textwrap
from typing import ClassVar

from reader.core.model import Comparison, Fact, Match

SNIPPET_CHARS = 300


def text_report(comparison: Comparison, colour: bool = False) -> str:
    """A report for a terminal or a pipe: matches with both snippets, then facts."""
    style = _Ansi(colour)
    lines = [
        style.bold(f"A: {comparison.a.title}") + _where(comparison, "a"),
        style.bold(f"B: {comparison.b.title}") + _where(comparison, "b"),
        "",
        style.bold(f"Matches ({len(comparison.matches)})"),
    ]
    for number, match in enumerate(comparison.matches, 1):
        lines.append(f"{number:>3}. {style.kind(match.kind)} {match.score:.2f}")
        a_text, b_text = _snippets(comparison, match)
        lines += _indented("A", a_text) + _indented("B", b_text)
    lines += ["", style.bold(f"Facts ({len(comparison.fact_links)} linked)")]
    for link in comparison.fact_links:
        fact_a, fact_b = comparison.facts[link.a], comparison.facts[link.b]
        mark = style.agreement(link.agreement)
        lines.append(f"  {mark}  A: {_fact(fact_a)}  ~  B: {_fact(fact_b)}")
    return "\n".join(lines) + "\n"


def markdown_report(comparison: Comparison) -> str:
    """The same report as a Markdown document."""
    lines = [
        f"# Comparison: {_md(comparison.a.title)} ⟷ {_md(comparison.b.title)}",
        "",
        f"- **A:** {_md(comparison.a.title)}{_where(comparison, 'a')}",
        f"- **B:** {_md(comparison.b.title)}{_where(comparison, 'b')}",
        "",
        f"## Matches ({len(comparison.matches)})",
        "",
    ]
    for number, match in enumerate(comparison.matches, 1):
        a_text, b_text = _snippets(comparison, match)
        lines += [
            f"### {number}. {match.kind} ({match.score:.2f})",
            "",
            f"> **A:** {_md(a_text)}",
            ">",
            f"> **B:** {_md(b_text)}",
            "",
        ]
    lines += ["## Facts", "", "| A | B | agreement |", "|---|---|---|"]
    for link in comparison.fact_links:
        fact_a, fact_b = comparison.facts[link.a], comparison.facts[link.b]
        lines.append(f"| {_md(_fact(fact_a))} | {_md(_fact(fact_b))} | {link.agreement} |")
    return "\n".join(lines) + "\n"


def _where(comparison: Comparison, doc: str) -> str:
    article = comparison.a if doc == "a" else comparison.b
    parts = [str(part) for part in (article.source, article.date, article.path) if part]
    return f" ({', '.join(parts)})" if parts else ""


def _snippets(comparison: Comparison, match: Match) -> tuple[str, str]:
    return (
        _shorten(comparison.a.span_text(match.a)),
        _shorten(comparison.b.span_text(match.b)),
    )


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SNIPPET_CHARS else flat[: SNIPPET_CHARS - 1] + "…"


def _indented(label: str, text: str) -> list[str]:
    return textwrap.wrap(
        text, width=96, initial_indent=f"     {label}: ", subsequent_indent=" " * 8
    )


def _fact(fact: Fact) -> str:
    return f'"{fact.text}" ({fact.kind})'


def _md(text: str) -> str:
    """Escape the characters that would turn plain text into Markdown structure."""
    for character in "\\`*_[]<>|#":
        text = text.replace(character, "\\" + character)
    return " ".join(text.split())


class _Ansi:
    """Minimal colouring for a TTY; plain text otherwise."""

    _KINDS: ClassVar[dict[str, str]] = {"verbatim": "32", "paraphrase": "36", "fact": "33"}

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def _wrap(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def kind(self, kind: str) -> str:
        return self._wrap(self._KINDS.get(kind, "0"), f"{kind:<10}")

    def agreement(self, agreement: str) -> str:
        mark = "✓ consistent" if agreement == "consistent" else "✗ conflict  "
        return self._wrap("32" if agreement == "consistent" else "31", mark)
