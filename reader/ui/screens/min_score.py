"""How many links the reader shows: `+` shows more (a lower minimum score), `-` fewer.

The minimum is the app's: `--min-score` for this run, else the remembered setting.
A key moves it by 0.05 within 0..1, remembers it, and compares the articles again in
a worker, as the first alignment did; the panes keep their cursors and scroll, and
notes and the mark are drawn again on the new matches (notes.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import cast

from rich.text import Text
from textual import work
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Label
from textual.worker import get_current_worker

from reader.core.model import Article, Comparison
from reader.ui.messages import AlignmentReady
from reader.ui.screens.regions import HasSettings
from reader.ui.side_view import comparison_view

MIN_SCORE_STEP = 0.05
MIN_SCORE_ACTIONS = {"more_links", "fewer_links"}
# Quick presses make one comparison, at the last minimum (a large pair takes seconds).
SETTLE_SECONDS = 0.3


class HasMinScore(HasSettings):
    min_score: float  # this run's minimum: `--min-score`, the setting, or a key's


@dataclass
class MinScoreApplied(Message):
    """The articles were compared again at a new minimum score."""

    min_score: float
    matches: int


class MinScoreActions(Screen[None]):
    """`+`/`-`: more or fewer links, the minimum shown in the header."""

    articles: tuple[Article, Article]
    analyse: Callable[[Article, Article], Comparison] | None
    comparison: Comparison | None
    corrected: Callable[[Comparison], Comparison]

    def __init__(self) -> None:
        super().__init__()
        self._settling: Timer | None = None

    @property
    def min_score(self) -> float:
        return cast(HasMinScore, self.app).min_score

    def analysis(self, min_score: float) -> Comparison:
        """The articles compared, keeping links scoring at least `min_score` (the engine
        is imported here, in the worker, so its start-up never delays the first paint);
        a given analyser (the tests') is used as it is."""
        if self.analyse is not None:
            return self.analyse(*self.articles)
        from reader.ui.analysis import analyse_articles

        return analyse_articles(*self.articles, min_score=min_score)

    def min_score_label(self) -> Label:
        return Label(_shown(self.min_score), id="min-score")

    def check_min_score_action(self, action: str) -> bool | None:
        """The keys wait for the first alignment (a comparison to redo)."""
        if action not in MIN_SCORE_ACTIONS:
            return None
        return self.comparison is not None

    def action_more_links(self) -> None:
        self._step_min_score(-MIN_SCORE_STEP)

    def action_fewer_links(self) -> None:
        self._step_min_score(MIN_SCORE_STEP)

    def _step_min_score(self, step: float) -> None:
        owner = cast(HasMinScore, self.app)
        # Rounded: twenty steps of 0.05 end at 1.0, not 0.9999999999999999.
        score = round(min(1.0, max(0.0, owner.min_score + step)), 2)
        if score == owner.min_score:
            bound = "lowest" if score == 0 else "highest"
            self.notify(f"min score {score:.2f} is the {bound}", timeout=2)
            return
        owner.min_score = score
        owner.remember(replace(owner.settings, min_score=score))
        self.query_one("#min-score", Label).update(_shown(score))
        status = self.query_one("#status", Label)
        status.update(Text("aligning…"))
        status.add_class("-aligning")
        if self._settling is not None:
            self._settling.stop()
        self._settling = self.set_timer(SETTLE_SECONDS, partial(self.realign_at, score))

    @work(thread=True, exclusive=True, exit_on_error=False)
    def realign_at(self, min_score: float) -> None:
        """Compare again off the UI thread; a comparison a newer key press replaced
        (cancelled) is dropped."""
        worker = get_current_worker()
        aligned = self.analysis(min_score)
        if worker.is_cancelled:  # before `corrected` keeps it as the aligner's result
            return
        comparison = self.corrected(aligned)
        view = comparison_view(comparison)
        if worker.is_cancelled:
            return
        self.post_message(AlignmentReady(comparison, view))
        self.post_message(MinScoreApplied(min_score, len(comparison.matches)))

    def on_min_score_applied(self, message: MinScoreApplied) -> None:
        count = message.matches
        plural = "match" if count == 1 else "matches"
        self.notify(f"min score {message.min_score:.2f}: {count} {plural}", timeout=3)


def _shown(min_score: float) -> Text:
    return Text(f"· min score {min_score:.2f}")
