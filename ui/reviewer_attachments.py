"""The attachment viewer: a candidate's PDFs and images, page by page and zoomable, from memory only.

Attachments are decrypted by the open batch into bytes; PDFs are read by QtPdf's ``QPdfDocument``
from a ``QBuffer`` over those bytes and each page is rendered to an image at the zoom shown; images
are decoded with ``QImage.fromData``. Nothing is ever written to disk (no temporary files). A few
decrypted attachments are kept in memory so that going back and forth stays instant.
Pages are rendered at the screen's device pixel ratio (sharp on high-DPI laptops), again when the
window moves to a screen with another ratio.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CraftsmanError
from app.intake import ATTACHMENT_KINDS
from ui.display import format_size
from ui.i18n import message_text

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
CACHE_SIZE = 8
_PAGE_MARGIN = 12
_BACKGROUND = "#e5e8ec"
_POINTS_PER_INCH = 72.0

Loader = Callable[[int], bytes | bytearray]


def attachment_kind_label(kind: str) -> str:
    """The name of an attachment kind (app.intake.ATTACHMENT_KINDS) in the interface's language."""
    labels = {
        "id_card": QCoreApplication.translate("AttachmentKind", "身份证复印件"),
        "union_card": QCoreApplication.translate("AttachmentKind", "工会会员服务卡"),
        "certificate": QCoreApplication.translate("AttachmentKind", "证书（奖状）"),
        "photo": QCoreApplication.translate("AttachmentKind", "照片"),
    }
    if kind in labels:
        return labels[kind]
    # A kind added to the core but not here yet: its Chinese label beats nothing.
    return ATTACHMENT_KINDS[kind][0] if kind in ATTACHMENT_KINDS else QCoreApplication.translate(
        "AttachmentKind", "其他")


class _PageScroll(QScrollArea):
    """The scroll area showing the page; Ctrl+wheel zooms, resizing refits in fit-width mode."""

    def __init__(self, viewer: AttachmentViewer) -> None:
        super().__init__()
        self._viewer = viewer

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._viewer.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._viewer.viewport_resized()


class _ControlBar(QWidget):
    """The viewer's controls in one row when the pane is wide enough, else the file chooser on a row of
    its own above the page and zoom buttons: the dossier pane can then narrow on a small screen."""

    SPACING = 4
    GAP = 8  # between groups of controls
    MARGINS = (8, 6, 8, 6)

    def __init__(self, chooser: QWidget, controls: Sequence[QWidget | None]) -> None:
        super().__init__()
        self._chooser = chooser
        self._controls = list(controls)  # None: a gap between groups
        self._top = QHBoxLayout()
        self._row = QHBoxLayout()
        self._row.setSpacing(self.SPACING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*self.MARGINS)
        layout.setSpacing(self.SPACING)
        layout.addLayout(self._top)
        layout.addLayout(self._row)
        self.wrapped: bool | None = None
        self._arrange(False)

    def _controls_width(self) -> int:
        widths = [self.GAP if w is None else w.sizeHint().width() for w in self._controls]
        return sum(widths) + self.SPACING * (len(widths) - 1)

    def _one_row_width(self) -> int:
        return (self.MARGINS[0] + self.MARGINS[2] + self._chooser.minimumSizeHint().width() + self.GAP
                + self.SPACING + self._controls_width())

    def minimumSizeHint(self) -> QSize:
        # As narrow as the controls' row alone: the chooser moves up when there is no room beside them.
        return QSize(self.MARGINS[0] + self.MARGINS[2] + self._controls_width(), super().minimumSizeHint().height())

    def _arrange(self, wrapped: bool) -> None:
        if wrapped == self.wrapped:
            return
        self.wrapped = wrapped
        for layout in (self._top, self._row):
            while layout.count():
                layout.takeAt(0)
        if wrapped:
            self._top.addWidget(self._chooser)
        else:
            self._row.addWidget(self._chooser, 1)
            self._row.addSpacing(self.GAP)
        for widget in self._controls:
            if widget is None:
                self._row.addSpacing(self.GAP)
            else:
                self._row.addWidget(widget)
        if wrapped:
            self._row.addStretch(1)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width() < self._one_row_width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._arrange(self.width() < self._one_row_width())


