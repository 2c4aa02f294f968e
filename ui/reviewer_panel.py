"""The scoring panel beside the dossier: one score field per sub-item, subtotals, total, comment, recusal.

Keyboard first: digits type a score (the field's text is selected on entry, so typing replaces it),
Enter or Tab go to the next field, Shift+Tab to the previous one, Escape puts the saved value back.
Each value is checked against the scheme as it is typed; a refused value (out of range, off the
step) turns the field red with the reason and is never saved. Valid values are saved a
moment after typing stops, and at once on Enter, Tab or leaving the field: there is no save button.
The panel never keeps scores of its own: it shows the store and sends edits through the session.
Its larger type is sized from the app's text size and re-sized when that changes (视图 › 放大字体).
"""

from __future__ import annotations

import html
import unicodedata
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.batch import recusal_reason
from app.errors import InputRefused
from app.review_store import CandidateState, format_score, parse_score
from app.scheme import Scheme
from ui.i18n import domain_text, message_text
from ui.reviewer_model import state_label
from ui.reviewer_session import ReviewSession
from ui.reviewer_style import (
    ACCENT,
    MUTED,
    NAME_EXTRA,
    SCORE_EXTRA,
    TOTAL_EXTRA,
    relative_font,
    state_colours,
)

SAVE_DELAY_MS = 500  # a score is saved this long after the last key press (at once on Enter/Tab)
COMMENT_SAVE_DELAY_MS = 800
ITEMS_PER_ROW = 3

