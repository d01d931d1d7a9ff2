# SPDX-License-Identifier: MIT
"""Icons and other resource files, from the source tree or a PyInstaller bundle."""

from __future__ import annotations

from functools import cache

from jiaogao.core.resources import resource_path
from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """The SVG icon resources/icons/NAME.svg (an empty icon when missing)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def sample_path() -> str:
    return str(resource_path("samples", "sample-halfyear.txt"))
