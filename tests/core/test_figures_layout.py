# SPDX-License-Identifier: MIT
"""Figures read through the way a draft is laid out: a period line under the title, a site's
residue above it, a breakdown of the first part, the whole a share names, a month that reports a
count, names after a date and before a bracketed noun.

Each case is a wrong passage (the exact span must be flagged) and its right version (nothing).
"""

import pytest
from jiaogao.core.engine import check_text

pytestmark = pytest.mark.core


def found(text: str, category: str) -> list[str]:
    return [f.excerpt for f in check_text(text).findings if f.category == category]


def test_the_period_line_under_the_title():
    text = (
        "柳河县统计局副局长述职报告\n\n（2022年度）\n\n各位领导、同志们：\n\n"
        "{}，我在局党组的领导下，协助局长分管农业统计和普查工作，现将履职情况报告如下。\n"
        "一、履行职责情况\n全年组织完成各类统计调查任务28项。\n"
    )
    assert found(text.format("2021年"), "period-mismatch") == ["2021年"]
    assert found(text.format("2022年"), "period-mismatch") == []


def test_a_sites_residue_above_the_title_is_not_the_title():
    text = (
        "热门话题/工作总结 统计 年度计划 范文大全\n\n"
        "青川县统计局2018年工作总结和2019年工作计划\n\n"
        "一、2018年工作总结\n全年完成各类调查任务31项。\n{}工作计划\n一是抓好第四次经济普查准备工作。\n"
    )
    assert found(text.format("二、2020年"), "period-mismatch") == ["2020年"]
    assert found(text.format("二、2019年"), "period-mismatch") == []


def test_a_breakdown_of_the_first_part():
    # the parts after a share are a breakdown of the first part, not more parts of the whole
    text = (
        "石桥镇卫生院2021年工作总结\n一、队伍建设\n"
        "全院现有职工486人，其中卫生技术人员412人，占职工总数的84.8%，执业医师136人、注册护士189人。"
    )
    assert found(text, "figure-mismatch") == []
    # the same list without the share between: three parts of one whole, and they exceed it
    flat = text.replace("，占职工总数的84.8%，", "、")
    assert found(flat, "figure-mismatch") == ["486人"]


def test_the_share_of_the_whole_it_names():
    text = (
        "龙门镇2024年上半年工作总结\n一、平安建设\n"
        "上半年受理调处矛盾纠纷152件，调解成功146件，调解成功率96.1%。其中婚姻家庭纠纷41件，占调处总数的{}；"
        "邻里纠纷37件。\n"
    )
    assert found(text.format("27.0%"), "figure-mismatch") == []  # 41 of the 152 handled
    assert found(text.format("28.1%"), "figure-mismatch") == ["28.1%"]


def test_a_month_after_the_half_year_that_reports_a_count():
    text = (
        "清水县第一中学2022年上半年工作总结\n一、招生工作\n"
        "{}高一新生报到468人，报到率97.9%，招生计划全部完成。\n"
    )
    assert found(text.format("9月"), "period-mismatch") == ["9月"]
    assert found(text.format("6月"), "period-mismatch") == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # a date before the first name, and a bracketed class inside the noun after the count
        (
            "4月底前完成红岩、青杠、石门、龙洞三座小（二）型水库的汛前检查。",
            "4月底前完成红岩、青杠、石门、龙洞四座小（二）型水库的汛前检查。",
        ),
    ],
)
def test_names_after_a_date_and_before_a_bracketed_noun(wrong, right):
    title = "北川县水务局2021年上半年工作总结\n一、防汛抗旱\n"
    assert found(title + wrong, "count-mismatch") == ["三座"]
    assert found(title + right, "count-mismatch") == []
