"""Keeping Python's cycle collector off the reader's long-lived data.

Two 1 MB articles, their wrapped lines and a comparison of thousands of matches are
millions of objects that live as long as the comparison screen. Each full collection
walked them all: 100-280 ms pauses that held keys (measured with `gc.callbacks` while
paging two 1 MB articles). Once they are built they are frozen (`gc.freeze`: moved out
of the collected generations, still freed by reference counting), and released again
when the screen closes, so the cycles of a closed screen are collected.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Everything alive now is long-lived: stop walking it in collections."""
    gc.freeze()


def release() -> None:
    """Let collections see the frozen objects again (a comparison screen closed)."""
    gc.unfreeze()
