# SPDX-License-Identifier: MIT
"""figure-mismatch: an average that is not the total over the count it stands next to.

``拿出分红总额86.4万元，惠及村民1,920人，人均分红420元`` (86.4万 ÷ 1,920 = 450); ``招聘会14场，提供
岗位9,240个，场均提供岗位720个`` (660); ``22个行政村共投入资金1,386万元，村均投入58.6万元`` (63.0).
The word before the figure says what it is averaged over (人均, 户均, 村均, 场均, 平均每公斤); the
count is the last figure of that kind in the passage, and the total the last one of the
average's own unit. The check is made between the intervals the written figures stand for, so
rounding never raises an alarm, and a computed value more than twice or less than half the
written one is taken for a pairing of the wrong figures, not for an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..ledger import Entry
from ..model import Finding
from .base import Context
from .figures_common import Figures, base_before, figures_of, fmt_value, last_of
from .figures_math import clause_text, paragraph_before, same_family

CATEGORY = "figure-mismatch"
# 人均分红, 村均投入, 场均提供岗位, 平均每公斤售价 … right before the figure
_AVERAGE = re.compile(
    r"(?:(?P<per>[人户村场校家亩期生])均|平均每(?P<each>个|名|人|户|村|场|家|所|亩|公斤|千克|吨|台|套)"
    r"|每(?P<about>个|名|人|户|村|家|所|台|套))"  # only with 约 (每台约900元): an average, not a rate
    r"[\u4e00-\u9fff]{0,8}?(?:为|达到|达|约为|约)?$"
)
# what each per-word counts: a classifier, or a noun after a 个 count (22个行政村)
_COUNTED = {
    "人": ("人", "名"),
    "名": ("人", "名"),
    "户": ("户",),
    "村": ("村",),
    "场": ("场",),
    "校": ("所",),
    "所": ("所",),
    "家": ("家",),
    "期": ("期",),
    "生": ("人", "名"),  # 生均: per pupil
    "台": ("台",),
    "套": ("套",),
    "亩": ("mu",),
    "个": ("个",),
    "公斤": ("weight",),
    "千克": ("weight",),
    "吨": ("weight",),
}
_STATISTIC = re.compile(r"可支配收入|纯收入|预期寿命|住房面积|消费支出")
_VILLAGES = re.compile(r"\s*(?:个)?(?:行政村|村)")
# a head count of the whole: 总人口, 户籍人口, 搬迁群众, or people after households (245户1036人)
_HEADS = re.compile(r"人口|村民|居民|群众|搬迁")
_HOUSEHOLDS_THEN = re.compile(r"[0-9]户[、，,]?\s*$")
_PER_DIM = frozenset(("money", "weight", "人", "名", "个", "件", "人次", "mu", "area"))


def check_averages(ctx: Context) -> Iterator[Finding]:
    """`人均分红420元` after `分红总额86.4万元` and `1,920人`: the average must be their quotient."""
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    for si, entries in enumerate(figs.by_sentence):
        for i, avg in enumerate(entries):
            n = avg.number
            if (
                n.kind != "number"
                or n.dim not in _PER_DIM
                or avg.growth
                or avg.compare  # 较上年村均15.3万元: last year's average, of last year's figures
                or n.approx not in ("", "约", "近")
            ):
                continue  # 人均约420元 is checked within its wider bounds; 人均420元以上 states a floor
            m = _AVERAGE.search(flow, max(0, avg.fstart - 14), avg.fstart)
            if not m or last_of(flow, "，,。；;", m.start(), avg.fstart) >= 0:
                continue
            if _STATISTIC.search(m.group()):
                continue  # 人均可支配收入 is a survey statistic, never a quotient of the passage's figures
            if m.group("about") and not (n.approx or "约" in m.group()):
                continue  # 每户补助3000元 is a standard paid, not an average worked out
            per = m.group("per") or m.group("each") or m.group("about")
            pool = [e for e in paragraph_before(figs, si, 2) + entries[:i] if _level(flow, e)]
            if per == "人" and _count(flow, pool, per) is None:
                pool = _population(figs, avg) + pool  # 人均 over the people stated at the opening
            count = _count(flow, pool, per)
            total = _total(pool, avg, count)
            if count is None or total is None:
                continue
            if _any_pair_holds(flow, pool, per, avg):
                continue  # 巡护人员78名 … 人均巡护120人次: the count of another group fits
            finding = _compare(ctx, total, count, avg)
            if finding is not None:
                yield finding


def _population(figs: Figures, avg: Entry) -> list[Entry]:
    """The one head count of the whole stated earlier in the report (全村245户1036人, 搬迁群众
    5108人), when the passage of a 人均 names none; [] when there is none or more than one."""
    flow = figs.ledger.flow
    found = {
        e.number.value: e
        for e in figs.ledger.entries
        if e.fend <= avg.fstart
        and e.number.dim in ("人", "名")
        and e.number.kind == "number"
        and not (e.growth or e.compare or e.target or e.number.approx)
        and (
            _HEADS.search(clause_text(flow, e))
            or _HOUSEHOLDS_THEN.search(flow, max(0, e.fstart - 12), e.fstart)
        )
    }
    return list(found.values()) if len(found) == 1 else []


def _level(flow: str, e: Entry) -> bool:
    """A level of the passage's own period: not last year's base (比上年同期的1920万元), and not
    an average itself (户均0.76万元 is no total of 人均)."""
    n = e.number
    if n.kind != "number" or n.value <= 0 or e.growth or e.target:
        return False
    return not (base_before(flow, e) or _AVERAGE.search(flow, max(0, e.fstart - 14), e.fstart))


def _count(flow: str, pool: list[Entry], per: str) -> Entry | None:
    """The last figure that counts what the average is taken over."""
    wanted = _COUNTED.get(per, ())
    for e in reversed(pool):
        dim = e.number.dim
        if per == "村" and dim == "个" and _VILLAGES.match(flow, e.fend):
            return e
        if dim in wanted:
            return e
    return None


def _total(pool: list[Entry], avg: Entry, count: Entry | None) -> Entry | None:
    """The last figure of the average's own unit that is larger than it (the total)."""
    if count is None:
        return None
    for e in reversed(pool):
        if e is count or not same_family(e.number.dim, avg.number.dim):
            continue
        return e if e.number.value > avg.number.value else None
    return None


