"""A batch candidate's dossier as HTML for the reviewer: every field the batch carries, in form order.

The office's renderer (ui.dossier_view) already lays the form's sections out; this one reuses its
section and field layout and leaves out what a batch does not carry (资格审查 findings, the income
survey). Attachments are listed as links that open them in the viewer beside the dossier.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from app.enums import Channel, Group
from app.form import FieldSpec, Section, Sensitivity
from ui.display import choice_label, format_size, is_empty
from ui.dossier_view import STYLE_SHEET, DossierRenderer
from ui.i18n import domain_text, translate_by_class
from ui.reviewer_attachments import attachment_kind_label

ATTACHMENT_SCHEME = "attachment"

REVIEWER_STYLE_SHEET = STYLE_SHEET + """
h2 { font-size: xx-large; }
a { color: #1f4e79; }
p.long { margin-bottom: 10px; }
"""


def _escape(text: object) -> str:
    return html.escape(str(text)).replace("\r\n", "\n").replace("\n", "<br/>")


class ReviewerDossierRenderer(DossierRenderer):
    """Builds the reviewer's dossier pane from a batch candidate (``OpenBatch.candidates`` entry)."""

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # The office renderer's texts (its own context, in the common catalog) must be found too.
        return translate_by_class(self, source, disambiguation, n)

    def render_candidate(self, candidate: Mapping[str, Any]) -> str:
        fields: Mapping[str, Any] = candidate.get("fields") or {}
        parts = [self._reviewer_header(candidate, fields)]
        for section in Section:
            if section is not Section.SURVEY:
                parts.append(self._section(section, fields))
        parts.append(self._attachment_links(candidate.get("attachments") or []))
        return "\n".join(parts)

    def _fields(self, specs: Sequence[FieldSpec], record: Mapping[str, Any], *, heading: str = "",
                label_width: int = 38) -> str:
        """The office's layout, without the fields a batch never carries (postcodes, birth date)."""
        carried = [spec for spec in specs if spec.sensitivity is not Sensitivity.OFFICE_ONLY]
        return super()._fields(carried, record, heading=heading, label_width=label_width)

    def _reviewer_header(self, candidate: Mapping[str, Any], fields: Mapping[str, Any]) -> str:
        name = candidate.get("name") or fields.get("name")
        title = _escape(name) if not is_empty(name) else self.tr("（未填写姓名）")
        meta = [str(candidate.get("application_no") or ""), domain_text(choice_label(Group, fields.get("group"))),
                domain_text(choice_label(Channel, fields.get("channel")))]
        work = [str(fields.get(key) or "") for key in ("employer", "trade")]
        return (f"<h2>{title}</h2>"
                f'<p class="meta">{" · ".join(_escape(m) for m in meta if m)}</p>'
                f'<p>{"　".join(_escape(w) for w in work if w)}</p>')

    def _attachment_links(self, attachments: Sequence[Mapping[str, Any]]) -> str:
        heading = self.tr("附件（{n}）").format(n=len(attachments))
        lines = [f"<h3>{_escape(heading)}</h3>"]
        if not attachments:
            lines.append(f'<p class="empty">{_escape(self.tr("无附件"))}</p>')
            return "".join(lines)
        rows = []
        for position, item in enumerate(attachments):
            kind_label = attachment_kind_label(str(item.get("kind") or ""))
            link = f'<a href="{ATTACHMENT_SCHEME}:{position}">{_escape(item.get("filename") or "")}</a>'
            rows.append(f"<tr><td>{link}</td><td class=\"label\">{_escape(kind_label)}</td>"
                        f'<td class="label" align="right">{_escape(format_size(item.get("size")))}</td></tr>')
        lines.append('<table width="100%" cellspacing="0" cellpadding="0">' + "".join(rows) + "</table>")
        return "".join(lines)
