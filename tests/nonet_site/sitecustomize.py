# SPDX-License-Identifier: MIT
"""Blocks and records network use in every Python process a test starts (workers included).

tests/test_offline.py puts this folder first on PYTHONPATH and names the log in
JIAOGAO_NONET_LOG; a process started by multiprocessing (spawn) then runs guarded too.
"""

import os
import sys

_log = os.environ.get("JIAOGAO_NONET_LOG")
if _log:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from nonet import install

    install(_log)
    del sys.path[0]
