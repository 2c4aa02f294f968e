"""The chair's first page: take in the reviewers' score files and see who has handed in.

Files come from the file dialog (several at once), from a whole folder (a USB stick's top level) or
by dragging files or folders onto the window. Each is verified by the core (``read_score_file``:
signature, batch, scheme, panel membership, the edit log) on a pool thread, then accepted by the
chair's ``PanelScores`` on the UI thread: a newer re-signed version replaces the older (and says
so), a duplicate or an older version is ignored, anything else is refused with its Chinese reason.

The panel list shows, per member: handed in (✓) or not, the signer's key fingerprint in monospace
(to compare with the fingerprint printed on the reviewer's personal sheet), how many times they
reopened and signed again, and the file taken. Every outcome is kept in the import log. The reasons
for a refusal come from the core, in Chinese (the same words the CLI prints); the log's own words are
the interface's.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.chair import SCORE_SUFFIX, ImportOutcome
from app.errors import CraftsmanError
from ui.chair_model import QT_TRANSLATE_NOOP
from ui.chair_session import ChairSession, expand_paths, verify_files
from ui.i18n import message_text
from ui.preferences import relative_point_size
from ui.reviewer_style import ACCENT, MUTED, OK, monospace_font, sized
from ui.workers import Task

#: How each outcome is marked in the log: (symbol, word, colour).
OUTCOME_STYLE = {
    "imported": ("✓", QT_TRANSLATE_NOOP("ImportPage", "已导入"), "#1e6b35"),
    "replaced": ("↻", QT_TRANSLATE_NOOP("ImportPage", "新版本"), "#1f4e79"),
    "kept": ("＝", QT_TRANSLATE_NOOP("ImportPage", "旧版本，未采用"), "#5f6b7a"),
    "duplicate": ("＝", QT_TRANSLATE_NOOP("ImportPage", "重复"), "#5f6b7a"),
    "refused": ("✗", QT_TRANSLATE_NOOP("ImportPage", "未接受"), "#b42318"),
}


class PanelColumn:
    NUMBER, NAME, ROLE, STATE, FINGERPRINT, REOPENED, FILE = range(7)


def dropped_paths(urls: Sequence[QUrl]) -> list[Path]:
    """Local score files and folders among dropped URLs."""
    paths = []
    for url in urls:
        local = url.toLocalFile()
        if not local:
            continue
        path = Path(local)
        if path.is_dir() or path.suffix.lower() == SCORE_SUFFIX:
            paths.append(path)
    return paths


class ImportPage(QWidget):
    """Import score files; the panel's hand-in state; the import log."""

    continue_requested = Signal()

    def __init__(self, session: ChairSession, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._settings = settings
        self._task: Task | None = None
        self._busy = False
        self.setAcceptDrops(True)
        self._build()
        session.changed.connect(self.refresh)
        self.refresh()

    # -- construction -------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("导入专家评分文件"))
        self.title = title
        title.setStyleSheet(f"color: {ACCENT};")
        intro = QLabel(self.tr(
            "逐份核验：签名、所属场次与评分方案、是否本组专家、评分编辑记录。"
            "专家重新打开评分并再次签名时，新版本取代旧版本；被拒收的文件列出原因，不计入汇总。"))
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {MUTED};")

        self.add_button = QPushButton(self.tr("添加评分文件…"))
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("导入整个文件夹（U 盘）…"))
        self.folder_button.clicked.connect(self.choose_folder)
        drop_hint = QLabel(self.tr("也可以把评分文件（.crscore）或文件夹拖到此窗口"))
        drop_hint.setStyleSheet(f"color: {MUTED};")
        self.busy_label = QLabel()
        self.busy_label.setStyleSheet(f"color: {MUTED};")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.folder_button)
        buttons.addSpacing(12)
        buttons.addWidget(drop_hint)
        buttons.addStretch(1)
        buttons.addWidget(self.busy_label)

        self.summary = QLabel()
        self.summary.setProperty("data_text", True)  # names who has not handed in; its words go through tr
        self.summary.setWordWrap(True)
        self.panel_list = QTreeWidget()
        self.panel_list.setObjectName("panel_list")
        self.panel_list.setAccessibleName(self.tr("评审专家交回评分的情况"))
        self.panel_list.setRootIsDecorated(False)
        self.panel_list.setUniformRowHeights(True)
        self.panel_list.setAlternatingRowColors(True)
        self.panel_list.setHeaderLabels([self.tr("编号"), self.tr("姓名"), self.tr("角色"), self.tr("状态"),
                                         self.tr("签名密钥指纹（与专家打印的评分表核对）"), self.tr("重新打开"),
                                         self.tr("文件")])
        header = self.panel_list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(PanelColumn.FILE, QHeaderView.ResizeMode.Stretch)
        self._mono = monospace_font(relative_point_size(1))

        log_title = QLabel(self.tr("导入记录"))
        self.log_title = log_title
        self.log = QListWidget()
        self.log.setObjectName("import_log")
        self.log.setAccessibleName(self.tr("导入记录"))
        self.log.setWordWrap(True)
        self.log.setAlternatingRowColors(True)
        self.log.setUniformItemSizes(False)
        self.log.setTextElideMode(Qt.TextElideMode.ElideNone)

        self.continue_button = QPushButton(self.tr("查看汇总结果 →"))
        self.continue_button.setProperty("role", "primary")
        self.continue_button.clicked.connect(self.continue_requested)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.summary)
        upper_layout.addWidget(self.panel_list)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(log_title)
        lower_layout.addWidget(self.log)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)  # growing windows give the room to the log
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.apply_text_size()

    def apply_text_size(self) -> None:
        """Type sizes from the app's text size (at start and after 放大/缩小字体); columns to match."""
        self.title.setFont(sized(self.font(), relative_point_size(6), bold=True))
        self.summary.setFont(sized(self.font(), relative_point_size(2), bold=True))
        self.log_title.setFont(sized(self.font(), relative_point_size(0), bold=True))
        self._mono = monospace_font(relative_point_size(1))
        metrics = QFontMetrics(self.font())
        heading = self.panel_list.headerItem()
        for column, sample in ((PanelColumn.NUMBER, "E000"), (PanelColumn.NAME, "欧阳建国"),  # a long name
                               (PanelColumn.ROLE, self.tr("组长")), (PanelColumn.STATE, self.tr("✓ 已交")),
                               (PanelColumn.REOPENED, self.tr("{n} 次").format(n=9))):
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(heading.text(column)))
            self.panel_list.setColumnWidth(column, width + 32)
        mono_width = QFontMetrics(self._mono).horizontalAdvance("XXXX-XXXX-XXXX-XXXX-XXXX")
        heading_width = metrics.horizontalAdvance(heading.text(PanelColumn.FINGERPRINT))
        self.panel_list.setColumnWidth(PanelColumn.FINGERPRINT, max(mono_width, heading_width) + 32)
        for row in range(self.panel_list.topLevelItemCount()):
            item = self.panel_list.topLevelItem(row)
            if item is not None:
                item.setFont(PanelColumn.FINGERPRINT, self._mono)

    def keep_splitter(self) -> None:
        """The splitter was restored from the chair's settings: the first show keeps it."""
        self._sized = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the panel list as tall as the panel (up to 12 rows), the log below
            self._sized = True
            rows = min(max(len(self.session.batch.panel), 3), 12)
            row_height = max(self.panel_list.sizeHintForRow(0), self.fontMetrics().lineSpacing() + 6)
            wanted = (self.summary.sizeHint().height() + self.panel_list.header().sizeHint().height()
                      + rows * row_height + 24)
            total = max(self.splitter.height(), wanted + 160)
            self.splitter.setSizes([wanted, total - wanted])

    # -- state ------------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        scores = self.session.scores
        self.panel_list.clear()
        missing = []
        for member, file in scores.members():
            role = self.tr("组长") if member.is_chair else self.tr("专家")
            if file is None:
                missing.append(f"{member.number} {member.name}")
                values = [member.number, member.name, role, self.tr("未交"), "", "", ""]
            else:
                reopened = self.tr("{n} 次").format(n=file.reopened) if file.reopened else self.tr("无")
                values = [member.number, member.name, role, self.tr("✓ 已交"), file.signer_fingerprint, reopened,
                          file.path.name]
            item = QTreeWidgetItem(values)
            item.setData(0, Qt.ItemDataRole.UserRole, member.number)
            item.setFont(PanelColumn.FINGERPRINT, self._mono)
            state_colour = QColor(OK) if file is not None else QColor("#8a5a00")
            item.setForeground(PanelColumn.STATE, QBrush(state_colour))
            if file is not None:
                item.setToolTip(PanelColumn.FILE, str(file.path))
            self.panel_list.addTopLevelItem(item)
        handed, total = len(scores.files), len(self.session.batch.panel)
        if not missing:
            text = self.tr("全部 {total} 位专家已交评分").format(total=total)
            colour = OK
        else:
            text = self.tr("已交 {handed} / {total} 份。未交：{who}").format(
                handed=handed, total=total, who=self.tr("、").join(missing))
            colour = "#8a5a00" if handed else MUTED
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {colour};")
        self.continue_button.setEnabled(handed > 0 and not self._busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self._busy)
        self.folder_button.setEnabled(not self._busy)
        self.busy_label.setText(self.tr("正在核验…") if self._busy else "")

    def is_busy(self) -> bool:
        return self._busy

    def member_row(self, number: str) -> list[str]:
        """The texts of one panel member's row (for tests and tools)."""
        for row in range(self.panel_list.topLevelItemCount()):
            item = self.panel_list.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == number:
                return [item.text(column) for column in range(self.panel_list.columnCount())]
        return []

    def log_texts(self) -> list[str]:
        return [item.text() for item in (self.log.item(row) for row in range(self.log.count())) if item is not None]

    # -- importing ----------------------------------------------------------------------------------
    def _last_directory(self) -> str:
        if self._settings is not None:
            value = self._settings.value("last_scores_directory")
            if isinstance(value, str) and Path(value).is_dir():
                return value
        return str(self.session.batch.path.parent)

    def _remember(self, folder: Path) -> None:
        if self._settings is not None:
            self._settings.setValue("last_scores_directory", str(folder))

    @Slot()
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择评分文件（可多选）"), self._last_directory(),
                                                self.tr("评分文件 (*.crscore);;所有文件 (*)"))
        if paths:
            self._remember(Path(paths[0]).parent)
            self.import_paths([Path(p) for p in paths])

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择存放评分文件的文件夹（如 U 盘）"),
                                                  self._last_directory())
        if folder:
            self._remember(Path(folder))
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path]) -> bool:
        """Verify ``paths`` (files, or folders of score files) on a pool thread, then take them in."""
        if self._busy:
            return False
        if self.session.working:
            QMessageBox.information(self, self.tr("请稍候"),
                                    self.tr("{what}完成后再导入评分文件。").format(what=self.session.working.rstrip("…")))
            return False
        try:
            files = expand_paths(paths)
        except CraftsmanError as error:
            QMessageBox.critical(self, self.tr("无法导入"), message_text(error))
            return False
        except OSError as error:
            QMessageBox.critical(self, self.tr("无法导入"), self.tr("无法读取文件夹：{reason}").format(
                reason=error.strerror or error))
            return False
        if not files:
            QMessageBox.information(self, self.tr("没有评分文件"),
                                    self.tr("所选文件夹中没有评分文件（.crscore）。评分文件应直接放在该文件夹中。"))
            return False
        task = Task(functools.partial(verify_files, self.session.batch, files))
        task.signals.succeeded.connect(self._verified)
        task.signals.failed.connect(self._failed)
        task.signals.done.connect(self._done)
        self._task = task
        self._busy = True
        self._update_buttons()
        self.continue_button.setEnabled(False)
        task.start()
        return True

    @Slot(object)
    def _verified(self, results: object) -> None:
        if isinstance(results, list):
            self.add_outcomes(self.session.accept(results))

    @Slot(object)
    def _failed(self, message: object) -> None:  # a core message (ui.workers.Task.failed): shown translated
        QMessageBox.critical(self, self.tr("无法导入"), message_text(message))

    @Slot()
    def _done(self) -> None:
        self._busy = False
        self.refresh()

    def add_outcomes(self, outcomes: Sequence[ImportOutcome]) -> None:
        first_refused: QListWidgetItem | None = None
        for outcome in outcomes:
            symbol, word, colour = OUTCOME_STYLE.get(outcome.status, ("·", outcome.status, MUTED))
            word = QCoreApplication.translate("ImportPage", word)
            message = message_text(outcome.message)
            for prefix in (f"{outcome.path.name}：", f"{outcome.path.name}: "):  # the core's wording, either language
                if message.startswith(prefix):  # the core names the file; the log already does
                    message = message[len(prefix):]
                    break
            if outcome.status == "refused":
                text = self.tr("{symbol} {file}　{word}：{message}").format(
                    symbol=symbol, file=outcome.path.name, word=word, message=message)
            else:
                text = f"{symbol} {outcome.path.name}　{message}"
            item = QListWidgetItem(text)
            item.setForeground(QBrush(QColor(colour)))
            item.setData(Qt.ItemDataRole.UserRole, outcome.status)
            item.setToolTip(str(outcome.path))
            self.log.addItem(item)
            if outcome.status == "refused" and first_refused is None:
                first_refused = item
        self.log.scrollToBottom()
        if first_refused is not None:  # a refusal must not scroll out of sight
            self.log.scrollToItem(first_refused, QListWidget.ScrollHint.PositionAtTop)

    # -- drag and drop ------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._busy and dropped_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
