"""Running the engine for the reader without stalling the interface.

Small pairs are compared in the worker thread. Large ones go to a child process:
parts of the analysis run long stretches of C code (regular expressions over long
texts, sorts) that hold Python's global lock, and in a thread those stretches
would freeze key handling for up to a second or two.

The child is a plain `python -m reader.ui.analysis` with pipes rather than
multiprocessing: under Textual, sys.stderr is not a real file, which
multiprocessing's spawn needs, and forking a threaded process is unsafe.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading

from reader.core.compare import compare
from reader.core.model import Article, Comparison

# Characters in both articles together above which a child process pays for
# itself (about 0.3 s to start it and to send the result back).
PROCESS_THRESHOLD = 200_000


_running: set[subprocess.Popen[bytes]] = set()
_running_lock = threading.Lock()


class AnalysisFailed(RuntimeError):
    """The child process could not compare the articles."""


def stop_running() -> None:
    """Kill the comparison children still running (the reader is quitting)."""
    with _running_lock:
        for child in _running:
            child.kill()


def analyse_articles(a: Article, b: Article) -> Comparison:
    """`compare(a, b)`, in a child process for large pairs."""
    if len(a.text) + len(b.text) < PROCESS_THRESHOLD:
        return compare(a, b)
    command = [sys.executable, "-m", "reader.ui.analysis"]
    pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    with subprocess.Popen(command, **pipes) as child:  # type: ignore[call-overload]
        with _running_lock:
            _running.add(child)
        try:
            output, errors = child.communicate(pickle.dumps((a, b)))
        finally:
            with _running_lock:
                _running.discard(child)
    if child.returncode != 0:
        lines = errors.decode("utf-8", "replace").strip().splitlines()
        raise AnalysisFailed(lines[-1] if lines else f"exit status {child.returncode}")
    comparison = pickle.loads(output)  # our own child's output
    if not isinstance(comparison, Comparison):
        raise AnalysisFailed("the comparison process sent something else")
    return comparison


def _child() -> None:
    article_a, article_b = pickle.load(sys.stdin.buffer)
    # This process has no threads, so compare may fork to use both cores.
    sys.stdout.buffer.write(pickle.dumps(compare(article_a, article_b, parallel=True)))


if __name__ == "__main__":
    _child()
