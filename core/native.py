# SPDX-License-Identifier: MIT
"""JiaoGao's own file format (.jgd): lossless, one UTF-8 JSON file.

Schema, version 1::

    {
      "format": "jiaogao-draft",          # identifies the file
      "version": 1,                       # bumped on incompatible changes
      "meta": {"app": "0.1.0", "saved": "2024-07-05T10:00:00+08:00", "source": "草稿.docx" | null},
      "report_type": "halfyear" | null,   # forced type, null = detect from the title
      "blocks": [                         # the document, in order
        {"text": "…", "level": 0..4 | null, "style": "…" | null,
         "runs": [{"text": "…", "bold": true, "italic": false, "underline": false}]},   # runs optional
        {"table": [[[<paragraph>, …], …], …]}     # rows → cells → paragraphs
      ],
      "ignored_findings": [{"rule": "…", "excerpt": "…", "before": "…", "after": "…"}],
                                          # before/after: up to 6 characters either side of the excerpt
      "ignored_rules": ["figures.share", …]
    }

Readers accept any version ≤ FORMAT_VERSION and refuse newer ones with a clear message.
Unknown keys are kept out of the model but never cause an error, so a newer minor
addition still opens.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import atomic_write
from .model import Block, Document, Paragraph, Run, Table
from .textio import ReadError, _read_bytes

FORMAT_NAME = "jiaogao-draft"
FORMAT_VERSION = 1
SUFFIX = ".jgd"
FINDING_KEYS = ("rule", "excerpt", "before", "after")


@dataclass
class NativeFile:
    """Everything a .jgd file holds besides the bytes."""

    document: Document
    report_type: str | None = None
    ignored_findings: list[dict[str, str]] = field(default_factory=list)
    ignored_rules: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


def dumps(nf: NativeFile) -> str:
    meta = dict(nf.meta)
    meta["app"] = __version__
    meta["saved"] = datetime.now().astimezone().isoformat(timespec="seconds")
    data = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "meta": meta,
        "report_type": nf.report_type,
        "blocks": [_block_out(b) for b in nf.document.blocks],
        "ignored_findings": nf.ignored_findings,
        "ignored_rules": nf.ignored_rules,
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def save(nf: NativeFile, path: str | Path) -> None:
    """Save atomically (raises atomic.SaveError with a Chinese message)."""
    atomic_write(path, dumps(nf).encode("utf-8"))


def loads(text: str, source: str | None = None) -> NativeFile:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        where = f"第 {err.lineno} 行" if isinstance(err, json.JSONDecodeError) else ""
        raise ReadError(f"校稿文件已损坏，无法读取（{where}格式错误）。", source) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ReadError("这不是校稿（.jgd）文件。", source)
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise ReadError("校稿文件的版本号无效，文件可能已损坏。", source)
    if version > FORMAT_VERSION:
        raise ReadError(
            f"此文件由较新版本的校稿保存（格式版本 {version}），"
            f"当前版本只能打开格式版本 {FORMAT_VERSION}，请升级校稿后再打开。",
            source,
        )
    try:
        blocks = tuple(_block_in(b) for b in data.get("blocks", []))
        ignored = [
            {k: str(v) for k, v in item.items() if k in FINDING_KEYS}
            for item in data.get("ignored_findings", [])
            if isinstance(item, dict)
        ]
        rules = [str(r) for r in data.get("ignored_rules", [])]
        rt = data.get("report_type")
    except (TypeError, AttributeError, KeyError, ValueError):
        raise ReadError("校稿文件内容不完整或已损坏。", source) from None
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    return NativeFile(Document(blocks, source), rt if isinstance(rt, str) else None, ignored, rules, meta)


def load(path: str | Path) -> NativeFile:
    raw = _read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReadError("校稿文件已损坏（不是 UTF-8 文本）。", path) from None
    return loads(text, str(path))


def _para_out(p: Paragraph) -> dict[str, Any]:
    out: dict[str, Any] = {"text": p.text, "level": p.level}
    if p.style:
        out["style"] = p.style
    if p.runs and any(r.bold or r.italic or r.underline for r in p.runs):
        out["runs"] = [
            {"text": r.text, "bold": r.bold, "italic": r.italic, "underline": r.underline} for r in p.runs
        ]
    return out


def _block_out(b: Block) -> dict[str, Any]:
    if isinstance(b, Table):
        return {"table": [[[_para_out(p) for p in cell] for cell in row] for row in b.rows]}
    return _para_out(b)


def _para_in(d: dict[str, Any], in_table: bool = False) -> Paragraph:
    text = str(d["text"])
    level = d.get("level")
    if level is not None and (not isinstance(level, int) or not 0 <= level <= 4):
        level = None
    runs = tuple(
        Run(str(r["text"]), bool(r.get("bold")), bool(r.get("italic")), bool(r.get("underline")))
        for r in d.get("runs", ())
    )
    if runs and "".join(r.text for r in runs) != text:
        runs = ()  # inconsistent runs: keep the text, drop the formatting
    style = d.get("style")
    return Paragraph(text, style if isinstance(style, str) else None, level, runs, in_table)


def _block_in(d: dict[str, Any]) -> Block:
    if "table" in d:
        return Table(
            tuple(tuple(tuple(_para_in(p, True) for p in cell) for cell in row) for row in d["table"])
        )
    return _para_in(d)
