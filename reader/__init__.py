"""Diptych: compare two articles side by side.

Importing this package pulls in no UI; the public API is `load_article` and `compare`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "compare", "load_article"]

if TYPE_CHECKING:
    from reader.core.compare import compare
    from reader.core.reading.loading import load_article


def __getattr__(name: str) -> Any:
    # Lazy so that `import reader` (e.g. for --version) stays instant.
    if name == "compare":
        from reader.core.compare import compare

        return compare
    if name == "load_article":
        from reader.core.reading.loading import load_article

        return load_article
    raise AttributeError(name)
