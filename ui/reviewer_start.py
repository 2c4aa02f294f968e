"""The reviewer's start screen: open a batch, check whose it is, type the passphrase, say who you are.

1. Choose the .crbatch (button or drag and drop). Its signed header is read without the passphrase
   and shown: group, session, candidates, scheme, and the office's fingerprint in large type, to
   compare with the one announced in the room.
2. Type the announced passphrase. Unlocking (a deliberately slow key derivation) runs on a pool
   thread behind a progress dialog; a wrong passphrase or a damaged file is one Chinese dialog.
3. Pick yourself from the panel list and start. The personal key's fingerprint (what signs the
   score file) is shown at the bottom.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.batch import BatchHeader, OpenBatch, open_batch, read_batch_header
from app.errors import CraftsmanError
from app.panel import PanelMember
from ui.i18n import domain_text, message_text, translate_by_class
from ui.preferences import relative_point_size
from ui.reviewer_style import ACCENT, LINE, MUTED, monospace_font, relative_font
from ui.workers import Task, waiting_dialog

BATCH_SUFFIX = ".crbatch"


def unlock_job(path: Path, passphrase: bytes) -> OpenBatch:
    """Open the batch into memory (runs on a pool thread: the key derivation takes about a second)."""
    return open_batch(path, passphrase)


def personal_fingerprint() -> str:
    """The fingerprint of this laptop user's signing key (made on first use)."""
    from app.identity import personal_key
    from app.keys import fingerprint

    return fingerprint(personal_key().public_key())


