# SPDX-License-Identifier: MIT
"""The list of checks, in the order they run."""

from __future__ import annotations

from . import (
    duplicate,
    figures,
    numbering,
    placeholder,
    punctuation,
    sections,
    webresidue,
)
from .base import Check

MODULES = (placeholder, webresidue, sections, numbering, duplicate, figures, punctuation)


def all_checks() -> tuple[Check, ...]:
    return tuple(check for module in MODULES for check in module.CHECKS)
