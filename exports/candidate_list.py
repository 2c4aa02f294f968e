"""The candidate list (候选人名单) across all groups, from the results the office has verified.

One sheet lists the candidates the panels recommended, by group, session and rank, for approval
(市总审定); a second lists every reviewed candidate with their result. Values, not formulas.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.enums import Channel, Gender, Group
from app.storage import OfficeDatabase
from exports.files import atomic_write, workbook_writer

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
    atomic_write(out, workbook_writer(book))
    return len(recommended)


# ---------------------------------------------------------------------------------------------
# The same list as a printed document for 市总审定 (the page furniture of exports.pages)

PDF_TITLE = "“上海工匠”候选人名单"
_PDF_COLUMNS = (("序号", 10), ("场次", 10), ("名次", 10), ("申报编号", 27), ("姓名", 18), ("性别", 10),
                ("工作单位", 52), ("工种", 26), ("申请渠道", 17), ("所属区局（产业）工会/社团", 40), ("最终得分", 16),
                ("专家数", 12), ("诚信审核", 17))


def list_digest(rows: list[dict[str, Any]]) -> str:
    """SHA-256 over the recommended candidates' lines (number, session, rank, final): printed on every page."""
    import hashlib
    import json

    lines = [[r["application_no"], r["group"], r["review_session"], r["review_rank"], r["review_final"]]
             for r in rows if r["review_recommended"]]
    return hashlib.sha256(json.dumps(lines, ensure_ascii=False).encode("utf-8")).hexdigest()


def write_candidate_list_pdf(office: OfficeDatabase, out: Path, *, generated: str = "") -> int:
    """The recommended candidates by group for approval, A4 landscape; returns how many are listed.

    Sessions whose results have not come back (or whose batch is not made yet) are named under the
    title, so that nobody approves an incomplete list unknowingly.
    """
    import datetime as dt

    from reportlab.platypus import Paragraph, Spacer, Table

    from app.office_overview import SessionState, Step, latest_decisions, selection_year, session_statuses
    from exports import pages

    rows = reviewed_rows(office)
    recommended = [r for r in rows if r["review_recommended"]]
    sessions = session_statuses(office)
    year = selection_year(office)
    verified = [s for s in sessions if s.state is SessionState.VERIFIED]
    pending = [s for s in sessions if s.state is not SessionState.VERIFIED]
    digest = list_digest(rows)
    decisions = latest_decisions(office)
    st = pages.styles()
    width = pages.usable_width(landscape=True)
    generated = generated or dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    groups = {r["group"] for r in recommended}
    story = pages.title_block(
        f"{year}年度{PDF_TITLE}", "（经专家评审发布产生，报市总工会审定）",
        [("候选人", f"{len(recommended)} 名"), ("组别", f"{len(groups)} 个"),
         ("已验证", f"{len(verified)} 场"), ("生成时间", generated)], columns=4, width=width)
    if pending:
        listed = "、".join(f"{s.group} {s.group_label} 第{s.session}场（{s.state.label}）" for s in pending)
        story.append(Paragraph(pages.escape(f"注意：以下场次尚无已验证的评审结果，其候选人未列入本名单：{listed}。"),
                               st.body))
        story.append(Spacer(1, 3 * pages.MM))
    scale = width / sum(w for _, w in _PDF_COLUMNS)
    widths = [w * scale for _, w in _PDF_COLUMNS]
    by_group: dict[str, list[dict[str, Any]]] = {}
    for row in recommended:
        by_group.setdefault(str(row["group"]), []).append(row)
    if not by_group:
        story.append(Paragraph(pages.escape("尚无获推荐的候选人（还没有导入已验证的评审结果）。"), st.body))
    number = 0
    for group, members in by_group.items():
        story.append(Paragraph(pages.escape(f"{group} {_label(Group, group)}（{len(members)} 名）"), st.heading))
        data: list[list[Any]] = [[Paragraph(pages.escape(name), st.header_cell) for name, _ in _PDF_COLUMNS]]
        for row in members:
            number += 1
            final = f"{float(row['review_final']):.2f}" if row["review_final"] is not None else "—"
            credit = decisions.get(str(row["application_no"]), {}).get(Step.CREDIT_CHECK)
            texts = [number, row["review_session"], row["review_rank"] if row["review_rank"] is not None else "—",
                     row["application_no"], row["name"], _label(Gender, row["gender"]), row["employer"],
                     row["trade"], _label(Channel, row["channel"]), row["union"], final, row["review_n"],
                     credit.outcome.label if credit else "待审核"]
            data.append([Paragraph(pages.escape("" if t is None else t),
                                   st.cell if index in (6, 7, 9) else st.cell_center)
                         for index, t in enumerate(texts)])
        story.append(Table(data, colWidths=widths, repeatRows=1, style=pages.table_style()))
    story.append(Spacer(1, 8 * pages.MM))
    story.append(pages.signature_lines([["经办人", "审核人", "日期"]], width=width))
    furniture = pages.Furniture(
        identity=f"{year}年 上海工匠 候选人名单 · {len(recommended)} 名 · 已验证 {len(verified)} 场",
        digest=digest[:16], digest_label="名单摘要", title=f"{year}年度{PDF_TITLE}",
        author="上海工匠培养选树申报办公室", subject=f"名单 SHA-256 {digest}")
    pages.build_pdf(Path(out), story, furniture, landscape=True)
    return len(recommended)
