"""The candidate list (候选人名单) across all groups, from the results the office has verified.

One sheet lists the candidates the panels recommended, by group, session and rank, for approval
(市总审定); a second lists every reviewed candidate with their result. Values, not formulas.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.enums import Channel, Gender, Group
from app.storage import OfficeDatabase
from exports.files import atomic_write

_COLUMNS = (("序号", 6), ("组别", 18), ("场次", 6), ("名次", 6), ("申报编号", 15), ("姓名", 10), ("性别", 6),
            ("工作单位", 34), ("工种", 16), ("申请渠道", 10), ("所属区局（产业）工会/社团", 26), ("最终得分", 10),
            ("评分专家数", 10), ("标记", 16))


def reviewed_rows(office: OfficeDatabase) -> list[dict[str, Any]]:
    """Every candidate of every active (not superseded) result, in group, session and rank order."""
    return list(office.db.query("""
        SELECT c.*, rc.rank AS review_rank, rc.final AS review_final, rc.recommended AS review_recommended,
               rc.flags AS review_flags, rc.n AS review_n, b.session AS review_session
        FROM result_candidates rc
        JOIN results r ON r.id = rc.result_id AND r.status = 'active'
        JOIN batches b ON b.batch_id = rc.batch_id
        JOIN candidates c ON c.application_no = rc.application_no
        ORDER BY c."group", b.session, rc.rank IS NULL, rc.rank, c.application_no
    """))


def _label(enum: Any, value: Any) -> str:
    member = enum.from_value(str(value)) if value else None
    return member.label if member is not None else str(value or "")


def write_candidate_list(office: OfficeDatabase, out: Path) -> int:
    """Write the workbook; returns how many candidates are recommended."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    rows = reviewed_rows(office)
    recommended = [r for r in rows if r["review_recommended"]]
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "候选人名单"
    everyone = book.create_sheet("全部评审结果")
    for sheet, listed in ((first, recommended), (everyone, rows)):
        sheet.append([name for name, _ in _COLUMNS])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for index, row in enumerate(listed, start=1):
            final = float(row["review_final"]) if row["review_final"] is not None else None
            sheet.append([index, _label(Group, row["group"]), row["review_session"], row["review_rank"],
                          row["application_no"], row["name"], _label(Gender, row["gender"]), row["employer"],
                          row["trade"], _label(Channel, row["channel"]), row["union"], final, row["review_n"],
                          row["review_flags"] or ""])
            sheet.cell(row=index + 1, column=12).number_format = "0.00"
        for column, (_, width) in enumerate(_COLUMNS, start=1):
            sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = width
        sheet.freeze_panes = "A2"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.print_title_rows = "1:1"
        if listed:
            sheet.auto_filter.ref = sheet.dimensions
    atomic_write(out, book.save)
    return len(recommended)
