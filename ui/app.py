"""Starting the desktop interface: the QApplication, its CJK font, and the office or reviewer window.

``run_gui`` (office), ``run_reviewer`` (评审专家) and ``run_launcher`` (asks which) are what the
command line calls; ``make_application`` is shared with tests and tools (it returns the running
QApplication when there is one).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import CraftsmanError
from ui.i18n import message_text

APPLICATION_NAME = "craftsman-review"
ORGANISATION_NAME = "shanghai-craftsman"
UI_FONT_FAMILIES = ("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC")
UI_FONT_POINT_SIZE = 11

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


def make_application(argv: Sequence[str] | None = None, *, language: str | None = None) -> QApplication:
    """The QApplication (created if needed), named for QSettings, with a CJK UI font at the
    person's text size and the interface in ``language`` (default: their preferred one)."""
    from ui.i18n import install_language
    from ui.preferences import apply_text_size, preferred_language
    from ui.pyside_compat import collect_garbage_on_main_thread, guard_none_refcount

    guard_none_refcount()  # PySide6 6.12.0 on Python 3.11 loses references to None: every window needs it
    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("a QCoreApplication without widgets is already running")
    if existing is None:
        # Sharp text and icons on high-DPI laptops at fractional scales (125 %, 150 %): Qt 6 scales
        # by default; passing the exact factor through avoids rounding 1.5 up to 2.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = existing if existing is not None else QApplication(list(argv) if argv is not None else sys.argv[:1])
    collect_garbage_on_main_thread()  # never in a worker thread: see ui/pyside_compat.py
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setFont(pick_ui_font(app.font()))
    apply_text_size(app, UI_FONT_POINT_SIZE)
    install_language(app, language or preferred_language())
    return app


def _report_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Last resort for a bug in a slot: log the traceback, show one plain message."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(error, CraftsmanError):  # a refusal a slot let through: its own words say more than "unexpected"
        QMessageBox.warning(None, QCoreApplication.translate("App", "上海工匠评审"), message_text(error))
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


def run_reviewer(batch: Path | None = None, *, passphrase: str | None = None, reviewer: str | None = None,
                 argv: list[str] | None = None) -> int:
    """Open the reviewer's window (评审专家), on ``batch`` if given; with ``passphrase`` it unlocks at
    once and, with ``reviewer`` (a panel number, or "first" for the first non-chair), starts the
    session. Runs the event loop; the exit code."""
    from ui.preferences import apply_text_size
    from ui.pyside_compat import guard_none_refcount
    from ui.reviewer_style import BASE_POINT_SIZE
    from ui.reviewer_window import ReviewerWindow, reviewer_settings

    guard_none_refcount()  # PySide6 6.12.0 on Python 3.11 loses a reference to None per void call
    app = make_application(argv)
    apply_text_size(app, BASE_POINT_SIZE)  # a size larger: experts read for hours
    previous_hook = sys.excepthook
    sys.excepthook = _report_unexpected
    try:
        window = ReviewerWindow(settings=reviewer_settings(), batch=batch)
        window.show()
        if batch is not None and passphrase is not None and window.start_screen.header is not None:
            window.start_screen.set_passphrase(passphrase)
            window.start_screen.unlock(choose=reviewer)
        return app.exec()
    finally:
        sys.excepthook = previous_hook


def run_chair(batch: Path | None = None, *, passphrase: str | None = None, files: Sequence[Path] | None = None,
              argv: list[str] | None = None) -> int:
    """Open the chair's window (评审组长), on ``batch`` if given; with ``passphrase`` it unlocks at once
    and opens the tally pages, importing ``files`` (score files or folders of them) when given.
    Runs the event loop; the exit code."""
    from ui.chair_window import ChairWindow, chair_settings
    from ui.preferences import apply_text_size
    from ui.pyside_compat import guard_none_refcount
    from ui.reviewer_style import BASE_POINT_SIZE

    guard_none_refcount()  # PySide6 6.12.0 on Python 3.11 loses a reference to None per void call
    app = make_application(argv)
    apply_text_size(app, BASE_POINT_SIZE)
    previous_hook = sys.excepthook
    sys.excepthook = _report_unexpected
    try:
        window = ChairWindow(settings=chair_settings(), batch=batch)
        window.show()
        if files:
            window.import_when_open(list(files))
        if batch is not None and passphrase is not None and window.start_screen.header is not None:
            window.start_screen.set_passphrase(passphrase)
            window.start_screen.unlock(choose="chair")
        return app.exec()
    finally:
        sys.excepthook = previous_hook


def choose_role(parent: QWidget | None = None) -> str | None:
    """The bare GUI's first question: "office", "reviewer" or "chair" (None when closed)."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("App", "上海工匠评审"))
    box.setText(QCoreApplication.translate("App", "请选择您的身份"))
    office = box.addButton(QCoreApplication.translate("App", "申报办公室"), QMessageBox.ButtonRole.AcceptRole)
    reviewer = box.addButton(QCoreApplication.translate("App", "评审专家"), QMessageBox.ButtonRole.AcceptRole)
    chair = box.addButton(QCoreApplication.translate("App", "评审组长"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reviewer)
    box.exec()
    clicked = box.clickedButton()
    if clicked is chair:
        return "chair"
    return "office" if clicked is office else "reviewer" if clicked is reviewer else None


def run_launcher(argv: list[str] | None = None) -> int:
    """The bare ``craftsman-review``: ask office or reviewer, then open that window."""
    make_application(argv)
    role = choose_role()
    if role == "office":
        return run_gui(None, argv=argv)
    if role == "reviewer":
        return run_reviewer(argv=argv)
    if role == "chair":
        return run_chair(argv=argv)
    return 0


if __name__ == "__main__":  # python -m ui.app [office.db]
    sys.exit(run_gui(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
