"""How rare a word is in English at large: the prior that term weights blend in.

Two reports of one event use the event's own words ("Oscars", "host") in most
sentences, so counting only the two texts makes those words weigh nothing, and a
single sentence on each side gives every word the same weight. English word
frequencies (from wordfreq, CC BY-SA 4.0; built by tools/build_word_prior.py)
say that "host" is a common word and "DeGeneres" a rare one, whatever the texts.
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

# Zipf frequency (log10 uses per billion words) at and above which a stem is as
# common as a word can be ("the" 7.7, "said" 6.3), and at and below which it is as
# rare (names, jargon; stems missing from the table count as rare).
COMMON_ZIPF = 6.0
RARE_ZIPF = 2.0


def rarity(stem: str) -> float:
    """0 for the commonest English stems, 1 for rare ones and unknown words."""
    zipf = load_prior().get(stem)
    if zipf is None or zipf <= RARE_ZIPF:
        return 1.0
    if zipf >= COMMON_ZIPF:
        return 0.0
    return (COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)


@functools.cache
def load_prior() -> dict[str, float]:
    """Stem -> Zipf frequency, read once per process (30 ms): the CLI reads it before
    forking its child, which weighs words by rarity too."""
    data = Path(__file__).with_name("english_prior.txt.gz").read_bytes()
    table: dict[str, float] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            zipf, _, terms = line.partition("\t")  # one line per frequency: its stems
            table.update(dict.fromkeys(terms.split(" "), float(zipf)))
    return table
