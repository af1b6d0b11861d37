"""Recent folders and the last pair opened, kept in a small JSON file in the state dir.

The UI calls `remember_folder` when a library opens and `remember_pair` when a
comparison opens; `load_recent` gives both back (an unreadable or damaged file
reads as empty: losing this history is harmless, refusing to start is not).
Writes are atomic (temporary file + rename), so a crash never leaves half a file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reader.core.fileio import OutputError, write_atomic
from reader.core.paths import state_dir

MAX_FOLDERS = 10
FILE_NAME = "recent.json"


@dataclass(frozen=True, slots=True)
class RecentState:
    """Folders most recent first, and the last pair compared (A, B) if any."""

    folders: tuple[Path, ...] = ()
    last_pair: tuple[Path, Path] | None = None


def recent_path() -> Path:
    return state_dir() / FILE_NAME


def load_recent(path: Path | None = None) -> RecentState:
    """The saved state, or an empty one when there is none or it cannot be read."""
    try:
        data = json.loads((path or recent_path()).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return RecentState()
    if not isinstance(data, dict):
        return RecentState()
    folders = tuple(Path(item) for item in _strings(data.get("folders")))
    pair = _strings(data.get("last_pair"))
    last_pair = (Path(pair[0]), Path(pair[1])) if len(pair) == 2 else None
    return RecentState(folders[:MAX_FOLDERS], last_pair)


def _strings(value: object) -> list[str]:
    # A hand-edited file may hold anything: keep only a list's strings.
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, str)]


def save_recent(state: RecentState, path: Path | None = None) -> None:
    """Write the state atomically, creating the state folder; OutputError if it cannot."""
    target = path or recent_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{target.parent}: cannot create ({error.strerror or error})") from None
    data = {
        "version": 1,
        "folders": [str(folder) for folder in state.folders[:MAX_FOLDERS]],
        "last_pair": [str(item) for item in state.last_pair] if state.last_pair else None,
    }
    write_atomic(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n", force=True)


def remember_folder(folder: Path, path: Path | None = None) -> RecentState:
    """Move `folder` (made absolute) to the front of the recent folders and save."""
    state = load_recent(path)
    folder = folder.resolve()
    folders = (folder, *(item for item in state.folders if item != folder))
    updated = RecentState(folders[:MAX_FOLDERS], state.last_pair)
    save_recent(updated, path)
    return updated


def remember_pair(first: Path, second: Path, path: Path | None = None) -> RecentState:
    """Record the pair just opened for comparison and save."""
    state = load_recent(path)
    updated = RecentState(state.folders, (first.resolve(), second.resolve()))
    save_recent(updated, path)
    return updated
