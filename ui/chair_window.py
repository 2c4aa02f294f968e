"""The chair's window (评审组长): open the batch, import the panel's files, tally, decide, sign.

The start screen is the reviewer's (``ChairStartScreen``); once the batch is unlocked the window
shows three pages in tabs: ① 导入评分 (``ImportPage``), ② 汇总与讨论 (``TallyPage``), ③ 裁定与签名
(``FinalisePage``), all on one ``ChairSession``. Score files dropped anywhere on the window are
imported. Projection mode hides the tabs, menus and status bar as well as the side panels.

The window has the shared 视图 menu (text size, language): it uses the app's text size rather than a
font of its own, and tells the pages to resize their larger type when that size changes. The layout
(window geometry, splitters, table headers, the page and side tab last shown) is kept in the chair's
settings file and restored when the next batch is opened.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QTabWidget, QWidget

from app.batch import OpenBatch
from app.panel import PanelMember
from app.paths import data_dir
from ui.chair_finalise import FinalisePage
from ui.chair_import import ImportPage, dropped_paths
from ui.chair_session import ChairSession
from ui.chair_start import ChairStartScreen
from ui.chair_tally import TallyPage
from ui.i18n import domain_text
from ui.preferences import add_view_menu, follow_font_change
from ui.pyside_compat import guard_none_refcount
from ui.reviewer_style import STYLE_SHEET

SETTINGS_FILE = "chair.ini"
LAYOUT_GROUP = "layout"


def chair_settings() -> QSettings:
    """The chair's own settings file in the app-data folder (CRAFTSMAN_DATA_DIR moves it)."""
    return QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


