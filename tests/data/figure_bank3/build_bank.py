"""Build bank.json for the third figure bank.

Every derived figure (share, growth, sum, difference) is computed in the item
files (items_*.py), so the `right` passages are arithmetically consistent and
the `wrong` ones carry exactly the one planted error.  Run: uv run python tests/data/figure_bank3/build_bank.py
"""
from __future__ import annotations

import re
from pathlib import Path

from bank_helpers import build
from items_conflict import conflicts
from items_mismatch import figure_mismatch
from items_clean import cleans


def _paragraph_shape(it: dict) -> None:
    """Bank 3's own check: a heading never glued to prose, two to six sentences."""
    body = it["right"]
    assert not re.search(r"。[一二三四五六七八九十]、", body), (it["id"], "heading glued to prose")
    nsent = body.count("。")
    assert 2 <= nsent <= 6, (it["id"], "sentences", nsent)


def main() -> None:
    build(Path(__file__).resolve().parent, (conflicts, figure_mismatch, cleans), _paragraph_shape)


if __name__ == "__main__":
    main()
