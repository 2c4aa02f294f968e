"""The statistics table of 附件3 (“上海工匠”培养选树工作情况统计表), one for each recommending union.

Every union or association that recommended candidates (单位推荐 or 社团推荐) gets the form of the
notice's 附件3 with its own name and what the office knows filled in (grey cells): how many it put
forward this year, and how many of them have been named, with the steps between; the rest of the
form (contacts, history, activities, income, the seal) is left blank for the union to complete.
One workbook with a summary sheet and one sheet per union, or one workbook per union in a folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.enums import Channel
from app.errors import InputRefused
from app.office_overview import CandidateStatus, Outcome, Step, candidate_statuses, fold, selection_year
from app.storage import OfficeDatabase
from exports.files import atomic_write, describe_os_error, output_error, workbook_writer

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

TITLE = "“上海工匠”培养选树工作情况统计表"
RECOMMENDING = (Channel.UNIT.value, Channel.ASSOCIATION.value)
OFFICE_FILL = "E5E7EB"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class UnionFigures:
    """What the office knows of one union's candidates this year."""

    union: str
    applied: int  # every application it put forward (资格审查 failures included)
    eligible: int
    recommended: int  # on a panel's candidate list (评审发布)
    approved: int  # 市总审定 passed
    named: int

    def as_dict(self) -> dict[str, Any]:
        return {"union": self.union, "applied": self.applied, "eligible": self.eligible,
                "recommended": self.recommended, "approved": self.approved, "named": self.named}


def union_figures(statuses: Iterable[CandidateStatus]) -> list[UnionFigures]:
    """Per recommending union (by name, full-width and spaces folded), in name order."""
    groups: dict[str, list[CandidateStatus]] = {}
    names: dict[str, str] = {}
    for status in statuses:
        if status.channel not in RECOMMENDING or not status.union:
            continue
        key = fold(status.union)
        names.setdefault(key, status.union)
        groups.setdefault(key, []).append(status)
    figures = []
    for key, members in groups.items():
        figures.append(UnionFigures(
            union=names[key], applied=len(members), eligible=sum(1 for c in members if c.eligible),
            recommended=sum(1 for c in members if c.result is not None and c.result.recommended),
            approved=sum(1 for c in members if c.outcome(Step.APPROVAL) is Outcome.PASSED),
            named=sum(1 for c in members if c.outcome(Step.NAMED) is Outcome.NAMED)))
    return sorted(figures, key=lambda f: f.union)


def statistics(office: OfficeDatabase) -> list[UnionFigures]:
    figures = union_figures(candidate_statuses(office))
    if not figures:
        raise InputRefused("数据库中没有经单位推荐或社团推荐、填写了所属区局（产业）工会/社团的申报，无法生成附件3")
    return figures


def sheet_title(union: str, taken: set[str]) -> str:
    """A worksheet name for the union: at most 31 characters, none of []:*?/\\, unique in the book."""
    base = _SHEET_FORBIDDEN.sub("_", union).strip("'") or "工会"
    title, number = base[:31], 2
    while title.casefold() in taken:
        suffix = f"（{number}）"
        title, number = base[:31 - len(suffix)] + suffix, number + 1
    taken.add(title.casefold())
    return title


def file_name(union: str) -> str:
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", union).strip(" .") or "工会"
    return f"附件3 统计表 {safe[:60]}.xlsx"


