"""The reviewer's window (评审专家): the start screen, then the scoring session.

Left: the session's candidates with their scoring state, a filter and the progress ("3 / 5 已完成").
Centre: the selected candidate's dossier and attachments. Right: the scoring panel. Every edit is
saved by the ReviewStore as it is made; undo and redo go through the session's QUndoStack. Hand-in
shows the self-check, locks the session and exports the signed .crscore.

Keyboard: PgUp/PgDn or Ctrl+Up/Ctrl+Down change candidate, Ctrl+Enter marks complete, Ctrl+Z /
Ctrl+Shift+Z undo and redo, Alt+Left/Right turn attachment pages, Ctrl+= / Ctrl+- zoom the attachment;
the shared 视图 menu makes all text larger or smaller (Ctrl+Shift+= / - / 0) and picks the language
(Ctrl+Alt+1/2). The layout (window, panes, list columns, self-check window) is remembered.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt, QTime, QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.batch import OpenBatch
from app.errors import CraftsmanError
from app.panel import PanelMember
from app.paths import data_dir
from app.review_store import CandidateState, wipe_session
from ui.i18n import domain_text, message_text
from ui.preferences import add_view_menu, follow_font_change
from ui.pyside_compat import guard_none_refcount
from ui.reviewer_attachments import AttachmentViewer
from ui.reviewer_dossier import ATTACHMENT_SCHEME, REVIEWER_STYLE_SHEET, ReviewerDossierRenderer
from ui.reviewer_model import (
    ApplicationNoRole,
    CandidateFilter,
    CandidateListModel,
    Column,
    StateFilter,
    state_label,
)
from ui.reviewer_panel import ScoringPanel, is_window_key
from ui.reviewer_selfcheck import SelfCheckDialog, self_check
from ui.reviewer_session import ReviewSession
from ui.reviewer_start import StartScreen
from ui.reviewer_style import ACCENT, MUTED, PROGRESS_EXTRA, STYLE_SHEET, relative_font
from ui.screen_fit import resize_within_screen, scroll_when_cramped
from ui.tables import read_only_table

log = logging.getLogger(__name__)

SETTINGS_FILE = "reviewer.ini"
LIST_MIN_WIDTH = 250  # the candidate list's narrowest (the window fits 1280 px with the dossier and the scores)


def reviewer_settings() -> QSettings:
    """The reviewer app's own settings file in the app-data folder (CRAFTSMAN_DATA_DIR moves it)."""
    return QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def score_file_name(batch: OpenBatch, member: PanelMember) -> str:
    identity = batch.identity
    return f"{identity.group}-{identity.session}-{member.number}-评分.crscore"


def write_personal_sheet_if_available(session: ReviewSession, fingerprint: str, out_pdf: Path) -> Path | None:
    """HOOK: the printable personal score sheet is made by ``exports.personal_sheet`` (another
    engineer's module). Until that module exists this does nothing and returns None."""
    if importlib.util.find_spec("exports.personal_sheet") is None:
        return None
    module = importlib.import_module("exports.personal_sheet")
    module.write_personal_sheet(session.store, session.batch, fingerprint, out_pdf)
    return out_pdf


