# SPDX-License-Identifier: MIT
import pytest
from jiaogao.core.outline import match_heading, parse_outline

from tests.conftest import sample_text

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("line", "level", "number"),
    [
        ("一、上半年工作开展情况", 1, "一"),
        ("十二、其他工作", 1, "十二"),
        ("（一）经济运行稳中有进", 2, "一"),
        ("(三)以工业强镇为目标", 2, "三"),
        ("1.深入推进党员发展。扎实开展教育", 3, "1"),
        ("2、完善干部管理机制", 3, "2"),
        ("３．抓好安全生产", 3, "３"),
        ("（1）健全机构，明确人员", 4, "1"),
        ("(4)纳入绩效，加压增责", 4, "4"),
    ],
)
def test_heading_markers(line, level, number):
    found = match_heading(line)
    assert found is not None
    assert found[0] == level
    assert found[1] == number


@pytest.mark.parametrize(
    "line",
    [
        "一是财政压力大、增收难。",
        "二入驻县产业集聚项目少。",
        "1-6月完成固定资产投资3.6亿元。",
        "2023年，全镇上下团结一心。",
        "3月24日—4月4日，举办桃花节。",
        "1.5公里防护区村民搬迁项目全部签约。",
        "12.5%的增幅高于全县平均水平。",
    ],
)
def test_body_sentences_are_not_headings(line):
    assert match_heading(line) is None


def test_outline_of_bundled_sample():
    from jiaogao.core.resources import resource_path

    text = resource_path("samples", "sample-halfyear.txt").read_text(encoding="utf-8")
    outline = parse_outline(text)
    assert outline.title == "青石镇2024年上半年工作总结和下半年工作安排"
    assert outline.report_type == "halfyear"
    level1 = [h.heading for h in outline.headings if h.level == 1]
    assert level1 == ["上半年工作开展情况", "存在的问题", "下半年工作安排"]
    assert [h.heading for h in outline.headings if h.level == 3] == [
        "社会救助应保尽保",
        "就业服务扎实开展",
        "平安建设成效明显",
    ]
    for h in outline.headings:
        assert text[h.start : h.end].endswith(h.heading)


def test_title_skips_web_residue_lines():
    outline = parse_outline(sample_text("township-annual-2020.txt"))
    assert outline.title == "乡镇 2020 年工作总结和 2021 年工作计划"
    assert outline.report_type == "summary_plan"
    assert [h.number for h in outline.headings if h.level == 1] == [
        "一",
        "二",
        "三",
        "四",
        "五",
        "六",
        "一",
        "二",
        "三",
        "四",
        "五",
    ]


def test_halfyear_sample_outline():
    outline = parse_outline(sample_text("town-halfyear-2017.txt"))
    assert outline.title == "镇政府上半年工作总结"
    assert outline.report_type == "halfyear"
    assert [h.heading for h in outline.headings if h.level == 1] == [
        "**年上半年工作回顾",
        "主要做法及存在的问题",
        "下半年工作重点",
    ]
