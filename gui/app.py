# SPDX-License-Identifier: MIT
"""main(): the QApplication, Chinese translations, error dialog and the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from .settings import APPLICATION, ORGANIZATION, Settings

log = logging.getLogger(__name__)


def install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's own Chinese strings (standard buttons, dialogs) and ours, when present."""
    from jiaogao.core.resources import resource_path

    found: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_zh_CN", qt_dir), ("app_zh_CN", str(resource_path("i18n")))):
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            found.append(tr)
    return found


def install_excepthook() -> None:
    """Log an unexpected error and tell the user, instead of vanishing."""

    def hook(kind, value, tb) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unhandled exception\n%s", text)
        sys.__stderr__.write(text)
        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "校稿出错",
                "程序遇到意外错误。请保存文稿后重新启动。\n\n" + str(value),
            )
            box.setDetailedText(text)
            box.exec()

    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("校稿")
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    install_translators(app)
    install_excepthook()

    from .mainwindow import MainWindow
    from .resources import sample_path

    settings = Settings()
    window = MainWindow(settings)
    files = [a for a in argv if not a.startswith("-")]
    window.show()
    # Open after the window is up; the first check runs on the worker (jieba loads there).
    QTimer.singleShot(0, lambda: _open_initial(window, settings, files, sample_path()))
    return app.exec()


def _open_initial(window, settings: Settings, files: list[str], sample: str) -> None:
    if files:
        if not window.open_path(str(Path(files[0])), ask=False):
            window.new_document()
    elif not settings.first_run_done:
        window.open_path(sample, ask=False)
        settings.first_run_done = True
    elif settings.recent_files and Path(settings.recent_files[0]).is_file():
        window.open_path(settings.recent_files[0], ask=False)
    else:
        window.new_document()