def _any_pair_holds(flow: str, pool: list[Entry], per: str, avg: Entry) -> bool:
    """Whether some total and some count of the passage give the written average: when they
    do, the nearest ones were not the pair the writer divided."""
    wanted = _COUNTED.get(per, ())
    counts = [e for e in pool if e.number.dim in wanted or (per == "村" and _VILLAGES.match(flow, e.fend))]
    totals = [
        e for e in pool if same_family(e.number.dim, avg.number.dim) and e.number.value > avg.number.value
    ]
    return any(_holds(t, c, avg) for t in totals for c in counts if c is not t)


def _holds(total: Entry, count: Entry, avg: Entry) -> bool:
    tlo, thi = total.number.bounds
    clo, chi = count.number.bounds
    alo, ahi = avg.number.bounds
    return clo > 0 and not (ahi < tlo / chi or alo > thi / clo)


def _compare(ctx: Context, total: Entry, count: Entry, avg: Entry) -> Finding | None:
    tlo, thi = total.number.bounds
    clo, chi = count.number.bounds
    if clo <= 0:
        return None
    lo, hi = tlo / chi, thi / clo
    alo, ahi = avg.number.bounds
    if not (ahi < lo or alo > hi):
        return None
    value = total.number.value / count.number.value
    ratio = value / avg.number.value
    if not (0.5 <= ratio <= 2.0 or _point_moved(ratio)):
        return None  # far off: more likely a total and count of something else than a slip
    shown = fmt_value(avg.number, value)
    return ctx.finding(
        "figures.average",
        CATEGORY,
        "error",
        f"平均数算得不对：{total.number.text.strip()}÷{count.number.text.strip()}＝{shown}，"
        f"文中写的是{avg.number.text.strip()}。",
        avg.number.start,
        avg.number.end,
        shown,
    )


def _point_moved(ratio: float) -> bool:
    """生均240元 for 2,400: the digits right, the point moved by one or two places."""
    return any(abs(ratio - k) <= 0.02 * k for k in (10.0, 100.0, 0.1, 0.01))


CHECKS = (check_averages,)
