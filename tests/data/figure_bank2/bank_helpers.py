"""Helpers shared by the figure bank 2 item files: arithmetic and item construction."""
from __future__ import annotations

import re

ITEMS: list[dict] = []


def pct(num: float, den: float, nd: int = 1) -> str:
    """Share num/den as a percent string with nd decimals."""
    return f"{num / den * 100:.{nd}f}%"


def growth(new: float, old: float, nd: int = 1) -> str:
    """Growth rate new over old as a percent string."""
    return f"{(new / old - 1) * 100:.{nd}f}%"


def grp(n: float) -> str:
    """Integer with thousands separators, the `1,200` style."""
    return f"{int(round(n)):,}"


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
    """Add an item whose wrong/right differ only in the slots of tmpl."""
    wrong, right = tmpl.format(**w), tmpl.format(**r)
    assert wrong != right, iid
    item = {"id": iid, "category": cat, "title": title, "wrong": wrong,
            "excerpt": excerpt, "right": right, "note": note}
    occ = occurrence or _occurrence(wrong, right, excerpt)
    if occ:
        item["occurrence"] = occ
    ITEMS.append(item)


def clean(iid: str, title: str, text: str, note: str) -> None:
    ITEMS.append({"id": iid, "category": "clean", "title": title, "wrong": "",
                  "excerpt": "", "right": text, "note": note})


def far(a: str, b: str, gap: float = 1.5) -> None:
    """Assert two percent strings differ by at least gap points."""
    fa, fb = (float(re.sub(r"[^\d.]", "", s)) for s in (a, b))
    assert abs(fa - fb) >= gap, (a, b)


