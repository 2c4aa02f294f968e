"""Main windows that fit the review room's laptops (1280 x 720 and up), at any text size.

A window's minimum size is the sum of its panes' minimums; with 视图 › 放大字体 several steps up that
sum passes the screen, and a Qt window larger than its screen cannot be moved or closed by its title
bar. So each main window puts its pages in ``scroll_when_cramped`` (no scroll bars while the pages
fit, scroll bars instead of growth when they do not) and takes its first size from
``resize_within_screen`` (the wanted size, or the screen's free area when that is smaller).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room left for the window's frame and title bar, which Qt's size does not count.
FRAME_ALLOWANCE = (16, 48)


def scroll_when_cramped(pages: QWidget) -> QScrollArea:
    """``pages`` in a frameless scroll area that gives them all its room while they fit in it."""
    scroll = QScrollArea()
    scroll.setObjectName("window_scroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pages' own controls take the focus, not the frame
    scroll.setWidget(pages)
    return scroll


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, or to its screen's free area when that is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - FRAME_ALLOWANCE[0])
        height = min(height, free.height() - FRAME_ALLOWANCE[1])
    window.resize(max(width, 1), max(height, 1))
