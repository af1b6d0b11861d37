"""Where the two articles differ, as the comparison screen shows it: the words a pair's
other side lacks, the kinds in the header with their colours, and the colour legend."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from rich.style import Style
from rich.text import Text

from reader.core.model import Comparison, DocId
from reader.core.report_parts import likeness
from reader.core.wording import pair_wording
from reader.ui.widgets.highlights import Highlight

StyleOf = Callable[[str], Style]  # an article-pane component style by its name
KINDS = ("verbatim", "paraphrase", "fact")
# The legend, two entries a row: (style name, sample word, what it means).
LEGEND = (
    ("verbatim", "verbatim", "same words in both"),
    ("paraphrase", "paraphrase", "same thing reworded"),
    ("fact", "2+ hour", "a linked number or date"),
    ("changed", "meddle", "a word the other lacks"),
    ("changed-number", "16", "a changed number"),
    ("current", "current pair", "where n / N went"),
    ("partner", "partner", "the sentence's other link"),
    ("unique", "only here", "only in this article"),
    ("note", "noted", "has a note (or tag colour)"),
    ("mark", "marked", "the mark (m)"),
    ("search", "hit", "a search hit"),
)


def word_change_highlights(
    comparison: Comparison, indexes: Iterable[int]
) -> dict[DocId, list[Highlight]]:
    """The changed words of these matches, per article, as pane highlights. Only
    paraphrases have any (a verbatim pair has none; facts are highlighted already),
    and only those sharing enough words for the marks to help."""
    found: dict[DocId, list[Highlight]] = {"a": [], "b": []}
    for index in indexes:
        match = comparison.matches[index]
        if match.kind != "paraphrase":
            continue
        wording = pair_wording(comparison.a, comparison.b, match)
        if not wording.readable:
            continue
        for doc in ("a", "b"):
            for (start, end), number in wording.spans(doc):
                found[doc].append((start, end, "changed-number" if number else "changed"))
    return found


def status_text(comparison: Comparison, style_of: StyleOf) -> Text:
    """'21 matches: 3 verbatim · 13 paraphrase · 5 fact', each kind in its own colour,
    and 'identical text' / '97 % shared' when the two are (nearly) the same."""
    counts: Counter[str] = Counter(match.kind for match in comparison.matches)
    total = len(comparison.matches)
    text = Text(f"{total} match{'es' if total != 1 else ''}", end="")
    shown = [kind for kind in KINDS if counts[kind]]
    for number, kind in enumerate(shown):
        text.append(": " if number == 0 else " · ")
        text.append(f"{counts[kind]} {kind}", style=style_of(kind))
    same = likeness(comparison)
    if same:
        text.append(f" · {same}", style="bold")
    return text


def legend_text(style_of: StyleOf) -> Text:
    """The colour legend, two entries a row, each sample drawn in the pane's real style."""
    sample_width = max(len(sample) for _, sample, _ in LEGEND) + 1
    meaning_width = max(len(meaning) for *_, meaning in LEGEND) + 2
    text = Text(end="")
    for number, (name, sample, meaning) in enumerate(LEGEND):
        text.append(sample, style=style_of(name))
        # Padding in spans of its own, so that it is kept whole.
        text.append(" " * (sample_width - len(sample)), style="not bold")
        if number % 2 == 0:
            text.append(meaning)
            text.append(" " * (meaning_width - len(meaning)), style="not bold")
        else:
            text.append(meaning + "\n")
    text.append("\nw: the changed words of every pair on screen · o: every passage only here")
    return text
