"""The reader opened on a folder (or 3+ files): the library view first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reader.core.folders.library import LIBRARY_SUFFIXES, FolderError, find_article_files
from reader.core.reading.loading import DEFAULT_MAX_BYTES
from reader.ui.app import DiptychApp
from reader.ui.plain import clean
from reader.ui.screens.compare import Analyse
from reader.ui.screens.library import LibraryScreen


def make_library_app(
    paths: Sequence[str | Path],
    recursive: bool = False,
    analyse: Analyse | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    data_dir: str | Path | None = None,
    min_score: float | None = None,
) -> DiptychApp:
    """The reader opened on a folder or 3+ files; FolderError when there is nothing to list."""
    files = find_article_files(paths, recursive)
    label = ", ".join(clean(str(path)) for path in paths)
    if not files:
        suffixes = ", ".join(sorted(LIBRARY_SUFFIXES))
        raise FolderError(f"{label}: no article files here ({suffixes})")
    folders = [Path(path) for path in paths if Path(path).is_dir()]
    screen = LibraryScreen(files, label, analyse, max_bytes, folders)
    return DiptychApp(analyse=analyse, library=screen, data_dir=data_dir, min_score=min_score)
