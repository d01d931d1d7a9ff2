# SPDX-License-Identifier: MIT
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO.parent / "shared" / "samples"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_user_dir(tmp_path_factory, monkeypatch):
    """Tests never read or write the real user's folder."""
    monkeypatch.setenv("JIAOGAO_HOME", str(tmp_path_factory.mktemp("jiaogao-home")))


def sample_text(name: str) -> str:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"shared sample {name} not present")
    return path.read_text(encoding="utf-8")
