# SPDX-License-Identifier: MIT
"""One metric named with the same words in another order, another cut or with a modifier left out
(figures_alias); the words and numbers it relies on.

Each case is a wrong passage (the exact span must be flagged) and its right version (nothing).
"""

import pytest
from jiaogao.core import segment
from jiaogao.core.checks.figures_slips import synonyms
from jiaogao.core.engine import check_text
from jiaogao.core.numbers import scan

pytestmark = pytest.mark.core


def conflicts(title: str, body: str) -> list[str]:
    return [f.excerpt for f in check_text(title + "\n" + body).findings if f.category == "figure-conflict"]


@pytest.mark.parametrize(
    ("title", "body", "wrong", "right"),
    [
        # word order: 新建农村公路 / 农村公路新建
        (
            "临川县交通运输局2019年工作总结",
            "全年新建农村公路62.4公里，改造危桥5座。\n二、四好农村路\n在示范创建中，农村公路新建{}，全部达到四级标准。",
            "68.9公里",
            "62.4公里",
        ),
        # a long word and its parts cut apart: 一般公共预算收入 / 一般预算收入
        (
            "桃源县财政局2021年工作总结",
            "全年完成一般公共预算收入7.36亿元，同比增长6.2%。\n一、收入组织\n全年一般预算收入{}，超额完成预算目标。",
            "7.82亿元",
            "7.36亿元",
        ),
        # another unit of one measure, a modifier left out: 设施农业面积 亩 / 设施农业 公顷
        (
            "东湖县农业农村局2020年工作总结",
            "全年新增设施农业面积4,200亩。\n二、政策扶持\n县财政对设施农业新增{}按每亩600元给予补助。",
            "310公顷",
            "280公顷",
        ),
        # a synonym from the lexicon in the problems part (追讨 / 追回), 农民工 kept whole
        (
            "河阳县人社局2022年工作总结",
            "全年为1,520名农民工追讨工资1,148万元。\n二、存在问题\n虽然全年追回拖欠农民工工资{}，但欠薪源头治理仍不到位。",
            "1,236万元",
            "1,148万元",
        ),
        # what was done, named in the plan part (在上半年…的基础上)
        (
            "西岸经开区2024年上半年工作总结",
            "上半年，园区完成出口额2.14亿美元，同比增长7.5%。\n二、下半年工作安排\n在上半年外贸出口{}的基础上，鼓励企业参加境外展会。",
            "2.46亿美元",
            "2.14亿美元",
        ),
        # 人员 and 对象 only restate the unit 人; 只有 is a filler
        (
            "石桥镇司法所2025年上半年工作总结",
            "一、社区矫正\n在册社区矫正对象27名，其中缓刑22名。\n二、存在问题\n一是专职人员仅3名，在册社区矫正人员{}，监管任务繁重。",
            "25人",
            "27人",
        ),
        # 税收收入 is 税收 and 收入 (not the accidental 收收), and 园区 is the body itself
        (
            "龙泉高新区2020年工作总结",
            "全年实现税收收入26.8亿元，同比增长7.2%。\n五、营商环境\n落实减税降费政策，园区税收{}，总量保持全市前列。",
            "24.3亿元",
            "26.8亿元",
        ),
        # 争取的上级资金 is money secured, not a target
        (
            "白泉县教育局2014年上半年工作总结",
            "上半年争取上级教育项目资金1.85亿元。\n二、存在问题\n争取的上级教育项目资金只有{}，难以满足校舍建设需求。",
            "1.62亿元",
            "1.85亿元",
        ),
        # the noun a count is of, after it (改扩建的6所学校)
        (
            "金口县教育局2023年工作总结",
            "一、教育资源\n全年新建、改扩建学校8所，新增学位3600个。\n二、存在问题\n今年新建、改扩建的{}学校虽已投用，但配套仍不完善。",
            "9所",
            "8所",
        ),
        # a part of a 其中 list restated by its whole name in a part listing the key figures
        (
            "西吉县审计局2019年审计工作总结",
            "一、主要工作\n全年完成审计项目41个，其中经济责任审计19项、预算执行审计12项。\n"
            "三、主要指标\n（1）经济责任审计：完成{}；\n（2）预算执行审计：完成12项。",
            "21项",
            "19项",
        ),
    ],
)
def test_one_metric_said_two_ways(title, body, wrong, right):
    assert conflicts(title, body.format(wrong)) == [wrong]
    assert conflicts(title, body.format(right)) == []


@pytest.mark.parametrize(
    "body",
    [
        # a modifier on each side: two different funds
        "全年到位资金4.6亿元。\n二、招商引资\n全年签约资金5.2亿元，其中省外资金3.1亿元。",
        # a modifier that makes a part: 新增 against the whole
        "全年建成高标准农田3.2万亩。\n二、农田建设\n全年新增高标准农田2.8万亩，改善灌溉面积1.1万亩。",
        # a bare generic word never matches
        "全年完成投资12.6亿元。\n二、重点项目\n交通项目完成投资14.1亿元。",
        # values too far apart to be one figure restated
        "全年新建农村公路62.4公里。\n二、四好农村路\n农村公路新建118公里。",
        # two periods
        "上半年新建农村公路21.6公里。\n二、四好农村路\n全年农村公路新建62.4公里。",
    ],
)
def test_different_metrics_left_alone(body):
    assert conflicts("临川县交通运输局2019年工作总结", body) == []


def test_last_year_set_against_this_year_opens_the_body():
    text = (
        "黄沙乡2023年农业工作总结\n"
        "2022年全乡粮食总产量为2.9万吨。今年克服旱情，全乡粮食总产量达到3.06万吨，比上年增长5.5%。\n"
    )
    assert [f.excerpt for f in check_text(text).findings if f.category == "period-mismatch"] == []


def test_words_and_numbers_the_rule_relies_on():
    assert segment.parts("一般公共预算收入") == ("一般", "公共", "预算", "收入")
    assert segment.parts("出口额") == ("出口",)
    assert segment.parts("税收收入") == ("税收", "收入")
    assert synonyms("为农民工追讨欠薪") == "为农民工追回工资"
    assert synonyms("农民人均纯收入") == "农村居民人均纯收入"
    assert synonyms("一是拆违面积") == "一是拆除违法建设面积"
    assert synonyms("新认定高企14家") == "新认定高新技术企业14家"
    [n] = scan("光伏新增装机52,600千瓦")
    assert (n.text, n.value, n.dim) == ("52,600千瓦", 52600.0, "power")


def test_a_rate_restated_with_a_character_left_out_of_its_name():
    body = (
        "一、医疗服务\n全年县域内就诊率89.3%，同比提高1.2个百分点。\n"
        "二、存在的不足\n一是优质医疗资源总量不足，县域就诊率为{}，距离全省目标仍有差距。"
    )
    title = "米东县卫健局局长2022年述职报告"
    assert conflicts(title, body.format("87.9%")) == ["87.9%"]
    assert conflicts(title, body.format("89.3%")) == []
