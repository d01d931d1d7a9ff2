# SPDX-License-Identifier: MIT
"""Size of the built bundle dist/jiaogao (target ≤ 150 MB unpacked), and what takes the room.

Build it first: ``uv run pyinstaller --noconfirm build.spec``. The size is the sum of the file
sizes (``du`` shows a little more, since it counts disk blocks), and the size of the zip users
download.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections import Counter
from pathlib import Path

from bench.procs import BUNDLE
from bench.table import Figure

MB = 1024 * 1024


def sizes(folder: Path) -> tuple[int, int, Counter[str]]:
    """Total bytes, number of files, and bytes by top part (PySide6/Qt/lib, jieba, resources …)."""
    total, count = 0, 0
    parts: Counter[str] = Counter()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            count += 1
            rel = path.relative_to(folder).parts
            key = "/".join(rel[:3]) if rel[:2] == ("_internal", "PySide6") else "/".join(rel[:2])
            parts[key if len(rel) > 2 or rel[0] != "_internal" else "_internal/(libraries)"] += size
    return total, count, parts


def zipped_size(folder: Path) -> int:
    """Bytes of the folder as a zip (deflate), the file users download."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "jiaogao.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    zf.write(path, Path(folder.name) / path.relative_to(folder))
        return out.stat().st_size


def run() -> list[Figure]:
    if not BUNDLE.is_dir():
        print("skipped: dist/jiaogao is not built (uv run pyinstaller --noconfirm build.spec)")
        return [Figure("bundle", "dist/jiaogao size (not built)", float("nan"))]
    total, count, parts = sizes(BUNDLE)
    for key, size in parts.most_common(8):
        print(f"{size / MB:8.1f} MB  {key}")
    return [
        Figure("bundle", "dist/jiaogao size, unpacked", total / MB, "MB", "≤ 150 MB"),
        Figure("bundle", "dist/jiaogao size, as a zip", zipped_size(BUNDLE) / MB, "MB"),
        Figure("bundle", "dist/jiaogao files", float(count)),
    ]
