# SPDX-License-Identifier: MIT
"""Averages as a total over a count (figures_average), and growth between the levels of two
years in a row (figures_growth2.check_growth_between_years).

Each case is a wrong passage (the exact span must be flagged) and its right version (nothing).
"""

import re

import pytest
from jiaogao.core.engine import check_text

pytestmark = pytest.mark.core


def mismatches(title: str, body: str) -> list[str]:
    return [f.excerpt for f in check_text(title + "\n" + body).findings if f.category == "figure-mismatch"]


@pytest.mark.parametrize(
    ("title", "body", "wrong", "right"),
    [
        # 人均: money over people
        (
            "青松村2022年集体经济分红情况报告",
            "年底村集体拿出分红资金63.8万元，惠及全村村民1,450人，人均分红{}，连续两年实现分红。",
            "480元",
            "440元",
        ),
        # 场均: a count over events
        (
            "城西区就业服务中心2023年工作总结",
            "全年举办专场招聘会18场，组织用人单位提供就业岗位11,340个，场均提供岗位{}。",
            "680个",
            "630个",
        ),
        # 村均: money over villages counted with 个行政村
        (
            "石门镇2024年人居环境整治工作总结",
            "全镇16个行政村共投入整治资金1,104万元，村均投入{}，新建垃圾收集点260个。",
            "72.5万元",
            "69.0万元",
        ),
        # 平均每公斤: money over weight, 万元 over 吨
        (
            "云峰乡2019年茶产业发展情况",
            "全乡全年销售干毛茶284吨，实现销售收入4,686万元，平均每公斤售价{}。",
            "178元",
            "165元",
        ),
        # per head of a level stated for last year, 亿元 over 万人
        (
            "河湾镇2025年一季度经济运行分析",
            "上年全镇实现地区生产总值21.4亿元，按常住人口4.86万人计算，人均地区生产总值{}。",
            "4.73万元",
            "4.40万元",
        ),
    ],
)
def test_average_is_total_over_count(title, body, wrong, right):
    assert mismatches(title, body.format(wrong)) == [wrong]
    assert mismatches(title, body.format(right)) == []


def test_average_leaves_last_years_base_alone():
    # 人均 is this year's 2,418万元 over 1,976人; last year's 2,010万元 is no total of it
    body = "共为1,976名农民工追发工资2,418万元，比上年同期的2,010万元增长20.3%，人均1.22万元。"
    assert mismatches("安宁县人社局2016年根治欠薪专项工作总结", body) == []


@pytest.mark.parametrize(
    ("body", "wrong", "right"),
    [
        # this year's level, then last year's with 为, then the rate
        ("2023年全县完成出口额4.28亿美元，2022年为4.75亿美元，同比下降{}。", "11.5%", "9.9%"),
        # two years named, the later one with 降至
        ("全县生产安全事故持续下降，2022年发生23起，2023年降至18起，同比下降{}。", "27.8%", "21.7%"),
        # last year's level in the sentence before
        (
            "2022年景区接待游客36.5万人次。今年开通旅游专线，全年接待游客44.2万人次，同比增长{}。",
            "24.6%",
            "21.1%",
        ),
        # a base with 比…的 and 增产
        ("全乡粮食总产量达到3.42万吨，比2022年的3.18万吨增产{}。", "9.6%", "7.5%"),
    ],
)
def test_growth_between_two_years(body, wrong, right):
    title = "东山县2023年工作总结"
    assert mismatches(title, body.format(wrong)) == [wrong]
    assert mismatches(title, body.format(right)) == []


def test_growth_between_years_needs_the_base_of_its_own_level():
    # 较2018年的110件 is the base of 信访总量 (96件), not of the 办结 count just before it
    body = "全年受理来信来访96件，办结93件，办结率96.9%，信访总量较2018年的110件下降12.7%。"
    assert mismatches("柳林县退役军人事务局2019年工作总结", body) == []


