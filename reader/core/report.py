"""Comparison -> a readable text report or a Markdown document (HTML: report_html)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import ClassVar

from reader.core.facts.listing import fact_listing, same_words_line, times
from reader.core.model import Claim, Comparison, Fact, Match, Speaker
from reader.core.printable import printable
from reader.core.report_parts import Positions, Summary, folded_matches, match_wording, summarise

BAR = 20  # characters of the share bars in the text summary


def text_report(comparison: Comparison, colour: bool = False) -> str:
    """A report for a terminal or a pipe: summary, conflicts, matches with positions,
    passages only in A / only in B, facts, speakers."""
    style = _Ansi(colour)
    summary = summarise(comparison)
    lines = [
        style.bold(f"A: {comparison.a.title}") + _where(comparison, "a"),
        style.bold(f"B: {comparison.b.title}") + _where(comparison, "b"),
        "",
        style.bold("Summary"),
        *_summary_lines(comparison, summary),
        "",
        style.bold(f"Facts that conflict ({len(summary.conflicts)})"),
        *(f"  ✗  {link.reason}" for link in summary.conflicts),
        "",
        *_match_lines(comparison, style),
        *_only_lines(comparison),
        "",
        style.bold(f"Facts ({len(comparison.fact_links)} linked)"),
        *_fact_lines(comparison, style),
    ]
    lines += _speaker_lines(comparison, style)
    return "\n".join(lines) + "\n"


def _fact_lines(comparison: Comparison, style: _Ansi) -> list[str]:
    """Facts by subject, conflicts first; links that read the same on one line (×2);
    agreements in the same words on one closing line."""
    listing = fact_listing(comparison)
    lines = []
    for group in listing.groups:
        lines.append(f"  {group.subject or 'facts'}")
        for row in group.rows:
            link = row.first
            fact_a, fact_b = comparison.facts[link.a], comparison.facts[link.b]
            mark = style.agreement(link.agreement)
            line = f"    {mark}  A: {_fact(fact_a)}  ~  B: {_fact(fact_b)}  ({link.reason})"
            lines.append(line + times(row))
    if listing.same_words:
        lines.append(f"  {same_words_line(comparison, listing.same_words)}")
    return lines


def _summary_lines(comparison: Comparison, summary: Summary) -> list[str]:
    """`diff --stat` for two articles: a bar and the share matched of each."""
    lines = []
    for doc in ("a", "b"):
        side = summary.side(doc)
        filled = round(BAR * side.share)
        bar = "█" * filled + "░" * (BAR - filled)
        only = _count(len(side.only), "passage") + f" only in {doc.upper()}"
        matched = f"{side.matched:,} of {side.words:,} words"
        lines.append(f"  {doc.upper()}  {bar}  {_percent(side.share)} matched ({matched}), {only}")
    lines.append(f"  {_kinds_line(summary)}")
    lines.append(f"  {comparison.story} (similarity {comparison.documents_similarity:.2f})")
    if summary.likeness:
        lines.append(f"  {summary.likeness}")
    return lines


def _kinds_line(summary: Summary) -> str:
    total = sum(summary.kinds.values())
    kinds = ", ".join(f"{count} {kind}" for kind, count in summary.kinds.items())
    conflicts = _count(len(summary.conflicts), "conflict")
    matches = _count(total, "match", "matches")
    return f"{matches} ({kinds}); {summary.fact_links} facts linked, {conflicts}"


def _match_lines(comparison: Comparison, style: _Ansi) -> list[str]:
    """Each match with both passages in full and their line:column; nested ones folded in."""
    folded = folded_matches(comparison.matches)
    inside = sum(len(entry.inside) for entry in folded)
    heading = f"Matches ({len(folded)}" + (f", {inside} more inside them)" if inside else ")")
    lines = [style.bold(heading)]
    where = _where_in(comparison)
    for number, entry in enumerate(folded, 1):
        match = entry.match
        lines.append(f"{number:>3}. {style.kind(match.kind)} {match.score:.2f}  {where(match)}")
        lines += _indented("A", comparison.a.span_text(match.a))
        lines += _indented("B", comparison.b.span_text(match.b))
        wording = match_wording(comparison, match)
        if wording:
            lines += _indented("wording", wording)
        for nested in entry.inside:
            lines += _indented(
                "inside", f"{nested.kind} {where(nested)}: {_nested_text(comparison, nested)}"
            )
    return lines


def _only_lines(comparison: Comparison) -> list[str]:
    lines = []
    for doc, passages in _only_passages(comparison):
        lines += ["", f"Only in {doc.upper()} ({len(passages)})"]
        for position, text in passages:
            lines += _indented(position, text)
    return lines


def _only_passages(comparison: Comparison) -> list[tuple[str, list[tuple[str, str]]]]:
    """Per article, its passages found only there: (position, text), for any format."""
    found = []
    for doc in ("a", "b"):
        article = comparison.article(doc)
        positions = Positions(article.text)
        spans = comparison.only(doc)
        found.append(
            (doc, [(positions.at(start), article.text[start:end]) for start, end in spans])
        )
    return found


def markdown_report(comparison: Comparison) -> str:
    """The same report as a Markdown document (passages in full, as quote blocks)."""
    summary = summarise(comparison)
    lines = [
        f"# Comparison: {_md(comparison.a.title)} ⟷ {_md(comparison.b.title)}",
        "",
        f"- **A:** {_md(comparison.a.title)}{_where(comparison, 'a')}",
        f"- **B:** {_md(comparison.b.title)}{_where(comparison, 'b')}",
        "",
        "## Summary",
        "",
        "| | matched | words matched | only here |",
        "|---|---|---|---|",
        *_summary_rows(summary),
        "",
        f"{_kinds_line(summary)}. {comparison.story.capitalize()} "
        f"(similarity {comparison.documents_similarity:.2f}).",
        *(["", f"**{summary.likeness}**"] if summary.likeness else []),
        "",
        f"## Facts that conflict ({len(summary.conflicts)})",
        "",
        *(f"- {_md(link.reason)}" for link in summary.conflicts),
        "",
        *_match_markdown(comparison),
        *_only_markdown(comparison),
    ]
    lines += _fact_markdown(comparison)
    lines += _speaker_markdown(comparison)
    return "\n".join(lines) + "\n"


def _fact_markdown(comparison: Comparison) -> list[str]:
    """The facts table by subject, conflicts first, links that read the same on one
    row; agreements in the same words in one line below."""
    listing = fact_listing(comparison)
    lines = ["## Facts", "", "| subject | A | B | agreement | reason |", "|---|---|---|---|---|"]
    for group in listing.groups:
        for row in group.rows:
            link = row.first
            fact_a, fact_b = comparison.facts[link.a], comparison.facts[link.b]
            reason = link.reason + times(row)
            cells = (group.subject, _fact(fact_a), _fact(fact_b), link.agreement, reason)
            lines.append("| " + " | ".join(_md(cell) for cell in cells) + " |")
    if listing.same_words:
        lines += ["", _md(same_words_line(comparison, listing.same_words, capital=True)) + "."]
    return lines


def _summary_rows(summary: Summary) -> list[str]:
    rows = []
    for doc in ("a", "b"):
        side = summary.side(doc)
        cells = (_percent(side.share), f"{side.matched:,} of {side.words:,}")
        rows.append(
            f"| **{doc.upper()}** | {' | '.join(cells)} | {_count(len(side.only), 'passage')} |"
        )
    return rows


def _match_markdown(comparison: Comparison) -> list[str]:
    folded = folded_matches(comparison.matches)
    lines = [f"## Matches ({len(folded)})", ""]
    where = _where_in(comparison)
    for number, entry in enumerate(folded, 1):
        match = entry.match
        lines += [
            f"### {number}. {match.kind} ({match.score:.2f}) · {where(match)}",
            "",
            f"> **A:** {_md(comparison.a.span_text(match.a))}",
            ">",
            f"> **B:** {_md(comparison.b.span_text(match.b))}",
            "",
        ]
        wording = match_wording(comparison, match)
        if wording:
            lines += [f"Wording: {_md(wording)}", ""]
        for nested in entry.inside:
            quoted = _md(_nested_text(comparison, nested))
            lines.append(f"- inside: {nested.kind} · {where(nested)}: {quoted}")
        if entry.inside:
            lines.append("")
    return lines


def _only_markdown(comparison: Comparison) -> list[str]:
    lines = []
    for doc, passages in _only_passages(comparison):
        lines += [f"## Only in {doc.upper()} ({len(passages)})", ""]
        for position, text in passages:
            lines += [f"> {_md(text)} ({position})", ""]
    return lines


def _where_in(comparison: Comparison) -> Callable[[Match], str]:
    """A function giving a match's `A line:column · B line:column`."""
    positions_a, positions_b = Positions(comparison.a.text), Positions(comparison.b.text)
    return lambda match: f"A {positions_a.at(match.a[0])} · B {positions_b.at(match.b[0])}"


def _nested_text(comparison: Comparison, match: Match) -> str:
    a_text, b_text = comparison.a.span_text(match.a), comparison.b.span_text(match.b)
    if " ".join(a_text.split()) == " ".join(b_text.split()):
        return f"“{a_text}”"
    return f"“{a_text}” ~ “{b_text}”"


def _percent(share: float) -> str:
    return f"{round(100 * share):>3} %"


def _count(number: int, noun: str, plural: str | None = None) -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


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
    text = f"“{claim.text}”" if claim.quoted else claim.text
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


def _indented(label: str, text: str) -> list[str]:
    # A word longer than the line stays whole: cutting it is quadratic in textwrap.
    return textwrap.wrap(
        " ".join(text.split()),
        width=96,
        initial_indent=f"     {label}: ",
        subsequent_indent=" " * 8,
        break_long_words=False,
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
