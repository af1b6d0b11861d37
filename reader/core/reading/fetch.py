"""URL -> the page's bytes over HTTP(S), with every failure as one line for the user.

The client is urllib3, which trafilatura (the `html` extra, needed to read web
pages anyway) already installs: it gives separate connect and read timeouts, a
redirect limit, streamed reading (so the size limit holds for compressed
pages too) and gzip/deflate decoding, and its exceptions tell a DNS failure
from a refused connection, a timeout or a certificate problem. trafilatura's
own fetcher swallows those errors into `None`; httpx would be a new dependency
for the same features.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from reader import __version__
from reader.core.reading.errors import LoadError

if TYPE_CHECKING:
    import urllib3

MAX_REDIRECTS = 10
DEFAULT_TIMEOUT = 20.0  # seconds to connect, and between bytes of the answer
CHUNK = 64 * 1024
# Browser-like, so sites serve the page a reader sees, and naming Diptych.
USER_AGENT = f"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Diptych/{__version__}"
ARTICLE_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}
# What other answers are, said the way a user would say it.
_KINDS = {
    "application/pdf": "a PDF",
    "application/json": "JSON data",
    "application/zip": "a zip archive",
    "application/octet-stream": "a binary file",
    "application/rss+xml": "a news feed",
    "application/atom+xml": "a news feed",
    "text/css": "a style sheet",
    "text/javascript": "a script",
    "application/javascript": "a script",
}
_FAMILIES = {"image": "an image", "video": "a video", "audio": "a sound file", "font": "a font"}

Progress = Callable[[int], object]  # told the bytes read so far


class FetchError(LoadError):
    """A page that could not be fetched; the message is one line naming the URL."""


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: where it ended up after redirects, what it is, and its bytes."""

    url: str
    media_type: str  # "text/html", "text/plain", or "" when the server did not say
    charset: str | None
    body: bytes


def fetch_page(
    url: str,
    max_bytes: int,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Progress | None = None,
) -> Page:
    """GET `url` (redirects followed up to MAX_REDIRECTS); FetchError says why not."""
    import urllib3

    _check_address(url)
    try:
        response = _request(url, timeout)
    except urllib3.exceptions.HTTPError as error:
        raise FetchError(f"{url}: {_reason(error, timeout)}") from None
    try:
        final_url = _final_url(url, response)
        media_type, charset = _content_type(response.headers.get("Content-Type", ""))
        _check_answer(url, response, media_type, max_bytes)
        body = _read_body(url, response, max_bytes, timeout, progress)
    finally:
        response.release_conn()
    if not body.strip():
        raise FetchError(f"{url}: the server sent an empty page")
    return Page(final_url, media_type, charset, body)


def _check_address(url: str) -> None:
    """A host, and a port in range: `http://[::1` and `http://x:99999` are no addresses."""
    try:
        parts = urlsplit(url)
        valid = bool(parts.hostname) and (parts.port is None or parts.port > 0)
    except ValueError:
        valid = False
    if not valid:
        raise FetchError(f"{url}: not a valid web address")


def _request(url: str, timeout: float) -> urllib3.BaseHTTPResponse:
    import urllib3

    retries = urllib3.Retry(
        total=None, connect=0, read=0, status=0, other=0, redirect=MAX_REDIRECTS
    )
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
    }
    return _pool(url).request(
        "GET",
        url,
        headers=headers,
        retries=retries,
        timeout=urllib3.Timeout(connect=timeout, read=timeout),
        preload_content=False,
        decode_content=True,
    )


def _pool(url: str) -> urllib3.PoolManager:
    """Through the proxy the environment names (https_proxy, http_proxy, no_proxy; as
    curl and pip do), or direct."""
    import urllib.request

    parts = urlsplit(url)
    proxy = urllib.request.getproxies().get(parts.scheme)
    if proxy and urllib.request.proxy_bypass(parts.hostname or ""):
        proxy = None
    return _pool_through(proxy)


@functools.cache
def _pool_through(proxy: str | None) -> urllib3.PoolManager:
    """One pool per proxy (None: direct), kept: pages of one site share connections."""
    import urllib3

    return urllib3.ProxyManager(proxy) if proxy else urllib3.PoolManager()


def _final_url(url: str, response: urllib3.BaseHTTPResponse) -> str:
    """Where the redirects led: each Location (often relative) applied in turn."""
    for step in response.retries.history if response.retries else ():
        if step.redirect_location:
            url = urljoin(url, step.redirect_location)
    return url


