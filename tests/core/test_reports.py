"""Reports worth reading: summary, positions, folded matches, only-here, word changes."""

from __future__ import annotations

import re

from reader.core.compare import compare
from reader.core.model import Article
from reader.core.report import markdown_report, text_report
from reader.core.report_html import html_report
from reader.core.report_parts import folded_matches, summarise
from reader.core.wording import pair_wording

LONG = (
    "The harbour authority said on Monday that the ferry, which had been carrying more "
    "than four hundred passengers and a crew of thirty-two on its overnight crossing from "
    "the island, ran aground on a sandbank about two miles from the port after its engines "
    "failed in heavy seas, and that every passenger was taken off safely by lifeboats."
)


def _position(text: str, phrase: str) -> str:
    offset = text.index(phrase)
    return f"{text.count(chr(10), 0, offset) + 1}:{offset - text.rfind(chr(10), 0, offset)}"


def test_markdown_quotes_long_passages_whole() -> None:
    a = f"Ferry aground\n\n{LONG}\n\nThe port reopened later."
    b = f"Ship news\n\n{LONG}\n\nTugs were sent from the mainland."
    report = markdown_report(compare(a, b))
    assert LONG in report.replace("\\", "")
    assert "…" not in report


def test_markdown_opens_with_a_summary_and_lists_only_here_passages() -> None:
    a = f"Ferry aground\n\n{LONG}\n\nThe port reopened later in the week."
    b = f"Ship news\n\n{LONG}\n\nTugs were sent from the mainland at dawn."
    comparison = compare(a, b)
    report = markdown_report(comparison)
    sections = re.findall(r"^## (.+)$", report, flags=re.MULTILINE)
    assert sections[:3] == ["Summary", "Facts that conflict (0)", "Matches (1)"]
    assert sections[3:5] == ["Only in A (2)", "Only in B (2)"]
    only_a = report.split("## Only in A")[1].split("## Only in B")[0]
    assert "The port reopened later in the week." in only_a
    assert f"({_position(a, 'The port reopened')})" in only_a
    words_a = len(a.split())
    summary = summarise(comparison)
    assert summary.a.words == words_a
    assert (
        f"| **A** | {round(100 * summary.a.share):>3} % | {summary.a.matched} of {words_a} |"
        in report
    )


def test_seed_report_folds_nested_matches_and_gives_positions(
    seed_a: Article, seed_b: Article
) -> None:
    comparison = compare(seed_a, seed_b)
    report = markdown_report(comparison)
    folded = folded_matches(comparison.matches)
    assert len(re.findall(r"^### \d+\. ", report, flags=re.MULTILINE)) == len(folded)
    assert sum(len(entry.inside) for entry in folded) + len(folded) == len(comparison.matches)
    lavrov = next(e for e in folded if "Sergei Lavrov" in seed_a.span_text(e.match.a))
    assert any(inner.kind == "verbatim" for inner in lavrov.inside)
    where = f"A {_position(seed_a.text, 'Russian foreign minister Sergei')} · B "
    heading = next(line for line in report.splitlines() if where in line)
    assert heading.startswith("### ") and "paraphrase" in heading
    assert "interfere → meddle" in report and "+ U.S." in report


def test_text_report_has_the_same_sections(seed_a: Article, seed_b: Article) -> None:
    report = text_report(compare(seed_a, seed_b))
    starts = [line.split(" (")[0] for line in report.splitlines() if line and line[0] != " "]
    assert starts[2:5] == ["Summary", "Facts that conflict", "Matches"]
    assert "Only in A" in starts and "Only in B" in starts
    assert re.search(r"^  A  [█░]{20}\s+\d+ % matched", report, flags=re.MULTILINE)


def test_word_changes_mark_the_lavrov_wording(seed_a: Article, seed_b: Article) -> None:
    comparison = compare(seed_a, seed_b)
    match = next(
        m
        for m in comparison.matches
        if m.kind == "paraphrase" and "Sergei Lavrov" in seed_a.span_text(m.a)
    )
    wording = pair_wording(seed_a, seed_b, match)
    in_a = [seed_a.span_text(span) for span, _ in wording.spans("a")]
    in_b = [seed_b.span_text(span) for span, _ in wording.spans("b")]
    assert "interfere" in in_a and "meddle" in in_b and "U.S." in in_b
    assert "Trump" not in " ".join(in_a + in_b)


def test_changed_numbers_are_flagged() -> None:
    comparison = compare(
        "Police said 12 people were hurt in the crash on the motorway.",
        "Police said 15 people were hurt in the crash on the motorway.",
    )
    passage = next(m for m in comparison.matches if m.kind == "paraphrase")
    wording = pair_wording(comparison.a, comparison.b, passage)
    assert [(comparison.a.span_text(span), number) for span, number in wording.spans("a")] == [
        ("12", True)
    ]


def test_identical_articles_say_so(seed_a: Article) -> None:
    comparison = compare(seed_a, seed_a)
    assert summarise(comparison).likeness == "identical text"
    assert "identical text" in markdown_report(comparison)


def _facts_section(report: str, heading: str, end: str) -> list[str]:
    section = report[report.index(heading) : report.index(end, report.index(heading))]
    return section.splitlines()[1:]


def test_report_facts_fold_repeats_and_same_words(seed_a: Article, seed_b: Article) -> None:
    comparison = compare(seed_a, seed_b)
    lines = _facts_section(text_report(comparison), "Facts (", "Speakers")
    rows = [line for line in lines if line.startswith("    ")]
    assert rows and len(rows) == len(set(rows))  # A's two "2+ hour": one row each reading
    assert any('"2+ hour"' in row and row.endswith("×2") for row in rows)
    assert not any('A: "2016"' in row for row in rows)  # same words: one closing line
    assert any(line.strip().startswith("same words in both (8): 2016 ×3") for line in lines)
    table = _facts_section(markdown_report(comparison), "## Facts", "## Speakers")
    assert sum(line.startswith("| duration |") for line in table) == len(rows)
    assert any(line.startswith("Same words in both (8): 2016 ×3, Friday ×2") for line in table)


def test_html_facts_fold_repeats_and_same_words(seed_a: Article, seed_b: Article) -> None:
    page = html_report(compare(seed_a, seed_b))
    facts = page[page.index('<section class="facts">') :]
    facts = facts[: facts.index("</section>")]
    assert facts.count("<tr class=") == 3  # two readings of "2+ hour" (×2 each), one of "30-40"
    assert facts.count("×2</td>") == 2
    assert "<p>Same words in both (8): 2016 ×3, Friday ×2, two leaders ×3.</p>" in facts
