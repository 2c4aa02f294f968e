"""The office's main window (申报办公室): candidates by group, their dossiers, intake, and results.

Two tabs. 候选人: left, search, review-status filter and the 11 groups with counts; centre, the
candidate table (CandidateTableModel behind a filter proxy); right, the selected candidate's
dossier. 评审结果 (ui.office_results.ResultsView): every session's batch and result, every
candidate along the procedure, and the office's decisions. Intake, template writing, result
ingest, the exports, backup and restore run on a pool thread behind a progress dialog; errors from
the core arrive as one message box with the core's message in the interface's language
(``message_text``: the Chinese text is the command line's), under a title in the interface's language.
Intake's findings are read back from the database as text and given their templates again
(``app.intake.stored_reason``) before they are shown. The shared 视图 menu sizes the
text; the window keeps its layout (geometry, splitters, tab, table columns) in its QSettings.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.enums import Channel, Group
from app.errors import CraftsmanError
from app.intake import stored_reason
from app.storage import OfficeDatabase
from ui.candidate_model import (
    UNRECOGNISED_GROUP,
    ApplicationNoRole,
    CandidateFilterProxy,
    CandidateTableModel,
    Column,
    StatusFilter,
)
from ui.display import ReviewStatus
from ui.dossier_view import STYLE_SHEET, DossierRenderer
from ui.i18n import domain_text, message_text
from ui.intake_result import IntakeResultDialog
from ui.office_results import (
    ExportKind,
    IngestOutcome,
    RecordDecisionDialog,
    ResultsView,
    backup_job,
    export_job,
    ingest_job,
    restore_job,
)
from ui.preferences import add_view_menu, relative_point_size
from ui.screen_fit import resize_within_screen, scroll_when_cramped
from ui.tables import read_only_table
from ui.workers import Task, intake_job, template_job, waiting_dialog

_ALL_GROUPS = None
PROMPT_EXTRA_POINTS = 5  # the "no database yet" heading, above the app's text size
LAYOUT_KEYS = ("geometry", "state", "splitter", "results_splitter", "results_lower", "tab", "candidate_header",
               "session_header", "procedure_header")


class OfficeWindow(QMainWindow):
    """The 申报办公室 window on one office database (or none yet)."""

    def __init__(
        self,
        database: Path | None = None,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._office: OfficeDatabase | None = None
        self._task: Task | None = None  # kept after it is done: the pool thread may still be returning
        self._busy = False
        self._progress: QProgressDialog | None = None
        self._restoring: Path | None = None  # the database being restored; reopened when the task is done
        self._retired_task: Task | None = None
        self.last_result_dialog: IntakeResultDialog | None = None
        self.renderer = DossierRenderer(self)

        self.model = CandidateTableModel(self)
        self.proxy = CandidateFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_actions()
        self._build_menus()
        self._build_central()
        self._build_status_bar()
        self._update_title()
        self._update_actions()
        resize_within_screen(self, 1400, 850)
        if settings is not None:
            self._restore_layout(settings)
        if database is not None:
            self.open_database(database)

    # Construction ----------------------------------------------------------------------------

    def _action(self, text: str, shortcut: str, slot: Callable[[], Any], tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(self.tr("打开数据库…"), "Ctrl+O", self.choose_database,
                                        self.tr("打开办公室数据库文件"))
        self.import_action = self._action(self.tr("导入申报表…"), "Ctrl+I", self.import_workbook,
                                          self.tr("读取填好的申报表并进行资格审查"))
        self.template_action = self._action(self.tr("生成申报表模板…"), "Ctrl+T", self.write_template,
                                            self.tr("保存一份空白的申报表（Excel）供各单位填写"))
        self.ingest_action = self._action(self.tr("导入结果包…"), "Ctrl+R", self.import_result,
                                          self.tr("验证评审组长签名的结果包、按原始评分复核后导入"))
        self.export_list_action = self._action(self.tr("导出候选人名单…"), "Ctrl+Shift+L", self.export_candidate_list,
                                               self.tr("报市总审定的候选人名单（PDF 或 Excel）"))
        self.export_notice_action = self._action(self.tr("导出公示名单…"), "Ctrl+Shift+N", self.export_notice,
                                                 self.tr("只含姓名、性别、工作单位、工种、组别（Excel 或 PDF）"))
        self.export_stats_action = self._action(self.tr("导出附件3统计表…"), "Ctrl+Shift+T", self.export_statistics,
                                                self.tr("每个推荐工会/社团一张《工作情况统计表》，已填申报和命名人数"))
        self.export_survey_action = self._action(self.tr("导出调研问卷汇总…"), "Ctrl+Shift+U", self.export_survey,
                                                 self.tr("匿名汇总的收入调研问卷（不足 5 人的分组合并）"))
        self.backup_action = self._action(self.tr("备份数据库…"), "Ctrl+Shift+B", self.backup_database,
                                          self.tr("将办公室数据库完整备份为一个文件"))
        self.restore_action = self._action(self.tr("从备份恢复…"), "Ctrl+Shift+R", self.restore_database,
                                           self.tr("用备份文件替换当前数据库的全部内容"))
        self.quit_action = self._action(self.tr("退出"), "Ctrl+Q", self.close)
        self.find_action = self._action(self.tr("查找候选人"), "Ctrl+F", self._focus_search,
                                        self.tr("转到候选人页的查找框"))
        self.candidates_tab_action = self._action(self.tr("候选人"), "Ctrl+1", lambda: self.tabs.setCurrentIndex(0),
                                                  self.tr("切换到候选人页"))
        self.results_tab_action = self._action(self.tr("评审结果"), "Ctrl+2", self.show_results,
                                               self.tr("切换到评审结果页"))
        for action in (self.find_action, self.candidates_tab_action, self.results_tab_action):
            self.addAction(action)  # the shortcut works wherever the focus is

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.template_action)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        results = self.menuBar().addMenu(self.tr("评审结果(&R)"))
        results.addAction(self.ingest_action)
        results.addSeparator()
        for action in (self.export_list_action, self.export_notice_action, self.export_stats_action,
                       self.export_survey_action):
            results.addAction(action)
        self.view_menu = add_view_menu(self)  # text size and language: the person's own preferences
        first = self.view_menu.actions()[0]
        for action in (self.candidates_tab_action, self.results_tab_action, self.find_action):
            self.view_menu.insertAction(first, action)
        self.view_menu.insertSeparator(first)
        toolbar = QToolBar(self.tr("工具栏"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.template_action)
        toolbar.addSeparator()
        toolbar.addAction(self.ingest_action)
        self.addToolBar(toolbar)

    def _build_left(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("姓名、申报编号或单位"))
        self.search_edit.setAccessibleName(self.tr("查找候选人"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.status_filter = QComboBox()
        choices = ((self.tr("全部"), StatusFilter.ALL), (self.tr("合格"), StatusFilter.ELIGIBLE),
                   (self.tr("不合格"), StatusFilter.INELIGIBLE), (self.tr("待核实"), StatusFilter.PENDING))
        for text, value in choices:
            self.status_filter.addItem(text, value)
        self.status_filter.setToolTip(self.tr("“合格”含待核实；“待核实”为合格但有须办公室核实的提示"))
        self.status_filter.setAccessibleName(self.tr("按资格审查结果筛选"))
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)
        self.group_list = QListWidget()
        self.group_list.setObjectName("group_list")
        self.group_list.setAccessibleName(self.tr("按组别筛选"))
        self.group_list.currentItemChanged.connect(self._group_changed)
        layout.addWidget(self._caption(self.tr("查找"), self.search_edit))
        layout.addWidget(self.search_edit)
        layout.addWidget(self._caption(self.tr("资格审查"), self.status_filter))
        layout.addWidget(self.status_filter)
        layout.addWidget(self._caption(self.tr("组别"), self.group_list))
        layout.addWidget(self.group_list, 1)
        return panel

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setStyleSheet("color: #4b5563; font-weight: bold; margin-top: 4px;")
        return label

    def _build_table(self) -> QTableView:
        # Sample cells in the interface's language: the columns fit English as well as Chinese.
        samples = {
            Column.APPLICATION_NO: "2025-G03-001", Column.NAME: "欧阳建", Column.GROUP: domain_text(Group.G03.label),
            Column.CHANNEL: domain_text(Channel.ASSOCIATION.label), Column.EMPLOYER: "", Column.TRADE: "数控车工",
            Column.STATUS: self.model.status_text(ReviewStatus.PENDING), Column.FINDINGS: "99",
        }
        table = read_only_table(self.proxy, {c.value: text for c, text in samples.items()},
                                stretch=Column.EMPLOYER.value, sort_column=Column.APPLICATION_NO.value,
                                padding=18)
        table.setObjectName("candidate_table")
        table.setAccessibleName(self.tr("候选人列表"))
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def _build_central(self) -> None:
        self.table = self._build_table()
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("申报材料"))
        self.detail.document().setDefaultStyleSheet(STYLE_SHEET)
        self.detail.document().setDocumentMargin(14)
        self.detail.setHtml(self.renderer.placeholder(self.tr("请在表格中选择一位候选人。")))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_left())
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([230, 730, 440])

        prompt = QWidget()
        prompt_layout = QVBoxLayout(prompt)
        prompt_layout.addStretch(2)
        message = QLabel(self.tr("尚未打开办公室数据库"))
        message.setObjectName("prompt_heading")
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setStyleSheet("color: #374151;")  # its size follows the app's text size (_apply_fonts)
        self.prompt_heading = message
        hint = QLabel(self.tr("打开本年度的办公室数据库后，即可导入申报表、查看候选人和资格审查结果。"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color: #6b7280;")
        self.open_button = QPushButton(self.tr("打开办公室数据库…"))
        self.open_button.clicked.connect(self.choose_database)
        prompt_layout.addWidget(message)
        prompt_layout.addWidget(hint)
        prompt_layout.addSpacing(12)
        prompt_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        prompt_layout.addStretch(3)

        self.results = ResultsView([self.ingest_action, self.export_list_action, self.export_notice_action,
                                    self.export_stats_action, self.export_survey_action])
        self.results.record_requested.connect(self.record_decision)

        self.pages = QStackedWidget()
        self.pages.addWidget(prompt)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.results)
        self.tabs = QTabBar()
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.addTab(self.tr("候选人"))
        self.tabs.addTab(self.tr("评审结果"))
        self.tabs.setVisible(False)
        self.tabs.currentChanged.connect(self._tab_changed)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 4, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.tabs)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(scroll_when_cramped(central))  # larger text scrolls, never outgrows the screen
        self._apply_fonts()

    def _build_status_bar(self) -> None:
        self.summary_label = QLabel()
        self.shown_label = QLabel()
        self.statusBar().addWidget(self.summary_label, 1)
        self.statusBar().addPermanentWidget(self.shown_label)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_shown_count)

    def _apply_fonts(self) -> None:
        """Larger type as points above the app's text size: set again whenever that size changes."""
        font = QFont(self.font())
        font.setPointSize(relative_point_size(PROMPT_EXTRA_POINTS))
        self.prompt_heading.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # 视图 › 放大字体: the app's text size changed
            self._apply_fonts()

    def _layout_value(self, settings: QSettings, key: str) -> QByteArray | None:
        value = settings.value(f"office_window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _restore_layout(self, settings: QSettings) -> None:
        """Geometry, splitters, the current tab and the tables' columns as the person left them."""
        if (geometry := self._layout_value(settings, "geometry")) is not None:
            self.restoreGeometry(geometry)
        if (state := self._layout_value(settings, "state")) is not None:
            self.restoreState(state)
        for key, splitter in (("splitter", self.splitter), ("results_splitter", self.results.splitter),
                              ("results_lower", self.results.lower_splitter)):
            if (value := self._layout_value(settings, key)) is not None:
                splitter.restoreState(value)
        for key, table in (("candidate_header", self.table), ("session_header", self.results.session_table),
                           ("procedure_header", self.results.table)):
            if (value := self._layout_value(settings, key)) is not None:
                table.horizontalHeader().restoreState(value)
        try:
            tab = int(str(settings.value("office_window/tab", 0)))
        except ValueError:
            tab = 0
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else 0)

    def save_layout(self, settings: QSettings) -> None:
        """Remember what _restore_layout restores."""
        values: dict[str, object] = {
            "geometry": self.saveGeometry(), "state": self.saveState(), "splitter": self.splitter.saveState(),
            "results_splitter": self.results.splitter.saveState(),
            "results_lower": self.results.lower_splitter.saveState(),
            "candidate_header": self.table.horizontalHeader().saveState(),
            "session_header": self.results.session_table.horizontalHeader().saveState(),
            "procedure_header": self.results.table.horizontalHeader().saveState(),
            "tab": self.tabs.currentIndex(),
        }
        for key in LAYOUT_KEYS:
            settings.setValue(f"office_window/{key}", values[key])
        settings.sync()

    # State -----------------------------------------------------------------------------------

    @property
    def office(self) -> OfficeDatabase | None:
        return self._office

    def is_busy(self) -> bool:
        """True while a background task (intake, template) runs."""
        return self._busy

    def _update_title(self) -> None:
        if self._office is None:
            self.setWindowTitle(self.tr("上海工匠评审 — 申报办公室"))
        else:
            name = self._office.path.name
            self.setWindowTitle(self.tr("上海工匠评审 — 申报办公室 — {name}").format(name=name))

    def _update_actions(self) -> None:
        idle = not self.is_busy()
        self.open_action.setEnabled(idle)
        self.import_action.setEnabled(idle and self._office is not None)
        self.template_action.setEnabled(idle)
        for action in (self.ingest_action, self.export_list_action, self.export_notice_action,
                       self.export_stats_action, self.export_survey_action, self.backup_action,
                       self.restore_action):
            action.setEnabled(idle and self._office is not None)
        for action in (self.find_action, self.candidates_tab_action, self.results_tab_action):
            action.setEnabled(self._office is not None)

    def show_error(self, message: object, title: str | None = None) -> None:
        """The one way errors reach the person: one dialog with the message (a core error, a core message
        or a text of the interface) in the interface's language."""
        QMessageBox.critical(self, title or self.tr("出错了"), message_text(message))

    def _last_directory(self) -> str:
        if self._settings is not None:
            value = self._settings.value("last_directory")
            if isinstance(value, str) and Path(value).is_dir():
                return value
        if self._office is not None:
            return str(self._office.path.parent)
        return str(Path.home())

    def _remember_directory(self, path: Path) -> None:
        if self._settings is not None:
            self._settings.setValue("last_directory", str(path if path.is_dir() else path.parent))

    # Database --------------------------------------------------------------------------------

    @Slot()
    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开办公室数据库"), self._last_directory(),
            self.tr("办公室数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)"))
        if path:
            self._remember_directory(Path(path))
            self.open_database(Path(path))

    def open_database(self, path: Path) -> bool:
        """Open ``path`` (it must exist); on refusal show the message and keep the current one."""
        try:
            office = OfficeDatabase(path, create=False)
        except CraftsmanError as error:
            self.show_error(error, self.tr("无法打开数据库"))
            return False
        if self._office is not None:
            self._office.close()
        self._office = office
        self.tabs.setVisible(True)
        self._update_title()
        self._update_actions()
        self.reload()
        self._tab_changed(self.tabs.currentIndex())  # after reload: a page is sized with its contents
        return True

    def _findings(self, application_no: str | None = None) -> list[dict[str, Any]]:
        """The stored findings (of one candidate, or all), each reason given its template back so that
        the views show it in the interface's language."""
        assert self._office is not None
        return [{**finding, "reason": stored_reason(str(finding["reason"] or ""))}
                for finding in self._office.findings(application_no)]

    def reload(self) -> None:
        """Read every candidate and finding again; keep the filters and the selection."""
        if self._office is None:
            return
        current = self.current_application_no()
        findings: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for finding in self._findings():
            findings[str(finding["application_no"])].append(finding)
        self.model.reload(self._office.candidates(), findings)
        self._rebuild_group_list()
        self._update_summary()
        if current is not None:
            self.select_candidate(current)
        if self.current_application_no() is None:
            self._show_detail(None)
        self.reload_results()

    def reload_results(self) -> None:
        """Read the sessions' results and every candidate's procedure status again."""
        from app.office_overview import overview, unions

        if self._office is None:
            self.results.clear()
            return
        self.results.load(overview(self._office), unions(self._office))

    def show_results(self) -> None:
        """Switch to the 评审结果 tab."""
        self.tabs.setCurrentIndex(1)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self._office is not None:
            self.pages.setCurrentWidget(self.results if index == 1 else self.splitter)

    def _rebuild_group_list(self) -> None:
        selected = self._selected_group()
        counts = self.model.group_counts()
        self.group_list.blockSignals(True)
        self.group_list.clear()
        entries: list[tuple[str, str | None]] = [
            (self.tr("全部 ({count})").format(count=self.model.rowCount()), _ALL_GROUPS)]
        for group in Group:
            entries.append((self.tr("{code} {label} ({count})").format(
                code=group.value, label=domain_text(group.label), count=counts.get(group.value, 0)), group.value))
        if counts.get(UNRECOGNISED_GROUP):
            entries.append((self.tr("组别未识别 ({count})").format(count=counts[UNRECOGNISED_GROUP]),
                            UNRECOGNISED_GROUP))
        restore = 0
        for row, (text, value) in enumerate(entries):
            item = QListWidgetItem(text)
            item.setToolTip(text)  # the whole name when the panel is too narrow for it
            item.setData(Qt.ItemDataRole.UserRole, value)
            if value not in (_ALL_GROUPS, UNRECOGNISED_GROUP) and not counts.get(value or ""):
                item.setForeground(QColor("#9ca3af"))
            self.group_list.addItem(item)
            if value == selected:
                restore = row
        self.group_list.setCurrentRow(restore)
        self.group_list.blockSignals(False)
        self.proxy.set_group(self._selected_group())

    def _selected_group(self) -> str | None:
        item = self.group_list.currentItem()
        value: object = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, str) else None

    def summary_text(self) -> str:
        counts = self.model.status_counts()
        return self.tr("共 {total} 人：合格 {eligible}，不合格 {ineligible}，待核实 {pending}").format(
            total=self.model.rowCount(),
            eligible=counts[ReviewStatus.ELIGIBLE] + counts[ReviewStatus.PENDING],
            ineligible=counts[ReviewStatus.INELIGIBLE],
            pending=counts[ReviewStatus.PENDING],
        )

    def _update_summary(self) -> None:
        self.summary_label.setText(self.summary_text() if self._office is not None else "")
        self._update_shown_count()

    @Slot()
    def _update_shown_count(self) -> None:
        if self._office is None:
            self.shown_label.setText("")
            return
        self.shown_label.setText(self.tr("当前显示 {shown} / {total} 人").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    # Filters and selection -------------------------------------------------------------------

    @Slot()
    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    @Slot(int)
    def _status_filter_changed(self, index: int) -> None:
        value = self.status_filter.itemData(index)
        self.proxy.set_status(value if isinstance(value, StatusFilter) else StatusFilter.ALL)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _group_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.proxy.set_group(None if current is None else current.data(Qt.ItemDataRole.UserRole))

    def current_application_no(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value: object = index.data(ApplicationNoRole)
        return str(value) if value else None

    def select_candidate(self, application_no: str) -> bool:
        """Make ``application_no`` the current row, if it is visible under the current filters."""
        source_row = self.model.row_of(application_no)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(str(current.data(ApplicationNoRole)) if current.isValid() else None)

    def _show_detail(self, application_no: str | None) -> None:
        if self._office is None:
            return
        if application_no is None:
            text = (self.tr("请在表格中选择一位候选人。") if self.model.rowCount()
                    else self.tr("数据库中还没有候选人。请通过“文件 → 导入申报表…”导入填好的申报表。"))
            self.detail.setHtml(self.renderer.placeholder(text))
            return
        candidate = self._office.candidate(application_no)
        if candidate is None:
            self.detail.setHtml(self.renderer.placeholder(self.tr("该候选人已不在数据库中。")))
            return
        self.detail.setHtml(self.renderer.render(
            candidate, self._findings(application_no), self._office.survey(application_no),
            self._office.attachments(application_no)))
        self.detail.verticalScrollBar().setValue(0)

    # Background tasks ------------------------------------------------------------------------

    def _start_task(self, function: Callable[[], Any], label: str, on_success: Callable[[Any], None]) -> None:
        task = Task(function)
        progress = waiting_dialog(self, label, delay_ms=300)
        self._progress = progress
        task.signals.succeeded.connect(on_success)
        task.signals.failed.connect(self._task_failed)
        task.signals.done.connect(self._task_done)
        self._task = task
        self._busy = True
        self._update_actions()
        task.start()

    @Slot(object)
    def _task_failed(self, message: object) -> None:
        self._close_progress()
        self.show_error(message)

    @Slot()
    def _task_done(self) -> None:
        if self.sender() is not None and self._task is not None and self.sender() is not self._task.signals:
            return  # a finished task's late signal after a follow-up task started (ingest → supersede)
        self._close_progress()
        self._busy = False
        self._reopen_after_restore()
        self._update_actions()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    # Intake ----------------------------------------------------------------------------------

    @Slot()
    def import_workbook(self) -> None:
        if self._office is None or self.is_busy():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择填好的申报表"), self._last_directory(),
            self.tr("Excel 工作簿 (*.xlsx);;所有文件 (*)"))
        if not path:
            return
        workbook = Path(path)
        self._remember_directory(workbook)
        attachments: Path | None = None
        answer = QMessageBox.question(
            self, self.tr("导入申报表"),
            self.tr("是否同时导入附件文件夹？\n\n附件文件夹中每位候选人一个子文件夹，以申报编号或身份证号码命名。"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            folder = QFileDialog.getExistingDirectory(self, self.tr("选择附件文件夹"), str(workbook.parent))
            if not folder:
                self.statusBar().showMessage(self.tr("已取消导入"), 5000)
                return
            attachments = Path(folder)
        self.start_intake(workbook, attachments)

    def start_intake(self, workbook: Path, attachments: Path | None = None) -> None:
        """Run intake of ``workbook`` on a pool thread; the window reloads when it is done."""
        if self._office is None or self.is_busy():
            return
        job = functools.partial(intake_job, self._office.path, workbook, attachments)
        self._start_task(job, self.tr("正在导入“{name}”并进行资格审查…").format(name=workbook.name),
                         self._intake_succeeded)

    @Slot(object)
    def _intake_succeeded(self, report: Any) -> None:
        self._close_progress()
        self.reload()
        dialog = IntakeResultDialog(report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_result_dialog)
        self.last_result_dialog = dialog
        dialog.open()

    @Slot()
    def _forget_result_dialog(self) -> None:
        self.last_result_dialog = None

    # Template --------------------------------------------------------------------------------

    @Slot()
    def write_template(self) -> None:
        if self.is_busy():
            return
        start = str(Path(self._last_directory()) / self.tr("申报表模板.xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存申报表模板"), start,
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        self._remember_directory(out)
        self._start_task(functools.partial(template_job, out), self.tr("正在生成申报表模板…"),
                         self._template_written)

    @Slot(object)
    def _template_written(self, out: Any) -> None:
        self.statusBar().showMessage(self.tr("已生成申报表模板：{path}").format(path=out), 10000)

    # Results ---------------------------------------------------------------------------------

    @Slot()
    def import_result(self) -> None:
        if self._office is None or self.is_busy():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择评审结果包"), self._last_directory(),
            self.tr("评审结果包 (*.crresult);;所有文件 (*)"))
        if not path:
            return
        self._remember_directory(Path(path))
        self.start_ingest(Path(path))

    def start_ingest(self, package: Path, *, supersede: bool = False) -> None:
        """Verify, recompute and store ``package`` on a pool thread; one dialog tells the outcome."""
        if self._office is None or self.is_busy():
            return
        job = functools.partial(ingest_job, self._office.path, package, supersede)
        self._start_task(job, self.tr("正在验证并复核“{name}”…").format(name=package.name), self._ingest_finished)

    @Slot(object)
    def _ingest_finished(self, outcome: Any) -> None:
        self._close_progress()
        assert isinstance(outcome, IngestOutcome)
        if outcome.ok:
            self.reload()
            self.show_results()
            recommended = [c for c in outcome.report.candidates if c.get("recommended")]
            lines = "\n".join(self.tr("{rank}. {name}（{id}，{final}）").format(
                rank=c["rank"], name=c["name"], id=c["id"], final=c["final"]) for c in recommended)
            text = message_text(outcome.message) + ("\n\n" + self.tr("推荐：") + "\n" + lines if lines else "")
            if outcome.report.status == "unchanged":
                QMessageBox.information(self, self.tr("结果包已导入过"), text)
            else:
                QMessageBox.information(self, self.tr("结果包已导入"), text)
            return
        if outcome.needs_supersede:
            answer = QMessageBox.question(
                self, self.tr("已有结果包"),
                message_text(outcome.message) + "\n\n" + self.tr("是否以这份新的结果包取代之前的？两份都会留存记录。"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self._retired_task = self._task  # alive until its pool thread has returned
                self._busy = False  # that task's done signal follows and is ignored; the new task starts now
                self.start_ingest(outcome.path, supersede=True)
            return
        QMessageBox.critical(self, self.tr("结果包未导入"), message_text(outcome.message))

    @Slot(str)
    def record_decision(self, application_no: str) -> None:
        """Ask for a decision on the candidate and record it (a quick write, on this thread)."""
        from app.office_overview import candidate_statuses, record_decision

        if self._office is None or self.is_busy():
            return
        found = candidate_statuses(self._office, application_no=application_no)
        if not found:
            return
        dialog = RecordDecisionDialog(found[0], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            report = record_decision(self._office, application_no, dialog.step(), dialog.outcome(), dialog.note())
        except CraftsmanError as error:
            self.show_error(error, self.tr("无法记录"))
            return
        self.reload()
        self.results.select_candidate(application_no)
        self.statusBar().showMessage(message_text(report.message), 10000)

    def _save_path(self, title: str, name: str, filters: str, suffixes: tuple[str, ...]) -> Path | None:
        start = str(Path(self._last_directory()) / name)
        path, chosen = QFileDialog.getSaveFileName(self, title, start, filters)
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() not in suffixes:
            wanted = next((s for s in suffixes if s in chosen), suffixes[0])
            out = out.with_name(out.name + wanted)
        self._remember_directory(out)
        return out

    def _export(self, kind: ExportKind, out: Path, label: str) -> None:
        if self._office is None:
            return
        self._start_task(functools.partial(export_job, kind, self._office.path, out), label, self._export_written)

    @Slot(object)
    def _export_written(self, message: Any) -> None:
        self._close_progress()
        self.statusBar().showMessage(str(message), 15000)
        QMessageBox.information(self, self.tr("已导出"), str(message))

    def _year(self) -> int:
        from app.office_overview import selection_year

        assert self._office is not None
        return selection_year(self._office)

    @Slot()
    def export_candidate_list(self) -> None:
        if self._office is None or self.is_busy():
            return
        out = self._save_path(self.tr("导出候选人名单"), self.tr("{year}年度上海工匠候选人名单.pdf").format(
            year=self._year()), self.tr("PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)"), (".pdf", ".xlsx"))
        if out is not None:
            self._export(ExportKind.CANDIDATE_LIST, out, self.tr("正在导出候选人名单…"))

    @Slot()
    def export_notice(self) -> None:
        from app.office_overview import Outcome, Step, candidate_statuses

        if self._office is None or self.is_busy():
            return
        kind = ExportKind.NOTICE
        approved = [c for c in candidate_statuses(self._office)
                    if not c.closed and c.outcome(Step.APPROVAL) is Outcome.PASSED]
        if not approved:
            answer = QMessageBox.question(
                self, self.tr("导出公示名单"),
                self.tr("还没有通过市总审定的候选人。是否导出公示名单草稿（全部获推荐、尚未被否决的候选人，"
                        "标明“草稿，不得公布”）？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            kind = ExportKind.NOTICE_DRAFT
        out = self._save_path(self.tr("导出公示名单"), self.tr("{year}年度上海工匠公示名单.xlsx").format(
            year=self._year()), self.tr("Excel 工作簿 (*.xlsx);;PDF 文件 (*.pdf)"), (".xlsx", ".pdf"))
        if out is not None:
            self._export(kind, out, self.tr("正在导出公示名单…"))

    @Slot()
    def export_statistics(self) -> None:
        if self._office is None or self.is_busy():
            return
        out = self._save_path(self.tr("导出附件3统计表"), self.tr("附件3 工作情况统计表.xlsx"),
                              self.tr("Excel 工作簿 (*.xlsx)"), (".xlsx",))
        if out is not None:
            self._export(ExportKind.STATISTICS, out, self.tr("正在导出附件3统计表…"))

    @Slot()
    def export_survey(self) -> None:
        if self._office is None or self.is_busy():
            return
        out = self._save_path(self.tr("导出调研问卷汇总"), self.tr("调研问卷汇总（匿名）.xlsx"),
                              self.tr("Excel 工作簿 (*.xlsx)"), (".xlsx",))
        if out is not None:
            self._export(ExportKind.SURVEY, out, self.tr("正在汇总调研问卷…"))

    @Slot()
    def backup_database(self) -> None:
        import datetime as dt

        if self._office is None or self.is_busy():
            return
        name = self.tr("{stem}-备份-{stamp}.db").format(stem=self._office.path.stem,
                                                           stamp=f"{dt.datetime.now():%Y%m%d-%H%M}")
        out = self._save_path(self.tr("备份数据库"), name, self.tr("数据库备份 (*.db)"), (".db",))
        if out is None:
            return
        if out.resolve() == self._office.path.resolve():
            self.show_error(self.tr("备份文件不能是数据库本身"))
            return
        self._start_task(functools.partial(backup_job, self._office.path, out), self.tr("正在备份数据库…"),
                         self._export_written)

    @Slot()
    def restore_database(self) -> None:
        if self._office is None or self.is_busy():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), self._last_directory(),
                                              self.tr("数据库备份 (*.db *.sqlite *.sqlite3);;所有文件 (*)"))
        if not path:
            return
        source = Path(path)
        database = self._office.path
        answer = QMessageBox.warning(
            self, self.tr("从备份恢复"),
            self.tr("将用备份“{name}”替换当前数据库“{db}”的全部内容，此后的导入和记录都会丢失。\n\n确定要恢复吗？").format(
                name=source.name, db=database.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._office.close()  # the restore writes the file: this window's connection must not hold it
        self._office = None
        self._restoring = database
        self._start_task(functools.partial(restore_job, source, database), self.tr("正在从备份恢复…"),
                         self._restored)

    @Slot(object)
    def _restored(self, message: Any) -> None:
        self._close_progress()
        self.statusBar().showMessage(str(message), 15000)
        QMessageBox.information(self, self.tr("已恢复"), str(message))

    def _reopen_after_restore(self) -> None:
        database, self._restoring = self._restoring, None
        if database is not None and self._office is None:
            self.open_database(database)

    # Closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            QMessageBox.information(self, self.tr("请稍候"),
                                    self.tr("后台任务尚未完成，请等待完成后再退出。"))
            event.ignore()
            return
        if self._settings is not None:
            self.save_layout(self._settings)
        if self._office is not None:
            self._office.close()
            self._office = None
        event.accept()
