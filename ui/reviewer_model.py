"""The session's candidate list: a QAbstractTableModel over the batch, with each one's scoring state.

Columns: 申报编号, 姓名, 工作单位, 工种, 状态 (未评 / 草稿 / 已完成 / 回避, each with its colour).
Texts come from the batch once; states come from the ReviewStore and are refreshed per candidate
when the session reports a change. The filter proxy narrows by state and by a search text.
State names, column titles and filter choices are shown in the interface's language (``state_label``).
"""

from __future__ import annotations

import unicodedata
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from app.batch import recusal_reason
from app.form import FIELDS_BY_KEY
from app.review_store import CandidateState, ReviewStore
from ui.display import display_value
from ui.i18n import message_text
from ui.reviewer_style import state_colours

ApplicationNoRole = int(Qt.ItemDataRole.UserRole) + 11
StateRole = int(Qt.ItemDataRole.UserRole) + 12
SortRole = int(Qt.ItemDataRole.UserRole) + 13

_STATE_ORDER = {CandidateState.UNSCORED: 0, CandidateState.DRAFT: 1, CandidateState.COMPLETE: 2,
                CandidateState.RECUSED: 3}


class Column(Enum):
    APPLICATION_NO = 0
    NAME = 1
    EMPLOYER = 2
    TRADE = 3
    STATE = 4


def column_title(column: Column) -> str:
    """A column's title in the interface's language."""
    titles = {
        Column.APPLICATION_NO: QCoreApplication.translate("CandidateListModel", "申报编号"),
        Column.NAME: QCoreApplication.translate("CandidateListModel", "姓名"),
        Column.EMPLOYER: QCoreApplication.translate("CandidateListModel", "工作单位"),
        Column.TRADE: QCoreApplication.translate("CandidateListModel", "工种"),
        Column.STATE: QCoreApplication.translate("CandidateListModel", "状态"),
    }
    return titles[column]


def state_label(state: CandidateState) -> str:
    """A scoring state's name in the interface's language (the store keeps the Chinese one)."""
    labels = {
        CandidateState.UNSCORED: QCoreApplication.translate("CandidateState", "未评"),
        CandidateState.DRAFT: QCoreApplication.translate("CandidateState", "草稿"),
        CandidateState.COMPLETE: QCoreApplication.translate("CandidateState", "已完成"),
        CandidateState.RECUSED: QCoreApplication.translate("CandidateState", "回避"),
    }
    return labels[state]


class StateFilter(Enum):
    ALL = "全部"
    TODO = "待完成"  # 未评 and 草稿
    UNSCORED = "未评"
    DRAFT = "草稿"
    COMPLETE = "已完成"
    RECUSED = "回避"

    def accepts(self, state: CandidateState) -> bool:
        if self is StateFilter.ALL:
            return True
        if self is StateFilter.TODO:
            return state in (CandidateState.UNSCORED, CandidateState.DRAFT)
        return bool(state.value == self.value)

    def label(self) -> str:
        """The choice as the filter list shows it, in the interface's language."""
        labels = {
            StateFilter.ALL: QCoreApplication.translate("StateFilter", "全部"),
            StateFilter.TODO: QCoreApplication.translate("StateFilter", "待完成"),
            StateFilter.UNSCORED: QCoreApplication.translate("StateFilter", "未评"),
            StateFilter.DRAFT: QCoreApplication.translate("StateFilter", "草稿"),
            StateFilter.COMPLETE: QCoreApplication.translate("StateFilter", "已完成"),
            StateFilter.RECUSED: QCoreApplication.translate("StateFilter", "回避"),
        }
        return labels[self]


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _text(candidate: dict[str, Any], key: str) -> str:
    fields = candidate.get("fields") or {}
    value = candidate.get(key) if key in ("application_no", "name") else fields.get(key)
    spec = FIELDS_BY_KEY.get(key)
    return display_value(spec, value) if spec is not None else str(value or "")


class CandidateListModel(QAbstractTableModel):
    """The batch's candidates in batch order, with the reviewer's state of each."""

    def __init__(self, candidates: list[dict[str, Any]], store: ReviewStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._numbers = [str(c["application_no"]) for c in candidates]
        self._rows = {no: i for i, no in enumerate(self._numbers)}
        self._texts = [(str(c["application_no"]), _text(c, "name"), _text(c, "employer"), _text(c, "trade"))
                       for c in candidates]
        self._search = [fold(" ".join(texts)) for texts in self._texts]
        self._states = [store.candidate(no).state() for no in self._numbers]

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._numbers)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), Column(index.column())
        state = self._states[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return state_label(state) if column is Column.STATE else self._texts[row][column.value]
        if role == ApplicationNoRole:
            return self._numbers[row]
        if role == StateRole:
            return state
        if role == SortRole:
            if column is Column.STATE:
                return (_STATE_ORDER[state], self._numbers[row])
            return self._texts[row][column.value]
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATE:
            return QBrush(state_colours(state)[0])
        if role == Qt.ItemDataRole.BackgroundRole and state is not CandidateState.UNSCORED:
            return QBrush(state_colours(state)[1])
        if role == Qt.ItemDataRole.ToolTipRole:
            if state is CandidateState.RECUSED:
                reason = recusal_reason(self._store.candidate(self._numbers[row]).recusal_reason)
                return self.tr("已回避：{reason}").format(reason=message_text(reason))
            return " · ".join(t for t in self._texts[row] if t)
        return None

    # -- ours -------------------------------------------------------------------------------
    def application_no(self, row: int) -> str:
        return self._numbers[row]

    def row_of(self, application_no: str) -> int:
        return self._rows.get(application_no, -1)

    def state(self, row: int) -> CandidateState:
        return self._states[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def refresh(self, application_no: str) -> None:
        row = self.row_of(application_no)
        if row < 0:
            return
        self._states[row] = self._store.candidate(application_no).state()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def refresh_all(self) -> None:
        self._states = [self._store.candidate(no).state() for no in self._numbers]
        if self._numbers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._numbers) - 1, len(Column) - 1))


class CandidateFilter(QSortFilterProxyModel):
    """Filter by state and by a search text (申报编号, 姓名, 工作单位, 工种); sort on SortRole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = StateFilter.ALL
        self._needle = ""
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)  # a row never jumps away while the reviewer works on it

    def set_state_filter(self, value: StateFilter) -> None:
        self.beginFilterChange()
        self._state = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CandidateListModel):
            return True
        if not self._state.accepts(model.state(source_row)):
            return False
        return not self._needle or self._needle in model.search_text(source_row)
