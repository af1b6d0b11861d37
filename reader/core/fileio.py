"""Writing user-facing files safely: atomic replace, no silent overwrite."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """An output file that cannot be written; the message is one line for the user."""


def write_output(
    content: str | Iterable[str], output: str | Path | None, force: bool = False
) -> None:
    """Print to stdout, or write `output` atomically (refusing to overwrite unless forced).

    `content` may come in chunks (a big JSON comparison), written as they come.
    """
    if output is None or str(output) == "-":
        for chunk in _chunks(content):
            sys.stdout.write(chunk)
        sys.stdout.flush()
        return
    write_atomic(Path(output), content, force=force)


def _chunks(content: str | Iterable[str]) -> Iterable[str]:
    return (content,) if isinstance(content, str) else content


def write_atomic(path: Path, content: str | Iterable[str], force: bool = False) -> None:
    """Write via a temporary file in the same folder and rename: never a partial file."""
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name to write to")
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists; use --force to overwrite it")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror or error})") from None
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp's 0600 is for temporary files only
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            for chunk in _chunks(content):
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        _move_into_place(temporary, path, force)
    except (OSError, UnicodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else None
        raise OutputError(f"{path}: cannot write ({reason or error})") from None
    finally:
        # Whatever stopped the write (even Ctrl+C), no temporary file is left behind.
        Path(temporary).unlink(missing_ok=True)


def _umask() -> int:
    """The process's umask (reading it means setting it: set it straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _move_into_place(temporary: str, path: Path, force: bool) -> None:
    if force:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)  # fails if `path` appeared since the check: never overwrite
    except FileExistsError:
        raise OutputError(f"{path}: already exists; use --force to overwrite it") from None
    except OSError:
        os.replace(temporary, path)  # a file system without hard links
