# SPDX-License-Identifier: MIT
"""``jiaogao figures FILE [--format text|json|csv]``: every figure of a draft in one table."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys

from .engine import spans_of
from .ledger import Entry, Ledger, build_ledger
from .outline import parse_outline
from .textio import read_document

_KIND_NAMES = {"number": "数值", "percent": "百分比", "points": "百分点", "ratio": "比例", "year": "年份",
               "month_range": "月份区间", "date_range": "日期区间", "year_range": "年份区间"}
COLUMNS = ("line", "column", "start", "end", "figure", "value", "unit", "kind", "metric", "period", "flags")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``figures`` subcommand to the CLI's subparsers."""
    p = sub.add_parser("figures", help="列出文稿中的全部数字 / list every figure of a draft")
    p.add_argument("path", metavar="FILE", help=".txt/.docx 文件 / a draft")
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")
    p.set_defaults(func=run_figures)


def ledger_of_file(path: str) -> Ledger:
    doc = read_document(path)
    text = doc.text
    spans = spans_of(doc)
    outline = parse_outline(text, spans)
    hard = {h.start for h in outline.headings}
    if outline.title_start is not None:
        hard.add(outline.title_start)
    return build_ledger(text, frozenset(hard))


def rows(led: Ledger) -> list[dict[str, object]]:
    """One row per figure, in reading order."""
    out: list[dict[str, object]] = []
    for e in led.entries:
        n = e.number
        line = led.text.count("\n", 0, n.start) + 1
        col = n.start - (led.text.rfind("\n", 0, n.start) + 1) + 1
        out.append({
            "line": line, "column": col, "start": n.start, "end": n.end, "figure": led.text[n.start : n.end],
            "value": _value(e), "unit": n.unit, "kind": n.kind, "metric": e.metric, "period": e.period,
            "flags": _flags(e),
        })
    return out


def _value(e: Entry) -> object:
    n = e.number
    if n.kind in ("ratio", "month_range"):
        return ":".join(_num(p) for p in n.parts) if n.kind == "ratio" else f"{n.parts[0]:.0f}-{n.parts[1]:.0f}"
    if n.kind in ("date_range", "year_range"):
        return n.text
    return _num(n.value)


def _num(v: float) -> str:
    return f"{v:.6f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


def _flags(e: Entry) -> str:
    flags = []
    if e.number.approx:
        flags.append("约数")
    if e.target:
        flags.append("目标")
    if e.growth:
        flags.append("增减")
    if e.compare:
        flags.append("比较")
    return ",".join(flags)


def run_figures(args: argparse.Namespace) -> int:
    led = ledger_of_file(args.path)
    table = rows(led)
    out = sys.stdout
    if args.format == "json":
        json.dump({"path": args.path, "figures": table}, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.format == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(table)
        out.write(buf.getvalue())
    else:
        for r in table:
            figure = str(r["figure"]).replace("\n", "")
            kind = _KIND_NAMES.get(str(r["kind"]), str(r["kind"]))
            extra = "，".join(x for x in (str(r["period"]), str(r["flags"])) if x)
            out.write(f"{r['line']}:{r['column']}\t{figure}\t{kind}\t{r['metric'] or '—'}"
                      + (f"\t（{extra}）" if extra else "") + "\n")
        out.write(f"共 {len(table)} 个数字\n")
    return 0
