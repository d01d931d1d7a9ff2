# SPDX-License-Identifier: MIT
"""The figure rules: arithmetic (figure-mismatch), conflicts, counts and periods.

The rules live in figures_math, figures_conflict, figures_count and figures_period; they
share one ledger of the draft's figures (figures_common.figures_of), built once per run.
"""

from __future__ import annotations

from . import figures_conflict, figures_count, figures_math, figures_period

CHECKS = figures_math.CHECKS + figures_conflict.CHECKS + figures_count.CHECKS + figures_period.CHECKS