class ChairView(QTabWidget):
    """The three pages of one open batch."""

    IMPORT, TALLY, FINALISE = range(3)

    def __init__(self, session: ChairSession, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.import_page = ImportPage(session, settings)
        self.tally_page = TallyPage(session)
        self.finalise_page = FinalisePage(session, settings)
        self.addTab(self.import_page, self.tr("① 导入评分"))
        self.addTab(self.tally_page, self.tr("② 汇总与讨论"))
        self.addTab(self.finalise_page, self.tr("③ 裁定与签名"))
        self.setDocumentMode(True)
        self.import_page.continue_requested.connect(lambda: self.setCurrentIndex(self.TALLY))

    def apply_text_size(self) -> None:
        """The app's text size changed (视图 › 放大字体…): resize the pages' larger type."""
        self.import_page.apply_text_size()
        self.tally_page.apply_text_size()
        self.finalise_page.apply_text_size()

    # -- the layout, remembered ----------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.beginGroup(LAYOUT_GROUP)
        settings.setValue("page", self.currentIndex())
        settings.setValue("import_splitter", self.import_page.splitter.saveState())
        settings.setValue("import_header", self.import_page.panel_list.header().saveState())
        tally = self.tally_page
        settings.setValue("tally_splitter", tally.splitter.saveState())
        settings.setValue("tally_detail", tally.detail.saveState())
        if not tally.projecting:  # the projected widths and hidden columns are for the projector only
            settings.setValue("tally_header", tally.table.horizontalHeader().saveState())
        settings.setValue("reviewer_header", tally.reviewer_table.horizontalHeader().saveState())
        settings.setValue("side_tab", tally.side.currentIndex())
        settings.endGroup()

    def restore_layout(self, settings: QSettings) -> None:
        """Put back what ``save_layout`` kept; anything missing or unreadable keeps its default."""
        settings.beginGroup(LAYOUT_GROUP)
        try:
            def state(key: str) -> QByteArray | None:
                value = settings.value(key)
                return value if isinstance(value, QByteArray) and not value.isEmpty() else None

            tally = self.tally_page
            if (value := state("import_splitter")) is not None and self.import_page.splitter.restoreState(value):
                self.import_page.keep_splitter()
            if (value := state("import_header")) is not None:
                self.import_page.panel_list.header().restoreState(value)
            restored = False
            for key, splitter in (("tally_splitter", tally.splitter), ("tally_detail", tally.detail)):
                if (value := state(key)) is not None:
                    restored = splitter.restoreState(value) or restored
            if restored:
                tally.keep_splitters()
            if (value := state("tally_header")) is not None:
                tally.restore_header(value)
            if (value := state("reviewer_header")) is not None:
                tally.reviewer_table.horizontalHeader().restoreState(value)
            tally.side.setCurrentIndex(_index(settings.value("side_tab"), tally.side.count()))
            self.setCurrentIndex(_index(settings.value("page"), self.count()))
        finally:
            settings.endGroup()


def _index(value: object, count: int) -> int:
    """A remembered tab index, or 0 if it is missing or out of range."""
    try:
        index = int(str(value))
    except (TypeError, ValueError):
        return 0
    return index if 0 <= index < count else 0


class ChairWindow(QMainWindow):
    """The 评审组长 window."""

    def __init__(self, *, settings: QSettings | None = None, batch: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guard_none_refcount()  # PySide6 6.12.0 on Python 3.11: see ui/pyside_compat.py
        # No font of its own: the app's (apply_text_size in run_chair) is the person's text size.
        self.setStyleSheet(STYLE_SHEET)
        self._settings = settings
        self.session: ChairSession | None = None
        self.view: ChairView | None = None
        self._pending_files: list[Path] = []
        self.start_screen = ChairStartScreen(settings)
        self.start_screen.start_requested.connect(self.begin)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_screen)
        self.setCentralWidget(self.pages)
        self.setAcceptDrops(True)
        self._build_menus()
        self.status = QLabel()
        self.status.setProperty("data_text", True)  # names the chair (data); its words go through tr
        self.statusBar().addPermanentWidget(self.status)
        self._update_title()
        self.resize(1500, 940)
        if settings is not None:
            geometry = settings.value("window/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)
        if batch is not None:
            self.start_screen.load_batch(batch)

    def _build_menus(self) -> None:
        files = self.menuBar().addMenu(self.tr("文件(&F)"))
        files.setObjectName("file_menu")
        self.add_action = QAction(self.tr("添加评分文件(&A)…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+O"))
        self.add_action.triggered.connect(lambda: self.view.import_page.choose_files() if self.view else None)
        self.folder_action = QAction(self.tr("导入整个文件夹(&D)…"), self)
        self.folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.folder_action.triggered.connect(lambda: self.view.import_page.choose_folder() if self.view else None)
        self.quit_action = QAction(self.tr("退出(&X)"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for action in (self.add_action, self.folder_action):
            action.setEnabled(False)
            files.addAction(action)
        files.addSeparator()
        files.addAction(self.quit_action)
        for action in (self.add_action, self.folder_action, self.quit_action):
            self.addAction(action)  # the shortcuts keep working in projection mode, menus hidden
        self.view_menu = add_view_menu(self)

    # -- the session ------------------------------------------------------------------------------
    @Slot(object, object)
    def begin(self, batch: OpenBatch, _member: PanelMember) -> None:
        """The batch is unlocked: open the chair's pages on it."""
        if self.view is not None:
            return
        self.session = ChairSession(batch, self)
        self.view = ChairView(self.session, self._settings)
        self.view.tally_page.projection_changed.connect(self._projection)
        if self._settings is not None:
            self.view.restore_layout(self._settings)
        self.session.changed.connect(self._update_status)
        self.pages.addWidget(self.view)
        self.pages.setCurrentWidget(self.view)
        for action in (self.add_action, self.folder_action):
            action.setEnabled(True)
        self._update_title()
        self._update_status()
        if self._pending_files:
            files, self._pending_files = self._pending_files, []
            self.view.import_page.import_paths(files)

    def import_when_open(self, paths: Sequence[Path]) -> None:
        """Import ``paths`` (files or folders) once the batch is open (now, if it already is)."""
        if self.view is not None:
            self.view.import_page.import_paths(list(paths))
        else:
            self._pending_files.extend(paths)

    @Slot(bool)
    def _projection(self, on: bool) -> None:
        if self.view is not None:
            self.view.tabBar().setVisible(not on)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)

    def _update_title(self) -> None:
        title = self.tr("上海工匠评审 · 评审组长")
        if self.session is not None:
            identity = self.session.batch.identity
            title += " · " + self.tr("{year}年 {group} {label} 第 {session} 场").format(
                year=identity.year, group=identity.group, label=domain_text(identity.group_label),
                session=identity.session)
        self.setWindowTitle(title)

    @Slot()
    def _update_status(self) -> None:
        if self.session is None:
            return
        chair = self.session.batch.chair
        self.status.setText(self.tr("评审组长 {number} {name}　已交评分 {handed} / {total}").format(
            number=chair.number, name=chair.name, handed=self.session.handed_in(),
            total=len(self.session.batch.panel)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # After 视图 › 放大字体 the pages resize their larger type (titles, ranking, projection) too.
        follow_font_change(self, event, lambda: self.view.apply_text_size() if self.view is not None else None)

    # -- drag and drop anywhere -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.view is not None and dropped_paths(event.mimeData().urls()) and not self.view.import_page.is_busy():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData().urls())
        if self.view is not None and paths:
            event.acceptProposedAction()
            self.view.setCurrentIndex(ChairView.IMPORT)
            self.view.import_page.import_paths(paths)
        else:
            super().dropEvent(event)

    # -- closing ----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        session = self.session
        if session is not None and session.tally is not None and session.signed is None:
            answer = QMessageBox.question(
                self, self.tr("尚未签名"),
                self.tr("汇总结果还没有签名保存。关闭后需要重新导入评分文件。确定要关闭吗？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if self._settings is not None:
            self._settings.setValue("window/geometry", self.saveGeometry())
            if self.view is not None:
                self.view.save_layout(self._settings)
            self._settings.sync()
        super().closeEvent(event)
