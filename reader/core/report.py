"""Comparison -> a readable text report or a Markdown document."""

from __future__ import annotations

import textwrap
from typing import ClassVar

from reader.core.model import Claim, Comparison, Fact, FactLink, Match, Speaker
from reader.core.printable import printable

SNIPPET_CHARS = 300


def text_report(comparison: Comparison, colour: bool = False) -> str:
    """A report for a terminal or a pipe: matches with both snippets, then facts."""
    style = _Ansi(colour)
    lines = [
        style.bold(f"A: {comparison.a.title}") + _where(comparison, "a"),
        style.bold(f"B: {comparison.b.title}") + _where(comparison, "b"),
        "",
        style.bold(f"Facts that conflict ({len(_conflicts(comparison))})"),
        *(f"  ✗  {link.reason}" for link in _conflicts(comparison)),
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
        lines.append(f"  {mark}  A: {_fact(fact_a)}  ~  B: {_fact(fact_b)}  ({link.reason})")
    lines += _speaker_lines(comparison, style)
    return "\n".join(lines) + "\n"


def markdown_report(comparison: Comparison) -> str:
    """The same report as a Markdown document."""
    lines = [
        f"# Comparison: {_md(comparison.a.title)} ⟷ {_md(comparison.b.title)}",
        "",
        f"- **A:** {_md(comparison.a.title)}{_where(comparison, 'a')}",
        f"- **B:** {_md(comparison.b.title)}{_where(comparison, 'b')}",
        "",
        f"## Facts that conflict ({len(_conflicts(comparison))})",
        "",
        *(f"- {_md(link.reason)}" for link in _conflicts(comparison)),
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
    lines += ["## Facts", "", "| A | B | agreement | reason |", "|---|---|---|---|"]
    for link in comparison.fact_links:
        fact_a, fact_b = comparison.facts[link.a], comparison.facts[link.b]
        cells = (_fact(fact_a), _fact(fact_b), link.agreement, link.reason)
        lines.append("| " + " | ".join(_md(cell) for cell in cells) + " |")
    lines += _speaker_markdown(comparison)
    return "\n".join(lines) + "\n"


def _speaker_lines(comparison: Comparison, style: _Ansi) -> list[str]:
    """Who said what: each speaker's claims per article, marked when both carry one."""
    lines = ["", style.bold(f"Speakers ({len(comparison.speakers)})")]
    grouped = _claims_by_speaker(comparison)
    for speaker in comparison.speakers:
        lines.append(f"  {speaker.name} — {_claim_counts(speaker)}")
        if speaker.aliases:
            lines += _indented("also", ", ".join(speaker.aliases))
        for claim in grouped.get(speaker.name, []):
            lines += _indented(f"{claim.doc.upper()} {claim.verb}", _claim_text(claim))
            if claim.diff:
                lines += _indented("wording", _wording(claim))
    return lines


def _speaker_markdown(comparison: Comparison) -> list[str]:
    lines = ["", f"## Speakers ({len(comparison.speakers)})", ""]
    grouped = _claims_by_speaker(comparison)
    for speaker in comparison.speakers:
        also = f" · also: {_md(', '.join(speaker.aliases))}" if speaker.aliases else ""
        lines += [f"### {_md(speaker.name)}", "", _claim_counts(speaker) + also, ""]
        for claim in grouped.get(speaker.name, []):
            verb = f"**{claim.doc.upper()}**, {_md(claim.verb)}"
            lines.append(f"- {verb}: {_md(_claim_text(claim))}")
            if claim.diff:
                lines.append(f"  - wording: {_md(_wording(claim))}")
        lines.append("")
    return lines


def _claims_by_speaker(comparison: Comparison) -> dict[str, list[Claim]]:
    grouped: dict[str, list[Claim]] = {}
    for claim in comparison.claims:
        grouped.setdefault(claim.speaker, []).append(claim)
    return grouped


def _claim_counts(speaker: Speaker) -> str:
    parts = []
    for doc in "ab":
        count = speaker.documents.get(doc, 0)
        parts.append(f"{doc.upper()}: {count} claim{'' if count == 1 else 's'}")
    return " · ".join(parts)


def _claim_text(claim: Claim) -> str:
    text = f"“{_shorten(claim.text)}”" if claim.quoted else _shorten(claim.text)
    other = "B" if claim.doc == "a" else "A"
    return text + (f" [also in {other}]" if claim.match is not None else "")


def _wording(claim: Claim) -> str:
    """The changes from A's wording to B's: "interfere → meddle; + U.S."."""
    changes = {"replace": "{a} → {b}", "delete": "− {a}", "insert": "+ {b}"}
    return "; ".join(changes[op].format(a=a, b=b) for op, a, b in claim.diff if op in changes)


def _where(comparison: Comparison, doc: str) -> str:
    article = comparison.a if doc == "a" else comparison.b
    place = article.path or article.url  # a file, or the web page's address
    parts = [printable(str(part)) for part in (article.source, article.date, place) if part]
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


def _conflicts(comparison: Comparison) -> list[FactLink]:
    return [link for link in comparison.fact_links if link.agreement == "conflict"]


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
