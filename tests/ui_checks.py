"""Test helpers for the review room's usability rules, shared by the office, reviewer and chair tests.

- ``menu_actions_without_shortcut(window)``: every action in a main window's menus has a keyboard
  shortcut (which Qt shows in the menu), and no two share one;
- ``unnamed_controls(widget)``: every control a person can reach with the keyboard carries a name a
  screen reader can say (its visible text, a buddy label, or an accessible name).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit,
            QSlider, QTextEdit)


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def menu_actions(window: QMainWindow) -> list[QAction]:
    """Every command in the window's menus (submenus opened), separators left out."""
    found: list[QAction] = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            found += _menu_actions(action.menu())
    return found


def menu_actions_without_shortcut(window: QMainWindow) -> list[str]:
    """Menu commands with no shortcut, and shortcuts given to more than one command."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for action in menu_actions(window):
        keys = [k.toString() for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            problems.append(f"no shortcut: {action.text()!r}")
        for key in keys:
            if key in seen and seen[key] != action.text():
                problems.append(f"{key} used by {seen[key]!r} and {action.text()!r}")
            seen[key] = action.text()
    return problems


def _buddy_labelled(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def unnamed_controls(root: QWidget) -> list[str]:
    """Keyboard-reachable controls under ``root`` that a screen reader could not name."""
    labelled = _buddy_labelled(root)
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QTabBar):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or combo box: the outer control is named
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName() or text.replace("&", "").strip() or id(widget) in labelled:
            continue
        problems.append(f"{type(widget).__name__}({widget.objectName() or '?'})")
    return problems
