"""The public-notice list (公示名单): what 社会公示 publishes, and nothing more.

Only the candidates who passed 市总审定 (or, for a draft, every candidate still on the way after
评审发布), and of each only what may be published: 姓名, 性别, 工作单位, 工种, 组别. No 申报编号,
身份证, phone, address, score or rank: the columns are fixed here, never taken from the database's
field list, so a new field can never slip into a public document. Ordered by group, then by name
(排名不分先后). As a workbook and as a PDF with the shared page furniture.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import InputRefused
from app.office_overview import CandidateStatus, Outcome, Step, candidate_statuses, selection_year
from app.storage import OfficeDatabase
from exports.files import atomic_write, workbook_writer

TITLE = "“上海工匠”候选人公示名单"
COLUMNS = (("序号", 6), ("姓名", 12), ("性别", 6), ("工作单位", 40), ("工种", 20), ("组别", 20))
DRAFT_MARK = "（草稿，未经市总审定，不得公布）"


@dataclass(frozen=True)
class NoticeLine:
    """One published line: nothing else about the person leaves the office this way."""

    name: str
    gender: str
    employer: str
    trade: str
    group: str
    group_code: str


def notice_lines(office: OfficeDatabase, *, draft: bool = False) -> list[NoticeLine]:
    """The candidates to publish: approved by 市总审定 (draft: recommended and not yet turned down)."""

    def chosen(c: CandidateStatus) -> bool:
        if c.closed:
            return False
        if draft:
            return c.result is not None and c.result.recommended
        return c.outcome(Step.APPROVAL) is Outcome.PASSED

    lines = [NoticeLine(c.name, c.gender_label, c.employer, c.trade, c.group_label, c.group)
             for c in candidate_statuses(office) if chosen(c)]
    if not lines:
        if draft:
            raise InputRefused("还没有获推荐的候选人（须先导入已验证的评审结果），无法生成公示名单草稿")
        raise InputRefused("还没有通过市总审定的候选人，无法生成公示名单（可先生成草稿：--draft）")
    return sorted(lines, key=lambda line: (line.group_code, line.name))


def _row(index: int, line: NoticeLine) -> list[Any]:
    return [index, line.name, line.gender, line.employer, line.trade, line.group]


def write_notice_xlsx(office: OfficeDatabase, out: Path, *, draft: bool = False) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    lines = notice_lines(office, draft=draft)
    year = selection_year(office)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "公示名单"
    book.properties.creator = "上海工匠培养选树申报办公室"
    book.properties.title = f"{year}年度{TITLE}"
    last = get_column_letter(len(COLUMNS))
    sheet.append([f"{year}年度{TITLE}" + (DRAFT_MARK if draft else "")])
    sheet.merge_cells(f"A1:{last}1")
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 30
    sheet.append([f"共 {len(lines)} 名，按组别排列，同组内排名不分先后"])
    sheet.merge_cells(f"A2:{last}2")
    sheet["A2"].alignment = Alignment(horizontal="center")
    sheet.append([name for name, _ in COLUMNS])
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = border
    for index, line in enumerate(lines, start=1):
        sheet.append(_row(index, line))
        for cell in sheet[index + 3]:
            cell.border = border
            cell.alignment = Alignment(vertical="center", wrap_text=True,
                                       horizontal="left" if cell.column in (4, 5) else "center")
    for column, (_, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A4"
    sheet.print_title_rows = "3:3"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    atomic_write(out, workbook_writer(book))
    return len(lines)


def write_notice_pdf(office: OfficeDatabase, out: Path, *, draft: bool = False) -> int:
    from reportlab.platypus import Paragraph, Table

    from exports import pages

    lines = notice_lines(office, draft=draft)
    year = selection_year(office)
    st = pages.styles()
    width = pages.usable_width()
    story = pages.title_block(f"{year}年度{TITLE}",
                              (DRAFT_MARK if draft else "") + f"共 {len(lines)} 名，按组别排列，同组内排名不分先后",
                              width=width)
    scale = width / sum(w for _, w in COLUMNS)
    data: list[list[Any]] = [[Paragraph(pages.escape(name), st.header_cell) for name, _ in COLUMNS]]
    for index, line in enumerate(lines, start=1):
        data.append([Paragraph(pages.escape(text), st.cell if column in (3, 4) else st.cell_center)
                     for column, text in enumerate(_row(index, line))])
    story.append(Table(data, colWidths=[w * scale for _, w in COLUMNS], repeatRows=1, style=pages.table_style()))
    stamp = dt.date.today().isoformat()
    furniture = pages.Furniture(
        identity=f"{year}年 上海工匠 公示名单" + (" · 草稿" if draft else "") + f" · {stamp}",
        title=f"{year}年度{TITLE}", author="上海工匠培养选树申报办公室")
    pages.build_pdf(Path(out), story, furniture)
    return len(lines)


def write_notice_list(office: OfficeDatabase, out: Path, *, draft: bool = False) -> int:
    """By the file's suffix: .pdf or .xlsx."""
    if Path(out).suffix.lower() == ".pdf":
        return write_notice_pdf(office, out, draft=draft)
    return write_notice_xlsx(office, out, draft=draft)
