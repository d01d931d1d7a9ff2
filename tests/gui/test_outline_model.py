# SPDX-License-Identifier: MIT
from __future__ import annotations

import pytest
from jiaogao.core.model import Finding, Heading, Outline
from jiaogao.gui.outlinepane import section_counts

pytestmark = pytest.mark.gui


def _h(level: int, start: int) -> Heading:
    return Heading(level, "一", 1, "标题", start, start + 2)


def _f(start: int, category: str = "placeholder", severity: str = "error") -> Finding:
    return Finding("r", category, severity, "m", start, start + 1, "X")


def test_counts_go_to_the_section_and_its_parents():
    outline = Outline("总结", 0, None, (_h(1, 10), _h(2, 20), _h(2, 40), _h(1, 60), _h(3, 70)))
    findings = [
        _f(5),
        _f(25),
        _f(45),
        _f(46),
        _f(15),
        _f(75),
        _f(0, "missing-section"),
        _f(26, "punctuation", "info"),
    ]
    # 5 is before any heading; 15 sits in 一 itself; 75 is under the second 一 (skipped level).
    assert section_counts(outline, findings) == [4, 1, 2, 1, 1]
