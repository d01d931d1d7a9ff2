# SPDX-License-Identifier: MIT
"""End to end: an exported draft opened by a real office suite (LibreOffice headless → PDF).

Skipped only where ``soffice`` (LibreOffice) or ``pdftotext`` (poppler-utils) is missing.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from jiaogao.core.docx_io import ExportOptions, document_with_levels, write_docx
from jiaogao.core.textio import read_text_file

pytestmark = pytest.mark.slow
DRAFT = Path(__file__).resolve().parent.parent / "data" / "docx" / "draft-agri-halfyear.txt"
A4_PT = (595.3, 841.9)
MM = 72 / 25.4
_LINE = re.compile(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</line>', re.S)
_WORD = re.compile(r"<word [^>]*>([^<]*)</word>")
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or pdftotext not installed")
    tmp = tmp_path_factory.mktemp("lo")
    src = tmp / "draft.docx"
    write_docx(
        document_with_levels(read_text_file(DRAFT)),
        src,
        ExportOptions(unit="青禾县农业农村局", date="2023年7月5日"),
    )
    # A private profile: a shared one, or a running office, blocks headless conversion.
    cmd = [
        soffice,
        "--headless",
        "--norestore",
        f"-env:UserInstallation={(tmp / 'profile').as_uri()}",
        "--convert-to",
        "pdf",
        "--outdir",
        str(tmp),
        str(src),
    ]
    subprocess.run(cmd, capture_output=True, timeout=240, check=False)
    out = tmp / "draft.pdf"
    assert out.exists(), "LibreOffice produced no PDF"
    return out


def _pages(pdf: Path) -> list[tuple[float, float, list[tuple[float, float, float, str]]]]:
    """Per page: width, height and its lines as (x, y, right x, text), from pdftotext's bounding boxes."""
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    pages = []
    for w, h, body in _PAGE.findall(html):
        lines = [
            (float(x), float(y), float(r), "".join(_WORD.findall(inner)))
            for x, y, r, inner in _LINE.findall(body)
        ]
        pages.append((float(w), float(h), lines))
    return pages


def test_pages_are_a4_and_more_than_one(pdf):
    pages = _pages(pdf)
    assert len(pages) >= 2
    for w, h, _ in pages:
        assert abs(w - A4_PT[0]) < 1 and abs(h - A4_PT[1]) < 1


def test_page_numbers_alternate_right_and_left(pdf):
    pages = _pages(pdf)
    for number, (w, h, lines) in enumerate(pages, 1):
        footer = [(x, t) for x, y, _, t in lines if y > h - 35 * MM]
        assert [t for _, t in footer] == [f"—{number}—"], footer
        x = footer[0][0]
        assert (x > w / 2) if number % 2 else (x < w / 2), (number, x)


def test_headings_title_and_signature_are_rendered(pdf):
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    flat = re.sub(r"\s+", "", text)
    for heading in (
        "青禾县农业农村局2023年上半年工作总结",
        "一、主要工作成效",
        "（一）粮食生产稳定向好",
        "二、存在的问题",
        "三、下半年工作打算",
        "（四）加强干部队伍建设",
        "2023年7月5日",
    ):
        assert heading in flat
    # pdftotext drops the narrow spaces inside "— 1 —"; the dashes and numbers must be there.
    assert re.search(r"—\s?1\s?—", text) and re.search(r"—\s?2\s?—", text)
    assert re.search(r"青禾县农业农村局\s*2023年7月5日", flat.replace("\f", ""))


def test_title_is_centred_and_a_full_page_has_22_lines(pdf):
    pages = _pages(pdf)
    w, h, lines = pages[0]
    x, y, right, _ = next(line for line in lines if line[3].startswith("青禾县"))
    centre = (28 * MM + (w - 26 * MM)) / 2
    assert (x + right) / 2 == pytest.approx(centre, abs=6)
    assert 37 * MM <= y <= 37 * MM + 29  # on the first line of the 版心
    w, h, lines = pages[1]
    body = sorted({round(y) for _, y, _, _ in lines if y < h - 35 * MM})
    assert 21 <= len(body) <= 23
    assert body[0] == pytest.approx(37 * MM, abs=8)
    pitches = {b - a for a, b in itertools.pairwise(body)}
    assert pitches <= {28, 29, 30}  # 28.95 pt exact line spacing
