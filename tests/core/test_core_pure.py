# SPDX-License-Identifier: MIT
"""core never imports Qt: every core module imports with PySide6 made unimportable."""

import subprocess
import sys

import pytest

pytestmark = pytest.mark.core

SCRIPT = """
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any import of PySide6 now raises ImportError
import jiaogao.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "jiaogao.core.")]
for name in names:
    importlib.import_module(name)
assert not any(m.startswith("PySide6") for m in sys.modules if sys.modules[m] is not None)
print(len(names))
"""


def test_every_core_module_imports_without_qt():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) >= 30
