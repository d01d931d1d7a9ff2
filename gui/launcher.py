# SPDX-License-Identifier: MIT
"""The ``jiaogao`` command: a CLI subcommand runs headless, anything else opens the editor.

Nothing here imports Qt, so ``jiaogao check`` starts fast and works without a display.
"""

from __future__ import annotations

import sys

CLI_COMMANDS = {"check", "figures", "export", "--version", "-h", "--help"}


def main() -> int:
    argv = sys.argv[1:]
    if argv and argv[0] in CLI_COMMANDS:
        from jiaogao.core.cli import main as cli_main

        return cli_main(argv)
    try:
        from jiaogao.gui.app import main as gui_main
    except ImportError:
        gui_main = None
    if gui_main is None:
        # The editor is not built yet: check the given drafts, or the bundled sample.
        from jiaogao.core.cli import main as cli_main
        from jiaogao.core.resources import resource_path

        return cli_main(["check", *(argv or [str(resource_path("samples", "sample-halfyear.txt"))])])
    return gui_main(argv)


if __name__ == "__main__":
    sys.exit(main())
