"""Shared fixtures: the seed articles and an isolated user data folder."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.model import Article
from reader.core.reading.loading import load_article
from tests.news_server import NewsServer, running_news_server
from tests.tmux import Tmux

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
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    return home


@pytest.fixture(scope="session")
def seed_a() -> Article:
    return load_article(SEED_A)


@pytest.fixture(scope="session")
def seed_b() -> Article:
    return load_article(SEED_B)


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    """A private tmux server; HOME and the XDG folders in tmp_path, never the user's."""
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "TMUX_TMPDIR": str(tmp_path),
        "TERM": "xterm-256color",
    }
    env.pop("TMUX", None)
    session = Tmux(f"diptych-{os.getpid()}", env)
    yield session
    subprocess.run(["tmux", "kill-server"], capture_output=True, env=env)


@pytest.fixture
def news_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[NewsServer]:
    """A news site on 127.0.0.1 (tests/news_server.py): the seeds as pages, and failures.
    Reached directly: a proxy set in the environment would stand between."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    with running_news_server() as site:
        yield site
