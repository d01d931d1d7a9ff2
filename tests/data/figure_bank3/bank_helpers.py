"""Helpers of the figure bank 3 item files (conflict items, sanity checks); the shared ones come from
tests/data/bank_build.py."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bank_build import ITEMS, add, build, clean, far, grp, pct  # noqa: E402,F401


def growth(new: float, old: float, nd: int = 1) -> str:
    """Growth rate of new over old as a bare percent string (sign dropped)."""
    return f"{abs(new / old - 1) * 100:.{nd}f}%"


def num(s: str) -> float:
    """The value of a figure written with separators."""
    return float(s.replace(",", ""))


def not_slip(a: float, b: float) -> None:
    """Assert two conflicting values are plausibly different, not a typo.

    They must differ by 3-40 % and not be a permutation of the same digits.
    """
    ra = abs(a / b - 1)
    assert 0.03 <= ra <= 0.4, (a, b, ra)
    da, db = (sorted(re.sub(r"\D", "", f"{v:.4f}").strip("0")) for v in (a, b))
    assert da != db, (a, b)


def conflict(iid: str, title: str, tmpl: str, bad: str, good: str, unit: str,
             note: str, first: float | None = None, scale: float = 1.0) -> None:
    """A figure-conflict item: the second mention (slot x) disagrees with the first.

    first is the first mention's value expressed in the second mention's unit
    (scale converts it); the right version must equal it, the wrong one must be
    plausibly different from it.
    """
    if first is not None:
        assert abs(num(good) - first * scale) < 1e-6 * max(1.0, first * scale), (iid, good, first)
    not_slip(num(bad), num(good))
    add(iid, "figure-conflict", title, tmpl, {"x": bad}, {"x": good}, bad + unit, note)
