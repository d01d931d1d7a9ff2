# SPDX-License-Identifier: MIT
"""The findings of one draft or a batch as a file a reviewer can attach: .csv (for Excel) or .docx."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from .docx_io import ExportOptions, write_docx
from .docx_write import WriteError
from .model import CATEGORY_NAMES, Document, Paragraph, Report, Run, Table

SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
CSV_HEADER = ("文件", "行", "列", "类别", "严重程度", "规则", "原文", "问题", "建议", "起始位置", "结束位置")
MAX_EXCERPT = 40

Results = Sequence[tuple[str, Report]]


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def findings_csv(results: Results) -> str:
    """One row per finding, Chinese headers; the caller writes it with a BOM so Excel reads UTF-8."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_HEADER)
    for name, report in results:
        for f in report.findings:
            line, col = line_col(report.text, f.start)
            w.writerow(
                (
                    name,
                    line,
                    col,
                    CATEGORY_NAMES.get(f.category, f.category),
                    SEVERITY_NAMES.get(f.severity, f.severity),
                    f.rule,
                    _safe_cell(f.excerpt),
                    f.message,
                    f.suggestion or "",
                    f.start,
                    f.end,
                )
            )
    return buf.getvalue()


def _safe_cell(text: str) -> str:
    # A cell starting with = + - @ would run as a formula when the reviewer opens the CSV in Excel.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _short(text: str) -> str:
    text = text.replace("\n", "↵")
    return text if len(text) <= MAX_EXCERPT else text[: MAX_EXCERPT - 1] + "…"


def _cell(text: str, bold: bool = False) -> tuple[Paragraph, ...]:
    return (Paragraph(text, runs=(Run(text, bold=bold),) if text else (), in_table=True),)


def _summary(report: Report) -> str:
    n = len(report.findings)
    if not n:
        return "未发现问题。"
    parts = [f"{SEVERITY_NAMES[s]} {report.count(s)} 处" for s in SEVERITY_NAMES if report.count(s)]
    return f"共发现 {n} 处问题：" + "，".join(parts) + "。"


def _table(report: Report) -> Table:
    rows = [tuple(_cell(h, bold=True) for h in ("序号", "位置", "类别", "原文", "问题及建议"))]
    for i, f in enumerate(report.findings, 1):
        line, _ = line_col(report.text, f.start)
        advice = f.message + (f"建议：{f.suggestion}" if f.suggestion else "")
        kind = f"{CATEGORY_NAMES.get(f.category, f.category)}（{SEVERITY_NAMES.get(f.severity, '')}）"
        rows.append(
            (_cell(str(i)), _cell(f"第{line}行"), _cell(kind), _cell(_short(f.excerpt)), _cell(advice))
        )
    return Table(tuple(rows))


def findings_document(results: Results) -> Document:
    """A Word report: a title, and per draft a heading, a one-line summary and a table of findings."""
    from .numerals import to_cn_small

    if len(results) == 1:
        name, report = results[0]
        label = report.outline.title or Path(name).stem
        title = f"关于《{label}》的校稿意见"
    else:
        title = f"校稿意见汇总（共 {len(results)} 份文稿）"
    blocks: list[Paragraph | Table] = [Paragraph(title, level=0)]
    for i, (name, report) in enumerate(results, 1):
        if len(results) > 1:
            number = to_cn_small(i) if i < 100 else str(i)
            blocks.append(Paragraph(f"{number}、{Path(name).name}", level=1))
        blocks.append(Paragraph(_summary(report)))
        if report.findings:
            blocks.append(_table(report))
    return Document(tuple(blocks))


def write_findings(results: Results, path: str | Path, options: ExportOptions | None = None) -> None:
    """Write the findings report; the format follows the suffix (.csv or .docx). Raises WriteError."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        try:
            Path(path).write_text(findings_csv(results), encoding="utf-8-sig", newline="")
        except OSError as err:
            raise WriteError(f"无法保存“{Path(path).name}”：{err.strerror or err}") from None
    elif suffix == ".docx":
        write_docx(findings_document(results), path, options or ExportOptions())
    else:
        raise WriteError(f"不支持的导出格式“{suffix}”，请使用 .docx 或 .csv。")
