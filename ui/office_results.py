"""The office's 评审结果 view: sessions and their results, every candidate along the procedure.

Top: one row per session (批次 made? result returned and verified?). Below: the procedure table
(资格审查 … 命名) with filters by group, channel and union and a search box, beside the selected
candidate's record of decisions. The models present ``app.office_overview``'s statuses, computed
in one pass per reload; the filter proxy compares precomputed, folded texts. The background jobs
for the 评审结果 menu (ingest, exports, backup, restore) live here too: each opens its own
database connection on the pool thread.

Texts: the core's labels (groups, channels, steps, outcomes, stages) through ``domain_text``, the
cells and states of the procedure in the interface's language (``ProcedureTexts``); the candidates'
warnings and the messages of ingest, backup and decisions are the core's messages, shown through
``message_text`` (their Chinese is the command line's wording).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.enums import Channel, Group, Stage
from app.errors import CraftsmanError
from app.office_overview import (
    NOTE_REQUIRED,
    OUTCOMES,
    CandidateStatus,
    Decision,
    Outcome,
    Overview,
    SessionState,
    SessionStatus,
    Step,
    fold,
)
from ui.dossier_view import MUTED_COLOUR, OK_COLOUR, PROBLEM_COLOUR, STYLE_SHEET, WARNING_COLOUR
from ui.i18n import domain_text, message_text
from ui.tables import TitledRowsModel, read_only_table

CandidateNoRole = Qt.ItemDataRole.UserRole + 11
"""Custom role of the procedure table: the row's 申报编号."""

CLOSED_TEXT = QBrush(QColor("#6b7280"))
NAMED_TINT = QBrush(QColor("#e3f4e6"))
WARNING_TINT = QBrush(QColor("#fff1cc"))
AWAITING_TEXT = QBrush(QColor("#8a5a00"))
NO_BATCH_TEXT = QBrush(QColor("#9b1c1c"))
VERIFIED_TEXT = QBrush(QColor("#1e6b35"))


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text))


# ---------------------------------------------------------------------------------------------
# Sessions


class SessionColumn(Enum):
    GROUP = 0
    SESSION = 1
    STATE = 2
    CANDIDATES = 3
    PANEL = 4
    BATCH = 5
    RESULT = 6
    INGESTED = 7
    RECOMMENDED = 8


