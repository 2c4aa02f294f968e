"""The offline scoring workbook (``scores template``): score a session in Excel, import it later.

Sheet 评分表: one row per candidate (申报编号, 姓名, 工作单位), one column per sub-item headed with
the sub-item's label, then 回避 (是/否 drop-down) and 评语. Above the header row, row 1 names each
column's power (merged across its sub-items, with the power's maximum) and row 2 each sub-item's
maximum, so the reviewer reads power / maximum / label top-down; the reader finds the header row
by its labels (row 3) and ignores what is above it. Score cells only accept a number from 0 to
the maximum (Excel's data validation; the step is checked on import), the three header rows and
the candidate columns are frozen, the text columns are formatted as text, and recusals the office
prepared for the reviewer are filled in. Sheet 填写说明 names the batch and the reviewer (the
import checks them), the step, every sub-item's maximum and the scheme's descriptions, and the
rules for 回避 and 评语.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import InputRefused
from app.messages import joined, msg
from app.review_store import format_score
from app.score_workbook import (
    COL_COMMENT,
    COL_EMPLOYER,
    COL_NAME,
    COL_NUMBER,
    COL_RECUSE,
    GUIDE_BATCH,
    GUIDE_HEADERS,
    GUIDE_REVIEWER,
    GUIDE_TITLE,
    HEADER_ROW,
    NO,
    SHEET_TITLE,
    YES,
    item_headers,
)
from exports.files import atomic_write, workbook_writer

if TYPE_CHECKING:
    from app.batch import OpenBatch

_POWER_FILLS = ("FCE4D6", "E2EFDA", "DDEBF7", "FFF2CC", "EDE1F5", "D9EAD3")
_FIXED_FILL = "E7E6E6"


def write_score_template(batch: OpenBatch, out: Path, reviewer: str | None = None) -> None:
    """Write the scoring workbook of ``batch`` to ``out`` (atomically); with ``reviewer`` (a panel
    number) the sheet names them and their prepared recusals are filled in."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    member = None
    if reviewer is not None:
        member = batch.member(reviewer)
        if member is None:
            known = joined("、", [m.number for m in batch.panel])
            raise InputRefused(msg("专家编号 {reviewer} 不在本批次的评审专家名单中（名单：{known}）",
                                   reviewer=reviewer, known=known))
    scheme = batch.scheme
    identity = batch.identity
    headers = item_headers(scheme)
    keys = scheme.item_keys()
    step = format_score(scheme.step)

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    bold = Font(bold=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    thin = Side(style="thin", color="999999")
    boxed = Border(left=thin, right=thin, top=thin, bottom=thin)

    first_item_column = 4
    recuse_column = first_item_column + len(keys)
    comment_column = recuse_column + 1
    last_row = HEADER_ROW + len(batch.candidates)

    # Rows 1-2: who and what, each power over its sub-items, each sub-item's maximum.
    who = f"专家 {member.number} {member.name}" if member else "专家（未指定）"
    sheet.cell(row=1, column=1, value=f"{identity.group} {identity.group_label} 第 {identity.session} 场 · {who}")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    sheet.cell(row=2, column=1, value=f"满分 {format_score(scheme.total_max)} 分；分数为 {step} 的整数倍；"
                                      f"回避须在评语中写明理由")
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=3)
    column = first_item_column
    for index, power in enumerate(scheme.powers):
        fill = PatternFill("solid", fgColor=_POWER_FILLS[index % len(_POWER_FILLS)])
        start = column
        for item in power.items:
            for row in (1, 2, HEADER_ROW):
                sheet.cell(row=row, column=column).fill = fill
            sheet.cell(row=2, column=column, value=f"满分 {format_score(item.max)}").alignment = centre
            column += 1
        top = sheet.cell(row=1, column=start, value=f"{power.label}（{format_score(power.max)} 分）")
        top.font, top.alignment = bold, centre
        if column - 1 > start:
            sheet.merge_cells(start_row=1, start_column=start, end_row=1, end_column=column - 1)
    sheet.cell(row=2, column=recuse_column, value=f"{YES} / {NO}").alignment = centre
    sheet.cell(row=2, column=comment_column, value="回避时写明理由")

    # Row 3: the header the reader looks for.
    header_row = [COL_NUMBER, COL_NAME, COL_EMPLOYER] + [headers[k] for k in keys] + [COL_RECUSE, COL_COMMENT]
    for index, text in enumerate(header_row, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=text)
        cell.font, cell.alignment, cell.border = bold, centre, boxed
        if index < first_item_column or index >= recuse_column:
            cell.fill = PatternFill("solid", fgColor=_FIXED_FILL)
    for offset, key in enumerate(keys):
        power, item = scheme.item(key)
        note = [f"{power.label} · {item.label}", f"0 到 {format_score(item.max)} 分，{step} 的整数倍"]
        if item.high:
            note.append(f"高分：{item.high}")
        if item.low:
            note.append(f"低分：{item.low}")
        comment = Comment("\n".join(note), "评分方案")
        comment.width, comment.height = 320, 160
        sheet.cell(row=HEADER_ROW, column=first_item_column + offset).comment = comment

    # Rows 4...: one per candidate.
    for row, candidate in enumerate(batch.candidates, start=HEADER_ROW + 1):
        fields = candidate.get("fields") or {}
        prepared = [r for r in candidate.get("recused", []) if member and r.get("member") == member.number]
        values: list[Any] = [candidate["application_no"], candidate.get("name", ""), fields.get("employer") or ""]
        values += [None] * len(keys)
        values += [YES if prepared else NO, str(prepared[0].get("reason", "")) if prepared else None]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)
            cell.border = boxed
            if column < first_item_column or column == comment_column:
                cell.number_format = "@"
            if column == comment_column:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif column >= first_item_column:
                cell.alignment = Alignment(horizontal="center")

    if batch.candidates:
        for offset, key in enumerate(keys):
            power, item = scheme.item(key)
            letter = get_column_letter(first_item_column + offset)
            validation = DataValidation(type="decimal", operator="between", formula1="0",
                                        formula2=format_score(item.max), allow_blank=True)
            validation.promptTitle = item.label[:32]
            validation.prompt = f"{power.label}·{item.label}：0 到 {format_score(item.max)} 分，{step} 的整数倍"[:255]
            validation.showInputMessage = True
            validation.errorTitle = "分数超出范围"
            validation.error = f"{item.label}的分数应在 0 到 {format_score(item.max)} 之间（{step} 的整数倍）"[:255]
            validation.showErrorMessage = True
            validation.add(f"{letter}{HEADER_ROW + 1}:{letter}{last_row}")
            sheet.add_data_validation(validation)
        recuse_letter = get_column_letter(recuse_column)
        choice = DataValidation(type="list", formula1=f'"{YES},{NO}"', allow_blank=True)
        choice.promptTitle = "回避"
        choice.prompt = f"与候选人有利害关系时选“{YES}”，并在评语中写明理由；回避的候选人不填分数"
        choice.showInputMessage = True
        choice.error = f"请选择“{YES}”或“{NO}”"
        choice.showErrorMessage = True
        choice.add(f"{recuse_letter}{HEADER_ROW + 1}:{recuse_letter}{last_row}")
        sheet.add_data_validation(choice)

    for letter, width in (("A", 15), ("B", 10), ("C", 30)):
        sheet.column_dimensions[letter].width = width
    for offset in range(len(keys)):
        sheet.column_dimensions[get_column_letter(first_item_column + offset)].width = 10
    sheet.column_dimensions[get_column_letter(recuse_column)].width = 8
    sheet.column_dimensions[get_column_letter(comment_column)].width = 48
    sheet.row_dimensions[1].height = 22
    sheet.row_dimensions[HEADER_ROW].height = 32
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=first_item_column).coordinate
    sheet.print_title_rows = f"1:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    _write_guide(book.create_sheet(GUIDE_TITLE), batch, member.number if member else "",
                 member.name if member else "")
    book.active = 0
    atomic_write(out, workbook_writer(book))


