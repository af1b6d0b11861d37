"""Articles from web addresses: fetched from a local news site (tests/news_server.py),
read like the same pages saved as files, cached, and every failure one line."""

from __future__ import annotations

import shutil
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.core.annotation.anchoring import passage_of
from reader.core.annotation.export import annotations_json, readwise_csv
from reader.core.compare import compare
from reader.core.folders.url_list import url_entries
from reader.core.model import Note
from reader.core.reading.errors import LoadError
from reader.core.reading.loading import load_article
from reader.core.reading.page_cache import page_file
from reader.core.reading.web import WebOptions, is_url, load_source, load_url
from tests.news_server import (
    DATE,
    NewsServer,
    news_page,
    refused_url,
    running_news_server,
    running_proxy,
    self_signed_certificate,
)

ONE_MB = WebOptions(max_bytes=2**20)


@pytest.fixture(autouse=True)
def only_127_0_0_1(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test here may look up (and so reach) any host but 127.0.0.1."""
    real = socket.getaddrinfo

    def local_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        assert host == "127.0.0.1", f"a test tried to reach {host}"
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", local_only)


def failure(load: Callable[[], object]) -> str:
    with pytest.raises(LoadError) as caught:
        load()
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_pages_read_like_the_same_pages_saved_as_files(
    news_site: NewsServer, tmp_path: Path
) -> None:
    files = []
    for name in ("a", "b"):
        files.append(tmp_path / f"{name}.html")
        files[-1].write_text(news_page(name), encoding="utf-8")
    from_files = [load_article(path) for path in files]
    from_web = [load_url(news_site.url(f"/{name}.html")) for name in ("a", "b")]
    for file_article, web_article in zip(from_files, from_web, strict=True):
        assert web_article.text == file_article.text
        assert web_article.sha256 == file_article.sha256  # notes anchor alike
        assert web_article.title == file_article.title
    by_file = compare(*from_files).to_dict()
    by_web = compare(*from_web).to_dict()
    assert by_web["matches"] == by_file["matches"]
    assert len(by_web["matches"]) >= 10
    assert by_web["fact_links"] == by_file["fact_links"]


def test_the_article_keeps_its_address_site_date_and_author(news_site: NewsServer) -> None:
    article = load_url(news_site.url("/b.html"))
    assert article.url == news_site.url("/b.html")
    assert article.path is None
    assert article.title == "Trump confronts Putin over election meddling"
    assert (article.source, article.date, article.author) == ("Evening Post", DATE, "Jimmy Olsen")
    assert article.text.startswith("Trump confronts Putin over election meddling\n\nPresident")
    assert "Subscribe to our newsletter" not in article.text  # the page's footer
    assert "Politics" not in article.text  # its navigation
    document = compare(article, article).to_dict()["documents"][0]
    assert document["path"] == document["url"] == news_site.url("/b.html")
    assert (document["site"], document["date"]) == ("Evening Post", DATE)


def test_notes_on_a_web_page_link_back_to_it(news_site: NewsServer) -> None:
    article = load_url(news_site.url("/a.html"))
    passage = passage_of(article, article.sentences[1].span)
    note = Note(1, "u1", "note", passage, None, "", "check", "2026-01-01T00:00:00Z", "")
    rows = readwise_csv([note]).splitlines()
    assert rows[0] == "Highlight,Title,Author,URL,Note,Location"
    assert f",Lois Lane,{news_site.url('/a.html')},check," in rows[1]
    assert f'"source": "{news_site.url("/a.html")}"' in annotations_json([note])


def test_a_redirect_chain_is_followed_to_the_page(news_site: NewsServer) -> None:
    article = load_url(news_site.url("/redirect/3"))
    assert article.url == news_site.url("/a.html")  # where it ended up
    assert article.source == "Daily Planet"
    steps = ["/redirect/3", "/redirect/2", "/redirect/1", "/a.html"]
    assert [news_site.requests[path] for path in steps] == [1, 1, 1, 1]


def test_the_second_read_comes_from_the_cache_and_refresh_fetches_again(
    news_site: NewsServer, isolated_home: Path
) -> None:
    url = news_site.url("/a.html")
    first = load_url(url)
    assert news_site.requests["/a.html"] == 1
    assert page_file(url).is_relative_to(isolated_home / ".cache" / "diptych")  # XDG_CACHE_HOME
    assert load_url(url) == first
    assert load_url(url + "#comments") == first  # a fragment is a place in the same page
    assert news_site.requests["/a.html"] == 1
    assert load_url(url, WebOptions(refresh=True)) == first
    assert news_site.requests["/a.html"] == 2


def test_a_damaged_cache_file_is_fetched_again(news_site: NewsServer) -> None:
    url = news_site.url("/a.html")
    first = load_url(url)
    page_file(url).write_bytes(b"not a cached page")
    assert load_url(url) == first
    page_file(url).write_bytes(b'{"url": 5, "media_type": [], "charset": null}\n<p>Hi</p>')
    assert load_url(url) == first
    assert news_site.requests["/a.html"] == 3


def test_failures_are_not_cached(news_site: NewsServer) -> None:
    url = news_site.url("/app.html")
    failure(lambda: load_url(url))
    failure(lambda: load_url(url))
    assert news_site.requests["/app.html"] == 2
    assert not page_file(url).exists()


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/gone.html", "the server answered HTTP 404 Not Found"),
        ("/broken.html", "the server answered HTTP 500 Internal Server Error"),
        ("/paper.pdf", "a PDF, not an article"),
        ("/photo.png", "an image, not an article"),
        ("/untyped.pdf", "a PDF, not an article"),  # no Content-Type: told by its bytes
        ("/app.html", "not an article (no text found in the page)"),
        ("/loop", "too many redirects (more than 10)"),
        ("/big.html", "page is over the 1 MB limit (raise it with --max-size)"),
        # 30 KB on the wire, 3 MB once expanded: the limit counts what gzip expands to.
        ("/bomb.html", "page is over the 1 MB limit (raise it with --max-size)"),
    ],
)
def test_each_failure_of_the_server_is_one_line(
    news_site: NewsServer, path: str, reason: str
) -> None:
    url = news_site.url(path)
    assert failure(lambda: load_url(url, ONE_MB)) == f"{url}: {reason}"


def test_a_refused_connection_is_one_line() -> None:
    url = refused_url()
    assert failure(lambda: load_url(url)) == f"{url}: connection refused by the server"


def test_a_name_that_does_not_resolve_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no resolver is asked
    url = "http://news.invalid/a.html"
    assert failure(lambda: load_url(url)) == f"{url}: cannot find the server (DNS lookup failed)"


@pytest.mark.parametrize(
    "url", ["http://", "http://[::1", "http://127.0.0.1:99999/a", "http://127.0.0.1:0/a"]
)
def test_an_address_that_is_no_address_is_one_line(url: str) -> None:
    assert failure(lambda: load_url(url)) == f"{url}: not a valid web address"


def test_a_slow_server_hits_the_timeout(news_site: NewsServer) -> None:
    url = news_site.url("/slow.html")
    started = time.monotonic()
    message = failure(lambda: load_url(url, WebOptions(timeout=0.3)))
    assert message == f"{url}: timed out: the server sent nothing for 0.3 s"
    assert time.monotonic() - started < 3


def test_the_proxy_named_in_the_environment_is_used(
    news_site: NewsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = news_site.url("/a.html")
    with running_proxy() as proxy:
        monkeypatch.setenv("http_proxy", proxy.url)
        assert load_url(url).source == "Daily Planet"
        assert proxy.relayed == [url]
        monkeypatch.setenv("no_proxy", "127.0.0.1")
        load_url(news_site.url("/b.html"))
        assert proxy.relayed == [url]  # no_proxy: straight to the site
        assert news_site.requests["/b.html"] == 1


def test_a_proxy_that_cannot_be_reached_is_one_line(
    news_site: NewsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("http_proxy", refused_url())
    url = news_site.url("/a.html")
    assert failure(lambda: load_url(url)) == (
        f"{url}: cannot fetch it through the proxy (connection refused by the server)"
    )
    assert news_site.requests["/a.html"] == 0


def test_a_page_that_never_ends_meets_the_deadline(news_site: NewsServer) -> None:
    url = news_site.url("/drip.html")  # a byte every 50 ms: no read ever times out
    started = time.monotonic()
    message = failure(lambda: load_url(url, WebOptions(timeout=0.2)))
    assert message == f"{url}: timed out: the page took over 1 s"
    assert time.monotonic() - started < 3


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl makes the test certificate")
def test_an_untrusted_certificate_is_one_line(tmp_path: Path) -> None:
    with running_news_server(self_signed_certificate(tmp_path)) as site:
        url = f"https://127.0.0.1:{site.port}/a.html"
        message = failure(lambda: load_url(url))
    assert message.startswith(f"{url}: the server's certificate is not valid (")
    assert "self-signed" in message
    assert site.requests["/a.html"] == 0


def test_gzip_pages_are_decoded(news_site: NewsServer) -> None:
    assert load_url(news_site.url("/gzip.html")).text == load_url(news_site.url("/b.html")).text


def test_a_page_labelled_latin_1_is_read_as_windows_1252(news_site: NewsServer) -> None:
    article = load_url(news_site.url("/latin1.html"))
    assert article.title == "Café society"
    assert "crème brûlée" in article.text
    assert "€2 million" in article.text  # 0x80: a euro sign in windows-1252


def test_charset_labels_naming_no_text_encoding_are_passed_over(news_site: NewsServer) -> None:
    # The header says rot13 and the page's <meta> says idna: Python codecs, but
    # decoding a page with them fails; the bytes are then read as for a file.
    odd = load_url(news_site.url("/odd-charset.html"))
    assert odd.text == load_url(news_site.url("/a.html")).text


def test_a_plain_text_page_is_an_article_named_after_its_host(news_site: NewsServer) -> None:
    article = load_url(news_site.url("/plain.txt"))
    assert article.title == "Council approves new bridge"
    assert article.source == "127.0.0.1"
    assert article.text.endswith("Work starts in March and takes two years.")


def test_without_the_html_extra_one_line_says_how_to_install_it(
    news_site: NewsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura fails
    url = news_site.url("/a.html")
    message = failure(lambda: load_url(url))
    assert message == f"{url}: reading web pages needs the html extra: pip install 'diptych[html]'"
    assert news_site.requests["/a.html"] == 0


def test_a_url_list_fetches_its_pages_at_the_same_time_and_lists_them_in_order(
    news_site: NewsServer,
) -> None:
    # Each /together/ page is answered only while three requests wait at once.
    urls = [news_site.url(f"/together/{number}.html") for number in (1, 2, 3)]
    started = time.monotonic()
    entries = list(url_entries(urls, WebOptions()))
    assert [entry.error for entry in entries] == [None, None, None]
    assert time.monotonic() - started < 4
    assert [entry.url for entry in entries] == urls
    assert [entry.source for entry in entries] == ["Daily Planet", "Evening Post", "Evening Post"]
    assert [entry.words > 100 for entry in entries] == [True, True, True]


def test_load_source_takes_files_and_addresses(news_site: NewsServer, tmp_path: Path) -> None:
    saved = tmp_path / "a.html"
    saved.write_text(news_page("a"), encoding="utf-8")
    assert load_source(str(saved)).text == load_source(news_site.url("/a.html")).text
    assert [is_url(name) for name in ("HTTPS://x.org/a", "http://x", "a.html", "ftp://x")] == [
        True,
        True,
        False,
        False,
    ]
