# SPDX-License-Identifier: MIT
"""Where JiaoGao's data files are: the bundled resources/ folder and the user's own folder."""

from __future__ import annotations

import os
import sys
import tomllib
from functools import cache
from pathlib import Path
from typing import Any


def resource_dir() -> Path:
    """The bundled resources folder, from source, an installed wheel or a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def user_dir() -> Path:
    """The per-user folder where an office adds its own report types and word lists.

    JIAOGAO_HOME overrides it (tests, portable installs).
    """
    override = os.environ.get("JIAOGAO_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / "JiaoGao"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "jiaogao"


def data_files(subdir: str, pattern: str = "*.toml") -> list[Path]:
    """Bundled files of ``subdir`` followed by the user's own (which may override by name)."""
    files: dict[str, Path] = {}
    for base in (resource_path(subdir), user_dir() / subdir):
        if base.is_dir():
            for f in sorted(base.glob(pattern)):
                files[f.name] = f
    return list(files.values())


@cache
def load_toml(path: Path) -> dict[str, Any]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


@cache
def word_list(name: str) -> frozenset[str]:
    """A word list from resources/lexicon/NAME.txt plus the user's copy: one entry a line, # comments."""
    words: set[str] = set()
    for base in (resource_path("lexicon"), user_dir() / "lexicon"):
        f = base / f"{name}.txt"
        if f.is_file():
            for line in f.read_text(encoding="utf-8").splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    words.add(line)
    return frozenset(words)


def reload_data() -> None:
    """Forget cached data files, so edits to the user's folder take effect (settings dialog, tests)."""
    from . import reporttypes

    load_toml.cache_clear()
    word_list.cache_clear()
    reporttypes.report_types.cache_clear()
    for hook in _reload_hooks:
        hook()


_reload_hooks: list = []


def on_reload(hook) -> None:
    """Register a cache of derived data (compiled word patterns) to clear on reload_data()."""
    _reload_hooks.append(hook)
