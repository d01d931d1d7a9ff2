# SPDX-License-Identifier: MIT
"""The figure ledger: metrics, periods, flags, hard-wrapped text and the `figures` command."""

from __future__ import annotations

import csv
import io
import json

import pytest
from jiaogao.core.cli import main
from jiaogao.core.ledger import build_flow, build_ledger, metric_of

from tests.conftest import sample_text


def entry(text: str, written: str):
    led = build_ledger(text)
    for e in led.entries:
        if text[e.number.start : e.number.end] == written:
            return e
    raise AssertionError(f"{written} not in {[text[e.number.start : e.number.end] for e in led.entries]}")


@pytest.mark.parametrize(
    ("text", "written", "metric"),
    [
        ("财政收入完成1318万元，同比增长8%。", "1318万元", "财政收入"),
        ("截止10月底，实现工业总产值23亿元。", "23亿元", "工业总产值"),
        ("全镇共有五保户171人，其中集中供养31人。", "171人", "五保户"),
        ("全镇共有五保户171人，其中集中供养31人。", "31人", "集中供养"),
        ("其中国税累计完成161万元。", "161万元", "国税"),
        ("完成卫生改厕4637户。", "4637户", "卫生改厕"),
        ("我镇新增就业人数120人。", "120人", "新增就业人数"),
        ("投资300万元建成六栋专家公寓。", "六栋", "专家公寓"),
        ("全县粮食总产量达到23.8万吨。", "23.8万吨", "粮食总产量"),
    ],
)
def test_metric_is_the_noun_phrase_before_the_figure(text, written, metric):
    assert entry(text, written).metric == metric


def test_growth_percent_takes_the_metric_of_its_level():
    assert entry("工业增加值1.2亿元，同比增长3.09%。", "3.09%").metric == "工业增加值增幅"


@pytest.mark.parametrize(
    ("text", "written", "period"),
    [
        ("1-6月，全镇完成财政收入2860万元。", "2860万元", "上半年"),
        ("元至六月份,财政收入完成1318万元。", "1318万元", "上半年"),
        ("上半年新登记市场主体3120户。", "3120户", "上半年"),
        ("1-9月完成固定资产投资5.2亿元。", "5.2亿元", "1-9月"),
        ("截至11月底，总部经济税收1745万元。", "1745万元", "截至11月"),
        ("2023年，全县粮食总产量23.8万吨。", "23.8万吨", "2023年"),
        ("财政收入完成1318万元，占全年任务2355万元的56%。", "1318万元", ""),
    ],
)
def test_periods(text, written, period):
    assert entry(text, written).period == period


def test_flags():
    text = (
        "财政收入完成1318万元，占全年任务2355万元的56%，同比增长8%，比上年增加98万元。力争全年完成3000万元。"
    )
    assert not entry(text, "1318万元").target
    assert entry(text, "2355万元").target
    assert entry(text, "8%").growth
    assert entry(text, "98万元").growth and entry(text, "98万元").compare
    assert entry(text, "3000万元").target
    assert not entry("新增城镇就业326人。", "326人").growth


def test_soft_line_breaks_are_joined_and_spans_map_back():
    text = (
        "一、社会事业\n截止 11 月,全镇共有五保户 171 人,其中集中供养\n"
        "31 人,分散供养 140 人,集中供养率\n18%。\n二、综合治理"
    )
    flow, cuts = build_flow(text)
    assert "集中供养31 人" in flow and "集中供养率18%" in flow
    assert "一、社会事业\n" in flow and "。\n二、" in flow
    led = build_ledger(text)
    got = {text[e.number.start : e.number.end] for e in led.entries}
    assert {"171 人", "31 人", "140 人", "18%"} <= got
    assert entry(text, "31 人").metric == "集中供养"
    assert len(cuts) == 2


def test_short_lines_such_as_table_cells_are_not_joined():
    flow, _ = build_flow("财政收入\n2860\n5200 万元")
    assert flow == "财政收入\n2860\n5200 万元"


def test_a_number_split_by_the_wrap_is_joined_again():
    flow, _ = build_flow("全年完成税收收入1.86亿元，完成全年任务3.\n5亿元的53.1%。")
    assert "任务3.5亿元" in flow


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_figures_command(tmp_path, capsys, fmt):
    path = tmp_path / "draft.txt"
    path.write_text(
        "青石镇2024年上半年工作总结\n1-6月，全镇完成财政收入2860万元，同比增长12.5%。\n", encoding="utf-8"
    )
    assert main(["figures", str(path), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        rows = json.loads(out)["figures"]
        row = next(r for r in rows if r["figure"] == "2860万元")
        assert (row["line"], row["value"], row["metric"], row["period"]) == (
            2,
            "28600000",
            "财政收入",
            "上半年",
        )
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert any(r["figure"] == "12.5%" and r["metric"] == "财政收入增幅" for r in rows)
    else:
        assert "2:14\t2860万元\t数值\t财政收入\t（上半年）" in out
        assert out.rstrip().endswith("共 4 个数字")


def test_figures_command_bad_arguments(capsys):
    assert main(["figures", "x.txt", "--format", "xml"]) == 2
    assert "bad arguments" in capsys.readouterr().err


def test_metric_of_trims_verbs_and_fillers():
    assert metric_of("其中国税累计完成") == "国税"
    assert metric_of("全镇实现") == ""


def test_sample_ledger_reads_wrapped_figures():
    text = sample_text("township-annual-2020.txt")
    led = build_ledger(text)
    e = next(e for e in led.entries if e.metric == "工业总产值")
    assert text[e.number.start : e.number.end] == "23\n亿元"
    assert e.number.value == 2.3e9


def test_a_year_opening_a_line_starts_a_paragraph():
    flow, _ = build_flow("坚持党建引领推动乡村振兴取得明显的新成效\n2019年，全镇上下齐心协力。")
    assert "\n2019年" in flow


@pytest.mark.parametrize(
    ("text", "written", "metric", "named_after"),
    [
        ("全区共有城乡低保对象3862户6125人。", "6125人", "城乡低保对象", False),  # the second count of a pair
        ("全县4.38万名中小学生课后服务实现全覆盖。", "4.38万名", "中小学生课后服务", True),
        ("辖区共有住宅小区86个。", "86个", "住宅小区", False),
    ],
)
def test_metric_of_a_figure_without_words_in_front(text, written, metric, named_after):
    e = entry(text, written)
    assert (e.metric, e.named_after) == (metric, named_after)


def test_a_month_that_tells_when_is_not_a_period():
    e = entry("1—5月，全乡财政收入1510万元；进入6月后，财政收入完成1826万元。", "1826万元")
    assert e.period == ""


@pytest.mark.parametrize(
    ("text", "written", "target"),
    [
        ("力争2021年收入增长5%；回顾全年，全县一般公共预算收入7.28亿元。", "7.28亿元", False),
        ("一是确保完成投资10亿元；二是全镇低保对象512户868人全部纳入监测。", "868人", False),
        ("力争投资增长8%；收入增长6%。", "6%", True),  # one plan, two clauses
        ("全年检查企业不少于260家次。", "260家次", True),  # a floor is a target
    ],
)
def test_targets_end_at_a_look_back_or_the_next_item(text, written, target):
    assert entry(text, written).target is target
