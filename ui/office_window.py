"""The office's main window (申报办公室): candidates by group, their dossiers, and intake.

Left: search, review-status filter and the 11 groups with counts. Centre: the candidate table
(CandidateTableModel behind a filter proxy). Right: the selected candidate's dossier. Intake and
template writing run on a pool thread behind a progress dialog; errors from the core arrive as one
message box with the core's own Chinese message.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
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
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.enums import Group
from app.errors import CraftsmanError
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
from ui.intake_result import IntakeResultDialog
from ui.workers import Task, intake_job, template_job

WINDOW_TITLE = "上海工匠评审 — 申报办公室"
_ALL_GROUPS = None


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
        self.resize(1400, 850)
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
        self.quit_action = self._action(self.tr("退出"), "Ctrl+Q", self.close)
        self.find_action = self._action(self.tr("查找"), "Ctrl+F", self._focus_search)
        self.addAction(self.find_action)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.template_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        toolbar = QToolBar(self.tr("工具栏"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.template_action)
        self.addToolBar(toolbar)

    def _build_left(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("姓名、申报编号或单位"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.status_filter = QComboBox()
        choices = ((self.tr("全部"), StatusFilter.ALL), (self.tr("合格"), StatusFilter.ELIGIBLE),
                   (self.tr("不合格"), StatusFilter.INELIGIBLE), (self.tr("待核实"), StatusFilter.PENDING))
        for text, value in choices:
            self.status_filter.addItem(text, value)
        self.status_filter.setToolTip(self.tr("“合格”含待核实；“待核实”为合格但有须办公室核实的提示"))
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)
        self.group_list = QListWidget()
        self.group_list.currentItemChanged.connect(self._group_changed)
        layout.addWidget(self._caption(self.tr("查找")))
        layout.addWidget(self.search_edit)
        layout.addWidget(self._caption(self.tr("资格审查")))
        layout.addWidget(self.status_filter)
        layout.addWidget(self._caption(self.tr("组别")))
        layout.addWidget(self.group_list, 1)
        return panel

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("color: #4b5563; font-weight: bold; margin-top: 4px;")
        return label

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.APPLICATION_NO.value, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setVisible(False)
        metrics = table.fontMetrics()
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        # Fixed widths from sample texts: never measure every row (resizeColumnsToContents).
        samples = {
            Column.APPLICATION_NO: "2025-G03-001", Column.NAME: "欧阳建", Column.GROUP: "计算机通信",
            Column.CHANNEL: "单位推荐", Column.EMPLOYER: "", Column.TRADE: "数控车工",
            Column.STATUS: "合格·待核实", Column.FINDINGS: "问题",
        }
        for column, sample in samples.items():
            if column is Column.EMPLOYER:
                header.setSectionResizeMode(column.value, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column.value, QHeaderView.ResizeMode.Interactive)
                table.setColumnWidth(column.value, metrics.horizontalAdvance(sample) + 18)
        header.setMinimumSectionSize(40)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def _build_central(self) -> None:
        self.table = self._build_table()
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
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
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setStyleSheet("font-size: 16pt; color: #374151;")
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

        self.pages = QStackedWidget()
        self.pages.addWidget(prompt)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)

    def _build_status_bar(self) -> None:
        self.summary_label = QLabel()
        self.shown_label = QLabel()
        self.statusBar().addWidget(self.summary_label, 1)
        self.statusBar().addPermanentWidget(self.shown_label)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_shown_count)

    def _restore_layout(self, settings: QSettings) -> None:
        geometry = settings.value("office_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("office_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

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

    def show_error(self, message: str, title: str | None = None) -> None:
        """The one way errors reach the person: one dialog with the core's (Chinese) message."""
        QMessageBox.critical(self, title or self.tr("出错了"), message)

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
            self.show_error(error.message, self.tr("无法打开数据库"))
            return False
        if self._office is not None:
            self._office.close()
        self._office = office
        self.pages.setCurrentWidget(self.splitter)
        self._update_title()
        self._update_actions()
        self.reload()
        return True

    def reload(self) -> None:
        """Read every candidate and finding again; keep the filters and the selection."""
        if self._office is None:
            return
        current = self.current_application_no()
        findings: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for finding in self._office.findings():
            findings[str(finding["application_no"])].append(finding)
        self.model.reload(self._office.candidates(), findings)
        self._rebuild_group_list()
        self._update_summary()
        if current is not None:
            self.select_candidate(current)
        if self.current_application_no() is None:
            self._show_detail(None)

    def _rebuild_group_list(self) -> None:
        selected = self._selected_group()
        counts = self.model.group_counts()
        self.group_list.blockSignals(True)
        self.group_list.clear()
        entries: list[tuple[str, str | None]] = [
            (self.tr("全部 ({count})").format(count=self.model.rowCount()), _ALL_GROUPS)]
        for group in Group:
            entries.append((f"{group.value} {group.label} ({counts.get(group.value, 0)})", group.value))
        if counts.get(UNRECOGNISED_GROUP):
            entries.append((self.tr("组别未识别 ({count})").format(count=counts[UNRECOGNISED_GROUP]),
                            UNRECOGNISED_GROUP))
        restore = 0
        for row, (text, value) in enumerate(entries):
            item = QListWidgetItem(text)
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
            candidate, self._office.findings(application_no), self._office.survey(application_no),
            self._office.attachments(application_no)))
        self.detail.verticalScrollBar().setValue(0)

    # Background tasks ------------------------------------------------------------------------

    def _start_task(self, function: Callable[[], Any], label: str, on_success: Callable[[Any], None]) -> None:
        task = Task(function)
        progress = QProgressDialog(label, "", 0, 0, self)
        progress.setWindowTitle(self.tr("请稍候"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._progress = progress
        task.signals.succeeded.connect(on_success)
        task.signals.failed.connect(self._task_failed)
        task.signals.done.connect(self._task_done)
        self._task = task
        self._busy = True
        self._update_actions()
        task.start()

    @Slot(str)
    def _task_failed(self, message: str) -> None:
        self._close_progress()
        self.show_error(message)

    @Slot()
    def _task_done(self) -> None:
        self._close_progress()
        self._busy = False
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

    # Closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            QMessageBox.information(self, self.tr("请稍候"),
                                    self.tr("后台任务尚未完成，请等待完成后再退出。"))
            event.ignore()
            return
        if self._settings is not None:
            self._settings.setValue("office_window/geometry", self.saveGeometry())
            self._settings.setValue("office_window/splitter", self.splitter.saveState())
        if self._office is not None:
            self._office.close()
            self._office = None
        event.accept()