def _fill_sheet(sheet: Worksheet, figures: UnionFigures, year: int, stamp: str) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import range_boundaries

    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor=OFFICE_FILL)
    wrap = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for column, width in zip("ABCD", (30, 22, 30, 22), strict=True):
        sheet.column_dimensions[column].width = width

    def line(row: int, cells: list[tuple[str, Any, bool]], height: float = 30) -> None:
        """``cells``: (range, value, filled by the office)."""
        for spec, value, office_fill in cells:
            first = spec.split(":")[0]
            if ":" in spec:
                sheet.merge_cells(spec)
            sheet[first].value = value
            sheet[first].alignment = centre if isinstance(value, int) else wrap
            low_col, low_row, high_col, high_row = range_boundaries(spec if ":" in spec else f"{spec}:{spec}")
            for block in sheet.iter_rows(min_row=low_row, max_row=high_row, min_col=low_col, max_col=high_col):
                for cell in block:
                    cell.border = border
                    if office_fill:
                        cell.fill = grey
        sheet.row_dimensions[row].height = height

    sheet.merge_cells("A1:D1")
    sheet["A1"] = TITLE
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 36
    line(2, [("A2", "区局（产业）工会/社团", False), ("B2:D2", figures.union, True)])
    line(3, [("A3", "联系人", False), ("B3", None, False), ("C3", "联系方式", False), ("D3", None, False)])
    line(4, [("A4:D4", "历年工匠培养选树工作情况（附小结）", False)])
    sheet["A4"].font = Font(bold=True)
    line(5, [("A5:C5", "何时起开展工匠培养选树命名活动（年）", False), ("D5", None, False)])
    line(6, [("A6", "活动参与总人数", False), ("B6", None, False),
             ("C6", "本地区、本系统工匠选树总人数", False), ("D6", None, False)])
    line(7, [("A7", "申报“上海工匠”总人数", False), ("B7", None, False),
             ("C7", "获得“上海工匠”总人数", False), ("D7", None, False)])
    line(8, [("A8:C8", "是否有下属工会开展工匠培养选树命名活动", False), ("D8", "□ 是   □ 否", False)])
    line(9, [("A9:D9", f"{year}年上海工匠培养选树工作情况", False)])
    sheet["A9"].font = Font(bold=True)
    line(10, [("A10:C10", "是否开展本地区、本系统工匠培养选树命名活动（附方案）", False),
              ("D10", "□ 是   □ 否", False)])
    line(11, [("A11", "活动参与人数", False), ("B11", None, False),
              ("C11", "本地区、本系统工匠选树人数", False), ("D11", None, False)])
    line(12, [("A12", "申报“上海工匠”人数", False), ("B12", figures.applied, True),
              ("C12", "参与活动职工月平均可支配收入（元）", False), ("D12", None, False)])
    line(13, [("A13", "获得“上海工匠”人数（申报办公室填写）", False), ("B13", figures.named, True),
              ("C13", "其中：通过资格审查 / 进入候选人名单 / 通过市总审定", False),
              ("D13", f"{figures.eligible} / {figures.recommended} / {figures.approved}", True)])
    line(14, [("A14", "区局（产业）工会/社团意见", False), ("B14:D14", "盖章：\n\n年    月    日", False)], 72)
    note = (f"说明：灰底单元格由上海工匠培养选树申报办公室根据{year}年度申报与评审数据填写（截至 {stamp}）："
            "申报人数为经贵单位以单位推荐、社团推荐渠道报送的申报人数（含未通过资格审查的），"
            "获得人数为已命名“上海工匠”的人数。其余各项请贵单位如实填写，连同工作情况汇报材料一并报送。")
    sheet.merge_cells("A16:D16")
    sheet["A16"] = note
    sheet["A16"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A16"].font = Font(size=9, color="4B5563")
    sheet.row_dimensions[16].height = 60
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.print_area = "A1:D16"


def _summary_sheet(book: Workbook, figures: list[UnionFigures], year: int, stamp: str) -> None:
    from openpyxl.styles import Font

    sheet = book.active
    assert sheet is not None
    sheet.title = "汇总"
    sheet.append([f"{year}年度 附件3 统计表汇总（截至 {stamp}）"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(["区局（产业）工会/社团", "申报人数", "通过资格审查", "进入候选人名单", "通过市总审定",
                  "获得“上海工匠”人数"])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for f in figures:
        sheet.append([f.union, f.applied, f.eligible, f.recommended, f.approved, f.named])
    sheet.append(["合计", *(sum(getattr(f, key) for f in figures)
                           for key in ("applied", "eligible", "recommended", "approved", "named"))])
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    for column, width in zip("ABCDEF", (34, 10, 12, 14, 12, 18), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A3"


def write_statistics_workbook(office: OfficeDatabase, out: Path) -> list[UnionFigures]:
    """One workbook: a summary sheet, then one 附件3 sheet per union."""
    from openpyxl import Workbook

    figures = statistics(office)
    year, stamp = selection_year(office), dt.date.today().isoformat()
    book = Workbook()
    _summary_sheet(book, figures, year, stamp)
    taken = {"汇总"}
    for f in figures:
        _fill_sheet(book.create_sheet(sheet_title(f.union, taken)), f, year, stamp)
    atomic_write(Path(out), workbook_writer(book))
    return figures


def write_statistics_folder(office: OfficeDatabase, folder: Path) -> list[Path]:
    """One workbook per union in ``folder`` (created if needed), named after the union.

    When one cannot be written, the workbooks this call added (and the folder, if it made it) are
    removed again: no set that looks complete but lacks a union.
    """
    from openpyxl import Workbook

    figures = statistics(office)
    folder = Path(folder)
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise output_error(folder, describe_os_error(error)) from None
    year, stamp = selection_year(office), dt.date.today().isoformat()
    written: list[Path] = []
    added: list[Path] = []
    used: set[str] = set()
    try:
        for f in figures:
            name = file_name(f.union)
            number = 2
            while name.casefold() in used:
                name = file_name(f"{f.union}（{number}）")
                number += 1
            used.add(name.casefold())
            book = Workbook()
            sheet = book.active
            assert sheet is not None
            sheet.title = sheet_title(f.union, set())
            _fill_sheet(sheet, f, year, stamp)
            target = folder / name
            new = not target.exists()
            atomic_write(target, workbook_writer(book))
            written.append(target)
            if new:
                added.append(target)
    except BaseException:
        with contextlib.suppress(OSError):
            for path in added:
                path.unlink(missing_ok=True)
            if created:
                folder.rmdir()
        raise
    return written
