"""settings.toml: written, read back, and never fatal when damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.alignment.align import MATCH_THRESHOLD
from reader.core.settings import Settings, load_settings, save_settings, settings_path


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    chosen = Settings(theme='odd "name"', sidebar_width=50, sync_scrolling=False, min_score=0.35)
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


def test_min_score_defaults_to_the_engines_threshold(tmp_path: Path) -> None:
    assert Settings().min_score == MATCH_THRESHOLD
    path = tmp_path / "settings.toml"
    path.write_text('theme = "nord"\n')  # written before the reader had the setting
    assert load_settings(path).min_score == MATCH_THRESHOLD


@pytest.mark.parametrize("score", [0.0, 0.05, 0.2, 1.0])
def test_min_score_round_trips_at_its_bounds_and_between(tmp_path: Path, score: float) -> None:
    path = tmp_path / "settings.toml"
    assert save_settings(Settings(min_score=score), path) is None
    assert load_settings(path).min_score == score


@pytest.mark.parametrize(
    "stored", ["-0.05", "1.5", "nan", "inf", '"0.3"', "true", "[0.3]", "{ score = 0.3 }"]
)
def test_min_score_out_of_range_or_not_a_number_falls_back(tmp_path: Path, stored: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(f"sidebar_width = 50\nmin_score = {stored}\n")
    assert load_settings(path) == Settings(sidebar_width=50)  # the other values are kept


def test_min_score_written_as_a_whole_number_is_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("min_score = 0\n")
    assert load_settings(path).min_score == 0.0
    path.write_text("min_score = 2\n")
    assert load_settings(path).min_score == MATCH_THRESHOLD


def test_default_place_is_the_user_config_folder(isolated_home: Path) -> None:
    assert settings_path().is_relative_to(isolated_home / ".config")
    assert settings_path().name == "settings.toml"


def test_unwritable_folder_is_a_reason_not_an_exception(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert save_settings(Settings(), blocker / "settings.toml") is not None
