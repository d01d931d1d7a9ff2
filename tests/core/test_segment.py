# SPDX-License-Identifier: MIT
import os
import threading
from pathlib import Path

import pytest

from jiaogao.core import segment

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("全镇工业总产值同比增长8%", "同比增长"),
        ("下一步工作打算", "下一步"),
        ("坚持问题导向和目标导向", "问题导向"),
        ("完成固定资产投资3.6亿元", "固定资产投资"),
        ("一般公共预算收入完成进度达到52%", "一般公共预算收入"),
        ("全力推进乡村振兴", "乡村振兴"),
    ],
)
def test_report_vocabulary_is_kept_whole(text, word):
    assert word in segment.cut(text)


def test_word_boundaries():
    text = "坚持问题导向"
    assert segment.boundaries(text) == {0, 2, 6}
    assert not segment.is_word(text, 2, 4)
    assert segment.is_word("存在的问题和不足", 3, 5)
    assert segment.cut("") == []


def test_initialise_from_many_threads_at_once():
    results: list[bool] = []
    threads = [threading.Thread(target=lambda: results.append(segment.initialize())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 4


def test_cache_goes_to_the_user_folder():
    cache = segment._cache_dir()
    assert cache is not None
    assert Path(cache).is_dir()
    assert Path(cache).parent == Path(os.environ["JIAOGAO_HOME"])
