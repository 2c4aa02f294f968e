"""The selected candidate's dossier as simple HTML for a QTextBrowser.

Order: the 资格审查 findings (problems, then warnings), the form's sections in form order, the
attachments, and last the income survey under its own "sensitive" heading. Every value that comes
from the database is HTML-escaped: applicants' text is never markup. Headings, field labels and
choices are interface (the form's labels through ``domain_text``); what the applicant wrote stays as
it is. The findings' reasons are intake's messages, stored as text: ``message_text`` shows those that
are fixed texts in the interface's language, the others (with values in them) as written. A
QTextBrowser showing a dossier is data to the language checks (``data_text``).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject

from app.enums import Channel, Group, Stage
from app.form import FIELDS, POWER_LABELS, FieldSpec, Kind, Section, header_label
from app.intake import ATTACHMENT_KINDS, count_chars
from ui.display import ReviewStatus, choice_label, display_value, format_size, is_empty, review_status
from ui.i18n import domain_text, message_text

PROBLEM_COLOUR = "#9b1c1c"
WARNING_COLOUR = "#8a5a00"
OK_COLOUR = "#1e6b35"
MUTED_COLOUR = "#6b7280"
HEADING_COLOUR = "#1f3a5f"

STYLE_SHEET = f"""
body {{ line-height: 135%; }}
h2 {{ font-size: x-large; margin-top: 2px; margin-bottom: 2px; }}
h3 {{ color: {HEADING_COLOUR}; font-size: medium; margin-top: 16px; margin-bottom: 6px; }}
h4 {{ color: {HEADING_COLOUR}; font-size: medium; font-weight: normal; margin-top: 8px; margin-bottom: 2px; }}
p {{ margin-top: 2px; margin-bottom: 2px; }}
td {{ padding: 3px 6px 3px 0px; vertical-align: top; }}
td.label {{ color: {MUTED_COLOUR}; }}
.meta {{ color: {MUTED_COLOUR}; }}
.problem {{ color: {PROBLEM_COLOUR}; }}
.warning {{ color: {WARNING_COLOUR}; }}
.ok {{ color: {OK_COLOUR}; }}
.empty {{ color: {MUTED_COLOUR}; }}
.long {{ margin-left: 0px; margin-bottom: 8px; }}
"""

_COUNTED_FIELDS = ("craft_spirit", "statement")
_TABLE = '<table width="100%" cellspacing="0" cellpadding="0">'


def _escape(text: object) -> str:
    """Escape for HTML and keep the applicant's line breaks."""
    return html.escape(str(text)).replace("\r\n", "\n").replace("\n", "<br/>")


