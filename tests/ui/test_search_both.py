"""`/` searches both articles, counts the hits, and n/N step through them (issue 15, item 5)."""

from __future__ import annotations

import re

from tests.ui.conftest import SIZE, app_for, ready


def _count(text: str, word: str) -> int:
    return len(re.findall(re.escape(word), text, re.IGNORECASE))


async def test_hits_in_the_other_article_are_found_and_counted(seeds) -> None:
    app = app_for(seeds)
    a, b = seeds
    word = "Melania"
    assert _count(a.text, word) == 0 < _count(b.text, word)  # only B has her
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *word)
        status = str(screen.query_one("#search-status").render())
        assert f"0 in A, {_count(b.text, word)} in B" in status
        await pilot.press("enter")
        first = b.text.index(word)
        assert screen.panes["b"].search_hit == (first, first + len(word))
        assert app.focused is screen.panes["b"] and screen.focused_doc == "b"
        assert screen.panes["b"].cursor_sentence.span[0] <= first


async def test_n_and_N_step_through_the_hits_of_both_articles_then_matches(seeds) -> None:
    app = app_for(seeds)
    a, b = seeds
    word = "Tillerson"
    total = _count(a.text, word) + _count(b.text, word)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *word, "enter")
        assert f"hit 1 of {total}" in str(screen.query_one("#search-status").render())
        await pilot.press(*["n"] * _count(a.text, word))  # past A's last hit: B's first
        assert screen.panes["b"].search_hit is not None and screen.panes["a"].search_hit is None
        assert app.focused is screen.panes["b"]
        await pilot.press("N")
        assert screen.panes["a"].search_hit is not None
        await pilot.press("escape", "n")  # search closed: n is the next match again
        assert screen.active_match is not None


async def test_the_status_sits_beside_the_field_not_over_it(seeds) -> None:
    app = app_for(seeds)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"zzzz", "enter")
        field, status = screen.query_one("#search"), screen.query_one("#search-status")
        assert "not in either article" in str(status.render())
        assert not field.region.overlaps(status.region)
        assert field.region.width >= 30
        assert not app._notifications  # nothing pops up over the field
