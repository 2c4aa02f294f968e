"""The app's read-only tables: one way to set up a QTableView for a model.

Rows are selected whole, nothing is edited in place, long texts are elided, and column widths come
from sample texts (and the column titles), never from measuring every row: on thousands of rows
``resizeColumnsToContents`` costs about a second. Row heights follow the table's font, so 视图 ›
放大字体 never clips a row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


class TitledRowsModel(QAbstractTableModel):
    """A table model of ``self._rows`` under the column titles ``self._headers``: the counts and the
    titles every read-only table shares; subclasses say what a cell shows (``data``)."""

    _rows: Sequence[Any]
    _headers: Sequence[str]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None


class _RowHeightFollower(QObject):
    """Keeps a table's row height at its font's line height plus a padding when the font changes."""

    def __init__(self, table: QTableView, padding: int) -> None:
        super().__init__(table)
        self._padding = padding
        table.installEventFilter(self)
        self.fit(table)

    def fit(self, table: QTableView) -> None:
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + self._padding)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QTableView):
            self.fit(watched)
        return False


def read_only_table(model: QAbstractItemModel, samples: Mapping[int, str], *, stretch: int | None = None,
                    sort_column: int | None = None, row_padding: int = 10, padding: int = 14,
                    min_section: int = 40) -> QTableView:
    """A table on ``model``; ``samples`` maps a column to the text its width should fit."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    if sort_column is not None:
        table.setSortingEnabled(True)
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.verticalHeader().setVisible(False)
    metrics = table.fontMetrics()
    _RowHeightFollower(table, row_padding)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(min_section)
    heading = header.fontMetrics()
    for column, sample in samples.items():
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        table.setColumnWidth(column, max(metrics.horizontalAdvance(sample), heading.horizontalAdvance(title)) + padding)
    return table
