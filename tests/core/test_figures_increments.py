# SPDX-License-Identifier: MIT
"""Growth written with its base in brackets, increments between two stated levels, point changes
between two rates, and a fall rate past its increment. Wrong and right versions of each."""

import pytest
from jiaogao.core.engine import check_text

pytestmark = pytest.mark.core

TITLE = "东河县财政局2023年工作总结"


def mismatches(body: str) -> list[str]:
    return [f.excerpt for f in check_text(TITLE + "\n" + body).findings if f.category == "figure-mismatch"]


@pytest.mark.parametrize(
    ("wrong", "right", "excerpt"),
    [
        # 4.27/3.95 - 1 = 8.1%
        (
            "全年组织契税收入4.27亿元，同比增长11.3%（上年同期3.95亿元）。",
            "全年组织契税收入4.27亿元，同比增长8.1%（上年同期3.95亿元）。",
            "11.3%",
        ),
        # 2140 - 1865 = 275
        (
            "全年完成非税收入2140万元，较上年的1865万元增加375万元。",
            "全年完成非税收入2140万元，较上年的1865万元增加275万元。",
            "375万元",
        ),
        (
            "全年完成非税收入2140万元，上年同期为1865万元，较上年增加375万元。",
            "全年完成非税收入2140万元，上年同期为1865万元，较上年增加275万元。",
            "375万元",
        ),
        # 3.48 - 3.12 = 0.36万户
        (
            "全县个体工商户由年初的3.12万户增加到3.48万户，净增0.63万户。",
            "全县个体工商户由年初的3.12万户增加到3.48万户，净增0.36万户。",
            "0.63万户",
        ),
        # 93.6 - 91.2 = 2.4 points, the level a rate itself
        (
            "全县国库集中支付覆盖面达到93.6%，比上年的91.2%提高了3.2个百分点。",
            "全县国库集中支付覆盖面达到93.6%，比上年的91.2%提高了2.4个百分点。",
            "3.2个百分点",
        ),
        # (64 - 38) / 64 = 40.6%, past the increment 26个
        (
            "财政供养单位的银行账户由上年的64个减少到38个，减少26个，下降幅度达到45.6%。",
            "财政供养单位的银行账户由上年的64个减少到38个，减少26个，下降幅度达到40.6%。",
            "45.6%",
        ),
    ],
)
def test_growth_and_increments(wrong, right, excerpt):
    assert mismatches(wrong) == [excerpt]
    assert mismatches(right) == []


def test_a_change_in_another_unit_is_not_compared():
    body = "全年完成非税收入2140万元，较上年的1865万元增加275万元，新增收费项目3个。"
    assert mismatches(body) == []


def test_a_total_after_its_parts_named_with_a_chinese_count():
    # 1.35 + 0.92 + 0.48 = 2.75亿元
    wrong = (
        "全年新落地项目到位资金分别为：农产品加工项目1.35亿元、光伏项目0.92亿元、仓储项目0.48亿元，"
        "三个项目合计到位资金2.95亿元。"
    )
    right = wrong.replace("2.95亿元", "2.75亿元")
    assert mismatches(wrong) == ["2.95亿元"]
    assert mismatches(right) == []


@pytest.mark.parametrize(
    ("wrong", "right", "excerpt"),
    [
        # a split framed by …中 with a complementary pair: 1988 + 643 = 2631
        (
            "全镇完成财政收入2631万元，同比增长6.2%。财政收入中，税收收入1988万元，非税收入743万元。",
            "全镇完成财政收入2631万元，同比增长6.2%。财政收入中，税收收入1988万元，非税收入643万元。",
            "2631万元",
        ),
        # 分税种看 with 其他: 1520 + 980 + 410 + 226 = 3136; the increment before is no total
        (
            "上半年组织税费收入3136万元，较上年同期增收286万元。分税种看，增值税1520万元、企业所得税980万元、"
            "个人所得税410万元、其他税费326万元。",
            "上半年组织税费收入3136万元，较上年同期增收286万元。分税种看，增值税1520万元、企业所得税980万元、"
            "个人所得税410万元、其他税费226万元。",
            "3136万元",
        ),
        # the last share takes the rest: 9.4 + 70.3 + 21.3 = 101.0
        (
            "全县专任教师中，研究生学历占9.4%、本科学历占70.3%、专科及以下学历占21.3%。",
            "全县专任教师中，研究生学历占9.4%、本科学历占70.3%、专科及以下学历占20.3%。",
            "9.4%、本科学历占70.3%、专科及以下学历占21.3%",
        ),
    ],
)
def test_splits_framed_by_words(wrong, right, excerpt):
    assert mismatches(wrong) == [excerpt]
    assert mismatches(right) == []


def test_a_split_of_cases_takes_the_total_it_names():
    body = (
        "全年全院共受理各类案件5,230件，审结5,018件，结案率95.9%。"
        "受理案件中，刑事案件402件、民事案件4,216件、行政案件187件、执行案件425件。"
    )
    assert mismatches(body) == []


