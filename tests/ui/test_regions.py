"""The reader on any terminal: the sidebar beside or over the panes, focus among the
regions, the footer's pinned keys, dialogs at 60×20, themes repainted and remembered
(issue 15, items 2, 4 and 6)."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Footer

from reader.core.settings import load_settings
from reader.ui.screens.dialogs import ExportDialog, NoteEditor
from reader.ui.widgets.sidebar import Sidebar
from tests.hardening.reader_screen import region_text
from tests.ui.conftest import SIZE, app_for, ready, style_at, visible_text

SIZES = [(160, 45), (90, 30), (60, 20)]


def _on_screen(widget) -> bool:  # type: ignore[no-untyped-def]
    """Shown and wholly inside the terminal."""
    region, screen = widget.region, widget.screen.region
    return widget.display and region.area > 0 and screen.contains_region(region)


@pytest.mark.parametrize("size", SIZES[1:])
async def test_s_opens_the_sidebar_over_narrow_panes_and_esc_closes_it(seeds, size) -> None:
    app = app_for(seeds)
    async with app.run_test(size=size) as pilot:
        screen = await ready(app, pilot)
        sidebar, column = screen.query_one(Sidebar), screen.query_one("#sidebar-column")
        assert not column.display
        await pilot.press("s")
        await pilot.pause()
        assert column.display and sidebar.has_focus
        assert sidebar.region.width == size[0]  # over the panes, full width
        await pilot.press("j", "j")
        assert sidebar.cursor_line == 2  # j moves the list, not the article
        assert screen.panes["a"].cursor == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not column.display and app.focused is screen.panes["a"]


async def test_enter_in_the_sidebar_over_the_panes_jumps_and_shows_the_pane(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=(90, 30)) as pilot:
        screen = await ready(app, pilot)
        sidebar = screen.query_one(Sidebar)
        await pilot.press("s")
        matches = next(n for n in sidebar.root.children if str(n.label).startswith("Matches"))
        sidebar.move_cursor(matches.children[2])
        await pilot.press("enter")
        await pilot.pause()
        assert not screen.query_one("#sidebar-column").display
        assert screen.active_match == 2 and app.focused in screen.panes.values()


async def test_tab_cycles_panes_and_sidebar_and_lights_the_focused_one(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await ready(app, pilot)
        titles = {doc: screen.query_one(f"#column-{doc} .pane-title") for doc in "ab"}
        sidebar = screen.query_one(Sidebar)
        await pilot.press("tab", "tab")
        assert app.focused is sidebar
        assert not titles["a"].has_class("-focused") and not titles["b"].has_class("-focused")
        cursor_b, line = screen.panes["b"].cursor, sidebar.cursor_line
        assert line >= 0
        await pilot.press("j", "j", "k")
        assert sidebar.cursor_line == line + 1 and screen.panes["b"].cursor == cursor_b
        await pilot.press("shift+tab")
        assert app.focused is screen.panes["b"] and titles["b"].has_class("-focused")
        await pilot.press("tab", "escape")
        assert app.focused is screen.panes["b"]


async def test_sidebar_width_keys_are_remembered(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await ready(app, pilot)
        before = screen.query_one("#sidebar-column").region.width
        await pilot.press("greater_than_sign", "greater_than_sign")
        await pilot.pause()
        assert screen.query_one("#sidebar-column").region.width == before + 8
    assert load_settings().sidebar_width == before + 8
    app = app_for(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await ready(app, pilot)
        assert screen.query_one("#sidebar-column").region.width == before + 8
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert screen.query_one("#sidebar-column").region.width == before + 4


@pytest.mark.parametrize("size", SIZES)
async def test_footer_keeps_help_and_quit_at_every_size(seeds, size) -> None:
    app = app_for(seeds)
    async with app.run_test(size=size) as pilot:
        screen = await ready(app, pilot)
        footer = screen.query_one(Footer)
        keys = {key.key: key for key in footer.query("FooterKey")}
        for key in ("question_mark", "q"):
            assert _on_screen(keys[key]), key
        first = [key.key for key in footer.query("FooterKey")][:3]
        assert first == ["n", "N", "s"] or first[0] == "tab"


@pytest.mark.parametrize("size", SIZES)
async def test_note_editor_and_export_dialog_buttons_fit(
    seeds, size, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = app_for(seeds)
    async with app.run_test(size=size) as pilot:
        await ready(app, pilot)
        await pilot.press("m", "a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        for widget in (*app.screen.query(Button), app.screen.query_one("#note-text")):
            assert _on_screen(widget), widget
        await pilot.press("escape", "e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        for widget in (*app.screen.query(Button), app.screen.query_one("#export-path")):
            assert _on_screen(widget), widget


async def test_theme_switch_repaints_the_panes_and_is_remembered(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await ready(app, pilot)
        pane = screen.panes["b"]
        offset = pane.wrapped.lines[3].start
        dark = style_at(pane, offset).bgcolor
        assert visible_text(pane)
        app.theme = "textual-light"
        await pilot.pause()
        light = style_at(pane, offset).bgcolor
        assert light != dark
        assert light == pane.rich_style.bgcolor or light is None or light.triplet != dark.triplet
    assert load_settings().theme == "textual-light"
    app = app_for(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        assert app.theme == "textual-light"


async def test_the_sidebar_row_at_the_cursor_is_shown_in_full(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await ready(app, pilot)
        sidebar = screen.query_one(Sidebar)
        facts = next(n for n in sidebar.root.children if str(n.label).startswith("Facts"))
        await pilot.press("tab", "tab")
        row = facts.children[0]
        while row.foldable:  # a group of facts: its first fact
            row.expand()
            row = row.children[0]
        sidebar.move_cursor(row)
        await pilot.pause()
        detail = screen.query_one("#sidebar-detail")
        shown = " ".join(str(detail.render()).split())
        assert "2 hours and 16 minutes" in shown and "2+ hour" in shown
        # Wrapped in the sidebar's width: the row's 34 characters take two lines there.
        assert detail.region.width <= sidebar.region.width + 1
        drawn = " ".join(region_text(app, detail).split())
        assert "2+ hour ≈ 2 hours and 16 minutes" in drawn


async def test_lines_kept_from_before_s_show_what_changed_meanwhile(seeds) -> None:
    """Showing and hiding the sidebar swaps the panes between two widths, each keeping
    its drawn lines; a cursor moved at one width is seen moved at the other."""
    app = app_for(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane = screen.panes["a"]
        await pilot.press("j", "j")  # into the body (the title is drawn alike under it)
        first, second = (sentence.span[0] for sentence in pane.article.sentences[2:4])
        lit, unlit = style_at(pane, first), style_at(pane, second)  # the cursor on the first
        width = pane.wrapped.width
        await pilot.press("s", "s")  # both widths wrapped and drawn
        await pilot.press("s", "j", "s")  # hidden: wider panes, cursor down; shown again
        assert pane.wrapped.width == width and pane.cursor == 3
        assert style_at(pane, first) != lit
        assert style_at(pane, second) != unlit
