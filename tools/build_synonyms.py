"""Build reader/core/alignment/english_synonyms.txt.gz from WordNet 3.0.

    apt-get install wordnet-base && python tools/build_synonyms.py

Each line is a Snowball stem (as the aligner stems words) and the stems that
WordNet puts in one synset with it, or joins to it by a derivation ("die" /
"death"), where that synset is the most frequent sense of both: "injured" /
"wounded", "tux" / "tuxedo". Rarer
senses are left out, so "fire" (to shoot) never meets "dismiss". Both stems must
be in the English prior table (Zipf 2 or more). Data: WordNet 3.0, Copyright 2006
by Princeton University, under the WordNet 3.0 licence (its notice heads the
file); the WordNet files themselves are not a dependency.
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.alignment.prior import load_prior  # noqa: E402
from reader.core.alignment.tokens import STOPWORDS, stem  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
TARGET = ROOT / "reader" / "core" / "alignment" / "english_synonyms.txt.gz"
PARTS = ("noun", "verb", "adj", "adv")
NOTICE = (
    "# Stem synonyms derived from WordNet 3.0 (most frequent senses only). "
    "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. "
    "THIS SOFTWARE AND DATABASE IS PROVIDED AS IS AND PRINCETON UNIVERSITY MAKES NO "
    "REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University "
    "or Princeton may not be used in advertising or publicity pertaining to distribution "
    "of the software and/or database. Full licence: https://wordnet.princeton.edu/license-and-commercial-use"
)
Sense = tuple[str, str]  # (part of speech letter, synset offset)


def first_senses() -> dict[str, set[Sense]]:
    """Each single word -> the synsets that are its most frequent sense (one per part)."""
    senses: dict[str, set[Sense]] = defaultdict(set)
    for part in PARTS:
        for line in (WORDNET / f"index.{part}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue  # licence header
            fields = line.split()
            lemma, letter, pointers = fields[0], fields[1], int(fields[3])
            offsets = fields[4 + pointers + 2 :]
            if usable(lemma) and offsets:
                senses[lemma].add((letter, offsets[0]))
    return senses


def usable(word: str) -> bool:
    return word.isalpha() and len(word) > 2 and word not in STOPWORDS


def synsets() -> Iterator[tuple[Sense, list[str], list[tuple[int, Sense, int]]]]:
    """(sense, its words, its derivation pointers (source word, target sense, target word))."""
    for part in PARTS:
        for line in (WORDNET / f"data.{part}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split("|")[0].split()
            letter = "a" if fields[2] == "s" else fields[2]
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            at = 4 + 2 * count
            derived = []
            for _ in range(int(fields[at])):
                symbol, offset, target, numbers = fields[at + 1 : at + 5]
                at += 4
                if symbol == "+":
                    target = "a" if target == "s" else target
                    derived.append((int(numbers[:2], 16), (target, offset), int(numbers[2:], 16)))
            yield (letter, fields[0]), words, derived


def synonym_pairs() -> set[tuple[str, str]]:
    senses = first_senses()
    known = load_prior()
    words_of: dict[Sense, list[str]] = {}
    links: list[tuple[str, Sense, Sense, int]] = []
    members: dict[Sense, set[str]] = defaultdict(set)
    for sense, words, derived in synsets():
        words_of[sense] = words
        for word in words:
            if sense in senses.get(word, ()):
                members[sense].add(word)
        for source, target, number in derived:
            if source and sense in senses.get(words[source - 1], ()):
                links.append((words[source - 1], sense, target, number))
    pairs: set[tuple[str, str]] = set()
    for words in members.values():
        stems = sorted({stem(word) for word in words})
        pairs.update((x, y) for i, x in enumerate(stems) for y in stems[i + 1 :])
    for word, _, target, number in links:
        other = words_of.get(target, [])[number - 1 : number]
        if other and target in senses.get(other[0], ()):
            x, y = sorted((stem(word), stem(other[0])))
            if x != y:
                pairs.add((x, y))
    return {(x, y) for x, y in pairs if x in known and y in known}


def main() -> None:
    pairs = synonym_pairs()
    others: dict[str, set[str]] = defaultdict(set)
    for x, y in pairs:
        others[x].add(y)
        others[y].add(x)
    # One line a stem, its synonyms after it: the reader splits a line only when
    # a text uses the stem.
    lines = [" ".join([term, *sorted(others[term])]) for term in sorted(others)]
    text = "\n".join([NOTICE, *lines]) + "\n"
    TARGET.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{len(pairs)} pairs, {TARGET.stat().st_size // 1024} KB -> {TARGET}")


if __name__ == "__main__":
    main()
