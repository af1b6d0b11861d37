"""The installed `diptych` command, run as a user would, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED_A, SEED_B

DIPTYCH = Path(sys.executable).parent / "diptych"


def run(*args: str, home: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    return subprocess.run(
        [str(DIPTYCH), *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,
        timeout=60,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], status: int) -> None:
    assert result.returncode == status
    assert result.stderr.startswith("diptych: error: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_version(isolated_home: Path) -> None:
    result = run("--version", home=isolated_home)
    assert result.returncode == 0 and result.stdout.startswith("diptych ")


def test_compare_json_contract(isolated_home: Path) -> None:
    result = run("compare", str(SEED_A), str(SEED_B), "--format", "json", home=isolated_home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["version"] == 1
    assert [document["id"] for document in data["documents"]] == ["a", "b"]
    for key in ("matches", "speakers", "claims", "facts", "fact_links"):
        assert isinstance(data[key], list)
    texts = {document["id"]: document["text"] for document in data["documents"]}
    for match in data["matches"]:
        assert texts["a"][match["a"][0] : match["a"][1]] == match["a_text"]
        assert texts["b"][match["b"][0] : match["b"][1]] == match["b_text"]
        assert match["kind"] in ("verbatim", "paraphrase", "fact")
        assert 0.0 <= match["score"] <= 1.0
    for fact in data["facts"]:
        assert texts[fact["doc"]][fact["span"][0] : fact["span"][1]] == fact["text"]


def test_compare_finds_the_shared_quote(isolated_home: Path) -> None:
    result = run("compare", str(SEED_A), str(SEED_B), "--format", "json", home=isolated_home)
    matches = json.loads(result.stdout)["matches"]
    assert any("intractable disagreement" in match["a_text"].lower() for match in matches)


def test_compare_text_report_has_no_colour_in_a_pipe(isolated_home: Path) -> None:
    result = run("compare", str(SEED_A), str(SEED_B), home=isolated_home)
    assert result.returncode == 0
    assert "\x1b" not in result.stdout
    assert result.stdout.startswith("A: Tillerson: Putin Asked Trump")
    assert "Matches (" in result.stdout and "Facts (" in result.stdout


def test_compare_markdown_report(isolated_home: Path) -> None:
    result = run("compare", str(SEED_A), str(SEED_B), "--format", "markdown", home=isolated_home)
    assert result.returncode == 0
    assert result.stdout.startswith("# Comparison: ")
    assert "## Matches" in result.stdout


def test_compare_output_file_is_not_overwritten(isolated_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.json"
    first = run(
        "compare",
        str(SEED_A),
        str(SEED_B),
        "--format",
        "json",
        "-o",
        str(target),
        home=isolated_home,
    )
    assert first.returncode == 0 and json.loads(target.read_text())["version"] == 1
    target.write_text("keep me")
    second = run("compare", str(SEED_A), str(SEED_B), "-o", str(target), home=isolated_home)
    assert_one_line_error(second, 1)
    assert target.read_text() == "keep me"
    forced = run(
        "compare",
        str(SEED_A),
        str(SEED_B),
        "-o",
        str(target),
        "--force",
        home=isolated_home,
    )
    assert forced.returncode == 0 and json.loads(target.read_text())["version"] == 1
    assert [path.name for path in out.iterdir()] == ["report.json"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)),
    ],
)
def test_compare_bad_input(isolated_home: Path, tmp_path: Path, name: str, content: bytes) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("compare", str(bad), str(SEED_B), home=isolated_home)
    assert_one_line_error(result, 1)
    assert name in result.stderr


def test_compare_missing_path_and_folder(isolated_home: Path, tmp_path: Path) -> None:
    assert_one_line_error(
        run("compare", str(tmp_path / "nope.txt"), str(SEED_B), home=isolated_home), 1
    )
    assert_one_line_error(run("compare", str(tmp_path), str(SEED_B), home=isolated_home), 1)


def test_bad_usage_exits_2(isolated_home: Path) -> None:
    assert_one_line_error(run("compare", str(SEED_A), home=isolated_home), 2)
    assert_one_line_error(
        run("compare", str(SEED_A), str(SEED_B), "--format", "pdf", home=isolated_home),
        2,
    )


def test_oversized_file_refused_with_flag_hint(isolated_home: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("A sentence of text. " * 100_000)
    result = run("compare", str(big), str(SEED_B), "--max-size", "1", home=isolated_home)
    assert_one_line_error(result, 1)
    assert "--max-size" in result.stderr


def test_compare_min_score_shows_fewer_links_as_it_rises(isolated_home: Path) -> None:
    def links(score: str) -> int:
        result = run(
            "compare", str(SEED_A), str(SEED_B), "--format", "json", "--min-score", score,
            home=isolated_home,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        assert data["story"] == "same story" and data["documents_similarity"] > 0.25
        return sum(1 for match in data["matches"] if match["kind"] == "paraphrase")

    assert links("0.05") > links("0.5") > links("0.95")


@pytest.mark.parametrize("score", ["1.5", "-0.1", "many"])
def test_compare_min_score_out_of_range_is_a_usage_error(isolated_home: Path, score: str) -> None:
    result = run("compare", str(SEED_A), str(SEED_B), "--min-score", score, home=isolated_home)
    assert_one_line_error(result, 2)
