"""Pilot tests of notes in the reader: mark, note, edit, delete, export, aligner corrections."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from textual.command import CommandList

from reader.core.annotation.anchoring import article_path, passage_of
from reader.core.annotation.notes import NotesStore, notes_path
from reader.core.model import Article, Comparison
from reader.core.reading.loading import load_article
from reader.ui.app import DiptychApp, make_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.dialogs import ConfirmDialog, ExportDialog, NoteEditor
from reader.ui.widgets.sidebar import Sidebar
from tests.ui.conftest import SIZE, find, ready, seed_comparison, style_at

Seeds = tuple[Article, Article]
PHRASE = "intractable disagreement"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def app_with(seeds: Seeds, data: Path) -> DiptychApp:
    return make_app(list(seeds), seed_comparison, data_dir=data)


def cursor_on(screen: CompareScreen, doc: str, phrase: str) -> int:
    """Put the pane's reading cursor on the sentence holding `phrase`; its start offset."""
    pane = screen.panes[doc]  # type: ignore[index]
    offset = find(pane.article, phrase)[0]
    sentence = pane.article.sentence_at(offset)
    pane.move_cursor(sentence.index)
    return offset


def sentence_span(article: Article, phrase: str) -> tuple[int, int]:
    sentence = article.sentence_at(find(article, phrase)[0])
    assert sentence is not None
    return sentence.span


def notes_section(screen: CompareScreen) -> list[str]:
    sidebar = screen.query_one(Sidebar)
    section = next(n for n in sidebar.root.children if str(n.label).startswith("Notes"))
    return [str(section.label), *(str(child.label) for child in section.children)]


def stored(data: Path, kind: str = "note") -> list:  # type: ignore[type-arg]
    with NotesStore.open(data) as store:
        return store.load_notes((kind,))  # type: ignore[arg-type]


