"""Where Diptych keeps its files: the one caller of platformdirs."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "diptych"
PACKAGE_DIR = Path(__file__).resolve().parent.parent


def data_dir(override: str | Path | None = None) -> Path:
    """User data folder (notes); honours XDG_DATA_HOME, or an explicit --data-dir."""
    if override is not None:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME)


def state_dir() -> Path:
    """Recent folders and the last pair opened."""
    return platformdirs.user_state_path(APP_NAME)


def config_dir() -> Path:
    """Settings (theme, sidebar width); honours XDG_CONFIG_HOME."""
    return platformdirs.user_config_path(APP_NAME)


def bundled(name: str) -> Path:
    """`styles` or `seeds`: inside the wheel (reader/NAME) or the source checkout (NAME)."""
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def seed_paths() -> list[Path]:
    """The bundled sample articles, in name order."""
    return sorted(path for path in bundled("seeds").iterdir() if path.is_file())


def cache_dir() -> Path:
    """What can be rebuilt: the entries of folders read before, fetched web pages;
    honours XDG_CACHE_HOME."""
    return platformdirs.user_cache_path(APP_NAME)
