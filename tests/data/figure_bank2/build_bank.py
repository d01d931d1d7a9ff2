"""Build bank.json for the second figure bank.

Every derived figure (share, growth, sum, difference) is computed in the item
files (items_*.py), so the `right` passages are arithmetically consistent and
the `wrong` ones carry exactly the one planted error.  Run: uv run python tests/data/figure_bank2/build_bank.py
"""
from __future__ import annotations

from pathlib import Path

from bank_helpers import build
from items_conflict import conflicts
from items_mismatch import figure_mismatch
from items_other import cleans, counts, periods


def main() -> None:
    build(Path(__file__).resolve().parent, (figure_mismatch, conflicts, counts, periods, cleans))


if __name__ == "__main__":
    main()