async def write_note(app: DiptychApp, pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(app.screen, NoteEditor)
    await pilot.press(*text)
    await pilot.press("ctrl+s")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_m_marks_the_sentence_and_on_a_match_the_other_passage(seeds: Seeds, data) -> None:
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        offset = cursor_on(screen, "a", PHRASE)
        await pilot.press("m")
        assert screen.panes["a"]._emphasis["mark"] == sentence_span(seeds[0], PHRASE)
        assert screen.panes["b"]._emphasis["mark"] == sentence_span(seeds[1], PHRASE)
        pane = screen.panes["a"]
        assert style_at(pane, offset) != style_at(pane, pane.article.sentences[0].span[0])
        await pilot.press("m")  # again: unmarked
        assert screen.mark is None
        assert screen.panes["b"]._emphasis["mark"] is None


async def test_shift_j_k_and_v_extend_the_mark(seeds: Seeds, data) -> None:
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        sentences = seeds[0].sentences
        await pilot.press("j", "m", "J", "J")
        assert screen.panes["a"]._emphasis["mark"] == (sentences[1].span[0], sentences[3].span[1])
        await pilot.press("K")
        assert screen.panes["a"]._emphasis["mark"] == (sentences[1].span[0], sentences[2].span[1])
        await pilot.press("escape", "j", "j", "v", "j", "j")
        assert screen.panes["a"]._emphasis["mark"] == (sentences[4].span[0], sentences[6].span[1])
        await pilot.press("v", "j")  # selecting stopped: the cursor moves, the mark stays
        assert screen.mark is not None and screen.mark.size() == 3


async def test_note_saved_in_the_store_listed_and_drawn(seeds: Seeds, data) -> None:
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        offset = cursor_on(screen, "a", PHRASE)
        await pilot.press("m")
        await write_note(app, pilot, "both quote it")
        assert isinstance(app.screen, CompareScreen)
        [note] = stored(data)
        assert note.text == "both quote it"
        assert note.passage.exact == seeds[0].span_text(sentence_span(seeds[0], PHRASE))
        assert note.linked.exact == seeds[1].span_text(sentence_span(seeds[1], PHRASE))
        section = notes_section(screen)
        assert section[0] == "Notes (1)" and "both quote it" in section[1]
        pane = screen.panes["a"]
        assert screen.mark is None
        note_style = pane.component_style("note")
        assert style_at(pane, offset).underline == note_style.underline is True


async def test_a_on_a_note_edits_it_and_d_deletes_after_confirming(seeds: Seeds, data) -> None:
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        cursor_on(screen, "a", PHRASE)
        await pilot.press("m")
        await write_note(app, pilot, "first")
        await write_note(app, pilot, " and second")  # the cursor is on the note: edit
        [note] = stored(data)
        assert note.text == "first and second"
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert len(stored(data)) == 1
        await pilot.press("d", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert stored(data) == []
        assert notes_section(screen)[0] == "Notes (0)"


async def test_sidebar_row_jumps_edits_and_deletes(seeds: Seeds, data) -> None:
    with NotesStore.open(data) as store:
        span = find(seeds[1], "2 hours and 16 minutes")
        store.save_note(passage_of(seeds[1], span), "B only", tag="red")
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        sidebar = screen.query_one(Sidebar)
        row = next(n for n in sidebar.root.children if str(n.label).startswith("Notes")).children[0]
        sidebar.focus()
        sidebar.move_cursor(row)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.panes["b"].cursor_sentence.span[0] <= span[0]
        await pilot.press("a")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("escape", "d", "y")
        await app.workers.wait_for_complete()
        assert stored(data) == []


async def test_orphaned_note_is_listed_not_dropped(seeds: Seeds, data) -> None:
    lost = replace(
        passage_of(seeds[0], find(seeds[0], PHRASE)),
        sha256="0" * 64,  # an older version of this file...
        exact="a sentence that was rewritten since",  # ...whose quote is gone
    )
    with NotesStore.open(data) as store:
        store.save_note(lost, "kept anyway")
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        section = notes_section(screen)
        assert section[0] == "Notes (1)"
        assert "orphaned" in section[1] and "kept anyway" in section[1]
        sidebar = screen.query_one(Sidebar)
        notes = next(n for n in sidebar.root.children if str(n.label).startswith("Notes"))
        sidebar.focus()
        sidebar.move_cursor(notes.children[0])
        await pilot.press("enter")
        await pilot.pause()
        assert any("orphaned" in str(n.message) for n in app._notifications)
    assert lost.path == article_path(seeds[0])


async def test_l_links_and_d_drops_matches_and_both_persist(seeds: Seeds, data) -> None:
    first = "The secretary of state told reporters"
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        cursor_on(screen, "a", first)
        cursor_on(screen, "b", "President Trump opened his first")
        await pilot.press("L")
        await pilot.pause()
        assert len(screen.comparison.matches) == 5
        assert "5 matches" in str(screen.query_one("#status").render())
        await pilot.press("n")
        dropped = screen.comparison.matches[screen.active_match]
        await pilot.press("D")
        await pilot.pause()
        assert len(screen.comparison.matches) == 4 and dropped not in screen.comparison.matches
        kept = screen.comparison.matches
    assert len(stored(data, "link")) == 1 and len(stored(data, "unlink")) == 1
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.comparison.matches == kept


async def test_e_exports_and_never_overwrites_silently(
    seeds: Seeds, data, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        cursor_on(screen, "a", PHRASE)
        await pilot.press("m")
        await write_note(app, pilot, "exported")
        await pilot.press("e")
        assert isinstance(app.screen, ExportDialog)
        await pilot.click("#format-json")
        await pilot.press("tab", "enter")  # from the formats to the file name
        await pilot.pause()
        written = tmp_path / "diptych-notes.json"
        [annotation] = json.loads(written.read_text())
        assert annotation["body"][0]["value"] == "exported"
        quote = annotation["target"]["selector"][0]
        assert quote["exact"] == seeds[0].span_text(sentence_span(seeds[0], PHRASE))
        written.write_text("mine")
        await pilot.press("e")
        await pilot.click("#format-json")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert written.read_text() == "mine"
        await pilot.press("e")
        await pilot.click("#format-json")
        await pilot.press("tab", "enter", "y")
        await pilot.pause()
        assert json.loads(written.read_text())[0]["body"][0]["value"] == "exported"
        assert screen.mark is None


async def test_damaged_database_opens_with_notes_off(seeds: Seeds, data) -> None:
    data.mkdir()
    damaged = notes_path(data)
    damaged.write_bytes(b"not a database at all" * 100)
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert any("Notes are off" in str(n.message) for n in app._notifications)
        assert "Notes are off" in notes_section(screen)[1]
        for action in ("mark", "note", "export", "link"):
            assert screen.check_action(action, ()) is False
        await pilot.press("m", "a")
        assert isinstance(app.screen, CompareScreen) and screen.mark is None
        footer_keys = {
            binding.key for _, binding, enabled, _ in screen.active_bindings.values() if enabled
        }
        assert "m" not in footer_keys
    assert damaged.read_bytes() == b"not a database at all" * 100


async def test_claim_wording_difference_in_the_sidebar(seeds: Seeds, data) -> None:
    def reworded(a: Article, b: Article) -> Comparison:
        comparison = seed_comparison(a, b)
        diff = (("equal", "Russia didn't", "Russia didn't"), ("replace", "interfere", "meddle"))
        claims = tuple(
            replace(c, diff=diff) if c.match is not None else c for c in comparison.claims
        )
        return replace(comparison, claims=claims)

    app = make_app(list(seeds), reworded, data_dir=data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        sidebar = screen.query_one(Sidebar)
        speakers = next(n for n in sidebar.root.children if str(n.label).startswith("Speakers"))
        labels = [str(leaf.label) for node in speakers.children for leaf in node.children]
        assert sum("interfere → meddle" in label for label in labels) == 2


async def test_note_found_again_in_a_lightly_edited_copy(seeds: Seeds, data, tmp_path) -> None:
    span = sentence_span(seeds[0], PHRASE)
    with NotesStore.open(data) as store:
        store.save_note(passage_of(seeds[0], span), "placed")
    copy = tmp_path / "edited.txt"
    assert seeds[0].path is not None
    copy.write_text(seeds[0].path.read_text().replace("Update:", "Updated:", 1))
    edited = load_article(copy)
    app = make_app([edited, seeds[1]], seed_comparison, data_dir=data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        [entry] = screen.note_entries
        assert not entry.orphaned
        assert entry.spans["a"] == sentence_span(edited, PHRASE) == (span[0] + 1, span[1] + 1)
        assert screen.panes["a"]._notes.overlapping(*entry.spans["a"])


async def test_palette_exports_and_corrections_wait_for_a_current_match(seeds: Seeds, data) -> None:
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.check_action("drop_match", ()) is False  # no current match yet
        assert screen.check_action("link", ()) is True
        await pilot.press("n")
        assert screen.check_action("drop_match", ()) is True
        await pilot.press("ctrl+p", *"export notes")
        commands = app.screen.query_one(CommandList)
        for _ in range(50):  # the palette searches its providers in a worker
            if commands.option_count:
                break
            await pilot.pause(0.05)
        assert "Export notes" in str(commands.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)


async def test_a_note_tagged_with_a_colour_is_drawn_in_it(seeds: Seeds, data) -> None:
    with NotesStore.open(data) as store:
        green = find(seeds[1], "2 hours and 16 minutes")
        plain = find(seeds[1], "Lavrov")
        store.save_note(passage_of(seeds[1], green), "the length", tag="Green")
        store.save_note(passage_of(seeds[1], plain), "who", tag="people")
    app = app_with(seeds, data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        pane = screen.panes["b"]
        pane.move_cursor(0)  # the cursor's own highlight away from both notes
        pane.scroll_to_span(green)
        await pilot.pause()
        tinted = style_at(pane, green[0])
        assert tinted.bgcolor is not None
        red, green_channel, blue = tinted.bgcolor.get_truecolor()
        assert green_channel > red and green_channel > blue
        pane.scroll_to_span(plain)
        await pilot.pause()
        assert style_at(pane, plain[0]).bgcolor == pane.component_style("note").bgcolor
