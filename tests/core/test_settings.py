"""settings.toml: written, read back, and never fatal when damaged."""

from __future__ import annotations

from pathlib import Path

from reader.core.settings import Settings, load_settings, save_settings, settings_path


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    chosen = Settings(theme='odd "name"', sidebar_width=50, sync_scrolling=False)
    assert save_settings(chosen, path) is None
    assert load_settings(path) == chosen


def test_missing_damaged_or_wrong_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    assert load_settings(path) == Settings()
    path.write_bytes(b"\xff\x00 not toml [")
    assert load_settings(path) == Settings()
    path.write_text('theme = 3\nsidebar_width = 5000\nsync_scrolling = "yes"\n')
    assert load_settings(path) == Settings()
    path.write_text('theme = "nord"\n')
    assert load_settings(path) == Settings(theme="nord")


def test_default_place_is_the_user_config_folder(isolated_home: Path) -> None:
    assert settings_path().is_relative_to(isolated_home / ".config")
    assert settings_path().name == "settings.toml"


def test_unwritable_folder_is_a_reason_not_an_exception(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert save_settings(Settings(), blocker / "settings.toml") is not None
