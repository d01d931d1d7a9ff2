# SPDX-License-Identifier: MIT
import pytest
from jiaogao.core.model import Document
from jiaogao.core.native import NativeFile
from jiaogao.core.recovery import RecoveryStore
from jiaogao.core.textio import ReadError

pytestmark = pytest.mark.core

TEXT = "桃源乡2024年上半年工作总结\n一、工作开展情况\n完成植树造林1200亩。𠮷"


def test_save_list_load_discard(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    key = store.new_key()
    store.save(key, NativeFile(Document.from_text(TEXT)), "/home/用户/草稿 1.txt")
    [entry] = store.entries()
    assert entry.display_name == "草稿 1.txt"
    assert entry.display_time()[:2] == "20"
    assert store.load(entry).document.text == TEXT
    store.discard(key)
    assert store.entries() == []


def test_own_process_entries_can_be_excluded(tmp_path):
    import os

    store = RecoveryStore(tmp_path)
    store.save(store.new_key(), NativeFile(Document.from_text(TEXT)), None)
    assert store.entries(exclude_pid=os.getpid()) == []
    assert store.entries()[0].display_name == "未命名文档"


def test_damaged_copy_is_reported_not_raised_as_crash(tmp_path):
    store = RecoveryStore(tmp_path)
    key = store.new_key()
    store.save(key, NativeFile(Document.from_text(TEXT)), None)
    (tmp_path / f"{key}.jgd").write_text("{broken", encoding="utf-8")
    with pytest.raises(ReadError):
        store.load(store.entries()[0])


def test_stray_files_are_ignored(tmp_path):
    (tmp_path / "junk.json").write_text("not json", encoding="utf-8")
    (tmp_path / "junk.jgd").write_text("{}", encoding="utf-8")
    (tmp_path / "lonely.json").write_text('{"saved_at": 1}', encoding="utf-8")
    assert RecoveryStore(tmp_path).entries() == []


def test_copies_of_running_processes_are_skipped(tmp_path):
    import json
    import os
    import subprocess
    import sys

    from jiaogao.core.recovery import pid_alive

    store = RecoveryStore(tmp_path)
    store.save("live", NativeFile(Document.from_text(TEXT)), None)
    store.save("dead", NativeFile(Document.from_text(TEXT)), None)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    for key, pid in (("live", os.getppid()), ("dead", child.pid)):
        meta = tmp_path / f"{key}.json"
        info = json.loads(meta.read_text(encoding="utf-8"))
        info["pid"] = pid
        meta.write_text(json.dumps(info), encoding="utf-8")
    assert pid_alive(os.getpid()) and pid_alive(os.getppid()) and not pid_alive(0)
    assert {e.key for e in store.entries()} == {"live", "dead"}
    if not pid_alive(child.pid):  # unless the id was handed out again meanwhile
        assert [e.key for e in store.entries(skip_running=True)] == ["dead"]
