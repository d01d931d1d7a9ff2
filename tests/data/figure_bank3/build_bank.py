"""Build bank.json for the third figure bank.

Every derived figure (share, growth, sum, difference) is computed in the item
files (items_*.py), so the `right` passages are arithmetically consistent and
the `wrong` ones carry exactly the one planted error.  Run: uv run python tests/data/figure_bank3/build_bank.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from bank_helpers import ITEMS
from items_conflict import conflicts
from items_mismatch import figure_mismatch
from items_clean import cleans

HERE = Path(__file__).resolve().parent


def main() -> None:
    for build in (conflicts, figure_mismatch, cleans):
        build()
    validate()
    (HERE / "bank.json").write_text(
        json.dumps(ITEMS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tally: dict[str, int] = {}
    for it in ITEMS:
        tally[it["category"]] = tally.get(it["category"], 0) + 1
    print(len(ITEMS), tally)


HALF = re.compile(r"(?<!\d),|,(?!\d{3})|(?<!\d):|:(?!\d)|[;()]")


def validate() -> None:
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
        body = it["right"]
        assert not re.search(r"。[一二三四五六七八九十]、", body), (it["id"], "heading glued to prose")
        nsent = body.count("。")
        assert 2 <= nsent <= 6, (it["id"], "sentences", nsent)
        if it["category"] != "clean":
            occ = it.get("occurrence", 1)
            assert it["wrong"].count(it["excerpt"]) >= occ, it["id"]


if __name__ == "__main__":
    main()
