"""The installed `diptych` in tmux: `--min-score` wins over the remembered minimum, and
`-` raises it from there and remembers it."""

from __future__ import annotations

from pathlib import Path

from reader.core.settings import Settings, load_settings, save_settings
from tests.tmux import DIPTYCH, Tmux, needs_tmux

pytestmark = needs_tmux


def test_command_line_min_score_wins_and_minus_remembers_the_next(
    tmux: Tmux, tmp_path: Path
) -> None:
    settings = tmp_path / "config" / "diptych" / "settings.toml"
    save_settings(Settings(min_score=0.9), settings)
    tmux.start(f"{DIPTYCH} --min-score 0.5; sleep 30")
    tmux.wait_for(lambda s: "matches:" in s and "min score 0.50" in s)
    assert load_settings(settings).min_score == 0.9  # the option is for this run
    tmux.keys("-")
    told = tmux.wait_for(lambda s: "min score 0.55:" in s)
    assert told.splitlines()[0].rstrip().endswith("min score 0.55")  # the header
    assert load_settings(settings).min_score == 0.55
    tmux.keys("q")
