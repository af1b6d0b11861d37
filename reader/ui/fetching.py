"""Fetching a web page for the reader in a child process, so that quitting ends it at once.

In a thread, a fetch waiting on a slow server could not be stopped: the reader
would hang on `q` until the timeout. A child is killed on quit (see
reader.ui.children), and trafilatura's extraction, which holds Python's global
lock for a while on big pages, runs outside the reader's process too.
"""

from __future__ import annotations

import pickle
import sys

from reader.core.model import Article
from reader.core.reading.errors import LoadError
from reader.core.reading.web import WebOptions, load_url
from reader.ui.children import forget, start_child


class FetchStopped(RuntimeError):
    """The fetching process ended without an answer (killed on quit, or it crashed)."""


def fetch_article(url: str, options: WebOptions) -> Article:
    """`load_url(url, options)` in a child process; LoadError says why not, in one line."""
    with start_child("reader.ui.fetching") as child:
        try:
            output, errors = child.communicate(pickle.dumps((url, options)))
        finally:
            forget(child)
    if child.returncode != 0:
        lines = errors.decode("utf-8", "replace").strip().splitlines()
        raise FetchStopped(lines[-1] if lines else f"exit status {child.returncode}")
    result = pickle.loads(output)  # our own child's output
    if isinstance(result, str):
        raise LoadError(result)
    if not isinstance(result, Article):
        raise FetchStopped("the fetching process sent something else")
    return result


def _child() -> None:
    url, options = pickle.load(sys.stdin.buffer)
    result: Article | str
    try:
        result = load_url(url, options)
    except LoadError as error:
        result = str(error)  # the reason travels as text: the reader shows it
    sys.stdout.buffer.write(pickle.dumps(result))


if __name__ == "__main__":
    _child()
