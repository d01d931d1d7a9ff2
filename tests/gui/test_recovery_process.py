# SPDX-License-Identifier: MIT
"""The real thing: start the editor, type, let it autosave, SIGKILL it, start again, restore.

The editor runs offscreen as a subprocess driven by JIAOGAO_TEST_SCRIPT (gui/testhook.py),
with its settings and user folder in tmp_path and autosave every second. Waits are polling
loops with generous limits: a slow CI machine only makes the test slower, not flaky.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from jiaogao.core.recovery import RecoveryStore

pytestmark = [pytest.mark.gui, pytest.mark.skipif(os.name != "posix", reason="SIGKILL and process groups")]

TYPED = "\n三、下半年打算\n（一）抓好秋粮生产，确保播种面积稳定在12.6万亩。𠮷"
START = "柳河乡2025年上半年工作总结\n一、上半年工作开展情况\n全乡新发展特色种植基地3个。\n"


def _env(tmp_path: Path, script: list) -> dict[str, str]:
    config = tmp_path / "config"
    (config / "JiaoGao").mkdir(parents=True, exist_ok=True)
    # QSettings (INI, user scope) lives under XDG_CONFIG_HOME on Linux: autosave every second.
    (config / "JiaoGao" / "JiaoGao.ini").write_text("[prefs]\nautosave_seconds=1\n", encoding="utf-8")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config),
        JIAOGAO_HOME=str(tmp_path / "home"),
        JIAOGAO_TEST_SCRIPT=json.dumps(script, ensure_ascii=False),
        PYTHONUNBUFFERED="1",
    )
    return env


def _start(tmp_path: Path, script: list, draft: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "jiaogao.gui.launcher", str(draft)],
        env=_env(tmp_path, script),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        start_new_session=True,  # its own process group: the kill takes the check worker too
    )


def _poll(condition, timeout: float, proc: subprocess.Popen | None = None, what: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            break
        time.sleep(0.1)
    output = ""
    if proc is not None:
        _kill(proc)
        output = proc.stdout.read() if proc.stdout else ""
    pytest.fail(f"timed out waiting for {what}\n{output}")


def _kill(proc: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)


def _copy_with(store: RecoveryStore, text: str):
    for entry in store.entries():
        try:
            if store.load(entry).document.text.endswith(text):
                return entry
        except Exception:  # a copy being replaced right now: look again next round
            continue
    return None


def test_sigkill_then_restore_gives_back_the_exact_text(tmp_path):
    draft = tmp_path / "上半年 总结.txt"
    draft.write_text(START, encoding="utf-8")
    store = RecoveryStore(tmp_path / "home" / "recovery")

    first = _start(tmp_path, [["autosave-every", "1"], ["insert", TYPED]], draft)
    try:
        entry = _poll(lambda: _copy_with(store, TYPED), 120, first, "the autosave copy")
    finally:
        _kill(first)  # a crash: no clean close, no chance to tidy up
    assert first.returncode == -signal.SIGKILL
    expected = START + TYPED
    assert store.load(entry).document.text == expected
    assert entry.original == str(draft.resolve())

    dump = tmp_path / "after.json"
    second = _start(tmp_path, [["recover", "restore"], ["dump", str(dump)], ["discard-quit"]], draft)
    try:
        second.wait(timeout=120)
    except subprocess.TimeoutExpired:
        _kill(second)
        pytest.fail("second start did not finish\n" + (second.stdout.read() if second.stdout else ""))
    output = second.stdout.read()
    assert second.returncode == 0, output
    state = json.loads(dump.read_text(encoding="utf-8"))
    assert state["text"] == expected
    assert state["modified"] is True and "[*]" in state["title"]
    assert state["path"] == str(draft.resolve())
    assert draft.read_text(encoding="utf-8") == START  # restoring never wrote the original
    assert store.entries() == []  # the clean close removed the copy


def test_a_running_instance_keeps_its_copy_to_itself(tmp_path):
    draft = tmp_path / "述职.txt"
    draft.write_text(START, encoding="utf-8")
    store = RecoveryStore(tmp_path / "home" / "recovery")
    first = _start(tmp_path, [["autosave-every", "1"], ["insert", TYPED]], draft)
    try:
        _poll(lambda: _copy_with(store, TYPED), 120, first, "the autosave copy")
        assert store.entries(skip_running=True) == []  # alive: a second instance must not offer it
    finally:
        _kill(first)
    assert len(store.entries(skip_running=True)) == 1
