# SPDX-License-Identifier: MIT
"""Placeholder check: X / xx masks, partly masked figures, **, 20xx, 某某, □□, 〇〇."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from jiaogao.core.checks.placeholder import check_placeholders
from jiaogao.core.engine import check_text

from tests.conftest import sample_text


def found(text: str) -> list[tuple[str, str]]:
    """(rule, excerpt) of every placeholder finding, in text order."""
    report = check_text(text)
    out = []
    for f in report.findings:
        if f.category == "placeholder":
            assert f.excerpt == text[f.start : f.end]
            assert f.severity == "error"
            out.append((f.rule, f.excerpt))
    return out


M, S, Y, N, B = (
    "placeholder.mask",
    "placeholder.stars",
    "placeholder.year",
    "placeholder.name",
    "placeholder.box",
)

POSITIVE = [
    ("截至6月底，全镇新增市场主体X户，同比增长X%。", [(M, "X"), (M, "X")]),
    ("XX街道党工委组织开展主题党日活动X次。", [(M, "XX"), (M, "X")]),
    ("xx 镇党委高度重视安全生产工作。", [(M, "xx")]),
    ("深入开展平安 xx 创建活动。", [(M, "xx")]),
    ("专门成立招商服务队伍——xx 镇招商小分队。", [(M, "xx")]),
    ("全年完成招商引资2X5万元，到位率12.X%。", [(M, "2X5"), (M, "12.X")]),
    ("于X月X日召开全县防汛工作会议。", [(M, "X"), (M, "X")]),
    ("同比下降X个百分点。", [(M, "X")]),
    ("培训入党积极分子X人，发展对象X名。", [(M, "X"), (M, "X")]),
    ("累计接待游客X万人次，其中来XX参观X批次。", [(M, "X"), (M, "XX"), (M, "X")]),
    ("拨付奖补资金X5万元。", [(M, "X5")]),
    ("完成投资X.5亿元。", [(M, "X.5")]),
    ("全镇XX.X万人参加城乡居民医保。", [(M, "XX.X")]),
    ("对X二中进行提质改造。", [(M, "X")]),
    ("副镇长XXX同志分管农业。", [(M, "XXX")]),
    ("共有x所村小、xx个教学班，专任教师xxx人。", [(M, "x"), (M, "xx"), (M, "xxx")]),
    ("Ｘ镇获评省级卫生乡镇。", [(M, "Ｘ")]),
    ("X有限公司、X项目相继落地X镇。", [(M, "X"), (M, "X"), (M, "X")]),
    ("加快X线贯通，启动X路北延工程。", [(M, "X"), (M, "X")]),
    ("××乡人民政府关于秋粮收购的报告", [(M, "××")]),
    # The X in front of 500kV hides a place name; 500kV itself is a voltage, never flagged.
    ("完成白石-X500kV变电站(X)段征拆工作，500kV线路全线贯通。", [(M, "X"), (M, "X")]),
    ("**年以来，**县委、县政府坚持稳中求进。", [(S, "**"), (S, "**")]),
    ("****农业科技有限公司落户我镇。", [(S, "****")]),
    ("以“花开**，幸福人家”为主题", [(S, "**")]),
    ("20xx年上半年，某某镇共完成造林1200亩。", [(Y, "20xx"), (N, "某某")]),
    ("201X年度考核中被评为优秀。", [(Y, "201X")]),
    ("20××年工作计划", [(Y, "20××")]),
    ("20XX年至20xx年", [(Y, "20XX"), (Y, "20xx")]),
    ("20**年全县经济运行平稳。", [(Y, "20**")]),
    ("某某某同志任组长。", [(N, "某某某")]),
    ("位于某某镇东部的工业园区", [(N, "某某")]),
    ("□□村党支部书记带头入户走访。", [(B, "□□")]),
    ("〇〇社区开展志愿服务活动。", [(B, "〇〇")]),
    ("○○○○年工作要点", [(B, "○○○○")]),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_placeholders_found_with_exact_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


NEGATIVE = [
    "医院新购置X光机一台，X射线防护检测达标，开展X线检查2000人次，X线片全部归档。",
    "GDP增长6.5%，PPP项目3个，CFL信息安全项目进展顺利。",
    "采购pvc管件、LED路灯，安装ETC设备，开通5G基站12个，B超、CT检查免费。",
    "PM2.5平均浓度下降12%，新建500kV变电站一座，改造10kv线路3条。",
    "购置XZ-200挖掘机两台、X-200型清扫车一辆、X1型巡逻车一辆。",
    "群众通过QQ、微信和APP反映问题，XP系统电脑全部更新。",
    "The Xbox and Windows XP are excluded; let x = 5 and f(x) = 2x.",
    "二〇二三年工作总结；二〇〇〇年以来；二○一九年全面完成。",
    "房间面积3x5米；分辨率1920x1080；长宽为3×4米；10×10米网格。",
    "对张某某、王某某等人依法处理。",
    "某地某村的做法值得借鉴。",
    "Use **bold** for emphasis.",
    "访问www.xxx.com或xxx.com查询，邮箱xx_office@example.com。",
    "□同意 □不同意",
    "○ 加强学习",
    "XL码、XS码服装各100套，X型钢架，X形路口改造。",
    "全年财政收入1318万元，同比增长8.5%。",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_placeholder_in_clean_text(text: str) -> None:
    assert found(text) == []


def test_span_of_masked_figure_is_the_figure() -> None:
    text = "今年完成投资2X5万元。"
    (f,) = [f for f in check_text(text).findings if f.category == "placeholder"]
    assert (f.start, f.end) == (text.index("2X5"), text.index("2X5") + 3)


def test_year_is_one_finding_not_a_year_and_a_mask() -> None:
    assert found("20xx年") == [(Y, "20xx")]


def test_never_raises_on_odd_input() -> None:
    for text in ["", "X", "x" * 5000, "1X" * 3000, "*" * 100, "某" * 50, "□", "〇" * 3, "X.X.X.", "\n\n"]:
        report = check_text(text)
        for f in report.findings:
            assert f.excerpt == text[f.start : f.end]


def test_check_is_a_registered_pure_function() -> None:
    from jiaogao.core.checks.registry import all_checks

    assert check_placeholders in all_checks()


# ---- the shared samples, read at run time ----


def _covered(text: str) -> set[int]:
    cov: set[int] = set()
    for f in check_text(text).findings:
        if f.category == "placeholder":
            cov.update(range(f.start, f.end))
    return cov


def test_sample_2020_every_x_found_and_nothing_else() -> None:
    text = sample_text("town-halfyear-2020.txt")
    fs = [f for f in check_text(text).findings if f.category == "placeholder"]
    assert Counter(f.excerpt for f in fs) == {"X": 116, "XX": 1}
    assert {f.rule for f in fs} == {M}
    # Every X of this draft is a mask, and the findings cover exactly those characters.
    assert _covered(text) == {i for i, c in enumerate(text) if c == "X"}
    # The X in front of "500kv" is one finding of its own; the voltage is untouched.
    i = text.index("X500kv")
    assert any(f.start == i and f.end == i + 1 for f in fs)


def test_sample_2017_every_star_found() -> None:
    text = sample_text("town-halfyear-2017.txt")
    fs = [f for f in check_text(text).findings if f.category == "placeholder"]
    counts = Counter((f.rule, f.excerpt) for f in fs)
    assert counts == {
        (S, "**"): 52,
        (S, "****"): 1,
        (Y, "20xx"): 2,
        (M, "x"): 1,
        (M, "xx"): 1,
        (M, "xxx"): 1,
        (M, "xxxx"): 1,
    }
    stars = {i for i, c in enumerate(text) if c == "*"}
    assert stars <= _covered(text)
    assert not any(f.excerpt == "PPP" or "P" in f.excerpt for f in fs)


def test_sample_2020_annual_xx_and_no_acronyms() -> None:
    text = sample_text("township-annual-2020.txt")
    fs = [f for f in check_text(text).findings if f.category == "placeholder"]
    assert [(f.rule, f.excerpt) for f in fs] == [(M, "xx")] * 3
    for acronym in re.finditer(r"[A-Za-z]{2,}", text):
        if acronym.group().lower() != "xx":
            assert not set(range(*acronym.span())) & _covered(text), acronym.group()


def test_office_can_add_its_own_never_flag_terms(tmp_path, monkeypatch) -> None:
    from jiaogao.core.checks import placeholder
    from jiaogao.core.resources import word_list

    text = "局里新购宝马X5公务用车一辆，X镇配备巡逻车。"
    assert found(text) == [(M, "X5"), (M, "X")]
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "never_flag.txt").write_text("宝马X5\n", encoding="utf-8")
    monkeypatch.setenv("JIAOGAO_HOME", str(tmp_path))
    word_list.cache_clear()
    placeholder._never_flag.cache_clear()
    try:
        assert found(text) == [(M, "X")]
    finally:
        monkeypatch.undo()
        word_list.cache_clear()
        placeholder._never_flag.cache_clear()
