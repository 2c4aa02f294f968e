"""Starting the desktop interface: the QApplication, its CJK font, and the office window.

``run_gui`` is what the command line calls; ``make_application`` is shared with tests and tools
(it returns the running QApplication when there is one).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

APPLICATION_NAME = "craftsman-review"
ORGANISATION_NAME = "shanghai-craftsman"
UI_FONT_FAMILIES = ("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC")
UI_FONT_POINT_SIZE = 11
UI_LANGUAGE = "zh_CN"  # Chinese first: Qt's own texts (OK, Cancel, Yes, No) follow the app's language

log = logging.getLogger(__name__)


def pick_ui_font(default: QFont, point_size: int = UI_FONT_POINT_SIZE) -> QFont:
    """The first installed CJK family of UI_FONT_FAMILIES (else ``default``) at ``point_size``."""
    installed = set(QFontDatabase.families())
    font = QFont(default)
    for family in UI_FONT_FAMILIES:
        if family in installed:
            font = QFont(family)
            break
    font.setPointSize(point_size)
    return font


def install_qt_translation(app: QApplication, language: str = UI_LANGUAGE) -> bool:
    """Qt's own strings (standard buttons, file dialogs) in ``language``; False when not shipped."""
    if app.property("craftsman_qt_language") == language:
        return True
    translator = QTranslator(app)  # parented: lives as long as the application
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{language}", folder):
        return False
    app.installTranslator(translator)
    app.setProperty("craftsman_qt_language", language)
    return True


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (created if needed), named for QSettings, with a CJK UI font and Qt's
    own texts in Chinese."""
    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("a QCoreApplication without widgets is already running")
    app = existing if existing is not None else QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setFont(pick_ui_font(app.font()))
    install_qt_translation(app)
    return app


def _report_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Last resort for a bug in a slot: log the traceback, show one plain message."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    title = QCoreApplication.translate("App", "程序内部错误")
    message = QCoreApplication.translate(
        "App", "发生意外错误（{kind}），当前操作未完成。详细信息已记录到日志。")
    QMessageBox.critical(None, title, message.format(kind=kind.__name__))


def run_gui(database: Path | None = None, *, argv: list[str] | None = None) -> int:
    """Open the office window (on ``database`` if given) and run the event loop; the exit code."""
    from ui.office_window import OfficeWindow

    app = make_application(argv)
    previous_hook = sys.excepthook
    sys.excepthook = _report_unexpected
    try:
        window = OfficeWindow(database, settings=QSettings())
        window.show()
        return app.exec()
    finally:
        sys.excepthook = previous_hook


if __name__ == "__main__":  # python -m ui.app [office.db]
    sys.exit(run_gui(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
