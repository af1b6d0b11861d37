"""The core is a library: importing it must not pull in the UI."""

from __future__ import annotations

import subprocess
import sys


def test_core_imports_no_textual() -> None:
    code = (
        "import sys, reader, reader.core.compare, reader.core.reading.loading, reader.cli;"
        "import pkgutil, importlib, reader.core as core;"
        "names = [m.name for m in pkgutil.walk_packages(core.__path__, 'reader.core.')];"
        "[importlib.import_module(name) for name in names];"
        "bad = [name for name in sys.modules if name.startswith(('textual', 'reader.ui'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compare_start_up_leaves_the_childs_modules_to_the_child() -> None:
    """`diptych compare` imports what the aligning process runs: the fact and speaker
    modules (and the attribution patterns, speech.cues, which linking claims does
    not need) load in the forked child meanwhile, markdown-it only for a Markdown
    file with syntax, the library's process pool and the reports not at all (each
    of these costs start-up time on every run)."""
    code = (
        "import sys, reader.__main__, reader.cli;"
        "late = ('reader.core.facts.', 'reader.core.speech.speakers', 'reader.core.speech.cues',"
        " 'reader.core.folders.',"
        " 'reader.core.report', 'markdown_it', 'multiprocessing', 'concurrent');"
        "print([name for name in sys.modules if name.startswith(late)])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
