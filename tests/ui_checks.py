"""Test helpers for the review room's usability rules, shared by the office, reviewer and chair tests.

- ``menu_actions_without_shortcut(window)``: every action in a main window's menus has a keyboard
  shortcut (which Qt shows in the menu), and no two share one;
- ``unnamed_controls(widget)``: every control a person can reach with the keyboard carries a name a
  screen reader can say (its visible text, a buddy label, or an accessible name);
- ``larger_than(window, screen)`` and ``hidden_widgets(window, widgets)``: a main window fits the review
  room's laptops (1280 x 720) and, at that size, shows the widgets a person needs.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
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
    QScrollArea,
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


LAPTOP = QSize(1280, 720)  # the smallest screen in the review room (office laptops: 1280 x 720 / 800, 1366 x 768)


def window_scroll(window: QWidget) -> QScrollArea | None:
    """The scroll area a main window keeps its pages in (ui.screen_fit.scroll_when_cramped), if any."""
    found = window.findChild(QScrollArea, "window_scroll")
    return found if isinstance(found, QScrollArea) and found.widget() is not None else None


def pages_minimum(window: QWidget) -> QSize:
    """The smallest window that shows its pages without scrolling: the window's own minimum, or its menus,
    tool and status bars around the minimum of the pages in its scroll area."""
    scroll = window_scroll(window)
    if scroll is None:
        return window.minimumSizeHint().expandedTo(window.minimumSize())
    pages = scroll.widget().minimumSizeHint().expandedTo(scroll.widget().minimumSize())
    return (window.size() - scroll.size() + pages).expandedTo(window.minimumSizeHint())


def larger_than(window: QWidget, screen: QSize = LAPTOP, *, scrolling: bool = False) -> list[str]:
    """Where the window's minimum size (as its layouts ask, as Qt enforces, and, unless ``scrolling`` is
    allowed, as its pages need without scroll bars) exceeds ``screen``."""
    sizes = [("minimumSizeHint", window.minimumSizeHint()), ("minimumSize", window.minimumSize())]
    if not scrolling:
        sizes.append(("pages without scrolling", pages_minimum(window)))
    problems = []
    for name, size in sizes:
        if size.width() > screen.width() or size.height() > screen.height():
            problems.append(f"{name} {size.width()} x {size.height()} > {screen.width()} x {screen.height()}")
    return problems


def hidden_widgets(window: QWidget, widgets: dict[str, QWidget]) -> list[str]:
    """Of ``widgets``, those not shown in full inside ``window``: hidden, of no size, outside the window's
    rectangle, or cut off by a parent (a splitter pane squeezed shut, a scroll area scrolled past them);
    and the window's own scroll bars, if it had to show any."""
    problems = []
    scroll = window_scroll(window)
    if scroll is not None:
        for name, bar in (("horizontal", scroll.horizontalScrollBar()), ("vertical", scroll.verticalScrollBar())):
            if bar.isVisible():
                problems.append(f"the window scrolls its pages ({name} scroll bar)")
    frame = window.rect()
    for name, widget in widgets.items():
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            problems.append(f"{name}: not shown ({widget.width()} x {widget.height()})")
            continue
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        shown = _shown_part(widget, window)
        if not frame.contains(where):
            problems.append(f"{name}: {where.getRect()} outside the window {frame.getRect()}")
        elif shown.size() != widget.size():
            problems.append(f"{name}: only {shown.width()} x {shown.height()} of {widget.width()} x {widget.height()} shown")
    return problems


def _shown_part(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` its parents up to ``window`` leave in view (in the window's coordinates)."""
    part, current = widget.rect(), widget
    while current is not window and current.parentWidget() is not None:
        part = part.translated(current.pos()).intersected(current.parentWidget().rect())
        current = current.parentWidget()
    return part
