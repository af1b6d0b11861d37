"""The reader's settings, kept in `settings.toml` under the user config folder.

Only a few plain values (theme, sidebar width, synchronised scrolling, the score a
link needs to be shown), so the file is written by hand and read with `tomllib`; a
value that is missing, of the wrong type or out of range falls back to its default,
and a damaged file is never fatal.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from reader.core.alignment.threshold import MATCH_THRESHOLD
from reader.core.fileio import OutputError, write_atomic
from reader.core.paths import config_dir

SIDEBAR_WIDTHS = range(24, 121)  # columns the sidebar may take when it sits beside the panes


@dataclass(frozen=True)
class Settings:
    theme: str = "textual-dark"
    sidebar_width: int = 34
    sync_scrolling: bool = True
    min_score: float = MATCH_THRESHOLD  # the reader's links score at least this, 0..1


def settings_path(folder: Path | None = None) -> Path:
    return (folder or config_dir()) / "settings.toml"


def load_settings(path: Path | None = None) -> Settings:
    """The stored settings; the defaults for anything missing or unreadable."""
    try:
        stored = tomllib.loads((path or settings_path()).read_text(encoding="utf-8"))
    except (OSError, UnicodeError, tomllib.TOMLDecodeError):
        return Settings()
    defaults = Settings()
    values = {
        field.name: _typed(stored.get(field.name), getattr(defaults, field.name))
        for field in fields(Settings)
    }
    settings = Settings(**values)
    if settings.sidebar_width not in SIDEBAR_WIDTHS:
        settings = replace(settings, sidebar_width=defaults.sidebar_width)
    if not 0 <= settings.min_score <= 1:  # also NaN
        settings = replace(settings, min_score=defaults.min_score)
    return settings


def _typed(value: object, default: Any) -> Any:
    """`value` if it has the default's type, else the default; a whole number serves
    as a score (`min_score = 0` is what a person writes), never a true/false."""
    if isinstance(default, float) and type(value) is int:
        return float(value)
    return value if type(value) is type(default) else default


def save_settings(settings: Settings, path: Path | None = None) -> str | None:
    """Write the settings; the reason when they could not be written (None when saved)."""
    path = path or settings_path()
    lines = [f"{name} = {_toml_value(value)}" for name, value in asdict(settings).items()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, "\n".join(lines) + "\n", force=True)
    except (OSError, OutputError) as error:
        return str(error)
    return None


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
