"""Table models of the chair's tally: the ranking, and the reviewers against the panel.

``TallyModel`` shows a ``scoring.Tally`` in rank order (the unranked last): 名次, 申报编号, 姓名,
each power's result, 总分, 有效评分, 标准差, 极差, 推荐 and short flags (并列, 名额线并列, 意见分歧,
畸高畸低, 评分人数不足…; the full wording as the tooltip). Recommended rows are tinted green, rows
tied across the quota line amber, and the row above the quota line carries ``QuotaLineRole`` for
the view to rule a line under it. ``ReviewerModel`` lists each reviewer's mean, SD, leniency and
outlying scores. The words for methods and flags are the result sheet's (``exports.result_sheet``),
so the screen and the signed paper say the same thing; on screen they are shown in the interface's
language through ``result_label`` (the paper stays Chinese).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.batch import OpenBatch
from app.review_store import format_score
from exports.result_sheet import FLAG_LABELS, fmt, fmt_stat
from scoring import CandidateResult, ReviewerStats, Tally
from ui.i18n import domain_text

CandidateIdRole = int(Qt.ItemDataRole.UserRole) + 21
QuotaLineRole = int(Qt.ItemDataRole.UserRole) + 22
ReviewerIdRole = int(Qt.ItemDataRole.UserRole) + 23

Index = QModelIndex | QPersistentModelIndex

# Named as Qt's macro: pyside6-lupdate collects the texts of calls by that name.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalog (lupdate collects it under ``context``) without translating it yet."""
    return text


RESULT_LABELS_CONTEXT = "ResultLabels"
#: The result sheet's words (``exports.result_sheet``: methods, trimming scopes, flags), listed as literals
#: so that lupdate collects them; the screen shows them through ``result_label``. The signed paper stays
#: Chinese. tests/test_ui_chair_language.py checks that every label of the sheet is listed here.
RESULT_LABELS = (
    QT_TRANSLATE_NOOP("ResultLabels", "算术平均"),
    QT_TRANSLATE_NOOP("ResultLabels", "中位数"),
    QT_TRANSLATE_NOOP("ResultLabels", "截尾平均"),
    QT_TRANSLATE_NOOP("ResultLabels", "标准分（z 分数）换算"),
    QT_TRANSLATE_NOOP("ResultLabels", "按总分截尾"),
    QT_TRANSLATE_NOOP("ResultLabels", "按分项分别截尾"),
    QT_TRANSLATE_NOOP("ResultLabels", "有效评分不足，不排名"),
    QT_TRANSLATE_NOOP("ResultLabels", "评分人数不足，未截尾"),
    QT_TRANSLATE_NOOP("ResultLabels", "有专家未评"),
    QT_TRANSLATE_NOOP("ResultLabels", "专家分歧较大"),
    QT_TRANSLATE_NOOP("ResultLabels", "有畸高畸低分"),
    QT_TRANSLATE_NOOP("ResultLabels", "并列，待组长裁定"),
    QT_TRANSLATE_NOOP("ResultLabels", "同分，按分项依次比较"),
    QT_TRANSLATE_NOOP("ResultLabels", "并列，组长已裁定"),
    QT_TRANSLATE_NOOP("ResultLabels", "名额线上并列"),
    QT_TRANSLATE_NOOP("ResultLabels", "显示分相同，精确值不同"),
)


def result_label(label: str) -> str:
    """One of the result sheet's labels in the interface's language."""
    return QCoreApplication.translate(RESULT_LABELS_CONTEXT, label)


#: Short labels for the table (the long ones, ``FLAG_LABELS``, are the tooltips and the PDF's).
SHORT_FLAGS = {
    "too_few_scores": QT_TRANSLATE_NOOP("TallyModel", "评分人数不足"),
    "not_trimmed": QT_TRANSLATE_NOOP("TallyModel", "未截尾"),
    "missing_scores": QT_TRANSLATE_NOOP("TallyModel", "有人未评"),
    "disagreement": QT_TRANSLATE_NOOP("TallyModel", "意见分歧"),
    "outlier_scores": QT_TRANSLATE_NOOP("TallyModel", "畸高畸低"),
    "tied": QT_TRANSLATE_NOOP("TallyModel", "并列"),
    "tie_broken": QT_TRANSLATE_NOOP("TallyModel", "分项定序"),
    "tie_resolved": QT_TRANSLATE_NOOP("TallyModel", "组长裁定"),
    "quota_tie": QT_TRANSLATE_NOOP("TallyModel", "名额线并列"),
    "same_published_final": QT_TRANSLATE_NOOP("TallyModel", "显示同分"),
}
#: Flags that matter most first (the column is narrow).
FLAG_ORDER = ("quota_tie", "tied", "too_few_scores", "disagreement", "outlier_scores", "tie_resolved",
              "missing_scores", "not_trimmed", "tie_broken", "same_published_final")

