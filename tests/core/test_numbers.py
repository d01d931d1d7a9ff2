# SPDX-License-Identifier: MIT
"""The number reader: every written form of a figure, table-driven."""

from __future__ import annotations

import pytest
from jiaogao.core.numbers import Number, cn_to_float, scan, suggest_percent, sum_bounds, to_float


def only(text: str) -> Number:
    found = list(scan(text))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "written", "value", "unit", "dim", "decimals"),
    [
        ("财政收入完成1318万元", "1318万元", 13_180_000, "万元", "money", 0),
        ("工业增加值 1.2 亿元", "1.2 亿元", 120_000_000, "亿元", "money", 1),
        ("发放资金160264 元", "160264 元", 160_264, "元", "money", 0),
        ("金额1,234.5元", "1,234.5元", 1234.5, "元", "money", 1),
        ("受益群众１２３人", "１２３人", 123, "人", "人", 0),
        ("接待游客1.5万人次", "1.5万人次", 15_000, "万人次", "人次", 1),
        ("总建筑面积 2.86 万平方米", "2.86 万平方米", 28_600, "万平方米", "area", 2),
        ("成交量13万斤", "13万斤", 65_000, "万斤", "weight", 0),
        ("建成三栋厂房", "三栋", 3, "栋", "栋", 0),
        ("十二个行政村", "十二个", 12, "个", "个", 0),
        ("两万三千人", "两万三千人", 23_000, "人", "人", 0),
        ("修建道路五千米", "五千米", 5000, "米", "length", 0),
        ("同比增长8%", "8%", 8, "%", "percent", 0),
        ("占全年任务的60 %", "60 %", 60, "%", "percent", 0),
        ("增速为11.25％", "11.25％", 11.25, "%", "percent", 2),
        ("占比百分之十二", "百分之十二", 12, "%", "percent", 0),
        ("高于全县11.2个百分点", "11.2个百分点", 11.2, "个百分点", "points", 1),
        ("流转土地1000亩", "1000亩", 1000, "亩", "mu", 0),
        ("铺设管网2公里", "2公里", 2000, "公里", "length", 0),
    ],
)
def test_amounts(text, written, value, unit, dim, decimals):
    n = only(text)
    assert n.text == written
    assert text[n.start : n.end] == written
    assert n.value == pytest.approx(value)
    assert (n.unit, n.dim, n.decimals) == (unit, dim, decimals)


@pytest.mark.parametrize(
    ("text", "approx", "low", "high"),
    [
        ("户外大巴40多辆", "多", 40, 44),
        ("提供岗位1200余个", "余", 1200, 1320),
        ("安装路灯70 余盏", "余", 70, 77),
        ("硬化道路14.3 余万平方米", "余", 143_000, 157_300),
        ("共投资8000多万元", "多", 80_000_000, 88_000_000),
        ("约300人参加", "约", 270, 330),
        ("近5000户", "近", 4500, 5500),
        ("栽植苗木30万株以上", "以上", 300_000, 330_000),
        ("培训200人左右", "左右", 180, 220),
    ],
)
def test_approximations_widen_the_interval(text, approx, low, high):
    n = only(text)
    assert n.approx == approx
    lo, hi = n.bounds
    assert lo <= low and hi >= high * 0.999


def test_rounding_interval_comes_from_the_written_precision():
    assert only("1318万元").bounds == pytest.approx((13_175_000, 13_185_000))
    assert only("18.1%").bounds == pytest.approx((18.05, 18.15))
    assert only("18%").bounds == pytest.approx((17.5, 18.5))


@pytest.mark.parametrize(
    ("text", "written", "first", "last"),
    [
        ("1-6月完成投资", "1-6月", 1, 6),
        ("1—6月", "1—6月", 1, 6),
        ("元至六月份,财政收入", "元至六月份", 1, 6),
        ("元-6月份,全镇", "元-6月份", 1, 6),
        ("1至9月", "1至9月", 1, 9),
        ("1～12月", "1～12月", 1, 12),
    ],
)
def test_month_ranges(text, written, first, last):
    n = only(text)
    assert (n.kind, n.text, n.parts) == ("month_range", written, (first, last))


