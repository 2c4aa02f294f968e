"""The person's own preferences, the same for every role: interface language and text size.

They live in one settings file in the app-data folder (``settings.ini``; CRAFTSMAN_DATA_DIR moves
it), next to the role windows' own layout files. ``add_view_menu`` gives every main window the same
视图 menu: larger and smaller text for the whole app (remembered), and the interface language
(applied at the next start: every window is built in one language). CRAFTSMAN_LANG in the
environment overrides the remembered language for one run (used by the screenshot script).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QWidget

from app.paths import data_dir
from ui.i18n import LANGUAGES, current_language, normalise_language

SETTINGS_FILE = "settings.ini"
LANGUAGE_KEY = "ui/language"
TEXT_STEP_KEY = "ui/text_size_step"
TEXT_STEP_RANGE = (-2, 10)  # points added to each role's base size: 9-21 pt for the office's 11
LANGUAGE_ENVIRONMENT = "CRAFTSMAN_LANG"


def user_settings() -> QSettings:
    """The preferences file shared by the office, reviewer and chair windows."""
    return QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def preferred_language(settings: QSettings | None = None) -> str:
    """The language to start in: CRAFTSMAN_LANG, else the remembered choice, else Chinese."""
    chosen = os.environ.get(LANGUAGE_ENVIRONMENT)
    if not chosen:
        value = (settings or user_settings()).value(LANGUAGE_KEY)
        chosen = str(value) if value else None
    return normalise_language(chosen)


def text_size_step(settings: QSettings | None = None) -> int:
    """Points the person added to (or took from) the default text size, within TEXT_STEP_RANGE."""
    value = (settings or user_settings()).value(TEXT_STEP_KEY, 0)
    try:
        step = int(str(value))
    except (TypeError, ValueError):
        return 0
    return max(TEXT_STEP_RANGE[0], min(TEXT_STEP_RANGE[1], step))


def apply_text_size(app: QApplication, base_point_size: int, settings: QSettings | None = None) -> None:
    """Set the whole app's font to ``base_point_size`` plus the remembered step; widgets that use
    larger type (the score fields, the projected tally) size themselves from the app's font."""
    app.setProperty("craftsman_base_point_size", base_point_size)
    font = QFont(app.font())
    font.setPointSize(base_point_size + text_size_step(settings))
    app.setFont(font)


def relative_point_size(extra: int) -> int:
    """A point size ``extra`` points above the app's current text size (follows 放大/缩小字体)."""
    return QApplication.font().pointSize() + extra


def change_text_size(delta: int | None, settings: QSettings | None = None) -> int:
    """Make the app's text ``delta`` points larger (negative: smaller; None: back to the default),
    remember it, and return the new step."""
    settings = settings or user_settings()
    step = 0 if delta is None else text_size_step(settings) + delta
    step = max(TEXT_STEP_RANGE[0], min(TEXT_STEP_RANGE[1], step))
    settings.setValue(TEXT_STEP_KEY, step)
    settings.sync()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        base = app.property("craftsman_base_point_size")
        apply_text_size(app, int(base) if base else app.font().pointSize(), settings)
    return step


def follow_font_change(widget: QWidget, event: QEvent, then: Callable[[], None] | None = None) -> None:
    """In a styled window's ``changeEvent``: when 放大/缩小字体 changed the app's font, make the children
    take it up. Qt does not pass a font change on to the children of a widget with a style sheet;
    setting the same sheet again does. ``then`` runs afterwards (panes that size larger type from
    the new font)."""
    if event.type() != QEvent.Type.FontChange or widget.property("craftsman_restyling"):
        return
    widget.setProperty("craftsman_restyling", True)  # setting the sheet sends FontChange again
    try:
        widget.setStyleSheet(widget.styleSheet())
        if then is not None:
            then()
    finally:
        widget.setProperty("craftsman_restyling", False)


def add_view_menu(window: QMainWindow, settings: QSettings | None = None) -> QMenu:
    """The 视图 menu every main window shares: text size and interface language."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("ViewMenu", "视图(&V)"))
    menu.setObjectName("view_menu")
    for text, shortcut, delta, name in (
        (QCoreApplication.translate("ViewMenu", "放大字体(&L)"), "Ctrl+Shift+=", 1, "larger_text_action"),
        (QCoreApplication.translate("ViewMenu", "缩小字体(&S)"), "Ctrl+Shift+-", -1, "smaller_text_action"),
        (QCoreApplication.translate("ViewMenu", "默认字号(&D)"), "Ctrl+Shift+0", None, "default_text_action"),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, d=delta: change_text_size(d, settings))
        window.addAction(action)  # the shortcut works wherever the focus is
        menu.addAction(action)
    menu.addSeparator()
    languages = menu.addMenu(QCoreApplication.translate("ViewMenu", "界面语言(&G)"))
    languages.setObjectName("language_menu")
    group = QActionGroup(window)
    for index, (code, name) in enumerate(LANGUAGES.items(), start=1):
        action = QAction(name, window)
        action.setObjectName(f"language_{code}_action")
        action.setProperty("data_text", True)  # each language is named in itself, whatever the interface's
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.setShortcut(QKeySequence(f"Ctrl+Alt+{index}"))
        action.triggered.connect(lambda _checked=False, c=code: _choose_language(window, c, settings))
        group.addAction(action)
        window.addAction(action)
        languages.addAction(action)
    return menu


def _choose_language(window: QMainWindow, language: str, settings: QSettings | None) -> None:
    settings = settings or user_settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()
    if language == current_language():
        return
    QMessageBox.information(
        window,
        QCoreApplication.translate("ViewMenu", "界面语言"),
        # Shown in both languages: the person chose the other one.
        "界面语言将在下次启动时切换。\nThe interface language changes the next time the app starts.",
    )
