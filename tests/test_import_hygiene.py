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
