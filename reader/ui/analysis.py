"""Running the engine for the reader without stalling the interface.

Small pairs are compared in the worker thread. Large ones go to a child process:
parts of the analysis run long stretches of C code (regular expressions over long
texts, sorts) that hold Python's global lock, and in a thread those stretches
would freeze key handling for up to a second or two.

The child is a plain `python -m reader.ui.analysis` (see reader.ui.children); its
result comes back without the articles, in chunks (see reader.ui.transfer). The
engine is imported only where it runs: for a large pair the reader never needs it,
and importing it (~0.1 s of compiling patterns, holding the GIL) would compete with
the first paint.
"""

from __future__ import annotations

import io
import os
import pickle
import sys

from reader.core.model import Article, Comparison
from reader.ui.children import forget, start_child
from reader.ui.side_view import comparison_view, offer_view
from reader.ui.transfer import ForeignResult, receive, send

# Characters in both articles together above which a child process pays for
# itself (about 0.3 s to start it and to send the result back).
PROCESS_THRESHOLD = 200_000
CHILD_NICENESS = 5


class AnalysisFailed(RuntimeError):
    """The child process could not compare the articles."""


def analyse_articles(a: Article, b: Article, min_score: float | None = None) -> Comparison:
    """`compare(a, b, min_score=…)`, in a child process for large pairs."""
    if len(a.text) + len(b.text) < PROCESS_THRESHOLD:
        from reader.core.compare import compare

        return compare(a, b, min_score=min_score)
    with start_child("reader.ui.analysis") as child:
        try:
            output, errors = child.communicate(pickle.dumps((a, b, min_score)))
        finally:
            forget(child)
    if child.returncode != 0:
        lines = errors.decode("utf-8", "replace").strip().splitlines()
        raise AnalysisFailed(lines[-1] if lines else f"exit status {child.returncode}")
    try:
        comparison, view = receive(io.BytesIO(output), a, b)
    except (ForeignResult, pickle.UnpicklingError, EOFError) as error:
        raise AnalysisFailed(f"the comparison process sent something else ({error})") from error
    if view is not None:
        offer_view(comparison, view)
    return comparison


def _child() -> None:
    from reader.core.compare import compare

    # Below the reader in priority: a key pressed meanwhile gets a core at once.
    os.nice(CHILD_NICENESS)
    article_a, article_b, min_score = pickle.load(sys.stdin.buffer)
    # This process has no threads, so compare may fork to use both cores.
    comparison = compare(article_a, article_b, parallel=True, min_score=min_score)
    send(comparison, sys.stdout.buffer, comparison_view(comparison))
    sys.stdout.buffer.flush()
    # The reader waits for this process to end: end it now rather than after the
    # interpreter has freed millions of objects one by one (30-70 ms for 2 x 1 MB).
    os._exit(0)


if __name__ == "__main__":
    _child()
