"""The chair's third page: decide the ties, write the notes, preview, sign, save and print.

1. Ties still open are listed; "裁定先后…" opens ``TieOrderDialog`` and the order is recorded
   (``scoring.resolve_ties``). A tie across the quota line must be decided before signing.
2. The chair's notes, the place and the date of the session (printed on the sheet).
3. "预览结果表" lays out the result sheet on a pool thread and shows it in-app (QPdfView from
   memory) before anything is signed; the package's digest in its footer is filled in at signing.
4. "签名并保存…" signs with this laptop's personal key (``app.identity.personal_key``), checked
   first against the chair's own score file (``check_chair_key``: a mismatch is one plain dialog),
   asks where to save the ``.crresult`` and writes the signed result sheet PDF and the workbook
   beside it. The signed PDF can then be viewed and printed (Qt's print dialog).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import CraftsmanError
from app.keys import fingerprint
from app.result import check_chair_key
from exports.result_sheet import fmt
from ui.chair_pdf import PdfPreviewDialog
from ui.chair_session import RESULT_SUFFIX, ChairSession, SignedResult, SignRequest, preview_pdf_job, sign_job
from ui.chair_ties import TieOrderDialog
from ui.i18n import message_text
from ui.preferences import relative_point_size
from ui.reviewer_style import ACCENT, ERROR, MUTED, OK, monospace_font, sized
from ui.workers import Task, waiting_dialog


def sheets_available() -> tuple[bool, bool]:
    """Whether the result sheet PDF and the workbook can be made (HOOK: other engineers' modules)."""
    pdf = importlib.util.find_spec("exports.result_sheet") is not None
    xlsx = importlib.util.find_spec("exports.result_workbook") is not None
    return pdf, xlsx


def default_result_name(session: ChairSession) -> str:
    identity = session.batch.identity
    return f"{identity.year}-{identity.group}-第{identity.session}场-评审结果{RESULT_SUFFIX}"


class FinalisePage(QWidget):
    """Ties, notes, preview, signature; ``signed`` is emitted with the ``SignedResult``."""

    signed = Signal(object)

    def __init__(self, session: ChairSession, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._settings = settings
        self._task: Task | None = None
        self._busy = False
        self._progress: QProgressDialog | None = None
        self.last_preview: PdfPreviewDialog | None = None
        self.last_tie_dialog: TieOrderDialog | None = None
        self._notes_at_signing: str | None = None
        self._build()
        session.changed.connect(self.refresh)
        self.refresh()

    # -- construction ---------------------------------------------------------------------------
    def _section(self, title: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 14, 12, 10)
        return box, layout

    def _build(self) -> None:
        title = QLabel(self.tr("裁定与签名"))
        self.title = title
        title.setStyleSheet(f"color: {ACCENT};")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setProperty("data_text", True)  # names who has not handed in; its words go through tr

        ties_box, ties_layout = self._section(self.tr("并列的裁定"))
        self.ties_area = QVBoxLayout()
        ties_layout.addLayout(self.ties_area)
        self.clear_button = QPushButton(self.tr("清除全部裁定"))
        self.clear_button.clicked.connect(self.clear_decisions)
        clear_row = QHBoxLayout()
        clear_row.addStretch(1)
        clear_row.addWidget(self.clear_button)
        ties_layout.addLayout(clear_row)

        notes_box, notes_layout = self._section(self.tr("组长意见"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setAccessibleName(self.tr("组长意见"))
        self.notes_edit.setPlaceholderText(self.tr("评审组的意见、讨论中需要记录的事项；记入签名的结果包，并印在结果表上。"))
        self.notes_edit.textChanged.connect(self._notes_changed)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("例如：上海市总工会 3 楼会议室"))
        # Printed on the result sheet as written: the sheet is Chinese, so is its date.
        self.date_edit = QLineEdit(dt.date.today().strftime("%Y年%m月%d日"))
        self.date_edit.setToolTip(self.tr("按所填原样印在结果表上"))
        self.place_edit.setToolTip(self.tr("按所填原样印在结果表上"))
        form = QFormLayout()
        form.addRow(self.tr("评审地点"), self.place_edit)
        form.addRow(self.tr("评审日期"), self.date_edit)
        notes_layout.addWidget(self.notes_edit)
        notes_layout.addLayout(form)

        sign_box, sign_layout = self._section(self.tr("预览、签名与保存"))
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        self.key_label.setTextFormat(Qt.TextFormat.RichText)
        pdf_ok, xlsx_ok = sheets_available()
        self.pdf_check = QCheckBox(self.tr("同时生成结果表 PDF（组长数字签名），与结果包同名、放在同一文件夹"))
        self.pdf_check.setChecked(pdf_ok)
        self.pdf_check.setEnabled(pdf_ok)
        self.xlsx_check = QCheckBox(self.tr("同时生成结果工作簿 XLSX（供办公室排序筛选，不带签名）"))
        self.xlsx_check.setChecked(xlsx_ok)
        self.xlsx_check.setEnabled(xlsx_ok)
        self.preview_button = QPushButton(self.tr("预览结果表"))
        self.preview_button.clicked.connect(self.preview)
        self.preview_button.setEnabled(pdf_ok)
        if not pdf_ok:
            self.preview_button.setToolTip(self.tr("结果表模块尚未安装"))
        self.sign_button = QPushButton(self.tr("签名并保存…"))
        self.sign_button.setProperty("role", "primary")
        self.sign_button.clicked.connect(self.sign)
        self.sign_hint = QLabel()
        self.sign_hint.setWordWrap(True)
        self.sign_hint.setStyleSheet(f"color: {ERROR};")
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.sign_hint, 1)
        sign_layout.addWidget(self.key_label)
        sign_layout.addWidget(self.pdf_check)
        sign_layout.addWidget(self.xlsx_check)
        sign_layout.addLayout(buttons)

        self.done_box, done_layout = self._section(self.tr("已签名"))
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextFormat(Qt.TextFormat.RichText)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view_button = QPushButton(self.tr("查看结果表"))
        self.view_button.clicked.connect(self.view_signed)
        self.print_button = QPushButton(self.tr("打印结果表…"))
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(self.print_signed)
        done_buttons = QHBoxLayout()
        done_buttons.addWidget(self.view_button)
        done_buttons.addWidget(self.print_button)
        done_buttons.addStretch(1)
        done_layout.addWidget(self.done_label)
        done_layout.addLayout(done_buttons)
        self.done_box.setVisible(False)

        card = QWidget()
        card.setMaximumWidth(980)
        column = QVBoxLayout(card)
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(self.status_label)
        column.addWidget(ties_box)
        column.addWidget(notes_box)
        column.addWidget(sign_box)
        column.addWidget(self.done_box)
        column.addStretch(1)
        page = QWidget()
        centred = QHBoxLayout(page)
        centred.setContentsMargins(16, 12, 16, 12)
        centred.addWidget(card, 1)
        centred.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.apply_text_size()

    def apply_text_size(self) -> None:
        """Type sizes from the app's text size (at start and after 放大/缩小字体)."""
        self.title.setFont(sized(self.font(), relative_point_size(6), bold=True))
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 5 + 16)
        self._show_key()

    # -- state ------------------------------------------------------------------------------------
    def notes(self) -> str:
        return self.notes_edit.toPlainText().strip()

    def is_busy(self) -> bool:
        return self._busy

    @Slot()
    def refresh(self) -> None:
        session = self.session
        tally = session.tally
        missing = session.scores.missing()
        if not session.scores.files:
            self.status_label.setText(self.tr("还没有导入评分文件。"))
            self.status_label.setStyleSheet(f"color: {MUTED};")
        elif missing:
            template = self.tr("已交 {handed} / {total} 份评分。未交：{who}。签名后的结果只包含已交的评分。")
            self.status_label.setText(template.format(
                handed=session.handed_in(), total=len(session.batch.panel),
                who=self.tr("、").join(f"{m.number} {m.name}" for m in missing)))
            self.status_label.setStyleSheet("color: #8a5a00;")
        else:
            template = self.tr("全部 {total} 位专家的评分已导入。")
            self.status_label.setText(template.format(total=len(session.batch.panel)))
            self.status_label.setStyleSheet(f"color: {OK};")
        self._fill_ties()
        self._show_key()
        blocked = self.blocking_reason()
        self.sign_hint.setText(blocked or "")
        self.sign_button.setEnabled(blocked is None and not self._busy)
        self.preview_button.setEnabled(tally is not None and not self._busy and sheets_available()[0])
        self._show_signed(session.signed)

    def blocking_reason(self) -> str | None:
        """Why signing cannot happen yet (None when it can)."""
        tally = self.session.tally
        if tally is None:
            if self.session.tally_error:
                return message_text(self.session.tally_error)
            return self.tr("还没有汇总结果")
        if tally.quota_tie and tally.quota_open:
            return self.tr("名额线上有并列（{who}），请先裁定先后再签名").format(
                who=self.tr("、").join(tally.quota_tie))
        return None

    def _candidate_label(self, candidate: str) -> str:
        tally = self.session.tally
        name = next((str(c.get("name", "")) for c in self.session.batch.candidates
                     if c["application_no"] == candidate), "")
        final = ""
        if tally is not None:
            result = tally.candidate(candidate)
            final = "　" + self.tr("总分 {final}").format(final=fmt(result.final, tally.rules.decimals))
        return f"{candidate}　{name}{final}"

    def _fill_ties(self) -> None:
        while self.ties_area.count():
            item = self.ties_area.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop, the old text would show meanwhile
                widget.deleteLater()
        tally = self.session.tally
        if self.session.notice:
            notice = QLabel(self.session.notice)
            notice.setWordWrap(True)
            notice.setStyleSheet("color: #8a5a00;")
            self.ties_area.addWidget(notice)
        if tally is None:
            self.clear_button.setVisible(False)
            return
        for group in tally.ties:
            quota = set(group) == set(tally.quota_tie)
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            text = self.tr("、").join(f"{c} {self._name(c)}" for c in group)
            first = tally.candidate(group[0])
            label = QLabel(self.tr("并列第 {rank} 名：{who}").format(rank=first.rank, who=text)
                           + (self.tr("（名额线上并列，须裁定）") if quota else ""))
            label.setWordWrap(True)
            label.setProperty("data_text", True)  # names the candidates; its words go through tr
            if quota:
                label.setStyleSheet("color: #9a3412; font-weight: bold;")
            button = QPushButton(self.tr("裁定先后…"))
            button.clicked.connect(functools.partial(self.decide_group, tuple(group)))
            layout.addWidget(label, 1)
            layout.addWidget(button)
            self.ties_area.addWidget(row)
        for order in tally.decisions:
            label = QLabel(self.tr("已裁定（名次由高到低）：{order}").format(
                order=" ＞ ".join(f"{c} {self._name(c)}" for c in order)))
            label.setWordWrap(True)
            label.setProperty("data_text", True)
            label.setStyleSheet(f"color: {OK};")
            self.ties_area.addWidget(label)
        if not tally.ties and not tally.decisions:
            none = QLabel(self.tr("没有需要裁定的并列。"))
            none.setStyleSheet(f"color: {MUTED};")
            self.ties_area.addWidget(none)
        self.clear_button.setVisible(bool(tally.decisions))

    def _name(self, candidate: str) -> str:
        return next((str(c.get("name", "")) for c in self.session.batch.candidates
                     if c["application_no"] == candidate), "")

    def _show_key(self) -> None:
        key = self._personal_key(quiet=True)
        if key is None:
            unreadable = self.tr("本机签名密钥无法读取")
            self.key_label.setText(f"<span style='color:{ERROR}'>{unreadable}</span>")
            return
        mine = fingerprint(key.public_key())
        mono = monospace_font(relative_point_size(0)).family()
        text = self.tr("签名密钥（本机）：<span style='font-family:\"{mono}\"; font-size:{size}pt'>{fp}</span>").format(
            mono=mono, size=relative_point_size(1), fp=mine)
        own = self.session.scores.files.get(self.session.batch.chair.number)
        if own is not None:
            if own.signer_fingerprint == mine:
                same = self.tr("✓ 与组长本人评分文件的签名密钥一致")
                text += f"　<span style='color:{OK}'>{same}</span>"
            else:
                text += (f"<br/><span style='color:{ERROR}'>"
                         + self.tr("✗ 与组长本人评分文件的签名密钥（{fp}）不同：请在组长本人评分所用的电脑上签名"
                                   ).format(fp=own.signer_fingerprint) + "</span>")
        self.key_label.setText(text)

    def _personal_key(self, *, quiet: bool = False) -> Ed25519PrivateKey | None:
        from app.identity import personal_key

        try:
            return personal_key()
        except CraftsmanError as error:
            if not quiet:
                QMessageBox.critical(self, self.tr("本机签名密钥无法读取"), message_text(error))
        except OSError as error:
            if not quiet:
                QMessageBox.critical(self, self.tr("本机签名密钥无法读取"), str(error.strerror or error))
        return None

    @Slot()
    def _notes_changed(self) -> None:
        if self.session.signed is not None:
            self._show_signed(self.session.signed)

    # -- ties -------------------------------------------------------------------------------------
    def decide_group(self, group: tuple[str, ...]) -> bool:
        """Ask the chair for the order of one tied group and record it; False when cancelled."""
        tally = self.session.tally
        if tally is None:
            return False
        places = tally.quota_open if set(group) == set(tally.quota_tie) else 0
        dialog = TieOrderDialog(group, {c: self._candidate_label(c) for c in group}, places=places, parent=self)
        self.last_tie_dialog = dialog
        if dialog.exec() != TieOrderDialog.DialogCode.Accepted:
            return False
        try:
            self.session.decide(dialog.order())
        except CraftsmanError as error:
            QMessageBox.critical(self, self.tr("无法记录裁定"), message_text(error))
            return False
        return True

    @Slot()
    def clear_decisions(self) -> None:
        self.session.clear_decisions()

    # -- preview ------------------------------------------------------------------------------------
    def _start(self, job: Callable[[], object], text: str, succeeded: Callable[[object], None]) -> None:
        task = Task(job)
        progress = waiting_dialog(self, text, delay_ms=300)
        self._progress = progress
        task.signals.succeeded.connect(succeeded)
        task.signals.failed.connect(self._failed)
        task.signals.done.connect(self._done)
        self._task = task
        self._busy = True
        self.session.working = text
        self.refresh()
        task.start()

    @Slot()
    def preview(self) -> bool:
        """Lay out the unsigned result sheet on a pool thread, then show it."""
        tally = self.session.tally
        if tally is None or self._busy:
            return False
        key = self._personal_key(quiet=True)
        job = functools.partial(preview_pdf_job, self.session.batch, self.session.snapshot(), tally,
                                self.session.preview_content(self.notes()), place=self.place_edit.text().strip(),
                                date=self.date_edit.text().strip(),
                                chair_fingerprint=fingerprint(key.public_key()) if key is not None else "")
        self._start(job, self.tr("正在生成结果表预览…"), self._previewed)
        return True

    @Slot(object)
    def _previewed(self, data: object) -> None:
        if isinstance(data, bytes):
            note = self.tr("预览（尚未签名）：内容与签名后的结果表相同；"
                           "页脚、二维码和签名栏中的结果包摘要在签名后才能确定，此处暂以 0 代替。")
            self.show_pdf(data, title=self.tr("结果表预览（未签名）"), note=note, printable=False)

    def show_pdf(self, data: bytes, *, title: str, note: str, printable: bool) -> PdfPreviewDialog | None:
        dialog = PdfPreviewDialog(data, title=title, note=note, printable=printable, parent=self)
        if not dialog.is_loaded():
            QMessageBox.critical(self, self.tr("无法显示结果表"), self.tr("结果表 PDF 无法打开。"))
            return None
        if self.last_preview is not None:
            self.last_preview.close()
            self.last_preview.deleteLater()
        self.last_preview = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    # -- signing ------------------------------------------------------------------------------------
    @Slot()
    def sign(self) -> bool:
        """Check, ask where to save, then sign and write the package and sheets on a pool thread."""
        session = self.session
        tally = session.tally
        if tally is None or self._busy:
            return False
        blocked = self.blocking_reason()
        if blocked:
            QMessageBox.critical(self, self.tr("还不能签名"), blocked)
            return False
        key = self._personal_key()
        if key is None:
            return False
        try:
            check_chair_key(session.batch, session.scores, key)
        except CraftsmanError as error:
            QMessageBox.critical(self, self.tr("签名密钥不符"), message_text(error))
            return False
        warnings = []
        missing = session.scores.missing()
        if missing:
            warnings.append(self.tr("仍有 {n} 位专家未交评分：{who}。签名后的结果只包含已交的评分。").format(
                n=len(missing), who=self.tr("、").join(f"{m.number} {m.name}" for m in missing)))
        if tally.ties:
            warnings.append(self.tr("仍有未裁定的并列：{groups}（不影响推荐，名次按并列记录）。").format(
                groups=self.tr("；").join(self.tr("、").join(group) for group in tally.ties)))
        if warnings:
            answer = QMessageBox.question(
                self, self.tr("确认签名"), "\n\n".join(warnings) + "\n\n" + self.tr("仍要签名吗？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存签名的评审结果包"), self._default_path(),
                                              self.tr("评审结果包 (*.crresult)"))
        if not path:
            return False
        out = Path(path)
        if out.suffix.lower() != RESULT_SUFFIX:
            out = out.with_name(out.name + RESULT_SUFFIX)
        if self._settings is not None:
            self._settings.setValue("last_result_directory", str(out.parent))
        request = SignRequest(session.batch, session.snapshot(), tally, key, out, self.notes(),
                              place=self.place_edit.text().strip(), date=self.date_edit.text().strip(),
                              write_pdf=self.pdf_check.isChecked(), write_xlsx=self.xlsx_check.isChecked())
        self._notes_at_signing = self.notes()
        self._start(functools.partial(sign_job, request), self.tr("正在签名并生成结果表…"), self._signed)
        return True

    def _default_path(self) -> str:
        folder = self.session.batch.path.parent
        if self._settings is not None:
            value = self._settings.value("last_result_directory")
            if isinstance(value, str) and Path(value).is_dir():
                folder = Path(value)
        return str(folder / default_result_name(self.session))

    @Slot(object)
    def _signed(self, result: object) -> None:
        if not isinstance(result, SignedResult):
            return
        self.session.signed = result
        self._show_signed(result)
        self.signed.emit(result)
        if result.problems:
            QMessageBox.warning(self, self.tr("结果包已签名，但有文件未生成"),
                                "\n".join(result.problems) + "\n\n"
                                + self.tr("结果包已保存，可稍后用命令行 tally 重新生成结果表。"))

    def _show_signed(self, result: SignedResult | None) -> None:
        self.done_box.setVisible(result is not None)
        if result is None:
            return
        mono = monospace_font(relative_point_size(0)).family()
        lines = [self.tr("结果包：{path}").format(path=_escape(result.package)),
                 self.tr("摘要（结果表页脚核对用）：<span style='font-family:\"{mono}\"'>{digest}</span>").format(
                     mono=mono, digest=result.short_digest)]
        if result.pdf is not None:
            lines.append(self.tr("结果表 PDF（已数字签名）：{path}").format(path=_escape(result.pdf)))
        if result.xlsx is not None:
            lines.append(self.tr("结果工作簿：{path}").format(path=_escape(result.xlsx)))
        for problem in result.problems:
            lines.append(f"<span style='color:{ERROR}'>{_escape(problem)}</span>")
        if self._notes_at_signing is not None and self.notes() != self._notes_at_signing:
            changed = self.tr("签名后修改了组长意见；如需记入结果，请重新签名。")
            lines.append(f"<span style='color:#8a5a00'>{changed}</span>")
        saved = self.tr("已签名并保存")
        self.done_label.setText(f"<span style='color:{OK}; font-weight:bold'>✓ {saved}</span><br/>"
                                + "<br/>".join(lines))
        self.view_button.setEnabled(bool(result.pdf_bytes))
        self.print_button.setEnabled(bool(result.pdf_bytes))

    @Slot()
    def view_signed(self) -> PdfPreviewDialog | None:
        result = self.session.signed
        if result is None or not result.pdf_bytes:
            return None
        return self.show_pdf(result.pdf_bytes, title=self.tr("评审结果表（已签名）"),
                             note=self.tr("已由评审组长数字签名。打印后请各位专家在签名栏签字，"
                                          "并核对页脚的结果包摘要 {digest}。").format(digest=result.short_digest),
                             printable=True)

    @Slot()
    def print_signed(self) -> bool:
        dialog = self.view_signed()
        return dialog.print_document() if dialog is not None else False

    # -- the pool thread reports ---------------------------------------------------------------------
    @Slot(object)
    def _failed(self, message: object) -> None:  # a core message (ui.workers.Task.failed): shown translated
        self._close_progress()
        QMessageBox.critical(self, self.tr("操作未完成"), message_text(message))

    @Slot()
    def _done(self) -> None:
        self._close_progress()
        self._busy = False
        self.session.working = None
        self.refresh()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None


def _escape(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
