# SPDX-License-Identifier: MIT
"""figure-mismatch: one share in a series of bare shares (…，占72.3%；…，占21.3%；…，占4.8%) that
does not fit the whole the others fit.

``全年基金支出3.57亿元。从支出结构看，住院统筹支出2.58亿元，占72.3%；门诊支出0.76亿元，占21.3%；大病
保险支出0.23亿元，占4.8%``: no whole is named, but two of the three shares are of 3.57亿元, so the third
must be too (0.23 ÷ 3.57 = 6.4%). A share is flagged only when at least two others of its series fit
one earlier figure and no earlier figure makes it fit as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..ledger import Entry
from ..model import Finding
from ..numbers import share_holds
from .base import Context
from .figures_common import figures_of
from .figures_math import same_family, share_finding

CATEGORY = "figure-mismatch"
_BARE_SHARE = re.compile(r"\s*[，,]\s*(?:占|占比|所占比重为?|比重为?)\s*")
_SERIES_GAP = 120  # characters between two shares of one series at most
_LOOK_BACK = 400  # characters before the series where its whole may stand
_MIN_FITTING = 2


def check_share_series(ctx: Context) -> Iterator[Finding]:
    figs = figures_of(ctx)
    flow = figs.ledger.flow
    entries = figs.ledger.entries
    for series in _series(flow, entries):
        yield from _odd_shares(ctx, flow, entries, series)


def _series(flow: str, entries: list[Entry]) -> Iterator[list[tuple[int, Entry, Entry]]]:
    """Runs of (index of the part, part, share) with a bare 占 between them, in one paragraph."""
    run: list[tuple[int, Entry, Entry]] = []
    for i in range(1, len(entries)):
        a, p = entries[i - 1], entries[i]
        if p.number.kind != "percent" or p.growth or a.number.kind != "number" or not a.number.dim:
            continue
        if not _BARE_SHARE.fullmatch(flow, a.fend, p.fstart):
            continue
        if run and (
            p.fstart - run[-1][2].fend > _SERIES_GAP
            or "\n" in flow[run[-1][2].fend : a.fstart]
            or not same_family(run[-1][1].number.dim, a.number.dim)
        ):
            if len(run) >= _MIN_FITTING + 1:
                yield run
            run = []
        run.append((i - 1, a, p))
    if len(run) >= _MIN_FITTING + 1:
        yield run


def _odd_shares(
    ctx: Context, flow: str, entries: list[Entry], series: list[tuple[int, Entry, Entry]]
) -> Iterator[Finding]:
    first_index, first_part, _ = series[0]
    floor = max(0, first_part.fstart - _LOOK_BACK)
    paragraph_start = flow.rfind("\n", floor, first_part.fstart) + 1
    largest = max(a.number.value for _, a, _ in series)
    wholes = [
        w
        for w in reversed(entries[max(0, first_index - 30) : first_index])
        if w.fstart >= max(floor, paragraph_start)
        and w.number.kind == "number"
        and same_family(w.number.dim, first_part.number.dim)
        and w.number.value > largest
        and not (w.growth or w.compare or w.target or w.number.approx)
    ]
    for whole in wholes:
        fits = [share_holds(a.number, whole.number, p.number) for _, a, p in series]
        if sum(fits) < _MIN_FITTING or all(fits):
            continue
        for (_, a, p), fit in zip(series, fits, strict=True):
            if fit or any(share_holds(a.number, w.number, p.number) for w in wholes):
                continue  # another whole before it may be the one this share is of
            yield share_finding(ctx, a.number, whole.number, p.number)
        return


CHECKS = (check_share_series,)