_WINDOW_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_WINDOW_SHORTCUTS = {
    (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
}


def is_window_key(event: QKeyEvent) -> bool:
    """Keys the window handles even while a text field has focus: undo/redo, candidate change, complete."""
    if any(event.matches(key) for key in _WINDOW_KEYS):
        return True
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (Qt.Key(event.key()), modifiers) in _WINDOW_SHORTCUTS


def _let_window_shortcuts_through(event: QEvent) -> bool:
    """For a ShortcutOverride event: True when the window's shortcut should win over the text field."""
    return event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and is_window_key(event)


def step_decimals(step: Decimal) -> int:
    exponent = step.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def normalise_entry(text: str) -> str:
    """Full-width digits and points (typed with a Chinese input method) as ASCII."""
    return unicodedata.normalize("NFKC", text).replace("。", ".").strip()


def check_entry(scheme: Scheme, key: str, text: str) -> tuple[Decimal | None, str | None]:
    """(value, None) for an acceptable entry (None for an empty field), or (None, reason): the reason is
    the core's message (Chinese), shown with ``message_text``."""
    entry = normalise_entry(text)
    if not entry:
        return None, None
    try:
        value = parse_score(entry)
    except InputRefused as error:
        return None, error.source
    problem = scheme.check_score(key, value)
    return (None, problem) if problem else (value, None)


class ScoreEdit(QLineEdit):
    """One sub-item's score: digits only; Enter goes to the next field, Escape restores the saved value."""

    advance = Signal(int)  # +1 next field, -1 previous field
    entered = Signal()
    left = Signal()
    reverted = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setProperty("role", "score")
        self.setProperty("state", "ok")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^[0-9０-９]{0,3}([.．。][0-9０-９]{0,2})?$"), self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def set_state(self, state: str, reason: str = "") -> None:
        if self.property("state") != state:
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setToolTip(reason)

    def event(self, event: QEvent) -> bool:
        if _let_window_shortcuts_through(event):
            event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.advance.emit(1)
            return
        if key == Qt.Key.Key_Escape:
            self.reverted.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self._select_if_focused)  # typing replaces the value (also after a click)
        self.entered.emit()

    def _select_if_focused(self) -> None:
        if self.hasFocus():
            self.selectAll()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class CommentEdit(QPlainTextEdit):
    """The 评语: Tab leaves the field; leaving saves it."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        if _let_window_shortcuts_through(event):
            event.ignore()
            return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class ReasonEdit(QLineEdit):
    """The recusal reason: window keys pass through."""

    def event(self, event: QEvent) -> bool:
        if _let_window_shortcuts_through(event):
            event.ignore()
            return True
        return super().event(event)


class ScoringPanel(QWidget):
    """Scores, comment, recusal and completion of the candidate shown."""

    message = Signal(str)  # short news for the status bar

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoringPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.session = session
        self.scheme = session.batch.scheme
        self.application_no: str | None = None
        self.fields: dict[str, ScoreEdit] = {}
        self.order: list[str] = self.scheme.item_keys()
        self._dirty: set[str] = set()
        self._comment_dirty = False
        self._recusing = False  # the box is ticked, the reason not yet confirmed
        self._loading = False
        self._serial = 0
        self._power_boxes: dict[str, QGroupBox] = {}
        self._decimals = step_decimals(self.scheme.step)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_pending_scores)
        self._comment_timer = QTimer(self)
        self._comment_timer.setSingleShot(True)
        self._comment_timer.setInterval(COMMENT_SAVE_DELAY_MS)
        self._comment_timer.timeout.connect(self.save_comment)
        self._build()
        session.changed.connect(self._store_changed)
        session.locked_changed.connect(self._locked_changed)

    # -- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        self.name_label = QLabel()
        self.name_label.setProperty("data_text", True)  # the candidate's name and number
        self.state_label = QLabel()
        self.state_label.setProperty("role", "banner")
        head = QHBoxLayout()
        head.addWidget(self.name_label, 1)
        head.addWidget(self.state_label)

        self.total_label = QLabel()
        self.total_label.setStyleSheet(f"color: {ACCENT};")
        self.total_hint = QLabel()
        self.total_hint.setWordWrap(True)
        self.total_hint.setProperty("role", "muted")
        total_caption = QLabel(self.tr("总分"))
        total_caption.setProperty("role", "muted")
        total_row = QHBoxLayout()
        total_row.addWidget(total_caption, 0, Qt.AlignmentFlag.AlignBottom)
        total_row.addWidget(self.total_label, 0, Qt.AlignmentFlag.AlignBottom)
        total_row.addSpacing(10)
        total_row.addWidget(self.total_hint, 1, Qt.AlignmentFlag.AlignBottom)

        items = QWidget()
        items.setObjectName("scoringItems")
        items.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        items_layout = QVBoxLayout(items)
        items_layout.setContentsMargins(0, 0, 6, 0)
        items_layout.setSpacing(2)
        for power in self.scheme.powers:
            # One power per box, its sub-items side by side (label over field), as a score sheet reads.
            box = QGroupBox()
            grid = QGridLayout(box)
            grid.setContentsMargins(8, 0, 8, 2)
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(1)
            for position, item in enumerate(power.items):
                key = f"{power.key}.{item.key}"
                row, column = 2 * (position // ITEMS_PER_ROW), position % ITEMS_PER_ROW
                label = QLabel(domain_text(item.label))
                label.setWordWrap(True)
                label.setToolTip(self._item_title(key))  # the criteria show in the help box below
                edit = ScoreEdit(key)
                edit.setAccessibleName(self.tr("{power}·{item}").format(power=domain_text(power.label),
                                                                        item=domain_text(item.label)))
                label.setBuddy(edit)
                maximum = QLabel(f"/ {format_score(item.max)}")
                maximum.setProperty("role", "muted")
                cell = QHBoxLayout()
                cell.setSpacing(4)
                cell.addWidget(edit)
                cell.addWidget(maximum)
                cell.addStretch(1)
                grid.addWidget(label, row, column)
                grid.addLayout(cell, row + 1, column)
                edit.textEdited.connect(lambda _text, k=key: self._edited(k))
                edit.advance.connect(lambda step, k=key: self._advance(k, step))
                edit.entered.connect(lambda k=key: self._entered(k))
                edit.left.connect(lambda k=key: self._left(k))
                edit.reverted.connect(lambda k=key: self._revert(k))
                self.fields[key] = edit
            for column in range(ITEMS_PER_ROW):
                grid.setColumnStretch(column, 1)
            self._power_boxes[power.key] = box
            items_layout.addWidget(box)
        items_layout.addStretch(1)

        self.items_scroll = QScrollArea()
        self.items_scroll.setWidget(items)
        self.items_scroll.setWidgetResizable(True)
        self.items_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.items_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.recused_notice = QLabel()
        self.recused_notice.setWordWrap(True)
        self.recused_notice.setProperty("role", "help")
        self.recused_notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.recused_notice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.recused_notice.hide()

        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.help_label.setProperty("role", "help")
        # The scoring criteria are the scheme's own text (written by the office, signed in the batch).
        self.help_label.setProperty("data_text", True)
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "error")
        self.message_label.hide()

        self.comment_edit = CommentEdit()
        self.comment_edit.setPlaceholderText(self.tr("评语：对候选人的评价；总分特别高或特别低时须写明理由"))
        self.comment_edit.textChanged.connect(self._comment_edited)
        self.comment_edit.left.connect(self.save_comment)
        self.comment_edit.setAccessibleName(self.tr("评语"))

        self.recuse_box = QCheckBox(self.tr("本人回避此候选人"))
        self.recuse_box.setToolTip(self.tr("与候选人有利益关系（同单位、亲属、师徒等）时须回避：回避后不评分"))
        self.recuse_box.clicked.connect(self._recuse_clicked)
        self.reason_edit = ReasonEdit()
        self.reason_edit.setPlaceholderText(self.tr("回避理由（必填），按回车确认"))
        self.reason_edit.setAccessibleName(self.tr("回避理由"))
        self.reason_edit.returnPressed.connect(self._reason_entered)
        self.reason_edit.hide()
        recuse_row = QHBoxLayout()
        recuse_row.addWidget(self.recuse_box)
        recuse_row.addWidget(self.reason_edit, 1)

        self.complete_button = QPushButton(self.tr("标为已完成（Ctrl+Enter）"))
        self.complete_button.setProperty("role", "primary")
        self.complete_button.clicked.connect(self.mark_complete)

        self.locked_banner = QLabel(self.tr("评分已提交并锁定。如需修改，请使用“重新打开…”（会记入日志）。"))
        self.locked_banner.setWordWrap(True)
        self.locked_banner.setProperty("role", "banner")
        self.locked_banner.setStyleSheet("background: #e8eef6; color: #1f4e79;")
        self.locked_banner.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.locked_banner)
        layout.addLayout(total_row)
        layout.addWidget(self.items_scroll, 1)
        layout.addWidget(self.recused_notice, 1)
        layout.addWidget(self.help_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.comment_edit)
        layout.addLayout(recuse_row)
        layout.addWidget(self.complete_button)
        self._apply_fonts()
        self._show_help(None)

    def _apply_fonts(self) -> None:
        """The larger type, relative to the app's text size: at start and whenever that changes."""
        base = self.font()
        self.name_label.setFont(relative_font(base, NAME_EXTRA, bold=True))
        self.total_label.setFont(relative_font(base, TOTAL_EXTRA, bold=True))
        score_font = relative_font(base, SCORE_EXTRA, bold=True)
        width = QFontMetrics(score_font).horizontalAdvance("00.0") + 22
        for edit in self.fields.values():
            edit.setFont(score_font)
            edit.setFixedWidth(width)
        three_lines = self.fontMetrics().lineSpacing() * 3 + 12
        self.help_label.setMinimumHeight(three_lines)
        self.comment_edit.setFixedHeight(three_lines)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The app's font reaches the panel as a FontChange (its window gets ApplicationFontChange).
        if event.type() == QEvent.Type.FontChange and self.fields:
            self._apply_fonts()

    def _item_title(self, key: str) -> str:
        power, item = self.scheme.item(key)
        return self.tr("{power}·{item}（满分 {max}）").format(
            power=domain_text(power.label), item=domain_text(item.label), max=format_score(item.max))

    def _item_help_text(self, key: str) -> str:
        _power, item = self.scheme.item(key)
        lines = []
        if item.high:
            lines.append((self.tr("高分："), item.high))
        if item.low:
            lines.append((self.tr("低分："), item.low))
        if item.description:
            lines.append(("", item.description))
        body = "".join(f"<br/><span style='color:{MUTED}'>{a}</span>{_html(b)}" for a, b in lines)
        return f"<b>{_html(self._item_title(key))}</b>{body}"

    # -- showing ----------------------------------------------------------------------------
    def set_candidate(self, application_no: str | None) -> None:
        """Show ``application_no`` (saving what was typed for the previous one first)."""
        self.flush()
        self.application_no = application_no
        self._serial += 1
        self._dirty.clear()
        self._comment_dirty = False
        self._recusing = False
        self._show_problem("")
        self._load(force=True)

    def _candidate_entry(self) -> dict[str, Any] | None:
        if self.application_no is None:
            return None
        return self.session.batch.candidate(self.application_no)

    def _load(self, *, force: bool = False) -> None:
        """Show the store's state; fields being typed in keep their text unless ``force``."""
        self._loading = True
        try:
            entry = self._candidate_entry()
            if entry is None or self.application_no is None:
                self.name_label.setText("")
                self.setEnabled(False)
                return
            self.setEnabled(True)
            state = self.session.candidate(self.application_no)
            self.name_label.setText(f"{entry.get('name') or ''}　{self.application_no}")
            for key, edit in self.fields.items():
                if not force and key in self._dirty:
                    continue
                value = state.scores.get(key)
                text = "" if value is None else self._format(value)
                if force or edit.text() != text:
                    if not force and edit.hasFocus() and check_entry(self.scheme, key, edit.text())[0] == value:
                        continue
                    edit.setText(text)
                edit.set_state("ok")
            typing_comment = self._comment_dirty or self.comment_edit.hasFocus()
            if force or (not typing_comment and self.comment_edit.toPlainText().strip() != state.comment):
                self.comment_edit.setPlainText(state.comment)
            if state.recused:
                self._recusing = False
            self.recuse_box.setChecked(state.recused or self._recusing)
            if state.recused:
                self.reason_edit.setText(state.recusal_reason)
            elif not self._recusing:
                self.reason_edit.clear()
            self.reason_edit.setVisible(state.recused or self._recusing)
            self._show_recusal(state.recused, state.recusal_reason)
            self._update_state_badge(state.state())
            self._apply_lock()
        finally:
            self._loading = False
        self._update_totals()

    def _format(self, value: Decimal) -> str:
        return format_score(value)

    def _show_recusal(self, recused: bool, reason: str) -> None:
        self.items_scroll.setVisible(not recused)
        self.help_label.setVisible(not recused)
        self.recused_notice.setVisible(recused)
        if not recused:
            self.recused_notice.clear()
        else:
            self.recused_notice.setText(self.tr(
                "您已声明回避此候选人，不对其评分。\n\n回避理由：{reason}\n\n如需取消回避，请去掉下方“本人回避此候选人”的勾选。"
            ).format(reason=message_text(recusal_reason(reason))))

    def _update_state_badge(self, state: CandidateState) -> None:
        text, background = state_colours(state)
        self.state_label.setText(state_label(state))
        self.state_label.setStyleSheet(f"color: {text.name()}; background: {background.name()}; "
                                       f"border: 1px solid {text.name()}; border-radius: 6px; padding: 3px 10px;")
        self.complete_button.setText(self.tr("已完成 ✓") if state is CandidateState.COMPLETE
                                     else self.tr("标为已完成（Ctrl+Enter）"))

    def _apply_lock(self) -> None:
        locked = self.session.locked
        self.locked_banner.setVisible(locked)
        for edit in self.fields.values():
            edit.setReadOnly(locked)
        self.comment_edit.setReadOnly(locked)
        self.reason_edit.setReadOnly(locked)
        self.recuse_box.setEnabled(not locked)
        state = self.session.candidate(self.application_no) if self.application_no else None
        self.complete_button.setEnabled(not locked and state is not None and state.state() in (
            CandidateState.UNSCORED, CandidateState.DRAFT))

    def _current_values(self) -> dict[str, Decimal]:
        """What the fields show now (valid entries only): the live subtotals and total."""
        values: dict[str, Decimal] = {}
        for key, edit in self.fields.items():
            value, problem = check_entry(self.scheme, key, edit.text())
            if value is not None and problem is None:
                values[key] = value
        return values

    def _update_totals(self) -> None:
        values = self._current_values()
        recused = self.recuse_box.isChecked() and self.application_no is not None and self.session.candidate(
            self.application_no).recused
        for power in self.scheme.powers:
            keys = [f"{power.key}.{item.key}" for item in power.items]
            scored = [values[k] for k in keys if k in values]
            subtotal = format_score(sum(scored, Decimal(0))) if scored else "—"
            self._power_boxes[power.key].setTitle(
                f"{domain_text(power.label)}　{subtotal} / {format_score(power.max)}")
        maximum = self.scheme.total_max
        if recused:
            self.total_label.setText("—")
            self.total_hint.setText(self.tr("已回避"))
            return
        total = sum(values.values(), Decimal(0))
        self.total_label.setText(f"{format_score(total) if values else '—'} / {format_score(maximum)}")
        rules = self.scheme.review
        missing = len(self.order) - len(values)
        if missing:
            self.total_hint.setText(self.tr("还有 {count} 个子项未评").format(count=missing))
            self.total_hint.setStyleSheet(f"color: {MUTED};")
        elif total < rules.comment_below * maximum or total > rules.comment_above * maximum:
            self.total_hint.setText(self.tr("总分低于满分的 {low:.0%} 或高于 {high:.0%}：请在评语中写明理由").format(
                low=rules.comment_below, high=rules.comment_above))
            self.total_hint.setStyleSheet("color: #8a5a00;")
        else:
            self.total_hint.setText(self.tr("各子项均已评分"))
            self.total_hint.setStyleSheet(f"color: {MUTED};")

    def _show_help(self, key: str | None) -> None:
        if key is None:
            self.help_label.setText(self.tr("选中一个子项即可在此看到评分标准：高分和低分各是什么样子。"))
            return
        self.help_label.setText(self._item_help_text(key))

    def _show_problem(self, text: str, *, error: bool = True) -> None:
        role = "error" if error else "muted"
        if self.message_label.property("role") != role:
            self.message_label.setProperty("role", role)
            self.message_label.style().unpolish(self.message_label)
            self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        if text and error:
            self.message.emit(text)

    def _show_refusal(self, refusal: str) -> None:
        """A refusal of the core (a score off the scheme, a candidate not ready...) in the interface's language."""
        self._show_problem(message_text(refusal) if refusal else "")

    # -- typing -----------------------------------------------------------------------------
    def _edited(self, key: str) -> None:
        if self._loading or self.application_no is None:
            return
        edit = self.fields[key]
        self._dirty.add(key)
        _value, problem = check_entry(self.scheme, key, edit.text())
        if problem:
            edit.set_state("invalid", message_text(problem))
            self._show_refusal(problem)
        else:
            edit.set_state("pending")
            self._show_problem("")
        self._update_totals()
        self._save_timer.start()

    def _entered(self, key: str) -> None:
        self._serial += 1
        self._show_help(key)
        self.items_scroll.ensureWidgetVisible(self.fields[key], 0, 24)

    def _left(self, key: str) -> None:
        if key in self._dirty:
            self.save_score(key)

    def _revert(self, key: str) -> None:
        if self.application_no is None:
            return
        self._dirty.discard(key)
        value = self.session.candidate(self.application_no).scores.get(key)
        edit = self.fields[key]
        edit.setText("" if value is None else self._format(value))
        edit.set_state("ok")
        edit.selectAll()
        self._show_problem("")
        self._update_totals()

    def _advance(self, key: str, step: int) -> None:
        if not self.save_score(key):
            return  # a refused entry keeps the cursor: the reviewer corrects it first
        position = self.order.index(key) + step
        if 0 <= position < len(self.order):
            self.fields[self.order[position]].setFocus(Qt.FocusReason.TabFocusReason)
        elif position >= len(self.order):
            self.comment_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def save_score(self, key: str) -> bool:
        """Save one field now if its entry is valid; False when it was refused (it stays red)."""
        if self.application_no is None or key not in self._dirty or self.session.locked:
            return True
        edit = self.fields[key]
        value, problem = check_entry(self.scheme, key, edit.text())
        if problem:
            edit.set_state("invalid", message_text(problem))
            self._show_refusal(problem)
            return False
        self._dirty.discard(key)
        refusal = self.session.set_score(self.application_no, key, value, self._serial)
        if refusal:
            self._dirty.add(key)
            edit.set_state("invalid", message_text(refusal))
            self._show_refusal(refusal)
            return False
        edit.set_state("ok")
        if value is not None and edit.text() != self._format(value) and not edit.hasFocus():
            edit.setText(self._format(value))
        return True

    @Slot()
    def save_pending_scores(self) -> None:
        for key in [k for k in self.order if k in self._dirty]:
            self.save_score(key)

    def _comment_edited(self) -> None:
        if self._loading or self.application_no is None or self.session.locked:
            return
        self._comment_dirty = True
        self._comment_timer.start()

    @Slot()
    def save_comment(self) -> None:
        if self.application_no is None or not self._comment_dirty or self.session.locked:
            return
        self._comment_dirty = False
        self._comment_timer.stop()
        refusal = self.session.set_comment(self.application_no, self.comment_edit.toPlainText())
        if refusal:
            self._show_refusal(refusal)

    def flush(self) -> list[str]:
        """Save everything typed and valid now; the sub-items left unsaved (refused entries)."""
        self._save_timer.stop()
        refused = [key for key in self.order if key in self._dirty and not self.save_score(key)]
        self.save_comment()
        return refused

    def discard_refused(self) -> None:
        """Forget red entries (used when leaving the candidate): the stored value is shown again."""
        self._dirty.clear()

    # -- recusal and completion ---------------------------------------------------------------
    @Slot(bool)
    def _recuse_clicked(self, checked: bool) -> None:
        if self.application_no is None:
            return
        self._recusing = checked  # before saving what was typed: the reload keeps the box as ticked
        self.flush()
        stored = self.session.candidate(self.application_no)
        self._recusing = checked and not stored.recused
        if checked:
            self.reason_edit.show()
            if not stored.recused:
                self.reason_edit.clear()
                self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                self._show_problem(self.tr("请填写回避理由，按回车确认。"), error=False)
            return
        self.reason_edit.hide()
        if stored.recused:
            refusal = self.session.set_recusal(self.application_no, False)
            if refusal:
                self._show_refusal(refusal)
        self._show_problem("")

    @Slot()
    def _reason_entered(self) -> None:
        if self.application_no is None or not self.recuse_box.isChecked():
            return
        reason = self.reason_edit.text().strip()
        if not reason:
            self._show_problem(self.tr("声明回避需要写明理由"))
            return
        self.flush()
        refusal = self.session.set_recusal(self.application_no, True, reason)
        self._show_refusal(refusal or "")
        if not refusal:
            self.message.emit(self.tr("已声明回避：{reason}").format(reason=reason))

    @Slot()
    def mark_complete(self) -> bool:
        """Mark the candidate complete (after saving what was typed); show why when refused."""
        if self.application_no is None or self.session.locked:
            return False
        refused = self.flush()
        if refused:
            self.fields[refused[0]].setFocus()
            return False
        refusal = self.session.set_complete(self.application_no, True)
        if refusal:
            self._show_refusal(refusal)
            return False
        self._show_problem("")
        self.message.emit(self.tr("{no} 已标为已完成").format(no=self.application_no))
        return True

    # -- focus --------------------------------------------------------------------------------
    def focus_first(self) -> None:
        """Put the cursor where the reviewer will type next: the first empty field, else the first."""
        if self.application_no is None or self.session.locked:
            return
        state = self.session.candidate(self.application_no)
        if state.recused:
            self.comment_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        target = next((k for k in self.order if k not in state.scores), self.order[0])
        self.fields[target].setFocus(Qt.FocusReason.OtherFocusReason)

    def owns_focus(self) -> bool:
        widget = self.focusWidget()
        return widget is not None and self.isAncestorOf(widget)

    # -- store events ---------------------------------------------------------------------------
    @Slot(str)
    def _store_changed(self, application_no: str) -> None:
        if application_no == self.application_no:
            self._load()

    @Slot(bool)
    def _locked_changed(self, _locked: bool) -> None:
        self._load()



def _html(text: str) -> str:
    return html.escape(text)
