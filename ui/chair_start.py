"""The chair's start screen: the reviewer's batch-opening screen, with the chair's words.

Opening and unlocking a batch is the same for the chair as for any reviewer (``StartScreen``: the
signed header shown, the office fingerprint to compare, the passphrase unlocked on a pool thread),
so this screen *is* that one. What differs: the titles, step ③ lists the panel for the chair to
check instead of asking who you are (the batch names its chair), the start button opens the tally,
and the personal key is described as the one that signs the panel's result.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from app.batch import OpenBatch
from ui.preferences import relative_point_size
from ui.reviewer_start import StartScreen

#: The reviewer screen's translation context: its title and subtitle are found as that screen shows
#: them, in the interface's language (a variable, so that lupdate leaves them to the reviewer catalog).
_REVIEWER_CONTEXT = "StartScreen"


class ChairStartScreen(StartScreen):
    """``StartScreen`` for the chair: ``start_requested(batch, batch.chair)`` once unlocked."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self._retitle()
        self.start_button.setText(self.tr("开始汇总"))
        self.member_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.member_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _step(self, number: str, text: str) -> QLabel:
        if number == "③":
            text = self.tr("核对评审专家名单")
        return super()._step(number, text)

    def _retitle(self) -> None:
        """Put the chair's words in place of the reviewer's title and subtitle (matched as shown)."""
        def reviewers(text: str) -> str:
            return QCoreApplication.translate(_REVIEWER_CONTEXT, text)

        replacements = {
            reviewers("上海工匠评审 · 评审专家"): self.tr("上海工匠评审 · 评审组长"),
            reviewers("打开本场次的评审批次，核对办公室指纹，输入现场宣布的口令，选择您的身份。"):
                self.tr("打开本场次的评审批次，核对办公室指纹，输入现场宣布的口令，然后导入各位专家交回的评分文件。"),
        }
        for label in self.findChildren(QLabel):
            replacement = replacements.get(label.text())
            if replacement is not None:
                label.setText(replacement)

    # -- the chair is named by the batch -------------------------------------------------------------
    def _update(self) -> None:
        super()._update()
        self.start_button.setEnabled(self.batch is not None and not self.is_busy())

    def choose_member(self, number: str) -> bool:
        """Any request to choose ("chair", "first", a number) opens the batch as its chair."""
        return self.batch is not None

    def _remembered_member(self, batch: OpenBatch) -> str | None:
        return batch.chair.number

    @Slot()
    def start(self) -> None:
        if self.batch is not None and not self.is_busy():
            self.start_requested.emit(self.batch, self.batch.chair)

    def _show_personal_fingerprint(self) -> None:
        super()._show_personal_fingerprint()
        if self.key_fingerprint is not None:
            self.personal_label.setText(self.tr(
                "本机签名密钥指纹：<span style='font-family: monospace; font-size: {size}pt; color: #1f2933;'>"
                "{fp}</span>"
                "<br/>评审结果包和结果表用此密钥签名；组长本人也评分时，应与组长评分文件的签名指纹一致。"
            ).format(fp=self.key_fingerprint, size=relative_point_size(2)))
