"""The installed `diptych` in a real terminal: one tmux server per test, its socket in tmp_path."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

DIPTYCH = Path(sys.executable).parent / "diptych"

needs_tmux = pytest.mark.skipif(
    shutil.which("tmux") is None, reason="tmux is not installed (CI installs it in .ci/run)"
)


class Tmux:
    """One session of a private tmux server: start a command, type, read the screen."""

    def __init__(self, name: str, env: dict[str, str]) -> None:
        self.name, self.env = name, env

    def tmux(self, *arguments: str) -> str:
        result = subprocess.run(
            ["tmux", *arguments], capture_output=True, text=True, env=self.env, check=True
        )
        return result.stdout

    def start(self, command: str, width: int = 160, height: int = 45) -> None:
        self.tmux(
            "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), command
        )

    def screen(self, *options: str) -> str:
        """capture-pane's text (`-e` adds the colours)."""
        return self.tmux("capture-pane", "-p", *options, "-t", self.name)

    def show(self, variable: str) -> str:
        return self.tmux("display-message", "-p", "-t", self.name, f"#{{{variable}}}").strip()

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.name, *keys)

    def wait_for(self, done: Callable[[str], bool], timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if done(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"the screen never got there:\n{screen}")
