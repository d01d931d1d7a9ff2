# SPDX-License-Identifier: MIT
"""Run a module with every network entry point of Python's socket layer blocked and recorded.

Usage: python tests/nonet.py LOGFILE -m module args...   (or a script path instead of -m module)
Any attempt is appended to LOGFILE, so an attempt that the code swallows is still seen.
"""

from __future__ import annotations

import runpy
import socket
import sys


def install(log_path: str) -> None:
    def blocked(name):
        def refuse(*args, **kwargs):
            with open(log_path, "a", encoding="utf-8") as fh:
                fh.write(f"{name} {args[1:] if name.startswith('socket.') else args}\n")
            raise OSError(f"JiaoGao is offline: {name} refused")

        return refuse

    for name in ("connect", "connect_ex", "sendto", "bind"):
        original = getattr(socket.socket, name)

        def guarded(self, *args, _name=name, _orig=original, **kwargs):
            if self.family == socket.AF_UNIX:  # local IPC (e.g. D-Bus) is not network
                return _orig(self, *args, **kwargs)
            return blocked(f"socket.{_name}")(self, *args, **kwargs)

        setattr(socket.socket, name, guarded)
    socket.create_connection = blocked("create_connection")
    socket.getaddrinfo = blocked("getaddrinfo")
    socket.gethostbyname = blocked("gethostbyname")


if __name__ == "__main__":
    install(sys.argv[1])
    if sys.argv[2] == "-m":
        sys.argv = [sys.argv[3], *sys.argv[4:]]
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        sys.argv = sys.argv[2:]
        runpy.run_path(sys.argv[0], run_name="__main__")
