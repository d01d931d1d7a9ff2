# SPDX-License-Identifier: MIT
"""Broken and hostile input files, made on demand (nothing opaque is checked in).

Run ``python tests/hostile_files.py OUTDIR`` to write them all to a folder for a manual look.
Each entry: file name, a function returning the bytes, and a word the Chinese message must contain.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def document_xml(body: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    )


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def make_docx(parts: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def good_docx() -> bytes:
    return make_docx(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": RELS,
            "word/document.xml": document_xml(paragraph("柳河镇2023年工作总结") + paragraph("一、主要工作")),
        }
    )


def not_a_zip() -> bytes:
    return "这其实是一个改了扩展名的文本文件。\n".encode() * 20


def truncated_zip() -> bytes:
    data = good_docx()
    return data[: len(data) // 2]


def no_document_xml() -> bytes:
    return make_docx({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/other.xml": "<x/>"})


def zip_bomb() -> bytes:
    """document.xml that inflates to ~400 MB from well under 1 MB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode())
            chunk = b"A" * (1 << 20)
            for _ in range(400):
                fh.write(chunk)
            fh.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()


def entity_expansion() -> bytes:
    """The 'billion laughs' document: nested entities that expand to gigabytes."""
    ents = '<!ENTITY l0 "哈哈哈哈哈哈哈哈哈哈">' + "".join(
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    prolog = f"<!DOCTYPE w:document [{ents}]>"
    return make_docx(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": RELS,
            "word/document.xml": document_xml(paragraph("&l9;"), prolog),
        }
    )


def external_entity() -> bytes:
    prolog = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    return make_docx(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": RELS,
            "word/document.xml": document_xml(paragraph("&x;"), prolog),
        }
    )


def malformed_xml() -> bytes:
    return make_docx(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": RELS,
            "word/document.xml": document_xml(paragraph("未闭合的段落")).replace("</w:body>", ""),
        }
    )


def old_doc() -> bytes:
    """An OLE compound file: a Word 97-2003 .doc, or an encrypted .docx, renamed."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4088


def binary_txt() -> bytes:
    return bytes(range(256)) * 64


def mixed_encoding_txt() -> bytes:
    return "第一段是UTF-8。\n".encode() + "第二段是GBK编码。\n".encode("gbk") + b"\xff\xfe\xfd\n"


HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "改名的文本.docx": (not_a_zip, "不是有效的 Word"),
    "截断的压缩包.docx": (truncated_zip, "损坏"),
    "没有正文.docx": (no_document_xml, "document.xml"),
    "压缩炸弹.docx": (zip_bomb, "压缩炸弹"),
    "实体膨胀.docx": (entity_expansion, "ENTITY"),
    "外部实体.docx": (external_entity, "ENTITY"),
    "格式错误.docx": (malformed_xml, "损坏"),
    "旧版或加密.docx": (old_doc, ".doc"),
    "空文件.docx": (lambda: b"", "空"),
    "空文件.txt": (lambda: b"", "空"),
    "二进制.txt": (binary_txt, "二进制"),
    "混合编码.txt": (mixed_encoding_txt, "编码"),
}


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")
    out.mkdir(parents=True, exist_ok=True)
    for name, (make, _) in HOSTILE.items():
        (out / name).write_bytes(make())
        print(out / name)
