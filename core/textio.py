# SPDX-License-Identifier: MIT
"""Reading drafts from disk: plain text (UTF-8 or GB18030) and, through docx_io, Word files."""

from __future__ import annotations

from pathlib import Path

from .model import Document

MAX_TEXT_BYTES = 20 * 1024 * 1024  # a report is a few hundred kB; refuse what cannot be one


class ReadError(Exception):
    """A file that cannot be read as a draft. ``str(err)`` is a Chinese message for the user."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None


def decode_text(data: bytes, path: str | Path | None = None) -> str:
    """Decode a text file: BOM if present, else strict UTF-8, else GB18030.

    CRLF and lone CR become LF; nothing else is changed.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        text = _strict(data[3:], "utf-8", path)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _strict(data, "utf-16", path)
    elif b"\x00" in data[:65536]:
        raise ReadError("文件含有二进制内容，不是文本文件。", path)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as utf8_err:
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError as gb_err:
                # Point at the later failure: up to there the file reads in one of the two
                # encodings, so that is where the odd part (a pasted GBK line, a bad byte) is.
                raise _decode_error(data, max(utf8_err.start, gb_err.start), path) from None
    if "\x00" in text:
        raise ReadError("文件含有二进制内容，不是文本文件。", path)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strict(data: bytes, encoding: str, path: str | Path | None) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise _decode_error(data, err.start, path) from None


def _decode_error(data: bytes, pos: int, path: str | Path | None) -> ReadError:
    line = data.count(b"\n", 0, pos) + 1
    return ReadError(
        f"文件编码无法识别（既不是 UTF-8 也不是 GBK/GB18030），"
        f"第 {line} 行附近（字节 {pos}）有无法解码的内容。",
        path,
    )


def read_text_file(path: str | Path) -> Document:
    data = _read_bytes(path)
    if not data.strip():
        raise ReadError("文件是空的。", path)
    return Document.from_text(decode_text(data, path), source=str(path))


def _read_bytes(path: str | Path) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise ReadError(
                f"文件太大（{size // (1024 * 1024)} MB），"
                f"不像是一份报告（上限 {MAX_TEXT_BYTES // (1024 * 1024)} MB）。",
                path,
            )
        return p.read_bytes()
    except OSError as err:
        raise read_error(err, path) from None


def read_error(err: OSError, path: str | Path) -> ReadError:
    """The Chinese message for a file that the system would not let us read."""
    if isinstance(err, FileNotFoundError):
        return ReadError("找不到文件。", path)
    if isinstance(err, IsADirectoryError):
        return ReadError("这是一个文件夹，不是文件。", path)
    if isinstance(err, PermissionError):
        return ReadError("没有权限读取该文件。", path)
    return ReadError(f"无法读取文件：{err.strerror or err}", path)


SUPPORTED_SUFFIXES = (".txt", ".docx", ".jgd")


def read_document(path: str | Path) -> Document:
    """Read a .txt or .docx draft. Raises ReadError with a Chinese message on any failure."""
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        from .docx_io import read_docx

        return read_docx(path)
    if suffix == ".jgd":
        from .native import load

        return load(path).document
    if suffix in (".txt", ".text", ""):
        return read_text_file(path)
    if suffix == ".doc":
        raise ReadError("不支持旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再打开。", path)
    if suffix == ".wps":
        raise ReadError("不支持 WPS（.wps）文件，请在 WPS 中另存为 .docx 后再打开。", path)
    raise ReadError(f"不支持的文件类型“{suffix}”，请使用 .docx 或 .txt 文件。", path)