RECOMMENDED_BACKGROUND = QColor("#e6f4ea")
QUOTA_TIE_BACKGROUND = QColor("#fff3d6")
UNRANKED_TEXT = QColor("#8a94a3")
ALERT_TEXT = QColor("#9a3412")


def short_flags(flags: tuple[str, ...]) -> list[str]:
    shown = [flag for flag in FLAG_ORDER if flag in flags]
    if "quota_tie" in shown and "tied" in shown:
        shown.remove("tied")
    return ([QCoreApplication.translate("TallyModel", SHORT_FLAGS[flag]) for flag in shown]
            + [flag for flag in flags if flag not in SHORT_FLAGS])


def number_text(value: Decimal | None, decimals: int) -> str:
    return fmt(value, decimals)


def signed_text(value: Fraction | None, decimals: int) -> str:
    """A leniency as +1.25 / −0.50 (a real minus sign, readable from the back of the room)."""
    if value is None:
        return "—"
    text = fmt_stat(value, decimals)
    if text.startswith("-"):
        return "−" + text[1:]
    return text if text.strip("0.") == "" else "+" + text


class TallyModel(QAbstractTableModel):
    """The ranking of one tally (read-only); ``set_tally`` replaces it."""

    def __init__(self, batch: OpenBatch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self.tally: Tally | None = None
        self._names = {str(c["application_no"]): str(c.get("name", "")) for c in batch.candidates}
        self._power_labels = {p.key: p.label for p in batch.scheme.powers}
        self._powers: tuple[str, ...] = tuple(p.key for p in batch.scheme.powers)
        self._quota_row = -1
        self._bold = QFont()
        self._bold.setBold(True)

    def set_base_font(self, font: QFont) -> None:
        """The view's font: bold cells (rank, final) follow its size (projection mode)."""
        self._bold = QFont(font)
        self._bold.setBold(True)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.FontRole])

    # -- columns ----------------------------------------------------------------------------------
    @property
    def powers(self) -> tuple[str, ...]:
        return self._powers

    def headers(self) -> list[str]:
        return ([self.tr("名次"), self.tr("申报编号"), self.tr("姓名")]
                + [domain_text(self._power_labels.get(key, key)) for key in self._powers]
                + [self.tr("总分"), self.tr("有效评分"), self.tr("标准差"), self.tr("极差"), self.tr("推荐"),
                   self.tr("提示")])

    def column_of(self, header: str) -> int:
        return self.headers().index(header)

    @property
    def first_power_column(self) -> int:
        return 3

    @property
    def final_column(self) -> int:
        return 3 + len(self._powers)

    def set_tally(self, tally: Tally | None) -> None:
        self.beginResetModel()
        self.tally = tally
        if tally is not None:
            self._powers = tally.powers
        self._quota_row = -1
        if tally is not None:
            for row, result in enumerate(tally.candidates):
                if result.recommended:
                    self._quota_row = row
        self.endResetModel()

    def result_at(self, row: int) -> CandidateResult | None:
        if self.tally is None or not 0 <= row < len(self.tally.candidates):
            return None
        return self.tally.candidates[row]

    def row_of(self, candidate_id: str) -> int:
        if self.tally is not None:
            for row, result in enumerate(self.tally.candidates):
                if result.id == candidate_id:
                    return row
        return -1

    def name_of(self, candidate_id: str) -> str:
        return self._names.get(candidate_id, "")

    # -- QAbstractTableModel ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.tally is None else len(self.tally.candidates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.final_column + 1:
                return self.tr("参与计算的有效评分个数（回避、未评者不计）")
            if section in (self.final_column + 2, self.final_column + 3):
                return self.tr("有效总分的样本标准差和极差：数值越大，专家分歧越大")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        result = self.result_at(index.row()) if index.isValid() else None
        if result is None or self.tally is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(result, column)
        if role == CandidateIdRole:
            return result.id
        if role == QuotaLineRole:
            return index.row() == self._quota_row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (1, 2, self.columnCount() - 1):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if column in (0, self.columnCount() - 2, self.final_column + 1):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if "quota_tie" in result.flags:
                return QBrush(QUOTA_TIE_BACKGROUND)
            if result.recommended:
                return QBrush(RECOMMENDED_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if result.rank is None:
                return QBrush(UNRANKED_TEXT)
            if column == self.columnCount() - 1 and result.flags:
                return QBrush(ALERT_TEXT)
            return None
        if role == Qt.ItemDataRole.FontRole and column in (0, self.final_column):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(result)
        return None

    def _text(self, result: CandidateResult, column: int) -> str:
        decimals = self.tally.rules.decimals if self.tally is not None else 2
        powers = self._powers
        if column == 0:
            return "—" if result.rank is None else str(result.rank)
        if column == 1:
            return result.id
        if column == 2:
            return self.name_of(result.id)
        if 3 <= column < 3 + len(powers):
            return number_text(result.powers.get(powers[column - 3]), decimals)
        offset = column - 3 - len(powers)
        if offset == 0:
            return number_text(result.final, decimals)
        if offset == 1:
            return str(result.n)
        if offset == 2:
            return fmt_stat(result.spread.sd, decimals)
        if offset == 3:
            return "—" if result.spread.range is None else format_score(result.spread.range)
        if offset == 4:
            return self.tr("✓ 推荐") if result.recommended else ""
        if offset == 5:
            return self.tr("、").join(short_flags(result.flags))
        return ""

    def _tooltip(self, result: CandidateResult) -> str:
        lines = [f"{result.id} {self.name_of(result.id)}"]
        for flag in result.flags:
            text = result_label(FLAG_LABELS.get(flag, flag))
            if flag == "tied" and result.tied_with:
                text = self.tr("与 {who} 并列，待组长裁定").format(who=self.tr("、").join(result.tied_with))
            lines.append("· " + text)
        if result.recused_by:
            lines.append("· " + self.tr("回避：{who}").format(who=self.tr("、").join(result.recused_by)))
        return "\n".join(lines)


class ReviewerModel(QAbstractTableModel):
    """Each reviewer against the panel: 专家, 评了, 平均, 标准差, 宽严, 畸高畸低."""

    HEADERS = (QT_TRANSLATE_NOOP("ReviewerModel", "专家"), QT_TRANSLATE_NOOP("ReviewerModel", "评分"),
               QT_TRANSLATE_NOOP("ReviewerModel", "平均"), QT_TRANSLATE_NOOP("ReviewerModel", "标准差"),
               QT_TRANSLATE_NOOP("ReviewerModel", "宽严"), QT_TRANSLATE_NOOP("ReviewerModel", "畸高畸低"))

    def __init__(self, batch: OpenBatch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self.stats: tuple[ReviewerStats, ...] = ()
        self.decimals = 2

    def set_tally(self, tally: Tally | None) -> None:
        self.beginResetModel()
        self.stats = tally.reviewers if tally is not None else ()
        self.decimals = tally.rules.decimals if tally is not None else 2
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.stats)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ReviewerModel", self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 4:
            return self.tr("该专家的平均总分减去全组在同一批候选人上的平均分：正为偏松，负为偏严")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.stats):
            return None
        stats = self.stats[index.row()]
        column = index.column()
        if role == ReviewerIdRole:
            return stats.reviewer
        if role == Qt.ItemDataRole.DisplayRole:
            member = self.batch.member(stats.reviewer)
            if column == 0:
                return f"{stats.reviewer} {member.name if member else ''}".strip()
            if column == 1:
                return str(stats.n)
            if column == 2:
                return fmt_stat(stats.mean, self.decimals)
            if column == 3:
                return fmt_stat(stats.sd, self.decimals)
            if column == 4:
                text = signed_text(stats.leniency, self.decimals)
                if stats.leniency is not None and stats.leniency != 0:
                    text += " " + (self.tr("偏松") if stats.leniency > 0 else self.tr("偏严"))
                return text
            if column == 5:
                return str(len(stats.outliers)) if stats.outliers else "—"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = []
            if stats.zero_spread:
                notes.append(self.tr("该专家给所有候选人的总分相同，无法标准化（z 分数记为 0）"))
            if stats.recused:
                notes.append(self.tr("回避：{who}").format(who=self.tr("、").join(stats.recused)))
            if stats.missing:
                notes.append(self.tr("未评：{who}").format(who=self.tr("、").join(stats.missing)))
            return "\n".join(notes) or None
        return None
