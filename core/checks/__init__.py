# SPDX-License-Identifier: MIT
"""The checks. Each module exposes CHECKS: functions Context -> Iterable[Finding]."""
