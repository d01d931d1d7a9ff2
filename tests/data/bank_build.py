"""What the figure banks' build scripts share: the item list, arithmetic, item construction, the
checks every bank passes, and writing bank.json. Each bank's bank_helpers.py adds its own helpers;
its build_bank.py runs its item builders through build()."""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

ITEMS: list[dict] = []
HALF = re.compile(r"(?<!\d),|,(?!\d{3})|(?<!\d):|:(?!\d)|[;()]")


def pct(num: float, den: float, nd: int = 1) -> str:
    """Share num/den as a percent string with nd decimals."""
    return f"{num / den * 100:.{nd}f}%"


def grp(n: float) -> str:
    """Integer with thousands separators, the `1,200` style."""
    return f"{int(round(n)):,}"


def far(a: str, b: str, gap: float = 1.5) -> None:
    """Assert two percent (or plain) strings differ by at least gap."""
    fa, fb = (float(re.sub(r"[^\d.]", "", s)) for s in (a, b))
    assert abs(fa - fb) >= gap, (a, b)


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


def clean(iid: str, title: str, text: str, note: str) -> None:
    ITEMS.append({"id": iid, "category": "clean", "title": title, "wrong": "",
                  "excerpt": "", "right": text, "note": note})


def validate(extra: Callable[[dict], None] | None = None) -> None:
    """The checks every bank passes (unique ids, no half-width marks, no repeated sentence, the
    excerpt present), plus a bank's own ``extra`` check of each item."""
    ids = [it["id"] for it in ITEMS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for it in ITEMS:
        for key in ("wrong", "right"):
            text = it[key]
            if not text:
                continue
            assert not HALF.search(text), (it["id"], key, HALF.search(text))
            sents = [s for s in re.split(r"[。\n]", text) if s.strip()]
            assert len(sents) == len(set(sents)), (it["id"], "duplicate sentence")
        if extra is not None:
            extra(it)
        if it["category"] != "clean":
            occ = it.get("occurrence", 1)
            assert it["wrong"].count(it["excerpt"]) >= occ, it["id"]


def build(here: Path, builders: Iterable[Callable[[], None]], extra: Callable[[dict], None] | None = None) -> None:
    """Run the item builders, check the items and write ``here/bank.json``."""
    for builder in builders:
        builder()
    validate(extra)
    (here / "bank.json").write_text(json.dumps(ITEMS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tally: dict[str, int] = {}
    for it in ITEMS:
        tally[it["category"]] = tally.get(it["category"], 0) + 1
    print(len(ITEMS), tally)
