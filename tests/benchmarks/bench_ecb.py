"""ECB+ benchmark: sentence links found by align() against event coreference gold.

    .venv/bin/python tests/benchmarks/bench_ecb.py [--data ../shared/data/ecbplus]

Dev topics 2, 5, 12, 18, 21, 23, 34, 35. In each sub-topic (the topic's `ecb`
files, or its `ecbplus` files: articles on one event), two selected sentences
(ECBplus_coreference_sentences.csv) of different articles are gold-linked when
they hold event mentions (ACTION_*/NEG_*) of one CROSS_DOC_COREF chain. align()
runs on every article pair of a sub-topic, using the text/ versions (one
paragraph per XML sentence; in ecbplus files the first line is `source: url`,
sentence 0). A predicted link is a verbatim/paraphrase match between two selected
sentences; precision, recall and F1 are micro-averaged over all pairs. The
baseline links every selected sentence pair of the two articles.

Negatives: a topic's `ecb` and `ecbplus` sub-topics are two different events (two
Oscar hosts, two earthquakes), so every link between their selected sentences is
false. P' = true links / (links on same-event pairs + links on cross-event pairs)
and F1' use it: linking everything scores F1 0.87 but F1' 0.59.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
import time
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.alignment.align import align  # noqa: E402
from reader.core.model import Article  # noqa: E402
from reader.core.reading.loading import article_from_text  # noqa: E402

DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
# Held out: `--held-out` reports on them; never tune on them.
TEST_TOPICS = (36, 37, 38, 39, 40, 41, 42, 43, 44, 45)
Link = tuple[str, int, str, int]  # (document, sentence, document, sentence)
Spans = list[tuple[int, int, int]]  # (start, end, XML sentence number) per paragraph
Loaded = dict[str, tuple[Article, Spans, dict[int, set[str]]]]


def selected_sentences(data: Path) -> dict[str, set[int]]:
    """Document name (e.g. '2_1ecb') -> its validated sentence numbers."""
    selected: dict[str, set[int]] = defaultdict(set)
    with (data / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            selected[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return selected


def event_chains(xml_path: Path) -> dict[int, set[str]]:
    """Sentence number -> ids of the cross-document event chains mentioned in it."""
    root = ElementTree.parse(xml_path).getroot()
    sentence_of = {
        token.get("t_id"): int(token.get("sentence", "0")) for token in root.iter("token")
    }
    mention_sentences: dict[str, set[int]] = {}
    markables = root.find("Markables")
    for markable in markables if markables is not None else ():
        if markable.tag.startswith(("ACTION", "NEG")):
            anchors = [anchor.get("t_id") for anchor in markable.iter("token_anchor")]
            mention_sentences[markable.get("m_id", "")] = {
                sentence_of[t] for t in anchors if t in sentence_of
            }
    chains: dict[int, set[str]] = defaultdict(set)
    for relation in root.iter("CROSS_DOC_COREF"):
        for source in relation.iter("source"):
            for sentence in mention_sentences.get(source.get("m_id", ""), ()):
                chains[sentence].add(relation.get("note", ""))
    return chains


def load_text(text_path: Path) -> tuple[Article, list[tuple[int, int, int]]]:
    """The article, and (start, end, XML sentence number) of each of its paragraphs."""
    paragraphs = text_path.read_text(encoding="utf-8").split("\n\n")
    numbered = list(enumerate(p.strip() for p in paragraphs))
    if numbered and numbered[0][1].startswith("source:"):
        numbered = numbered[1:]  # sentence 0 of an ecbplus file is its URL
    numbered = [(number, paragraph) for number, paragraph in numbered if paragraph]
    article = article_from_text("\n\n".join(paragraph for _, paragraph in numbered))
    spans: list[tuple[int, int, int]] = []
    position = 0
    for number, paragraph in numbered:
        start = article.text.find(paragraph[:40], position)
        if start < 0:
            continue
        spans.append((start, start + len(paragraph), number))
        position = start + 1
    return article, spans


def sentence_number(spans: list[tuple[int, int, int]], offset: int) -> int | None:
    for start, end, number in spans:
        if start <= offset < end:
            return number
    return None


def evaluate(data: Path, min_score: float | None, topics: tuple[int, ...] = DEV_TOPICS) -> None:
    selected = selected_sentences(data)
    gold: set[Link] = set()
    predicted: set[Link] = set()
    false_links = 0
    baseline = cross_baseline = 0
    pairs = cross_pairs = 0
    started = time.perf_counter()
    for topic in topics:
        folder = data / "text" / str(topic)
        clusters = {
            cluster: sorted(path.stem for path in folder.glob(f"*_*{cluster}.txt"))
            for cluster in ("ecb", "ecbplus")
        }
        names = clusters["ecb"] + clusters["ecbplus"]
        loaded: Loaded = {name: _document(data, topic, name) for name in names}
        for documents in clusters.values():
            for first, second in itertools.combinations(documents, 2):
                pairs += 1
                gold |= _gold_links(first, second, loaded, selected)
                predicted |= _predicted_links(first, second, loaded, selected, min_score)
                baseline += len(selected[first]) * len(selected[second])
        for first, second in itertools.product(clusters["ecb"], clusters["ecbplus"]):
            cross_pairs += 1
            false_links += len(_predicted_links(first, second, loaded, selected, min_score))
            cross_baseline += len(selected[first]) * len(selected[second])
    elapsed = time.perf_counter() - started
    print(f"topics {topics}: {pairs} same-event and {cross_pairs} cross-event pairs,")
    print(f"{elapsed:.1f} s; gold links {len(gold)}")
    print(f"{'':<20}{'links':>7}{'false':>7}{'P':>7}{'R':>7}{'F1':>7}{'Pprime':>8}{'F1prime':>8}")
    hits = len(gold & predicted)
    _row("align()", hits, len(predicted), false_links, len(gold))
    _row("all selected pairs", len(gold), baseline, cross_baseline, len(gold))
    print(f"links per same-event pair {len(predicted) / max(1, pairs):.2f}, ", end="")
    print(f"per cross-event pair {false_links / max(1, cross_pairs):.2f}")


def _row(label: str, hits: int, links: int, false_links: int, gold: int) -> None:
    precision = hits / max(1, links)
    recall = hits / max(1, gold)
    strict = hits / max(1, links + false_links)
    print(
        f"{label:<20}{links:>7}{false_links:>7}{precision:>7.3f}{recall:>7.3f}"
        f"{_f1(precision, recall):>7.3f}{strict:>8.3f}{_f1(strict, recall):>8.3f}"
    )


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / max(1e-9, precision + recall)


def _document(data: Path, topic: int, name: str) -> tuple[Article, Spans, dict[int, set[str]]]:
    article, spans = load_text(data / "text" / str(topic) / f"{name}.txt")
    chains = event_chains(data / "xml" / str(topic) / f"{name}.xml")
    return article, spans, chains


def _gold_links(
    first: str, second: str, loaded: Loaded, selected: dict[str, set[int]]
) -> set[Link]:
    chains_a, chains_b = loaded[first][2], loaded[second][2]
    return {
        (first, i, second, j)
        for i in selected[first]
        for j in selected[second]
        if chains_a.get(i, set()) & chains_b.get(j, set())
    }


def _predicted_links(
    first: str,
    second: str,
    loaded: Loaded,
    selected: dict[str, set[int]],
    min_score: float | None,
) -> set[Link]:
    article_a, spans_a, _ = loaded[first]
    article_b, spans_b, _ = loaded[second]
    links: set[Link] = set()
    options = {} if min_score is None else {"min_score": min_score}
    for match in align(article_a, article_b, **options):
        i = sentence_number(spans_a, match.a[0])
        j = sentence_number(spans_b, match.b[0])
        if i in selected[first] and j in selected[second]:
            links.add((first, i, second, j))  # type: ignore[arg-type]
    return links


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    parser.add_argument(
        "--min-score", type=float, help="align()'s threshold (its default if unset)"
    )
    parser.add_argument(
        "--held-out", action="store_true", help="report on test topics 36-45 (never tune on them)"
    )
    arguments = parser.parse_args()
    topics = TEST_TOPICS if arguments.held_out else DEV_TOPICS
    evaluate(arguments.data, arguments.min_score, topics)


if __name__ == "__main__":
    main()
