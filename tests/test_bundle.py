# SPDX-License-Identifier: MIT
"""The PyInstaller bundle works: built from build.spec, it checks like the source and its editor starts.

Slow (a build takes a minute or two), so it runs only when JIAOGAO_BUNDLE_TEST=1, which
.ci/run sets: CI builds the bundle on every run. Locally:

    JIAOGAO_BUNDLE_TEST=1 uv run pytest -m bundle
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENABLED = os.environ.get("JIAOGAO_BUNDLE_TEST") == "1"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.slow,
    pytest.mark.timeout(1800),  # the build runs in the first test's setup
    pytest.mark.skipif(not ENABLED, reason="builds the bundle: set JIAOGAO_BUNDLE_TEST=1 (CI does)"),
]

SMOKE_LINE = re.compile(
    r"^smoke ok: (\S+): (\d+) findings \((\d+) errors, (\d+) warnings, (\d+) info\)", re.M
)


def _exe(folder: Path, name: str) -> Path:
    return folder / (name + ".exe" if sys.platform == "win32" else name)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/jiaogao built from build.spec into a temporary folder (the worktree's dist/ is left alone)."""
    tmp = tmp_path_factory.mktemp("bundle")
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(tmp / "dist"),
        "--workpath",
        str(tmp / "work"),
        str(ROOT / "build.spec"),
    ]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    folder = tmp / "dist" / "jiaogao"
    assert _exe(folder, "jiaogao").is_file() and _exe(folder, "jiaogao-cli").is_file()
    return folder


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A clean user folder and settings, offscreen Qt."""
    home = tmp_path / "home"
    home.mkdir()
    return dict(
        os.environ,
        JIAOGAO_HOME=str(home),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONUTF8="1",
    )


def _internal(bundle: Path) -> Path:
    return bundle / "_internal"


def _check_json(cmd: list[str], path: Path, env: dict[str, str]) -> dict:
    done = subprocess.run(
        [*cmd, "check", "--format", "json", str(path)], capture_output=True, env=env, timeout=300
    )
    assert done.returncode in (0, 1), done.stderr.decode("utf-8", "replace")
    return json.loads(done.stdout.decode("utf-8"))


SOURCE_CLI = [sys.executable, "-m", "jiaogao.core.cli"]


def test_bundled_sample_is_the_source_sample(bundle: Path) -> None:
    bundled = _internal(bundle) / "resources" / "samples" / "sample-halfyear.txt"
    assert bundled.read_bytes() == (ROOT / "resources" / "samples" / "sample-halfyear.txt").read_bytes()


def test_cli_checks_like_the_source(bundle: Path, env: dict[str, str]) -> None:
    sample = _internal(bundle) / "resources" / "samples" / "sample-halfyear.txt"
    frozen = _check_json([str(_exe(bundle, "jiaogao-cli"))], sample, env)
    source = _check_json(SOURCE_CLI, sample, env)
    assert frozen["files"][0]["findings"], "the sample has known problems: no findings means no checks ran"
    assert frozen == source


def test_cli_reads_word_files_like_the_source(bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    """lxml and the .docx reader made it into the bundle."""
    from jiaogao.core.docx_io import document_with_levels, write_docx
    from jiaogao.core.textio import read_document

    docx = tmp_path / "报告.docx"
    sample = read_document(ROOT / "resources" / "samples" / "sample-halfyear.txt")
    write_docx(document_with_levels(sample), docx)
    frozen = _check_json([str(_exe(bundle, "jiaogao-cli"))], docx, env)
    assert frozen == _check_json(SOURCE_CLI, docx, env)
    assert frozen["files"][0]["findings"]


def test_frozen_jieba_loads_the_prebuilt_cache(bundle: Path, env: dict[str, str]) -> None:
    """From the bundle jieba reads resources/jieba.cache and writes no cache of its own."""
    assert (_internal(bundle) / "resources" / "jieba.cache").is_file()
    sample = _internal(bundle) / "resources" / "samples" / "sample-halfyear.txt"
    _check_json([str(_exe(bundle, "jiaogao-cli"))], sample, env)
    assert not (Path(env["JIAOGAO_HOME"]) / "cache").exists()


def test_unused_parts_are_left_out(bundle: Path) -> None:
    internal = _internal(bundle)
    for part in ("jieba/lac_small", "jieba/analyse", "jieba/posseg", "jieba/finalseg"):
        assert not (internal / part).exists(), part
    assert (internal / "jieba" / "dict.txt").is_file()  # the fallback should the cache be unreadable
    translations = {p.name for p in internal.rglob("*.qm")}
    assert translations == {"qtbase_zh_CN.qm"}
    assert not list(internal.rglob("*lac_small*")) and not list(internal.rglob("*Qt6Quick*"))
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"


def test_editor_smoke_run_matches_the_cli(bundle: Path, env: dict[str, str]) -> None:
    """The windowed program opens the bundled sample, checks it in its worker process and exits 0."""
    done = subprocess.run(
        [str(_exe(bundle, "jiaogao")), "--smoke"], capture_output=True, env=env, timeout=300
    )
    out = done.stdout.decode("utf-8", "replace")
    assert done.returncode == 0, out + done.stderr.decode("utf-8", "replace")
    match = SMOKE_LINE.search(out)
    assert match, out
    sample = _internal(bundle) / "resources" / "samples" / "sample-halfyear.txt"
    findings = _check_json([str(_exe(bundle, "jiaogao-cli"))], sample, env)["files"][0]["findings"]
    assert match.group(1) == "sample-halfyear.txt"
    assert int(match.group(2)) == len(findings)
    assert int(match.group(3)) == sum(1 for f in findings if f["severity"] == "error")


def test_editor_smoke_run_fails_on_a_missing_file(bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    done = subprocess.run(
        [str(_exe(bundle, "jiaogao")), "--smoke", str(tmp_path / "没有这个文件.txt")],
        capture_output=True,
        env=env,
        timeout=300,
    )
    assert done.returncode != 0
    assert b"smoke ok" not in done.stdout
