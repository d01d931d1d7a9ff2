# SPDX-License-Identifier: MIT
"""Opening a .docx package defensively: size caps, zip-bomb checks and an XML parser that refuses DTDs.

Everything that can go wrong with a hostile or broken file ends in ``ReadError`` with a Chinese
message; nothing here raises anything else, hangs, or reads an unbounded amount into memory.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree

from .textio import ReadError, read_error

MAX_FILE_BYTES = 100 * 1024 * 1024  # the .docx on disk
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # all members, as declared, uncompressed
MAX_PART_BYTES = 50 * 1024 * 1024  # one XML part (document.xml is by far the largest)
MAX_MEMBERS = 20_000
SUSPICIOUS_RATIO = 100  # XML compresses 5-20x; 100x on a large member is a bomb
SUSPICIOUS_MIN_BYTES = 5 * 1024 * 1024

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
OFFICE_DOCUMENT = "/officeDocument"
STRICT_NS = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    huge_tree=False,
    load_dtd=False,
    dtd_validation=False,
    remove_comments=True,
    remove_pis=True,
)


class Package:
    """An opened .docx: its members, read on demand with caps."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        head = _head(path)
        _check_signature(head, path)
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except Exception:  # any damage to the central directory, whatever zipfile makes of it
            raise ReadError(
                "Word 文件已损坏或不完整（压缩包无法打开），请在 Word 或 WPS 中打开后重新保存。", path
            ) from None
        _check_members(infos, path)
        self._infos = {i.filename: i for i in infos}

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has(self, name: str) -> bool:
        return name in self._infos

    def main_part(self) -> str:
        """The main document part's name, from the package relationships, else word/document.xml."""
        rels = self.xml("_rels/.rels", required=False)
        if rels is not None:
            for rel in rels:
                if str(rel.get("Type", "")).endswith(OFFICE_DOCUMENT):
                    target = str(rel.get("Target", "")).lstrip("/")
                    if target and self.has(target):
                        return target
        if self.has("word/document.xml"):
            return "word/document.xml"
        if self.has("content.xml") or self.has("xl/workbook.xml") or self.has("ppt/presentation.xml"):
            raise ReadError(
                "这不是 Word 文档（可能是表格、演示文稿或 ODF 文件），请另存为 .docx 后再打开。", self.path
            )
        raise ReadError("这不是有效的 Word 文档（缺少正文部分 word/document.xml）。", self.path)

    def related_part(self, source: str, rel_suffix: str) -> str | None:
        """The part that ``source`` points to with a relationship type ending in ``rel_suffix``."""
        folder, name = posixpath.split(source)
        rels = self.xml(posixpath.join(folder, "_rels", name + ".rels"), required=False)
        if rels is None:
            return None
        for rel in rels:
            if str(rel.get("Type", "")).endswith(rel_suffix) and rel.get("TargetMode") != "External":
                target = str(rel.get("Target", ""))
                full = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join(folder, target))
                )
                return full if self.has(full) else None
        return None

    def read(self, name: str) -> bytes:
        info = self._infos[name]
        try:
            with self._zip.open(info) as f:
                data = f.read(MAX_PART_BYTES + 1)
        except Exception as err:  # zipfile/zlib raise many kinds (zlib.error, struct.error, …) on bad data
            if isinstance(err, RuntimeError) and "encrypted" in str(err):
                raise ReadError("Word 文件已加密，请先取消密码保护。", self.path) from None
            raise ReadError(
                "Word 文件已损坏或不完整（内容无法解压），请在 Word 或 WPS 中打开后重新保存。", self.path
            ) from None
        if len(data) > MAX_PART_BYTES:
            raise ReadError("Word 文件内容过大，不像是一份报告，已拒绝打开。", self.path)
        return data

    def xml(self, name: str, required: bool = True) -> etree._Element | None:
        """Parse one member. A missing or malformed optional part gives None; DTDs are always refused."""
        if not self.has(name):
            if required:
                raise ReadError(f"这不是有效的 Word 文档（缺少 {name}）。", self.path)
            return None
        return parse_xml(self.read(name), self.path, required)


def parse_xml(data: bytes, path: str, required: bool = True) -> etree._Element | None:
    """Parse XML safely; entity declarations are refused outright (billion laughs, external entities)."""
    probe = data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        probe = data.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    if _DTD.search(probe):
        raise ReadError(
            "Word 文件含有不允许的 XML 声明（DOCTYPE/ENTITY），可能是恶意文件，已拒绝打开。", path
        )
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        if required:
            raise ReadError(
                "Word 文件已损坏（XML 内容无法解析），请在 Word 或 WPS 中打开后重新保存。", path
            ) from None
        return None
    if root is None:
        return None
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise ReadError(
            "Word 文件含有不允许的 XML 声明（DOCTYPE/ENTITY），可能是恶意文件，已拒绝打开。", path
        )
    if required and STRICT_NS in data[:4096]:
        raise ReadError(
            "不支持“严格 Open XML”格式的文档，请在 Word 中另存为普通的 Word 文档（.docx）。", path
        )
    return root


def _head(path: str | Path) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise ReadError("这是一个文件夹，不是文件。", path)
        if size > MAX_FILE_BYTES:
            raise ReadError(f"文件太大（{size // (1024 * 1024)} MB），不像是一份报告，已拒绝打开。", path)
        with p.open("rb") as f:
            return f.read(8)
    except OSError as err:
        raise read_error(err, path) from None


def _check_signature(head: bytes, path: str | Path) -> None:
    if not head:
        raise ReadError("文件是空的。", path)
    if head.startswith(OLE_SIGNATURE):
        raise ReadError(
            "文件设有打开密码（已加密），或是旧版 Word（.doc）文件：请在 Word 或 WPS 中取消密码、"
            "另存为 .docx 后再打开。",
            path,
        )
    if head.startswith(b"{\\rtf"):
        raise ReadError("这是 RTF 文件而不是 .docx，请在 Word 或 WPS 中另存为 .docx 后再打开。", path)
    if head.lstrip().lower().startswith((b"<html", b"<!doc", b"<?xml", b"mime")):
        raise ReadError("这是网页或 XML 文件而不是 .docx，请在 Word 或 WPS 中另存为 .docx 后再打开。", path)
    if not head.startswith(ZIP_SIGNATURES):
        raise ReadError("这不是有效的 Word（.docx）文件，可能已损坏或扩展名有误。", path)


def _check_members(infos: list[zipfile.ZipInfo], path: str | Path) -> None:
    if len(infos) > MAX_MEMBERS:
        raise ReadError("Word 文件结构异常（压缩包内文件过多），已拒绝打开。", path)
    total = 0
    for info in infos:
        total += info.file_size
        if info.flag_bits & 0x1:
            raise ReadError("Word 文件已加密，请先取消密码保护。", path)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > SUSPICIOUS_MIN_BYTES and ratio > SUSPICIOUS_RATIO:
            raise ReadError("Word 文件结构异常（压缩比不合常理，疑似“压缩炸弹”），已拒绝打开。", path)
    if total > MAX_TOTAL_BYTES:
        raise ReadError("Word 文件解压后过大，不像是一份报告，已拒绝打开。", path)
