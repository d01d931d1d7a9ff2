# SPDX-License-Identifier: MIT
"""``jiaogao export``: a draft as a GB/T 9704 Word file, or the findings of drafts as .docx/.csv."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .checks.base import CheckOptions
from .cli import EXIT_OK, EXIT_UNUSABLE, UsageError, collect_paths
from .docx_io import ExportOptions, arabic_date, document_with_levels, write_docx
from .docx_write import WriteError
from .engine import check_document
from .findings_export import write_findings
from .model import Report
from .textio import ReadError, read_document


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="导出为公文格式 Word，或导出检查意见 / export as GB/T 9704 .docx")
    p.add_argument("files", nargs="+", metavar="FILE", help=".txt/.docx 文稿 / draft(s)")
    p.add_argument("--to", required=True, metavar="OUT", help="输出文件 .docx（--findings 时也可 .csv）")
    p.add_argument(
        "--findings",
        action="store_true",
        help="导出检查意见而不是文稿，可一次多份 / export the findings report instead",
    )
    p.add_argument("--bold-level3", action="store_true", help="三级标题（1.）加粗 / bold level-3 headings")
    defaults = ExportOptions()
    p.add_argument(
        "--fangsong", metavar="NAME", default=defaults.fangsong, help=f"正文字体（默认 {defaults.fangsong}）"
    )
    p.add_argument(
        "--kaiti", metavar="NAME", default=defaults.kaiti, help=f"二级标题字体（默认 {defaults.kaiti}）"
    )
    p.add_argument(
        "--heiti", metavar="NAME", default=defaults.heiti, help=f"一级标题字体（默认 {defaults.heiti}）"
    )
    p.add_argument(
        "--title-font",
        metavar="NAME",
        default=defaults.title_font,
        help=f"标题字体（默认 {defaults.title_font}）",
    )
    p.add_argument("--unit", metavar="落款单位", default="", help="落款单位 / issuing unit")
    p.add_argument("--date", metavar="日期", default="", help="成文日期，如 2024年7月5日 / date")
    p.set_defaults(func=run_export)


def options_from_args(args: argparse.Namespace) -> ExportOptions:
    fonts = {k: str(getattr(args, k)).strip() for k in ("fangsong", "kaiti", "heiti", "title_font")}
    for key, value in fonts.items():
        if not value or any(c in value for c in '<>&"\n'):
            raise UsageError(f"字体名称不正确 / bad font name for --{key.replace('_', '-')}: {value!r}")
    date = ""
    if args.date:
        try:
            date = arabic_date(args.date)
        except ValueError as err:
            raise UsageError(str(err)) from None
    return ExportOptions(bold_level3=args.bold_level3, unit=args.unit.strip(), date=date, **fonts)


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.to)
    suffix = out.suffix.lower()
    allowed = (".docx", ".csv") if args.findings else (".docx",)
    if suffix not in allowed:
        raise UsageError(f"输出文件须为 {' 或 '.join(allowed)} / --to must end in {' or '.join(allowed)}")
    if out.is_dir():
        raise UsageError(f"输出路径是文件夹 / --to is a folder: {out}")
    options = options_from_args(args)
    try:
        if args.findings:
            return _export_findings(args.files, out, options)
        if len(args.files) != 1:
            raise UsageError("一次只能导出一份文稿 / export takes one FILE (or use --findings)")
        return _export_draft(Path(args.files[0]), out, options)
    except WriteError as err:
        print(f"jiaogao: {out}: {err}", file=sys.stderr)
        return EXIT_UNUSABLE


def _export_draft(src: Path, out: Path, options: ExportOptions) -> int:
    if out.exists() and src.exists() and out.resolve() == src.resolve():
        raise UsageError("输出文件不能覆盖原文稿 / --to must not be the input file")
    doc = document_with_levels(read_document(src))
    for note in doc.notes:  # tell the user what the export will not carry over
        print(f"jiaogao: {src}: 注意：{note}", file=sys.stderr)
    progress = _progress if sys.stderr.isatty() else None
    write_docx(doc, out, options, progress)
    if progress is not None:
        sys.stderr.write("\r\x1b[K")
    print(f"已导出 / exported: {out}")
    return EXIT_OK


def _export_findings(paths: list[str], out: Path, options: ExportOptions) -> int:
    files = collect_paths(paths)
    if not files:
        raise UsageError("没有找到 .txt 或 .docx 文件 / no .txt or .docx files found")
    results: list[tuple[str, Report]] = []
    failed = False
    for path in files:
        try:
            results.append((str(path), check_document(read_document(path), CheckOptions())))
        except ReadError as err:
            print(f"jiaogao: {path}: {err.message}", file=sys.stderr)
            failed = True
    if not results:
        return EXIT_UNUSABLE
    write_findings(results, out, options)
    print(f"已导出 / exported: {out}")
    return EXIT_UNUSABLE if failed else EXIT_OK


def _progress(i: int, total: int) -> None:
    filled = 20 * i // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (20 - filled)}] {i}/{total}\x1b[K")
    sys.stderr.flush()
