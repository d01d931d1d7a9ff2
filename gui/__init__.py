# SPDX-License-Identifier: MIT
"""JiaoGao's PySide6 application."""
