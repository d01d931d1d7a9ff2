# SPDX-License-Identifier: MIT
"""Broken and hostile files: a clear message, exit status 2, no traceback, hang or memory blow-up."""

import resource
import subprocess
import sys

import pytest
from jiaogao.core.textio import ReadError, read_document

from tests.hostile_files import HOSTILE, good_docx

pytestmark = pytest.mark.core

MEMORY_CAP = 1500 * 1024 * 1024  # a blow-up fails the test instead of the machine


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "带 空格 的目录"
    folder.mkdir()
    for name, (make, _) in HOSTILE.items():
        (folder / name).write_bytes(make())
    return folder


def test_the_control_file_reads(tmp_path):
    path = tmp_path / "正常 文件.docx"
    path.write_bytes(good_docx())
    assert read_document(path).text == "柳河镇2023年工作总结\n一、主要工作"


@pytest.mark.parametrize("name", list(HOSTILE))
def test_reader_raises_read_error_with_message(hostile_dir, name):
    keyword = HOSTILE[name][1]
    with pytest.raises(ReadError) as info:
        read_document(hostile_dir / name)
    assert keyword in info.value.message


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@pytest.mark.parametrize("name", list(HOSTILE))
def test_cli_exit_2_one_line(hostile_dir, name):
    proc = subprocess.run(
        [sys.executable, "-m", "jiaogao.core.cli", "check", str(hostile_dir / name)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        preexec_fn=_limit_memory,
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0]
    assert "Traceback" not in proc.stderr
