"""Work started in a forked child process while this one carries on (POSIX).

Used by the headless `compare` (single-threaded, so forking is safe) to run the
analyses that do not need the alignment beside it on a second core, and by the
aligner for parts of its own work. A fork starts in about a millisecond with the
articles already in memory; only the results are pickled back through a pipe.
"""

from __future__ import annotations

import gc
import os
import pickle
import select
import struct
from collections.abc import Callable
from typing import Any, Generic, NoReturn, TypeVar

T = TypeVar("T")
U = TypeVar("U")

_LENGTH = struct.Struct("<Q")  # each result's pickle is sent after its length


class Pending(Generic[T]):
    """A result computed in a child: calling waits for it; `sent()` says, without
    waiting, whether the child has sent it (and everything before it)."""

    def __init__(self, results: _Results | None, number: int, function: Callable[[], T]) -> None:
        self._results = results
        self._number = number
        self._function = function

    def __call__(self) -> T:
        if self._results is None:  # no fork: computed here, when asked for
            return self._function()
        return self._results.get(self._number, self._function)

    def sent(self) -> bool:
        return self._results is None or self._results.sent(self._number)


def start(function: Callable[[], T]) -> Pending[T]:
    """Run `function` in a child; the returned callable waits for its result.

    Without fork, or when the child fails, `function` runs in this process when
    the result is asked for, so its errors surface as they would have.
    """
    pending: Pending[T] = _start(function)[0]
    return pending


def start_in_turn(first: Callable[[], T], second: Callable[[], U]) -> tuple[Pending[T], Pending[U]]:
    """Run `first`, then `second`, in one child: `first`'s result can be had as soon
    as it is sent, while the child goes on with `second`. Failures as in `start`."""
    pending_first, pending_second = _start(first, second)
    return pending_first, pending_second


def _start(*functions: Callable[[], Any]) -> list[Pending[Any]]:
    if not hasattr(os, "fork"):
        return [Pending(None, 0, function) for function in functions]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        _child(functions, read_end, write_end)
    os.close(write_end)
    results = _Results(pid, read_end, len(functions))
    return [Pending(results, number, function) for number, function in enumerate(functions)]


def _child(functions: tuple[Callable[[], object], ...], read_end: int, write_end: int) -> NoReturn:
    status = 1
    try:
        # Short-lived: collecting cycles would only walk (and copy) the parent's heap.
        gc.disable()
        os.close(read_end)
        with os.fdopen(write_end, "wb") as pipe:
            for function in functions:
                data = pickle.dumps(function(), protocol=pickle.HIGHEST_PROTOCOL)
                pipe.write(_LENGTH.pack(len(data)))
                pipe.write(data)
                pipe.flush()  # this result can be read while the next is computed
        status = 0
    finally:
        os._exit(status)  # no atexit handlers, no flushing the parent's buffers twice


class _Results:
    """The child's results, read from the pipe in order as they are asked for."""

    def __init__(self, pid: int, read_end: int, count: int) -> None:
        self.pid = pid
        self.pipe = os.fdopen(read_end, "rb")
        self.count = count
        self.received: list[bytes] = []
        self.failed = False

    def get(self, number: int, function: Callable[[], T]) -> T:
        while len(self.received) <= number and not self.failed:
            self._receive()
        if number >= len(self.received):
            return function()  # the child failed before sending it: fail here likewise
        result: T = pickle.loads(self.received[number])
        return result

    def sent(self, number: int) -> bool:
        """Whether result `number` has been sent (or the child is gone), reading the
        results already in the pipe but never waiting for one still being computed.
        Conservative: bytes the reader buffered ahead do not count."""
        while len(self.received) <= number and not self.failed:
            if not select.select([self.pipe], [], [], 0)[0]:
                return False
            self._receive()
        return True

    def _receive(self) -> None:
        """One more result; at the end (or a short read: the child failed) reap the child."""
        header = self.pipe.read(_LENGTH.size)
        size = _LENGTH.unpack(header)[0] if len(header) == _LENGTH.size else 0
        data = self.pipe.read(size) if size else b""
        if size and len(data) == size:
            self.received.append(data)
        else:
            self.failed = True
        if self.failed or len(self.received) == self.count:
            self.pipe.close()
            os.waitpid(self.pid, 0)
