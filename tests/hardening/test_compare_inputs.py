"""Every bad input through `diptych compare`: handled or refused in one line, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEED_B
from tests.hardening.corpus import CORPUS, BadInput

DIPTYCH = Path(sys.executable).parent / "diptych"
TIME_LIMIT = 60.0


def run_compare(path: Path, home: Path, output_format: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    return subprocess.run(
        [str(DIPTYCH), "compare", str(path), str(SEED_B), "--format", output_format],
        capture_output=True,
        text=True,
        env=environment,
        timeout=TIME_LIMIT,
    )


@pytest.mark.parametrize("bad_input", CORPUS, ids=[entry.name for entry in CORPUS])
def test_compare_handles_or_refuses(
    bad_input: BadInput, tmp_path: Path, isolated_home: Path
) -> None:
    path = bad_input.make(tmp_path)
    started = time.perf_counter()
    result = run_compare(path, isolated_home, "text")
    elapsed = time.perf_counter() - started
    assert "Traceback" not in result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    if bad_input.expect == "refuse":
        assert result.returncode == 1, result.stdout[:200]
        assert result.stderr.startswith("diptych: error: ") and result.stderr.count("\n") == 1
        assert path.name in result.stderr
    else:
        assert result.returncode == 0, result.stderr
    assert elapsed < TIME_LIMIT


@pytest.mark.parametrize(
    "bad_input",
    [entry for entry in CORPUS if entry.expect == "open"],
    ids=[entry.name for entry in CORPUS if entry.expect == "open"],
)
def test_json_spans_stay_exact(bad_input: BadInput, tmp_path: Path, isolated_home: Path) -> None:
    result = run_compare(bad_input.make(tmp_path), isolated_home, "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    text = data["documents"][0]["text"]
    assert "\x1b" not in text and "\x07" not in text and "\x00" not in text
    for match in data["matches"]:
        assert text[match["a"][0] : match["a"][1]] == match["a_text"]