class DossierRenderer(QObject):
    """Builds the detail pane's HTML; a QObject only so that its strings can be translated."""

    def placeholder(self, text: str) -> str:
        return f'<p class="empty" style="margin-top: 24px;">{_escape(text)}</p>'

    def status_text(self, status: ReviewStatus) -> str:
        if status is ReviewStatus.INELIGIBLE:
            return self.tr("不合格")
        if status is ReviewStatus.PENDING:
            return self.tr("合格·待核实")
        return self.tr("合格")

    def render(
        self,
        candidate: Mapping[str, Any],
        findings: Sequence[Mapping[str, Any]],
        survey: Mapping[str, Any] | None,
        attachments: Sequence[Mapping[str, Any]],
    ) -> str:
        parts = [self._header(candidate, findings), self._findings(findings)]
        for section in Section:
            if section is not Section.SURVEY:
                parts.append(self._section(section, candidate))
        parts.append(self._attachments(attachments))
        parts.append(self._survey(survey))
        return "\n".join(parts)

    # -----------------------------------------------------------------------------------------

    def _header(self, candidate: Mapping[str, Any], findings: Sequence[Mapping[str, Any]]) -> str:
        status = review_status(candidate.get("eligible"), findings)
        colour = {ReviewStatus.INELIGIBLE: PROBLEM_COLOUR, ReviewStatus.PENDING: WARNING_COLOUR}.get(
            status, OK_COLOUR)
        name = candidate.get("name")
        title = _escape(name) if not is_empty(name) else self.tr("（未填写姓名）")
        meta = [
            str(candidate.get("application_no") or ""),
            choice_label(Group, candidate.get("group")),
            choice_label(Channel, candidate.get("channel")),
        ]
        stage = choice_label(Stage, candidate.get("stage"))
        stage_text = self.tr("当前阶段：{stage}").format(stage=stage)
        stage_html = f'<span class="meta">　{_escape(stage_text)}</span>' if stage else ""
        # tr calls stay outside f-strings: pyside6-lupdate does not look inside them.
        verdict = self.tr("资格审查：{status}").format(status=self.status_text(status))
        return (
            f"<h2>{title}</h2>"
            f'<p class="meta">{" · ".join(_escape(m) for m in meta if m)}</p>'
            f'<p style="margin-top: 6px;"><span style="color: {colour}; font-weight: bold;">'
            f"{_escape(verdict)}</span>{stage_html}</p>"
        )

    def _findings(self, findings: Sequence[Mapping[str, Any]]) -> str:
        heading = self.tr("资格审查意见")
        lines = [f"<h3>{_escape(heading)}</h3>"]
        problems = [f for f in findings if f.get("severity") == "problem"]
        warnings = [f for f in findings if f.get("severity") != "problem"]
        if not findings:
            none_found = self.tr("未发现问题")
            lines.append(f'<p class="ok">✓ {_escape(none_found)}</p>')
        for finding in problems:
            lines.append(f'<p class="problem">✗ {self._finding_html(finding)}</p>')
        for finding in warnings:
            lines.append(f'<p class="warning">! {self._finding_html(finding)}</p>')
        return "".join(lines)

    def _finding_html(self, finding: Mapping[str, Any]) -> str:
        field = _escape(domain_text(str(finding.get("field") or "")))
        reason = _escape(message_text(finding.get("reason") or ""))
        return self.tr("{field}：{reason}").format(field=f"<b>{field}</b>", reason=reason)

    def _value_html(self, spec: FieldSpec, value: object) -> str:
        text = display_value(spec, value)
        if text == "":
            empty = self.tr("未填写")
            return f'<span class="empty">{_escape(empty)}</span>'
        if spec.kind is Kind.MONEY and isinstance(value, (int, float)):
            text += self.tr(" 元/月")
        return _escape(text)

    def _long_label(self, spec: FieldSpec, value: object) -> str:
        label = _escape(domain_text(spec.label))
        if spec.key in _COUNTED_FIELDS and not is_empty(value):
            count = count_chars(str(value))
            counted = self.tr("（{count} 字）").format(count=count)
            label += f' <span class="empty">{_escape(counted)}</span>'
        return label

    def _fields(
        self,
        specs: Sequence[FieldSpec],
        record: Mapping[str, Any],
        *,
        heading: str = "",
        label_width: int = 38,
    ) -> str:
        """Short fields as a two-column table; long texts as a label (unless it repeats the heading)
        over a paragraph."""
        out: list[str] = []
        rows: list[str] = []

        def flush() -> None:
            if rows:
                out.append(_TABLE + "".join(rows) + "</table>")
                rows.clear()

        for spec in specs:
            value = record.get(spec.key)
            if spec.kind is Kind.LONG_TEXT:
                flush()
                if domain_text(spec.label) != heading:
                    out.append(f'<p style="margin-top: 6px;"><b>{self._long_label(spec, value)}</b></p>')
                out.append(f'<p class="long">{self._value_html(spec, value)}</p>')
            else:
                label = domain_text(header_label(spec))
                rows.append(f'<tr><td class="label" width="{label_width}%">{_escape(label)}</td>'
                            f"<td>{self._value_html(spec, value)}</td></tr>")
        flush()
        return "".join(out)

    def _section(self, section: Section, candidate: Mapping[str, Any]) -> str:
        specs = [spec for spec in FIELDS if spec.section is section]
        heading = domain_text(section.value)
        body = [f"<h3>{_escape(heading)}</h3>"]
        if section is Section.POWERS:
            for power, power_label in POWER_LABELS.items():
                body.append(f"<h4>{_escape(domain_text(power_label))}</h4>")
                body.append(self._fields([s for s in specs if s.power == power], candidate))
            rest = [s for s in specs if s.power not in POWER_LABELS]
            if rest:
                body.append(self._fields(rest, candidate))
        else:
            body.append(self._fields(specs, candidate, heading=heading))
        return "".join(body)

    def _attachments(self, attachments: Sequence[Mapping[str, Any]]) -> str:
        heading = self.tr("附件（{n}）").format(n=len(attachments))
        lines = [f"<h3>{_escape(heading)}</h3>"]
        if not attachments:
            none = self.tr("无附件")
            lines.append(f'<p class="empty">{_escape(none)}</p>')
            return "".join(lines)
        rows = []
        for item in attachments:
            kind = str(item.get("kind") or "")
            kind_label = domain_text(ATTACHMENT_KINDS[kind][0]) if kind in ATTACHMENT_KINDS else self.tr("其他")
            rows.append(f"<tr><td>{_escape(item.get('filename') or '')}</td>"
                        f'<td class="label">{_escape(kind_label)}</td>'
                        f'<td class="label" align="right">{_escape(format_size(item.get("size")))}</td></tr>')
        lines.append(_TABLE + "".join(rows) + "</table>")
        return "".join(lines)

    def _survey(self, survey: Mapping[str, Any] | None) -> str:
        title = self.tr("收入水平调研问卷（敏感，仅办公室可见）")
        heading = f'<h3 style="color: {PROBLEM_COLOUR};">{_escape(title)}</h3>'
        specs = [spec for spec in FIELDS if spec.section is Section.SURVEY]
        if survey is None or all(is_empty(survey.get(spec.key)) for spec in specs):
            empty = self.tr("未填写调研问卷")
            return heading + f'<p class="empty">{_escape(empty)}</p>'
        return heading + self._fields(specs, survey, label_width=55)
