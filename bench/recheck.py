# SPDX-License-Identifier: MIT
"""Incremental checking: a full check against a re-check after a one-character edit.

The text is check_speed's 100 k-character draft. Each round types one more character in the
middle of it (as a clerk does) and times, on the very same edited text,

- the full check with the piece caches off (a check outside ``jiaogao.core.incremental.caching``), and
- the re-check with the caches holding the previous version of the draft (the live path),

so their ratio comes from the same rounds. Both reports are compared: a re-check that said
anything else than the full check would be a bug, and the benchmark stops on it. Then the
same through the check worker process the editor uses (``ProcessChecker``, the text going in
and the findings coming back included), and the worker's resident memory after the typing.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bench.check_speed import build_text, source_texts
from bench.table import Figure

CHARS = 100_000


def add_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--rounds",
        type=int,
        default=9,
        metavar="N",
        help="one-character edits timed in each way; medians reported (default 9)",
    )
    group.add_argument("--no-worker", action="store_true", help="skip the worker-process figures")


_TYPING = "全镇农村公路建设任务全面完成群众出行条件明显改善各项民生实事有序推进"


def _typed(text: str, k: int) -> str:
    """The draft with ``k + 1`` characters typed into the middle of one paragraph: each round's
    text is the previous round's plus one character."""
    mid = text.index("。", len(text) // 2)
    return text[:mid] + _TYPING[: k % len(_TYPING) + 1] + text[mid:]


def in_process(text: str, rounds: int) -> dict[str, float]:
    from jiaogao.core.engine import check_document
    from jiaogao.core.incremental import caching, clear_caches
    from jiaogao.core.model import Document

    check_document(Document.from_text(text))  # lazy imports and the rules' own caches, not ours
    clear_caches()
    with caching():
        started = time.perf_counter()
        check_document(Document.from_text(text))
        cold = time.perf_counter() - started
    full, again = [], []
    for k in range(rounds):
        doc = Document.from_text(_typed(text, k))
        started = time.perf_counter()
        want = check_document(doc)  # outside caching(): a check from scratch
        full.append(time.perf_counter() - started)
        with caching():
            started = time.perf_counter()
            got = check_document(doc)
            again.append(time.perf_counter() - started)
        if got != want:
            raise SystemExit(f"re-check {k} differs from the full check: a bug in incremental checking")
    return {"full": statistics.median(full), "recheck": statistics.median(again), "cold": cold}


def in_worker(text: str, rounds: int) -> dict[str, float]:
    """The editor's way: one long-lived worker process, plain data across the boundary."""
    from jiaogao.core.checks.base import CheckOptions
    from jiaogao.core.model import Document
    from jiaogao.gui.checkprocess import ProcessChecker

    checker = ProcessChecker()
    try:
        checker.warm_up()
        checker(Document.from_text(text), CheckOptions())
        pid = next(iter(checker._pool._processes))  # type: ignore[union-attr]
        rss_open = _rss_mb(pid)
        times = []
        for k in range(rounds):
            doc = Document.from_text(_typed(text, k))
            started = time.perf_counter()
            checker(doc, CheckOptions())
            times.append(time.perf_counter() - started)
        for k in range(rounds, rounds + 60):  # a minute of typing: the caches fill with old versions
            checker(Document.from_text(_typed(text, k) + "续" * (k % 7)), CheckOptions())
        return {"worker": statistics.median(times), "rss_open": rss_open, "rss_typed": _rss_mb(pid)}
    finally:
        checker.shutdown()


def _rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        return float("nan")
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(args: argparse.Namespace | None = None) -> list[Figure]:
    rounds = max(3, getattr(args, "rounds", 9))
    text = build_text(CHARS, source_texts())
    print(f"draft: {len(text):,} characters; {rounds} one-character edits in its middle")
    m = in_process(text, rounds)
    ratio = m["recheck"] / m["full"]
    print(
        f"full check {m['full']:.3f} s, re-check {m['recheck']:.3f} s (×{ratio:.2f}), "
        f"first check with empty caches {m['cold']:.3f} s"
    )
    out = [
        Figure("recheck", "full check, 100 k chars, caches off", m["full"], "s"),
        Figure("recheck", "re-check after a 1-char edit, 100 k chars", m["recheck"], "s", "≤ 0.3 s"),
        Figure("recheck", "re-check / full check", ratio, "×"),
        Figure("recheck", "first check, caches empty, 100 k chars", m["cold"], "s"),
    ]
    if not getattr(args, "no_worker", False):
        w = in_worker(text, rounds)
        print(
            f"worker round trip {w['worker']:.3f} s; worker RSS {w['rss_open']:.0f} MB with the draft "
            f"open, {w['rss_typed']:.0f} MB after {rounds + 60} more edits"
        )
        out += [
            Figure("recheck", "re-check in the worker process, round trip", w["worker"], "s"),
            Figure("recheck", "worker RSS, 100 k draft checked", w["rss_open"], "MB"),
            Figure("recheck", "worker RSS after 60 more re-checks", w["rss_typed"], "MB"),
        ]
    return out


if __name__ == "__main__":
    for f in run(None):
        print(f"{f.name}: {f.cell()}")
