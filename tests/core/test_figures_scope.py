# SPDX-License-Identifier: MIT
"""A county-wide figure in a park's or town's report is another whole, not a restatement."""

import pytest
from jiaogao.core.checks.figures_common import wider_scope
from jiaogao.core.engine import check_text

pytestmark = pytest.mark.core


def conflicts(title: str, body: str) -> list[str]:
    return [f.excerpt for f in check_text(title + "\n" + body).findings if f.category == "figure-conflict"]


def test_county_figure_in_a_park_report_is_not_a_conflict():
    body = (
        "一、招商引资\n全年新开工项目18个，到位资金24.6亿元，同比增长12.3%。\n"
        "二、存在的问题\n全县全年到位资金为51.2亿元，园区占全县的近一半，带动作用有待增强。"
    )
    assert conflicts("银湖经济开发区2019年招商引资工作总结", body) == []


def test_the_park_restating_its_own_figure_still_conflicts():
    body = (
        "一、招商引资\n全年新开工项目18个，到位资金24.6亿元，同比增长12.3%。\n"
        "二、存在的问题\n回顾全年，全区到位资金26.4亿元，但龙头项目偏少。"
    )
    assert conflicts("银湖经济开发区2019年招商引资工作总结", body) == ["26.4亿元"]


@pytest.mark.parametrize(
    ("title", "clause", "wider"),
    [
        ("青石镇2023年工作总结", "全县", True),
        ("银湖经济开发区2019年工作总结", "全市", True),
        ("安平县农业农村局2020年工作总结", "全县", False),
        ("长宁县乡村振兴局2022年工作总结", "全县", False),
        ("青石镇2023年工作总结", "全镇", False),
    ],
)
def test_wider_scope(title, clause, wider):
    assert wider_scope(title, clause + "培训农民") is wider


@pytest.mark.parametrize(
    ("title", "restated", "flagged"),
    [
        # the park names itself: its own figure restated with another value
        ("银湖经济开发区2019年招商引资工作总结", "园区全年到位资金达26.8亿元", ["26.8亿元"]),
        # the same, and right
        ("银湖经济开发区2019年招商引资工作总结", "园区全年到位资金达24.6亿元", []),
        # a bureau speaking of itself as 我局
        ("临川县商务局2021年工作总结", "我局全年到位资金26.8亿元", ["26.8亿元"]),
    ],
)
def test_the_body_naming_itself(title, restated, flagged):
    body = (
        "一、招商引资\n全年新开工项目18个，到位资金24.6亿元，同比增长12.3%。\n"
        f"二、存在的问题\n{restated}，但龙头项目偏少，产业链条较短。"
    )
    assert conflicts(title, body) == flagged
