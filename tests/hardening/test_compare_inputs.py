"""Every bad input through `diptych compare`: handled or refused in one line, never a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.__main__ import main
from reader.core.printable import printable
from tests.conftest import SEED_B
from tests.hardening.corpus import CORPUS, BadInput

DIPTYCH = Path(sys.executable).parent / "diptych"
TIME_LIMIT = 60.0
# What a terminal acts on: C0/C1 controls but newline, DEL, bidi overrides and isolates.
TERMINAL_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


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
    assert not TERMINAL_CONTROL.search(result.stdout + result.stderr)
    if bad_input.expect == "refuse":
        assert result.returncode == 1, result.stdout[:200]
        assert result.stderr.startswith("diptych: error: ") and result.stderr.count("\n") == 1
        assert printable(path.name) in result.stderr
    else:
        assert result.returncode == 0, result.stderr
    assert elapsed < TIME_LIMIT


@pytest.mark.parametrize(
    "bad_input",
    [entry for entry in CORPUS if entry.expect == "open"],
    ids=[entry.name for entry in CORPUS if entry.expect == "open"],
)
def test_json_spans_stay_exact(bad_input: BadInput, tmp_path: Path, isolated_home: Path) -> None:
    path = bad_input.make(tmp_path)
    result = run_compare(path, isolated_home, "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["documents"][0]["path"] == str(path)  # exact, even for a name not in UTF-8
    text = data["documents"][0]["text"]
    assert not TERMINAL_CONTROL.search(text + data["documents"][0]["title"])
    assert bad_input.keeps in text
    for match in data["matches"]:
        assert text[match["a"][0] : match["a"][1]] == match["a_text"]


@pytest.mark.parametrize("value", ["inf", "nan", "1e400", "-1", "0", "lots"])
def test_unusable_max_size_is_a_usage_error(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(SEED_B), str(SEED_B), "--max-size", value]) == 2
    error = capsys.readouterr().err
    assert error.startswith("diptych: error: argument --max-size: ") and error.count("\n") == 1
    assert "_max_size" not in error  # no internal names


def test_size_limit_is_in_the_megabytes_the_flag_takes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (3 * 1024 * 1024 // 5 + 1))
    assert main(["compare", str(big), str(SEED_B), "--max-size", "2"]) == 1
    assert capsys.readouterr().err == (
        f"diptych: error: {big}: file is 3 MB, over the 2 MB limit (raise it with --max-size)\n"
    )


# A folder is not refused by the reader: it opens the library view (the Pilot battery's).
REFUSED_FILES = [
    entry for entry in CORPUS if entry.expect == "refuse" and "folder" not in entry.name
]


@pytest.mark.parametrize("bad_input", REFUSED_FILES, ids=[entry.name for entry in REFUSED_FILES])
def test_reader_refuses_before_the_screen_opens(
    bad_input: BadInput,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def no_app(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader started on a refused input")

    monkeypatch.setattr("reader.ui.app.make_app", no_app)
    path = bad_input.make(tmp_path)
    assert not path.is_dir()
    status = main([str(path), str(SEED_B)])
    error = capsys.readouterr().err
    assert status == 1
    assert error.startswith("diptych: error: ") and error.count("\n") == 1
    assert not TERMINAL_CONTROL.search(error)