def _write_guide(guide: Any, batch: OpenBatch, reviewer: str, reviewer_name: str) -> None:
    from openpyxl.styles import Alignment, Font

    scheme = batch.scheme
    identity = batch.identity
    step = format_score(scheme.step)
    command = (f"craftsman-review scores import --batch {batch.path.name} --reviewer {reviewer or '专家编号'} "
               f"--key 本人.key --from 本表.xlsx --out {reviewer or '本人'}.crscore")
    rows: list[tuple[str, str]] = [
        (GUIDE_BATCH, identity.batch_id),
        ("组别场次", f"{identity.year}年 {identity.group} {identity.group_label} 第 {identity.session} 场"),
        (GUIDE_REVIEWER, reviewer),
        ("专家姓名", reviewer_name),
        ("评分方案", f"{scheme.name}（满分 {format_score(scheme.total_max)} 分）"),
        ("方案指纹", identity.scheme_fingerprint),
        ("步长", f"每个分数都应为 {step} 的整数倍"),
        ("填写方法", f"在“{SHEET_TITLE}”中每位候选人一行：每个子项填一个 0 到该项满分之间的分数（表头上方第 2 行"
                     "为各项满分，鼠标停在表头上可看评分方案的说明）。不要增删候选人行，不要改动申报编号。"),
        ("回避", f"与候选人有利害关系时，“回避”选“{YES}”，在“评语”中写明理由，该行不填任何分数；"
                 "办公室预设的回避（如与候选人同单位）已填好，不能改为“否”。"),
        ("评语", f"总分低于满分的 {scheme.review.comment_below:.0%} 或高于 {scheme.review.comment_above:.0%} 时，"
                 "须在评语中说明理由。"),
        ("公式", "分数单元格只能填数字，不能用公式；从其他表复制时请“选择性粘贴为数值”。"),
        ("导入", "填好后导入并签名，生成评分文件（导入时逐格检查，有错误会列出行号和列名，不生成文件）：" + command),
    ]
    for power in scheme.powers:
        for item in power.items:
            text = f"0 到 {format_score(item.max)} 分（{step} 的整数倍）"
            if item.high:
                text += f"。高分：{item.high}"
            if item.low:
                text += f"。低分：{item.low}"
            rows.append((f"{power.label} · {item.label}", text))
    guide.append(list(GUIDE_HEADERS))
    for cell in guide[1]:
        cell.font = Font(bold=True)
    for label, text in rows:
        guide.append([label, text])
    guide.column_dimensions["A"].width = 22
    guide.column_dimensions["B"].width = 100
    guide.column_dimensions["A"].number_format = "@"
    guide.column_dimensions["B"].number_format = "@"
    for row in guide.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    guide.freeze_panes = "A2"
