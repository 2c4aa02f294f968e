"""The chair's second page: the panel's tally, to lead the discussion and to project.

Centre: the ranking (``TallyModel``): green rows are recommended, a rule marks the quota line, amber
rows are tied across it. Below it, the selected candidate: the method applied to them, the scores
trimming left out, their flags and outlying scores, and a chart of every reviewer's score by power
(``PowerChart``). Right: three side panels: the reviewers (mean, SD, leniency, the outlying scores to
raise), the panel's agreement (the six ICCs of Shrout & Fleiss and Kendall's W, or why one cannot be
computed), and the sensitivity (who would move, or cross the quota line, under another method).

Projection mode (F5, or the button; Esc leaves it) raises the table to 8 points above the app's text
size (20 pt at the default) and hides the detail and the side panels, so the room can read the ranking
from a projector. Every type size here is relative to the app's (``apply_text_size``), so 放大字体 in
the 视图 menu scales the whole page, projection included.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPen, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.review_store import format_score
from exports.result_sheet import (
    FLAG_LABELS,
    ICC_LABELS,
    METHOD_LABELS,
    SCOPE_LABELS,
    dropped_scores,
    fmt,
    fmt_stat,
)
from scoring import CandidateResult, Sensitivity, Tally
from ui.chair_chart import ChartData, PowerChart
from ui.chair_model import (
    QT_TRANSLATE_NOOP,
    SHORT_FLAGS,
    CandidateIdRole,
    QuotaLineRole,
    ReviewerIdRole,
    ReviewerModel,
    TallyModel,
    result_label,
    short_flags,
)
from ui.chair_session import ChairSession
from ui.i18n import domain_text, message_text
from ui.preferences import relative_point_size
from ui.reviewer_style import ACCENT, MUTED, sized

PROJECTION_EXTRA = 8  # points above the app's text size: 20 pt at the chair's default 12
QUOTA_LINE = QColor("#1f4e79")
ROW_RULE = QColor("#e6e9ee")

#: The core's reasons for an undefined agreement figure, in Chinese (others are shown as given).
AGREEMENT_REASONS = {
    "fewer than two candidates scored by every reviewer":
        QT_TRANSLATE_NOOP("TallyPage", "所有专家都评了的候选人不足两名"),
    "fewer than two reviewers": QT_TRANSLATE_NOOP("TallyPage", "评分专家不足两位"),
    "zero denominator: no variance between candidates or within them":
        QT_TRANSLATE_NOOP("TallyPage", "分母为零：候选人之间、专家之间都没有差异"),
    "every reviewer gave every candidate the same total: no ranking to agree on":
        QT_TRANSLATE_NOOP("TallyPage", "每位专家给所有候选人的总分都相同，没有可比较的名次"),
    "no candidate was scored by every reviewer": QT_TRANSLATE_NOOP("TallyPage", "没有一名候选人被全部专家评分"),
}
ICC_MEANINGS = {
    "ICC1": QT_TRANSLATE_NOOP("TallyPage", "单向随机，单个专家"),
    "ICC2": QT_TRANSLATE_NOOP("TallyPage", "双向随机，单个专家（绝对一致）"),
    "ICC3": QT_TRANSLATE_NOOP("TallyPage", "双向混合，单个专家（相对一致）"),
    "ICC1k": QT_TRANSLATE_NOOP("TallyPage", "单向随机，全组平均"),
    "ICC2k": QT_TRANSLATE_NOOP("TallyPage", "双向随机，全组平均（绝对一致）"),
    "ICC3k": QT_TRANSLATE_NOOP("TallyPage", "双向混合，全组平均（相对一致）"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TallyPage", text)


def reason_text(reason: str | None) -> str:
    """The core's reason for an undefined agreement figure, in the interface's language."""
    if not reason:
        return ""
    known = AGREEMENT_REASONS.get(reason)
    return _tr(known) if known else reason


def method_label(method: str, trim_scope: str = "total") -> str:
    label = result_label(METHOD_LABELS.get(method, method))
    if method == "trimmed_mean":
        label += QCoreApplication.translate("TallyPage", "（{scope}）").format(
            scope=result_label(SCOPE_LABELS.get(trim_scope, trim_scope)))
    return label


def rank_text(rank: int | None) -> str:
    if rank is None:
        return QCoreApplication.translate("TallyPage", "不排名")
    return QCoreApplication.translate("TallyPage", "第 {rank} 名").format(rank=rank)


class QuotaLineDelegate(QStyledItemDelegate):
    """Cells with some air on both sides, a faint rule between rows, and a heavy one under the last
    recommended row: the quota line."""

    PADDING = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
              ) -> None:
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if selected:
            painter.fillRect(rect, option.palette.highlight())
        elif isinstance(background, QBrush):
            painter.fillRect(rect, background)
        inner = QStyleOptionViewItem(option)
        inner.rect = rect.adjusted(self.PADDING, 0, -self.PADDING, 0)
        super().paint(painter, inner, index)
        painter.save()
        if index.data(QuotaLineRole):
            painter.setPen(QPen(QUOTA_LINE, 3))
            painter.drawLine(rect.left(), rect.bottom() - 1, rect.right(), rect.bottom() - 1)
        else:
            painter.setPen(QPen(ROW_RULE, 1))
            painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.restore()


class TallyPage(QWidget):
    """The ranking, one candidate in detail, and the side panels; projection mode."""

    projection_changed = Signal(bool)

    def __init__(self, session: ChairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.projecting = False
        self.model = TallyModel(session.batch, self)
        self.reviewer_model = ReviewerModel(session.batch, self)
        self._selected: str | None = None
        self._sized = False
        self._columns_sized_for: tuple[int, int] | None = None
        self._build()
        session.changed.connect(self.refresh)
        self.refresh()

    # -- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        identity = self.session.batch.identity
        self.title = QLabel(self.tr("汇总结果"))
        self.title.setStyleSheet(f"color: {ACCENT};")
        self.method_label = QLabel()
        self.method_label.setStyleSheet(f"color: {MUTED};")
        self.method_label.setWordWrap(True)
        self.projection_button = QPushButton(self.tr("大字投影（F5）"))
        self.projection_button.setCheckable(True)
        self.projection_button.toggled.connect(self.set_projection)
        self.projection_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.projection_title = QLabel(self.tr("{year}年 {group} {label} 第 {session} 场 · 专家评审汇总结果").format(
            year=identity.year, group=identity.group, label=domain_text(identity.group_label),
            session=identity.session))
        self.projection_title.setStyleSheet(f"color: {ACCENT};")
        self.projection_title.setVisible(False)
        self.projection_subtitle = QLabel()
        self.projection_subtitle.setStyleSheet(f"color: {MUTED};")
        self.projection_subtitle.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.projection_title)
        top.addSpacing(12)
        top.addWidget(self.method_label, 1)
        top.addStretch(0)
        top.addWidget(self.projection_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("tally_table")
        self.table.setAccessibleName(self.tr("汇总排名"))
        self.table.setItemDelegate(QuotaLineDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setStyleSheet("QTableView { selection-background-color: #cfe0f1; selection-color: #1f2933; }")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.legend = QLabel()
        self.legend.setStyleSheet(f"color: {MUTED};")
        self.legend.setWordWrap(True)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED};")
        self.stack = QStackedWidget()
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.projection_subtitle)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.legend)
        self.stack.addWidget(table_box)
        self.stack.addWidget(self.empty)

        # The selected candidate.
        self.detail_text = QLabel()
        self.detail_text.setProperty("data_text", True)  # names the candidate and reviewers; its words go through tr
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.RichText)
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_scroll = QScrollArea()
        detail_scroll.setWidget(self.detail_text)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setMinimumWidth(300)
        self.chart = PowerChart()
        self.chart.setObjectName("power_chart")
        self.side = QTabWidget()
        self.side.addTab(self._build_reviewers(), self.tr("专家"))
        self.side.addTab(self._build_outliers(), self.tr("畸高畸低"))
        self.side.addTab(self._build_agreement(), self.tr("一致性"))
        self.side.addTab(self._build_sensitivity(), self.tr("敏感性"))

        # Below the ranking: the candidate in words, their chart, the side panels.
        self.detail = QSplitter(Qt.Orientation.Horizontal)
        self.detail.addWidget(detail_scroll)
        self.detail.addWidget(self.chart)
        self.detail.addWidget(self.side)
        self.detail.setChildrenCollapsible(False)
        self.detail.setStretchFactor(0, 3)
        self.detail.setStretchFactor(1, 4)
        self.detail.setStretchFactor(2, 4)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.projection_shortcut = QShortcut(QKeySequence("F5"), self)
        self.projection_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.projection_shortcut.activated.connect(self.projection_button.toggle)
        self.leave_shortcut = QShortcut(QKeySequence("Esc"), self)
        self.leave_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_shortcut.activated.connect(lambda: self.projection_button.setChecked(False))
        self.apply_text_size()

    def _build_reviewers(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.reviewer_table = QTableView()
        self.reviewer_table.setModel(self.reviewer_model)
        self.reviewer_table.setObjectName("reviewer_table")
        self.reviewer_table.setAccessibleName(self.tr("各位专家的评分尺度"))
        self.reviewer_table.verticalHeader().setVisible(False)
        self.reviewer_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviewer_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviewer_table.horizontalHeader().setStretchLastSection(True)
        self.reviewer_table.setWordWrap(False)
        hint = QLabel(self.tr("宽严：该专家平均总分与全组在同一批候选人上的平均分之差，正为偏松、负为偏严。"))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(self.reviewer_table, 1)
        layout.addWidget(hint)
        return page

    def _size_reviewer_columns(self) -> None:
        """Widths from the font and the headers (a long name, a leniency with its word)."""
        metrics = self.reviewer_table.fontMetrics()
        model = self.reviewer_model
        samples = ("E00 欧阳建国", "10", "100.00", "10.00",
                   "+10.00 " + QCoreApplication.translate("ReviewerModel", "偏松"), "10")
        for column, sample in enumerate(samples):
            header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header))
            self.reviewer_table.setColumnWidth(column, width + 14)

    def _build_outliers(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("分项得分与其余专家相差过大的分数，供组长提请讨论，不改变结果。点击查看该候选人。"))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        self.outlier_list = QListWidget()
        self.outlier_list.setAccessibleName(self.tr("畸高畸低分"))
        self.outlier_list.setWordWrap(True)
        self.outlier_list.setAlternatingRowColors(True)
        self.outlier_list.itemActivated.connect(self._outlier_chosen)
        self.outlier_list.itemClicked.connect(self._outlier_chosen)
        layout.addWidget(hint)
        layout.addWidget(self.outlier_list, 1)
        return page

    def _build_agreement(self) -> QWidget:
        self.agreement_text = QLabel()
        self.agreement_text.setWordWrap(True)
        self.agreement_text.setTextFormat(Qt.TextFormat.RichText)
        self.agreement_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.agreement_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agreement_text.setContentsMargins(8, 8, 8, 8)
        scroll = QScrollArea()
        scroll.setWidget(self.agreement_text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def _build_sensitivity(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("若改用其他汇总方法，哪些候选人的名次会变化、谁会跨越名额线（供讨论，不改变结果）。"))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        self.sensitivity_tree = QTreeWidget()
        self.sensitivity_tree.setAccessibleName(self.tr("改用其他汇总方法时的名次变化"))
        self.sensitivity_tree.setHeaderLabels([self.tr("方法 / 候选人"), self.tr("名次变化")])
        self.sensitivity_tree.setColumnWidth(0, self.fontMetrics().horizontalAdvance("2024-G01-001 欧阳建国") + 40)
        self.sensitivity_tree.itemClicked.connect(self._sensitivity_chosen)
        layout.addWidget(hint)
        layout.addWidget(self.sensitivity_tree, 1)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # proportions once the page's size is known
            self._sized = True
            width = max(self.detail.width(), 1200)
            columns = sum(self.reviewer_table.columnWidth(c) for c in range(self.reviewer_model.columnCount()))
            side = min(max(columns + 40, 360), round(width * 0.36))
            text = round((width - side) * 0.4)
            self.detail.setSizes([text, width - side - text, side])
            height = max(self.splitter.height(), 600)
            self.splitter.setSizes([round(height * 0.5), height - round(height * 0.5)])

    # -- projection -----------------------------------------------------------------------------
    @Slot(bool)
    def set_projection(self, on: bool) -> None:
        """Large type for the projector: 20 pt table, detail and side panels hidden."""
        if self.projection_button.isChecked() != on:
            self.projection_button.setChecked(on)  # re-enters through toggled
            return
        self.projecting = on
        self.detail.setVisible(not on)
        self.legend.setVisible(True)
        self.projection_title.setVisible(on)
        self.projection_subtitle.setVisible(on)
        self.title.setVisible(not on)
        self.method_label.setVisible(not on)
        for column in self.spread_columns():  # the room reads rank, scores and flags; spreads are for the chair
            self.table.setColumnHidden(column, on)
        self.projection_button.setText(self.tr("退出投影（Esc）") if on else self.tr("大字投影（F5）"))
        self._apply_font(self.table_font())
        self.projection_changed.emit(on)

    def table_font(self) -> QFont:
        """The ranking's type: the app's text size, or 8 points above it while projecting."""
        return sized(self.font(), relative_point_size(PROJECTION_EXTRA if self.projecting else 0))

    def apply_text_size(self) -> None:
        """Size every text of the page from the app's text size (at start and after 放大/缩小字体)."""
        self.title.setFont(sized(self.font(), relative_point_size(6), bold=True))
        self.projection_title.setFont(sized(self.font(), relative_point_size(PROJECTION_EXTRA + 4), bold=True))
        self.projection_subtitle.setFont(sized(self.font(), relative_point_size(PROJECTION_EXTRA - 6)))
        self.empty.setFont(sized(self.font(), relative_point_size(2)))
        self._apply_font(self.table_font())
        self._size_reviewer_columns()
        if self.session.tally is not None and self._selected is not None:
            self.select_candidate(self._selected)  # the detail's heading is sized in its HTML

    def spread_columns(self) -> tuple[int, int]:
        """标准差 and 极差: hidden in projection mode."""
        return self.model.final_column + 2, self.model.final_column + 3

    def _apply_font(self, font: QFont) -> None:
        self.table.setFont(font)
        header = self.table.horizontalHeader()
        header.setFont(font)
        header.setStyleSheet(f"QHeaderView::section {{ font-size: {font.pointSize()}pt; padding: 2px 4px; }}")
        self.legend.setFont(sized(font, max(font.pointSize() - 4, relative_point_size(-1))))
        self.model.set_base_font(font)
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + (14 if self.projecting else 10))
        self.table.horizontalHeader().setMinimumHeight(metrics.lineSpacing() + 12)
        self._size_columns(force=True)

    def keep_splitters(self) -> None:
        """The splitters were restored from the chair's settings: the first show keeps them."""
        self._sized = True

    def restore_header(self, state: QByteArray) -> bool:
        """Column widths the chair set before (kept until the text size or projection changes)."""
        return self.table.horizontalHeader().restoreState(state)

    def _size_columns(self, *, force: bool = False) -> None:
        """Widths from the font, not from the contents (cheap for any number of rows); only when the font
        or the columns change, so widths the chair dragged (or restored ones) survive a recomputation."""
        key = (self.table.font().pointSize(), self.model.columnCount())
        if key == self._columns_sized_for and not force:
            return
        self._columns_sized_for = key
        metrics = self.table.fontMetrics()
        decimals = self.session.tally.rules.decimals if self.session.tally is not None else 2
        power_max = max((p.max for p in self.session.batch.scheme.powers), default=100)
        total = self.session.batch.scheme.total_max
        power_sample = f"{power_max:.{decimals}f}"
        samples = ["1", "2024-G01-000", "欧阳建国"] + [power_sample] * len(self.model.powers)  # a long name
        samples += [f"{total:.{decimals}f}", "10", "10.00", "10.5", QCoreApplication.translate("TallyModel", "✓ 推荐")]
        # The notes: as wide as the longest note in the interface's language ("Quota-line tie" is longer than
        # 名额线并列); longer combinations elide, and the row's tooltip has them in full.
        samples.append(max(short_flags(tuple(SHORT_FLAGS)), key=metrics.horizontalAdvance))
        headers = self.model.headers()
        padding = 2 * QuotaLineDelegate.PADDING + 8
        for column, sample in enumerate(samples):
            header = headers[column] if column < len(headers) else ""
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header)) + padding
            self.table.setColumnWidth(column, width)

    # -- content --------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        tally = self.session.tally
        keep = self._selected
        self.model.set_tally(tally)
        self.reviewer_model.set_tally(tally)
        self._size_columns()
        if tally is None:
            if self.session.tally_error:
                self.empty.setText(message_text(self.session.tally_error))  # the core's words already say 无法汇总
            else:
                self.empty.setText(self.tr("还没有导入专家的评分文件。\n请在“导入评分”页添加各位专家交回的评分文件。"))
            self.stack.setCurrentWidget(self.empty)
            self.method_label.clear()
            self.legend.clear()
            self.show_candidate(None)
            self._fill_agreement(None)
            self._fill_sensitivity(None)
            self._fill_outliers(None)
            return
        self.stack.setCurrentIndex(0)
        rules = tally.rules
        handed, total = self.session.handed_in(), len(self.session.batch.panel)
        text = self.tr("汇总方法：{method}　推荐名额 {quota} 名　评分文件 {handed} / {total} 份").format(
            method=method_label(rules.method, rules.trim_scope)
            + (self.tr("，两端各去 {n} 个").format(n=rules.trim) if rules.method == "trimmed_mean" else ""),
            quota=rules.quota, handed=handed, total=total)
        if handed < total:
            text += self.tr("（尚有专家未交）")
        self.method_label.setText(text)
        self.projection_subtitle.setText(self.tr("{method}　推荐名额 {quota} 名").format(
            method=method_label(rules.method, rules.trim_scope)
            + (self.tr("，两端各去 {n} 个").format(n=rules.trim) if rules.method == "trimmed_mean" else ""),
            quota=rules.quota) + ("" if handed == total else self.tr("　（尚有专家未交评分）")))
        legend = self.tr("绿底：推荐人选（前 {n} 名）　粗线：名额线").format(n=rules.quota)
        if tally.quota_tie:
            legend += self.tr("　黄底：名额线上并列，待组长裁定")
        self.legend.setText(legend)
        self._fill_agreement(tally)
        self._fill_sensitivity(tally)
        self._fill_outliers(tally)
        row = self.model.row_of(keep) if keep else -1
        self.select_row(row if row >= 0 else 0)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.show_candidate(self.model.result_at(row))
        else:
            self.show_candidate(None)

    def select_candidate(self, candidate_id: str) -> None:
        self.select_row(self.model.row_of(candidate_id))

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_candidate(self.model.result_at(current.row()) if current.isValid() else None)

    def show_candidate(self, result: CandidateResult | None) -> None:
        tally = self.session.tally
        self._selected = result.id if result is not None else None
        if result is None or tally is None:
            hint = self.tr("选择一位候选人查看详情")
            self.detail_text.setText(f"<span style='color:{MUTED}'>{hint}</span>")
            self.chart.set_data(None)
            return
        self.detail_text.setText(self.detail_html(tally, result))
        batch = self.session.batch
        self.chart.set_data(ChartData(
            title=self.tr("各位专家按五力的评分"),
            powers=[(p.key, domain_text(p.label), p.max) for p in batch.scheme.powers],
            reviewers=[(m.number, m.name) for m in batch.panel],
            values=result.reviewer_powers(),
            result=dict(result.powers),
            dropped={d.reviewer for d in result.dropped if d.item is None}, decimals=tally.rules.decimals))

    def _item_label(self, key: str) -> str:
        """A sub-item's own label ("勇挑重担") in the interface's language, from its "power.item" key."""
        for power, item in self.session.batch.scheme.items():
            if f"{power.key}.{item.key}" == key:
                return domain_text(item.label)
        return key

    def _join(self, parts: list[str]) -> str:
        return self.tr("、").join(parts)

    def dropped_texts(self, result: CandidateResult) -> list[str]:
        """Each score trimming left out, as the result sheet words it (``exports.result_sheet.dropped_entries``),
        in the interface's language: which reviewer (and sub-item), the score, and whether it was the highest."""
        sides = {"high": self.tr("最高"), "low": self.tr("最低"), "tie": self.tr("同分")}
        entries = []
        for dropped in dropped_scores(result, self.session.scores):
            where = dropped.reviewer
            if dropped.item is not None:
                where = f"{dropped.reviewer}·{self._item_label(dropped.item)}"
            side = sides[dropped.side]
            if dropped.share != 1:
                side = self.tr("{side}，分摊 {share}").format(side=side, share=dropped.share)
            entries.append(self.tr("{where} {score}（{side}）").format(
                where=where, score=format_score(dropped.value), side=side))
        return entries

    def marks(self, result: CandidateResult, tally: Tally) -> list[str]:
        """The flags, ties, decisions and recusals in words (the result sheet's 说明 column, on screen)."""
        marks = []
        for flag in result.flags:
            text = result_label(FLAG_LABELS.get(flag, flag))
            if flag == "tied" and result.tied_with:
                text = self.tr("与 {who} 并列，待组长裁定").format(who=self._join(list(result.tied_with)))
            elif flag == "too_few_scores":
                text = self.tr("有效评分不足 {n} 个，不排名").format(n=tally.rules.min_scores)
            elif flag == "not_trimmed":
                text = self.tr("有效评分不足 {n} 个，未截尾").format(n=tally.rules.trim_min_panel)
            marks.append(text)
        if result.recused_by:
            marks.append(self.tr("回避 {n} 人").format(n=len(result.recused_by)))
        if result.missing_from:
            marks.append(self.tr("未评 {who}").format(who=self._join(list(result.missing_from))))
        return marks

    def detail_html(self, tally: Tally, result: CandidateResult) -> str:
        """The selected candidate in words: result, method applied, dropped scores, flags, outliers."""
        decimals = tally.rules.decimals
        name = self.model.name_of(result.id)
        lines = [f"<div style='font-size:{relative_point_size(4)}pt; font-weight:bold; color:{ACCENT}'>"
                 f"{_escape(result.id)}　{_escape(name)}</div>"]
        summary = self.tr("{rank}　总分 <b>{final}</b>").format(rank=rank_text(result.rank),
                                                               final=fmt(result.final, decimals))
        if result.recommended:
            recommended = self.tr("✓ 推荐")
            summary += f"　<span style='color:#1e6b35'><b>{recommended}</b></span>"
        lines.append(f"<p>{summary}</p>")
        applied = result_label(METHOD_LABELS.get(result.applied or "", result.applied or "—"))
        if "not_trimmed" in result.flags:
            applied += self.tr("（有效评分 {n} 个，不足 {minimum} 个，未截尾）").format(
                n=result.n, minimum=tally.rules.trim_min_panel)
        elif result.applied == "trimmed_mean":
            scope = result_label(SCOPE_LABELS.get(tally.rules.trim_scope, tally.rules.trim_scope))
            applied += self.tr("（{scope}，两端各去 {n} 个）").format(scope=scope, n=tally.rules.trim)
        facts = [(self.tr("汇总方法"), applied), (self.tr("有效评分"), self.tr("{n} 个").format(n=result.n))]
        if tally.method == "zscore":
            facts.append((self.tr("原始平均"), fmt(result.mean_final, decimals)))
        elif result.zscore_final is not None:
            facts.append((self.tr("标准分法（参考）"), fmt(result.zscore_final, decimals)))
        if result.recused_by:
            facts.append((self.tr("回避"), self._join(list(result.recused_by))))
        if result.missing_from:
            facts.append((self.tr("未评"), self._join(list(result.missing_from))))
        spread = result.spread

        def score(value: Decimal | None) -> str:
            return "—" if value is None else format_score(value)

        facts.append((self.tr("离散"), self.tr("标准差 {sd}，极差 {range}（{low} ~ {high}）").format(
            sd=fmt_stat(spread.sd, decimals), range=score(spread.range), low=score(spread.lowest),
            high=score(spread.highest))))
        dropped = self.dropped_texts(result)
        facts.append((self.tr("去掉的分数"), self._join(dropped) if dropped else self.tr("无")))
        totals = "　".join(f"{reviewer}\u00a0{format_score(value)}"  # a pair never breaks across lines
                          for reviewer, value in sorted(result.totals.items()))
        facts.append((self.tr("各专家总分"), totals or "—"))
        marks = self.marks(result, tally)
        facts.append((self.tr("提示"), self.tr("；").join(marks) if marks else self.tr("无")))
        outliers = [o for stats in tally.reviewers for o in stats.outliers if o.candidate == result.id]
        if outliers:
            facts.append((self.tr("畸高畸低"), self.tr("；").join(
                self.tr("{reviewer}·{item} {score}（其余中位数 {median}，{direction}）").format(
                    reviewer=o.reviewer, item=self._item_label(o.item), score=format_score(o.score),
                    median=fmt_stat(o.reference, 1), direction=self._direction(o.direction))
                for o in outliers)))
        rows = "".join(f"<tr><td style='color:{MUTED}; padding-right:10px; white-space:nowrap' valign='top'>"
                       f"{_escape(k)}</td><td>{_escape(v)}</td></tr>" for k, v in facts)
        lines.append(f"<table cellspacing='0' cellpadding='2'>{rows}</table>")
        return "".join(lines)

    def _direction(self, direction: str) -> str:
        return self.tr("畸高") if direction == "high" else self.tr("畸低")

    def _fill_outliers(self, tally: Tally | None) -> None:
        self.outlier_list.clear()
        if tally is None:
            return
        for stats in tally.reviewers:
            member = self.session.batch.member(stats.reviewer)
            for outlier in stats.outliers:
                text = self.tr("{reviewer} {name}：{candidate} {candidate_name} · {item} {score} 分，{direction}"
                               "（其余 {others} 位中位数 {median}）").format(
                    reviewer=stats.reviewer, name=member.name if member else "", candidate=outlier.candidate,
                    candidate_name=self.model.name_of(outlier.candidate), item=self._item_label(outlier.item),
                    score=format_score(outlier.score), direction=self._direction(outlier.direction),
                    others=outlier.others, median=fmt_stat(outlier.reference, 1))
                item = QListWidgetItem(text)
                item.setForeground(QColor("#9a3412") if outlier.direction == "high" else QColor("#1f4e79"))
                item.setData(Qt.ItemDataRole.UserRole, outlier.candidate)
                item.setToolTip(self.tr("稳健标准差 {sd}；点击查看该候选人").format(sd=fmt_stat(outlier.robust_sd, 2)))
                self.outlier_list.addItem(item)
        if not self.outlier_list.count():
            self.outlier_list.addItem(QListWidgetItem(self.tr("没有畸高畸低分")))

    @Slot(QListWidgetItem)
    def _outlier_chosen(self, item: QListWidgetItem) -> None:
        candidate = item.data(Qt.ItemDataRole.UserRole)
        if candidate:
            self.select_candidate(str(candidate))

    def _fill_agreement(self, tally: Tally | None) -> None:
        if tally is None:
            self.agreement_text.clear()
            return
        agreement = tally.agreement

        def undefined(reason: str | None) -> str:
            text = self.tr("无法计算：{reason}").format(reason=reason_text(reason))
            return f"<span style='color:{MUTED}'>{_escape(text)}</span>"

        rows = []
        for key, label in ICC_LABELS:
            value = agreement.icc.get(key)
            shown = fmt_stat(value) if value is not None else undefined(agreement.icc_reasons.get(key))
            rows.append((label, _tr(ICC_MEANINGS[key]) if key in ICC_MEANINGS else "", shown))
        w = agreement.kendall_w
        rows.append(("Kendall W", self.tr("名次一致性（含同分校正）"),
                     fmt_stat(w) if w is not None else undefined(agreement.kendall_reason)))
        body = "".join(
            f"<tr><td style='padding:3px 10px 3px 0; white-space:nowrap'><b>{label}</b></td>"
            f"<td style='padding:3px 10px 3px 0; color:{MUTED}'>{_escape(meaning)}</td>"
            f"<td style='padding:3px 0' align='right'>{value}</td></tr>" for label, meaning, value in rows)
        basis = self.tr("基于全部评分专家都评了的 {candidates} 名候选人 × {reviewers} 位专家的总分。"
                        "ICC 按 Shrout 与 Fleiss（1979）定义。数值越接近 1，专家意见越一致；"
                        "接近 0 或为负，说明候选人之间的差别不比专家之间的差别大。").format(
            candidates=len(agreement.candidates), reviewers=len(agreement.reviewers))
        heading = self.tr("全组评分一致性")
        self.agreement_text.setText(
            f"<p style='font-weight:bold; color:{ACCENT}'>{_escape(heading)}</p>"
            f"<table cellspacing='0'>{body}</table><p style='color:{MUTED}'>{_escape(basis)}</p>")

    def _fill_sensitivity(self, tally: Tally | None) -> None:
        self.sensitivity_tree.clear()
        if tally is None:
            return
        for run in tally.sensitivity:
            self.sensitivity_tree.addTopLevelItem(self._sensitivity_item(run))
        self.sensitivity_tree.expandAll()

    def _sensitivity_item(self, run: Sensitivity) -> QTreeWidgetItem:
        crossing = [c for c in run.changes if c.crosses_quota]
        summary = self.tr("无名次变化") if not run.changes else self.tr("{n} 人名次变化").format(n=len(run.changes))
        if crossing:
            summary += self.tr("，{n} 人跨越名额线").format(n=len(crossing))
        top = QTreeWidgetItem([self.tr("若改用{method}").format(method=method_label(run.method, run.trim_scope)),
                               summary])
        bold = QFont(self.font())
        bold.setBold(True)
        top.setFont(0, bold)
        if crossing:
            top.setForeground(1, QColor("#9a3412"))
        for change in sorted(run.changes, key=lambda c: (not c.crosses_quota, c.rank or 10**9)):
            move = f"{rank_text(change.rank)} → {rank_text(change.other_rank)}"
            if change.crosses_quota:
                move += self.tr("，进入推荐") if change.other_recommended else self.tr("，落出推荐")
            child = QTreeWidgetItem([f"{change.candidate} {self.model.name_of(change.candidate)}", move])
            child.setData(0, Qt.ItemDataRole.UserRole, change.candidate)
            if change.crosses_quota:
                child.setForeground(1, QColor("#9a3412"))
                child.setFont(1, bold)
            top.addChild(child)
        return top

    @Slot(QTreeWidgetItem, int)
    def _sensitivity_chosen(self, item: QTreeWidgetItem, _column: int) -> None:
        candidate = item.data(0, Qt.ItemDataRole.UserRole)
        if candidate:
            self.select_candidate(str(candidate))

    # -- for tests and tools -------------------------------------------------------------------------
    def table_rows(self) -> list[list[str]]:
        """The ranking as displayed, row by row."""
        return [[str(self.model.index(row, column).data() or "") for column in range(self.model.columnCount())]
                for row in range(self.model.rowCount())]

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        value: Any = index.data(CandidateIdRole) if index.isValid() else None
        return str(value) if value else None

    def reviewer_ids(self) -> list[str]:
        return [str(self.reviewer_model.index(row, 0).data(ReviewerIdRole))
                for row in range(self.reviewer_model.rowCount())]


def _escape(text: object) -> str:
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