@pytest.mark.parametrize(
    ("text", "kind", "written"),
    [
        ("3月24日—4月4日，举办桃花节", "date_range", "3月24日—4月4日"),
        ("2018-2020年铺排项目", "year_range", "2018-2020年"),
        ("2019 年,全镇", "year", "2019 年"),
        ("二〇二〇年工作总结", "year", "二〇二〇年"),
        ("两产业比为40.5:59.5", "ratio", "40.5:59.5"),
        ("结构比12.3：40.5：47.2", "ratio", "12.3：40.5：47.2"),
    ],
)
def test_periods_and_ratios(text, kind, written):
    n = only(text)
    assert (n.kind, n.text) == (kind, written)


def test_ratio_parts():
    assert only("40.5:59.5").parts == (40.5, 59.5)


def test_year_values():
    assert only("2019 年").value == 2019
    assert only("二〇二〇年").value == 2020


@pytest.mark.parametrize(
    "text",
    [
        "X光机",
        "X射线",
        "PM2.5浓度",
        "5G基站",
        "500kV线路",
        "500kv",
        "一是加强学习",
        "三化理念",
        "十三五规划",
        "两学一做",
        "一事一议",
        "千方百计",
        "截止 10 月底",
        "5月，项目落地",
        "第3批",
        "3号楼",
    ],
)
def test_words_that_are_not_figures(text):
    assert [n.text for n in scan(text) if n.kind == "number"] == []


@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("一百二十三", 123),
        ("十二", 12),
        ("二十", 20),
        ("两千三百万", 23_000_000),
        ("一亿二千万", 120_000_000),
        ("三千零五", 3005),
        ("二〇二三", 2023),
        ("十二点五", 12.5),
        ("三四百", None),
        ("万", None),
    ],
)
def test_chinese_numerals(s, value):
    assert cn_to_float(s) == value


def test_full_width_and_separators():
    assert to_float("１２３４") == 1234
    assert to_float("12,345.6") == 12345.6


@pytest.mark.parametrize(
    ("value", "written", "expected"),
    [
        (55.97, "60%", "56.0%"),
        (55.97, "60.5%", "56.0%"),
        (94.231, "98.12%", "94.23%"),
        (4.4, "3.4个百分点", "4.4个百分点"),
    ],
)
def test_suggestions_keep_the_written_precision(value, written, expected):
    assert suggest_percent(value, only(written)) == expected


def test_chinese_amounts_are_as_precise_as_their_last_unit():
    assert only("一千三百一十八万元").bounds == pytest.approx((13_175_000, 13_185_000))
    assert only("二十人").bounds == (20, 20)  # a count of people is exact


def test_whole_counts_are_exact_and_amounts_are_not():
    assert only("30个村").bounds == (30, 30)
    assert only("52件").exact
    assert not only("1.5万人").exact
    assert not only("1318万元").exact


@pytest.mark.parametrize(
    ("parts", "total", "adds_up"),
    [
        # one decimal each: 8.8 against 8.6 is beyond what rounding four parts and a total gives
        ("5.2万卷 1.1万卷 0.9万卷 1.6万卷", "8.6万卷", False),
        ("5.2万卷 1.1万卷 0.9万卷 1.5万卷", "8.6万卷", True),
        # three parts rounded to whole units may miss their total by one
        ("161万元 778万元 380万元", "1318万元", True),
        # two parts: the plain intervals decide, as before
        ("3.2亿元 1.6亿元", "4.9亿元", True),
        ("3.2亿元 1.6亿元", "5.0亿元", False),
        # an approximation keeps the sure interval: 余 may hide anything up to the next step
        ("2.1万亩 1.9万亩 1.6万亩", "5.8余万亩", True),
        ("2.1万亩 1.9万亩 1.6万亩", "5.8万亩", False),
    ],
)
def test_sum_bounds_against_a_total(parts, total, adds_up):
    nums = [only(p) for p in parts.split()]
    lo, hi = sum_bounds(nums, only(total))
    tlo, thi = only(total).bounds
    assert (lo <= thi and hi >= tlo) == adds_up


def test_sum_bounds_of_shares_of_one_whole():
    shares = [only(p) for p in ("41.2%", "30.3%", "18.3%", "10.4%")]  # 100.2 %
    lo, hi = sum_bounds(shares, whole=True)
    assert not lo <= 100 <= hi
    lo, hi = sum_bounds(shares)  # the sure interval alone lets it pass
    assert lo <= 100 <= hi

