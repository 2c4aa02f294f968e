"""The chair's decision on one tied group: put the candidates in the order the panel agreed.

A small dialog: the tied candidates in a list, best first, reordered by dragging or with 上移 / 下移
(Alt+↑ / Alt+↓). Accepting returns the order (申报编号, best first), which the chair's session
records with ``scoring.resolve_ties`` and which goes, signed, into the result package.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.reviewer_style import MUTED


class TieOrderDialog(QDialog):
    """Order one tied group; ``order()`` is the result (best first)."""

    def __init__(self, group: Sequence[str], labels: dict[str, str], *, places: int = 0,
                 parent: QWidget | None = None) -> None:
        """``labels``: the text shown for each candidate; ``places``: recommendations open among them."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("裁定并列的先后"))
        intro = QLabel(self.tr(
            "以下候选人按汇总规则无法区分先后（总分和同分比较的各力均相同）。"
            "请按评审组讨论的结果排定先后，名次高的在上：可拖动，或选中后用“上移”“下移”。"))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if places:
            quota = QLabel(self.tr("这组候选人跨越推荐名额线：排在前 {n} 位的获推荐。").format(n=places))
            quota.setStyleSheet("color: #9a3412; font-weight: bold;")
            quota.setWordWrap(True)
            layout.addWidget(quota)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("并列的候选人，名次高的在上"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        for candidate in group:
            item = QListWidgetItem(labels.get(candidate, candidate))
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().lineSpacing() + 8)
        self.list.setMinimumHeight(row_height * (len(group) + 1))

        self.up_button = QPushButton(self.tr("上移"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("下移"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        side = QVBoxLayout()
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout.addLayout(row)
        hint = QLabel(self.tr("裁定记入组长签名的结果包，并印在结果表上。"))
        hint.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(hint)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("记录裁定"))
        ok.setProperty("role", "primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self._update()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def order(self) -> list[str]:
        """The candidates as now ordered, best first."""
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None:
                result.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return result

    @Slot()
    def move_selected(self, step: int) -> None:
        """Move the selected candidate ``step`` places (−1 up, +1 down)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _update(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
