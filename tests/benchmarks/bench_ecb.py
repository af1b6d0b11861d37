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
baseline links every selected sentence pair of the two articles. Gold links are
many-to-many while the aligner gives each passage one partner, so the recall a
one-to-one linking could reach at best is printed too.
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


def evaluate(data: Path) -> None:
    selected = selected_sentences(data)
    gold: set[Link] = set()
    predicted: set[Link] = set()
    baseline = 0
    ceiling = 0
    pairs = 0
    started = time.perf_counter()
    for topic in DEV_TOPICS:
        for cluster in ("ecb", "ecbplus"):
            folder = data / "text" / str(topic)
            documents = sorted(path.stem for path in folder.glob(f"*_*{cluster}.txt"))
            loaded: Loaded = {name: _document(data, topic, name) for name in documents}
            for first, second in itertools.combinations(documents, 2):
                pairs += 1
                pair_gold = _gold_links(first, second, loaded, selected)
                gold |= pair_gold
                ceiling += _matching_size(pair_gold)
                predicted |= _predicted_links(first, second, loaded, selected)
                baseline += len(selected[first]) * len(selected[second])
    elapsed = time.perf_counter() - started
    hits = len(gold & predicted)
    precision = hits / max(1, len(predicted))
    recall = hits / max(1, len(gold))
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    print(f"dev topics {DEV_TOPICS}: {pairs} article pairs, {elapsed:.1f} s")
    print(f"gold links {len(gold)}, predicted {len(predicted)}, correct {hits}")
    print(f"{'':<24}{'precision':>10}{'recall':>8}{'F1':>7}")
    print(f"{'align()':<24}{precision:>10.3f}{recall:>8.3f}{f1:>7.3f}")
    base_precision = len(gold) / max(1, baseline)
    base_f1 = 2 * base_precision / (base_precision + 1)
    print(f"{'all selected pairs':<24}{base_precision:>10.3f}{1.0:>8.3f}{base_f1:>7.3f}")
    print(f"recall ceiling of any one-to-one linking: {ceiling / max(1, len(gold)):.3f}")


def _matching_size(links: set[Link]) -> int:
    """Largest one-to-one subset of `links` (augmenting paths; graphs are tiny)."""
    partners: dict[int, list[int]] = defaultdict(list)
    for _, i, _, j in links:
        partners[i].append(j)
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in partners[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return sum(augment(i, set()) for i in list(partners))


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
    first: str, second: str, loaded: Loaded, selected: dict[str, set[int]]
) -> set[Link]:
    article_a, spans_a, _ = loaded[first]
    article_b, spans_b, _ = loaded[second]
    links: set[Link] = set()
    for match in align(article_a, article_b):
        i = sentence_number(spans_a, match.a[0])
        j = sentence_number(spans_b, match.b[0])
        if i in selected[first] and j in selected[second]:
            links.add((first, i, second, j))  # type: ignore[arg-type]
    return links


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    evaluate(parser.parse_args().data)


if __name__ == "__main__":
    main()
