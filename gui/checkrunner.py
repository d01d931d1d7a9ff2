# SPDX-License-Identifier: MIT
"""Debounced background checking: one job in flight, stale results dropped.

Flow: the editor reports every change (``note_change``); a single-shot timer
restarts on each; when it fires, a Snapshot (plain str + levels, never a Qt object)
goes to the thread pool with a generation id. A result whose generation is no longer
current is dropped, and the check runs again on the newest text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from jiaogao.core.checks.base import CheckOptions
from jiaogao.core.model import Document, Report
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from .blocks import Snapshot
from .wordcount import word_count

log = logging.getLogger(__name__)

# A check returns a Report, or (Report, word count) when it counted words itself
# (the process checker does, to keep that work off this process's GIL).
CheckFunction = Callable[[Document, CheckOptions], "Report | tuple[Report, int]"]
Executor = Callable[[QRunnable], None]


def default_check(doc: Document, options: CheckOptions) -> Report:
    # Imported here, on the worker thread: the rules may pull in jieba, which must
    # never delay the window or block the GUI thread. The core's piece caches live in this
    # process then, so successive checks of the draft reuse its unchanged paragraphs here too.
    from jiaogao.core.engine import check_document
    from jiaogao.core.incremental import caching

    with caching():
        return check_document(doc, options)


def pool_executor(job: QRunnable) -> None:
    QThreadPool.globalInstance().start(job)


@dataclass(frozen=True)
class CheckResult:
    generation: int
    report: Report
    words: int


class _Relay(QObject):
    """Carries a job's outcome back to the GUI thread (queued when emitted from a worker)."""

    finished = Signal(object)
    failed = Signal(int, str)


class CheckJob(QRunnable):
    def __init__(self, generation: int, snap: Snapshot, options: CheckOptions, check: CheckFunction) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.generation = generation
        self._snap = snap
        self._options = options
        self._check = check
        self.relay = _Relay()

    def run(self) -> None:
        try:
            outcome = self._check(self._snap.document(), self._options)
            if isinstance(outcome, tuple):
                report, words = outcome
            else:
                report, words = outcome, word_count(self._snap.text)
            result = CheckResult(self.generation, report, words)
        except Exception as err:  # the engine guards its rules; this catches the rest
            log.exception("check failed")
            self.relay.failed.emit(self.generation, f"{type(err).__name__}: {err}")
            return
        self.relay.finished.emit(result)


class CheckRunner(QObject):
    """Schedules checks of the editor's text; emits ``reportReady`` for current results only."""

    reportReady = Signal(object)  # CheckResult
    checkStarted = Signal()
    checkFailed = Signal(str)

    def __init__(
        self,
        snapshot: Callable[[], Snapshot],
        options: Callable[[], CheckOptions] = CheckOptions,
        check: CheckFunction = default_check,
        executor: Executor = pool_executor,
        delay_ms: int = 400,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._options = options
        self._check = check
        self._executor = executor
        self._generation = 0
        self._in_flight: int | None = None
        self._relays: dict[int, _Relay] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start_job)
        self.enabled = True
        self.last_result: CheckResult | None = None

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def busy(self) -> bool:
        return self._in_flight is not None or self._timer.isActive()

    @Slot()
    def note_change(self) -> None:
        """The text changed: the current results are out of date; check after a pause."""
        self._generation += 1
        if self.enabled:
            self._timer.start()

    @Slot()
    def check_now(self) -> None:
        """Check at once (F7, a file just opened), still on the worker."""
        self._generation += 1
        self._timer.stop()
        self._start_job()

    @Slot()
    def _start_job(self) -> None:
        if self._in_flight is not None:
            return  # the finished job starts the next one
        gen = self._generation
        job = CheckJob(gen, self._snapshot(), self._options(), self._check)
        # The relay lives on the GUI thread; keep it alive until its job has reported.
        # Earlier relays are done (one job in flight), so they can go now.
        self._relays = {gen: job.relay}
        job.relay.finished.connect(self._on_finished)
        job.relay.failed.connect(self._on_failed)
        self._in_flight = gen
        self.checkStarted.emit()
        self._executor(job)

    @Slot(object)
    def _on_finished(self, result: CheckResult) -> None:
        self._done(result.generation)
        if result.generation == self._generation:
            self.last_result = result
            self.reportReady.emit(result)
        else:
            self._rerun_if_idle()

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        self._done(generation)
        self.checkFailed.emit(message)
        if generation != self._generation:
            self._rerun_if_idle()

    def _done(self, generation: int) -> None:
        if self._in_flight == generation:
            self._in_flight = None

    def _rerun_if_idle(self) -> None:
        # Stale: the text changed while the job ran. If the user is still typing the
        # timer will fire later; otherwise check the newest text now.
        if not self._timer.isActive() and self.enabled:
            self._start_job()
