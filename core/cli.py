# SPDX-License-Identifier: MIT
"""The command line: ``jiaogao check`` and friends (contract in DESIGN.md)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .checks.base import CheckOptions
from .engine import check_document
from .model import Report
from .reporttypes import report_types, type_by_name
from .textio import SUPPORTED_SUFFIXES, ReadError, read_document

EXIT_OK, EXIT_ERRORS, EXIT_UNUSABLE = 0, 1, 2
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}


class UsageError(Exception):
    """Bad arguments: exit 2 with this one-line message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print usage and exit; we want one line
        raise UsageError(f"参数错误 / bad arguments: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="jiaogao", description="校稿 JiaoGao — 工作报告检查 / checks Chinese work reports")
    parser.add_argument("--version", action="version", version=f"jiaogao {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    check = sub.add_parser("check", help="检查文稿 / check drafts")
    check.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.docx 文件或文件夹 / files or folders")
    check.add_argument("--format", choices=("text", "json", "csv"), default="text")
    check.add_argument(
        "--type",
        dest="report_type",
        metavar="TYPE",
        help="报告类型 / report type: " + ", ".join(f"{k}（{t.name}）" for k, t in report_types().items()),
    )
    check.set_defaults(func=run_check)
    _add_optional_commands(sub)
    return parser


def _add_optional_commands(sub: argparse._SubParsersAction) -> None:
    """Commands that live in their own modules (figures ledger, Word export)."""
    for name in ("figures_cli", "export_cli"):
        try:
            module = __import__(f"{__package__}.{name}", fromlist=["register"])
        except ImportError:
            continue
        module.register(sub)


def collect_paths(paths: Sequence[str]) -> list[Path]:
    """Files as given, folders searched recursively for drafts, in a stable order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file()
                    and f.suffix.lower() in SUPPORTED_SUFFIXES
                    and not f.name.startswith(("~$", "."))
                )
            )
        else:
            out.append(p)
    return out


def run_check(args: argparse.Namespace) -> int:
    options = CheckOptions()
    if args.report_type:
        rt = type_by_name(args.report_type)
        if rt is None:
            raise UsageError(f"未知的报告类型 / unknown report type: {args.report_type}")
        options = CheckOptions(report_type=rt.key)
    files = collect_paths(args.paths)
    if not files:
        raise UsageError("没有找到 .txt 或 .docx 文件 / no .txt or .docx files found")
    results: list[tuple[Path, Report | ReadError]] = []
    progress = _Progress(len(files))
    for i, path in enumerate(files):
        progress.show(i, path)
        try:
            results.append((path, check_document(read_document(path), options)))
        except ReadError as err:
            results.append((path, err))
        except Exception as err:  # a bug must cost one file, not the whole batch
            results.append(
                (path, ReadError(f"处理该文件时出错 / internal error: {type(err).__name__}: {err}", path))
            )
    progress.done()
    out = sys.stdout
    if args.format == "json":
        json.dump(_json(results), out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.format == "csv":
        out.write(_csv(results))
    else:
        out.write(_text(results))
    for path, r in results:
        if isinstance(r, ReadError):
            print(f"jiaogao: {path}: {r.message}", file=sys.stderr)
    if any(isinstance(r, ReadError) for _, r in results):
        return EXIT_UNUSABLE
    if any(r.count("error") for _, r in results if isinstance(r, Report)):
        return EXIT_ERRORS
    return EXIT_OK


def _json(results: list[tuple[Path, Report | ReadError]]) -> dict:
    files = []
    for path, r in results:
        if isinstance(r, ReadError):
            files.append({"path": str(path), "error": r.message})
            continue
        o = r.outline
        files.append(
            {
                "path": str(path),
                "type": o.report_type,
                "title": o.title,
                "outline": [
                    {"level": h.level, "number": h.number, "heading": h.heading, "start": h.start}
                    for h in o.headings
                ],
                "findings": [f.to_dict() for f in r.findings],
            }
        )
    return {"files": files}


def _csv(results: list[tuple[Path, Report | ReadError]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "path",
            "line",
            "column",
            "rule",
            "category",
            "severity",
            "start",
            "end",
            "excerpt",
            "message",
            "suggestion",
        ]
    )
    for path, r in results:
        if isinstance(r, ReadError):
            continue
        for f in r.findings:
            line, col = line_col(r.text, f.start)
            w.writerow(
                [
                    path,
                    line,
                    col,
                    f.rule,
                    f.category,
                    f.severity,
                    f.start,
                    f.end,
                    f.excerpt,
                    f.message,
                    f.suggestion or "",
                ]
            )
    return buf.getvalue()


def _text(results: list[tuple[Path, Report | ReadError]]) -> str:
    lines: list[str] = []
    for path, r in results:
        if isinstance(r, ReadError):
            continue
        for f in r.findings:
            line, col = line_col(r.text, f.start)
            excerpt = f.excerpt.replace("\n", "⏎")
            excerpt = excerpt if len(excerpt) <= 30 else excerpt[:28] + "…"
            hint = f" → {f.suggestion}" if f.suggestion else ""
            lines.append(f"{path}:{line}:{col} [{f.category}] {f.message}「{excerpt}」{hint}")
        kind = report_types().get(r.outline.report_type or "")
        lines.append(
            f"{path}: {kind.name if kind else '未识别类型'}，{r.count('error')} 个错误，"
            f"{r.count('warning')} 个警告，{r.count('info')} 个提示"
        )
    return "\n".join(lines) + ("\n" if lines else "")


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


class _Progress:
    """A one-line progress bar on stderr, only when several files go to a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.on = total > 1 and sys.stderr.isatty()

    def show(self, i: int, path: Path) -> None:
        if self.on:
            filled = 20 * i // self.total
            name = path.name if len(path.name) <= 30 else path.name[:29] + "…"
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (20 - filled)}] {i}/{self.total} {name}\x1b[K")
            sys.stderr.flush()

    def done(self) -> None:
        if self.on:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "command", None):
            raise UsageError("缺少命令 / missing command: check, figures, export")
        return int(args.func(args))
    except UsageError as err:
        print(f"jiaogao: {err}", file=sys.stderr)
        return EXIT_UNUSABLE
    except ReadError as err:
        print(f"jiaogao: {err.path or ''}: {err.message}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
