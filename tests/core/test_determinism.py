"""The same two articles give the same comparison in every run.

Python salts string hashes per process, so any result that depends on set or
dict iteration order would change between runs; two processes with different
PYTHONHASHSEED values must agree byte for byte.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
sys.path.insert(0, "tests/benchmarks")
import synthetic
from reader import compare
pair = synthetic.generate(30_000, seed=3)
print(json.dumps(compare(pair.text_a, pair.text_b).to_dict(), sort_keys=True))
"""
# The seeds' facts, many copies over: big buckets of facts with one value and shared
# words, where hash order once chose the candidates and summed the scores.
FACTS_SCRIPT = """
import sys
sys.path.insert(0, "tests/benchmarks")
from bench_facts import SEEDS, varied
from reader.core.facts.quantities import extract_facts, link_facts
from reader.core.reading.loading import article_from_text
a, b = (article_from_text(varied(path.read_text(), 60_000)) for path in sorted(SEEDS.glob("*.txt")))
facts = extract_facts(a, "a") + extract_facts(b, "b")
links, matches = link_facts(facts, a, b)
print(links, matches)
"""


def run_with_hash_seed(seed: str, script: str = SCRIPT) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        check=True,
        timeout=120,
    )
    return result.stdout


def test_comparison_does_not_depend_on_hash_seed() -> None:
    first = run_with_hash_seed("1")
    assert '"matches": [{' in first
    assert run_with_hash_seed("2") == first
    assert run_with_hash_seed("3") == first


def test_fact_links_and_their_scores_do_not_depend_on_hash_seed() -> None:
    first = run_with_hash_seed("1", FACTS_SCRIPT)
    assert "FactLink(" in first and "kind='fact'" in first
    assert run_with_hash_seed("2", FACTS_SCRIPT) == first
    assert run_with_hash_seed("3", FACTS_SCRIPT) == first
