# SPDX-License-Identifier: MIT
"""Saving without ever losing the previous version.

Write to a temporary file in the same folder, flush and fsync it, keep the old file as
NAME.bak, then rename the new one into place. A failure at any step leaves the old file
as it was and raises SaveError with a Chinese message.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path


class SaveError(Exception):
    """A save that did not happen. ``str(err)`` is a Chinese message for the user."""


def _message(err: OSError, path: Path) -> str:
    code = err.errno
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"没有权限写入“{path}”：文件夹只读，或文件正被其他程序（如 Word、WPS）占用。"
    if code == errno.ENOSPC:
        return "磁盘空间不足，文件没有保存。请清理磁盘后重试，或另存到其他位置。"
    if code == errno.ENAMETOOLONG or getattr(err, "winerror", None) == 206:  # ERROR_FILENAME_EXCED_RANGE
        return "文件路径太长，无法保存。请缩短文件名或换一个文件夹。"
    if code == errno.ENOENT:
        return f"文件夹“{path.parent}”不存在，无法保存。"
    winerror = getattr(err, "winerror", None)
    if winerror in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        return f"“{path.name}”正被其他程序（如 Word、WPS）打开，请关闭后重试，或另存为其他文件名。"
    return f"保存失败：{err.strerror or err}"


def atomic_write(path: str | Path, data: bytes, *, backup: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically; keep the old content as ``path.bak`` if asked."""
    target = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _copy_mode(target, tmp_name)
        if backup and target.exists():
            shutil.copy2(target, target.with_name(target.name + ".bak"))
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_dir(target.parent)
    except OSError as err:
        raise SaveError(_message(err, target)) from err
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _copy_mode(target: Path, tmp_name: str) -> None:
    """mkstemp makes 0600 files: give the new file the old one's mode, or the usual one."""
    if os.name != "posix":
        return
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp_name, mode)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_text(path: str | Path, text: str, *, bom: bool = False, backup: bool = True) -> None:
    data = text.encode("utf-8")
    atomic_write(path, (b"\xef\xbb\xbf" + data) if bom else data, backup=backup)
