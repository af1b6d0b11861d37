"""Synthetic article pairs with known alignment, for the compare benchmark.

Article A is generated prose: invented words drawn with Zipf frequencies between
English function words, sentences of several clauses, paragraphs of a few
sentences. Article B is A edited the way a second reporter would: paragraphs
moved, sentences paraphrased (words swapped for synonyms, clauses reordered),
numbers rewritten, sentences deleted and new ones inserted. The truth records
which sentence of A each sentence of B came from, by character offset.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# English function words between the invented content words, and the syllables
# the content words are made of.
FUNCTION_WORDS = (
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "that",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "from",
    "was",
    "said",
    "it",
)
SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ter",
    "van",
    "sol",
    "ru",
    "pen",
    "dor",
    "av",
    "is",
    "el",
    "tro",
    "min",
    "sha",
    "gu",
    "bel",
    "nor",
    "qua",
    "fi",
)
VOCABULARY_SIZE = 30_000


@dataclass
class Pair:
    """Texts A and B and the truth: (offset of a sentence in A, offset in B)."""

    text_a: str
    text_b: str
    links: list[tuple[int, int]] = field(default_factory=list)


def _vocabulary(rng: random.Random) -> tuple[list[str], list[str]]:
    """Invented content words and, for each, a synonym of different spelling."""
    words: set[str] = set()
    while len(words) < 2 * VOCABULARY_SIZE:
        words.add("".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    return ordered[:VOCABULARY_SIZE], ordered[VOCABULARY_SIZE:]


class Writer:
    """Draws sentences from a Zipf-weighted invented vocabulary."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words, synonyms = _vocabulary(self.rng)
        self.synonym = dict(zip(self.words, synonyms, strict=True))
        weights = [1 / (rank + 10) for rank in range(VOCABULARY_SIZE)]
        self.cumulative = list(_accumulate(weights))

    def clause(self) -> list[str]:
        content = self.rng.choices(
            self.words, cum_weights=self.cumulative, k=self.rng.randint(3, 7)
        )
        clause: list[str] = []
        for word in content:
            if self.rng.random() < 0.6:
                clause.append(self.rng.choice(FUNCTION_WORDS))
            clause.append(word)
        if self.rng.random() < 0.2:
            clause.append(str(self.rng.randint(2, 9999)))
        return clause

    def sentence(self) -> list[list[str]]:
        return [self.clause() for _ in range(self.rng.randint(1, 3))]


def _accumulate(values: list[float]) -> list[float]:
    total, sums = 0.0, []
    for value in values:
        total += value
        sums.append(total)
    return sums


def render(clauses: list[list[str]]) -> str:
    text = ", ".join(" ".join(clause) for clause in clauses)
    return text[0].upper() + text[1:] + "."


def paraphrase(writer: Writer, clauses: list[list[str]]) -> list[list[str]]:
    """Swap about a third of the words for synonyms; reorder clauses; reword numbers."""
    rng = writer.rng
    changed = [
        [
            writer.synonym.get(word, word) if rng.random() < 0.3 else _renumber(word, rng)
            for word in clause
        ]
        for clause in clauses
    ]
    if len(changed) > 1 and rng.random() < 0.5:
        changed.reverse()
    return changed


def _renumber(word: str, rng: random.Random) -> str:
    if word.isdigit() and rng.random() < 0.5:
        return f"{int(word):,}" if int(word) >= 1000 else f"{word}.0"
    return word


def generate(size: int, seed: int = 1) -> Pair:
    """A pair of articles of about `size` characters each, with the true links."""
    writer = Writer(seed)
    rng = writer.rng
    paragraphs: list[list[list[list[str]]]] = []
    length = 0
    while length < size:
        paragraph = [writer.sentence() for _ in range(rng.randint(2, 6))]
        paragraphs.append(paragraph)
        length += sum(len(render(sentence)) + 1 for sentence in paragraph) + 1
    return _edit(writer, paragraphs)


def _edit(writer: Writer, paragraphs: list[list[list[list[str]]]]) -> Pair:
    """Write A, then B as an edited copy, remembering where each sentence went."""
    rng = writer.rng
    order = list(range(len(paragraphs)))
    for _ in range(len(order) // 5):  # move a fifth of the paragraphs elsewhere
        moved = order.pop(rng.randrange(len(order)))
        order.insert(rng.randrange(len(order) + 1), moved)
    a_offsets: dict[tuple[int, int], int] = {}
    a_parts: list[str] = []
    position = 0
    for p, paragraph in enumerate(paragraphs):
        for s, sentence in enumerate(paragraph):
            a_offsets[(p, s)] = position
            rendered = render(sentence)
            a_parts.append(rendered + (" " if s + 1 < len(paragraph) else "\n\n"))
            position += len(a_parts[-1])
    pair = Pair("".join(a_parts), "")
    pair.text_b = _write_b(writer, paragraphs, order, a_offsets, pair.links)
    return pair


def _write_b(
    writer: Writer,
    paragraphs: list[list[list[list[str]]]],
    order: list[int],
    a_offsets: dict[tuple[int, int], int],
    links: list[tuple[int, int]],
) -> str:
    """B's text: paragraphs in the new order, each sentence kept, edited or dropped."""
    rng = writer.rng
    parts: list[str] = []
    position = 0
    for p in order:
        sentences: list[str] = []
        for s, sentence in enumerate(paragraphs[p]):
            roll = rng.random()
            if roll < 0.1:
                continue  # deleted
            if roll < 0.2:
                sentences.append(render(writer.sentence()))  # inserted, unrelated
            edited = paraphrase(writer, sentence) if 0.2 <= roll < 0.5 else sentence
            links.append((a_offsets[(p, s)], position + sum(len(x) + 1 for x in sentences)))
            sentences.append(render(edited))
        if sentences:
            parts.append(" ".join(sentences) + "\n\n")
            position += len(parts[-1])
    return "".join(parts)
