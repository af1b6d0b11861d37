"""Shared fixtures: the seed articles and an isolated user data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.loading import load_article
from reader.core.model import Article

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "seeds" / "000_259be27b5eeff012.txt"
SEED_B = ROOT / "seeds" / "002_a7c2156ec2a0f3ad.txt"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user's notes or state: HOME and XDG dirs in tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


@pytest.fixture(scope="session")
def seed_a() -> Article:
    return load_article(SEED_A)


@pytest.fixture(scope="session")
def seed_b() -> Article:
    return load_article(SEED_B)
