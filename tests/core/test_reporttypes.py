# SPDX-License-Identifier: MIT
import re

import pytest

from jiaogao.core.reporttypes import detect_type, report_types, type_by_name

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("柳河镇2023年工作总结", "annual"),
        ("县统计局2023年工作总结", "annual"),
        ("城关街道办事处2022年度工作总结", "annual"),
        ("2023年度工作总结", "annual"),
        ("乡镇年终工作总结", "annual"),
        ("县财政局全年工作总结", "annual"),
        ("石桥镇人民政府工作总结", "annual"),
        ("关于2023年度工作开展情况的报告", "annual"),
        ("县水利局2023年工作情况汇报", "annual"),
        ("个人年度工作总结", "annual"),
        ("县发改局2024年上半年工作总结", "halfyear"),
        ("青山镇2024年上半年工作总结和下半年工作计划", "halfyear"),
        ("镇2020年度上半年工作总结和下半年工作安排", "halfyear"),
        ("县林业局2024年1-6月工作总结", "halfyear"),
        ("县商务局2024年1—6月份工作情况汇报", "halfyear"),
        ("区住建局元至六月份工作总结", "halfyear"),
        ("2024年半年工作小结", "halfyear"),
        ("县卫健局上半年工作情况报告", "halfyear"),
        ("乡镇 2020 年工作总结和 2021 年工作计划", "summary_plan"),
        ("县统计局2023年工作总结暨2024年工作打算", "summary_plan"),
        ("县教育局2023年工作总结及2024年工作思路", "summary_plan"),
        ("街道2023年工作总结和明年工作安排", "summary_plan"),
        ("县农业农村局2023年工作总结与2024年工作要点", "summary_plan"),
        ("2023年度个人述职报告", "duty"),
        ("县委办公室主任述职述廉报告", "duty"),
        ("乡党委书记抓基层党建工作述职报告", "duty"),
        ("2023年述职述责述廉报告", "duty"),
        ("县安全生产专项整治三年行动工作总结", "special"),
        ("2023年扶贫领域腐败和作风问题专项治理工作总结", "special"),
        ("“不忘初心、牢记使命”主题教育工作总结", "special"),
        ("县市场监管局2023年食品安全工作总结", "special"),
        ("2023年招商引资工作总结", "special"),
        ("镇信访维稳工作总结", "special"),
        ("扫黑除恶专项斗争工作总结", "special"),
        ("人居环境整治百日攻坚行动工作总结", "special"),
    ],
)
def test_detect_type(title, kind):
    assert detect_type(title) == kind


@pytest.mark.parametrize("title", ["", "关于城区环境卫生整治工作情况的汇报", "会议通知", "Annual report 2023"])
def test_titles_of_no_known_type(title):
    assert detect_type(title) is None


def test_every_type_has_problems_and_plan_with_valid_regexes():
    types = report_types()
    assert set(types) >= {"annual", "halfyear", "summary_plan", "duty", "special"}
    for rt in types.values():
        keys = [s.key for s in rt.sections]
        assert "problems" in keys and "plan" in keys, rt.key
        for pattern in rt.title_patterns:
            re.compile(pattern)
        for s in rt.sections:
            assert s.name and s.guidance and s.synonyms
            for cue in s.cues:
                re.compile(cue)


def test_type_by_key_or_chinese_name():
    assert type_by_name("duty").name == "述职报告"
    assert type_by_name("上半年工作总结").key == "halfyear"
    assert type_by_name("季度总结") is None


def test_an_office_can_add_its_own_type(tmp_path, monkeypatch):
    folder = tmp_path / "reporttypes"
    folder.mkdir()
    (folder / "quarter.toml").write_text(
        'key = "quarter"\nname = "季度工作总结"\npriority = 50\ntitle_patterns = [\'季度\']\n'
        '[[sections]]\nkey = "problems"\nname = "存在的问题"\nsynonyms = ["存在问题"]\n',
        encoding="utf-8",
    )
    (folder / "broken.toml").write_text("key = ", encoding="utf-8")
    monkeypatch.setenv("JIAOGAO_HOME", str(tmp_path))
    report_types.cache_clear()
    try:
        assert detect_type("2023年第一季度工作总结") == "quarter"
        assert detect_type("县统计局2023年工作总结") == "annual"
    finally:
        report_types.cache_clear()
