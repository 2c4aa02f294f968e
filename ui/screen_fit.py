"""Main windows that fit the review room's laptops (1280 x 720 and up), at any text size.

A window's minimum size is the sum of its panes' minimums; with 视图 › 放大字体 several steps up that
sum passes the screen, and a Qt window larger than its screen cannot be moved or closed by its title
bar. So each main window puts its pages in ``scroll_when_cramped`` (no scroll bars while the pages
fit, scroll bars instead of growth when they do not) and takes its first size from
``resize_within_screen`` (the wanted size, or the screen's free area when that is smaller).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room left for the window's frame and title bar, which Qt's size does not count.
FRAME_ALLOWANCE = (16, 48)


class _Holder(QWidget):
    """Holds the pages at its own size, without a layout: QScrollArea would otherwise ask the pages'
    height for the viewport's width (their word-wrapped labels) and scroll a window that fits, where
    a window without the scroll area lays them out in its height."""

    def __init__(self, pages: QWidget) -> None:
        super().__init__()
        self.pages = pages
        pages.setParent(self)
        pages.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        return self.pages.minimumSizeHint().expandedTo(self.pages.minimumSize())

    def sizeHint(self) -> QSize:
        return self.pages.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.pages.setGeometry(self.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.pages and event.type() == QEvent.Type.LayoutRequest:
            # The pages' minimum changed (a page added, larger text): the scroll area re-sizes its widget
            # on a LayoutRequest of its own, which nothing sends it for a widget without a layout.
            self.updateGeometry()
            viewport = self.parentWidget()
            scroll = viewport.parentWidget() if viewport is not None else None
            if isinstance(scroll, QScrollArea):
                QCoreApplication.postEvent(scroll, QEvent(QEvent.Type.LayoutRequest))
        return False


def scroll_when_cramped(pages: QWidget) -> QScrollArea:
    """``pages`` in a frameless scroll area that gives them all its room while they fit in it."""
    scroll = QScrollArea()
    scroll.setObjectName("window_scroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pages' own controls take the focus, not the frame
    scroll.setWidget(_Holder(pages))
    return scroll


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, or to its screen's free area when that is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - FRAME_ALLOWANCE[0])
        height = min(height, free.height() - FRAME_ALLOWANCE[1])
    window.resize(max(width, 1), max(height, 1))
