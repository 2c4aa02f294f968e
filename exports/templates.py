"""Blank workbooks for the office to fill: the applications workbook and the panel workbook.

Headers are the form's own labels (from app.form), choice fields get drop-down lists drawn from
a hidden sheet of options, the header row is frozen, and text columns are formatted as text so
that 18-digit ID numbers keep every digit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.enums import PanelRole
from app.form import FIELDS, FieldSpec, Kind, Requirement, header_label
from exports.files import atomic_write, workbook_writer

APPLICATIONS_SHEET = "申报表"
PANEL_SHEET = "评审专家"
PANEL_HEADERS = ("编号", "姓名", "工作单位", "角色")
_TEXT_KINDS = {Kind.TEXT, Kind.LONG_TEXT, Kind.ID_NUMBER, Kind.MOBILE, Kind.POSTCODE, Kind.CHOICE,
               Kind.MULTI_CHOICE}


def _requirement_text(spec: FieldSpec) -> str:
    if spec.requirement is Requirement.ALWAYS:
        return "必填"
    if spec.requirement is Requirement.RECOMMENDED:
        return "单位推荐、社团推荐时必填"
    return "选填"


def write_applications_template(out: Path, rows: Iterable[dict[str, Any]] = ()) -> None:
    """Write the applications workbook; ``rows`` (field key -> typed value) pre-fill it (the demo)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = APPLICATIONS_SHEET
    options = book.create_sheet("选项")
    options.sheet_state = "hidden"
    guide = book.create_sheet("填写说明")

    header_font = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFF2CC")
    optional_fill = PatternFill("solid", fgColor="E2EFDA")
    survey_fill = PatternFill("solid", fgColor="DDEBF7")
    option_column = 0
    for column, spec in enumerate(FIELDS, start=1):
        letter = get_column_letter(column)
        cell = sheet.cell(row=1, column=column, value=header_label(spec))
        cell.font = header_font
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.fill = survey_fill if spec.is_survey else (
            optional_fill if spec.requirement is Requirement.OPTIONAL else required_fill)
        if spec.note:
            cell.comment = Comment(spec.note, "申报办公室")
        sheet.column_dimensions[letter].width = max(spec.width, len(header_label(spec)) * 2 + 2)
        if spec.kind in _TEXT_KINDS:
            # A text column style keeps 18-digit ID numbers and leading zeros as typed.
            sheet.column_dimensions[letter].number_format = "@"
        if spec.choices is not None:
            option_column += 1
            option_letter = get_column_letter(option_column)
            labels = spec.choices.labels()
            options.cell(row=1, column=option_column, value=spec.label)
            for index, label in enumerate(labels, start=2):
                options.cell(row=index, column=option_column, value=label)
            source = f"{quote_sheetname(options.title)}!${option_letter}$2:${option_letter}${len(labels) + 1}"
            validation = DataValidation(type="list", formula1=source, allow_blank=True)
            validation.promptTitle = spec.label
            validation.prompt = spec.note or "请从下拉列表中选择"
            validation.showInputMessage = True
            validation.error = f"请从下拉列表中选择：{'、'.join(labels)}"
            validation.errorTitle = "不是可选项"
            # Several titles may be ticked at once ("上海劳模、全国五一"): warn, do not forbid.
            validation.errorStyle = "warning" if spec.kind is Kind.MULTI_CHOICE else "stop"
            validation.showErrorMessage = True
            validation.add(f"{letter}2:{letter}1001")
            sheet.add_data_validation(validation)
    sheet.row_dimensions[1].height = 48
    sheet.freeze_panes = "B2"

    for row_index, values in enumerate(rows, start=2):
        for column, spec in enumerate(FIELDS, start=1):
            value = values.get(spec.key)
            if value is not None:
                sheet.cell(row=row_index, column=column, value=value)

    guide.column_dimensions["A"].width = 34
    guide.column_dimensions["B"].width = 24
    guide.column_dimensions["C"].width = 70
    guide.append(["列名（申报审批表项目）", "是否必填", "说明"])
    for cell in guide[1]:
        cell.font = header_font
    for spec in FIELDS:
        note = spec.note
        if spec.choices is not None:
            note = (note + "；" if note else "") + "可选：" + "、".join(spec.choices.labels())
        guide.append([header_label(spec), _requirement_text(spec), note])
    guide.freeze_panes = "A2"
    book.active = 0
    atomic_write(out, workbook_writer(book))


def write_panel_template(out: Path, members: Sequence[tuple[str, str, str, str]] = ()) -> None:
    """The panel workbook: 编号, 姓名, 工作单位, 角色 (专家 or 组长); ``members`` pre-fill it."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = PANEL_SHEET
    sheet.append(list(PANEL_HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCD", (10, 12, 40, 10), strict=True):
        sheet.column_dimensions[letter].width = width
        sheet.column_dimensions[letter].number_format = "@"
    roles = ",".join(PanelRole.labels())
    validation = DataValidation(type="list", formula1=f'"{roles}"', allow_blank=False)
    validation.error = "角色应为“专家”或“组长”"
    validation.showErrorMessage = True
    validation.add("D2:D101")
    sheet.add_data_validation(validation)
    for member in members:
        sheet.append(list(member))
    sheet.freeze_panes = "A2"
    atomic_write(out, workbook_writer(book))
