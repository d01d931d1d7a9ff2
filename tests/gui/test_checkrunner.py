# SPDX-License-Identifier: MIT
"""CheckRunner: debounce, one job in flight, stale results dropped, failures reported."""

from __future__ import annotations

import pytest
from jiaogao.core.model import Outline, Report
from jiaogao.gui.blocks import Snapshot
from jiaogao.gui.checkrunner import CheckRunner, pool_executor

pytestmark = pytest.mark.gui


class Held:
    """An executor that keeps jobs until the test runs them: a worker we control."""

    def __init__(self) -> None:
        self.jobs = []

    def __call__(self, job) -> None:
        self.jobs.append(job)

    def run_next(self) -> None:
        self.jobs.pop(0).run()


def make_runner(texts: list[str], executor, check=None):
    def snapshot() -> Snapshot:
        return Snapshot(texts[-1], (None,) * len(texts[-1].split("\n")))

    def echo(doc, options) -> Report:
        return Report(doc.text, Outline("", None, None))

    return CheckRunner(snapshot, check=check or echo, executor=executor, delay_ms=0)


def test_stale_result_dropped_and_newest_text_checked(qtbot):
    texts = ["第一稿"]
    held = Held()
    runner = make_runner(texts, held)
    seen = []
    runner.reportReady.connect(lambda r: seen.append(r.report.text))
    runner.check_now()
    assert len(held.jobs) == 1
    texts.append("第二稿")
    runner.note_change()
    qtbot.wait_until(lambda: not runner._timer.isActive())
    assert len(held.jobs) == 1  # at most one job in flight
    held.run_next()  # the first job reports on an out-of-date text
    assert seen == []
    assert len(held.jobs) == 1  # and the newest text goes out at once
    held.run_next()
    assert seen == ["第二稿"]
    assert runner.last_result.words == 3


def test_failure_is_reported_not_raised(qtbot):
    def broken(doc, options):
        raise ValueError("坏了")

    runner = make_runner(["文本"], lambda job: job.run(), check=broken)
    with qtbot.waitSignal(runner.checkFailed) as blocker:
        runner.check_now()
    assert "坏了" in blocker.args[0]
    assert not runner.busy


def test_thread_pool_delivers_on_gui_thread(qtbot):
    from PySide6.QtCore import QThread

    runner = make_runner(["线程里检查"], pool_executor)
    threads = []
    runner.reportReady.connect(lambda r: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(runner.reportReady, timeout=5000):
        runner.check_now()
    assert threads == [runner.thread()]