@pytest.mark.parametrize(
    ("wrong", "right", "excerpt"),
    [
        # the base in brackets before the rate: 7.35/6.82 - 1 = 7.8%
        (
            "全年实现农业总产值7.35亿元（上年6.82亿元），同比增长9.8%。",
            "全年实现农业总产值7.35亿元（上年6.82亿元），同比增长7.8%。",
            "9.8%",
        ),
        # two rates and the change in points, last year's in brackets: 91.5 - 88.6 = 2.9
        (
            "全年城区生活垃圾无害化处理率为91.5%，同比上升3.9个百分点（上年为88.6%）。",
            "全年城区生活垃圾无害化处理率为91.5%，同比上升2.9个百分点（上年为88.6%）。",
            "3.9个百分点",
        ),
        # last year's level in an earlier sentence under the same name: 41.2/38.6 - 1 = 6.7%
        (
            "上年全县油料总产量为38.6万吨。今年扩种增产，油料总产量达41.2万吨，同比增长8.7%。",
            "上年全县油料总产量为38.6万吨。今年扩种增产，油料总产量达41.2万吨，同比增长6.7%。",
            "8.7%",
        ),
        # 增至 and 净增: 61.42 - 60.87 = 0.55万人
        (
            "全县参保人数由上年的60.87万人增至61.42万人，净增0.35万人。",
            "全县参保人数由上年的60.87万人增至61.42万人，净增0.55万人。",
            "0.35万人",
        ),
        # parts before a 累计 total: 214 + 96 + 38 = 348 > 338
        (
            "全年面向农民工培训214人次，面向退役军人96人次，面向残疾人38人次，累计培训338人次。",
            "全年面向农民工培训214人次，面向退役军人96人次，面向残疾人38人次，累计培训348人次。",
            "338人次",
        ),
        # a total named 总里程: 26.4 + 41.8 = 68.2 > 62.8
        (
            "全年新建农村公路26.4公里，改造县乡道路41.8公里，完成公路建设总里程62.8公里。",
            "全年新建农村公路26.4公里，改造县乡道路41.8公里，完成公路建设总里程68.2公里。",
            "62.8公里",
        ),
    ],
)
def test_more_growth_and_totals(wrong, right, excerpt):
    assert mismatches(wrong) == [excerpt]
    assert mismatches(right) == []


@pytest.mark.parametrize(
    ("wrong", "right", "excerpt"),
    [
        # the new ones over the total before them: 428 / (3,960 − 428) = 12.1%
        (
            "全年新增市场主体428户，总数达到3,960户，较上年增长14.2%。",
            "全年新增市场主体428户，总数达到3,960户，较上年增长12.1%。",
            "14.2%",
        ),
        # 净增 from the year's end: 2810 / (4.96万 − 2810) = 6.0%
        (
            "截至6月底，全县实有经营主体4.96万户，较上年底净增2810户，增长7.3%。",
            "截至6月底，全县实有经营主体4.96万户，较上年底净增2810户，增长6.0%。",
            "7.3%",
        ),
    ],
)
def test_growth_from_what_is_new(wrong, right, excerpt):
    assert mismatches(wrong) == [excerpt]
    assert mismatches(right) == []


def test_a_share_list_closed_by_other_makes_100():
    wrong = "三大主导产业产值分别占规上工业总产值的41.2%、30.5%、16.8%，其他产业占12.5%。"
    assert mismatches(wrong) == ["41.2%、30.5%、16.8%，其他产业占12.5%"]
    assert mismatches(wrong.replace("12.5%", "11.5%")) == []


def test_growth_with_what_is_new_after_the_total():
    # 46 / (286 − 46) = 19.2%
    wrong = "全系统拥有村级综合服务社286个，新增46个，增长21.3%。"
    assert mismatches(wrong) == ["21.3%"]
    assert mismatches(wrong.replace("21.3%", "19.2%")) == []


@pytest.mark.parametrize(
    ("wrong", "right", "excerpt"),
    [
        # 由上年末的A提高到B: the 末 of a year is a year word too (96.4 − 92.8 = 3.6)
        (
            "建制村直投率由上年末的92.8%提高到96.4%，提高了4.6个百分点。",
            "建制村直投率由上年末的92.8%提高到96.4%，提高了3.6个百分点。",
            "4.6个百分点",
        ),
        # 由改革前的A降至B (13.2 − 9.6 = 3.6)
        (
            "全县事业单位空编率由改革前的13.2%降至9.6%，下降4.6个百分点。",
            "全县事业单位空编率由改革前的13.2%降至9.6%，下降3.6个百分点。",
            "4.6个百分点",
        ),
    ],
)
def test_point_changes_from_a_named_start(wrong, right, excerpt):
    assert mismatches(wrong) == [excerpt]
    assert mismatches(right) == []
