"""The candidate table: a QAbstractTableModel over stored candidate rows, and its filter proxy.

The model only presents what intake stored (rows and findings); ``reload`` replaces everything at
once. Display texts are computed once per reload. Sorting is done by the model itself on those
precomputed keys (one Python ``sorted``), the proxy passing its ``sort`` on: a proxy comparing rows
through ``data()`` costs ~0.5 s for 5,000 rows, this ~10 ms. The proxy filters by group, review
status and a search text (姓名, 申报编号, 工作单位).
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.enums import Channel, Group
from app.intake import stored_reason
from ui.display import ReviewStatus, choice_label, review_status
from ui.i18n import message_text
from ui.intake_result import label_text

ApplicationNoRole = int(Qt.ItemDataRole.UserRole) + 1
"""Custom role: the candidate's 申报编号 (any column)."""
StatusRole = int(Qt.ItemDataRole.UserRole) + 2
"""Custom role: the row's ReviewStatus."""

UNRECOGNISED_GROUP = "?"
"""Group filter value for candidates whose 组别 is not one of the 11 groups (raw text or empty)."""

INELIGIBLE_TINT = QBrush(QColor("#fbe3e3"))
WARNING_TINT = QBrush(QColor("#fff1cc"))
PROBLEM_TEXT = QBrush(QColor("#9b1c1c"))
WARNING_TEXT = QBrush(QColor("#8a5a00"))


class Column(Enum):
    APPLICATION_NO = 0
    NAME = 1
    GROUP = 2
    CHANNEL = 3
    EMPLOYER = 4
    TRADE = 5
    STATUS = 6
    FINDINGS = 7


class StatusFilter(Enum):
    ALL = "all"
    ELIGIBLE = "eligible"  # 合格, including those still to be confirmed (待核实)
    INELIGIBLE = "ineligible"
    PENDING = "pending"  # 待核实: eligible with warnings


_STATUS_ORDER = {ReviewStatus.INELIGIBLE: 0, ReviewStatus.PENDING: 1, ReviewStatus.ELIGIBLE: 2}


def fold(text: str) -> str:
    """Full-width to half-width and case-folded: how the search box compares text."""
    return unicodedata.normalize("NFKC", text).casefold()


@dataclass(frozen=True)
class _Row:
    application_no: str
    texts: tuple[str, ...]  # display text of each column
    group_code: str  # a Group value, or UNRECOGNISED_GROUP
    status: ReviewStatus
    finding_count: int
    tooltip: str
    search_text: str
    seq: int