class _DossierBrowser(QTextBrowser):
    """The dossier pane; candidate keys (PgUp/PgDn, Ctrl+arrows) stay with the window."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and is_window_key(event):
            event.ignore()
            return True
        return super().event(event)


class SessionView(QWidget):
    """The three panes of one open session."""

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CandidateListModel(session.batch.candidates, session.store, self)
        self.proxy = CandidateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.renderer = ReviewerDossierRenderer(self)
        self._sized = False
        self._build()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # proportions once the window's width is known (unless restored)
            self._sized = True
            if not self.restored_layout:
                width = max(self.splitter.width(), 1200)
                left, right = round(width * 0.29), round(width * 0.28)
                self.splitter.setSizes([left, width - left - right, right])

    def _build(self) -> None:
        # Left: progress, filter, list.
        self.progress_label = QLabel()
        self.progress_label.setStyleSheet(f"color: {ACCENT};")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(8)
        self.progress_detail = QLabel()
        self.progress_detail.setStyleSheet(f"color: {MUTED};")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("查找：姓名、编号、单位、工种"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("查找候选人"))
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("按评分状态筛选"))
        for value in StateFilter:
            self.state_filter.addItem(value.label(), value)
        self.state_filter.currentIndexChanged.connect(self._state_filter_changed)
        self.table = self._build_table()
        self.table.setObjectName("candidate_table")
        self.table.setAccessibleName(self.tr("候选人列表"))
        left = QWidget()
        # Narrow enough for a 1280-px laptop: the list keeps its number and name in view and scrolls sideways.
        left.setMinimumWidth(LIST_MIN_WIDTH)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 4, 10)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.progress_label)
        left_layout.addWidget(self.progress_bar)
        left_layout.addWidget(self.progress_detail)
        left_layout.addSpacing(4)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.state_filter)
        left_layout.addWidget(self.table, 1)

        # Centre: dossier and attachments.
        self.dossier = _DossierBrowser()
        self.dossier.setAccessibleName(self.tr("申报材料"))
        self.dossier.setOpenLinks(False)
        self.dossier.document().setDefaultStyleSheet(REVIEWER_STYLE_SHEET)
        self.dossier.document().setDocumentMargin(16)
        self.dossier.anchorClicked.connect(self._link_clicked)
        self.viewer = AttachmentViewer()
        self.viewer.set_loader(self.session.batch.attachment)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dossier, self.tr("申报材料"))
        self.tabs.addTab(self.viewer, self.tr("附件"))

        # Right: scoring.
        self.panel = ScoringPanel(self.session)  # no fixed minimum: as narrow as its labels allow (they wrap)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reviewer_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.restored_layout = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        self.progress_label.setFont(relative_font(self.font(), PROGRESS_EXTRA, bold=True))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # 视图 › 放大字体: the app's text size changed
            self._apply_fonts()

    def _build_table(self) -> QTableView:
        samples = {Column.APPLICATION_NO: "2024-G01-000", Column.NAME: "欧阳建", Column.EMPLOYER: "",
                   Column.TRADE: "数控车工", Column.STATE: state_label(CandidateState.COMPLETE)}
        return read_only_table(self.proxy, {c.value: samples[c] for c in Column}, stretch=Column.EMPLOYER.value,
                               sort_column=Column.APPLICATION_NO.value, row_padding=12)

    @Slot(int)
    def _state_filter_changed(self, index: int) -> None:
        value = self.state_filter.itemData(index)
        self.proxy.set_state_filter(value if isinstance(value, StateFilter) else StateFilter.ALL)

    @Slot(QUrl)
    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == ATTACHMENT_SCHEME:
            try:
                position = int(url.path())
            except ValueError:
                return
            self.tabs.setCurrentWidget(self.viewer)
            self.viewer.show_attachment(position)

    # -- showing a candidate ------------------------------------------------------------------
    def show_candidate(self, application_no: str | None) -> None:
        """Dossier, attachments (first page of the first one rendered) and the scoring panel."""
        self.panel.set_candidate(application_no)
        entry = self.session.batch.candidate(application_no) if application_no else None
        if entry is None:
            self.dossier.setHtml(self.renderer.placeholder(self.tr("请在左侧选择一位候选人。")))
            self.viewer.set_attachments([])
            self.tabs.setTabText(1, self.tr("附件"))
            return
        self.dossier.setHtml(self.renderer.render_candidate(entry))
        self.dossier.verticalScrollBar().setValue(0)
        attachments = entry.get("attachments") or []
        self.tabs.setTabText(1, self.tr("附件（{n}）").format(n=len(attachments)))
        self.viewer.set_attachments(attachments)

    def update_progress(self) -> None:
        complete, todo = self.session.store.progress()
        self.progress_label.setText(self.tr("{done} / {todo} 已完成").format(done=complete, todo=todo))
        self.progress_bar.setMaximum(max(todo, 1))
        self.progress_bar.setValue(complete)
        states = [self.model.state(row) for row in range(self.model.rowCount())]
        order = (CandidateState.COMPLETE, CandidateState.DRAFT, CandidateState.UNSCORED, CandidateState.RECUSED)
        parts = [f"{state_label(state)} {states.count(state)}" for state in order if state in states]
        self.progress_detail.setText("　·　".join(parts))


class ReviewerWindow(QMainWindow):
    """The 评审专家 window: the start screen, then one session at a time."""

    def __init__(self, *, settings: QSettings | None = None, batch: Path | None = None,
                 sessions_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guard_none_refcount()  # PySide6 6.12.0 on Python 3.11: see ui/pyside_compat.py
        # No font of its own: the window follows the app's text size (ui.app.run_reviewer sets the
        # reviewer's larger default; 视图 › 放大字体 changes it).
        self.setStyleSheet(STYLE_SHEET)
        self._settings = settings
        self._sessions_folder = sessions_folder
        self.session: ReviewSession | None = None
        self.view: SessionView | None = None
        self.last_score_file: Path | None = None
        self.last_fingerprint: str | None = None
        self.last_self_check: SelfCheckDialog | None = None
        self._exports_head: str | None = None  # the log head the files in _exports were exported from
        self._exports: list[Path] = []
        self.start_screen = StartScreen(settings)
        self.start_screen.start_requested.connect(self.begin_session)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_screen)
        self.setCentralWidget(scroll_when_cramped(self.pages))
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._update_title()
        self._update_actions()
        resize_within_screen(self, 1500, 940)
        if settings is not None:
            geometry = settings.value("window/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)
        if batch is not None:
            self.start_screen.load_batch(batch)

    # -- construction -----------------------------------------------------------------------
    def _action(self, text: str, shortcuts: str | list[str], slot: Callable[[], Any], tip: str = "") -> QAction:
        action = QAction(text, self)
        keys = [shortcuts] if isinstance(shortcuts, str) else shortcuts
        action.setShortcuts([QKeySequence(k) for k in keys if k])
        action.setStatusTip(tip)
        action.setToolTip(self.tr("{action}（{key}）").format(action=text.replace("&", ""), key=keys[0])
                          if keys and keys[0] else text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(self.tr("打开其他批次…"), "Ctrl+O", self.close_session)
        self.previous_action = self._action(self.tr("上一位"), ["PgUp", "Ctrl+Up"], lambda: self.step_candidate(-1),
                                            self.tr("上一位候选人（PgUp 或 Ctrl+↑）"))
        self.next_action = self._action(self.tr("下一位"), ["PgDown", "Ctrl+Down"], lambda: self.step_candidate(1),
                                        self.tr("下一位候选人（PgDn 或 Ctrl+↓）"))
        self.undo_action = self._action(self.tr("撤销"), "Ctrl+Z", self.undo)
        self.redo_action = self._action(self.tr("重做"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo)
        self.complete_action = self._action(self.tr("标为已完成"), ["Ctrl+Return", "Ctrl+Enter"],
                                            self.mark_complete)
        self.check_action = self._action(self.tr("自查"), "F9", self.show_self_check,
                                         self.tr("看看自己的平均分、分布和尚未完成的候选人"))
        self.hand_in_action = self._action(self.tr("提交评分…"), "Ctrl+Shift+S", self.hand_in,
                                           self.tr("自查、锁定并导出签名的评分文件"))
        self.export_action = self._action(self.tr("导出评分文件…"), "Ctrl+E", self.export_score_file)
        self.reopen_action = self._action(self.tr("重新打开…"), "Ctrl+Shift+R", self.reopen)
        self.wipe_action = self._action(self.tr("清除本机评审数据…"), "Ctrl+Shift+Del", self.wipe_local_data,
                                        self.tr("提交并导出评分文件后，从本机删除这份评分记录"))
        self.quit_action = self._action(self.tr("退出"), "Ctrl+Q", self.close)

    def _build_menus(self) -> None:
        files = self.menuBar().addMenu(self.tr("文件(&F)"))
        files.addAction(self.open_action)
        files.addAction(self.export_action)
        files.addSeparator()
        files.addAction(self.quit_action)
        edit = self.menuBar().addMenu(self.tr("编辑(&E)"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self.complete_action)
        go = self.menuBar().addMenu(self.tr("候选人(&C)"))
        go.addAction(self.previous_action)
        go.addAction(self.next_action)
        self.attachment_menu = self.menuBar().addMenu(self.tr("附件(&A)"))
        review = self.menuBar().addMenu(self.tr("评审(&R)"))
        review.addAction(self.check_action)
        review.addAction(self.hand_in_action)
        review.addAction(self.reopen_action)
        review.addSeparator()
        review.addAction(self.wipe_action)
        self.view_menu = add_view_menu(self)
        self.toolbar = QToolBar(self.tr("工具栏"), self)
        self.toolbar.setObjectName("reviewer_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.previous_action, self.next_action, None, self.undo_action, self.redo_action, None,
                       self.check_action, self.hand_in_action, self.export_action, self.reopen_action):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        follow_font_change(self, event)  # each pane re-sizes its larger type on its own FontChange

    def _build_status_bar(self) -> None:
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #1e6b35;")
        self.who_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.who_label)

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(self.tr("上海工匠评审 — 评审专家"))
            self.who_label.setText("")
            return
        identity, member = self.session.batch.identity, self.session.member
        self.setWindowTitle(self.tr("上海工匠评审 — 评审专家 — {group} {label} 第 {session} 场 — {name}（{number}）")
                            .format(group=identity.group, label=domain_text(identity.group_label),
                                    session=identity.session,
                                    name=member.name, number=member.number))
        self.who_label.setText(self.tr("评审专家 {number} {name}").format(number=member.number, name=member.name))

    def _update_actions(self) -> None:
        active = self.session is not None
        locked = active and self.session is not None and self.session.locked
        stack = self.session.undo_stack if self.session is not None else None
        for action in (self.previous_action, self.next_action, self.check_action, self.open_action):
            action.setEnabled(active)
        self.complete_action.setEnabled(active and not locked)
        self.hand_in_action.setEnabled(active and not locked)
        self.export_action.setEnabled(bool(locked))
        # A read-only second window may export what was handed in, never reopen it.
        self.reopen_action.setEnabled(bool(locked) and self.session is not None and not self.session.read_only)
        # Only a handed-in session this window may change: a read-only second window never wipes.
        self.wipe_action.setEnabled(self.session is not None and self.session.store.locked
                                    and not self.session.read_only)
        self.undo_action.setEnabled(stack is not None and stack.canUndo() and not locked)
        self.redo_action.setEnabled(stack is not None and stack.canRedo() and not locked)
        self.toolbar.setVisible(active)
        self.attachment_menu.setEnabled(active)

    def show_error(self, message: str, title: str | None = None) -> None:
        QMessageBox.critical(self, title or self.tr("出错了"), message)

    # -- session ------------------------------------------------------------------------------
    @Slot(object, object)
    def begin_session(self, batch: OpenBatch, member: PanelMember) -> bool:
        """Open (or resume) ``member``'s session on ``batch`` and show it."""
        try:
            session = ReviewSession.open(batch, member, self._sessions_folder, parent=self)
        except CraftsmanError as error:
            self.show_error(message_text(error), self.tr("无法打开评分记录"))
            return False
        self.close_session(show_start=False)
        self.session = session
        view = SessionView(session)
        self.view = view
        if self._settings is not None:
            splitter = self._settings.value("window/splitter")
            if splitter is not None:
                view.restored_layout = view.splitter.restoreState(splitter)
            header = self._settings.value("window/candidate_header")
            if header is not None:
                view.table.horizontalHeader().restoreState(header)
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        self.attachment_menu.clear()
        for action in view.viewer.actions_for_menu():
            self.attachment_menu.addAction(action)
            self.addAction(action)
        session.changed.connect(self._changed)
        session.locked_changed.connect(lambda _locked: self._update_actions())
        session.failed.connect(self._undo_failed)
        session.undone.connect(self._reveal)
        session.undo_stack.canUndoChanged.connect(lambda _can: self._update_actions())
        session.undo_stack.canRedoChanged.connect(lambda _can: self._update_actions())
        view.panel.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        view.table.selectionModel().currentRowChanged.connect(self._current_changed)
        view.update_progress()
        self._update_title()
        self._update_actions()
        if session.created and any(session.candidate(c["application_no"]).recused for c in batch.candidates):
            self.statusBar().showMessage(self.tr("已按办公室预置的回避关系为您标记回避的候选人。"), 10000)
        resumed = self._remembered_candidate()
        if not (resumed and self.select_candidate(resumed)):
            self._select_row(0)
        view.panel.focus_first()
        if session.read_only:
            QMessageBox.warning(self, self.tr("评分记录已在别处打开"), self.tr(
                "您的这份评分记录已在另一个窗口中打开。为免互相覆盖，本窗口只读：只能查看、不能修改；"
                "请回到原窗口继续评分，或关闭原窗口后重新打开。"))
        return True

    def _settings_key(self) -> str | None:
        if self.session is None:
            return None
        return f"sessions/{self.session.batch.identity.batch_id}-{self.session.member.number}/current"

    def _remembered_candidate(self) -> str | None:
        key = self._settings_key()
        if self._settings is None or key is None:
            return None
        value = self._settings.value(key)
        return value if isinstance(value, str) else None

    def _remember_candidate(self, application_no: str) -> None:
        key = self._settings_key()
        if self._settings is not None and key is not None:
            self._settings.setValue(key, application_no)
            self._settings.sync()

    @Slot()
    def close_session(self, show_start: bool = True) -> None:
        """Save what was typed and close the session (back to the start screen)."""
        if self.session is None:
            return
        if self.view is not None:
            self.view.panel.flush()
            if self._settings is not None:
                self._settings.setValue("window/splitter", self.view.splitter.saveState())
                self._settings.setValue("window/candidate_header", self.view.table.horizontalHeader().saveState())
            self.pages.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        self.session.close()
        self.session.deleteLater()
        self.session = None
        if show_start:
            self.start_screen.reset()
            self.pages.setCurrentWidget(self.start_screen)
        self._update_title()
        self._update_actions()

    # -- candidates ---------------------------------------------------------------------------
    def current_application_no(self) -> str | None:
        if self.view is None:
            return None
        index = self.view.table.currentIndex()
        value: object = index.data(ApplicationNoRole) if index.isValid() else None
        return str(value) if value else None

    def select_candidate(self, application_no: str) -> bool:
        """Make ``application_no`` current (clearing the filter if it hides it)."""
        if self.view is None:
            return False
        row = self.view.model.row_of(application_no)
        if row < 0:
            return False
        index = self.view.proxy.mapFromSource(self.view.model.index(row, 0))
        if not index.isValid():
            self.view.search_edit.clear()
            self.view.state_filter.setCurrentIndex(0)
            index = self.view.proxy.mapFromSource(self.view.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.table.setCurrentIndex(index)
        self.view.table.scrollTo(index)
        return True

    def _select_row(self, row: int) -> bool:
        if self.view is None or not 0 <= row < self.view.proxy.rowCount():
            if self.view is not None and self.view.proxy.rowCount() == 0:
                self.view.show_candidate(None)
            return False
        index = self.view.proxy.index(row, 0)
        self.view.table.setCurrentIndex(index)
        self.view.table.scrollTo(index)
        return True

    def step_candidate(self, step: int) -> None:
        """The previous (-1) or next (+1) candidate in the list as shown."""
        if self.view is None:
            return
        in_panel = self.view.panel.owns_focus()
        row = self.view.table.currentIndex().row()
        target = row + step if row >= 0 else 0
        if not self._select_row(target):
            self.statusBar().showMessage(self.tr("已是最后一位") if step > 0 else self.tr("已是第一位"), 3000)
            return
        if in_panel:
            self.view.panel.focus_first()

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.view is None:
            return
        application_no = str(current.data(ApplicationNoRole)) if current.isValid() else None
        self.view.show_candidate(application_no)
        if application_no:
            self._remember_candidate(application_no)

    @Slot(str)
    def _changed(self, application_no: str) -> None:
        if self.view is None:
            return
        self.view.model.refresh(application_no)
        self.view.update_progress()
        self.saved_label.setText(self.tr("✓ 已自动保存 {time}").format(time=QTime.currentTime().toString("HH:mm:ss")))

    @Slot(str)
    def _reveal(self, application_no: str) -> None:
        if application_no != self.current_application_no():
            self.select_candidate(application_no)

    @Slot(object)
    def _undo_failed(self, message: object) -> None:
        self.statusBar().showMessage(self.tr("无法撤销：{reason}").format(reason=message_text(message)), 8000)

    # -- editing ------------------------------------------------------------------------------
    @Slot()
    def undo(self) -> None:
        if self.session is None or self.view is None or self.session.locked:
            return
        self.view.panel.flush()
        stack = self.session.undo_stack
        if stack.canUndo():
            text = stack.undoText()
            stack.undo()
            self.statusBar().showMessage(self.tr("已撤销：{what}").format(what=text), 5000)

    @Slot()
    def redo(self) -> None:
        if self.session is None or self.view is None or self.session.locked:
            return
        self.view.panel.flush()
        stack = self.session.undo_stack
        if stack.canRedo():
            text = stack.redoText()
            stack.redo()
            self.statusBar().showMessage(self.tr("已重做：{what}").format(what=text), 5000)

    @Slot()
    def mark_complete(self) -> None:
        if self.view is not None:
            self.view.panel.mark_complete()

    # -- self-check, hand-in, export, reopen ----------------------------------------------------
    def _self_check_dialog(self, *, hand_in: bool) -> SelfCheckDialog:
        assert self.session is not None
        dialog = SelfCheckDialog(self_check(self.session.store, self.session.batch), hand_in=hand_in, parent=self)
        settings = self._settings
        if settings is not None:
            geometry = settings.value("self_check/geometry")
            if geometry is not None:
                dialog.restoreGeometry(geometry)
            dialog.finished.connect(lambda _result: settings.setValue("self_check/geometry", dialog.saveGeometry()))
        return dialog

    @Slot()
    def show_self_check(self) -> SelfCheckDialog | None:
        """The self-check, as a window the reviewer can keep open while scoring."""
        if self.session is None or self.view is None:
            return None
        self.view.panel.flush()
        dialog = self._self_check_dialog(hand_in=False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_self_check = dialog
        return dialog

    @Slot()
    def hand_in(self) -> bool:
        """Self-check and confirm, lock, then export the signed score file."""
        if self.session is None or self.view is None:
            return False
        if self.session.locked:
            return self.export_score_file()
        if self.view.panel.flush():
            self.show_error(self.tr("有分数不符合评分方案（红色显示），尚未保存。请先改正。"), self.tr("无法提交"))
            return False
        dialog = self._self_check_dialog(hand_in=True)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        ready = dialog.check.ready
        dialog.deleteLater()
        if not (accepted and ready):
            return False
        try:
            self.session.lock()
        except CraftsmanError as error:
            self.show_error(message_text(error), self.tr("无法提交"))
            return False
        self.view.panel.set_candidate(self.current_application_no())
        self.statusBar().showMessage(self.tr("评分已锁定。请保存评分文件。"), 10000)
        return self.export_score_file()

    def _export_directory(self) -> Path:
        if self._settings is not None:
            value = self._settings.value("export_directory")
            if isinstance(value, str) and Path(value).is_dir():
                return Path(value)
        return Path.home()

    @Slot()
    def export_score_file(self) -> bool:
        """Write the signed .crscore (and the personal score sheet when available) where chosen."""
        from app.identity import personal_key
        from app.score_file import write_score_file

        if self.session is None or not self.session.locked:
            return False
        suggested = self._export_directory() / score_file_name(self.session.batch, self.session.member)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("保存评分文件（例如保存到 U 盘）"), str(suggested),
                                                self.tr("评分文件 (*.crscore)"))
        if not chosen:
            self.statusBar().showMessage(self.tr("评分已锁定，尚未导出评分文件：可随时用“导出评分文件…”导出。"), 10000)
            return False
        out = Path(chosen)
        if out.suffix.lower() != ".crscore":
            out = out.with_name(out.name + ".crscore")
        try:
            fingerprint = write_score_file(self.session.store, self.session.batch, personal_key(), out)
        except CraftsmanError as error:
            self.show_error(message_text(error), self.tr("无法导出评分文件"))
            return False
        except OSError as error:
            self.show_error(self.tr("无法写入 {path}：{reason}").format(path=out, reason=error.strerror),
                            self.tr("无法导出评分文件"))
            return False
        if self._settings is not None:
            self._settings.setValue("export_directory", str(out.parent))
        self.last_score_file, self.last_fingerprint = out, fingerprint
        self._record_export(out)
        sheet_note = ""
        try:
            sheet = write_personal_sheet_if_available(self.session, fingerprint, out.with_suffix(".pdf"))
        except (CraftsmanError, OSError) as error:
            log.warning("personal score sheet not written: %s", error)
            reason = message_text(error) if isinstance(error, CraftsmanError) else str(error)
            sheet_note = self.tr("\n\n个人评分表（PDF）未能生成：{reason}").format(reason=reason)
        else:
            if sheet is not None:
                sheet_note = self.tr("\n\n个人评分表（请打印并签名）：{path}").format(path=sheet)
                self._record_export(sheet)
        QMessageBox.information(self, self.tr("评分文件已保存"), self.tr(
            "评分文件已保存到：\n{path}\n\n您的签名指纹：{fp}\n\n请将文件交给评审组长，并核对指纹。{sheet}").format(
                path=out, fp=fingerprint, sheet=sheet_note))
        self.statusBar().showMessage(
            self.tr("已导出评分文件 {name}，签名指纹 {fp}").format(name=out.name, fp=fingerprint))
        return True

    @Slot()
    def reopen(self) -> bool:
        """Reopen a handed-in session for changes, with a reason (logged; shows in the score file)."""
        if self.session is None or not self.session.locked:
            return False
        reason, ok = QInputDialog.getText(self, self.tr("重新打开评分"),
                                          self.tr("请写明重新打开的理由（会记入日志并体现在评分文件中）："))
        if not ok:
            return False
        try:
            self.session.reopen(reason)
        except CraftsmanError as error:
            self.show_error(message_text(error), self.tr("无法重新打开"))
            return False
        self.statusBar().showMessage(self.tr("已重新打开。修改后请重新提交并导出评分文件。"), 10000)
        return True

    # -- after hand-in: wipe this laptop's copy ----------------------------------------------------
    def _export_key(self) -> str | None:
        key = self._settings_key()
        return None if key is None else key.removesuffix("/current") + "/exported"

    def _record_export(self, path: Path) -> None:
        """Remember a file exported for the current hand-in (the log head it was made from)."""
        if self.session is None:
            return
        head = self.session.store.head()[1]
        if self._exports_head != head:
            self._exports_head, self._exports = head, []
        if path not in self._exports:
            self._exports.append(path)
        key = self._export_key()
        if self._settings is not None and key is not None:
            self._settings.setValue(key, {"head": head, "files": [str(p) for p in self._exports]})
            self._settings.sync()

    def exported_files(self) -> list[Path]:
        """The files exported since the session was last locked (this run or an earlier one)."""
        if self.session is None:
            return []
        head = self.session.store.head()[1]
        if self._exports_head == head:
            return list(self._exports)
        key = self._export_key()
        value = self._settings.value(key) if self._settings is not None and key is not None else None
        if isinstance(value, dict) and value.get("head") == head:
            files = value.get("files") or []
            return [Path(str(name)) for name in ([files] if isinstance(files, str) else files)]
        return []

    @Slot()
    def wipe_local_data(self) -> bool:
        """After hand-in: delete this session's local score record, once the reviewer confirms what stays."""
        session = self.session
        if session is None or not session.store.locked or session.read_only:
            return False
        if self.view is not None:
            self.view.panel.flush()
        exported = self.exported_files()
        if not exported:
            QMessageBox.warning(self, self.tr("请先导出评分文件"), self.tr(
                "本次提交的评分文件还没有导出。清除后本机不再有您的分数和评语，"
                "请先用“导出评分文件…”把评分文件保存到 U 盘，再清除本机评审数据。"))
            return False
        path = Path(session.store.path)
        lines = []
        for file in exported:
            if file.exists():
                lines.append(f"  {file}")
            else:
                lines.append(self.tr("  {path}（现在找不到：U 盘可能已拔出）").format(path=file))
        text = self.tr(
            "将从本机删除：\n  评分记录文件夹 {folder}\n  （其中的评分数据库、日志与锁文件），"
            "以及本机记住的本场评审位置。\n\n保留的只有您导出的文件：\n{files}\n\n"
            "评审批次文件和您的签名密钥不受影响。清除后本机不再有您本场的分数和评语；"
            "如组长要求修改，需要重新录入。确定清除吗？").format(folder=path.parent, files="\n".join(lines))
        answer = QMessageBox.warning(self, self.tr("清除本机评审数据"), text,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        batch_id, group = session.batch.identity.batch_id, self._settings_key()
        self.close_session()  # closes the store and releases its lock: the files can go
        try:
            wipe_session(path)
        except CraftsmanError as error:
            self.show_error(message_text(error), self.tr("未能清除本机评审数据"))
            return False
        if self._settings is not None and group is not None:
            self._settings.remove(group.removesuffix("/current"))
            self._settings.remove(f"batches/{batch_id}")
            self._settings.sync()
        self._exports_head, self._exports = None, []
        QMessageBox.information(self, self.tr("已清除本机评审数据"), self.tr(
            "本机的评分记录已删除。保留的文件：\n{files}").format(files="\n".join(str(f) for f in exported)))
        return True

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.start_screen.is_busy():
            QMessageBox.information(self, self.tr("请稍候"), self.tr("正在解锁评审批次，请稍候再退出。"))
            event.ignore()
            return
        if self._settings is not None:
            self._settings.setValue("window/geometry", self.saveGeometry())
        self.close_session(show_start=False)
        if self._settings is not None:
            self._settings.sync()
        event.accept()
