"""The reader's analysis: large pairs go to a child process and give the same result."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.compare import compare
from reader.core.reading.loading import article_from_text
from reader.ui import analysis, children, transfer
from reader.ui.app import make_app
from reader.ui.side_view import comparison_view, offer_view, side_view
from tests.ui.conftest import SIZE, ready

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import synthetic


def large_pair():  # type: ignore[no-untyped-def]
    pair = synthetic.generate(120_000, seed=5)
    a, b = article_from_text(pair.text_a), article_from_text(pair.text_b)
    assert len(a.text) + len(b.text) >= analysis.PROCESS_THRESHOLD
    return a, b


def test_large_pair_is_compared_in_a_child_with_the_same_result(monkeypatch) -> None:
    a, b = large_pair()
    commands: list[list[str]] = []
    original = subprocess.Popen

    def recording_popen(command, **options):  # type: ignore[no-untyped-def]
        commands.append(command)
        return original(command, **options)

    monkeypatch.setattr(children.subprocess, "Popen", recording_popen)
    assert analysis.analyse_articles(a, b).to_dict() == compare(a, b).to_dict()
    assert commands == [[sys.executable, "-m", "reader.ui.analysis"]]


def test_a_failing_child_is_reported_in_one_line(monkeypatch) -> None:
    a, b = large_pair()
    monkeypatch.setattr(children.sys, "executable", "/bin/false")
    with pytest.raises(analysis.AnalysisFailed, match="exit status 1"):
        analysis.analyse_articles(a, b)


def test_small_pair_stays_in_this_process(seed_a, seed_b, monkeypatch) -> None:
    monkeypatch.setattr(children.subprocess, "Popen", None)  # would fail if used
    assert analysis.analyse_articles(seed_a, seed_b).to_dict() == compare(seed_a, seed_b).to_dict()


def test_stop_running_kills_a_child_in_progress() -> None:
    import threading

    a, b = large_pair()
    failures: list[BaseException] = []

    def analyse() -> None:
        try:
            analysis.analyse_articles(a, b)
        except analysis.AnalysisFailed as error:
            failures.append(error)

    worker = threading.Thread(target=analyse)
    worker.start()
    for _ in range(200):
        if children._running:
            break
        worker.join(0.01)
    children.stop_running()
    worker.join(10)
    assert not worker.is_alive()
    assert len(failures) == 1


def test_min_score_reaches_the_child(monkeypatch) -> None:
    a, b = large_pair()
    strict = analysis.analyse_articles(a, b, min_score=0.9)
    assert strict.to_dict() == compare(a, b, min_score=0.9).to_dict()
    assert len(strict.matches) < len(compare(a, b).matches)


async def test_reader_min_score_shows_fewer_links(seeds) -> None:  # type: ignore[no-untyped-def]
    counts = []
    for score in (None, 0.9):
        app = make_app(list(seeds), min_score=score)
        async with app.run_test(size=SIZE) as pilot:
            screen = await ready(app, pilot)
            shown = screen.comparison.matches
            assert f"{len(shown)} matches" in str(screen.query_one("#status").render())
            counts.append(sum(1 for match in shown if match.kind == "paraphrase"))
    assert counts[0] > counts[1]


def test_transfer_rebuilds_the_same_comparison_around_the_readers_articles(
    seed_a, seed_b, monkeypatch
) -> None:
    monkeypatch.setattr(transfer, "CHUNK", 3)  # several chunks for every list
    original = compare(seed_a, seed_b)
    assert len(original.matches) > 3 and len(original.claims) > 3
    stream = io.BytesIO()
    transfer.send(original, stream)
    assert seed_a.text.encode() not in stream.getvalue()  # the articles stay home
    stream.seek(0)
    received, view = transfer.receive(stream, seed_a, seed_b)
    assert received == original and view is None
    assert received.a is seed_a and received.b is seed_b


def test_transfer_refuses_a_result_for_other_articles(seed_a, seed_b) -> None:
    stream = io.BytesIO()
    transfer.send(compare(seed_a, seed_b), stream)
    stream.seek(0)
    with pytest.raises(transfer.ForeignResult):
        transfer.receive(stream, seed_b, seed_a)


def test_transfer_carries_the_childs_view_without_a_copy_of_the_matches(seed_a, seed_b) -> None:
    original = compare(seed_a, seed_b)
    stream = io.BytesIO()
    transfer.send(original, stream, comparison_view(original))
    stream.seek(0)
    received, view = transfer.receive(stream, seed_a, seed_b)
    assert view is not None
    for doc in ("a", "b"):
        built_here = side_view(received, doc)
        assert view[doc].order.matches is received.matches
        assert view[doc].order.keys == built_here.order.keys
        assert view[doc].unique == built_here.unique
        for name in ("highlights", "unique_index", "matches"):
            assert vars(getattr(view[doc], name)) == vars(getattr(built_here, name))


def test_the_reader_uses_the_view_offered_for_that_very_comparison(seed_a, seed_b) -> None:
    comparison = compare(seed_a, seed_b)
    offered = comparison_view(comparison)
    offer_view(comparison, offered)
    assert comparison_view(replace(comparison, matches=comparison.matches[:1])) is not offered
    offer_view(comparison, offered)
    assert comparison_view(comparison) is offered
    assert comparison_view(comparison) is not offered  # taken once
