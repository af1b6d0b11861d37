"""Pilot tests: help, sidebar, command palette, small terminals, failures, quitting."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from textual.command import CommandList
from textual.widgets import Static

from reader.core.model import Article, Comparison, Match
from reader.ui.app import make_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.widgets.link_map import LinkMap
from reader.ui.widgets.sidebar import Sidebar
from tests.hardening.reader_screen import region_text
from tests.ui.conftest import (
    SIZE,
    app_for,
    find,
    on_screen,
    ready,
    seed_comparison,
)


async def test_question_mark_lists_every_key(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = str(app.screen.query_one("#help-keys", Static).content)
        for key in (
            "j / down",
            "k / up",
            "pgdn",
            "g",
            "G",
            "tab",
            "n",
            "N",
            "u",
            "U",
            "y",
            "s",
            "/",
            "q",
            "?",
            "ctrl+p",
            "mouse click",
        ):
            assert key in shown
        assert "Next match, both panes level" in shown
        await pilot.press("escape")
        assert isinstance(app.screen, CompareScreen)


async def test_s_toggles_the_sidebar(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        sidebar = screen.query_one("#sidebar-column")  # the list and its row in full
        assert sidebar.display
        await pilot.press("s")
        assert not sidebar.display
        assert screen.panes["a"].size.width > 60
        await pilot.press("s")
        assert sidebar.display


async def test_sidebar_lists_speakers_and_enter_jumps_both_panes(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        sidebar = screen.query_one(Sidebar)
        speakers = sidebar.root.children[0]
        labels = [str(node.label) for node in speakers.children]
        assert labels == ["Rex Tillerson  a 1 · b 0", "Sergei Lavrov  a 1 · b 1"]
        lavrov = speakers.children[1]
        assert all(str(claim.label).startswith("⇄") for claim in lavrov.children)
        tillerson = speakers.children[0]
        tillerson.expand()
        await pilot.pause()
        claim = tillerson.children[0]
        assert str(claim.label).startswith("a ")  # only in article A
        sidebar.focus()
        sidebar.move_cursor(claim)
        await pilot.press("enter")
        await pilot.pause()
        assert sidebar.cursor_node is claim  # the picked row keeps its place
        comparison = screen.comparison
        claim_span = comparison.claims[2].span
        pane_a, pane_b = screen.panes["a"], screen.panes["b"]
        assert pane_a.cursor_sentence.span[0] <= claim_span[0] < pane_a.cursor_sentence.span[1]
        aligned = find(seeds[1], "intractable disagreement")
        assert on_screen(pane_b, aligned[0])
        assert pane_a.row_of(claim_span[0]) == pane_b.row_of(aligned[0])


async def test_sidebar_follows_the_current_match(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        sidebar = screen.query_one(Sidebar)
        await pilot.press("n", "n")
        await pilot.pause()
        assert sidebar.cursor_node.data.a == screen.comparison.matches[1].a
        assert "Facts (1)" in str(sidebar.root.children[1].label)
        subject = sidebar.root.children[1].children[0]  # facts are grouped by subject
        assert str(subject.children[0].label).startswith("✓")


def many_matches(a: Article, b: Article) -> Comparison:
    """3,000 matches: sentence i of A with sentence i of B, round and round."""
    count_a, count_b = len(a.sentences), len(b.sentences)
    matches = tuple(
        Match(a.sentences[i % count_a].span, b.sentences[i % count_b].span, "paraphrase", 0.5)
        for i in range(3000)
    )
    return replace(seed_comparison(a, b), matches=tuple(sorted(matches, key=lambda m: m.a)))


async def test_sidebar_lists_thousands_of_matches_and_follows_the_last(seeds) -> None:
    app = make_app(list(seeds), many_matches)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        sidebar = screen.query_one(Sidebar)
        matches = next(n for n in sidebar.root.children if str(n.label).startswith("Matches"))
        assert str(matches.label) == "Matches (3000)" and len(matches.children) == 3000
        await pilot.press("G")  # the last sentence of A: its match is the last row
        await pilot.pause()
        last = screen.comparison.matches[screen.active_match]
        assert sidebar.cursor_node.data.a == last.a
        row = sidebar.line_of(sidebar.cursor_node) - round(sidebar.scroll_y)
        assert 0 <= row < sidebar.scrollable_content_region.height  # scrolled into view
        assert sidebar.render_line(row).text.lstrip("├└ ").startswith(str(screen.active_match + 1))
        sidebar.focus()
        await pilot.press("home", "enter")  # fold the first section: its rows go
        assert not sidebar.root.children[0].is_expanded
        assert str(sidebar.render_line(1).text).startswith("▼ Facts")


async def test_header_says_whether_the_articles_tell_one_story(seeds) -> None:
    told = []
    for similarity in (0.46, 0.05):
        comparison = replace(seed_comparison(*seeds), documents_similarity=similarity)
        app = make_app(list(seeds), lambda a, b, comparison=comparison: comparison)
        async with app.run_test(size=SIZE) as pilot:
            screen = await ready(app, pilot)
            header = screen.query_one("#header")
            told.append(region_text(app, header))
    kinds = Counter(match.kind for match in seed_comparison(*seeds).matches)
    counts = " · ".join(f"{kinds[kind]} {kind}" for kind in ("verbatim", "paraphrase", "fact"))
    assert f"4 matches: {counts} · same story" in told[0]  # the kinds, each in its colour
    assert f"4 matches: {counts} · different stories?" in told[1]


async def test_command_palette_runs_reader_actions(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"next match")
        commands = app.screen.query_one(CommandList)
        for _ in range(50):  # the palette searches its providers in a worker
            if commands.option_count:
                break
            await pilot.pause(0.05)
        assert "Next match" in str(commands.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.active_match == 0


async def test_narrow_and_tiny_terminals(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=(90, 30)) as pilot:
        screen = await ready(app, pilot)
        assert not screen.query_one("#sidebar-column").display  # until s opens it
        assert not screen.query_one(LinkMap).display
        await pilot.press("n")
        assert screen.active_match == 0
    for size in ((60, 20), (20, 5), (3, 2)):
        app = app_for(seeds)
        async with app.run_test(size=size) as pilot:
            await ready(app, pilot)
            await pilot.press("n", "j", "pagedown", "G", "tab", "u", "o", "s", "question_mark")
            await pilot.pause()
            assert app.is_running


async def test_worker_failure_is_reported_without_crashing(seeds) -> None:
    def broken(a: Article, b: Article) -> Comparison:
        raise RuntimeError("aligner exploded")

    app = make_app(list(seeds), broken)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert any("aligner exploded" in str(n.message) for n in app._notifications)
        await pilot.press("j")
        assert app.screen.panes["a"].cursor == 1


async def test_q_quits(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_palette_hides_match_commands_until_alignment_is_done(seeds) -> None:
    import threading

    from reader.ui.commands import ReaderCommands
    from tests.ui.conftest import seed_comparison

    release = threading.Event()

    def slow_analysis(a: Article, b: Article) -> Comparison:
        release.wait(10)
        return seed_comparison(a, b)

    app = make_app(list(seeds), slow_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles_before = [title for title, _, _ in ReaderCommands(app.screen)._available()]
        release.set()
        await ready(app, pilot)
        titles_after = [title for title, _, _ in ReaderCommands(app.screen)._available()]
        assert "Switch pane" in titles_before
        assert "Next match" not in titles_before
        assert "Next match" in titles_after