class AttachmentViewer(QWidget):
    """Shows one attachment of the current candidate at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader: Loader | None = None
        self._attachments: list[Mapping[str, Any]] = []
        self._cache: OrderedDict[int, bytes | bytearray] = OrderedDict()
        self._document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._image: QImage | None = None  # the current attachment when it is an image
        self._is_pdf = False
        self.current = -1  # index in the candidate's attachments
        self.page = 0
        self.page_count = 0
        self.fit_width = True
        self.zoom = 1.0
        self.rendered_size = QSize()  # of the last rendered page, in device pixels
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(80)
        self._refit.timeout.connect(self._render)
        self._build()

    # -- construction -----------------------------------------------------------------------
    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.chooser = QComboBox()
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(14)
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.chooser.setAccessibleName(self.tr("附件文件"))
        self.chooser.setProperty("data_text", True)  # the candidate's own file names
        self.previous_button = self._button(self.tr("‹ 上一页"), self.tr("上一页（Alt+←）"), self.previous_page)
        self.next_button = self._button(self.tr("下一页 ›"), self.tr("下一页（Alt+→）"), self.next_page)
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(90)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = self._button("－", self.tr("缩小（Ctrl+-）"), lambda: self.zoom_by(-1))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(56)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._button("＋", self.tr("放大（Ctrl++）"), lambda: self.zoom_by(1))
        self.fit_button = self._button(self.tr("适合宽度"), self.tr("按窗口宽度显示（Ctrl+0）"), self.fit_to_width)
        # The zoom buttons show only a sign: a screen reader needs their words.
        self.zoom_out_button.setAccessibleName(self.tr("缩小"))
        self.zoom_in_button.setAccessibleName(self.tr("放大"))

        self.bar = _ControlBar(self.chooser, [self.previous_button, self.page_label, self.next_button, None,
                                              self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                                              self.fit_button])

        self.page_view = QLabel()  # the rendered page, as large as the page at the zoom shown
        self.page_view.setAccessibleName(self.tr("附件页面"))
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setStyleSheet(f"background: {_BACKGROUND}; padding: {_PAGE_MARGIN}px;")
        self.page_scroll = _PageScroll(self)
        self.page_scroll.setWidget(self.page_view)
        self.page_scroll.setWidgetResizable(False)
        self.page_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setAccessibleName(self.tr("附件页面"))
        self.page_scroll.setStyleSheet(f"QScrollArea {{ background: {_BACKGROUND}; }}")
        self.message_view = QLabel()  # why there is no page to show
        self.message_view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message_view.setWordWrap(True)
        self.message_view.setStyleSheet(f"background: {_BACKGROUND}; color: #5f6b7a; padding: 24px;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.page_scroll)
        self.pages.addWidget(self.message_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.pages, 1)

        self.previous_action = self._action(self.tr("上一页"), "Alt+Left", self.previous_page)
        self.next_action = self._action(self.tr("下一页"), "Alt+Right", self.next_page)
        self.zoom_in_action = self._action(self.tr("放大"), "Ctrl++", lambda: self.zoom_by(1))
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(self.tr("缩小"), "Ctrl+-", lambda: self.zoom_by(-1))
        self.fit_action = self._action(self.tr("适合宽度"), "Ctrl+0", self.fit_to_width)
        self._update_controls()

    def _action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def actions_for_menu(self) -> list[QAction]:
        return [self.previous_action, self.next_action, self.zoom_in_action, self.zoom_out_action, self.fit_action]

    # -- content ----------------------------------------------------------------------------
    def set_loader(self, loader: Loader | None) -> None:
        """``loader(blob)`` returns an attachment's bytes (``OpenBatch.attachment``)."""
        self._loader = loader
        self._cache.clear()

    def set_attachments(self, attachments: Sequence[Mapping[str, Any]]) -> None:
        """Show a candidate's attachments, opening the first one at its first page."""
        self._attachments = list(attachments)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for item in self._attachments:
            kind_label = attachment_kind_label(str(item.get("kind") or ""))
            self.chooser.addItem(str(item.get("filename") or kind_label))
            tip = self.tr("{kind}，{size}").format(kind=kind_label, size=format_size(item.get("size")))
            self.chooser.setItemData(self.chooser.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.chooser.blockSignals(False)
        if self._attachments:
            self.show_attachment(0)
        else:
            self._clear(self.tr("该候选人没有附件。"))

    def show_attachment(self, index: int) -> None:
        if not 0 <= index < len(self._attachments):
            return
        if self.chooser.currentIndex() != index:
            self.chooser.blockSignals(True)
            self.chooser.setCurrentIndex(index)
            self.chooser.blockSignals(False)
        self.current = index
        item = self._attachments[index]
        self._unload()
        try:
            data = self._bytes(int(item["blob"]))
        except CraftsmanError as error:
            self._clear(self.tr("附件无法读取：{reason}").format(reason=message_text(error)))
            return
        if data[:5] == b"%PDF-" or item.get("media_type") == "application/pdf":
            self._open_pdf(data)
        else:
            self._open_image(data)

    def _bytes(self, blob: int) -> bytes | bytearray:
        if blob in self._cache:
            self._cache.move_to_end(blob)
            return self._cache[blob]
        if self._loader is None:
            raise CraftsmanError(self.tr("批次未打开"))
        data = self._loader(blob)
        self._cache[blob] = data
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return data

    def _unload(self) -> None:
        self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        self._image = None
        self._is_pdf = False
        self.page = 0
        self.page_count = 0

    def _open_pdf(self, data: bytes | bytearray) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self._document.load(buffer)
        if self._document.status() != QPdfDocument.Status.Ready or self._document.pageCount() < 1:
            self._unload()
            self._clear(self.tr("该附件不是可以显示的 PDF 文件（可能已损坏）。"))
            return
        self._is_pdf = True
        self.page_count = self._document.pageCount()
        self._render()

    def _open_image(self, data: bytes | bytearray) -> None:
        image = QImage.fromData(data)
        if image.isNull():
            self._clear(self.tr("该附件的格式无法在此显示（仅支持 PDF 和常见图片）。"))
            return
        self._image = image
        self.page_count = 1
        self._render()

    def _clear(self, message: str) -> None:
        self.page_view.setPixmap(QPixmap())
        self.message_view.setText(message)
        self.pages.setCurrentWidget(self.message_view)
        self.rendered_size = QSize()
        self._update_controls()

    # -- pages and zoom ---------------------------------------------------------------------
    def _page_points(self) -> tuple[float, float]:
        if self._is_pdf:
            size = self._document.pagePointSize(self.page)
            return size.width(), size.height()
        if self._image is not None:  # an image at 96 dpi is "100 %"
            return self._image.width() * _POINTS_PER_INCH / 96.0, self._image.height() * _POINTS_PER_INCH / 96.0
        return 0.0, 0.0

    def _scale(self, width_points: float) -> float:
        """Device-independent pixels per point at the current zoom (fit-width computes the zoom)."""
        if self.fit_width and width_points > 0:
            # Leave room for a vertical scroll bar even before it appears: fitting never makes a horizontal one.
            bar = self.page_scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            available = max(self.pages.width() - bar - 2 * _PAGE_MARGIN - 4, 100)
            self.zoom = available / (width_points * 96.0 / _POINTS_PER_INCH)
        return self.zoom * 96.0 / _POINTS_PER_INCH

    @Slot()
    def _render(self) -> None:
        width_points, height_points = self._page_points()
        if width_points <= 0 or height_points <= 0:
            self._update_controls()
            return
        scale = self._scale(width_points)
        ratio = self.devicePixelRatioF()
        target = QSize(max(1, round(width_points * scale * ratio)), max(1, round(height_points * scale * ratio)))
        if self._is_pdf:
            image = self._document.render(self.page, target)
        elif self._image is not None:
            image = self._image.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
        else:
            return
        if image.hasAlphaChannel():  # PDF pages come transparent: show them on white paper
            paper = QImage(image.size(), QImage.Format.Format_RGB32)
            paper.fill(Qt.GlobalColor.white)
            painter = QPainter(paper)
            painter.drawImage(0, 0, image)
            painter.end()
            image = paper
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_view.setPixmap(pixmap)
        self.page_view.adjustSize()
        self.pages.setCurrentWidget(self.page_scroll)
        self.rendered_size = image.size()
        self._update_controls()

    def _update_controls(self) -> None:
        has_page = self.page_count > 0
        self.previous_button.setEnabled(has_page and self.page > 0)
        self.next_button.setEnabled(has_page and self.page < self.page_count - 1)
        self.previous_action.setEnabled(self.previous_button.isEnabled())
        self.next_action.setEnabled(self.next_button.isEnabled())
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            widget.setEnabled(has_page)
        self.page_label.setText(self.tr("第 {page} / {count} 页").format(page=self.page + 1, count=self.page_count)
                                if has_page else "")
        self.zoom_label.setText(f"{round(self.zoom * 100)}%" if has_page else "")
        self.chooser.setEnabled(len(self._attachments) > 1)

    @Slot()
    def next_page(self) -> None:
        if self.page < self.page_count - 1:
            self.page += 1
            self._render()
            self.page_scroll.verticalScrollBar().setValue(0)

    @Slot()
    def previous_page(self) -> None:
        if self.page > 0:
            self.page -= 1
            self._render()
            self.page_scroll.verticalScrollBar().setValue(0)

    def zoom_by(self, steps: int) -> None:
        if self.page_count == 0:
            return
        current = self.zoom
        if steps > 0:
            larger = [z for z in ZOOM_STEPS if z > current + 0.005]
            self.zoom = larger[0] if larger else ZOOM_STEPS[-1]
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 0.005]
            self.zoom = smaller[-1] if smaller else ZOOM_STEPS[0]
        self.fit_width = False
        self._render()

    @Slot()
    def fit_to_width(self) -> None:
        self.fit_width = True
        self._render()

    @Slot(int)
    def _chosen(self, index: int) -> None:
        self.show_attachment(index)

    def viewport_resized(self) -> None:
        if self.fit_width and self.page_count:
            self._refit.start()

    def event(self, event: QEvent) -> bool:
        # Moved to a screen with another scale (a projector, a 150 % laptop panel): render afresh.
        if event.type() == QEvent.Type.DevicePixelRatioChange and self.page_count:
            self._refit.start()
        return super().event(event)
