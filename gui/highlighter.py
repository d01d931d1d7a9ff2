# SPDX-License-Identifier: MIT
"""Per-block look: the 公文 fonts of each paragraph level, and placeholder cues.

Only cheap, single-block work happens here: it runs on the GUI thread for every
keystroke. The formats live in the layout, not in the document, so neither the
file's formatting nor the undo stack is touched, and zooming just re-highlights.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from .blocks import BODY_POINT_SIZE, block_level

TITLE_FAMILIES = [
    "方正小标宋简体",
    "方正小标宋_GBK",
    "华文中宋",
    "STZhongsong",
    "宋体",
    "SimSun",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "WenQuanYi Zen Hei",
]
HEI_FAMILIES = ["黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei"]
KAI_FAMILIES = [
    "楷体_GB2312",
    "楷体",
    "KaiTi",
    "STKaiti",
    "AR PL UKai CN",
    "Noto Serif CJK SC",
    "WenQuanYi Zen Hei",
]
FANG_FAMILIES = ["仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "WenQuanYi Zen Hei"]
TITLE_POINT_SIZE = 22.0  # 二号

# Obvious placeholders only; the checker decides the rest (X光机 and model numbers stay clean).
_PLACEHOLDER = re.compile(
    r"\*{2,}|[×╳]{1,4}|某某|(?<![A-Za-z0-9])[Xx]{1,3}(?=[人个次户名项元万亿%％家条所村公里亩吨年月日余])"
)
MAX_CUE_CHARS = 4000


@cache
def _installed(*families: str) -> bool:
    return bool(set(families) & set(QFontDatabase.families()))


def _needs_bold(level: int | None) -> bool:
    """Without 小标宋 or 黑体 installed, the fallback font is the body's: bold keeps the level visible."""
    if level == 0:
        return not _installed(*TITLE_FAMILIES[:6])
    if level == 1:
        return not _installed(*HEI_FAMILIES[:3])
    return False


def level_font(level: int | None, scale: float = 1.0) -> QFont:
    """The screen font of a paragraph level (sizes as in Word, scaled by the zoom)."""
    font = QFont()
    if level == 0:
        font.setFamilies(TITLE_FAMILIES)
        font.setPointSizeF(TITLE_POINT_SIZE * scale)
    else:
        families = {1: HEI_FAMILIES, 2: KAI_FAMILIES}.get(level or 0, FANG_FAMILIES)
        font.setFamilies(families)
        font.setPointSizeF(BODY_POINT_SIZE * scale)
    if _needs_bold(level):
        font.setBold(True)
    return font


class ReportHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, scale: float = 1.0) -> None:
        super().__init__(document)
        self._scale = scale
        self._formats: dict[int | None, QTextCharFormat] = {}
        self._cue_formats: dict[int | None, QTextCharFormat] = {}
        self._build_formats()

    def _build_formats(self) -> None:
        # Built once per zoom level, not per block.
        for level in (0, 1, 2, 3, 4, None):
            fmt = QTextCharFormat()
            font = level_font(level, self._scale)
            fmt.setFontFamilies(font.families())
            fmt.setFontPointSize(font.pointSizeF())
            if font.bold():
                fmt.setFontWeight(QFont.Weight.Bold)
            self._formats[level] = fmt
            # setFormat replaces rather than merges, so the cue carries the level's font too.
            cue = QTextCharFormat(fmt)
            cue.setBackground(QColor("#fff1b8"))
            self._cue_formats[level] = cue

    def set_scale(self, scale: float) -> None:
        if scale != self._scale:
            self._scale = scale
            self._build_formats()
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        level = block_level(self.currentBlock())
        length = self.currentBlock().length()  # UTF-16 units, as setFormat wants
        self.setFormat(0, length, self._formats[level])
        if not text or len(text) > MAX_CUE_CHARS or level == 0:
            return
        if "*" not in text and "×" not in text and "某" not in text and "X" not in text and "x" not in text:
            return
        astral = max(text) > "\uffff"
        for m in _PLACEHOLDER.finditer(text):
            start, end = m.start(), m.end()
            if astral:
                start += sum(1 for ch in text[:start] if ch > "\uffff")
                end = start + len(m.group(0))
            self.setFormat(start, end - start, self._cue_formats[level])
