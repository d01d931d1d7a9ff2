# SPDX-License-Identifier: MIT
"""The figure rules never raise, whatever the text, and every finding's excerpt is its span."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from jiaogao.core.checks import figures
from jiaogao.core.checks.base import Context
from jiaogao.core.outline import paragraph_spans, parse_outline

ALPHABET = (
    "0123456789０１２.,:：%％ \n\t、，。；：（）()-—～至到等和及其中共合计分别为占的率由增长到下降比上年"
    "一二两三四五六七八九十百千万亿〇零元个村人户项件年月日上半全任务目标截止底将计划力争是方面"
)


def run_all(text: str) -> None:
    spans = paragraph_spans(text)
    ctx = Context(text, spans, parse_outline(text, spans))
    for check in figures.CHECKS:
        for f in check(ctx):
            assert text[f.start : f.end] == f.excerpt
            assert 0 <= f.start <= f.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_random_text_never_raises(text):
    run_all(text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "2020年工作总结\n",
                "上半年工作总结\n",
                "财政收入完成1318万元",
                "，占全年任务2355万元的60%",
                "，其中国税161万元",
                "、地税778万元",
                "，其他380万元",
                "。",
                "\n",
                "溪口、上坪等3个村",
                "办结49件，办结率",
                "98%",
                "由2019年的",
                "186.4亿元增长到",
                "201.3亿元，增长9.5%",
                "2019年，",
                "1-9月",
                "截至11月底",
                "全年完成",
                "三个方面：一是",
                "；二是",
                "12.3:40.5:47.2",
                "，合计",
                "共计",
                "分别为",
                "占比",
                "百分之十二",
                "1.5万人",
                "三栋",
            ]
        ),
        max_size=40,
    )
)
def test_shuffled_report_phrases_never_raise(parts):
    run_all("".join(parts))
