"""Where they differ, in the reader: changed words of the shown pairs, the legend, the header."""

from __future__ import annotations

from rich.text import Text

from reader.core.model import Article, Comparison, Match
from reader.ui.app import make_app
from reader.ui.screens.dialogs import ExportDialog
from reader.ui.screens.help import HelpScreen
from reader.ui.widgets.link_map import LinkMap
from tests.ui.conftest import SIZE, find, ready, style_at

LAVROV_A = "Russian foreign minister Sergei Lavrov, who was in the meeting, said afterward that"
LAVROV_B = "Meanwhile, Russian foreign minister Sergey Lavrov said"
DENIAL_A = "Putin once again denied Russian involvement"


def two_paraphrases(a: Article, b: Article) -> Comparison:
    """The Lavrov sentences and Putin's denial as paraphrases, one verbatim phrase."""
    lavrov_a = find(a, LAVROV_A)[0], a.text.index("election.", find(a, LAVROV_A)[0]) + 9
    lavrov_b = find(b, LAVROV_B)[0], b.text.index("election.", find(b, LAVROV_B)[0]) + 9
    matches = (
        Match(find(a, DENIAL_A), find(b, "Putin denied being involved"), "paraphrase", 0.5),
        Match(lavrov_a, lavrov_b, "paraphrase", 0.8),
        Match(
            find(a, "intractable disagreement"),
            find(b, "intractable disagreement"),
            "verbatim",
            1.0,
        ),
    )
    return Comparison(a=a, b=b, matches=tuple(sorted(matches, key=lambda m: m.a)))


def app_with_paraphrases(seeds: tuple[Article, Article]):  # type: ignore[no-untyped-def]
    return make_app(list(seeds), two_paraphrases)


async def test_n_to_the_lavrov_pair_marks_its_changed_words(seeds) -> None:
    app = app_with_paraphrases(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane_a, pane_b = screen.panes["a"], screen.panes["b"]
        changed = pane_b.component_style("changed").color
        while screen.active_match is None or "Sergei" not in seeds[0].span_text(
            screen.comparison.matches[screen.active_match].a
        ):
            await pilot.press("n")
        await pilot.pause()
        text_b = seeds[1].text
        lavrov_at = text_b.index(LAVROV_B)
        for word in ("meddle", "U.S.", "Sergey", "Meanwhile"):
            assert style_at(pane_b, text_b.index(word, lavrov_at)).color == changed, word
        assert style_at(pane_b, text_b.index("Trump accepted", lavrov_at)).color != changed
        assert style_at(pane_a, seeds[0].text.index("interfere in the election")).color == changed


async def test_only_the_current_pair_shows_changes_until_w(seeds) -> None:
    app = app_with_paraphrases(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane_a = screen.panes["a"]
        changed = pane_a.component_style("changed").color
        continued = seeds[0].text.index("once again")  # Putin's denial: no pair is current yet
        assert style_at(pane_a, continued).color != changed
        await pilot.press("w")
        assert style_at(pane_a, continued).color == changed
        await pilot.press("w")
        assert style_at(pane_a, continued).color != changed


async def test_help_opens_with_the_colour_legend_in_the_real_styles(seeds) -> None:
    app = app_with_paraphrases(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        pane = screen.panes["a"]
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        legend = app.screen.legend
        assert isinstance(legend, Text)
        for name, sample in (("verbatim", "verbatim"), ("unique", "only here"), ("note", "noted")):
            spans = legend.spans
            drawn = [span.style for span in spans if legend.plain[span.start : span.end] == sample]
            assert drawn == [pane.component_style(name)], name
        styles = {name: pane.component_style(name) for name in ("note", "unique", "fact")}
        assert len({(s.color, s.bgcolor, s.italic, s.underline) for s in styles.values()}) == 3


async def test_other_pairs_connectors_are_thin_and_the_current_one_solid(seeds) -> None:
    app = app_with_paraphrases(seeds)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n")
        link_map = screen.query_one(LinkMap)
        drawn = "".join(link_map.grid_text())
        assert "─" in drawn or "│" in drawn  # the current pair
        assert "╌" in drawn or "╎" in drawn or len(link_map.visible_matches()) == 1


async def test_e_offers_the_comparison_as_an_html_page(seeds, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(list(seeds), two_paraphrases, data_dir=tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportDialog)
        await pilot.click("#format-html")
        await pilot.press("ctrl+s")
        await pilot.pause()
        page = (tmp_path / "diptych-comparison.html").read_text(encoding="utf-8")
        assert page.startswith("<!doctype html>")
        assert 'id="doc-a"' in page and 'id="doc-b"' in page
        assert 'class="paraphrase" data-m=' in page
