# SPDX-License-Identifier: MIT
"""Hypothesis fuzzing of the file readers: damaged input gives ReadError and nothing else.

Complements the seeded random-byte test in test_docx_hostile.py: here hypothesis drives
byte flips, truncation, insertion and deletion on a whole .docx written by our own writer
(styles, numbering, a table), XML surgery inside a valid zip, and arbitrary .jgd content.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jiaogao.core import native
from jiaogao.core.docx_io import read_docx, write_docx
from jiaogao.core.model import Document, Paragraph, Table
from jiaogao.core.textio import ReadError

pytestmark = pytest.mark.core

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_DIR = Path(tempfile.mkdtemp(prefix="jiaogao-fuzz-"))


def _base_docx() -> bytes:
    cell = lambda t: (Paragraph(t, in_table=True),)  # noqa: E731
    doc = Document(
        (
            Paragraph("青石镇2023年工作总结", level=0),
            Paragraph("一、主要工作", level=1),
            Paragraph("（一）产业发展", level=2),
            Paragraph("全镇新建大棚46座，带动农户增收。"),
            Table(((cell("指标"), cell("数值")), (cell("大棚"), cell("46座")))),
            Paragraph("二、存在问题", level=1),
            Paragraph("青石镇人民政府"),
        )
    )
    path = _DIR / "base.docx"
    write_docx(doc, path)
    return path.read_bytes()


BASE = _base_docx()
with zipfile.ZipFile(io.BytesIO(BASE)) as _zf:
    PARTS = {name: _zf.read(name) for name in _zf.namelist()}
XML_PARTS = sorted(n for n in PARTS if n.endswith((".xml", ".rels")))


def _read(data: bytes) -> None:
    path = _DIR / "case.docx"
    path.write_bytes(data)
    try:
        doc = read_docx(path)
    except ReadError as err:
        assert err.message
        return
    assert isinstance(doc.text, str)


def test_the_base_document_reads():
    assert read_docx_bytes(BASE).startswith("青石镇2023年工作总结")


def read_docx_bytes(data: bytes) -> str:
    path = _DIR / "plain.docx"
    path.write_bytes(data)
    return read_docx(path).text


_byte_edit = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, len(BASE) - 1), st.integers(1, 255)),
    st.tuples(st.just("insert"), st.integers(0, len(BASE)), st.binary(min_size=1, max_size=16)),
    st.tuples(st.just("delete"), st.integers(0, len(BASE) - 1), st.integers(1, 64)),
)


@FUZZ
@given(st.lists(_byte_edit, min_size=1, max_size=6), st.one_of(st.none(), st.integers(0, len(BASE))))
def test_mutated_archive_bytes(edits, cut):
    data = bytearray(BASE)
    for kind, pos, arg in edits:
        pos = min(pos, len(data) - 1) if data else 0
        if kind == "flip" and data:
            data[pos] ^= arg
        elif kind == "insert":
            data[pos:pos] = arg
        elif kind == "delete":
            del data[pos : pos + arg]
    if cut is not None:
        del data[cut:]
    _read(bytes(data))


SNIPPETS = [
    "<",
    ">",
    "&",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "&lt",
    "]]>",
    "<![CDATA[x",
    "<!DOCTYPE d>",
    '<!ENTITY e "x">',
    "<w:p>",
    "</w:p>",
    "<w:t>",
    "</w:body>",
    "<w:tbl><w:tr><w:tc>",
    '<w:numPr><w:ilvl w:val="99"/>',
    '<w:pStyle w:val="Heading9"/>',
    '<w:outlineLvl w:val="-1"/>',
    'w:val="999999999999"',
    "\x00",
    "\ufffe",
    "𠮷",
    "一、",
    "（一）",
    'xmlns:w="urn:other"',
    '<?xml version="1.0"?>',
    "<w:document>" * 3,
]


@FUZZ
@given(
    st.sampled_from(XML_PARTS),
    st.lists(
        st.tuples(
            st.sampled_from(["insert", "delete", "duplicate"]),
            st.floats(0, 1),
            st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=12)),
            st.integers(1, 200),
        ),
        min_size=1,
        max_size=5,
    ),
)
def test_mutated_xml_in_a_valid_zip(part, edits):
    xml = PARTS[part].decode("utf-8")
    for kind, where, snippet, length in edits:
        pos = int(where * len(xml))
        if kind == "insert":
            xml = xml[:pos] + snippet + xml[pos:]
        elif kind == "delete":
            xml = xml[:pos] + xml[pos + length :]
        else:
            xml = xml[:pos] + xml[pos : pos + length] * 2 + xml[pos + length :]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in PARTS.items():
            zf.writestr(name, xml.encode("utf-8", "surrogatepass") if name == part else data)
    _read(buf.getvalue())


@FUZZ
@given(st.sets(st.sampled_from(sorted(PARTS)), min_size=1))
def test_parts_missing(missing):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in PARTS.items():
            if name not in missing:
                zf.writestr(name, data)
    _read(buf.getvalue())


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
_KEYS = [
    "format",
    "version",
    "blocks",
    "text",
    "level",
    "runs",
    "table",
    "style",
    "ignored_findings",
    "ignored_rules",
    "report_type",
    "meta",
    "bold",
    "rule",
    "excerpt",
]


@FUZZ
@given(
    st.dictionaries(st.sampled_from(_KEYS), _json, max_size=6),
    st.lists(st.dictionaries(st.sampled_from(_KEYS), _json, max_size=4), max_size=4),
)
def test_jgd_with_arbitrary_content(top, blocks):
    data = {"format": "jiaogao-draft", "version": 1, "blocks": blocks}
    data.update(top)
    try:
        nf = native.loads(json.dumps(data))
    except ReadError as err:
        assert err.message
        return
    assert isinstance(nf.document.text, str)


@FUZZ
@given(st.integers(0, 10_000), st.text(max_size=6))
def test_jgd_text_damage(pos, junk):
    valid = native.dumps(native.NativeFile(Document((Paragraph("一、工作", level=1), Paragraph("正文")))))
    pos %= len(valid) + 1
    for damaged in (valid[:pos], valid[:pos] + junk + valid[pos:]):
        with contextlib.suppress(ReadError):
            native.loads(damaged)
