# SPDX-License-Identifier: MIT
"""Render the application icon jiaogao.svg to jiaogao.png (256 px) and jiaogao.ico (16–256 px).

    uv run python resources/icons/make_icons.py [OUT_DIR]

The committed jiaogao.png / jiaogao.ico next to this script are its output (OUT_DIR defaults to
this folder); build.spec runs it again into build/icons so the executable's icon always follows
the SVG. Qt's own ICO writer stores a single image, so the ICO container is written here: one
PNG-compressed image per size, which Windows Vista and later read.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "jiaogao.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256


def render_png(size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: TID251 (a build tool)
    from PySide6.QtGui import QImage, QPainter  # noqa: TID251
    from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (ICONDIR, then ICONDIRENTRYs, then the images)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else HERE
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: TID251

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (QImage needs it)
    images = {size: render_png(size) for size in ICO_SIZES}
    (out / "jiaogao.png").write_bytes(images[PNG_SIZE])
    (out / "jiaogao.ico").write_bytes(ico_bytes(images))
    print(f"wrote {out / 'jiaogao.png'} and {out / 'jiaogao.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
