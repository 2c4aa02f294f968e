"""Test helpers for the interface languages: find interface texts left in Chinese on an English screen.

``untranslated_texts(widget)`` walks a widget tree and returns the interface texts (titles, labels,
buttons, menus and their actions, tabs, group boxes, table headers, placeholders, tool tips) that
still contain Chinese characters. Candidates' own data (names, dossier text) is Chinese in both
languages: a widget that shows data says so with ``widget.setProperty("data_text", True)``, and it
and its children are skipped; table cells are never read, only headers.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CHINESE = re.compile(r"[\u3400-\u9fff]")


def _is_data(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.property("data_text"):
            return True
        current = current.parentWidget()
    return False


def _menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    found = [(where, menu.title())]
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_texts(action.menu(), f"{where} › {menu.title()}")
        elif not action.isSeparator() and not action.property("data_text"):
            found.append((f"{where} › {menu.title()}", action.text()))
            found.append((f"{where} › {menu.title()} (tip)", action.toolTip()))
    return found


def interface_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every interface text under ``root``, data widgets left out."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                found += _menu_texts(action.menu(), "menu")
    for widget in [root, *root.findChildren(QWidget)]:
        if _is_data(widget):
            continue
        name = f"{type(widget).__name__}({widget.objectName() or '?'})"
        found.append((f"{name} tip", widget.toolTip()))
        found.append((f"{name} accessible name", widget.accessibleName()))
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            found.append((name, widget.text()))
        elif isinstance(widget, QLabel):
            found.append((name, re.sub(r"<[^>]+>", "", widget.text())))
        if isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QLineEdit):
            found.append((f"{name} placeholder", widget.placeholderText()))
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append((f"{name} placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox) and not widget.isEditable():
            found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
        # A list has no header (and QListWidget's model hides columnCount).
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListView) and widget.model() is not None:
            model = widget.model()
            found += [(f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount())]
    return [(where, text) for where, text in found if text]


def untranslated_texts(root: QWidget) -> list[tuple[str, str]]:
    """The interface texts under ``root`` that still contain Chinese characters."""
    return [(where, text) for where, text in interface_texts(root) if CHINESE.search(text)]
