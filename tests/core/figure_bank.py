# SPDX-License-Identifier: MIT
"""The figure banks in tests/data/figure_bank*: short passages with one planted figure problem each,
and their corrected versions (format: the README of each bank).

Kept apart from the test module so the table can be printed without pytest:
``uv run python -m tests.core.figure_bank [BANK.json]`` prints recall per category, the right
versions that still draw a figure finding, and every miss.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from jiaogao.core.engine import check_text

DATA = Path(__file__).resolve().parent.parent / "data"
BANKS = tuple(DATA / name / "bank.json" for name in ("figure_bank", "figure_bank2", "figure_bank3"))
FIGURE_CATEGORIES = frozenset(("figure-mismatch", "figure-conflict", "count-mismatch", "period-mismatch"))


@dataclass
class BankResult:
    caught: Counter[str] = field(default_factory=Counter)
    planted: Counter[str] = field(default_factory=Counter)
    noisy: list[str] = field(default_factory=list)  # ids whose right version draws a figure finding
    missed: list[str] = field(default_factory=list)

    def recall(self, category: str) -> float:
        return self.caught[category] / self.planted[category] if self.planted[category] else 1.0


def load_bank(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def span_of(item: dict) -> tuple[int, int]:
    """Where the planted problem stands in ``title + "\\n" + wrong``."""
    pos = -1
    for _ in range(item.get("occurrence", 1)):
        pos = item["wrong"].index(item["excerpt"], pos + 1)
    start = len(item["title"]) + 1 + pos
    return start, start + len(item["excerpt"])


def score(items: list[dict]) -> BankResult:
    result = BankResult()
    for item in items:
        if item.get("wrong"):
            category = item["category"]
            a, b = span_of(item)
            found = check_text(item["title"] + "\n" + item["wrong"]).findings
            result.planted[category] += 1
            if any(f.category == category and f.start < b and f.end > a for f in found):
                result.caught[category] += 1
            else:
                result.missed.append(f"{item['id']} {category} {item['excerpt']}")
        if item.get("right"):
            found = check_text(item["title"] + "\n" + item["right"]).findings
            if any(f.category in FIGURE_CATEGORIES for f in found):
                result.noisy.append(item["id"])
    return result


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    for path in [Path(a) for a in args] or list(BANKS):
        result = score(load_bank(path))
        print(path)
        for category in sorted(result.planted):
            print(
                f"  {category:16} {result.caught[category]:3}/{result.planted[category]:<3} "
                f"recall {result.recall(category):.2f}"
            )
        print(f"  right versions with a figure finding: {result.noisy or 'none'}")
        for line in result.missed:
            print("  MISS", line)


if __name__ == "__main__":
    main()
