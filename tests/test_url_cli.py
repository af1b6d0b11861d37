"""The installed `diptych` with web addresses, against the local news site on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.annotation.anchoring import passage_of
from reader.core.annotation.notes import NotesStore
from reader.core.reading.web import load_url
from tests.conftest import SEED_A
from tests.news_server import NewsServer, news_page, refused_url
from tests.test_cli import assert_one_line_error, run


def compare_json(*args: str, home: Path) -> dict[str, object]:
    result = run("compare", *args, "--format", "json", home=home)
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_compare_two_addresses_as_the_same_pages_saved_as_files(
    news_site: NewsServer, isolated_home: Path, tmp_path: Path
) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.html").write_text(news_page(name), encoding="utf-8")
    by_url = compare_json(news_site.url("/a.html"), news_site.url("/b.html"), home=isolated_home)
    by_file = compare_json(str(tmp_path / "a.html"), str(tmp_path / "b.html"), home=isolated_home)
    assert by_url["matches"] == by_file["matches"]
    assert by_url["fact_links"] == by_file["fact_links"]
    documents = by_url["documents"]
    assert isinstance(documents, list)
    assert [(d["path"], d["url"], d["site"]) for d in documents] == [
        (news_site.url("/a.html"), news_site.url("/a.html"), "Daily Planet"),
        (news_site.url("/b.html"), news_site.url("/b.html"), "Evening Post"),
    ]
    assert documents[1]["title"] == "Trump confronts Putin over election meddling"


def test_compare_an_address_with_a_file(news_site: NewsServer, isolated_home: Path) -> None:
    data = compare_json(news_site.url("/b.html"), str(SEED_A), home=isolated_home)
    documents = data["documents"]
    assert isinstance(documents, list)
    assert documents[0]["site"] == "Evening Post"
    assert documents[1]["path"] == str(SEED_A) and documents[1]["url"] is None
    assert data["matches"]


def test_the_text_report_names_each_page_by_site_date_and_address(
    news_site: NewsServer, isolated_home: Path
) -> None:
    url_a, url_b = news_site.url("/a.html"), news_site.url("/b.html")
    result = run("compare", url_a, url_b, home=isolated_home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith(f"Election (Daily Planet, 2017-07-07, {url_a})")
    assert lines[1] == (
        f"B: Trump confronts Putin over election meddling (Evening Post, 2017-07-07, {url_b})"
    )


def test_the_second_run_reads_the_page_cache_and_refresh_fetches(
    news_site: NewsServer, isolated_home: Path
) -> None:
    pair = (news_site.url("/a.html"), news_site.url("/b.html"))
    first = compare_json(*pair, home=isolated_home)
    assert (news_site.requests["/a.html"], news_site.requests["/b.html"]) == (1, 1)
    assert compare_json(*pair, home=isolated_home) == first
    assert (news_site.requests["/a.html"], news_site.requests["/b.html"]) == (1, 1)
    compare_json(*pair, "--refresh", home=isolated_home)
    assert (news_site.requests["/a.html"], news_site.requests["/b.html"]) == (2, 2)


@pytest.mark.parametrize(
    ("path", "options", "reason"),
    [
        ("/gone.html", (), "the server answered HTTP 404 Not Found"),
        ("/broken.html", (), "the server answered HTTP 500 Internal Server Error"),
        ("/paper.pdf", (), "a PDF, not an article"),
        ("/app.html", (), "not an article (no text found in the page)"),
        ("/loop", (), "too many redirects (more than 10)"),
        (
            "/big.html",
            ("--max-size", "1"),
            "page is over the 1 MB limit (raise it with --max-size)",
        ),
        ("/slow.html", ("--timeout", "0.3"), "timed out: the server sent nothing for 0.3 s"),
    ],
)
def test_each_failure_is_one_line_and_exit_1(
    news_site: NewsServer, isolated_home: Path, path: str, options: tuple[str, ...], reason: str
) -> None:
    url = news_site.url(path)
    result = run("compare", url, str(SEED_A), *options, home=isolated_home)
    assert_one_line_error(result, 1)
    assert result.stderr == f"diptych: error: {url}: {reason}\n"
    assert result.stdout == ""


def test_a_refused_connection_is_one_line_and_exit_1(isolated_home: Path) -> None:
    url = refused_url()
    result = run("compare", url, str(SEED_A), home=isolated_home)
    assert result.stderr == f"diptych: error: {url}: connection refused by the server\n"
    assert result.returncode == 1


@pytest.mark.parametrize("command", [("compare",), ()])
def test_addresses_other_than_http_are_refused_in_one_line(
    isolated_home: Path, command: tuple[str, ...]
) -> None:
    result = run(*command, "ftp://127.0.0.1/a.txt", str(SEED_A), home=isolated_home)
    assert result.returncode == 1
    assert result.stderr == (
        "diptych: error: ftp://127.0.0.1/a.txt: only http:// and https:// addresses can be opened\n"
    )


def test_three_addresses_for_the_reader_is_a_usage_error(isolated_home: Path) -> None:
    result = run("http://127.0.0.1:9/a", "http://127.0.0.1:9/b", "c.txt", home=isolated_home)
    assert_one_line_error(result, 2)
    assert "diptych library --urls FILE" in result.stderr


def test_a_bad_timeout_is_a_usage_error(isolated_home: Path) -> None:
    result = run("compare", "a", "b", "--timeout", "0", home=isolated_home)
    assert_one_line_error(result, 2)


def test_library_lists_the_pages_of_a_url_file(
    news_site: NewsServer, isolated_home: Path, tmp_path: Path
) -> None:
    pages = [news_site.url(path) for path in ("/a.html", "/b.html", "/gone.html", "/plain.txt")]
    urls = tmp_path / "urls.txt"
    urls.write_text("# coverage of the Hamburg meeting\n\n" + "\n".join(pages) + "\n" + pages[0])
    result = run("library", "--urls", str(urls), "--format", "json", home=isolated_home)
    assert result.returncode == 0, result.stderr
    articles = json.loads(result.stdout)["articles"]
    assert [article["path"] for article in articles] == pages  # in order, each once
    assert [article["source"] for article in articles] == [
        "Daily Planet",
        "Evening Post",
        None,
        "127.0.0.1",
    ]
    assert articles[2]["error"] == "the server answered HTTP 404 Not Found"
    assert articles[0]["related"][0]["path"] == pages[1]  # the same story, by its address
    again = run("library", "--urls", str(urls), "--format", "json", home=isolated_home)
    assert json.loads(again.stdout) == json.loads(result.stdout)
    assert news_site.requests["/a.html"] == 1  # from the page cache the second time
    assert news_site.requests["/gone.html"] == 2  # failures are asked again


def test_library_url_file_with_a_line_that_is_not_an_address(
    isolated_home: Path, tmp_path: Path
) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/a.html\nnotes.txt\n")
    result = run("library", "--urls", str(urls), home=isolated_home)
    assert_one_line_error(result, 1)
    assert result.stderr == f"diptych: error: {urls}:2: not an http(s) address: notes.txt\n"


def test_library_needs_a_folder_or_urls(isolated_home: Path) -> None:
    assert_one_line_error(run("library", home=isolated_home), 2)


def test_without_the_html_extra_one_line_says_how_to_install_it(
    news_site: NewsServer, isolated_home: Path
) -> None:
    url = news_site.url("/a.html")
    # The installed command's own main, with trafilatura made unimportable.
    code = (
        "import sys; sys.modules['trafilatura'] = None; from reader.__main__ import main; "
        f"sys.exit(main(['compare', {url!r}, {str(SEED_A)!r}]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"diptych: error: {url}: reading web pages needs the html extra: "
        "pip install 'diptych[html]'\n"
    )
    assert news_site.requests["/a.html"] == 0


def test_notes_of_a_web_page_export_by_its_address(
    news_site: NewsServer, isolated_home: Path, tmp_path: Path
) -> None:
    url_a, url_b = news_site.url("/a.html"), news_site.url("/b.html")
    article_a, article_b = load_url(url_a), load_url(url_b)
    with NotesStore.open(tmp_path / "data") as store:
        store.save_note(passage_of(article_a, article_a.sentences[1].span), "on A")
        store.save_note(passage_of(article_b, article_b.sentences[1].span), "on B")
    data = ("--data-dir", str(tmp_path / "data"))
    result = run("notes", "export", "--format", "csv", "--document", url_b, *data, home=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(row["URL"], row["Title"], row["Note"]) for row in rows] == [
        (url_b, "Trump confronts Putin over election meddling", "on B")
    ]
    unknown = news_site.url("/other.html")
    missing = run("notes", "export", "--document", unknown, *data, home=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr == f"diptych: error: {unknown}: no notes stored for that address\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_a_fetching_line_that_erases_itself(
    news_site: NewsServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.__main__ import main

    url_a, url_b = news_site.url("/a.html"), news_site.url("/gone.html")
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["compare", url_a, str(SEED_A)]) == 0
    shown = terminal.getvalue()
    assert f"\r\x1b[Kdiptych: fetching {url_a}…" in shown
    assert shown.endswith("\r\x1b[K")  # gone before the report is printed
    assert capsys.readouterr().out.startswith("A: Tillerson")
    assert main(["compare", url_b, str(SEED_A)]) == 1
    # The error starts on a clean line, not after the progress text.
    assert terminal.getvalue().endswith(
        f"\r\x1b[Kdiptych: error: {url_b}: the server answered HTTP 404 Not Found\n"
    )
