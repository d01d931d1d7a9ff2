# SPDX-License-Identifier: MIT
"""What every check receives, and the helpers they share."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..model import Finding, Outline, Span
from ..reporttypes import ReportType, report_types

_SENTENCE_END = re.compile(r"[。！？!?；;]+|\n")


@dataclass(frozen=True)
class CheckOptions:
    """Plain options for a check run; the GUI fills them from its settings."""

    report_type: str | None = None  # force a type instead of detecting it from the title
    disabled_rules: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    strict: bool = False  # re-raise a failing rule instead of skipping it (tests)


@dataclass
class Context:
    """One draft as the checks see it. Derived views are computed once, on first use."""

    text: str
    paragraphs: list[Span]
    outline: Outline
    options: CheckOptions = field(default_factory=CheckOptions)

    @cached_property
    def report_type(self) -> ReportType | None:
        key = self.outline.report_type
        return report_types().get(key) if key else None

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences (ending at 。！？； or the line end), stripped of outer spaces; empty ones dropped."""
        out: list[Span] = []
        for p in self.paragraphs:
            pos = 0
            for m in _SENTENCE_END.finditer(p.text):
                _add_sentence(out, p, pos, m.end())
                pos = m.end()
            _add_sentence(out, p, pos, len(p.text))
        return out

    def finding(
        self,
        rule: str,
        category: str,
        severity: str,
        message: str,
        start: int,
        end: int,
        suggestion: str | None = None,
    ) -> Finding:
        return Finding(rule, category, severity, message, start, end, self.text[start:end], suggestion)


def _add_sentence(out: list[Span], p: Span, a: int, b: int) -> None:
    seg = p.text[a:b]
    stripped = seg.strip()
    if stripped:
        lead = len(seg) - len(seg.lstrip())
        out.append(Span(p.start + a + lead, p.start + a + lead + len(stripped), stripped))


Check = Callable[[Context], Iterable[Finding]]


def findings_of(ctx: Context, check: Check) -> list[Finding]:
    """What ``check`` finds in ``ctx``: the engine's record of it when the check already ran in
    this run (a rule that consults another rule need not run it a second time), else a run of
    its own."""
    ran = ctx.__dict__.get("_jiaogao_ran")
    if ran is not None and check in ran:
        return ran[check]
    return list(check(ctx))
