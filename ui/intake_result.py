"""The dialog shown after an intake run: the counts, then every candidate with findings or changes.

Field labels (the form's, through ``domain_text``) and the findings' reasons (intake's messages,
through ``message_text``) are shown in the interface's language; what the candidates wrote (names,
values, file names) as it is.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.intake import CandidateReport, IntakeReport
from app.messages import JoinedMessage, Message
from ui.display import list_text
from ui.dossier_view import MUTED_COLOUR, PROBLEM_COLOUR, WARNING_COLOUR
from ui.i18n import domain_text, message_text


def _e(text: object) -> str:
    return html.escape(str(text))


def label_text(label: str) -> str:
    """The label a finding or a change names, in the interface's language: the form's (the domain
    catalog), else one of intake's own (附件, 限制申报名单: a message)."""
    translated = domain_text(label)
    return translated if translated != label else message_text(label)


def value_text(value: str) -> str:
    """A value shown in a change: intake's messages and the form's choice labels in the interface's
    language, what a candidate wrote as it is."""
    if isinstance(value, JoinedMessage):  # several choices
        return message_text(value.separator).join(value_text(part) for part in value.parts)
    if isinstance(value, Message):
        return message_text(value)
    return domain_text(value)


class IntakeResultDialog(QDialog):
    """Summary of one ``IntakeReport``; read-only, closed with 确定."""

    def __init__(self, report: IntakeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入结果 — {file}").format(file=report.file_name))
        self.resize(720, 560)
        self.summary_label = QLabel(self.summary_text(report))
        self.summary_label.setWordWrap(True)
        self.summary_label.setProperty("data_text", True)  # carries the file's and the sheet's own names
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("导入详情"))
        self.details.setProperty("data_text", True)  # candidates' names and what they wrote
        self.details.setOpenLinks(False)
        self.details.setHtml(self.details_html(report))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def summary_text(self, report: IntakeReport) -> str:
        c = report.counts()
        return self.tr(
            "“{file}”（工作表“{sheet}”）共 {rows} 行：新增 {new}，更新 {updated}，未变 {unchanged}；"
            "合格 {eligible}，不合格 {ineligible}。"
        ).format(file=report.file_name, sheet=report.sheet, **c)

    def _candidate_html(self, item: CandidateReport) -> str:
        status = {"new": self.tr("新增"), "updated": self.tr("更新"), "unchanged": self.tr("未变")}.get(
            item.status, item.status)
        verdict = self.tr("合格") if item.eligible else self.tr("不合格")
        colour = PROBLEM_COLOUR if not item.eligible else (WARNING_COLOUR if item.warnings else "#1e6b35")
        # tr calls stay outside f-strings: pyside6-lupdate does not look inside them.
        row = self.tr("第 {row} 行").format(row=item.row)
        name = item.name or self.tr("（未填写姓名）")
        lines = [
            f'<p style="margin-top: 10px;"><b>{_e(row)} '
            f"{_e(item.application_no)} {_e(name)}</b> "
            f'<span style="color: {MUTED_COLOUR};">{_e(status)}</span> '
            f'<span style="color: {colour};">{_e(verdict)}</span></p>'
        ]
        for finding in item.problems:
            text = self.tr("{field}：{reason}").format(field=label_text(finding.field),
                                                      reason=message_text(finding.reason))
            lines.append(f'<p style="color: {PROBLEM_COLOUR}; margin-left: 16px;">✗ {_e(text)}</p>')
        for finding in item.warnings:
            text = self.tr("{field}：{reason}").format(field=label_text(finding.field),
                                                      reason=message_text(finding.reason))
            lines.append(f'<p style="color: {WARNING_COLOUR}; margin-left: 16px;">! {_e(text)}</p>')
        for label, old, new in item.changes:
            changed = self.tr("修改 {field}：").format(field=label_text(label))
            lines.append(f'<p style="margin-left: 16px;">{_e(changed)}'
                         f'<span style="color: {MUTED_COLOUR};">{_e(value_text(old))}</span> → '
                         f'{_e(value_text(new))}</p>')
        return "".join(lines)

    def details_html(self, report: IntakeReport) -> str:
        parts: list[str] = []
        if report.ignored_columns:
            ignored = self.tr("未识别的列（已忽略）：{columns}").format(columns=list_text(report.ignored_columns))
            parts.append(f'<p style="color: {WARNING_COLOUR};">{_e(ignored)}</p>')
        listed = [c for c in report.candidates if c.problems or c.warnings or c.changes]
        if not listed:
            nothing = self.tr("所有候选人均未发现问题，也没有修改。")
            parts.append(f"<p>{_e(nothing)}</p>")
        parts.extend(self._candidate_html(item) for item in listed)
        return "".join(parts)
