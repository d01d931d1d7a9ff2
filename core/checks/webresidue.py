# SPDX-License-Identifier: MIT
"""(to be written)"""

CHECKS = ()
