"""DiptychApp: styles, global keys, the comparison screen, and worker failure reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.theme import Theme

from reader.core.model import Article
from reader.core.paths import bundled
from reader.core.reading.loading import load_article
from reader.core.reading.web import WebOptions
from reader.core.settings import Settings, load_settings, save_settings
from reader.ui.children import stop_running
from reader.ui.escape_keys import EscapeThenLetter, escape_then_letter
from reader.ui.messages import FetchFailed
from reader.ui.notes_access import NotesAccess
from reader.ui.screens.compare import Analyse, CompareScreen
from reader.ui.screens.help import EXTRA_KEYS, HelpScreen

STYLES = bundled("styles")


class DiptychApp(App[None]):
    """Two articles side by side."""

    CSS_PATH = [str(path) for path in sorted(STYLES.glob("*.tcss"))]  # noqa: RUF012 (typed by App)
    TITLE = "Diptych"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(
        self,
        article_a: Article | None = None,
        article_b: Article | None = None,
        analyse: Analyse | None = None,
        library: Screen[None] | None = None,
        data_dir: str | Path | None = None,
        min_score: float | None = None,
    ) -> None:
        super().__init__()
        self.notes = NotesAccess(data_dir)  # opened on first use; `--data-dir` or the default
        self.articles = (article_a, article_b)
        self.analyse = analyse
        # A folder's library view, or web pages' fetch screen: it opens the comparison itself.
        self.library = library
        self.error: str | None = None  # why the reader ended early (a page it could not read)
        self.settings = load_settings()
        # Links shown score at least this: `--min-score` for this run, else the setting.
        self.min_score = self.settings.min_score if min_score is None else min_score
        self._settings_problem_told = False
        self._after_escape: EscapeThenLetter | None = None

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        article_a, article_b = self.articles
        if self.library is not None:
            self.push_screen(self.library)
        elif article_a is not None and article_b is not None:
            self.push_screen(CompareScreen(article_a, article_b, self.analyse))

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            keys = escape_then_letter(event)
            if keys is not None and event.key not in self.screen.active_bindings:
                # The letter goes once the escape has done its work.
                self._after_escape = keys
                await super().on_event(keys.escape)
                return
        await super().on_event(event)
        pending = self._after_escape
        if pending is not None and event is pending.escape:  # back up from the widgets
            self._after_escape = None
            # Queued behind what the escape set going (a focus moves on the next turn).
            self.call_later(self.post_message, pending.letter)

    def _remember_theme(self, theme: Theme) -> None:
        if theme.name != self.settings.theme:
            self.remember(replace(self.settings, theme=theme.name))

    def remember(self, settings: Settings) -> None:
        """Keep new settings, and write them (a failure is told once, never fatal)."""
        self.settings = settings
        problem = save_settings(settings)
        if problem is not None and not self._settings_problem_told:
            self._settings_problem_told = True
            self.notify(f"Settings not saved: {problem}", severity="warning", markup=False)

    def on_fetch_failed(self, message: FetchFailed) -> None:
        self.error = message.reason
        self.exit(return_code=1)

    def on_unmount(self) -> None:
        self.notes.close()
        stop_running()

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        bindings = [binding for binding in _bindings(self.screen) if binding.description]
        taken = {key for binding in bindings for key in binding.key.split(",")}
        # An app key the screen binds to something else (q: back to the list) is not listed.
        app_keys = [b for b in _bindings(self) if not set(b.key.split(",")) <= taken]
        extras = getattr(self.screen, "HELP_EXTRAS", EXTRA_KEYS)
        legend = getattr(self.screen, "legend", None)  # the comparison screen's colours
        self.push_screen(HelpScreen([*bindings, *app_keys], extras, legend() if legend else None))


def _bindings(node: App[None] | object) -> list[Binding]:
    return [b for b in getattr(node, "BINDINGS", []) if isinstance(b, Binding)]


def make_app(
    sources: Sequence[str | Path | Article],
    analyse: Analyse | None = None,
    data_dir: str | Path | None = None,
    min_score: float | None = None,
) -> DiptychApp:
    """The app for two articles given as paths or loaded articles (shared with the tests).

    `analyse` defaults to `reader.core.compare.compare`, imported by the worker so the
    aligner's start-up cost never delays the first paint, keeping links scoring at
    least `min_score` (default: the setting). Notes live in `data_dir` (default: the
    user data folder).
    """
    if len(sources) != 2:
        raise ValueError(f"the reader compares two articles, got {len(sources)}")
    articles = [item if isinstance(item, Article) else load_article(item) for item in sources]
    return DiptychApp(articles[0], articles[1], analyse, data_dir=data_dir, min_score=min_score)


def make_fetching_app(
    sources: Sequence[Article | str],
    options: WebOptions,
    analyse: Analyse | None = None,
    data_dir: str | Path | None = None,
    min_score: float | None = None,
) -> DiptychApp:
    """The app for two articles of which some are http(s) addresses still to fetch."""
    from reader.ui.screens.fetch import FetchScreen

    fetching = FetchScreen(sources, options, analyse)
    return DiptychApp(analyse=analyse, library=fetching, data_dir=data_dir, min_score=min_score)
