# SPDX-License-Identifier: MIT
"""Dev cases for the principles behind the h4 false alarms and misses of the figure rules.

Each case is (name, title, wrong body, expected findings, right body): the wrong body must give exactly
the expected (category, excerpt) findings and the right body none. Written for this file: other towns,
metrics and units than the drafts the principles came from.
"""

from __future__ import annotations

import pytest
from jiaogao.core.engine import check_text

FIGURE_CATEGORIES = {"figure-mismatch", "figure-conflict", "count-mismatch", "period-mismatch"}
M, C = "figure-mismatch", "figure-conflict"


def findings(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n\n{body}"
    out = []
    for f in check_text(text).findings:
        if f.category in FIGURE_CATEGORIES:
            assert text[f.start : f.end] == f.excerpt
            out.append((f.category, f.excerpt))
    return out


CASES = [
    # --- a share is of the figure its clause is about: a 其中 list's total, not its last part ----------
    (
        "share-of-list-total-money",
        "柳塘县交通运输局2021年上半年工作总结",
        "一、上半年工作\n上半年完成交通投资3.40亿元，其中国省道1.50亿元、县乡道0.90亿元、村道1.00亿元，"
        "完成年度计划6.8亿元的62.0%。",
        [(M, "62.0%")],
        "一、上半年工作\n上半年完成交通投资3.40亿元，其中国省道1.50亿元、县乡道0.90亿元、村道1.00亿元，"
        "完成年度计划6.8亿元的50.0%。",
    ),
    (
        "share-of-list-total-area",
        "桂山镇2019年工作总结",
        "一、农业生产\n全年完成造林1.26万亩，其中人工造林0.48万亩、封山育林0.52万亩、退化林修复0.26万亩，"
        "占县下达任务1.5万亩的34.7%。",
        [(M, "34.7%")],
        "一、农业生产\n全年完成造林1.26万亩，其中人工造林0.48万亩、封山育林0.52万亩、退化林修复0.26万亩，"
        "占县下达任务1.5万亩的84.0%。",
    ),
    # --- parts belong to the total right before 其中, not to a figure after it ------------------------
    (
        "parts-of-contract-not-saving",
        "安平县人民医院2022年设备采购专项工作报告",
        "一、采购情况\n全年采购设备38台，预算3,100万元，合同总额2,740万元，其中核磁共振一台1,650万元、"
        "彩超三台560万元、其他设备730万元。",
        [(M, "2,740万元")],
        "一、采购情况\n全年采购设备38台，预算3,100万元，实际成交2,740万元，节约资金360万元，节约率11.6%。"
        "其中核磁共振一台1,650万元、彩超三台560万元、其他设备530万元。",
    ),
    (
        "parts-of-works-not-balance",
        "西陵区住建局2020年工作总结",
        "一、老旧小区改造\n全年改造资金总额8,600万元，其中中央补助4,200万元、省级补助1,900万元、"
        "其余为区级配套2,900万元。",
        [(M, "8,600万元")],
        "一、老旧小区改造\n全年批复改造资金9,000万元，实际拨付8,600万元，结余400万元。"
        "其中中央补助4,200万元、省级补助1,900万元、其余为区级配套2,500万元。",
    ),
    # --- a rate is computed only from its own pair ------------------------------------------------
    (
        "rate-own-pair-hotline",
        "北关区城市管理局2022年工作总结",
        "一、工作成效\n全年受理城市管理问题3.62万件，结案3.50万件，结案率92.1%；"
        "政务服务热线转办件按时办结率99.3%，群众满意度持续提升。",
        [(M, "92.1%")],
        "一、工作成效\n全年受理城市管理问题3.62万件，结案3.50万件，结案率96.7%；"
        "政务服务热线转办件按时办结率99.3%，群众满意度持续提升。",
    ),
    (
        "rate-due-done",
        "临川县燃气公司2021年工作总结",
        "一、安全管理\n全年应检工商户2,400户，已检2,256户，安检率96.5%。",
        [(M, "96.5%")],
        "一、安全管理\n全年应检工商户2,400户，已检2,256户，安检率94.0%。",
    ),
    (
        "rate-due-done-inspection",
        "南溪镇2023年上半年工作总结",
        "一、上半年工作\n上半年应查自建房1,850栋，实查1,702栋，排查率95.0%，发现隐患房屋37栋。",
        [(M, "95.0%")],
        "一、上半年工作\n上半年应查自建房1,850栋，实查1,702栋，排查率92.0%，发现隐患房屋37栋。",
    ),
    # --- 合格 and 不合格 split the whole ------------------------------------------------------------
    (
        "parts-pass-fail",
        "东湖区市场监管局2020年工作总结",
        "一、监督抽检\n全年共抽检药品420批次，其中合格409批次、不合格13批次，不合格药品已全部下架。",
        [(M, "420批次")],
        "一、监督抽检\n全年共抽检药品420批次，其中合格407批次、不合格13批次，不合格药品已全部下架。",
    ),
    # --- central, provincial and county money split the whole, across hard line breaks too ----------
    (
        "parts-funding-levels-wrapped",
        "青禾县农业农村局2018年上半年工作总结",
        "一、项目建设\n上半年完成高标准农田建设投资1.64亿元，其中中央\n资金0.82亿元、省级资金0.41亿元、"
        "县级配套0.31亿\n元，项目进展顺利。",
        [(M, "1.64亿元")],
        "一、项目建设\n上半年完成高标准农田建设投资1.64亿元，其中中央\n资金0.82亿元、省级资金0.41亿元、"
        "县级配套0.41亿\n元，项目进展顺利。",
    ),
    (
        "parts-funding-four-levels",
        "汾阳市水利局2017年工作总结",
        "一、水利投资\n全年完成水利投资6,320万元，其中中央资金2,800万元、省级资金1,500万元、"
        "市级资金900万元、县级资金1,020万元。",
        [(M, "6,320万元")],
        "一、水利投资\n全年完成水利投资6,320万元，其中中央资金2,800万元、省级资金1,500万元、"
        "市级资金900万元、县级资金1,120万元。",
    ),
    # --- an indicator named with its verb (接待游客) is one figure under every heading -----------------
    (
        "conflict-indicator-with-verb",
        "溪口县文化和旅游局2024年工作总结",
        "一、旅游发展\n全年接待游客218.5万人次，同比增长9.6%。\n\n二、存在问题\n"
        "全年接待游客208.5万人次，但过夜游客偏少，旅游消费层次不高。",
        [(C, "208.5万人次")],
        "一、旅游发展\n全年接待游客218.5万人次，同比增长9.6%。\n\n二、存在问题\n"
        "全年接待游客218.5万人次，但过夜游客偏少，旅游消费层次不高。",
    ),
    (
        "conflict-rural-roads",
        "云岗县交通运输局局长2023年度述职报告",
        "一、项目建设\n新改建农村公路142公里，实施危桥改造9座。\n\n二、民生实事\n"
        "牵头推进“四好农村路”建设，全年新改建农村公路124公里，惠及群众约6万人。",
        [(C, "124公里")],
        "一、项目建设\n新改建农村公路142公里，实施危桥改造9座。\n\n二、民生实事\n"
        "牵头推进“四好农村路”建设，全年新改建农村公路142公里，惠及群众约6万人。",
    ),
    # --- a target in a plan part opened by a bare line is not a result ----------------------------
    (
        "plan-part-bare-line",
        "长宁县农业农村局2022年工作总结及2023年工作计划",
        "第一部分 2022年工作总结\n\n一、产业发展\n新建高标准农田示范片8个，建成冷链仓储设施23处。\n\n"
        "二、存在问题\n新建高标准农田示范片6个，仍有部分村设施不足。\n\n"
        "第二部分 2023年工作计划\n\n一、夯实产业基础\n新建高标准农田示范片10个，新建冷链仓储设施30处。",
        [(C, "6个")],
        "第一部分 2022年工作总结\n\n一、产业发展\n新建高标准农田示范片8个，建成冷链仓储设施23处。\n\n"
        "第二部分 2023年工作计划\n\n一、夯实产业基础\n新建高标准农田示范片10个，新建冷链仓储设施30处。",
    ),
    (
        "review-bare-line-is-not-plan",
        "平岭镇2021年工作总结",
        "主要任务完成情况\n\n一、产业发展\n全年新建设施蔬菜大棚126个，带动农户增收。\n\n"
        "二、存在问题\n全年新建设施蔬菜大棚162个，但冷链配套滞后。",
        [(C, "162个")],
        "主要任务完成情况\n\n一、产业发展\n全年新建设施蔬菜大棚126个，带动农户增收。\n\n"
        "二、存在问题\n全年新建设施蔬菜大棚126个，但冷链配套滞后。",
    ),
    # --- a bare restatement with an area word (全区参保) is the whole-area metric stated before -------
    (
        "conflict-area-restatement",
        "河阳区医疗保障局2023年上半年工作总结",
        "一、参保扩面\n截至6月底，全区基本医疗保险参保人数28.64万人，参保率稳定在97%以上。\n\n"
        "二、经办服务\n推行“一窗通办”，全区参保28.46万人均可就近办理业务。",
        [(C, "28.46万人")],
        "一、参保扩面\n截至6月底，全区基本医疗保险参保人数28.64万人，参保率稳定在97%以上。\n\n"
        "二、经办服务\n推行“一窗通办”，全区参保28.64万人均可就近办理业务。",
    ),
]


# Correct or undecidable passages around the new principles: all must stay silent.
CLEAN = [
    # a share right after the last part of a list may be that part's own: unsure, so silent
    "全年完成投资4.20亿元，其中中央资金1.60亿元、省级资金1.10亿元、县级配套1.50亿元，占县级年度预算8.0亿元的18.8%。",
    # 供应 is not 应供: no due/done pair
    "全年供应化肥8.6万吨，已化解矛盾纠纷126起，化解率97.7%。",
    # a rate of another named thing after a pair that has its own rate
    "全年受理投诉举报1,260件，办结1,248件，办结率99.0%；网络舆情处置及时率100%。",
    # one part of a list, and a whole with nothing between it and 其中
    # 人口 alone is not the 常住人口 stated before (户籍 and 常住 differ)
    "全县常住人口52.3万人，城镇化率48.6%。全县人口56.1万人中，农业人口占六成。",
    "全年实现税收2.35亿元，其中增值税1.12亿元，完成年度目标的108.4%。",
]


@pytest.mark.parametrize("body", CLEAN)
def test_clean_passages_are_silent(body):
    assert findings("文峰县2021年工作总结", "一、主要工作\n" + body) == []


@pytest.mark.parametrize("name,title,wrong,expected,right", CASES, ids=[c[0] for c in CASES])
def test_wrong_version_is_flagged(name, title, wrong, expected, right):
    assert findings(title, wrong) == expected


@pytest.mark.parametrize("name,title,wrong,expected,right", CASES, ids=[c[0] for c in CASES])
def test_right_version_is_silent(name, title, wrong, expected, right):
    assert findings(title, right) == []
