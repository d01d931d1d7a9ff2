# SPDX-License-Identifier: MIT
"""Any text at all: the checker never raises, every span is valid, and the result is deterministic."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jiaogao.core.checks.base import CheckOptions
from jiaogao.core.engine import check_text
from jiaogao.core.model import CATEGORIES, SEVERITIES

pytestmark = pytest.mark.core
STRICT = CheckOptions(strict=True)

# Report-like alphabet: heading markers, digits, units, placeholders, punctuation of both widths.
REPORT_CHARS = [
    *"一二三四五六七八九十（）()、.．。，,；;：:XxＸ*×某0123456789%",
    *"万亿元个村镇年月日上下半等和共其中占比增长同比率\n ",
    "存在问题",
    "下半年",
    "工作总结",
    "一是",
    "二是",
    "等3个村",
    "占全年任务",
    "完成",
    "％",
    "本站",
    "2020年",
    "20xx",
]


def _assert_valid(text):
    report = check_text(text, STRICT)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.excerpt
        assert f.category in CATEGORIES and f.severity in SEVERITIES
        assert f.message
    assert check_text(text, STRICT).findings == report.findings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_text(text):
    _assert_valid(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(REPORT_CHARS), max_size=300).map("".join))
def test_report_like_text(text):
    _assert_valid(text)
