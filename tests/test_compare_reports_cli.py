"""`diptych compare` reports: the format follows -o's extension; HTML opens in a browser."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SEED_A, SEED_B
from tests.png_pixels import read_png
from tests.test_cli import assert_one_line_error, run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.parametrize(
    ("name", "opening"),
    [("c.json", "{"), ("c.md", "# Comparison"), ("c.txt", "A: "), ("c.html", "<!doctype html>")],
)
def test_the_output_extension_chooses_the_format(tmp_path: Path, name: str, opening: str) -> None:
    result = run("compare", str(SEED_A), str(SEED_B), "-o", name, home=tmp_path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(opening)


def test_json_lists_only_here_passages(tmp_path: Path) -> None:
    run("compare", str(SEED_A), str(SEED_B), "-o", "c.json", home=tmp_path, cwd=tmp_path)
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    texts = [document["text"] for document in data["documents"]]
    for key, text in zip(("only_a", "only_b"), texts, strict=True):
        assert data[key]
        assert all(0 <= start < end <= len(text) for start, end in data[key])


def test_a_format_the_extension_contradicts_is_a_usage_error(tmp_path: Path) -> None:
    result = run(
        "compare",
        str(SEED_A),
        str(SEED_B),
        "-o",
        "c.md",
        "--format",
        "json",
        home=tmp_path,
        cwd=tmp_path,
    )
    assert_one_line_error(result, 2)
    assert not (tmp_path / "c.md").exists()


def test_format_wins_over_an_unknown_extension(tmp_path: Path) -> None:
    result = run(
        "compare",
        str(SEED_A),
        str(SEED_B),
        "-o",
        "c.out",
        "--format",
        "markdown",
        home=tmp_path,
        cwd=tmp_path,
    )
    assert result.returncode == 0
    assert (tmp_path / "c.out").read_text(encoding="utf-8").startswith("# Comparison")


def test_html_escapes_article_text_and_loads_nothing(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "A <script>alert(1)</script> note.\n\nPolice said the <b>bridge</b> reopened on Monday.",
        encoding="utf-8",
    )
    plain = tmp_path / "plain.txt"
    plain.write_text("Police said the bridge reopened on Monday.", encoding="utf-8")
    result = run("compare", str(hostile), str(plain), "--format", "html", home=tmp_path)
    page = result.stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>bridge</b>" not in page and page.count("<script>") == 1
    assert "src=" not in page and "<link" not in page and "@import" not in page


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium to open the page (apt install chromium)")
def test_html_page_shows_both_articles_highlighted_in_chromium(tmp_path: Path) -> None:
    page, shot = tmp_path / "c.html", tmp_path / "c.png"
    run("compare", str(SEED_A), str(SEED_B), "-o", str(page), home=tmp_path)
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=1400,1000",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
        cwd=tmp_path,
    )
    width, _, rows = read_png(shot)
    for half in (range(0, width // 2), range(width // 2, width)):  # below the header
        colours = [row[x] for row in rows[250:] for x in half]
        assert sum(map(_paraphrase_blue, colours)) > 20_000  # paraphrased passages
        assert sum(map(_verbatim_green, colours)) > 1_000  # "intractable disagreement"


def _paraphrase_blue(colour: tuple[int, int, int]) -> bool:
    red, green, blue = colour
    return blue > red + 30 and blue > green + 10 and red > 150


def _verbatim_green(colour: tuple[int, int, int]) -> bool:
    red, green, blue = colour
    return green > red + 30 and green > blue and red > 100
