# SPDX-License-Identifier: MIT
"""What runs once the window is up and the first file is open: the recovery offer, a test script."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jiaogao.core.recovery import RecoveryStore

from .recoverydialog import offer_recovery
from .testhook import TestScript

__all__ = ["RecoveryStore", "after_start"]

if TYPE_CHECKING:
    from .mainwindow import MainWindow


def after_start(window: MainWindow) -> None:
    """Run after the initial file is open: offer recovery, then the test script if any."""
    script = TestScript.from_env()
    if window.autosaver is not None:
        if script is not None:
            offer_recovery(window, window.autosaver.store, script.choose, confirm=False)
        else:
            offer_recovery(window, window.autosaver.store)
    if script is not None:
        script.start(window)
