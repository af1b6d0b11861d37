"""Work started in a forked child process while this one carries on (POSIX).

Used by the headless `compare` (single-threaded, so forking is safe) to run the
analyses that do not need the alignment beside it on a second core. A fork starts
in about a millisecond with the articles already in memory; only the result is
pickled back through a pipe.
"""

from __future__ import annotations

import functools
import gc
import os
import pickle
from collections.abc import Callable
from typing import NoReturn, TypeVar

T = TypeVar("T")


def start(function: Callable[[], T]) -> Callable[[], T]:
    """Run `function` in a child; the returned callable waits for its result.

    Without fork, or when the child fails, `function` runs in this process when
    the result is asked for, so its errors surface as they would have.
    """
    if not hasattr(os, "fork"):
        return function
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        _child(function, read_end, write_end)
    os.close(write_end)
    return functools.partial(_result, function, pid, read_end)


def _child(function: Callable[[], object], read_end: int, write_end: int) -> NoReturn:
    status = 1
    try:
        # Short-lived: collecting cycles would only walk (and copy) the parent's heap.
        gc.disable()
        os.close(read_end)
        data = pickle.dumps(function(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
        status = 0
    finally:
        os._exit(status)  # no atexit handlers, no flushing the parent's buffers twice


def _result(function: Callable[[], T], pid: int, read_end: int) -> T:
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return function()
    result: T = pickle.loads(data)
    return result
