# SPDX-License-Identifier: MIT
"""figure-conflict: a figure referred back to by what was done with it, with another value.

``实施7座小（一）型、小（二）型病险水库除险加固`` … ``今年加固的9座病险水库仍缺少专职管护人员``;
``全年完成审计项目36个`` … ``在全年完成的38个审计项目中``; ``签约238户`` … ``在今年已签约226户的基础上``.
The later sentence names the figure by the action that produced it (加固的, 完成的, 已签约) and, mostly,
by the noun after it: it speaks of the same things, so it must give the same count. The earlier
figure is found by that action and noun in the words around it; when figures of two values fit,
the draft says no single thing and nothing is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..ledger import Entry
from ..model import Finding
from .base import Context
from .figures_common import Figures, conflict_finding, figures_of, unit_family
from .figures_pairs import distinct
from .figures_slips import differ

CATEGORY = "figure-conflict"
# 今年加固的9座病险水库 / 在全年完成的38个审计项目中: an action, 的, the count, the things
_DONE_OF = re.compile(r"(?:已|所)?([\u4e00-\u9fff]{2,3})的\s*$")
# 在今年已签约226户的基础上: the count of an action as the base of a plan
_BASE_OF = re.compile(r"在[^，,。；;\d]{0,6}?(?:已|累计)?([\u4e00-\u9fff]{2,3})\s*$")
_NOUN = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?=中|的|仍|均|全部|已|还|实行|完成|开展|进行|实施|落实|签订|配备|建立|推进|纳入|[，,。；;、（(]|$)"
)
# what was done to or for the things counted (加固的, 已签约): the action that names them
_ACTION_WORDS = (
    "加固 完成 检查 移送 招聘 兑付 追回 改建 新建 建成 签约 解决 查处 整治 培训 安置 救助 发放 治理 改造 "
    "审计 认定 引进 落实 排查 走访 慰问 帮扶 打掉 关闭 取缔 拆除 清理 受理 办结 化解 调解 立案 巡查 验收 "
    "投产 开工 竣工 搬迁 收购 流转 硬化 修复 评定 推荐 选派 选聘 录用 处分 约谈 摸排 登记 办理 接待 收治 "
    "救治 接种 筛查 体检 签订 实施 创建 培育 扶持 资助 补助 征收 拆迁 整改 核查 抽检 检测 督办 在岗 "
    "发现 接收 争取 筹集 拨付 兑现"
)
_ACTIONS = frozenset(_ACTION_WORDS.split(" "))
_NOT_DONE = re.compile(
    r"[将要拟需应计划]|新增|剩余|其余|未|在建|存在|涉及|所属|下属|辖|现有|全部|上年|去年|往年|此前"
)
_WINDOW = 24
_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")
_CLAUSE_START = re.compile(r"[，,。；;：:、\n]")
_CLAUSE_END = re.compile(r"[，,。；;：:\n]")


def check_referred(ctx: Context) -> Iterator[Finding]:
    """Flag a figure referred back to by its action and noun when the figure it refers to differs."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    entries = [e for e in figs.ledger.entries if e.number.kind == "number" and e.number.dim]
    for k, e in enumerate(entries):
        action, noun = _reference(flow, e)
        if not action:
            continue
        fits = [
            x
            for x in entries[:k]
            if x.sentence != e.sentence
            and unit_family(x.number.dim) == unit_family(e.number.dim)
            and not (x.target or x.compare or x.growth)
            and _fits(flow, x, action, noun)
        ]
        if not fits or any(not differ(x, e) for x in fits) or any(differ(x, fits[-1]) for x in fits):
            continue  # none, the same count again, or two readings
        first = fits[-1]
        if distinct(figs, first, e) or _remainder(figs, first, e):
            continue
        yield conflict_finding(ctx, first.number, e.number, action + noun)


def _remainder(figs: Figures, first: Entry, e: Entry) -> bool:
    """Whether the later count is what is left of the first (挂牌督办重大隐患9处，已整改销号7处 …
    挂牌督办的2处重大隐患): two counts of its sentence differ by it."""
    counts = [x.number.value for x in figs.by_sentence[first.sentence] if x.number.dim == e.number.dim]
    return any(a - b == e.number.value for a in counts for b in counts)


def _reference(flow: str, e: Entry) -> tuple[str, str]:
    """(action, noun) when a figure is named by what was done with it, else ("", "")."""
    lead = flow[max(0, e.fstart - 12) : e.fstart]
    m = _DONE_OF.search(lead)
    if m and m.group(1)[-2:] in _ACTIONS:
        if _NOT_DONE.search(lead[max(0, m.start() - 6) :]):
            return "", ""
        noun = _NOUN.match(flow, e.fend) or _HAN.match(flow, e.fend, e.fend + 4)  # 68名特岗教师岗前培训…
        return (m.group(1), noun.group()) if noun else ("", "")
    m = _BASE_OF.search(lead)
    if (
        m
        and m.group(1)[-2:] in _ACTIONS
        and flow.startswith("的基础上", e.fend)
        and not _NOT_DONE.search(m.group())
    ):
        return m.group(1), ""
    return "", ""


def _fits(flow: str, x: Entry, action: str, noun: str) -> bool:
    """Whether the words around an earlier figure say the same action and noun."""
    # its own clause: back to a comma or 、 (其中预算执行审计8个 is no 完成审计项目), and on to a comma
    # (实施7座小（一）型、小（二）型病险水库除险加固)
    before = _CLAUSE_START.split(flow[max(0, x.fstart - _WINDOW) : x.fstart])[-1]
    done = [before[k : k + 2] for k in range(len(before) - 1) if before[k : k + 2] in _ACTIONS]
    if action[-2:] in before and done[-1] != action[-2:]:
        return False  # 发现隐患86处，已整改79处: the count of another action on the same things
    around = before + _CLAUSE_END.split(flow[x.fend : x.fend + _WINDOW])[0]
    return action[-2:] in around and (not noun or (noun[:2] in around and noun[-2:] in around))


CHECKS = (check_referred,)
