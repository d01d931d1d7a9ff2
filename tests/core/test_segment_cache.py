# SPDX-License-Identifier: MIT
"""Which jieba dictionary cache core.segment loads: the bundle's prebuilt one when frozen, else the user's."""

from __future__ import annotations

import marshal
import sys
from pathlib import Path

import pytest
from jiaogao.core import segment

pytestmark = pytest.mark.core

# A dictionary of four words (with jieba's zero-frequency prefixes): if segment loads this file,
# the tokenizer knows exactly these, which the real 350 000-word dictionary never would.
TINY = {"年度": 50, "年": 0, "考核": 40, "考": 0, "优秀": 30, "优": 0, "等次": 20, "等": 0}


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake PyInstaller bundle: sys.frozen, sys._MEIPASS and resources/jieba.cache in it."""
    resources = tmp_path / "bundle" / "resources"
    resources.mkdir(parents=True)
    with open(resources / "jieba.cache", "wb") as fh:
        marshal.dump((TINY, sum(TINY.values())), fh)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setenv("JIAOGAO_HOME", str(tmp_path / "home"))
    return resources


def test_frozen_loads_the_bundled_cache_read_only(bundle: Path, tmp_path: Path) -> None:
    before = (bundle / "jieba.cache").stat().st_mtime_ns
    tokenizer = segment._load()
    assert tokenizer.FREQ == TINY
    assert list(tokenizer.cut("年度考核优秀等次", HMM=False)) == ["年度", "考核", "优秀", "等次"]
    # Nothing written: not next to the cache (the bundle may be read-only), not in the user folder.
    assert sorted(p.name for p in bundle.iterdir()) == ["jieba.cache"]
    assert (bundle / "jieba.cache").stat().st_mtime_ns == before
    assert not (tmp_path / "home").exists()


def test_from_source_the_cache_goes_to_the_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("JIAOGAO_HOME", str(tmp_path / "home"))
    tokenizer = segment._load()
    assert Path(tokenizer.tmp_dir) == tmp_path / "home" / "cache"
    assert tokenizer.cache_file is None
    assert len(tokenizer.FREQ) > 100_000  # the real dictionary
