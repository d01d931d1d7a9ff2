"""Helpers of the figure bank 2 item files; the shared ones come from tests/data/bank_build.py."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bank_build import ITEMS, add, build, clean, far, grp, pct  # noqa: E402,F401


def growth(new: float, old: float, nd: int = 1) -> str:
    """Growth rate new over old as a percent string."""
    return f"{(new / old - 1) * 100:.{nd}f}%"
