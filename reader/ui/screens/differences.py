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
# The legend: (style name, sample word, what it means), in the order a reader meets them.
LEGEND = (
    ("verbatim", "verbatim", "the same words in both articles"),
    ("paraphrase", "paraphrase", "the same thing in other words"),
    ("fact", "2+ hour", "a number, date or amount linked to the other article's"),
    ("changed", "meddle", "a word the other side of the pair lacks (w: every pair on screen)"),
    ("changed-number", "16", "a number the other side of the pair does not have"),
    ("current", "current pair", "the pair n / N stepped to"),
    ("partner", "partner", "another link of the sentence at the cursor"),
    ("unique", "only here", "a passage only this article has (o shows all, u steps)"),
    ("note", "noted", "a passage with a note (a colour tag tints it in that colour)"),
    ("mark", "marked", "the mark m made, not yet a note"),
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
    """The colour legend, each sample drawn in the pane's real style."""
    text = Text(end="")
    width = max(len(sample) for _, sample, _ in LEGEND) + 2
    for name, sample, meaning in LEGEND:
        text.append(sample, style=style_of(name))
        text.append(" " * (width - len(sample)), style="not bold")  # its own span: kept whole
        text.append(meaning + "\n")
    text.rstrip()
    return text
