"""While web pages are fetched: one line per article with a spinner, then the comparison.

The fetches run side by side, each in a worker thread that waits on a child
process (reader.ui.fetching), so keys keep working and `q` quits at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Label, LoadingIndicator
from textual.worker import Worker, WorkerState

from reader.core.model import Article
from reader.core.printable import printable
from reader.core.reading.web import WebOptions, cached_article
from reader.ui.fetching import fetch_article
from reader.ui.messages import FetchFailed, PageFetched
from reader.ui.plain import plain
from reader.ui.screens.compare import Analyse, CompareScreen


class FetchScreen(Screen[None]):
    """Two sources, each a loaded article or an http(s) address still to fetch."""

    def __init__(
        self,
        sources: Sequence[Article | str],
        options: WebOptions,
        analyse: Analyse | None = None,
    ) -> None:
        super().__init__()
        self.sources = list(sources)
        self.options = options
        self.analyse = analyse

    def compose(self) -> ComposeResult:
        with Vertical(id="fetch-list"):
            yield Label(Text("Diptych", style="bold"), id="fetch-heading")
            for index, source in enumerate(self.sources):
                with Horizontal(classes="fetch-row", id=f"fetch-row-{index}"):
                    if isinstance(source, str):
                        yield LoadingIndicator(classes="fetch-spinner")
                        yield Label(plain(f"fetching {printable(source)}"), classes="fetch-what")
                    else:
                        yield Label(_done(source), classes="fetch-what -done")
            yield Label("q quits", id="fetch-hint")

    def on_mount(self) -> None:
        for index, source in enumerate(self.sources):
            if isinstance(source, str):
                self.fetch(index, source)

    @work(thread=True, exit_on_error=False, group="fetch")
    def fetch(self, index: int, url: str) -> None:
        """Off the UI thread: a page fetched before is read here (no network wait), a new
        one in a child process, which is killed if the reader quits."""
        article = cached_article(url, self.options) or fetch_article(url, self.options)
        self.post_message(PageFetched(index, article))

    def on_page_fetched(self, message: PageFetched) -> None:
        self.sources[message.index] = message.article
        row = self.query_one(f"#fetch-row-{message.index}", Horizontal)
        row.query(LoadingIndicator).remove()
        row.query_one(".fetch-what", Label).update(_done(message.article))
        articles = [source for source in self.sources if isinstance(source, Article)]
        if len(articles) == len(self.sources):
            self.app.switch_screen(CompareScreen(articles[0], articles[1], self.analyse))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A page that cannot be read ends the reader with its one-line reason."""
        if event.state == WorkerState.ERROR and event.worker.group == "fetch":
            self.post_message(FetchFailed(str(event.worker.error)))


def _done(article: Article) -> Text:
    """✓ title — site: what was fetched (plain Text: titles are untrusted)."""
    text = Text("✓ ", style="bold")
    text.append_text(plain(article.title))
    if article.source:
        text.append(" — ")
        text.append_text(plain(article.source))
    return text
