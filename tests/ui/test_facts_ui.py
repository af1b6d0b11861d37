"""Facts in the reader: only-here passages (`o`/`u`) are not hidden by a number both
articles share; the sidebar lists facts by subject and folds same-words agreements."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.model import Article
from reader.ui.app import make_app
from reader.ui.side_view import unique_passages
from reader.ui.widgets.sidebar import Sidebar
from tests.ui.conftest import SIZE, ready


def test_a_shared_number_leaves_its_sentence_only_here(seed_a: Article, seed_b: Article) -> None:
    comparison = compare(seed_a, seed_b)
    update = seed_a.text.index("Update: As part of the 2+ hour discussion")
    linked_there = [
        m for m in comparison.matches if m.kind == "fact" and m.a[0] <= update + 30 <= m.a[1]
    ]
    assert linked_there  # "2+ hour" is linked to B's "more-than-two-hour"…
    passages = unique_passages(comparison, "a")
    assert any(start <= update < end for start, end in passages)  # …yet the rest is A's alone


async def test_sidebar_groups_facts_and_folds_same_words(seeds) -> None:  # type: ignore[no-untyped-def]
    app = make_app(list(seeds))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        facts = screen.query_one(Sidebar).root.children[1]
        *groups, folded = facts.children
        assert str(folded.label).startswith("same words in both") and not folded.is_expanded
        rows = [str(row.label) for group in groups for row in group.children]
        assert any("2+ hour" in row and "2 hours and 16 minutes" in row for row in rows)
        assert not any(row.startswith("✓ 2016") for row in rows)


async def test_a_row_of_two_links_that_read_the_same_visits_both(seeds) -> None:  # type: ignore[no-untyped-def]
    app = make_app(list(seeds))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        sidebar = screen.query_one(Sidebar)
        facts = sidebar.root.children[1]
        rows = [row for group in facts.children[:-1] for row in group.children]
        doubled = next(row for row in rows if "×2 2+ hour" in str(row.label))
        labels = [str(row.label) for row in rows]
        assert len(labels) == len(set(labels))  # "2+ hour" twice in A: one row per reading
        sidebar.focus()
        sidebar.move_cursor(doubled)
        places = []
        for _ in range(3):
            await pilot.press("enter")
            await pilot.pause()
            places.append(screen.panes["a"].cursor_sentence.span)
        target = doubled.data
        first, second = target.a, target.more[0].a
        assert places[0][0] <= first[0] < places[0][1]
        assert places[1][0] <= second[0] < places[1][1]
        assert places[0] != places[1] and places[2] == places[0]  # and round again
