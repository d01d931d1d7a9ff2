# SPDX-License-Identifier: MIT
"""Run the checks in a separate process, so they never compete with typing for the GIL.

A check of a long draft is seconds of pure Python; on a worker *thread* it shares the
interpreter lock with the GUI thread and every key press waits for it. A single
long-lived worker process removes that contention. Only plain data crosses the
boundary: the editor's text with its paragraph levels and the CheckOptions in, the outline
and the findings as plain tuples out (any other Document goes whole, a Report comes back).

Being long-lived, the worker also keeps the core's piece caches between checks, so a
re-check after typing in one paragraph redoes little more than the document-wide passes.
"""

from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from jiaogao.core.checks.base import CheckOptions
from jiaogao.core.model import Document, Report

from .checkrunner import default_check
from .wordcount import check_and_count, check_lines, plain_lines, report_from_rows

log = logging.getLogger(__name__)


class ProcessChecker:
    """A CheckFunction that forwards to one worker process, started on first use.

    Called on a thread-pool thread (CheckRunner's job), which blocks on the result
    with the GIL released. Falls back to checking in-thread if the process dies.
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False

    def __call__(self, doc: Document, options: CheckOptions) -> Report | tuple[Report, int]:
        if self._broken:
            return default_check(doc, options)
        try:
            if self._pool is None:
                # spawn: a fork of a process running Qt threads is not safe.
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            levels = plain_lines(doc)
            if levels is None:
                return self._pool.submit(check_and_count, doc, options).result()
            text = doc.text
            outline, rows, words = self._pool.submit(check_lines, text, levels, options).result()
            return report_from_rows(text, outline, rows), words
        except (BrokenProcessPool, OSError, RuntimeError) as err:
            log.warning("check process unavailable (%s); checking in-process", err)
            self._broken = True
            return default_check(doc, options)

    def warm_up(self) -> None:
        """Start the process and load the checks (and jieba) ahead of the first real check."""
        self(Document.from_text("预热"), CheckOptions())

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
