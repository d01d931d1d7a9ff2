# SPDX-License-Identifier: MIT
"""Incremental checking: a re-check that reuses the pieces of earlier checks says exactly what a
fresh check says. Every comparison is against a run with every piece cache turned off."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jiaogao.core import incremental
from jiaogao.core.checks import duplicate
from jiaogao.core.checks.base import CheckOptions
from jiaogao.core.checks.placeholder import check_placeholders
from jiaogao.core.engine import check_document, make_context
from jiaogao.core.incremental import caching, uncached
from jiaogao.core.model import Document, Paragraph, Report
from jiaogao.core.numbers import _scan_at, _scan_piece, scan, scan_lines

from tests.conftest import SAMPLES, sample_text

DRAFTS = Path(__file__).resolve().parent.parent / "data" / "drafts"
DRAFT_NAMES = sorted(p.name for p in DRAFTS.glob("*.txt"))
STRICT = CheckOptions(strict=True)


def fresh(text: str, levels: tuple[int | None, ...] = ()) -> Report:
    with uncached():
        return check_document(_doc(text, levels), STRICT)


def cached(text: str, levels: tuple[int | None, ...] = ()) -> Report:
    with caching():
        return check_document(_doc(text, levels), STRICT)


def _doc(text: str, levels: tuple[int | None, ...]) -> Document:
    lines = text.split("\n")
    lv = list(levels) + [None] * (len(lines) - len(levels))
    return Document(tuple(Paragraph(t, level=v) for t, v in zip(lines, lv, strict=False)))


def assert_same(text: str) -> Report:
    """The cached check of ``text`` equals the fresh one: every finding, the outline, the text."""
    got = cached(text)
    want = fresh(text)
    assert got.outline == want.outline
    assert got.findings == want.findings
    assert got == want
    return got


def _draft(name: str) -> str:
    if name.startswith("shared:"):
        return sample_text(name.split(":", 1)[1]).replace("\r\n", "\n")
    return (DRAFTS / name).read_text(encoding="utf-8-sig").replace("\r\n", "\n")


# ---- the edits a clerk makes -------------------------------------------------------------------

_TYPED = "的了是在和年月万元%，。、；：（）一二三四五六七八九十0123456789 镇村户人亿个项\n"
_PASTES = (
    "全镇财政收入完成{n}万元，同比增长{p}%。",
    "其中，新建农村公路{n}公里，改造危桥{k}座。",
    "截至{m}月底，累计发放补贴资金{n}万元，惠及农户{k}户。",
    "上半年共受理群众来信来访{k}件，办结率达到{p}%。",
    "全年实现地区生产总值{n}亿元，占全年目标任务的{p}%。",
    "二是加强队伍建设。",
)
_HEADINGS = ("一、", "二、", "三、", "四、", "（一）", "（二）", "1.", "2．", "（3）")


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


def apply_edit(text: str, edit: tuple[str, int, int, int]) -> str:
    """One edit, its place and its content chosen by the three integers."""
    kind, a, b, c = edit
    rnd = random.Random(a * 7919 + b * 104729 + c)
    pos = a % (len(text) + 1)
    starts = _line_starts(text)
    if kind == "insert":
        return text[:pos] + "".join(rnd.choice(_TYPED) for _ in range(1 + b % 4)) + text[pos:]
    if kind == "delete":
        return text[:pos] + text[pos + 1 + b % 6 :]
    if kind == "split":
        return text[:pos] + "\n" + text[pos:]
    if kind == "join":
        breaks = [i - 1 for i in starts[1:]]
        if not breaks:
            return text
        at = breaks[b % len(breaks)]
        return text[:at] + text[at + 1 :]
    if kind == "paste":
        pasted = _PASTES[b % len(_PASTES)].format(
            n=rnd.choice(("1318", "2355", "86.5", "4,620", "一千二百")),
            p=rnd.choice(("8.5", "60", "12", "100")),
            k=rnd.randint(2, 400),
            m=rnd.randint(1, 12),
        )
        return text[:pos] + pasted + text[pos:]
    if kind == "heading":
        line = starts[b % len(starts)]
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        body = text[line:end].lstrip("一二三四五六七八九十（）()0123456789.．、 ")[:20]
        return text[:line] + _HEADINGS[c % len(_HEADINGS)] + (body or "工作措施") + text[end:]
    if kind == "move":
        return move_paragraph(text, b % len(starts), c % len(starts))
    # "copy": a sentence of the draft written a second time elsewhere (a new duplicate)
    sentences = [s for s in text.replace("\n", "。").split("。") if len(s) >= 10]
    if not sentences:
        return text
    return text[:pos] + sentences[b % len(sentences)] + "。" + text[pos:]


def move_paragraph(text: str, i: int, j: int) -> str:
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    line = lines.pop(i % len(lines))
    lines.insert(j % (len(lines) + 1), line)
    return "\n".join(lines)


_KINDS = ("insert", "delete", "split", "join", "paste", "heading", "move", "copy")
_EDIT = st.tuples(
    st.sampled_from(_KINDS),
    st.integers(0, 200_000),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
)


def _sources() -> list[str]:
    shared = sorted(p.name for p in SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []
    return [f"shared:{n}" for n in shared] + DRAFT_NAMES


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(_sources()), edits=st.lists(_EDIT, min_size=1, max_size=4))
def test_a_re_check_after_any_edits_equals_a_fresh_check(name, edits):
    text = _draft(name)
    if len(text) > 12_000:
        text = text[:12_000]  # keep the property test quick; the edits are what matter
    cached(text)  # the previous check of the draft: its pieces are now cached
    for edit in edits:
        text = apply_edit(text, edit)
        assert_same(text)


def test_every_kind_of_edit_on_a_corpus_draft():
    text = _draft(DRAFT_NAMES[0])
    cached(text)
    for k, kind in enumerate(_KINDS):
        text = apply_edit(text, (kind, 977 * (k + 1), 31 * k, 17 * k))
        assert_same(text)


# ---- the cases where a change in one place changes findings in another ----------------------

HALFYEAR = """青溪镇2023年上半年工作总结
2023年上半年，青溪镇在县委、县政府的正确领导下，坚持稳中求进，各项工作取得了新进展。
一、主要工作完成情况
（一）经济运行稳中有进。上半年全镇财政收入完成1318万元，占全年任务2355万元的56%。
（二）项目建设扎实推进。全镇新开工项目12个，完成固定资产投资3.6亿元，同比增长9.2%。
（三）民生保障持续加强。发放城乡低保金286万元，惠及困难群众1650人。
二、存在的问题
一是产业结构仍然偏重，新兴产业占比不高。二是项目储备不足，后劲有待增强。
三、下半年工作打算
（一）抓好项目建设。力争全年完成固定资产投资7.5亿元。
（二）抓好民生实事。继续做好低保、特困供养等兜底保障工作。"""


def test_moving_a_paragraph_gives_the_fresh_result():
    cached(HALFYEAR)
    lines = HALFYEAR.split("\n")
    moved = move_paragraph(HALFYEAR, 5, 9)
    assert moved.split("\n")[9] == lines[5]
    report = assert_same(moved)
    assert report.outline != fresh(HALFYEAR).outline  # the move really changed the outline


def test_a_duplicate_created_and_removed_by_an_edit_in_another_paragraph():
    repeated = "全镇新开工项目12个，完成固定资产投资3.6亿元，同比增长9.2%"
    near = HALFYEAR.replace("继续做好低保、特困供养等兜底保障工作。", repeated.replace("9.2%", "9.3%") + "。")
    report = assert_same(near)
    assert not [f for f in report.findings if f.category == "duplicate"]
    # retyping one digit in the last paragraph turns it into a repeat of the fifth line
    same = near.replace("增长9.3%。", "增长9.2%。")
    report = assert_same(same)
    dups = [f for f in report.findings if f.category == "duplicate"]
    assert [(f.rule, f.excerpt) for f in dups] == [("duplicate.sentence", repeated + "。")]
    assert dups[0].start == same.rindex(repeated)
    # and typing it back removes the finding again
    assert not [f for f in assert_same(near).findings if f.category == "duplicate"]


def test_a_figure_conflict_across_paragraphs_appears_after_an_edit():
    text = HALFYEAR.replace("各项工作取得了新进展。", "各项工作取得了新进展，全镇财政收入完成1318万元。")
    before = assert_same(text)
    assert not [f for f in before.findings if f.category == "figure-conflict"]
    # a slip of the fingers in the opening paragraph now disagrees with the figure two lines on
    edited = text.replace("新进展，全镇财政收入完成1318万元", "新进展，全镇财政收入完成1381万元")
    after = assert_same(edited)
    conflicts = [(f.rule, f.excerpt, f.start) for f in after.findings if f.category == "figure-conflict"]
    assert conflicts == [("figures.conflict", "1381万元", edited.index("1381万元"))]
    assert not [f for f in assert_same(text).findings if f.category == "figure-conflict"]


WRAPPED = """柳河乡2022年农业农村工作总结
2022年，柳河乡坚持把农业农村工作摆在重要位置，全年粮食播种
面积稳定在4.2万亩，粮食总产量达到1.86万吨，同比增长3.1%。
农村居民人均可支配收入达到15620元，较上年增加1180元，增幅
为8.2%。全年共改造农村危房136户，新建农村公路28.5公里，完
成村级活动场所提升改造9个，群众生产生活条件持续改善。
一、主要做法
（一）抓粮食生产。落实耕地地力保护补贴资金526万元，发放到户
率100%，全乡高标准农田建设面积累计达到2.3万亩，占耕地面积的
54.8%。同时，组织开展农业技术培训班12期，培训农民860人次。
（二）抓产业发展。全乡新发展特色种植基地5个，新增农民专业合
作社8家，带动农户1240户增收。"""


def test_hard_wrapped_text_where_flow_lines_join_paragraphs():
    cached(WRAPPED)
    # a full stop typed at the end of a wrapped line makes that break hard: the flow changes
    stopped = WRAPPED.replace("全年粮食播种\n", "全年粮食播种。\n")
    assert_same(stopped)
    # a line break typed inside a wrapped sentence, then joined again
    broken = WRAPPED.replace("较上年增加1180元", "较上年增加\n1180元")
    assert_same(broken)
    assert assert_same(WRAPPED) == fresh(WRAPPED)
    # a figure split over the break (2.3\n万亩) and a range over it
    assert_same(WRAPPED.replace("2.3万亩", "2.3\n万亩"))
    assert_same(WRAPPED.replace("2022年，", "2021年-\n2022年，"))


def test_shared_samples_re_checked_after_an_edit():
    for path in sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []:
        text = sample_text(path.name).replace("\r\n", "\n")
        cached(text)
        mid = len(text) // 2
        assert_same(text[:mid] + "的" + text[mid:])
        assert_same(move_paragraph(text, 3, len(text.split("\n")) - 2))


# ---- the cached number scan ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2019年\n-2020年工作总结",
        "2019年 -\n 2020年",
        "比例为3 :\n 4，",
        "比例为3:4\n:5",
        "全年12\n月份完成",
        "1-\n6月份，完成投资2.3亿元",
        "1\n-6月",
        "5月8日\n-6月9日",
        "5月8日-\n6月9日",
        "去年\n\n  2020年",
        "完成1318\n  \n 万元",
        "1\n\n\n",
        "",
        "\n",
        "增长3%\n二是完成\n十二\n月",
        "百分之\n五十",
        "二〇二三\n年",
    ],
)
def test_the_line_wise_scan_equals_the_whole_scan(text):
    with caching():
        assert scan_lines(text) == list(scan(text))
        assert scan_lines(text) == list(scan(text))  # and again, from the cache


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789１２.:：-—至到年月份日元万亿%一二十百第 \n\u3000人户", max_size=40))
def test_the_line_wise_scan_equals_the_whole_scan_on_any_text(text):
    with caching():
        assert scan_lines(text) == list(scan(text))


# ---- the caches themselves -------------------------------------------------------------------


def test_uncached_bypasses_every_piece_cache():
    text = HALFYEAR + "\n新增一段：完成投资1.25亿元。"
    incremental.clear_caches()
    with caching(), uncached():
        check_document(_doc(text, ()), STRICT)
    check_document(_doc(text, ()), STRICT)  # outside caching(): a batch check never fills them
    assert _scan_piece.cache_info().currsize == 0
    assert duplicate._block_keys.cache_info().currsize == 0
    cached(text)
    filled = _scan_piece.cache_info().currsize
    assert filled > 0 and duplicate._block_keys.cache_info().currsize > 0
    at_hits, hits = _scan_at.cache_info().hits, _scan_piece.cache_info().hits
    cached(text.replace("1.25亿元", "1.26亿元"))
    # an edit in the last line: every line before it is found where it was
    assert _scan_at.cache_info().hits - at_hits == filled - 1
    assert _scan_piece.cache_info().hits == hits and _scan_piece.cache_info().currsize == filled + 1
    cached(text.replace("上半年工作总结", "上半年工作总结报告"))
    # an edit in the first line moves all the others: their scans are shifted, not redone
    assert _scan_piece.cache_info().hits - hits == filled - 1
    assert _scan_piece.cache_info().currsize == filled + 2


def test_the_caches_are_bounded_by_the_size_of_the_draft():
    cached(HALFYEAR)
    assert _scan_piece.cache_info().maxsize == incremental.PIECES  # the floors, for a short draft
    assert duplicate._block_keys.maxchars == incremental.CHARS
    long_text = "\n".join([HALFYEAR] * 400)
    cached(long_text)
    assert duplicate._block_keys.maxchars == 2 * len(long_text)
    assert _scan_piece.cache_info().maxsize == 2 * len(long_text.split("\n"))
    assert set(incremental.cache_sizes()) >= {"_scan_piece", "_block_keys"}


def test_a_cache_holds_a_bounded_amount_of_text():
    calls = []

    def measure(piece: str) -> int:
        calls.append(piece)
        return len(piece)

    cache = incremental.PieceCache(measure, maxsize=4, maxchars=10)
    with caching():
        _fill_small_cache(cache, calls)
    with uncached():
        cache("u")  # bypassed: neither a hit nor a miss
    assert cache.cache_info().hits == 1 and len(calls) == 12


def _fill_small_cache(cache, calls) -> None:
    assert [cache("abcd"), cache("efgh"), cache("abcd")] == [4, 4, 4]
    assert calls == ["abcd", "efgh"]  # the second "abcd" came from the cache
    cache("ijkl")  # 12 characters: the least recently used ("efgh") goes
    assert cache.cache_info().chars == 8 and cache.cache_info().currsize == 2
    cache("efgh")
    assert calls[-1] == "efgh"
    cache("x" * 11)  # longer than the whole budget: computed, never kept
    assert cache.cache_info().chars <= 10
    for piece in "pqrstu":
        cache(piece)
    assert cache.cache_info().currsize == 4  # and never more entries than maxsize


def test_typing_in_a_long_paragraph_keeps_the_caches_small():
    long_paragraph = "全镇共完成农村公路建设12公里，改造危桥3座。" * 200  # 4,600 characters on one line
    text = HALFYEAR + "\n" + long_paragraph
    for k in range(40):
        cached(text[:-5] + "镇" * k + text[-5:])
    assert all(c.cache_info().chars <= incremental.CHARS for c in incremental._caches)
    # forty versions of the paragraph would be 184,000 characters: the old ones were dropped
    assert _scan_piece.cache_info().chars <= incremental.CHARS < 40 * len(long_paragraph)


# ---- the placeholder rule, line by line ------------------------------------------------------


def _placeholders(text: str) -> list:
    return sorted(check_placeholders(make_context(text)), key=lambda f: (f.start, f.end, f.rule))


def _placeholders_by_line(text: str) -> list:
    with caching():
        return _placeholders(text)


@pytest.mark.parametrize(
    "text",
    [
        "完成投资2X5\n万元，培训X人。",  # the unit of a masked figure on the next line
        "完成投资2X5 \n万元",
        "新建道路3x5\n米，改造X座",
        "**年上半年，**镇党委\n20XX年\n某某\n张某某",
        "□□镇\n〇〇村\n__\n（  ）月底\n",
        "X\nX光机\nX射线\n",
    ],
)
def test_placeholders_line_by_line_equal_the_whole_text(text):
    assert _placeholders_by_line(text) == _placeholders(text)
    assert _placeholders_by_line(text) == _placeholders(text)  # and again, from the cache


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="xX×*＊□〇○_（）() 12.5万元人年米型镇某张光a-\n\u3000", max_size=40))
def test_placeholders_line_by_line_equal_the_whole_text_on_any_text(text):
    assert _placeholders_by_line(text) == _placeholders(text)
