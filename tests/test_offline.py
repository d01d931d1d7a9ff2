# SPDX-License-Identifier: MIT
"""JiaoGao never touches the network: run its entry points with sockets blocked and recorded."""

import subprocess
import sys
from pathlib import Path

import pytest

from jiaogao.core.resources import resource_path

NONET = Path(__file__).with_name("nonet.py")
SAMPLE = resource_path("samples", "sample-halfyear.txt")


def run_offline(tmp_path, *args):
    log = tmp_path / "net.log"
    proc = subprocess.run(
        [sys.executable, str(NONET), str(log), *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=180,
    )
    attempts = log.read_text(encoding="utf-8") if log.exists() else ""
    return proc, attempts


def test_the_guard_itself_catches_a_connection(tmp_path):
    script = tmp_path / "net.py"
    script.write_text("import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9))\nexcept OSError:\n    pass\n")
    proc, attempts = run_offline(tmp_path, script)
    assert proc.returncode == 0
    assert "create_connection" in attempts


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--format", "json", SAMPLE),
        ("figures", SAMPLE),
    ],
)
def test_cli_commands_stay_offline(tmp_path, args):
    proc, attempts = run_offline(tmp_path, "-m", "jiaogao.core.cli", *args)
    if "invalid choice" in proc.stderr:
        pytest.skip(f"command {args[0]} not available")
    assert proc.returncode in (0, 1), proc.stderr
    assert attempts == ""
