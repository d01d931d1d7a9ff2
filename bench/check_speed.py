# SPDX-License-Identifier: MIT
"""How fast the full check runs on long texts, measured against jieba and a plain regex scan.

The texts are built by concatenating real drafts (the shared samples when present, and the
hand-written corpus in tests/data/drafts) until the wanted size is reached. jieba and a
``re.finditer`` number scan run over the very same text in the same process, so the ratios
say something even on a slow or busy machine.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO.parent / "shared" / "samples"
DRAFTS = REPO / "tests" / "data" / "drafts"
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
SLOW_RUN_SECONDS = 30.0  # after a run this slow, further repeats of that size are skipped
_NUMBER = re.compile(r"\d+")


def add_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--sizes", type=_sizes, default=DEFAULT_SIZES, metavar="N,N,…",
                       help="text sizes in characters (default 10000,100000,1000000; k/M suffixes allowed)")
    group.add_argument("--repeat", type=int, default=3, metavar="N",
                       help="check runs per size; the median is reported (default 3)")


def _sizes(value: str) -> tuple[int, ...]:
    out = []
    for part in value.split(","):
        part = part.strip().lower()
        scale = {"k": 1_000, "m": 1_000_000}.get(part[-1:], 1)
        out.append(int(float(part.rstrip("km")) * scale))
    return tuple(out)


def source_texts() -> list[tuple[str, str, bool]]:
    """(name, text, is_shared_sample) of each draft to concatenate: shared samples first, then the corpus."""
    shared = sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []
    files = [(f, True) for f in shared] + [(f, False) for f in sorted(DRAFTS.glob("*.txt"))]
    return [(f.name, f.read_text(encoding="utf-8-sig").replace("\r\n", "\n"), s) for f, s in files]


def build_text(size: int, sources: list[tuple[str, str, bool]]) -> str:
    """Exactly ``size`` characters of whole drafts one after another (the last one cut)."""
    if not sources:
        raise SystemExit("no drafts found in ../shared/samples or tests/data/drafts")
    parts: list[str] = []
    total = 0
    while total < size:
        for _, text, _ in sources:
            parts.append(text)
            total += len(text) + 1
            if total >= size:
                break
    return "\n".join(parts)[:size]


@dataclass
class Row:
    size: int
    check_s: float
    runs: int
    findings: int
    jieba_s: float
    regex_s: float


def _timed(func: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = func()
    return time.perf_counter() - started, result


def jieba_load_seconds() -> tuple[float, float, bool]:
    """Import time and dictionary load time of jieba; the dictionary is loaded once per process."""
    import_s, jieba = _timed(lambda: __import__("jieba"))
    already = bool(jieba.dt.initialized)
    jieba.setLogLevel(60)  # silence "Building prefix dict…" on stderr
    load_s, _ = _timed(jieba.initialize)
    return import_s, load_s, already


def measure(size: int, repeat: int, sources: list[tuple[str, str, bool]]) -> Row:
    import jieba

    from jiaogao.core.engine import check_text

    text = build_text(size, sources)
    times: list[float] = []
    findings = 0
    for _ in range(max(1, repeat)):
        seconds, report = _timed(lambda: check_text(text))
        times.append(seconds)
        findings = len(report.findings)  # type: ignore[attr-defined]
        if seconds > SLOW_RUN_SECONDS:
            break
    jieba_s, _ = _timed(lambda: jieba.lcut(text))
    regex_s, _ = _timed(lambda: sum(1 for _ in _NUMBER.finditer(text)))
    return Row(size, statistics.median(times), len(times), findings, jieba_s, regex_s)


def _ratio(a: float, b: float) -> float:
    return a / b if b > 0 else float("inf")


def format_rows(rows: list[Row]) -> str:
    head = (f"{'chars':>9} {'check s':>9} {'runs':>4} {'chars/s':>11} {'findings':>8} "
            f"{'jieba s':>8} {'×jieba':>7} {'regex s':>8} {'×regex':>8}")
    lines = [head]
    for r in rows:
        rate = r.size / r.check_s if r.check_s else float("inf")
        lines.append(
            f"{r.size:>9,} {r.check_s:>9.3f} {r.runs:>4} {rate:>11,.0f} {r.findings:>8} "
            f"{r.jieba_s:>8.3f} {_ratio(r.check_s, r.jieba_s):>7.2f} "
            f"{r.regex_s:>8.4f} {_ratio(r.check_s, r.regex_s):>8.0f}"
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> list[Row]:
    sources = source_texts()
    from_samples = sum(1 for _, _, shared in sources if shared)
    print(f"texts built from {from_samples} shared samples and {len(sources) - from_samples} corpus drafts")
    import_s, load_s, already = jieba_load_seconds()
    note = " (already loaded in this process: not a cold figure)" if already else ""
    print(f"jieba: import {import_s:.3f} s, dictionary load {load_s:.3f} s{note}")

    from jiaogao.core.engine import check_text

    warm_s, _ = _timed(lambda: check_text(build_text(2_000, sources)))  # lazy imports and caches
    print(f"first check (2,000 chars, includes lazy loading): {warm_s:.3f} s")
    rows = []
    for size in args.sizes:
        rows.append(measure(size, args.repeat, sources))
    print(format_rows(rows))
    return rows
