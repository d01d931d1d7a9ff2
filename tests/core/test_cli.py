# SPDX-License-Identifier: MIT
"""The `jiaogao check` contract of DESIGN.md, run as a real process."""

import csv
import io
import json
import subprocess
import sys

import pytest
from jiaogao.core.model import CATEGORIES, SEVERITIES

from tests.conftest import SAMPLES

pytestmark = pytest.mark.core


def run(*args, cwd=None):
    proc = subprocess.run(
        [sys.executable, "-m", "jiaogao.core.cli", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
    )
    return proc.returncode, proc.stdout, proc.stderr


def _samples():
    if not SAMPLES.is_dir():
        pytest.skip("shared samples not present")
    return sorted(SAMPLES.glob("*.txt"))


def test_json_contract_on_the_samples():
    files = _samples()
    code, out, err = run("check", "--format", "json", *files)
    assert code in (0, 1), err
    data = json.loads(out)
    assert [f["path"] for f in data["files"]] == [str(p) for p in files]
    for entry, path in zip(data["files"], files, strict=True):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        assert set(entry) >= {"path", "type", "title", "outline", "findings"}
        assert entry["title"] and entry["title"] in text
        for h in entry["outline"]:
            assert set(h) == {"level", "number", "heading", "start"}
            assert h["number"] in text[h["start"] : h["start"] + 6]
        for f in entry["findings"]:
            assert set(f) == {
                "rule",
                "category",
                "severity",
                "message",
                "start",
                "end",
                "excerpt",
                "suggestion",
            }
            assert f["category"] in CATEGORIES
            assert f["severity"] in SEVERITIES
            assert 0 <= f["start"] <= f["end"] <= len(text)
            assert text[f["start"] : f["end"]] == f["excerpt"]
            assert f["message"]


def test_folder_is_searched_recursively_and_csv_is_valid(tmp_path):
    (tmp_path / "二级 目录").mkdir()
    (tmp_path / "二级 目录" / "总结.txt").write_text(
        "大河乡2021年工作总结\n一、主要工作\n全年完成投资2.3亿元。\n", encoding="gbk"
    )
    (tmp_path / "说明.pdf").write_bytes(b"%PDF")
    code, out, err = run("check", "--format", "csv", tmp_path)
    assert code in (0, 1), err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:5] == ["path", "line", "column", "rule", "category"]
    assert all(r[0].endswith("总结.txt") for r in rows[1:])


def test_text_output_names_file_line_and_column(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("石桥镇2022年上半年工作总结\n一、工作开展情况\n培训入党积极分子X人。\n", encoding="utf-8")
    code, out, _ = run("check", path)
    assert code == 1  # a placeholder is an error
    assert f"{path}:3:9 [placeholder]" in out
    assert out.strip().splitlines()[-1].startswith(f"{path}: 上半年工作总结")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("check",), "参数错误"),
        (("check", "--format", "xml", "a.txt"), "参数错误"),
        (("check", "--type", "诗歌", "a.txt"), "未知的报告类型"),
        (("frobnicate",), "参数错误"),
        ((), "缺少命令"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(args, fragment):
    code, _, err = run(*args)
    assert code == 2
    assert fragment in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_unreadable_file_exit_2_but_others_still_checked(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("东湖街道2023年工作总结\n一、主要工作\n完成改造老旧小区12个。\n", encoding="utf-8")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"this is not a zip file at all")
    code, out, err = run("check", "--format", "json", good, bad)
    assert code == 2
    data = json.loads(out)
    assert data["files"][0]["path"] == str(good)
    assert "error" in data["files"][1]
    assert "bad.docx" in err and "Traceback" not in err


def test_version():
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("jiaogao ")
