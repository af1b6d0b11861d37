"""Child processes the reader starts for heavy work, and stopping them on quit.

Plain `python -m MODULE` children with pipes rather than multiprocessing: under
Textual, sys.stderr is not a real file, which multiprocessing's spawn needs, and
forking a process that runs threads is unsafe. Work goes in and results come
back as pickles of our own types, over the child's stdin and stdout.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from typing import IO

_running: set[subprocess.Popen[bytes]] = set()
_lock = threading.Lock()


def start_child(module: str, errors: IO[bytes] | int = subprocess.PIPE) -> subprocess.Popen[bytes]:
    """`python -m module`, stdin and stdout piped, remembered until `forget`."""
    child = subprocess.Popen(
        [sys.executable, "-m", module], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors
    )
    with _lock:
        _running.add(child)
    return child


def forget(child: subprocess.Popen[bytes]) -> None:
    with _lock:
        _running.discard(child)


def stop_running() -> None:
    """Kill the children still running (the reader is quitting): a child left
    working would keep its worker thread, and so the reader, alive."""
    with _lock:
        for child in _running:
            child.kill()
