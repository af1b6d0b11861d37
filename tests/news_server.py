"""A local news site for the URL tests: stdlib http.server on 127.0.0.1 in a thread.

It serves the two seed articles as news pages (title, site name, date, author,
page chrome around the article), and one route for each way a fetch can fail.
It counts the requests per path, so a test can tell a cached page from a fetched one.
"""

from __future__ import annotations

import gzip
import html
import socket
import ssl
import subprocess
import threading
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Seed file, headline (seed B's file has none, only a "date …" prefix), site, author.
SEEDS = {
    "a": (ROOT / "seeds" / "000_259be27b5eeff012.txt", None, "Daily Planet", "Lois Lane"),
    "b": (
        ROOT / "seeds" / "002_a7c2156ec2a0f3ad.txt",
        "Trump confronts Putin over election meddling",
        "Evening Post",
        "Jimmy Olsen",
    ),
}
DATE = "2017-07-07"


def news_page(name: str) -> str:
    """A seed article as a news site's page: head metadata, navigation, article, footer."""
    path, headline, site, author = SEEDS[name]
    lines = [line.strip() for line in path.read_text("utf-8").splitlines()]
    lines[0] = lines[0].removeprefix(f"date {DATE} ")
    title, paragraphs = (headline, lines) if headline else (lines[0], lines[1:])
    body = "\n".join(f"<p>{html.escape(text)}</p>" for text in paragraphs if text)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | {site}</title>
<meta property="og:title" content="{html.escape(title, quote=True)}">
<meta property="og:site_name" content="{site}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{DATE}T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<article><h1>{html.escape(title)}</h1>
{body}
</article>
<footer>© {site}. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""


class NewsServer:
    """Routes -> answers; `requests` counts each path asked for."""

    def __init__(self) -> None:
        self.requests: Counter[str] = Counter()
        self.release = threading.Event()  # set to end the slow route's wait
        self.together = threading.Barrier(3, timeout=5)  # /together/…: three at once
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for `path` (see ROUTES below)."""
        if path in ("/a.html", "/b.html"):
            return _html(news_page(path[1]))
        if path.startswith("/redirect/"):  # /redirect/3 -> /redirect/2 -> … -> /a.html
            left = int(path.rsplit("/", 1)[1])
            target = f"/redirect/{left - 1}" if left > 1 else "/a.html"
            return 302, {"Location": target}, b""
        if path == "/loop":
            return 301, {"Location": "/loop"}, b""
        if path.startswith("/together/"):  # answered only while three are asked at once
            try:
                self.together.wait()
            except threading.BrokenBarrierError:
                return 503, {"Content-Type": "text/html"}, b"<p>Asked alone</p>"
            return _html(news_page("a" if path == "/together/1.html" else "b"))
        if path == "/slow.html":
            self.release.wait(10)
            return _html(news_page("a"))
        return ROUTES.get(path, (404, {"Content-Type": "text/html"}, b"<p>Not found</p>"))

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def _html(page: str, charset: str = "utf-8") -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": f"text/html; charset={charset}"}, page.encode(charset)


def _gzipped(page: str) -> tuple[int, dict[str, str], bytes]:
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    return 200, headers, gzip.compress(page.encode("utf-8"))


_LATIN_PAGE = (
    "<html><head><title>Café society</title></head><body><article><h1>Café society</h1>"
    "<p>The café on the corner served crème brûlée to the minister on Friday, "
    "and the mayor said the naïve plan would cost €2 million over three years.</p>"
    "<p>Residents said the façade had been repaired twice since the election.</p>"
    "</article></body></html>"
)
_PLAIN_TEXT = (
    "Council approves new bridge\n\nThe city council approved the new bridge on Monday "
    "by a vote of 7 to 2, the mayor said.\n\nWork starts in March and takes two years.\n"
)
_NO_ARTICLE = (
    "<html><head><script>app.start()</script></head><body><div id=app></div></body></html>"
)
ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/gone.html": (404, {"Content-Type": "text/html"}, b"<p>Not found</p>"),
    "/broken.html": (500, {"Content-Type": "text/html"}, b"<p>Oops</p>"),
    "/paper.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n" + b"0" * 400),
    "/photo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"0" * 400),
    "/untyped.pdf": (200, {}, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4),
    "/app.html": _html(_NO_ARTICLE),
    "/gzip.html": _gzipped(news_page("b")),
    # 3 MB of one repeated paragraph: 30 KB gzipped, over a 1 MB limit once expanded.
    "/bomb.html": _gzipped("<p>" + "All work and no play. " * 140_000 + "</p>"),
    "/big.html": _html("<p>" + "Long read. " * 200_000 + "</p>"),
    # Labelled Latin-1 but holding a windows-1252 euro sign, as many old pages do.
    "/latin1.html": (
        200,
        {"Content-Type": "text/html; charset=iso-8859-1"},
        _LATIN_PAGE.encode("cp1252"),
    ),
    # Labels a page may carry that name Python codecs which are no text encodings.
    "/odd-charset.html": (
        200,
        {"Content-Type": "text/html; charset=rot13"},
        news_page("a").replace('<meta charset="utf-8">', '<meta charset="idna">').encode(),
    ),
    "/plain.txt": (200, {"Content-Type": "text/plain; charset=utf-8"}, _PLAIN_TEXT.encode()),
}


def _handler(site: NewsServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests[self.path] += 1
            if self.path == "/drip.html":
                self._drip()
                return
            status, headers, body = site.answer(self.path)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except ConnectionError:  # the client gave up (the timeout tests)
                return

        def _drip(self) -> None:
            """A page that never ends: a byte every 50 ms (each read gets an answer)."""
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                while not site.release.wait(0.05):
                    self.wfile.write(b" ")
                    self.wfile.flush()
            except ConnectionError:  # the client gave up
                return

        def log_message(self, *args: object) -> None:
            """Quiet: no line on stderr per request."""

    return Handler


@contextmanager
def running_news_server(certificate: tuple[Path, Path] | None = None) -> Iterator[NewsServer]:
    """The site in a thread; with (cert, key) files it speaks HTTPS with that certificate."""
    site = NewsServer()
    if certificate is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*certificate)
        site.server.socket = context.wrap_socket(site.server.socket, server_side=True)
    thread = threading.Thread(target=site.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.close()
        thread.join(5)


class ProxyServer:
    """A forward proxy for http:// addresses on 127.0.0.1: it relays each GET (asked for
    by its absolute URL, as clients ask proxies) and remembers the URLs."""

    def __init__(self) -> None:
        self.relayed: list[str] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _proxy_handler(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


def _proxy_handler(proxy: ProxyServer) -> type[BaseHTTPRequestHandler]:
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            proxy.relayed.append(self.path)
            try:
                answer = direct.open(self.path, timeout=10)
            except urllib.error.HTTPError as error:
                answer = error
            body = answer.read()
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.headers.get("Content-Type", "text/html"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            """Quiet: no line on stderr per request."""

    return Handler


@contextmanager
def running_proxy() -> Iterator[ProxyServer]:
    proxy = ProxyServer()
    thread = threading.Thread(target=proxy.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        proxy.server.shutdown()
        proxy.server.server_close()
        thread.join(5)


def refused_url() -> str:
    """An address on 127.0.0.1 where nothing listens: connecting is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/a.html"


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by itself (no client trusts it), via openssl."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key
