# SPDX-License-Identifier: MIT
"""Typed access to the user's settings (QSettings, INI, user scope).

Preferences (``prefs/*``) are kept apart from window state (``window/*``: geometry,
dock layout, recent files). A value equal to its default is not stored, so a later
change of default reaches every user who never touched it.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "JiaoGao"
APPLICATION = "JiaoGao"
MAX_RECENT = 10

DEFAULTS: dict[str, Any] = {
    "prefs/live_check": True,
    "prefs/zoom": 100,
    "prefs/debounce_ms": 400,
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/recent_files": [],
    "window/last_dir": "",
    "window/first_run_done": False,
}


class Settings:
    """The one place that reads and writes QSettings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    # -- generic ----------------------------------------------------------------------------
    def value(self, key: str) -> Any:
        default = DEFAULTS[key]
        raw = self._s.value(key, None)
        if raw is None:
            return default
        return _coerce(raw, default)

    def set_value(self, key: str, value: Any) -> None:
        if value == DEFAULTS[key]:
            self._s.remove(key)
        else:
            self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()

    # -- preferences ------------------------------------------------------------------------
    @property
    def live_check(self) -> bool:
        return bool(self.value("prefs/live_check"))

    @live_check.setter
    def live_check(self, on: bool) -> None:
        self.set_value("prefs/live_check", bool(on))

    @property
    def zoom(self) -> int:
        return max(50, min(300, int(self.value("prefs/zoom"))))

    @zoom.setter
    def zoom(self, percent: int) -> None:
        self.set_value("prefs/zoom", int(percent))

    @property
    def debounce_ms(self) -> int:
        return int(self.value("prefs/debounce_ms"))

    # -- window state -----------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray:
        return self.value("window/geometry")

    @geometry.setter
    def geometry(self, data: QByteArray) -> None:
        self.set_value("window/geometry", data)

    @property
    def window_state(self) -> QByteArray:
        return self.value("window/state")

    @window_state.setter
    def window_state(self, data: QByteArray) -> None:
        self.set_value("window/state", data)

    @property
    def recent_files(self) -> list[str]:
        return list(self.value("window/recent_files"))

    def add_recent_file(self, path: str) -> None:
        files = [path, *(f for f in self.recent_files if f != path)][:MAX_RECENT]
        self.set_value("window/recent_files", files)

    def clear_recent_files(self) -> None:
        self.set_value("window/recent_files", [])

    @property
    def last_dir(self) -> str:
        return str(self.value("window/last_dir"))

    @last_dir.setter
    def last_dir(self, path: str) -> None:
        self.set_value("window/last_dir", path)

    @property
    def first_run_done(self) -> bool:
        return bool(self.value("window/first_run_done"))

    @first_run_done.setter
    def first_run_done(self, done: bool) -> None:
        self.set_value("window/first_run_done", bool(done))

    # -- per-document ignore lists (until the native format carries them) --------------------
    def ignores_for(self, path: str) -> dict[str, list[str]]:
        raw = self._s.value(_ignore_key(path), "")
        try:
            data = json.loads(raw) if raw else {}
        except (TypeError, ValueError):
            data = {}
        return data if isinstance(data, dict) else {}

    def set_ignores_for(self, path: str, data: dict[str, list[str]]) -> None:
        if any(data.values()):
            self._s.setValue(_ignore_key(path), json.dumps(data, ensure_ascii=False))
        else:
            self._s.remove(_ignore_key(path))


def _ignore_key(path: str) -> str:
    import hashlib

    return "ignores/" + hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]


def _coerce(raw: Any, default: Any) -> Any:
    """INI files give strings back; turn them into the default's type."""
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
    if isinstance(default, int):
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if isinstance(raw, str):
            return [raw] if raw else []
        return list(raw) if isinstance(raw, (list, tuple)) else default
    if isinstance(default, QByteArray):
        return raw if isinstance(raw, QByteArray) else default
    return raw
