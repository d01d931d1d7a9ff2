# SPDX-License-Identifier: MIT
from __future__ import annotations

import pytest
from jiaogao.gui.settings import MAX_RECENT, Settings

pytestmark = pytest.mark.gui


def test_defaults_are_not_stored_and_values_survive(tmp_path):
    s = Settings()
    assert s.zoom == 100 and s.live_check and s.recent_files == []
    s.zoom = 130
    s.live_check = False
    s.sync()
    again = Settings()
    assert again.zoom == 130 and again.live_check is False
    again.zoom = 100  # back to the default: the key goes away
    again.sync()
    assert "prefs/zoom" not in again._s.allKeys()
    assert (tmp_path / "settings").exists()  # the autouse fixture put QSettings under tmp_path


def test_recent_files_most_recent_first_and_capped():
    s = Settings()
    for i in range(MAX_RECENT + 3):
        s.add_recent_file(f"/稿/{i}.txt")
    s.add_recent_file("/稿/3.txt")
    files = s.recent_files
    assert files[0] == "/稿/3.txt" and len(files) == MAX_RECENT and files.count("/稿/3.txt") == 1


def test_ignores_kept_per_document():
    s = Settings()
    s.set_ignores_for("/a.txt", {"findings": ["k"], "rules": []})
    assert s.ignores_for("/a.txt") == {"findings": ["k"], "rules": []}
    assert s.ignores_for("/b.txt") == {}
    s.set_ignores_for("/a.txt", {"findings": [], "rules": []})
    assert s.ignores_for("/a.txt") == {}