class CandidateTableModel(QAbstractTableModel):
    """Read-only candidate rows: 申报编号, 姓名, 组别, 申请渠道, 工作单位, 工种, 资格审查, 问题."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._sort_column = -1  # -1: the order of entry (seq)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = (
            self.tr("申报编号"), self.tr("姓名"), self.tr("组别"), self.tr("申请渠道"),
            self.tr("工作单位"), self.tr("工种"), self.tr("资格审查"), self.tr("问题"),
        )

    # Loading ---------------------------------------------------------------------------------

    def reload(
        self, rows: Sequence[Mapping[str, Any]], findings_by_no: Mapping[str, Sequence[Mapping[str, Any]]]
    ) -> None:
        """Replace every row: ``rows`` as stored, ``findings_by_no`` application_no -> findings."""
        self.beginResetModel()
        self._rows = self._sorted([self._make_row(row, findings_by_no.get(str(row.get("application_no")), ()))
                                   for row in rows])
        self.endResetModel()

    def status_text(self, status: ReviewStatus) -> str:
        if status is ReviewStatus.INELIGIBLE:
            return self.tr("不合格")
        if status is ReviewStatus.PENDING:
            return self.tr("合格·待核实")
        return self.tr("合格")

    def _make_row(self, row: Mapping[str, Any], findings: Sequence[Mapping[str, Any]]) -> _Row:
        def text(key: str) -> str:
            value = row.get(key)
            return "" if value is None else str(value)

        application_no = text("application_no")
        group_value = text("group")
        group_code = group_value if group_value in {g.value for g in Group} else UNRECOGNISED_GROUP
        status = review_status(row.get("eligible"), findings)
        texts = (
            application_no,
            text("name"),
            choice_label(Group, group_value),
            choice_label(Channel, row.get("channel")),
            text("employer"),
            text("trade"),
            self.status_text(status),
            str(len(findings)) if findings else "",
        )
        return _Row(
            application_no=application_no,
            texts=texts,
            group_code=group_code,
            status=status,
            finding_count=len(findings),
            tooltip=self._tooltip(findings),
            search_text=fold("\n".join((texts[Column.NAME.value], application_no,
                                         texts[Column.EMPLOYER.value]))),
            seq=int(row.get("seq") or 0),
        )

    def _tooltip(self, findings: Sequence[Mapping[str, Any]]) -> str:
        if not findings:
            return ""
        ordered = sorted(findings, key=lambda f: f.get("severity") != "problem")
        lines = []
        for finding in ordered:
            mark = "✗" if finding.get("severity") == "problem" else "!"
            # The field is a form label (or intake's own); the reason is intake's message, stored as its
            # Chinese text: stored_reason gives it its template back, for message_text to translate.
            line = self.tr("{mark} {field}：{reason}").format(
                mark=mark, field=label_text(str(finding.get("field") or "")),
                reason=message_text(stored_reason(str(finding.get("reason") or ""))))
            lines.append(html.escape(line))
        # <qt> forces rich text, so the escaped applicant text can never be read as markup.
        return "<qt>" + "<br/>".join(lines) + "</qt>"

    # Access for the proxy and the window -----------------------------------------------------

    def application_no_at(self, row: int) -> str:
        return self._rows[row].application_no

    def group_at(self, row: int) -> str:
        return self._rows[row].group_code

    def status_at(self, row: int) -> ReviewStatus:
        return self._rows[row].status

    def seq_at(self, row: int) -> int:
        return self._rows[row].seq

    def search_text_at(self, row: int) -> str:
        return self._rows[row].search_text

    def row_of(self, application_no: str) -> int:
        """The source row of a candidate, or -1."""
        for index, row in enumerate(self._rows):
            if row.application_no == application_no:
                return index
        return -1

    def group_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self._rows:
            counts[row.group_code] = counts.get(row.group_code, 0) + 1
        return counts

    def status_counts(self) -> dict[ReviewStatus, int]:
        counts = dict.fromkeys(ReviewStatus, 0)
        for row in self._rows:
            counts[row.status] += 1
        return counts

    # QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == ApplicationNoRole:
            return row.application_no
        if role == StatusRole:
            return row.status
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.status is ReviewStatus.INELIGIBLE:
                return INELIGIBLE_TINT
            if row.status is ReviewStatus.PENDING:
                return WARNING_TINT
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS.value:
            if row.status is ReviewStatus.INELIGIBLE:
                return PROBLEM_TEXT
            if row.status is ReviewStatus.PENDING:
                return WARNING_TEXT
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.FINDINGS.value:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _sort_key(row: _Row, column: int) -> tuple[Any, int]:
        """What a column sorts by; ties keep the order of entry."""
        if column == Column.FINDINGS.value:
            return row.finding_count, row.seq
        if column == Column.STATUS.value:
            return _STATUS_ORDER[row.status], row.seq
        if column == Column.GROUP.value:
            code = row.group_code if row.group_code != UNRECOGNISED_GROUP else "~" + row.texts[column]
            return code, row.seq
        if 0 <= column < len(Column):
            return row.texts[column], row.seq
        return "", row.seq

    def _sorted(self, rows: list[_Row]) -> list[_Row]:
        column = self._sort_column
        return sorted(rows, key=lambda row: self._sort_key(row, column),
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows (column -1: order of entry), keeping persistent indexes (selection)."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        positions = {id(row): new for new, row in enumerate(self._sorted(self._rows))}
        persistent = self.persistentIndexList()
        moved = [self.index(positions[id(self._rows[index.row()])], index.column()) for index in persistent]
        self._rows.sort(key=lambda row: positions[id(row)])
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CandidateFilterProxy(QSortFilterProxyModel):
    """Filters by group, review status and search text; sorting is passed on to the model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group: str | None = None
        self._status = StatusFilter.ALL
        self._search = ""
        self.setDynamicSortFilter(True)

    def candidate_model(self) -> CandidateTableModel:
        model = self.sourceModel()
        assert isinstance(model, CandidateTableModel)
        return model

    def set_group(self, group: str | None) -> None:
        """A Group value, UNRECOGNISED_GROUP, or None for all groups."""
        if group != self._group:
            self.beginFilterChange()
            self._group = group
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: StatusFilter) -> None:
        if status is not self._status:
            self.beginFilterChange()
            self._status = status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        folded = fold(text.strip())
        if folded != self._search:
            self.beginFilterChange()
            self._search = folded
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.candidate_model()
        if self._group is not None and model.group_at(source_row) != self._group:
            return False
        status = model.status_at(source_row)
        if self._status is StatusFilter.INELIGIBLE and status is not ReviewStatus.INELIGIBLE:
            return False
        if self._status is StatusFilter.ELIGIBLE and status is ReviewStatus.INELIGIBLE:
            return False
        if self._status is StatusFilter.PENDING and status is not ReviewStatus.PENDING:
            return False
        return not self._search or self._search in model.search_text_at(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The proxy itself stays unsorted (its sort column is -1) and follows the model's order.
        self.candidate_model().sort(column, order)
