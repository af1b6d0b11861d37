"""`diptych library FOLDER`: the installed command, run in a subprocess."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_cli import assert_one_line_error, run

SEEDS = ROOT / "seeds"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    root.mkdir()
    for seed in sorted(SEEDS.iterdir()):
        (root / seed.name).write_bytes(seed.read_bytes())
    (root / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (root / "deeper").mkdir()
    (root / "deeper" / "page.html").write_text(
        "<html><head><title>Nested page</title></head><body><article><p>A nested "
        "article about something else entirely: gardening in small spaces.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    return root


def test_json_follows_the_contract(folder: Path, tmp_path: Path) -> None:
    result = run("library", str(folder), "--format", "json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["version"] == 1
    articles = {Path(item["path"]).name: item for item in document["articles"]}
    assert sorted(articles) == sorted([*(path.name for path in SEEDS.iterdir()), "broken.txt"])
    for item in document["articles"]:
        assert set(item) >= {"path", "title", "source", "date", "words", "error", "related"}
    seed_a, seed_b = (articles[path.name] for path in sorted(SEEDS.iterdir()))
    assert seed_a["error"] is None and seed_a["words"] > 100
    assert seed_b["date"] == "2017-07-07"
    assert [item["path"] for item in seed_a["related"]] == [seed_b["path"]]
    assert 0.1 <= seed_a["related"][0]["score"] <= 1.0
    assert articles["broken.txt"]["error"] and articles["broken.txt"]["related"] == []
    assert result.stderr == ""  # no progress line when stderr is not a terminal


def test_recursive_includes_subfolders(folder: Path, tmp_path: Path) -> None:
    flat = json.loads(run("library", str(folder), "--format", "json", home=tmp_path).stdout)
    deep = run("library", str(folder), "--format", "json", "--recursive", home=tmp_path)
    titles = [item["title"] for item in json.loads(deep.stdout)["articles"]]
    assert "Nested page" in titles
    assert "Nested page" not in [item["title"] for item in flat["articles"]]


def test_text_table(folder: Path, tmp_path: Path) -> None:
    result = run("library", str(folder), home=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "3 articles (1 could not be read)"
    rows = [line for line in lines if line[:3].strip().isdigit()]
    assert len(rows) == 3
    assert "error:" in rows[2]  # the seeds' names start with digits: broken.txt is last
    # The two seeds tell the same story: each names the other's row as related.
    assert "#2 0." in rows[0] and "#1 0." in rows[1]
    assert "\x1b" not in result.stdout


def test_text_table_gives_the_paths_to_compare(folder: Path, tmp_path: Path) -> None:
    """Each article's path under its row, and each related one's path: enough to type
    `diptych compare A B`."""
    lines = run("library", str(folder), home=tmp_path).stdout.splitlines()
    first = next(index for index, line in enumerate(lines) if line.startswith("  1  "))
    path_a = Path(lines[first + 1].strip())
    related = lines[first + 2].strip()
    assert related.startswith("↳ #2 0.")
    path_b = Path(related.split("  ", 1)[1])
    assert path_a.is_file() and path_b.is_file() and path_a != path_b
    assert run("compare", str(path_a), str(path_b), home=tmp_path).returncode == 0


def test_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("library", str(tmp_path / "missing"), home=tmp_path)
    assert_one_line_error(result, 1)
    assert "missing" in result.stderr


def test_bad_format_is_usage_error(folder: Path, tmp_path: Path) -> None:
    assert_one_line_error(run("library", str(folder), "--format", "csv", home=tmp_path), 2)


def test_text_table_names_a_url_source_by_its_site(tmp_path: Path) -> None:
    folder = tmp_path / "web"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "source: https://www.example.org/2013/story\nOscar host named\n\nThe Academy said so.",
        encoding="utf-8",
    )
    result = run("library", str(folder), home=tmp_path)
    row = next(line for line in result.stdout.splitlines() if line.startswith("  1  "))
    assert "Oscar host named" in row and "example.org" in row and "https" not in row


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_a_progress_line_that_erases_itself(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.__main__ import main

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["library", str(folder), "--format", "text"]) == 0
    shown = terminal.getvalue()
    assert "diptych: reading 1 of 3 files…" in shown
    assert "diptych: finding related articles…" in shown
    assert shown.endswith("\r\x1b[K")  # the line is gone before the report is printed
    assert "3 articles (1 could not be read)" in capsys.readouterr().out