@pytest.mark.parametrize(
    ("body", "wrong", "right"),
    [
        ("全年发布气象灾害预警信号42次，其中暴雨预警{}、大风预警11次、雷电预警13次。", "16次", "18次"),
        ("全县建设高标准农田7.4万亩，其中新建{}、改造提升2.6万亩。", "4.6万亩", "4.8万亩"),
        (
            "审计查出问题金额2.18亿元，其中违规金额0.86亿元、管理不规范金额{}、损失浪费0.23亿元。",
            "1.02亿元",
            "1.09亿元",
        ),
    ],
)
def test_a_plain_list_just_short_of_its_total(body, wrong, right):
    title = "南湖县2021年工作总结"
    found = [
        f for f in check_text(title + "\n" + body.format(wrong)).findings if f.category == "figure-mismatch"
    ]
    assert [(f.severity, f.rule) for f in found] == [("warning", "figures.parts")]
    assert mismatches(title, body.format(right)) == []


@pytest.mark.parametrize(
    "body",
    [
        # the total says there are many kinds
        "全年共争取各类项目资金860万元，其中交通项目资金520万元、农田水利项目资金310万元。",
        # one part only: a part, not a list
        "全院现有职工612人，其中卫生技术人员568人，占职工总数的92.8%。",
        # far short: the list names the main parts only
        "全年受理矛盾纠纷1,046件，其中婚姻家庭纠纷386件、邻里纠纷254件、土地承包纠纷197件。",
        # parts in two units: the 所 are left out of the 个
        "全县共有医疗卫生机构386个，其中县级医院4所、乡镇卫生院18所、村卫生室342个、民营医疗机构22个。",
    ],
)
def test_lists_that_may_leave_parts_out(body):
    assert mismatches("南湖县2021年工作总结", body) == []


@pytest.mark.parametrize(
    ("body", "total"),
    [
        # the total in the sentence before, the names of its kinds before 分别为
        ("全年受理信访事项152件。按渠道分，来信、来访、网上信访分别为41件、{}、19件。", "152件"),
        # the total without 共: the last name shares its word (企业)
        ("上半年检查企业52家，工业、建筑业、批零住餐企业分别为21家、{}、14家。", "52家"),
        # past the count of successes to the total
        (
            "全年共调处矛盾纠纷312件，调解成功305件。其中婚姻家庭纠纷、邻里纠纷、其他纠纷分别为118件、{}、73件。",
            "312件",
        ),
    ],
)
def test_kinds_listed_before_respectively_add_up(body, total):
    title = "清河县2020年工作总结"
    parts = [int(x) for x in re.findall(r"(\d+)[件家]", body.split("分别为")[1])]
    right = int(total[:-1]) - sum(parts)
    assert mismatches(title, body.format(f"{right + 4}{total[-1]}")) == [total]
    assert mismatches(title, body.format(f"{right}{total[-1]}")) == []


def test_three_named_kinds_of_a_larger_whole_are_not_all_of_it():
    body = (
        "全县一般公共预算支出完成26.4亿元，其中民生支出21.1亿元，占79.9%。"
        "教育、社会保障和就业、卫生健康三项支出分别为6.12亿元、4.35亿元、2.86亿元。"
    )
    assert mismatches("清河县财政局2020年工作总结", body) == []


@pytest.mark.parametrize(
    ("title", "body", "wrong", "right"),
    [
        # 千瓦时 is energy: 2863万千瓦时 is one figure, not 2863万千瓦 and a stray 时
        (
            "红柳供电所2016年上半年工作总结",
            "上半年完成售电量2863万千瓦时，比上年同期的2640万千瓦时增长{}，其中居民生活用电1124万千瓦时。",
            "6.3%",
            "8.4%",
        ),
        # 件次 is a unit of its own
        (
            "南营门街道2008年工作总结",
            "全年受理群众来信来访420件次，较上年的480件次下降{}。",
            "15.0%",
            "12.5%",
        ),
        # 名 and 人 count the same people
        (
            "泾川县残联2026年康复工作专项总结",
            "全年为3120名持证残疾人提供基本康复服务，占年度任务3000人的{}。",
            "106.0%",
            "104.0%",
        ),
    ],
)
def test_units_read_whole(title, body, wrong, right):
    assert mismatches(title, body.format(wrong)) == [wrong]
    assert mismatches(title, body.format(right)) == []


def test_a_second_rate_after_a_density_is_not_the_pairs():
    body = "全年应免牲畜14.5万头，实际免疫13.9万头，免疫密度达到95.9%，免疫档案建档率100%。"
    assert mismatches("马莲川畜牧站2018年工作总结", body) == []
    # the density is the pair's rate even when it is written wrong: the 100% is still not theirs
    assert "100%" not in mismatches("马莲川畜牧站2018年工作总结", body.replace("95.9%", "97.6%"))
