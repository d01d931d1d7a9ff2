# SPDX-License-Identifier: MIT
"""Broken and hostile .docx files: each gives a ReadError with a Chinese message, never a traceback."""

from __future__ import annotations

import random
import zipfile

import pytest
from jiaogao.core import docx_package
from jiaogao.core.cli import main
from jiaogao.core.docx_io import read_docx
from jiaogao.core.textio import ReadError, read_document

from tests.data.docx.build import DECL, NAMESPACES, make_docx, para


def _read_error(path) -> str:
    with pytest.raises(ReadError) as info:
        read_docx(path)
    assert info.value.path == str(path)
    return info.value.message


@pytest.fixture
def good(tmp_path):
    body = "".join(
        para(text=f"第{i}段：全镇完成植树造林{i * 10}亩，新建村级道路{i}公里。") for i in range(1, 30)
    )
    return make_docx(tmp_path / "good.docx", body)


def test_not_a_zip(tmp_path):
    path = tmp_path / "note.docx"
    path.write_text("这其实是一个改了扩展名的文本文件", encoding="utf-8")
    assert "不是有效的 Word" in _read_error(path)


def test_truncated_zip(tmp_path, good):
    path = tmp_path / "cut.docx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "已损坏或不完整" in _read_error(path)


def test_zip_without_document_part(tmp_path):
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "nothing here")
    assert "缺少正文部分" in _read_error(path)


def test_spreadsheet_renamed_to_docx(tmp_path):
    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert "不是 Word 文档" in _read_error(path)


def test_encrypted_or_old_doc(tmp_path):
    path = tmp_path / "secret.docx"
    path.write_bytes(docx_package.OLE_SIGNATURE + bytes(1024))
    message = _read_error(path)
    assert "加密" in message and ".doc" in message


def test_empty_file_and_folder(tmp_path):
    path = tmp_path / "zero.docx"
    path.write_bytes(b"")
    assert _read_error(path) == "文件是空的。"
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    assert "文件夹" in _read_error(folder)
    assert "找不到" in _read_error(tmp_path / "missing.docx")


def test_zip_bomb_by_ratio(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b" " * (6 * 1024 * 1024))
    assert "压缩炸弹" in _read_error(path)


def test_declared_size_over_the_cap(tmp_path, good, monkeypatch):
    monkeypatch.setattr(docx_package, "MAX_TOTAL_BYTES", 1000)
    assert "解压后过大" in _read_error(good)


def test_part_larger_than_allowed_is_not_read_whole(tmp_path, good, monkeypatch):
    monkeypatch.setattr(docx_package, "MAX_PART_BYTES", 500)
    assert "内容过大" in _read_error(good)


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    f"<w:document {NAMESPACES}><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    f"<w:document {NAMESPACES}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_entity_declarations_are_refused(tmp_path, xml):
    path = make_docx(tmp_path / "evil.docx", "", document=xml)
    assert "DOCTYPE/ENTITY" in _read_error(path)


def test_entity_declaration_in_utf16_is_refused(tmp_path):
    xml = EXTERNAL_ENTITY.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    path = make_docx(tmp_path / "evil16.docx", "", extra={"word/document.xml": xml.encode("utf-16")})
    assert "DOCTYPE/ENTITY" in _read_error(path)


def test_entity_declaration_in_styles_is_refused(tmp_path):
    styles = '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY e "x">]><w:styles xmlns:w="urn:x"/>'
    path = make_docx(tmp_path / "evilstyles.docx", para(text="正文"), styles_xml=styles)
    assert "DOCTYPE/ENTITY" in _read_error(path)


def test_malformed_document_xml(tmp_path):
    path = make_docx(tmp_path / "bad.docx", "", document=DECL + "<w:document><w:body><w:p>")
    assert "XML 内容无法解析" in _read_error(path)


def test_document_without_text(tmp_path):
    path = make_docx(tmp_path / "blank.docx", para() + para())
    assert "没有可读取的文字" in _read_error(path)


def test_broken_styles_part_is_ignored(tmp_path):
    path = make_docx(
        tmp_path / "styles.docx", para(style="Heading1", text="一、正文照常读取"), styles_xml="<oops"
    )
    assert read_docx(path).text == "一、正文照常读取"


def test_deeply_nested_xml_gives_read_error(tmp_path):
    depth = 20000
    body = "<w:sdt><w:sdtContent>" * depth + para(text="深") + "</w:sdtContent></w:sdt>" * depth
    path = make_docx(tmp_path / "deep.docx", body)
    _read_error(path)  # libxml2 refuses the depth (or we hit the recursion guard): either way a ReadError


def test_random_corruption_never_escapes_as_another_exception(tmp_path, good):
    data = good.read_bytes()
    rng = random.Random(20240705)
    for i in range(60):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        path = tmp_path / f"m{i}.docx"
        path.write_bytes(bytes(mutated))
        try:
            read_docx(path)
        except ReadError as err:
            assert err.message


def test_check_command_reports_a_broken_docx_in_one_line(tmp_path, capsys):
    path = tmp_path / "secret.docx"
    path.write_bytes(docx_package.OLE_SIGNATURE + bytes(64))
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "加密" in err and "Traceback" not in err and err.count("\n") == 1


def test_read_document_dispatches_docx(good):
    assert read_document(good).text.startswith("第1段：全镇完成植树造林10亩")


def test_member_flagged_encrypted(tmp_path, good):
    raw = bytearray(good.read_bytes())
    # Set the "encrypted" flag bit of every local and central directory entry.
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (pos := raw.find(sig, start)) != -1:
            raw[pos + offset] |= 0x1
            start = pos + 4
    path = tmp_path / "flagged.docx"
    path.write_bytes(bytes(raw))
    assert "加密" in _read_error(path)
