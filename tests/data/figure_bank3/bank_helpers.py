"""Helpers for the figure bank 3 item files: arithmetic, item construction, sanity checks."""
from __future__ import annotations

import re

ITEMS: list[dict] = []


def pct(num: float, den: float, nd: int = 1) -> str:
    """Share num/den as a percent string with nd decimals."""
    return f"{num / den * 100:.{nd}f}%"


def growth(new: float, old: float, nd: int = 1) -> str:
    """Growth rate of new over old as a bare percent string (sign dropped)."""
    return f"{abs(new / old - 1) * 100:.{nd}f}%"


def grp(n: float) -> str:
    """Integer with thousands separators (`12,860`)."""
    return f"{int(round(n)):,}"


def num(s: str) -> float:
    """The value of a figure written with separators."""
    return float(s.replace(",", ""))


def far(a: str, b: str, gap: float = 1.5) -> None:
    """Assert two percent (or plain) strings differ by at least gap."""
    fa, fb = (float(re.sub(r"[^\d.]", "", s)) for s in (a, b))
    assert abs(fa - fb) >= gap, (a, b)


def not_slip(a: float, b: float) -> None:
    """Assert two conflicting values are plausibly different, not a typo.

    They must differ by 3-40 % and not be a permutation of the same digits.
    """
    ra = abs(a / b - 1)
    assert 0.03 <= ra <= 0.4, (a, b, ra)
    da, db = (sorted(re.sub(r"\D", "", f"{v:.4f}").strip("0")) for v in (a, b))
    assert da != db, (a, b)


def _first_diff(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def _occurrence(wrong: str, right: str, excerpt: str) -> int | None:
    """Pick the occurrence of excerpt that covers the planted change."""
    starts = [m.start() for m in re.finditer(re.escape(excerpt), wrong)]
    assert starts, excerpt
    if len(starts) == 1:
        return None
    d = _first_diff(wrong, right)
    for n, s in enumerate(starts, 1):
        if s <= d < s + len(excerpt):
            return n
    raise AssertionError(f"ambiguous excerpt {excerpt!r}: give occurrence")


def add(iid: str, cat: str, title: str, tmpl: str, w: dict, r: dict,
        excerpt: str, note: str, occurrence: int | None = None) -> None:
    """Add an item whose wrong/right versions differ only in the slots of tmpl."""
    wrong, right = tmpl.format(**w), tmpl.format(**r)
    assert wrong != right, iid
    item = {"id": iid, "category": cat, "title": title, "wrong": wrong,
            "excerpt": excerpt, "right": right, "note": note}
    occ = occurrence or _occurrence(wrong, right, excerpt)
    if occ:
        item["occurrence"] = occ
    ITEMS.append(item)


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


def clean(iid: str, title: str, text: str, note: str) -> None:
    ITEMS.append({"id": iid, "category": "clean", "title": title, "wrong": "",
                  "excerpt": "", "right": text, "note": note})
