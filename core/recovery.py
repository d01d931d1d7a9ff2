# SPDX-License-Identifier: MIT
"""Autosave copies of open documents, so a crash never costs more than a few seconds of work.

Each open document has one recovery file ``<id>.jgd`` in the user's recovery folder, written
atomically, with a small ``<id>.json`` beside it naming the original file and the time. A clean
close deletes both; whatever is left at the next start was not closed cleanly and is offered
for restoring.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from . import native
from .atomic import atomic_write
from .resources import user_dir
from .textio import ReadError


def recovery_dir() -> Path:
    return user_dir() / "recovery"


@dataclass(frozen=True)
class RecoveryEntry:
    key: str
    data_path: Path
    original: str | None  # the file the user was editing, None for a new document
    saved_at: float  # seconds since the epoch
    pid: int

    @property
    def display_name(self) -> str:
        return Path(self.original).name if self.original else "未命名文档"

    def display_time(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.saved_at))


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs now. A reused id errs on the side of keeping the copy."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


class RecoveryStore:
    """The recovery folder. One instance per application; one key per open document."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_dir()

    def new_key(self) -> str:
        return uuid.uuid4().hex[:12]

    def save(self, key: str, nf: native.NativeFile, original: str | None) -> None:
        """Write the document's recovery copy (raises atomic.SaveError)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(self.folder / f"{key}.jgd", native.dumps(nf).encode("utf-8"), backup=False)
        info = {"original": original, "saved_at": time.time(), "pid": os.getpid()}
        atomic_write(
            self.folder / f"{key}.json", json.dumps(info, ensure_ascii=False).encode("utf-8"), backup=False
        )

    def discard(self, key: str) -> None:
        for suffix in (".jgd", ".json"):
            with contextlib.suppress(FileNotFoundError):
                (self.folder / f"{key}{suffix}").unlink()

    def entries(self, exclude_pid: int | None = None, skip_running: bool = False) -> list[RecoveryEntry]:
        """Recovery copies left behind, newest first.

        Those of ``exclude_pid`` are skipped, and with ``skip_running`` those of any process
        still alive: a second instance must not offer the first one's open documents.
        """
        out: list[RecoveryEntry] = []
        if not self.folder.is_dir():
            return out
        for meta in self.folder.glob("*.json"):
            data_path = meta.with_suffix(".jgd")
            if not data_path.is_file():
                continue
            try:
                info = json.loads(meta.read_text(encoding="utf-8"))
                entry = RecoveryEntry(
                    meta.stem,
                    data_path,
                    info.get("original"),
                    float(info["saved_at"]),
                    int(info.get("pid", 0)),
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if exclude_pid is not None and entry.pid == exclude_pid:
                continue
            if skip_running and entry.pid != os.getpid() and pid_alive(entry.pid):
                continue
            out.append(entry)
        return sorted(out, key=lambda e: -e.saved_at)

    def load(self, entry: RecoveryEntry) -> native.NativeFile:
        """The saved copy (raises ReadError if it is damaged)."""
        try:
            return native.load(entry.data_path)
        except ReadError:
            raise
        except Exception as err:  # pragma: no cover - belt and braces for a damaged copy
            raise ReadError(f"恢复文件已损坏：{err}", entry.data_path) from None
