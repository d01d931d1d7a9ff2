# SPDX-License-Identifier: MIT
"""Word export and import speed on a 60 k-character report (target: each ≤ 1 s).

Run: ``uv run python bench/docx_speed.py``. ``run()`` returns (label, seconds) pairs for the bench runner.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from jiaogao.core.docx_io import ExportOptions, document_with_levels, read_docx, write_docx
from jiaogao.core.model import Document, Paragraph, Run, Table

DRAFT = Path(__file__).resolve().parent.parent / "tests" / "data" / "docx" / "draft-agri-halfyear.txt"
TARGET_CHARS = 60_000
REPEATS = 3


def build_report(chars: int = TARGET_CHARS) -> Document:
    """A long report: the test draft's body repeated under fresh level-1 headings, with tables and runs."""
    lines = DRAFT.read_text(encoding="utf-8").strip().split("\n")
    title, body = lines[0], lines[1:]
    blocks: list[Paragraph | Table] = [Paragraph(title)]
    size, part = len(title), 0
    while size < chars:
        part += 1
        for line in body:
            blocks.append(Paragraph(line))
            size += len(line) + 1
        blocks.append(Paragraph("重点指标完成情况", runs=(Run("重点指标", bold=True), Run("完成情况"))))
        cells = [
            [(Paragraph(t, in_table=True),) for t in row]
            for row in (["指标", "完成"], ["总产", f"{part}万吨"])
        ]
        blocks.append(Table(tuple(tuple(r) for r in cells)))
    return Document(tuple(blocks))


def _best(fn) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def run() -> list[tuple[str, float]]:
    doc = build_report()
    chars = len(doc.text)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.docx"
        options = ExportOptions(unit="青禾县农业农村局", date="2024年7月5日")
        export = _best(lambda: write_docx(document_with_levels(doc), out, options))
        imported = _best(lambda: read_docx(out))
    return [
        (f"docx export, {chars} chars (levels + write), s", export),
        (f"docx import, {chars} chars, s", imported),
    ]


if __name__ == "__main__":
    for label, seconds in run():
        print(f"{label}: {seconds:.3f}")
