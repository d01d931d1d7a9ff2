# SPDX-License-Identifier: MIT
"""The figure rules: arithmetic (figure-mismatch), conflicts, counts and periods.

Rule ids: figures.share, figures.rate, figures.parts, figures.growth, figures.ratio,
figures.shares, figures.average (figure-mismatch); figures.conflict (figure-conflict);
figures.count, figures.enumeration (count-mismatch); figures.year, figures.period (period-mismatch).

The rules live in figures_math, figures_rates, figures_parts, figures_growth, figures_sums, figures_conflict,
figures_count and figures_period; they share one ledger of the draft's figures
(figures_common.figures_of), built once per run. Later modules read phrasings the first ones do
not and reuse their rule ids:
- figures_splits (exhaustive splits), figures_growth2 (growth, shares and rates),
  figures_growth_named (a rate against last year's figure, of a level named before), figures_named
  (shares of a whole named in words), figures_average (人均, 村均, 场均 … as a quotient),
  figures_share_series (a bare share that does not fit the whole the others of its series fit),
  figures_growth_lists (同比分别增长…和… against the two lists of levels);
- figures_window (heading years, 截至 dates, later months);
- restatements: figures_restate (one name), figures_sets (a set counted twice), figures_slips
  (digits slipped), figures_swaps (digits in another order, around a word in common) and
  figures_alias (one metric named with the same words in another order or with a modifier left out),
  figures_referred (a count referred back to by what was done with it: 今年加固的9座病险水库).

The engine keeps one finding per category and span. Every comparison is made between the
intervals the written figures stand for, so rounding never raises an alarm. A corrected
percentage keeps the written decimals, and gets one decimal when a whole percent was written
(60% → 56.0%).
"""

from __future__ import annotations

from . import (
    figures_alias,
    figures_average,
    figures_conflict,
    figures_count,
    figures_growth,
    figures_growth2,
    figures_growth_lists,
    figures_growth_named,
    figures_math,
    figures_named,
    figures_parts,
    figures_period,
    figures_rates,
    figures_referred,
    figures_restate,
    figures_sets,
    figures_share_series,
    figures_slips,
    figures_splits,
    figures_sums,
    figures_swaps,
    figures_window,
)

CHECKS = (
    figures_math.CHECKS
    + figures_rates.CHECKS
    + figures_parts.CHECKS
    + figures_growth.CHECKS
    + figures_sums.CHECKS
    + figures_conflict.CHECKS
    + figures_count.CHECKS
    + figures_period.CHECKS
    + figures_splits.CHECKS
    + figures_restate.CHECKS
    + figures_window.CHECKS
    + figures_growth2.CHECKS
    + figures_growth_named.CHECKS
    + figures_growth_lists.CHECKS
    + figures_named.CHECKS
    + figures_sets.CHECKS
    + figures_slips.CHECKS
    + figures_swaps.CHECKS
    + figures_alias.CHECKS
    + figures_referred.CHECKS
    + figures_average.CHECKS
    + figures_share_series.CHECKS
)