def _reason(error: Exception, timeout: float) -> str:
    """urllib3's exception (often wrapped in MaxRetryError) as a short reason."""
    from urllib3 import exceptions

    reason = error.reason if isinstance(error, exceptions.MaxRetryError) else error
    if isinstance(reason, exceptions.ProxyError):
        return f"cannot fetch it through the proxy ({_reason(reason.original_error, timeout)})"
    if isinstance(reason, exceptions.ResponseError) and "redirect" in str(reason):
        return f"too many redirects (more than {MAX_REDIRECTS})"
    if isinstance(reason, exceptions.NameResolutionError):
        return "cannot find the server (DNS lookup failed)"
    if isinstance(reason, exceptions.NewConnectionError):  # a ConnectTimeoutError subclass
        if isinstance(reason.__cause__, ConnectionRefusedError) or "refused" in str(reason):
            return "connection refused by the server"
        return f"cannot connect to the server ({_last_part(reason)})"
    if isinstance(reason, exceptions.ConnectTimeoutError):
        return f"timed out connecting to the server (after {timeout:g} s)"
    if isinstance(reason, exceptions.TimeoutError):
        return f"timed out: the server sent nothing for {timeout:g} s"
    if isinstance(reason, exceptions.SSLError):
        if "CERTIFICATE_VERIFY_FAILED" in str(reason):
            return f"the server's certificate is not valid ({_last_part(reason)})"
        return f"secure connection failed ({_last_part(reason)})"
    if isinstance(reason, exceptions.LocationValueError | exceptions.LocationParseError):
        return "not a valid web address"
    return f"cannot fetch the page ({_last_part(reason)})"


def _last_part(error: object) -> str:
    # urllib3 nests reasons ("…: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify
    # failed: self-signed certificate (_ssl.c:1006)"); the last clause says what happened.
    text = str(error).split("(_ssl.c", 1)[0].rstrip(" ()")
    return text.rsplit(": ", 1)[-1] or type(error).__name__


def _content_type(header: str) -> tuple[str, str | None]:
    """`text/html; charset=ISO-8859-1` -> ("text/html", "iso-8859-1")."""
    from email.message import Message  # 3.5 ms: only when a page is fetched

    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset") if header else None
    media_type = message.get_content_type() if header else ""
    return media_type, charset.lower() if isinstance(charset, str) and charset else None


def _check_answer(
    url: str, response: urllib3.BaseHTTPResponse, media_type: str, max_bytes: int
) -> None:
    """Refuse error statuses, non-articles and announced oversized pages before reading."""
    if response.status >= 400:
        phrase = _status_phrase(response.status)
        raise FetchError(f"{url}: the server answered HTTP {response.status}{phrase}")
    if media_type and media_type not in ARTICLE_TYPES:
        raise FetchError(f"{url}: {describe(media_type)}, not an article")
    length = response.headers.get("Content-Length", "")
    if (
        length.isdigit()
        and int(length) > max_bytes
        and not response.headers.get("Content-Encoding")
    ):
        raise FetchError(_too_large(url, max_bytes))


def _status_phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return f" {HTTPStatus(status).phrase}"
    except ValueError:
        return ""


def describe(media_type: str) -> str:
    """`application/pdf` -> "a PDF"; an unknown type is named as it is."""
    family = media_type.split("/", 1)[0]
    return _KINDS.get(media_type) or _FAMILIES.get(family) or f"{media_type} content"


def _read_body(
    url: str,
    response: urllib3.BaseHTTPResponse,
    max_bytes: int,
    timeout: float,
    progress: Progress | None,
) -> bytes:
    """The decoded body, chunk by chunk: the limit counts what gzip expands to, and a
    server that trickles bytes forever still ends (at 5x the timeout in all)."""
    from urllib3 import exceptions

    deadline = time.monotonic() + 5 * timeout
    chunks: list[bytes] = []
    size = 0
    try:
        # read1 returns what has arrived (at most CHUNK once decoded): a server sending
        # a byte at a time still meets the deadline check.
        while chunk := response.read1(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(_too_large(url, max_bytes))
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: timed out: the page took over {5 * timeout:g} s")
            chunks.append(chunk)
            if progress is not None:
                progress(size)
    except exceptions.HTTPError as error:
        raise FetchError(f"{url}: {_reason(error, timeout)}") from None
    return b"".join(chunks)


def _too_large(url: str, max_bytes: int) -> str:
    return f"{url}: page is over the {max_bytes / 2**20:.3g} MB limit (raise it with --max-size)"
