# SPDX-License-Identifier: MIT
"""An office adds its own report type and word lists in the user folder, without touching code."""

import os

import pytest
from jiaogao.core.engine import check_text
from jiaogao.core.resources import reload_data

pytestmark = pytest.mark.core

DRAFT = """县档案馆2023年档案工作报告
一、馆藏资源建设
全年接收进馆档案1.2万卷，完成馆藏档案数字化扫描86万页，数字化率达到百分之六十。建成X频段通信基站1处，用于馆区周边防汛预警。全年组织档案业务培训6期，培训各单位兼职档案员420人次，指导32个单位完成档案规范化管理达标创建。
二、档案利用服务
全年接待查档群众2360人次，出具档案证明1580份，群众满意率保持在较高水平。开通网上查档预约服务，群众办理查档业务平均用时缩短到十五分钟以内。"""

ARCHIVE_TYPE = """
key = "archive"
name = "档案工作报告"
priority = 90
title_patterns = ["档案工作报告"]

[[sections]]
key = "resources"
name = "馆藏资源建设"
synonyms = ["馆藏资源"]

[[sections]]
key = "security"
name = "档案安全"
synonyms = ["档案安全"]
cues = ["档案安全(工作)?[：:，,]"]
"""


@pytest.fixture
def user_home(tmp_path, monkeypatch):
    monkeypatch.setenv("JIAOGAO_HOME", str(tmp_path))
    reload_data()
    yield tmp_path
    os.environ.pop("JIAOGAO_HOME", None)
    monkeypatch.undo()
    reload_data()


def test_user_report_type_is_detected_and_its_sections_checked(user_home):
    assert check_text(DRAFT).outline.report_type != "archive"
    (user_home / "reporttypes").mkdir()
    (user_home / "reporttypes" / "archive.toml").write_text(ARCHIVE_TYPE, encoding="utf-8")
    reload_data()
    report = check_text(DRAFT)
    assert report.outline.report_type == "archive"
    missing = [f for f in report.findings if f.category == "missing-section"]
    assert [f.suggestion for f in missing] == ["档案安全"]


def test_broken_user_type_file_is_ignored(user_home):
    (user_home / "reporttypes").mkdir()
    (user_home / "reporttypes" / "broken.toml").write_text("key = [unclosed", encoding="utf-8")
    reload_data()
    assert check_text(DRAFT).outline.title == "县档案馆2023年档案工作报告"


def test_user_never_flag_words(user_home):
    def xr_flagged():
        return [f.excerpt for f in check_text(DRAFT).findings if f.category == "placeholder"]

    assert xr_flagged() == ["X"]
    (user_home / "lexicon").mkdir()
    (user_home / "lexicon" / "never_flag.txt").write_text("# 本单位设备\nX频段\n", encoding="utf-8")
    reload_data()
    assert xr_flagged() == []
