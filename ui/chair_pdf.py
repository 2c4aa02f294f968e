"""The result sheet on screen and on paper: a PDF preview dialog and printing through Qt's print dialog.

The PDF arrives as bytes (the preview is laid out on a pool thread; the signed sheet is read back
after signing) and is shown by QtPdf's ``QPdfView`` from a ``QBuffer`` in memory. Printing renders
each page of the ``QPdfDocument`` to an image at the printer's resolution (at most 300 dpi: enough
for text, and an A4 page stays a few tens of megabytes) and draws it onto the ``QPrinter`` the
chair chose in ``QPrintDialog``, turning the paper for landscape pages and honouring a page range.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.reviewer_style import MUTED

MAX_PRINT_DPI = 300


def load_pdf(document: QPdfDocument, data: bytes, owner: QWidget | QDialog) -> QBuffer | None:
    """Load ``data`` into ``document`` from memory; the buffer (kept by the caller) or None if unreadable."""
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        document.close()
        buffer.close()
        return None
    return buffer


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` (or the range chosen in the dialog); the number printed."""
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    if first > last:
        return 0

    def orient(page: int) -> None:
        size = document.pagePointSize(page)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)

    orient(first - 1)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for page in range(first - 1, last):
            if printed:
                orient(page)
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            target = QRectF(painter.viewport())
            scale = min(target.width() / max(image.width(), 1), target.height() / max(image.height(), 1))
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(target.left() + (target.width() - width) / 2,
                                     target.top() + (target.height() - height) / 2, width, height), image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreviewDialog(QDialog):
    """A PDF shown page after page, fitted to the width; optionally printable."""

    def __init__(self, data: bytes, *, title: str, note: str, printable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self._buffer = load_pdf(self.document, data, self)
        self.printed = 0

        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED};")
        self.pages_label = QLabel(self.tr("共 {n} 页").format(n=self.document.pageCount()))
        self.view = QPdfView(self)
        self.view.setAccessibleName(title)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setProperty("role", "primary")
        self.print_button.setVisible(printable)
        self.print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.pages_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(1100, 820)

    def is_loaded(self) -> bool:
        return self._buffer is not None

    def page_count(self) -> int:
        return self.document.pageCount()

    @Slot()
    def print_document(self) -> bool:
        """Ask for a printer (Qt's print dialog) and print; False when cancelled or nothing printed."""
        if not self.is_loaded():
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印结果表"))
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self.printed = print_pdf(self.document, printer)
        finally:
            self.unsetCursor()
        if self.printed == 0:
            QMessageBox.critical(self, self.tr("无法打印"), self.tr("打印机没有接受打印任务，请检查打印机后重试。"))
            return False
        return True