class StartScreen(QWidget):
    """Batch, passphrase, reviewer; emits ``start_requested(batch, member)``."""

    unlocked = Signal(object)  # OpenBatch
    start_requested = Signal(object, object)  # OpenBatch, PanelMember

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.path: Path | None = None
        self.header: BatchHeader | None = None
        self.batch: OpenBatch | None = None
        self._task: Task | None = None  # kept after it is done: the pool thread may still be returning
        self._busy = False
        self._progress: QProgressDialog | None = None
        self._auto_member: str | None = None
        self._fingerprint_shown = False
        self.key_fingerprint: str | None = None
        self._larger: list[tuple[QLabel, int]] = []  # (label, points above the app's text size), bold
        self.setAcceptDrops(True)
        self._build()
        self._update()

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # The chair's start screen is a subclass: this screen's texts must still be found.
        return translate_by_class(self, source, disambiguation, n)

    # -- construction -----------------------------------------------------------------------
    def _step(self, number: str, text: str) -> QLabel:
        label = QLabel(f"{number}　{text}")
        self._larger.append((label, 2))
        label.setStyleSheet(f"color: {ACCENT}; margin-top: 6px;")
        return label

    def _build(self) -> None:
        title = QLabel(self.tr("上海工匠评审 · 评审专家"))
        self._larger.append((title, 10))
        subtitle = QLabel(self.tr("打开本场次的评审批次，核对办公室指纹，输入现场宣布的口令，选择您的身份。"))
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet(f"color: {MUTED};")

        self.drop_hint = QLabel(self.tr("将评审批次文件（.crbatch）拖到此窗口，或"))
        self.drop_hint.setStyleSheet(f"color: {MUTED};")
        self.choose_button = QPushButton(self.tr("选择批次文件…"))
        self.choose_button.clicked.connect(self.choose_batch)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.drop_hint)
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        self.file_label = QLabel()
        self.file_label.setStyleSheet(f"color: {MUTED};")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identity_frame = QFrame()
        self.identity_frame.setStyleSheet(
            f"QFrame#identity {{ background: #ffffff; border: 1px solid {LINE}; border-radius: 8px; }}")
        self.identity_frame.setObjectName("identity")
        grid = QGridLayout(self.identity_frame)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.identity_values: dict[str, QLabel] = {}
        for row, (key, text) in enumerate((("group", self.tr("组别")), ("session", self.tr("场次")),
                                           ("candidates", self.tr("候选人")), ("scheme", self.tr("评分方案")))):
            label = QLabel(text)
            label.setStyleSheet(f"color: {MUTED};")
            value = QLabel()
            value.setWordWrap(True)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.identity_values[key] = value
        self.identity_values["scheme"].setProperty("data_text", True)  # the scheme's name, as the office wrote it
        caption = QLabel(self.tr("办公室签名指纹"))
        caption.setStyleSheet(f"color: {MUTED};")
        self.office_fingerprint = QLabel()
        self.office_fingerprint.setStyleSheet(f"color: {ACCENT}; font-weight: bold;")
        self.office_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint_hint = QLabel(self.tr("请与评审现场宣布的指纹逐字核对；不一致时请勿使用此文件，并告知工作人员。"))
        fingerprint_hint.setWordWrap(True)
        fingerprint_hint.setStyleSheet(f"color: {MUTED};")
        grid.addWidget(caption, 4, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.office_fingerprint, 4, 1)
        grid.addWidget(fingerprint_hint, 5, 1)
        grid.setColumnStretch(1, 1)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("现场宣布的口令"))
        self.passphrase_edit.setAccessibleName(self.tr("口令"))
        self.passphrase_edit.setMinimumWidth(320)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.passphrase_edit.textChanged.connect(self._update)
        self.show_passphrase = QCheckBox(self.tr("显示口令"))
        self.show_passphrase.toggled.connect(self._toggle_echo)
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.clicked.connect(lambda: self.unlock())
        self.unlock_status = QLabel()
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase_edit, 1)
        passphrase_row.addWidget(self.show_passphrase)
        passphrase_row.addWidget(self.unlock_button)
        passphrase_row.addWidget(self.unlock_status)

        self.member_list = QTreeWidget()
        self.member_list.setAccessibleName(self.tr("评审专家名单"))
        self.member_list.setRootIsDecorated(False)
        self.member_list.setUniformRowHeights(True)
        self.member_list.setHeaderLabels([self.tr("编号"), self.tr("姓名"), self.tr("工作单位"), self.tr("角色")])
        self.member_list.header().setStretchLastSection(False)
        self.member_list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        roles = (self.tr("组长"), self.tr("专家"), self.tr("角色"))  # as long as the language makes them
        for position, samples in ((0, ("E000",)), (1, ("欧阳建国",)), (3, roles)):
            width = max(metrics.horizontalAdvance(sample) for sample in samples)
            self.member_list.setColumnWidth(position, width + 36)
        self.member_list.setFixedHeight(metrics.lineSpacing() * 5)
        self.member_list.itemActivated.connect(lambda _item, _column: self.start())
        self.member_list.currentItemChanged.connect(lambda *_: self._update())
        self.start_button = QPushButton(self.tr("开始评审"))
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self.start)
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)

        self.personal_label = QLabel()
        self.personal_label.setWordWrap(True)
        self.personal_label.setStyleSheet(f"color: {MUTED}; border-top: 1px solid {LINE}; padding-top: 8px;")
        self.personal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        card = QWidget()
        card.setMaximumWidth(820)
        column = QVBoxLayout(card)
        column.setSpacing(6)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addWidget(self._step("①", self.tr("选择评审批次")))
        column.addLayout(choose_row)
        column.addWidget(self.file_label)
        column.addWidget(self.identity_frame)
        column.addWidget(self._step("②", self.tr("输入口令")))
        column.addLayout(passphrase_row)
        column.addWidget(self._step("③", self.tr("选择您的身份")))
        column.addWidget(self.member_list)
        column.addLayout(start_row)
        column.addSpacing(6)
        column.addWidget(self.personal_label)

        page = QWidget()
        centred = QHBoxLayout(page)
        centred.setContentsMargins(24, 6, 24, 6)
        centred.addStretch(1)
        centred.addWidget(card, 8)
        centred.addStretch(1)
        scroll = QScrollArea()  # a small laptop screen scrolls instead of clipping
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        """The larger type, relative to the app's text size: at start and whenever that changes."""
        for label, extra in self._larger:
            label.setFont(relative_font(self.font(), extra, bold=True))
        self.office_fingerprint.setFont(monospace_font(relative_point_size(10)))
        if self.key_fingerprint is not None:
            self._show_fingerprint_text(self.key_fingerprint)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._larger:
            self._apply_fonts()

    # -- state ------------------------------------------------------------------------------
    def _update(self) -> None:
        has_header = self.header is not None
        unlocked = self.batch is not None
        busy = self._busy
        self.identity_frame.setVisible(has_header)
        self.passphrase_edit.setEnabled(has_header and not unlocked and not busy)
        self.show_passphrase.setEnabled(has_header and not unlocked)
        self.unlock_button.setEnabled(has_header and not unlocked and not busy
                                      and bool(self.passphrase_edit.text()))
        self.member_list.setEnabled(unlocked)
        self.start_button.setEnabled(unlocked and self.member_list.currentItem() is not None)
        self.choose_button.setEnabled(not busy)

    @Slot(bool)
    def _toggle_echo(self, shown: bool) -> None:
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def show_error(self, message: str, title: str | None = None) -> None:
        QMessageBox.critical(self, title or self.tr("无法打开评审批次"), message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fingerprint_shown:
            self._fingerprint_shown = True
            self._show_personal_fingerprint()

    def _show_personal_fingerprint(self) -> None:
        try:
            value = personal_fingerprint()
        except CraftsmanError as error:
            self.personal_label.setText(self.tr("本机签名密钥无法读取：{reason}").format(reason=message_text(error)))
            return
        except OSError as error:
            self.personal_label.setText(self.tr("本机签名密钥无法读取：{reason}").format(reason=error.strerror))
            return
        self.key_fingerprint = value
        self._show_fingerprint_text(value)

    def _show_fingerprint_text(self, value: str) -> None:
        self.personal_label.setText(self.tr(
            "本机签名密钥指纹：<span style='font-family: monospace; font-size: {size}pt; color: #1f2933;'>{fp}</span>"
            "<br/>提交的评分文件用此密钥签名；请在打印的评分表签名处核对。").format(
                fp=value, size=relative_point_size(2)))

    # -- step 1: the batch ------------------------------------------------------------------
    def _last_directory(self) -> str:
        if self._settings is not None:
            value = self._settings.value("last_batch_directory")
            if isinstance(value, str) and Path(value).is_dir():
                return value
        return str(Path.home())

    @Slot()
    def choose_batch(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择评审批次"), self._last_directory(),
                                              self.tr("评审批次 (*.crbatch);;所有文件 (*)"))
        if path:
            self.load_batch(Path(path))

    def load_batch(self, path: Path) -> bool:
        """Read and show the batch's signed header (no passphrase yet); one dialog when refused."""
        if self._busy:
            return False
        try:
            header = read_batch_header(path)
        except CraftsmanError as error:
            self.show_error(message_text(error))
            return False
        except OSError as error:
            self.show_error(self.tr("无法读取 {path}：{reason}").format(path=path, reason=error.strerror))
            return False
        self.path, self.header, self.batch = path, header, None
        if self._settings is not None:
            self._settings.setValue("last_batch_directory", str(path.parent))
        identity = header.identity
        self.file_label.setText(str(path))
        self.identity_values["group"].setText(self.tr("{group} {label}（{year} 年）").format(
            group=identity.group, label=domain_text(identity.group_label), year=identity.year))
        self.identity_values["session"].setText(self.tr("第 {n} 场").format(n=identity.session))
        self.identity_values["candidates"].setText(self.tr("{n} 名（评审专家 {panel} 名）").format(
            n=identity.candidate_count, panel=identity.panel_size))
        self.identity_values["scheme"].setText(identity.scheme_name)
        self.office_fingerprint.setText(identity.office_fingerprint)
        self.passphrase_edit.clear()
        self.unlock_status.clear()
        self.member_list.clear()
        self._update()
        self.passphrase_edit.setFocus()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_batch(event.mimeData().urls()) is not None and not self._busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_batch(event.mimeData().urls())
        if path is not None:
            event.acceptProposedAction()
            self.load_batch(path)

    @staticmethod
    def _dropped_batch(urls: list[QUrl]) -> Path | None:
        for url in urls:
            local = url.toLocalFile()
            if local and Path(local).suffix.lower() == BATCH_SUFFIX:
                return Path(local)
        return None

    # -- step 2: the passphrase ---------------------------------------------------------------
    def set_passphrase(self, text: str) -> None:
        self.passphrase_edit.setText(text)

    @Slot()
    def unlock(self, *, choose: str | None = None) -> None:
        """Open the batch with the typed passphrase on a pool thread; ``choose`` picks a member
        afterwards ("first" for the first reviewer who is not the chair) and starts."""
        if self.path is None or self.header is None or self.batch is not None or self._busy:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.show_error(self.tr("请输入评审现场宣布的口令。"))
            return
        self._auto_member = choose
        task = Task(functools.partial(unlock_job, self.path, passphrase.encode("utf-8")))
        progress = waiting_dialog(self, self.tr("正在核对口令并解锁评审批次…"), delay_ms=200)
        self._progress = progress
        task.signals.succeeded.connect(self._unlocked)
        task.signals.failed.connect(self._unlock_failed)
        task.signals.done.connect(self._unlock_done)
        self._task = task
        self._busy = True
        self._update()
        task.start()

    def is_busy(self) -> bool:
        return self._busy

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    @Slot(object)
    def _unlocked(self, batch: object) -> None:
        self._close_progress()
        if not isinstance(batch, OpenBatch):
            return
        self.batch = batch
        self.passphrase_edit.clear()  # not kept in memory longer than needed
        self.unlock_status.setText(self.tr("✓ 已解锁"))
        self.unlock_status.setStyleSheet("color: #1e6b35; font-weight: bold;")
        self._fill_members(batch)
        self.unlocked.emit(batch)

    @Slot(object)
    def _unlock_failed(self, message: object) -> None:  # a core message (ui.workers.Task.failed)
        self._close_progress()
        self._busy = False
        self._update()
        self.show_error(message_text(message))
        self.passphrase_edit.setFocus()
        self.passphrase_edit.selectAll()

    @Slot()
    def _unlock_done(self) -> None:
        self._close_progress()
        self._busy = False
        self._update()
        if self.batch is not None:
            choose, self._auto_member = self._auto_member, None
            if choose is not None and self.choose_member(choose):
                self.start()
            else:
                self.member_list.setFocus()

    # -- step 3: who you are ------------------------------------------------------------------
    def _fill_members(self, batch: OpenBatch) -> None:
        self.member_list.clear()
        remembered = self._remembered_member(batch)
        for member in batch.panel:
            role = self.tr("组长") if member.is_chair else self.tr("专家")
            item = QTreeWidgetItem([member.number, member.name, member.employer, role])
            item.setData(0, Qt.ItemDataRole.UserRole, member.number)
            self.member_list.addTopLevelItem(item)
            if member.number == remembered:
                self.member_list.setCurrentItem(item)
        rows = min(self.member_list.topLevelItemCount(), 12)
        row_height = max(self.member_list.sizeHintForRow(0), self.fontMetrics().lineSpacing())
        self.member_list.setFixedHeight(self.member_list.header().sizeHint().height() + rows * row_height
                                        + 2 * self.member_list.frameWidth() + 4)
        self._update()

    def _remembered_member(self, batch: OpenBatch) -> str | None:
        if self._settings is None:
            return None
        value = self._settings.value(f"batches/{batch.identity.batch_id}/reviewer")
        return value if isinstance(value, str) else None

    def choose_member(self, number: str) -> bool:
        """Select a panel member by number ("first": the first who is not the chair)."""
        if self.batch is None:
            return False
        if number == "first":
            member = next((m for m in self.batch.panel if not m.is_chair), None)
            if member is None:
                return False
            number = member.number
        for row in range(self.member_list.topLevelItemCount()):
            item = self.member_list.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == number:
                self.member_list.setCurrentItem(item)
                return True
        return False

    def selected_member(self) -> PanelMember | None:
        item = self.member_list.currentItem()
        if self.batch is None or item is None:
            return None
        return self.batch.member(str(item.data(0, Qt.ItemDataRole.UserRole)))

    @Slot()
    def start(self) -> None:
        member = self.selected_member()
        if self.batch is None or member is None:
            return
        if self._settings is not None:
            self._settings.setValue(f"batches/{self.batch.identity.batch_id}/reviewer", member.number)
        self.start_requested.emit(self.batch, member)

    def reset(self) -> None:
        """Back to an empty screen (after a session is closed)."""
        self.path = self.header = self.batch = None
        self.file_label.clear()
        self.passphrase_edit.clear()
        self.unlock_status.clear()
        self.member_list.clear()
        self._update()
