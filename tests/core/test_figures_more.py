# SPDX-License-Identifier: MIT
"""A development set for the figure rules, written apart from the corpus drafts.

Each case is (name, title, wrong body, expected findings, right body): the wrong body must give
exactly the expected (category, excerpt) findings and the right body none at all. Towns, bureaus,
years, units and phrasings are varied on purpose, so that a rule tuned to one wording fails here.
CLEAN holds correct passages full of traps (thresholds, partial lists, sub-scopes, targets,
baselines) that must stay silent.
"""

from __future__ import annotations

import pytest
from jiaogao.core.engine import check_text

FIGURE_CATEGORIES = {"figure-mismatch", "figure-conflict", "count-mismatch", "period-mismatch"}
M, C, N, P = "figure-mismatch", "figure-conflict", "count-mismatch", "period-mismatch"


def findings(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n\n{body}"
    out = []
    for f in check_text(text).findings:
        if f.category in FIGURE_CATEGORIES:
            assert text[f.start : f.end] == f.excerpt
            out.append((f.category, f.excerpt))
    return out


CASES = [
    # --- shares of a whole stated earlier --------------------------------------------------
    (
        "share-among-total",
        "石门乡2022年工作总结",
        "一、主要工作\n全乡16个行政村中，村集体经营性收入超过10万元的村有11个，占比75%。",
        [(M, "75%")],
        "一、主要工作\n全乡16个行政村中，村集体经营性收入超过10万元的村有11个，占比68.8%。",
    ),
    (
        "share-total-previous-sentence",
        "长岭县民政局2023年工作总结",
        "一、工作成效\n全县现有养老机构42家。今年新评定星级机构的有18家，占比45.2%。",
        [(M, "45.2%")],
        "一、工作成效\n全县现有养老机构42家。今年新评定星级机构的有18家，占比42.9%。",
    ),
    (
        "share-named-whole-people",
        "城东街道2024年上半年工作总结",
        "一、上半年工作情况\n全街道共招募注册志愿者3260名。其中，35岁以下青年志愿者1420人，占志愿者总数的46.3%。",
        [(M, "46.3%")],
        "一、上半年工作情况\n全街道共招募注册志愿者3260名。其中，35岁以下青年志愿者1420人，占志愿者总数的43.6%。",
    ),
    (
        "share-schools-among",
        "云岭县教育局2021年工作总结",
        "一、主要成效\n全县45所中小学中，建成智慧校园的学校达到36所，占比85%。",
        [(M, "85%")],
        "一、主要成效\n全县45所中小学中，建成智慧校园的学校达到36所，占比80%。",
    ),
    # --- growth from a prior value ---------------------------------------------------------
    (
        "growth-than-last-year-value",
        "桃花镇2022年工作总结",
        "一、经济发展\n全年实现旅游综合收入3.82亿元，比上年的3.16亿元增长25.9%。",
        [(M, "25.9%")],
        "一、经济发展\n全年实现旅游综合收入3.82亿元，比上年的3.16亿元增长20.9%。",
    ),
    (
        "growth-than-named-year",
        "青溪县文旅局2022年工作总结",
        "一、工作成效\n全年接待游客86.5万人次，较2021年的71.2万人次增长18.5%。",
        [(M, "18.5%")],
        "一、工作成效\n全年接待游客86.5万人次，较2021年的71.2万人次增长21.5%。",
    ),
    (
        "growth-falling",
        "河口镇2023年上半年工作总结",
        "一、上半年工作\n上半年一般公共预算支出3900万元，比上年同期的4260万元下降6.5%。",
        [(M, "6.5%")],
        "一、上半年工作\n上半年一般公共预算支出3900万元，比上年同期的4260万元下降8.5%。",
    ),
    (
        "growth-rate-word",
        "北岸区商务局2019年工作总结",
        "一、主要指标\n全区社会消费品零售总额12.6亿元，较上年的11.8亿元增幅为9.8%。",
        [(M, "9.8%")],
        "一、主要指标\n全区社会消费品零售总额12.6亿元，较上年的11.8亿元增幅为6.8%。",
    ),
    # --- complementary splits --------------------------------------------------------------
    (
        "split-urban-rural",
        "安平县2020年统计工作总结",
        "一、基本情况\n全县户籍人口28.6万人，其中城镇人口11.2万人、农村人口15.4万人。",
        [(M, "28.6万人")],
        "一、基本情况\n全县户籍人口28.6万人，其中城镇人口11.2万人、农村人口17.4万人。",
    ),
    (
        "split-men-women",
        "县人社局2018年工作总结",
        "一、社会保障\n年末参保职工4860人，其中男职工2630人，女职工2130人。",
        [(M, "4860人")],
        "一、社会保障\n年末参保职工4860人，其中男职工2630人，女职工2230人。",
    ),
    (
        "split-state-local-tax",
        "新城镇2015年工作总结",
        "一、财税工作\n全年完成税收2.86亿元，其中国税1.72亿元、地税1.04亿元。",
        [(M, "2.86亿元")],
        "一、财税工作\n全年完成税收2.86亿元，其中国税1.72亿元、地税1.14亿元。",
    ),
    (
        "split-new-continued",
        "龙潭镇2021年工作总结",
        "一、项目建设\n全年共实施重点项目24个，其中新建项目15个、续建项目7个。",
        [(M, "24个")],
        "一、项目建设\n全年共实施重点项目24个，其中新建项目15个、续建项目9个。",
    ),
    # --- conflicts -------------------------------------------------------------------------
    (
        "conflict-named-after",
        "沙坪镇2023年工作总结",
        "一、工业经济\n全镇共有规模以上企业23家，实现产值18.6亿元。\n二、安全生产\n组织全镇25家规上企业开展应急演练。",
        [(C, "25家")],
        "一、工业经济\n全镇共有规模以上企业23家，实现产值18.6亿元。\n二、安全生产\n组织全镇23家规上企业开展应急演练。",
    ),
    (
        "conflict-registrations",
        "县自然资源局2022年工作总结",
        "一、登记服务\n全年共办理不动产登记3260件，办理时限压缩至3个工作日。\n二、作风建设\n"
        "开展“我为群众办实事”活动，全年办理不动产登记3620件，群众满意度明显提升。",
        [(C, "3620件")],
        "一、登记服务\n全年共办理不动产登记3260件，办理时限压缩至3个工作日。\n二、作风建设\n"
        "开展“我为群众办实事”活动，全年办理不动产登记3260件，群众满意度明显提升。",
    ),
    (
        "conflict-part-restated",
        "平山县财政局2017年工作总结",
        "一、支出情况\n全县一般公共预算支出完成26.4亿元。其中教育支出5.12亿元，同比增长6.1%。\n"
        "二、保障民生\n全年教育支出5.21亿元，重点保障义务教育经费。",
        [(C, "5.21亿元")],
        "一、支出情况\n全县一般公共预算支出完成26.4亿元。其中教育支出5.12亿元，同比增长6.1%。\n"
        "二、保障民生\n全年教育支出5.12亿元，重点保障义务教育经费。",
    ),
    # --- periods ---------------------------------------------------------------------------
    (
        "until-stale-year",
        "白沙县农业农村局2022年工作总结",
        "一、主要工作\n培育新型经营主体。截至2021年底，全县共有家庭农场326家、农民合作社418家。",
        [(P, "2021年")],
        "一、主要工作\n培育新型经营主体。截至2022年底，全县共有家庭农场326家、农民合作社418家。",
    ),
    (
        "until-later-month-with-year",
        "东坝镇2023年上半年工作总结",
        "一、上半年工作\n截至2023年9月底，全镇完成农村户厕改造860户。",
        [(P, "截至2023年9月底")],
        "一、上半年工作\n截至2023年6月底，全镇完成农村户厕改造860户。",
    ),
    (
        "plan-targets-wrong-year",
        "金河镇2023年工作总结和2024年工作计划",
        "一、2023年工作总结\n全年完成固定资产投资6.2亿元。\n二、2024年工作计划\n"
        "2023年主要预期目标是：固定资产投资增长8%，一般公共预算收入增长5%。",
        [(P, "2023年")],
        "一、2023年工作总结\n全年完成固定资产投资6.2亿元。\n二、2024年工作计划\n"
        "2024年主要预期目标是：固定资产投资增长8%，一般公共预算收入增长5%。",
    ),
    # --- counts ----------------------------------------------------------------------------
    (
        "count-communities",
        "城关镇2019年工作总结",
        "一、社会治理\n在城关、河口、新集4个社区试点网格化管理。",
        [(N, "4个")],
        "一、社会治理\n在城关、河口、新集3个社区试点网格化管理。",
    ),
]

CLEAN = [
    (
        "threshold-not-total",
        "黄土镇2021年工作总结",
        "一、乡村振兴\n全镇村级集体经济收入均达到5万元以上，其中超过30万元的村有4个。",
    ),
    (
        "relative-clause-not-names",
        "县市场监管局2022年工作总结",
        "一、执法监管\n对证照不全、屡教不改的5家门店依法立案查处。",
    ),
    (
        "share-base-not-total",
        "南川县财政局2018年工作总结",
        "一、收入情况\n全县完成一般公共预算收入7.46亿元，为年初预算7.2亿元的103.6%。其中，税收收入5.38亿元，非税收入2.08亿元。",
    ),
    (
        "partial-list-below-total",
        "高坪镇2020年工作总结",
        "一、党建工作\n全镇有党员612名，其中女党员138名，35岁以下党员96名，大专以上学历党员210名。",
    ),
    (
        "split-with-overlapping-extra",
        "县总工会2019年工作总结",
        "一、会员发展\n全年新发展会员2400人，其中男会员1320人、女会员1080人，农民工会员860人。",
    ),
    (
        "saving-rate-on-budget",
        "县机关事务局2023年工作总结",
        "一、政府采购\n全年完成采购项目186个，采购预算金额2.64亿元，实际采购金额2.49亿元，节约资金1500万元，节约率5.7%。",
    ),
    (
        "targets-next-to-actuals",
        "柳溪镇2022年工作总结",
        "一、经济运行\n全年计划完成造林1200亩，实际完成造林1350亩。\n二、生态建设\n全年完成造林1350亩，栽植苗木8.6万株。",
    ),
    (
        "different-periods",
        "凤山县文旅局2021年工作总结",
        "一、旅游发展\n上半年接待游客12.6万人次。\n二、全年情况\n全年接待游客28.4万人次，同比增长9.2%。",
    ),
    (
        "village-sub-scope",
        "清河镇2020年工作总结",
        "一、基础设施\n全镇新建通村道路12公里。\n二、示范村建设\n红旗村新建通村道路3公里，安装路灯120盏。",
    ),
    (
        "campaign-sub-scope",
        "洪山镇2021年安全生产工作总结",
        "一、隐患排查\n全年共检查企业186家次，发现隐患260处。\n二、专项整治\n开展消防安全专项整治，共检查企业45家次。",
    ),
    (
        "baseline-until-last-year",
        "县农业农村局2022年工作总结",
        "一、经营主体\n与截至2021年底相比，全县新增家庭农场48家。",
    ),
    (
        "plan-year-right",
        "金河镇2023年工作总结和2024年工作计划",
        "一、2023年工作总结\n全年完成固定资产投资6.2亿元。\n二、2024年工作计划\n2024年是“十四五”规划的关键之年。",
    ),
    (
        "growth-within-rounding",
        "西湖街道2024年工作总结",
        "一、经济指标\n全年完成税收收入1.26亿元，比上年的1.17亿元增长7.7%。",
    ),
    (
        "stock-restated-same",
        "县民政局2019年上半年工作总结",
        "一、兜底保障\n全县共有城乡低保对象2140户3815人。\n二、下半年工作打算\n开展低保专项清理，全县低保对象2140户3815人全部纳入动态管理。",
    ),
]


@pytest.mark.parametrize("name,title,wrong,expected,right", CASES, ids=[c[0] for c in CASES])
def test_wrong_version_is_flagged(name, title, wrong, expected, right):
    assert findings(title, wrong) == expected


@pytest.mark.parametrize("name,title,wrong,expected,right", CASES, ids=[c[0] for c in CASES])
def test_right_version_is_silent(name, title, wrong, expected, right):
    assert findings(title, right) == []


@pytest.mark.parametrize("name,title,body", CLEAN, ids=[c[0] for c in CLEAN])
def test_clean_passage_is_silent(name, title, body):
    assert findings(title, body) == []
