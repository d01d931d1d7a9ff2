# SPDX-License-Identifier: MIT
"""Take a screenshot of the editor with a draft open (for docs and visual checks).

    xvfb-run -s "-screen 0 1600x1000x24" uv run python -m jiaogao.gui.screenshot /tmp/jiaogao.png [FILE]

Runs with throw-away settings, waits for the first check, then grabs the window.
"""

from __future__ import annotations

import sys
import tempfile

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication


def main(argv: list[str]) -> int:
    out = argv[0] if argv else "/tmp/jiaogao.png"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication([sys.argv[0]])
    from .app import install_translators
    from .mainwindow import MainWindow
    from .resources import sample_path
    from .settings import Settings

    install_translators(app)
    window = MainWindow(Settings())
    window.resize(1560, 940)
    window.show()
    window.open_path(argv[1] if len(argv) > 1 else sample_path(), ask=False)

    def grab() -> None:
        if not window.report_current():
            QTimer.singleShot(100, grab)
            return
        findings = window.visible_findings()
        if findings:  # show a selected finding with its details, as a user would see it
            window.findings_pane.select_finding(findings[0])
            window.select_finding(findings[0])
        QTimer.singleShot(300, lambda: (window.grab().save(out), app.quit()))

    QTimer.singleShot(200, grab)
    QTimer.singleShot(30000, app.quit)  # never hang a script run
    app.exec()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
