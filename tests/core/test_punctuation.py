# SPDX-License-Identifier: MIT
"""Punctuation check: half-width , ; : ! ? ( ) in Chinese prose, one finding per character."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jiaogao.core.checks import punctuation
from jiaogao.core.engine import check_text, make_context

from tests.conftest import sample_text


def found(text: str) -> list[tuple[int, str, str | None]]:
    """(offset, character, suggestion) of every punctuation finding."""
    out = []
    ctx = make_context(text)
    for f in sorted((f for check in punctuation.CHECKS for f in check(ctx)), key=lambda f: f.start):
        if f.category == "punctuation":
            assert f.severity == "info"
            assert f.end == f.start + 1 and f.excerpt == text[f.start]
            out.append((f.start, f.excerpt, f.suggestion))
    return out


def marks(text: str) -> list[tuple[str, str | None]]:
    return [(ch, sug) for _, ch, sug in found(text)]


POSITIVE = [
    ("今年以来,全镇上下攻坚克难。", [(",", "，")]),
    ("工业产值增长8%;服务业营收增长6%。", [(";", "；")]),
    ("主要做法:一是强化领导;二是压实责任。", [(":", "："), (";", "；")]),
    ("成效如何?群众说了算!", [("?", "？"), ("!", "！")]),
    ("围绕“一区”(县产业集聚区)建设", [("(", "（"), (")", "）")]),
    ("完成高压线(X)项目塔基浇筑", [("(", "（"), (")", "）")]),
    ("国内生产总值(GDP)增长5.2%", [("(", "（"), (")", "）")]),
    ("PM2.5(细颗粒物)浓度下降", [("(", "（"), (")", "）")]),
    # PDF copies break lines mid-sentence: the comma at the line end is still Chinese prose.
    ("在县委的坚强领导下,\n围绕年初目标", [(",", "，")]),
    ("同比增长 3.09%;\n完成固定资产投资", [(";", "；")]),
    ("实现工业总产值 23 亿元 ,同比增长", [(",", "，")]),
    ("引进CFL,信息安全项目落地", [(",", "，")]),
    ("网址:http://www.example.gov.cn", [(":", "：")]),
    # One half of the pair typed full width, the other not.
    ("（县产业集聚区)内新上项目", [(")", "）")]),
    # A bracket right after a Chinese word is not a list marker, even around a letter or digit.
    ("第二标段(2)号楼主体完工", [("(", "（"), (")", "）")]),
    # ... while a marker after a stop or at a line start is left alone.
    ("一是完成任务;\n(2)加快进度;(3)抓好收尾", [(";", "；"), (";", "；")]),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_half_width_marks_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert marks(text) == expected


NEGATIVE = [
    "全年接待游客1,250,000人次，上午8:30开馆。",
    "男女比例为40.5:59.5，城乡比为1:2.3。",
    "Hello, world! How are you? Fine; thanks: bye.",
    "网站客服QQ:403074932",
    "详见 http://www.example.gov.cn/a?b=1,c=2;d=3 和 https://x.cn/p(1)",
    "(1)坚持规划引领，高起点编制规划。",
    "(一)主要做法",
    "（县产业集聚区）内新上项目，全角括号不必改。",
    "f(x) = 2x + 1",
    "a) first item",
    "今年以来，全镇上下攻坚克难：一是……；二是……！",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_finding(text: str) -> None:
    assert marks(text) == []


def test_finding_offsets() -> None:
    text = "一、主要工作\n全镇实现税收1745万元,超额完成全年任务。"
    assert found(text) == [(text.index(","), ",", "，")]


def test_never_raises_on_odd_input() -> None:
    for text in ["", ",", "(", ")", "(" * 500 + ")" * 500, "中,", ",中", "\n,\n", "http://", "中(" * 200]:
        for f in check_text(text).findings:
            assert f.excerpt == text[f.start : f.end]


# ---- the shared samples ----


def _sample_findings(name: str) -> tuple[str, list]:
    text = sample_text(name)
    ctx = make_context(text)
    return text, [f for check in punctuation.CHECKS for f in check(ctx) if f.category == "punctuation"]


def test_engine_drops_punctuation_inside_web_residue() -> None:
    text = sample_text("township-annual-2020.txt")
    report = check_text(text)
    blocks = [(f.start, f.end) for f in report.findings if f.category == "web-residue"]
    assert blocks
    punct = [f for f in report.findings if f.category == "punctuation"]
    inside = [f for f in punct if any(a <= f.start < b for a, b in blocks)]
    assert inside == []
    _, direct = _sample_findings("township-annual-2020.txt")
    assert len([f for f in report.findings if f.category == "punctuation"]) < len(direct)


def test_sample_2017_commas_everywhere_markers_kept() -> None:
    text, fs = _sample_findings("town-halfyear-2017.txt")
    assert Counter(f.excerpt for f in fs) == {",": 424, ";": 24, ":": 23, "(": 8, ")": 8, "!": 1}
    assert all(
        f.suggestion == {",": "，", ";": "；", ":": "：", "!": "！", "(": "（", ")": "）"}[f.excerpt]
        for f in fs
    )
    # The 32 bracketed markers "(1)" / "(一)" are left alone.
    flagged = {f.start for f in fs}
    unflagged = [m for m in re.finditer(r"[()]", text) if m.start() not in flagged]
    assert len(unflagged) == 64
    for m in unflagged:
        pair = text[m.start() - 2 : m.start() + 3] if m.group() == ")" else text[m.start() : m.start() + 3]
        assert re.search(r"\([0-9一二三四五六七八九十]\)", pair), pair


def test_sample_2020() -> None:
    _, fs = _sample_findings("town-halfyear-2020.txt")
    assert Counter(f.excerpt for f in fs) == {";": 28, ":": 3, "(": 3, ")": 3, ",": 2}


def test_sample_annual_pdf_copy() -> None:
    text, fs = _sample_findings("township-annual-2020.txt")
    assert Counter(f.excerpt for f in fs) == {",": 209, ";": 30, ":": 6, "(": 2, ")": 2}
    # The only half-width mark left alone is the colon in a QQ number.
    flagged = {f.start for f in fs}
    unflagged = [m.start() for m in re.finditer(r"[,;:!?()]", text) if m.start() not in flagged]
    assert unflagged == [text.index("QQ:") + 2]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(",;:!?()18.aw/中文。（）\n")) | st.characters(), max_size=300))
def test_any_text_gives_well_formed_findings(text: str) -> None:
    from jiaogao.core.checks.base import Context
    from jiaogao.core.checks.punctuation import CHECKS
    from jiaogao.core.outline import paragraph_spans, parse_outline

    ctx = Context(text, paragraph_spans(text), parse_outline(text))
    for check in CHECKS:
        for f in check(ctx):
            assert 0 <= f.start < f.end <= len(text)
            assert f.excerpt == text[f.start : f.end]
