# SPDX-License-Identifier: MIT
"""Counts of named works and fields (bridges, roads, majors …), not only of villages and firms."""

import pytest
from jiaogao.core.engine import check_text

pytestmark = pytest.mark.core

TITLE = "长河县交通运输局2021年工作总结\n"


def counts(sentence: str) -> list[str]:
    return [f.excerpt for f in check_text(TITLE + sentence).findings if f.category == "count-mismatch"]


@pytest.mark.parametrize(
    ("sentence", "excerpt"),
    [
        ("完成马岭桥、鹿鸣桥、沙河桥、柳湾桥三座危桥的加固改造。", "三座"),
        ("实施滨江路、中山路和解放路两条道路的提质改造，新增停车泊位300个。", "两条"),
        ("新开设大数据技术、工业机器人、无人机应用、电子商务三个专业，招生420人。", "三个"),
        ("对北湖、南湖、西山、东岭、柳林五处水库开展除险加固，汛前全部完工。", None),
        ("对北湖、南湖、西山三座水库开展除险加固，汛前全部完工。", None),
        ("推动马岭桥、鹿鸣桥等6座危桥改造，完成投资1.2亿元。", None),
    ],
)
def test_count_of_named_works(sentence, excerpt):
    assert counts(sentence) == ([excerpt] if excerpt else [])


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("全年共火化遗体2,316具，其中城区1,184具、农村1,032具，火化率达到93.5%。", ["2,316具"]),
        ("全年共火化遗体2,216具，其中城区1,184具、农村1,032具，火化率达到93.5%。", []),
        ("全年共救助渔船86艘，其中本地渔船52艘、外地渔船34艘。", []),
    ],
)
def test_less_common_classifiers_are_figures(sentence, flagged):
    report = check_text("西山区2019年工作总结\n" + sentence)
    assert [f.excerpt for f in report.findings if f.category == "figure-mismatch"] == flagged
