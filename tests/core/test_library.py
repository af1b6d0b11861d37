"""Folder scanning, related-article ranking and the recent-folders state."""

from __future__ import annotations

import json
import os
import random
from collections import Counter
from pathlib import Path

import pytest

from reader.core.folders.features import features
from reader.core.folders.library import FolderError, find_article_files, scan_files
from reader.core.folders.recent import RecentState, load_recent, remember_folder, remember_pair
from reader.core.folders.scan_cache import scan_library
from reader.core.folders.similarity import RelatedIndex, weigh
from reader.core.reading.loading import load_article

HTML = (
    "<html><head><meta property='og:title' content='Flood in Riga'>"
    "<meta property='og:site_name' content='Baltic News'></head><body><nav>Menu</nav>"
    "<article><p>The river rose two metres overnight and the old town flooded.</p></article>"
    "</body></html>"
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    write(
        root, "a.txt", "date: 2024-03-01\n\nStorm hits Lisbon\n\nWinds of 120 km/h closed the port."
    )
    write(root, "b.md", "# Court rules on strike\n\nThe judges ruled the strike lawful on Monday.")
    write(root, "c.html", HTML)
    write(root, "d.bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(root, "e.txt", "")
    write(root, "notes.pdf", b"%PDF-1.4 not an article")
    write(root, ".hidden.txt", "a hidden file is not part of the library")
    write(root, "sub/f.txt", "Nested article\n\nFound only when walking subfolders.")
    return root


def by_name(folder: Path, **options: object) -> dict[str, object]:
    return {entry.path.name: entry for entry in scan_library([folder], **options)}  # type: ignore[arg-type]


def test_scan_lists_articles_with_metadata(folder: Path) -> None:
    entries = by_name(folder)
    assert sorted(entries) == ["a.txt", "b.md", "c.html", "d.bin.txt", "e.txt"]
    story = entries["a.txt"]
    assert (story.title, story.date, story.error) == ("Storm hits Lisbon", "2024-03-01", None)
    assert story.words == load_article(folder / "a.txt").words > 0
    assert entries["b.md"].title == "Court rules on strike"
    page = entries["c.html"]
    assert (page.title, page.source) == ("Flood in Riga", "Baltic News")
    assert page.features is not None and "w:menu" not in page.features  # page chrome left out


def test_bad_files_are_marked_not_fatal(folder: Path) -> None:
    entries = by_name(folder)
    assert "binary" in entries["d.bin.txt"].error or "not text" in entries["d.bin.txt"].error
    assert entries["e.txt"].error == "file is empty"
    assert not entries["d.bin.txt"].readable and entries["d.bin.txt"].words == 0
    assert entries["d.bin.txt"].features is None
    # The reason is for a list row: the path is not repeated in it.
    assert str(folder) not in entries["e.txt"].error


def test_too_big_file_is_marked(folder: Path) -> None:
    entries = by_name(folder, max_bytes=40)
    assert "limit" in entries["a.txt"].error
    assert entries["c.html"].error is not None


def test_unreadable_file_is_marked(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(folder, "locked.txt", "A secret article\n\nNobody may read this one.")
    locked.chmod(0)
    try:
        with locked.open("rb"):
            privileged = True  # root (as in CI containers) reads through mode 000
    except PermissionError:
        privileged = False
    if privileged:
        # Simulate what every other user gets: the open call is refused.
        real_open = Path.open

        def refuse(path: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            if path == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", refuse)
    entries = by_name(folder)
    locked.chmod(0o644)
    assert "permission denied" in entries["locked.txt"].error
    assert entries["a.txt"].error is None


def test_recursive_walks_subfolders(folder: Path) -> None:
    assert "f.txt" not in by_name(folder)
    assert by_name(folder, recursive=True)["f.txt"].title == "Nested article"


def test_symlink_loop_is_walked_once(folder: Path) -> None:
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    files = find_article_files([folder], recursive=True)
    assert [path.name for path in files].count("a.txt") == 1


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FolderError, match="no such file or folder"):
        find_article_files([tmp_path / "missing"])


def test_named_files_count_whatever_their_suffix(folder: Path) -> None:
    files = find_article_files([folder / "notes.pdf", folder / "a.txt"])
    assert [path.name for path in files] == ["a.txt", "notes.pdf"]


def test_scan_yields_progress_in_order_and_can_stop(folder: Path) -> None:
    files = find_article_files([folder])
    steps = scan_files(files, workers=1)
    first = next(steps)
    assert (first.entry.path, first.done, first.total) == (files[0], 1, len(files))
    steps.close()  # the UI's cancel: nothing more is read
    assert list(steps) == []


def test_pool_scan_matches_sequential_scan(folder: Path) -> None:
    files = find_article_files([folder], recursive=True)
    sequential = [step.entry for step in scan_files(files, workers=1)]
    pooled = [step.entry for step in scan_files(files, workers=2)]
    assert pooled == sequential
    assert [step.features for step in pooled] == [step.features for step in sequential]


STORIES = {
    "quake1.txt": "An earthquake of magnitude 6.1 struck Izmir on Tuesday. Rescuers in Izmir "
    "searched collapsed buildings; the governor Ahmet Yilmaz said 14 people died.",
    "quake2.txt": "Rescue teams dug through rubble in Izmir after the 6.1 magnitude earthquake. "
    "Governor Ahmet Yilmaz confirmed 14 deaths and dozens injured in collapsed buildings.",
    "quake3.txt": "Residents of Izmir returned to their homes days after the earthquake.",
    "oscar1.txt": "The Academy named Ellen DeGeneres host of the Oscars ceremony in March. "
    "DeGeneres hosted the Academy Awards once before, in 2007.",
    "oscar2.txt": "Ellen DeGeneres will host the Oscars again, the Academy announced. "
    "The comedian first hosted the Academy Awards ceremony in 2007.",
    "vote1.txt": "Parliament passed the budget by 201 votes to 180 after a long debate. "
    "Finance minister Clara Ortiz said the budget cuts taxes for small firms.",
    "vote2.txt": "Clara Ortiz won the budget vote 201 to 180 in parliament. The finance "
    "minister promised tax cuts for small firms after the debate.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> list:
    for name, text in STORIES.items():
        write(tmp_path / "news", name, text)
    return scan_library([tmp_path / "news"])


def test_related_ranks_the_same_story_first(corpus: list) -> None:
    index = RelatedIndex.build(corpus)
    for entry in corpus:
        related = index.related(entry.path)
        assert related[0].path.stem[:-1] == entry.path.stem[:-1], entry.path.name
        assert all(0.0 <= item.score <= 1.0 for item in related)
        assert [item.score for item in related] == sorted(
            (item.score for item in related), reverse=True
        )
        assert entry.path not in [item.path for item in related]


def test_related_floor_and_limit(corpus: list) -> None:
    index = RelatedIndex.build(corpus)
    quake = next(entry.path for entry in corpus if entry.path.name == "quake1.txt")
    everything = index.related(quake, floor=0.0)
    assert sorted(item.path.name for item in everything) == ["quake2.txt", "quake3.txt"]
    assert index.related(quake, limit=1, floor=0.0) == everything[:1]
    assert index.related(quake, floor=0.99) == []


def test_matrix_is_symmetric_with_unit_diagonal(corpus: list) -> None:
    index = RelatedIndex.build(corpus)
    matrix = index.matrix()
    size = len(index.paths)
    assert size == len(corpus) and all(len(row) == size for row in matrix)
    for row_number in range(size):
        assert matrix[row_number][row_number] == pytest.approx(1.0)
        for column in range(size):
            assert matrix[row_number][column] == pytest.approx(matrix[column][row_number])


def test_all_related_agrees_with_related(corpus: list) -> None:
    index = RelatedIndex.build(corpus)
    everything = index.all_related(limit=3, floor=0.0)
    for entry in corpus:
        expected = index.related(entry.path, limit=3, floor=0.0)
        assert [item.path for item in everything[entry.path]] == [item.path for item in expected]
        for found, wanted in zip(everything[entry.path], expected, strict=True):
            assert found.score == pytest.approx(wanted.score)


def test_matrix_can_be_cancelled(corpus: list) -> None:
    assert RelatedIndex.build(corpus).matrix(cancelled=lambda: True) == []


def test_unreadable_entries_are_not_indexed(folder: Path) -> None:
    entries = scan_library([folder])
    index = RelatedIndex.build(entries)
    assert [path.name for path in index.paths] == ["a.txt", "b.md", "c.html"]
    assert folder / "e.txt" not in index


def test_index_build_can_be_cancelled(corpus: list) -> None:
    calls = iter(range(100))
    index = RelatedIndex.build(corpus, cancelled=lambda: next(calls) >= 2)
    assert len(index.paths) == 2


def test_recent_state_round_trip(tmp_path: Path) -> None:
    state_file = tmp_path / "state" / "recent.json"
    assert load_recent(state_file) == RecentState()
    remember_folder(tmp_path / "one", state_file)
    remember_folder(tmp_path / "two", state_file)
    state = remember_folder(tmp_path / "one", state_file)
    assert state.folders == ((tmp_path / "one").resolve(), (tmp_path / "two").resolve())
    remember_pair(tmp_path / "a.txt", tmp_path / "b.txt", state_file)
    loaded = load_recent(state_file)
    assert loaded.folders == state.folders
    assert loaded.last_pair == ((tmp_path / "a.txt").resolve(), (tmp_path / "b.txt").resolve())
    assert os.listdir(state_file.parent) == ["recent.json"]  # no temporary file left


def test_recent_state_default_location_is_the_state_dir(isolated_home: Path) -> None:
    remember_folder(Path("/srv/news"))
    saved = isolated_home / ".local" / "state" / "diptych" / "recent.json"
    assert json.loads(saved.read_text())["folders"] == ["/srv/news"]


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"folders": "abc", "last_pair": [1]}'])
def test_damaged_recent_state_reads_as_empty(tmp_path: Path, content: str) -> None:
    state_file = write(tmp_path, "recent.json", content)
    assert load_recent(state_file) == RecentState()


def test_features_in_most_of_a_big_folder_leave_the_dot_products() -> None:
    counts = [Counter({"w:said": 3, f"w:unique{number}": 1}) for number in range(120)]
    counts[0]["w:pair"] = counts[1]["w:pair"] = 1
    vectors = weigh(counts)
    assert "w:said" not in vectors[0] and "w:pair" in vectors[0]
    # In a small folder (one story, say) the same shared word still counts.
    assert "w:said" in weigh(counts[:10])[2]


def test_features_stem_words_and_keep_names_and_numbers() -> None:
    found = features("Sergei Lavrov said the talks lasted 2 hours; talking, Lavrov smiled.")
    assert found["w:talk"] == 2 and found["w:lavrov"] == 2
    assert found["e:sergei lavrov"] == 1 and found["n:2"] == 1
    assert "w:the" not in found and "w:said" not in found


def test_source_line_above_the_headline_is_metadata(tmp_path: Path) -> None:
    # The ECB+ text files (and many saved articles) start this way.
    write(
        tmp_path, "story.txt", "source: http://example.com/a\nOscar host named\n\nThe Academy said."
    )
    (entry,) = scan_library([tmp_path])
    assert (entry.source, entry.title) == ("http://example.com/a", "Oscar host named")
    assert entry.features is not None and "w:exampl" not in entry.features


def test_unindexed_path_has_no_related(folder: Path) -> None:
    index = RelatedIndex.build(scan_library([folder]))
    assert index.related(folder / "e.txt") == []


def test_related_lists_are_the_same_with_half_the_pairs_in_a_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.core import forked
    from reader.core.folders import similarity

    started = []
    real_start = forked.start
    monkeypatch.setattr(forked, "start", lambda work: started.append(work) or real_start(work))

    rng = random.Random(3)
    words = [f"w{n}" for n in range(400)]
    counts = [Counter(rng.choices(words, k=60)) for _ in range(similarity.PARALLEL_MIN + 20)]
    paths = [Path(f"/news/{n}.txt") for n in range(len(counts))]
    index = RelatedIndex(paths, weigh(counts))
    assert index.all_related(parallel=True) == index.all_related()
    assert len(started) == 1  # the child did score half of the pairs
    assert sum(map(len, index.all_related().values())) > len(paths)  # something to compare