class SessionTableModel(TitledRowsModel):
    """One row per session: 组别, 场次, 状态, 候选人, 专家, 批次, 结果包, 导入时间, 推荐."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionStatus] = []
        self._texts: list[tuple[str, ...]] = []
        self._headers = (self.tr("组别"), self.tr("场次"), self.tr("状态"), self.tr("候选人"), self.tr("专家"),
                         self.tr("批次文件"), self.tr("结果包"), self.tr("导入时间"), self.tr("推荐"))

    def reload(self, sessions: Sequence[SessionStatus]) -> None:
        self.beginResetModel()
        self._rows = list(sessions)
        self._texts = [self._texts_of(s) for s in self._rows]
        self.endResetModel()

    def _texts_of(self, s: SessionStatus) -> tuple[str, ...]:
        result = s.result_file
        if s.superseded:
            result += self.tr("（另有 {n} 份被取代）").format(n=s.superseded)
        return (f"{s.group} {domain_text(s.group_label)}", str(s.session), domain_text(s.state.label),
                str(s.candidates), str(s.panel_size) if s.panel_size else "", s.batch_file, result,
                s.ingested_at.replace("T", " ")[:16], str(s.recommended) if s.state is SessionState.VERIFIED else "")

    def session_at(self, row: int) -> SessionStatus:
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == SessionColumn.STATE.value:
            return {SessionState.VERIFIED: VERIFIED_TEXT, SessionState.AWAITING: AWAITING_TEXT,
                    SessionState.NO_BATCH: NO_BATCH_TEXT}[row.state]
        if role == Qt.ItemDataRole.ToolTipRole and row.batch_id:
            return self.tr("批次编号 {id}").format(id=row.batch_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 3, 4, 8):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# ---------------------------------------------------------------------------------------------
# Candidates along the procedure


class ProcedureTexts(QObject):
    """A candidate's place in the procedure in the interface's language.

    ``CandidateStatus`` words it in Chinese for the command line and its JSON; these say the same in
    the interface's language, from the same facts. A state this does not know is shown as the core
    wrote it.
    """

    def eligibility(self, c: CandidateStatus) -> str:
        if not c.eligible:
            return self.tr("不合格")
        return self.tr("合格·待核实") if c.needs_confirmation else self.tr("合格")

    def step(self, c: CandidateStatus, step: Step) -> str:
        """The cell of one decision column: its outcome, "待…" when it is due, "—" when not (yet)."""
        decision = c.decisions.get(step)
        if decision is not None:
            return domain_text(decision.outcome.label)
        if step is Step.INTERVIEW:
            if not c.is_self_nominated:
                return self.tr("不适用")
            return self.tr("待面试") if c.eligible else "—"
        due = {Step.CREDIT_CHECK: (Stage.APPROVAL, self.tr("待审核")),
               Step.APPROVAL: (Stage.APPROVAL, self.tr("待审定")),
               Step.PUBLIC_NOTICE: (Stage.PUBLIC_NOTICE, self.tr("公示中")),
               Step.NAMED: (Stage.NAMED, self.tr("待命名"))}
        stage, text = due[step]
        return text if c.stage is stage and not c.closed else "—"

    def review(self, c: CandidateStatus) -> str:
        if c.batch_id is None:
            return "—" if not c.eligible else self.tr("未编入批次")
        return self.tr("第 {n} 场").format(n=c.session or 1)

    def release(self, c: CandidateStatus) -> str:
        if c.result is None:
            return self.tr("待返回") if c.batch_id else "—"
        rank = "—" if c.result.rank is None else str(c.result.rank)
        text = self.tr("第 {rank} 名 {final}").format(rank=rank, final=c.result.final or "").strip()
        return self.tr("{text}，推荐").format(text=text) if c.result.recommended else text

    def state(self, c: CandidateStatus) -> str:
        if c.result is not None and c.state.startswith("未获推荐"):
            if c.result.rank is None:
                return self.tr("未获推荐")
            return self.tr("未获推荐（第 {rank} 名）").format(rank=c.result.rank)
        # The core's fixed wordings (app.office_overview._place), each with its translation.
        known = dict((
            ("资格审查未通过", self.tr("资格审查未通过")),
            ("海选面试未通过", self.tr("海选面试未通过")),
            ("待海选面试", self.tr("待海选面试")),
            ("资格审查通过，待编入评审批次", self.tr("资格审查通过，待编入评审批次")),
            ("专家复审中，结果待返回", self.tr("专家复审中，结果待返回")),
            ("诚信审核未通过", self.tr("诚信审核未通过")),
            ("获推荐，待诚信审核", self.tr("获推荐，待诚信审核")),
            ("诚信审核通过，待市总审定", self.tr("诚信审核通过，待市总审定")),
            ("市总审定未通过", self.tr("市总审定未通过")),
            ("社会公示中", self.tr("社会公示中")),
            ("公示收到异议，核实中", self.tr("公示收到异议，核实中")),
            ("公示异议成立", self.tr("公示异议成立")),
            ("已命名“上海工匠”", self.tr("已命名“上海工匠”")),
            ("不予命名", self.tr("不予命名")),
            ("公示期满，待命名", self.tr("公示期满，待命名")),
        ))
        return known.get(c.state) or message_text(c.state)


    def samples(self) -> tuple[str, ...]:
        """A wide cell of each procedure column in the interface's language: the columns' widths."""
        released = self.tr("{text}，推荐").format(text=self.tr("第 {rank} 名 {final}").format(rank=10, final="88.25"))
        return ("2024-G03-001", "欧阳建国", domain_text(Group.G03.label), self.tr("诚信审核通过，待市总审定"),
                domain_text(Channel.ASSOCIATION.label), "上海市机电工", self.tr("合格·待核实"), self.tr("待面试"),
                self.tr("未编入批次"), released, self.tr("待审核"), self.tr("待审定"),
                domain_text(Outcome.OBJECTION_DISMISSED.label), domain_text(Outcome.NAMED.label))


class ProcedureColumn(Enum):
    APPLICATION_NO = 0
    NAME = 1
    GROUP = 2
    STATE = 3
    CHANNEL = 4
    UNION = 5
    ELIGIBILITY = 6
    INTERVIEW = 7
    REVIEW = 8
    RELEASE = 9
    CREDIT = 10
    APPROVAL = 11
    NOTICE = 12
    NAMED = 13


@dataclass(frozen=True)
class _ProcedureRow:
    status: CandidateStatus
    texts: tuple[str, ...]
    search_text: str
    union_key: str
    order: int


class ProcedureTableModel(TitledRowsModel):
    """Read-only: one candidate a row, where they stand, then one procedure step a column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_ProcedureRow] = []
        self.texts = ProcedureTexts(self)
        self._headers = (self.tr("申报编号"), self.tr("姓名"), self.tr("组别"), self.tr("现状"), self.tr("申请渠道"),
                         self.tr("所属工会/社团"), self.tr("资格审查"), self.tr("海选面试"), self.tr("专家复审"),
                         self.tr("评审发布"), self.tr("诚信审核"), self.tr("市总审定"), self.tr("社会公示"),
                         self.tr("命名"))

    def reload(self, statuses: Sequence[CandidateStatus]) -> None:
        self.beginResetModel()
        self._rows = [self._row(order, status) for order, status in enumerate(statuses)]
        self.endResetModel()

    def _row(self, order: int, c: CandidateStatus) -> _ProcedureRow:
        t = self.texts
        texts = (c.application_no, c.name, domain_text(c.group_label), t.state(c), domain_text(c.channel_label),
                 c.union, t.eligibility(c), t.step(c, Step.INTERVIEW), t.review(c), t.release(c),
                 t.step(c, Step.CREDIT_CHECK), t.step(c, Step.APPROVAL), t.step(c, Step.PUBLIC_NOTICE),
                 t.step(c, Step.NAMED))
        search = "\n".join(fold(text) for text in (c.name, c.application_no, c.id_number))
        return _ProcedureRow(c, texts, search, fold(c.union), order)

    def status_at(self, row: int) -> CandidateStatus:
        return self._rows[row].status

    def search_text_at(self, row: int) -> str:
        return self._rows[row].search_text

    def union_key_at(self, row: int) -> str:
        return self._rows[row].union_key

    def row_of(self, application_no: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.status.application_no == application_no), -1)

    def text(self, row: int, column: ProcedureColumn) -> str:
        return self._rows[row].texts[column.value]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        status = row.status
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[index.column()]
        if role == CandidateNoRole:
            return status.application_no
        if role == Qt.ItemDataRole.BackgroundRole:
            if status.warnings:
                return WARNING_TINT
            if status.outcome(Step.NAMED) is Outcome.NAMED:
                return NAMED_TINT
            return None
        if role == Qt.ItemDataRole.ForegroundRole and status.closed:
            return CLOSED_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and status.warnings:
            return "<qt>" + "<br/>".join(_e(message_text(w)) for w in status.warnings) + "</qt>"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self._rows[index.row()] for index in persistent]
        if column < 0:
            self._rows.sort(key=lambda r: r.order)
        else:
            self._rows.sort(key=lambda r: (r.texts[column], r.order), reverse=order == Qt.SortOrder.DescendingOrder)
        positions = {id(row): i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(positions[id(row)], index.column()) for row, index in zip(before, persistent,
                                                                                          strict=True)])
        self.layoutChanged.emit()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ProcedureFilterProxy(QSortFilterProxyModel):
    """Filters by group, channel, union and a search text (name, 申报编号, 身份证), like ``office status``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group: str | None = None
        self._channel: str | None = None
        self._union: str | None = None
        self._search = ""
        self.setDynamicSortFilter(True)

    def procedure_model(self) -> ProcedureTableModel:
        model = self.sourceModel()
        assert isinstance(model, ProcedureTableModel)
        return model

    def _change(self, name: str, value: str | None) -> None:
        if getattr(self, name) != value:
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_group(self, group: str | None) -> None:
        self._change("_group", group)

    def set_channel(self, channel: str | None) -> None:
        self._change("_channel", channel)

    def set_union(self, union: str | None) -> None:
        self._change("_union", fold(union) if union else None)

    def set_search(self, text: str) -> None:
        self._change("_search", fold(text.strip()))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.procedure_model()
        status = model.status_at(source_row)
        if self._group is not None and status.group != self._group:
            return False
        if self._channel is not None and status.channel != self._channel:
            return False
        if self._union is not None and model.union_key_at(source_row) != self._union:
            return False
        return not self._search or self._search in model.search_text_at(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.procedure_model().sort(column, order)


# ---------------------------------------------------------------------------------------------
# The view


def _table(model: QAbstractTableModel | QSortFilterProxyModel, samples: Sequence[str],
           stretch: int | None = None) -> QTableView:
    return read_only_table(model, dict(enumerate(samples)), stretch=stretch, row_padding=8, min_section=36)


class ResultsView(QWidget):
    """The 评审结果 tab: the session overview, the procedure table with filters, a candidate's record."""

    record_requested = Signal(str)  # 申报编号

    def __init__(self, actions: Sequence[QAction] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        self.session_model = SessionTableModel(self)
        self.model = ProcedureTableModel(self)
        self.proxy = ProcedureFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("color: #374151;")
        # A tool bar rather than a row of buttons: when the window is narrow (or the English texts
        # long) the commands that do not fit move behind its » button instead of widening the window.
        self.commands = QToolBar(self.tr("评审结果命令"))
        self.commands.setObjectName("results_commands")
        self.commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in actions:
            self.commands.addAction(action)

        # Column widths from sample cells in the interface's language (the headers count too).
        self.session_table = _table(self.session_model, (
            f"G01 {domain_text(Group.G01.label)}", "10", max((domain_text(s.label) for s in SessionState), key=len),
            "999", "99",
            "G01-1.crbatch", "", "2024-07-30 10:00", "99"), stretch=6)
        self.session_table.setObjectName("session_table")
        self.session_table.setAccessibleName(self.tr("各场次的批次和结果"))

        self.group_filter = QComboBox()
        self.group_filter.addItem(self.tr("全部组别"), None)
        for group in Group:
            self.group_filter.addItem(f"{group.value} {domain_text(group.label)}", group.value)
        self.channel_filter = QComboBox()
        self.channel_filter.addItem(self.tr("全部渠道"), None)
        for channel in Channel:
            self.channel_filter.addItem(domain_text(channel.label), channel.value)
        self.union_filter = QComboBox()
        # The filters take a few characters' width, not their longest item's: the row fits a narrow window.
        for combo, characters in ((self.group_filter, 10), (self.channel_filter, 6), (self.union_filter, 8)):
            combo.setMinimumContentsLength(characters)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.union_filter.addItem(self.tr("全部工会/社团"), None)
        self.union_filter.setProperty("data_text", True)  # the unions' own names
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("查找候选人"))
        self.search_edit.setPlaceholderText(self.tr("姓名、申报编号或身份证号"))
        self.search_edit.setClearButtonEnabled(True)
        self.record_button = QPushButton(self.tr("记录决定…"))
        self.record_button.setToolTip(self.tr("为所选候选人记录海选面试、诚信审核、市总审定、社会公示或命名的结果"))
        self.record_button.setEnabled(False)
        self.shown_label = QLabel()
        self.shown_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        # Two rows (filters; search, count and the command) so that a narrow window still fits them.
        filters = QHBoxLayout()
        for label, widget in ((self.tr("组别"), self.group_filter), (self.tr("渠道"), self.channel_filter),
                              (self.tr("工会/社团"), self.union_filter)):
            caption = QLabel(label)
            caption.setBuddy(widget)  # a screen reader names the filter by its caption
            filters.addWidget(caption)
            filters.addWidget(widget, 1)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.shown_label)
        search_row.addWidget(self.record_button)

        self.table = _table(self.proxy, self.model.texts.samples(), stretch=ProcedureColumn.NAMED.value)
        self.table.setObjectName("procedure_table")
        self.table.setAccessibleName(self.tr("候选人审核程序"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.document().setDefaultStyleSheet(STYLE_SHEET)
        self.detail.document().setDocumentMargin(10)
        self.detail.setAccessibleName(self.tr("所选候选人的审核记录"))

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setObjectName("results_lower_splitter")
        lower.setChildrenCollapsible(False)
        lower.addWidget(self.table)
        lower.addWidget(self.detail)
        lower.setStretchFactor(0, 4)
        lower.setStretchFactor(1, 1)
        lower.setSizes([1160, 260])
        self.lower_splitter = lower
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addLayout(filters)
        below_layout.addLayout(search_row)
        below_layout.addWidget(lower, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("results_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.session_table)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([190, 560])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.commands)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.splitter, 1)

        self.group_filter.currentIndexChanged.connect(self._filters_changed)
        self.channel_filter.currentIndexChanged.connect(self._filters_changed)
        self.union_filter.currentIndexChanged.connect(self._filters_changed)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.record_button.clicked.connect(self._record_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_shown)
        self.show_detail(None)

    # Data ------------------------------------------------------------------------------------

    def load(self, overview: Overview, unions: Sequence[str]) -> None:
        """Show ``overview``; keep the filters and the selected candidate."""
        current = self.current_application_no()
        self.overview = overview
        self.session_model.reload(overview.sessions)
        self.model.reload(overview.candidates)
        chosen = self.union_filter.currentData()
        self.union_filter.blockSignals(True)
        self.union_filter.clear()
        self.union_filter.addItem(self.tr("全部工会/社团"), None)
        for union in unions:
            self.union_filter.addItem(union, union)
        index = self.union_filter.findData(chosen) if chosen else 0
        self.union_filter.setCurrentIndex(max(index, 0))
        self.union_filter.blockSignals(False)
        self._filters_changed()
        self.summary_label.setText(self.summary_text(overview))
        if current is not None:
            self.select_candidate(current)
        self.show_detail(self.current_status())

    def clear(self) -> None:
        self.overview = None
        self.session_model.reload([])
        self.model.reload([])
        self.summary_label.setText("")
        self.show_detail(None)

    def summary_text(self, overview: Overview) -> str:
        counts = overview.counts
        return self.tr(
            "场次：已验证 {verified} · 待返回 {awaiting} · 未建批次 {missing}　　"
            "候选人 {total}：资格审查 {eligibility} · 复审中 {review} · 评审发布 {release} · 市总审定 {approval}"
            " · 社会公示 {notice} · 已命名 {named}（其中止步 {closed}）").format(
            verified=counts.get("sessions_verified", 0), awaiting=counts.get("sessions_awaiting", 0),
            missing=counts.get("sessions_no_batch", 0), total=counts.get("candidates", 0),
            eligibility=counts.get("stage_eligibility", 0), review=counts.get("stage_expert_review", 0),
            release=counts.get("stage_panel_release", 0), approval=counts.get("stage_approval", 0),
            notice=counts.get("stage_public_notice", 0), named=counts.get("named", 0),
            closed=counts.get("closed", 0))

    @Slot()
    def _filters_changed(self) -> None:
        self.proxy.set_group(self.group_filter.currentData())
        self.proxy.set_channel(self.channel_filter.currentData())
        self.proxy.set_union(self.union_filter.currentData())
        self._update_shown()

    @Slot()
    def _update_shown(self) -> None:
        self.shown_label.setText(self.tr("显示 {shown} / {total} 人").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    # Selection -------------------------------------------------------------------------------

    def current_application_no(self) -> str | None:
        index = self.table.currentIndex()
        value: object = index.data(CandidateNoRole) if index.isValid() else None
        return str(value) if value else None

    def current_status(self) -> CandidateStatus | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.status_at(self.proxy.mapToSource(index).row())

    def select_candidate(self, application_no: str) -> bool:
        row = self.model.row_of(application_no)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_detail(self.current_status() if current.isValid() else None)

    @Slot()
    def _record_clicked(self) -> None:
        number = self.current_application_no()
        if number:
            self.record_requested.emit(number)

    def show_detail(self, status: CandidateStatus | None, history: Sequence[Decision] | None = None) -> None:
        self.record_button.setEnabled(status is not None)
        if status is None:
            text = self.tr("在表格中选择一位候选人，查看其审核程序的各步结果和办公室的记录。")
            self.detail.setHtml(f'<p class="empty">{_e(text)}</p>')
            return
        self.detail.setHtml(self.detail_html(status, history))

    def detail_html(self, c: CandidateStatus, history: Sequence[Decision] | None = None) -> str:
        colour = PROBLEM_COLOUR if c.closed else (OK_COLOUR if c.outcome(Step.NAMED) is Outcome.NAMED
                                                  else "#1f3a5f")
        t = self.model.texts
        parts = [f"<h3>{_e(c.name)} <span class='meta'>{_e(c.application_no)}</span></h3>",
                 f"<p class='meta'>{_e(domain_text(c.group_label))} · {_e(domain_text(c.channel_label))}"
                 + (f" · {_e(c.union)}" if c.union else "") + f"<br/>{_e(c.employer)} · {_e(c.trade)}</p>",
                 f"<p style='color: {colour};'>"
                 + _e(self.tr("{stage}：{state}")).format(stage=f"<b>{_e(domain_text(c.stage.label))}</b>",
                                                         state=_e(t.state(c))) + "</p>"]
        parts.extend(f"<p style='color: {WARNING_COLOUR};'>! {_e(message_text(w))}</p>" for w in c.warnings)
        rows = [(domain_text(Stage.ELIGIBILITY.label), t.eligibility(c)),
                (domain_text(Step.INTERVIEW.label), t.step(c, Step.INTERVIEW)),
                (domain_text(Stage.EXPERT_REVIEW.label), t.review(c)),
                (domain_text(Stage.PANEL_RELEASE.label), t.release(c))]
        rows += [(domain_text(step.label), t.step(c, step))
                 for step in (Step.CREDIT_CHECK, Step.APPROVAL, Step.PUBLIC_NOTICE, Step.NAMED)]
        parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(
            f"<tr><td class='label'>{_e(label)}</td><td>{_e(value)}</td></tr>" for label, value in rows) + "</table>")
        records = list(history) if history is not None else sorted(c.decisions.values(), key=lambda d: d.id)
        if records:
            heading = self.tr("办公室的记录")
            parts.append(f"<h4>{_e(heading)}</h4>")
            for d in records:
                note = _e(self.tr("：{note}").format(note=d.note)) if d.note else ""
                parts.append(f"<p>{_e(domain_text(d.step.label))} <b>{_e(domain_text(d.outcome.label))}</b>{note}<br/>"
                             f"<span class='meta'>{_e(d.recorded_at.replace('T', ' ')[:16])} {_e(d.recorded_by)}"
                             "</span></p>")
        return "".join(parts)


# ---------------------------------------------------------------------------------------------
# Recording a decision


class RecordDecisionDialog(QDialog):
    """Choose a step, its outcome and a note for one candidate; the window records it."""

    def __init__(self, status: CandidateStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The name is in the dialog (a data label), not the title: a title is interface text.
        self.setWindowTitle(self.tr("记录决定 — {no}").format(no=status.application_no))
        self.status = status
        self.step_box = QComboBox()
        for step in Step:
            if step is Step.INTERVIEW and not status.is_self_nominated:
                continue
            self.step_box.addItem(domain_text(step.label), step)
        self.outcome_box = QComboBox()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("情况说明（未通过、异议和不予命名时必填）"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)  # four lines at any text size
        self.hint = QLabel()
        self.hint.setStyleSheet(f"color: {MUTED_COLOUR};")
        form = QFormLayout()
        who = QLabel(self.tr("{no} {name}（{state}）").format(
            no=status.application_no, name=status.name, state=ProcedureTexts(self).state(status)))
        who.setProperty("data_text", True)  # the candidate's own name
        form.addRow(self.tr("候选人"), who)
        form.addRow(self.tr("步骤"), self.step_box)
        form.addRow(self.tr("结果"), self.outcome_box)
        form.addRow(self.tr("备注"), self.note_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.step_box.currentIndexChanged.connect(self._step_changed)
        self.outcome_box.currentIndexChanged.connect(self._update_hint)
        self.note_edit.textChanged.connect(self._update_hint)
        self._choose_next_step()
        self._step_changed()

    def _choose_next_step(self) -> None:
        for index in range(self.step_box.count()):
            step = self.step_box.itemData(index)
            if isinstance(step, Step) and step not in self.status.decisions:
                self.step_box.setCurrentIndex(index)
                return

    @Slot()
    def _step_changed(self) -> None:
        step = self.step()
        self.outcome_box.clear()
        for outcome in OUTCOMES[step]:
            self.outcome_box.addItem(domain_text(outcome.label), outcome)
        current = self.status.decisions.get(step)
        if current is not None:
            self.outcome_box.setCurrentIndex(max(self.outcome_box.findData(current.outcome), 0))
        self._update_hint()

    @Slot()
    def _update_hint(self) -> None:
        step, outcome = self.step(), self.outcome()
        current = self.status.decisions.get(step)
        hint = ""
        if current is not None:
            hint = self.tr("将更正已有的记录（{outcome}），原记录保留。").format(
                outcome=domain_text(current.outcome.label))
        needs_note = outcome in NOTE_REQUIRED and not self.note().strip()
        if needs_note:
            hint = (hint + " " + self.tr("请填写备注。")).strip()
        self.hint.setText(hint)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not needs_note)

    def step(self) -> Step:
        value = self.step_box.currentData()
        return value if isinstance(value, Step) else Step.CREDIT_CHECK

    def outcome(self) -> Outcome:
        value = self.outcome_box.currentData()
        return value if isinstance(value, Outcome) else OUTCOMES[self.step()][0]

    def note(self) -> str:
        return self.note_edit.toPlainText()


# ---------------------------------------------------------------------------------------------
# Background jobs (run on a pool thread, each with its own connection)


@dataclass(frozen=True)
class IngestOutcome:
    """What the ingest dialog shows: the report, or the refusal and whether superseding would help."""

    path: Path
    ok: bool
    message: str  # the core's message (for message_text)
    report: Any = None
    needs_supersede: bool = False


def ingest_job(database: Path, package: Path, supersede: bool = False) -> IngestOutcome:
    from app.office_results import ResultExistsRefused, ingest_result
    from app.storage import OfficeDatabase

    office = OfficeDatabase(database, create=False)
    try:
        report = ingest_result(office, package, supersede=supersede)
    except ResultExistsRefused as error:  # the question asked says what the command line's hint says
        return IngestOutcome(package, False, error.refusal, None, True)
    except CraftsmanError as error:
        return IngestOutcome(package, False, error.shown, None, False)
    finally:
        office.close()
    return IngestOutcome(package, True, report.message, report)


class ExportKind(Enum):
    CANDIDATE_LIST = "candidate_list"
    NOTICE = "notice"
    NOTICE_DRAFT = "notice_draft"
    STATISTICS = "statistics"
    SURVEY = "survey"


def export_job(kind: ExportKind, database: Path, out: Path) -> str:
    """Write one export; returns the sentence for the status bar, in the interface's language
    (QCoreApplication.translate is thread-safe)."""
    from app.storage import OfficeDatabase

    office = OfficeDatabase(database, create=False)
    try:
        if kind is ExportKind.CANDIDATE_LIST:
            from exports.candidate_list import write_candidate_list, write_candidate_list_pdf

            writer = write_candidate_list_pdf if out.suffix.lower() == ".pdf" else write_candidate_list
            count = writer(office, out)
            text = QCoreApplication.translate("OfficeJobs", "已导出候选人名单 {file}：{count} 人")
            return text.format(file=out.name, count=count)
        if kind in (ExportKind.NOTICE, ExportKind.NOTICE_DRAFT):
            from exports.notice_list import write_notice_list

            draft = kind is ExportKind.NOTICE_DRAFT
            count = write_notice_list(office, out, draft=draft)
            text = (QCoreApplication.translate("OfficeJobs", "已导出公示名单（草稿） {file}：{count} 人") if draft
                    else QCoreApplication.translate("OfficeJobs", "已导出公示名单 {file}：{count} 人"))
            return text.format(file=out.name, count=count)
        if kind is ExportKind.STATISTICS:
            from exports.statistics_table import write_statistics_workbook

            unions = len(write_statistics_workbook(office, out))
            return QCoreApplication.translate("OfficeJobs", "已导出附件3统计表 {file}：{count} 个工会/社团").format(
                file=out.name, count=unions)
        from exports.survey_report import write_survey_report

        surveys = write_survey_report(office, out)
        text = QCoreApplication.translate("OfficeJobs", "已导出调研问卷汇总 {file}：{count} 份问卷（小分组已合并）")
        return text.format(file=out.name, count=surveys)
    finally:
        office.close()


def backup_job(database: Path, out: Path) -> str:
    from app.office_backup import backup_database

    described = message_text(backup_database(database, out).describe())
    return QCoreApplication.translate("OfficeJobs", "已备份到 {backup}").format(backup=described)


def restore_job(source: Path, database: Path) -> str:
    from app.office_backup import restore_database

    info = restore_database(source, database, force=True)
    text = QCoreApplication.translate("OfficeJobs", "已从 {backup} 恢复").format(
        backup=message_text(info.source.describe()))
    if info.moved_aside:
        moved = QCoreApplication.translate("OfficeJobs", "；损坏的原数据库已移到 {file}")
        text += moved.format(file=info.moved_aside.name)
    return text
