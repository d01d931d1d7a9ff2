# SPDX-License-Identifier: MIT
import os

import pytest
from jiaogao.core import atomic
from jiaogao.core.atomic import SaveError, atomic_write, atomic_write_text

pytestmark = pytest.mark.core


def test_write_replaces_and_keeps_backup(tmp_path):
    path = tmp_path / "草稿.txt"
    path.write_text("旧的内容", encoding="utf-8")
    atomic_write_text(path, "新的内容")
    assert path.read_text(encoding="utf-8") == "新的内容"
    assert (tmp_path / "草稿.txt.bak").read_text(encoding="utf-8") == "旧的内容"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_failure_midway_leaves_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "report.txt"
    path.write_text("一字不能丢", encoding="utf-8")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(SaveError, match="磁盘空间不足"):
        atomic_write_text(path, "写了一半")
    assert path.read_text(encoding="utf-8") == "一字不能丢"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_failed_rename_leaves_old_file(tmp_path, monkeypatch):
    path = tmp_path / "report.txt"
    path.write_text("原稿", encoding="utf-8")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(SaveError, match="占用"):
        atomic_write(path, "新稿".encode())
    assert path.read_text(encoding="utf-8") == "原稿"
    assert not any(p.suffix == ".tmp" for p in tmp_path.iterdir())


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="权限"):
            atomic_write(folder / "a.txt", b"x")
    finally:
        folder.chmod(0o700)


def test_missing_folder_and_long_name(tmp_path):
    with pytest.raises(SaveError, match="不存在"):
        atomic_write(tmp_path / "no" / "a.txt", b"x")
    with pytest.raises(SaveError, match="太长"):
        atomic_write(tmp_path / ("长" * 200 + ".txt"), b"x")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_new_file_gets_usual_mode_and_replacement_keeps_old_mode(tmp_path):
    path = tmp_path / "稿.jgd"
    atomic_write(path, b"1")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
    path.chmod(0o640)
    atomic_write(path, b"2")
    assert path.stat().st_mode & 0o777 == 0o640
