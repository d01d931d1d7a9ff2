# SPDX-License-Identifier: MIT
"""The one summary table ``python -m bench`` ends with: every headline figure, its unit and target."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    group: str  # the benchmark that measured it
    name: str
    value: float
    unit: str = ""  # s, ms, MB, ×, chars/s …
    target: str = ""  # the target, as text ("≤ 1.5 s"), empty when there is none

    def cell(self) -> str:
        if self.value is None or (isinstance(self.value, float) and math.isnan(self.value)):
            return "n/a"
        if self.unit in ("s",):
            return f"{self.value:.3f} s"
        if self.unit in ("ms",):
            return f"{self.value:.1f} ms"
        if self.unit == "×":
            return f"{self.value:.2f} ×"
        if self.unit == "MB":
            return f"{self.value:.1f} MB"
        if isinstance(self.value, float) and not self.value.is_integer():
            return f"{self.value:,.2f} {self.unit}".rstrip()
        return f"{int(self.value):,} {self.unit}".rstrip()


def pairs_to_figures(group: str, pairs: list[tuple[str, float]]) -> list[Figure]:
    """(name, value) pairs whose unit is in the name, e.g. ``"key press p99 (ms)"``."""
    out = []
    for name, value in pairs:
        unit = ""
        for suffix, u in ((" (ms)", "ms"), (" (s)", "s"), (", s", "s"), (" (MB)", "MB")):
            if name.endswith(suffix):
                name, unit = name[: -len(suffix)], u
                break
        out.append(Figure(group, name, float(value), unit))
    return out


def format_table(figures: list[Figure]) -> str:
    if not figures:
        return "(no figures)"
    wg = max(len("benchmark"), *(len(f.group) for f in figures))
    wn = max(len("figure"), *(_width(f.name) for f in figures))
    cells = [f.cell() for f in figures]
    wv = max(len("value"), *(len(c) for c in cells))
    lines = [f"{'benchmark':<{wg}}  {_pad('figure', wn)}  {'value':>{wv}}  target"]
    lines.append("-" * (wg + wn + wv + 14))
    for f, cell in zip(figures, cells, strict=True):
        lines.append(f"{f.group:<{wg}}  {_pad(f.name, wn)}  {cell:>{wv}}  {f.target}".rstrip())
    return "\n".join(lines)


def _width(text: str) -> int:
    """Display width: CJK and full-width characters take two columns."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
