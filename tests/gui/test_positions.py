# SPDX-License-Identifier: MIT
from __future__ import annotations

import pytest
from jiaogao.gui.positions import PositionMap, to_code_point, to_utf16, utf16_len

pytestmark = pytest.mark.gui


def test_bmp_text_is_identity():
    pm = PositionMap("上半年工作总结")
    assert pm.identity
    assert pm.to_utf16(5) == 5
    assert pm.to_code_point(5) == 5


def test_astral_characters_take_two_units():
    text = "a𠮷b😀c"
    pm = PositionMap(text)
    assert not pm.identity
    assert [pm.to_utf16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert [pm.to_code_point(u) for u in (0, 1, 3, 4, 6, 7)] == [0, 1, 2, 3, 4, 5]
    assert pm.to_code_point(2) == 1  # inside the surrogate pair of 𠮷
    assert utf16_len(text) == 7


def test_round_trip_matches_qt(qtbot):
    from PySide6.QtGui import QTextDocument

    text = "吉𠮷祥镇😀完成X人。"
    doc = QTextDocument(text)
    assert doc.characterCount() - 1 == utf16_len(text)
    for cp in range(len(text) + 1):
        assert to_code_point(text, to_utf16(text, cp)) == cp
    # The UTF-16 position of "X" is where Qt finds it.
    assert doc.find("X").selectionStart() == to_utf16(text, text.index("X"))
