# SPDX-License-Identifier: MIT
"""One figure written twice with its digits in another order, found by a word in common around
both (figures_swaps); and the limits and periods that keep restatement rules apart.

Each case is a wrong passage (the exact span must be flagged) and its right version (nothing).
"""

import pytest
from jiaogao.core.engine import check_text

pytestmark = pytest.mark.core

ANNUAL = "石岭县人力资源和社会保障局2023年工作总结"


def conflicts(title: str, body: str) -> list[str]:
    return [f.excerpt for f in check_text(title + "\n" + body).findings if f.category == "figure-conflict"]


@pytest.mark.parametrize(
    ("first", "later", "wrong", "right"),
    [
        # the noun after the figure names it the second time
        (
            "一、基本情况\n学校现有教学班36个，在校学生1,653人，教职工142人。\n",
            "二、存在问题\n面对全校{}学生，心理健康教师只有2名，难以做到全覆盖。\n",
            "1635名",
            "1653名",
        ),
        # an abbreviation from the synonym lexicon and a verb said another way
        (
            "一、工作成效\n全年为农民工追回工资3,172万元，涉及农民工2,046人。\n",
            "二、存在问题\n建设领域欠薪仍时有发生，全年虽追讨欠薪{}，但源头治理不到位。\n",
            "3,127万元",
            "3,172万元",
        ),
        # a summary in 亿元 that the body gives with its digits swapped
        (
            "一、主要成效\n全年外贸进出口总额4.58亿美元，同比增长6.1%。\n",
            "二、下一步工作\n在今年进出口{}的基础上，引导企业开拓新兴市场。\n",
            "4.85亿美元",
            "4.58亿美元",
        ),
    ],
)
def test_swapped_digits_around_a_common_word(first, later, wrong, right):
    assert conflicts(ANNUAL, first + later.format(wrong)) == [wrong]
    assert conflicts(ANNUAL, first + later.format(right)) == []


@pytest.mark.parametrize(
    "body",
    [
        # two different things whose digits happen to be the same in another order
        "一、工作成效\n全年新增城镇就业2,315人。\n二、社会保险\n全年发放失业保险金1,325人。\n",
        # percentages are left out: two rates often share digits and the word 率
        "一、工作成效\n劳动保障监察结案率96.3%，调解成功率93.6%。\n",
        # a target and what was done
        "一、工作成效\n年度培训计划任务2,460人次，实际完成培训2,640人次。\n",
        # two stated years of one metric
        "一、工作成效\n2023年城镇新增就业4,318人，2022年城镇新增就业4,183人。\n",
        # two figures with only two significant digits (120 / 210): far too common to be a slip
        "一、就业服务\n全年开展送岗位进乡村活动120场。\n二、技能培训\n开展乡村技能培训活动210场。\n",
    ],
)
def test_swapped_digits_left_alone(body):
    assert conflicts(ANNUAL, body) == []


def test_a_limit_is_no_restatement_of_what_was_used():
    body = (
        "一、水资源管理\n全县用水总量控制指标2.36亿立方米，实际用水2.31亿立方米，为控制指标的97.9%。\n"
        "二、存在问题\n一是用水总量逼近红线，今年实际用水2.31亿立方米，新上项目用水空间有限。\n"
    )
    assert conflicts("平川县水务局2023年工作总结", body) == []


def test_a_compared_year_ends_at_its_clause():
    # 较上年的… does not make the next clause's figure last year's: 2.31 restates 2.13 wrongly
    wrong = (
        "一、经济发展\n全年一般公共预算收入9,420万元，较上年的8,906万元增长5.8%，农村居民人均可支配收入2.46万元。\n"
        "二、存在问题\n群众增收渠道不宽，农民人均可支配收入2.64万元，低于全市平均水平。\n"
    )
    right = wrong.replace("2.64万元", "2.46万元")
    assert conflicts("溪口镇2024年工作总结", wrong) == ["2.64万元"]
    assert conflicts("溪口镇2024年工作总结", right) == []


@pytest.mark.parametrize(
    ("opening", "flagged"),
    [
        ("现将全年工作总结和2025年工作计划报告如下。", []),
        ("现将全年工作总结和2024年工作计划报告如下。", ["2024年"]),
        ("现将2024年工作总结和2025年工作打算汇报如下。", []),
    ],
)
def test_declared_plan_year(opening, flagged):
    title = "河湾县统计局2024年工作总结和2025年工作计划"
    body = (
        "2024年，县统计局围绕中心、服务大局，各项工作稳步推进。"
        + opening
        + "\n一、2024年工作总结\n全年完成各类调查任务36项。\n"
    )
    found = [f.excerpt for f in check_text(title + "\n" + body).findings if f.category == "period-mismatch"]
    assert found == flagged
