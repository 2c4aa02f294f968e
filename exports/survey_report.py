"""The income survey (调研问卷) for the research team: anonymous aggregates only.

The survey of 附件1 (questions 1-9, "一线技术工人收入水平情况") is summarised by group, by industry
(所属行业) and by skill level (技能等级): how many answered, the mean and median of the two
incomes, and how the answers to each choice question are distributed. No name, ID number, unit,
phone or address is read into this report at all, and no row may stand for fewer than
``MIN_CELL`` people: smaller groups are merged into one "其他（合并）" row, and when that row is
still too small the smallest remaining groups join it until it is not. A mean or median is shown
only when at least ``MIN_CELL`` people gave the number. The rule is printed in the workbook.
"""

from __future__ import annotations

import datetime as dt
import statistics as stats
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.enums import Group, LabelledEnum, SkillLevel
from app.errors import InputRefused
from app.form import FieldSpec, Kind, survey_fields
from app.messages import msg
from app.office_overview import selection_year
from app.storage import OfficeDatabase
from exports.files import atomic_write, workbook_writer

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

MIN_CELL = 5
MERGED = "其他（合并）"
NOT_ANSWERED = "未答"
SUPPRESSED = "—"
TITLE = "“一线技术工人收入水平情况”课题调研问卷汇总"


@dataclass(frozen=True)
class Respondent:
    """One questionnaire, stripped of everything but what is aggregated."""

    group: str
    industry: str
    skill: str
    answers: dict[str, Any]


@dataclass(frozen=True)
class Cell:
    """One row of a breakdown: its label and the questionnaires in it."""

    label: str
    members: tuple[Respondent, ...]
    merged_from: int = 1  # how many groups it stands for


def rule_text(min_cell: int = MIN_CELL) -> list[str]:
    return [
        "本表只含汇总数字，不含任何人的姓名、身份证号码、工作单位、联系方式或住址。",
        f"为防止从汇总中认出个人：按组别、所属行业或技能等级分组时，不足 {min_cell} 人的分组一律并入“{MERGED}”行；"
        f"“{MERGED}”行仍不足 {min_cell} 人时，再依次并入人数最少的分组，直到不少于 {min_cell} 人。",
        f"平均数、中位数只在有效填写人数不少于 {min_cell} 人时给出，否则显示“{SUPPRESSED}”；为防止用“合计”倒推，"
        f"同一表中不予显示的各行有效填写人数合计不足 {min_cell} 人时，再依次隐去有效填写人数最少的行，"
        f"直到不少于 {min_cell} 人。",
        "收入单位：元/月；未填写或填写为 0 的收入不计入平均数和中位数。",
        f"选择题各列为选择该项的人数，“{NOT_ANSWERED}”为未作答或答案无法识别的人数。",
    ]


def _label(choices: type[LabelledEnum], value: object, missing: str) -> str:
    member = choices.from_value(str(value)) if value else None
    return member.label if member is not None else missing


def _industry(value: object) -> str:
    text = unicodedata.normalize("NFKC", "" if value is None else str(value)).strip()
    return text or "未填写"


def respondents(office: OfficeDatabase) -> list[Respondent]:
    """Every questionnaire with at least one answer; only the three grouping fields come along."""
    keys = [spec.key for spec in survey_fields()]
    columns = ", ".join(f's."{key}"' for key in keys)
    rows = office.db.query(f'SELECT c."group" AS g, c.industry AS i, c.skill_level AS k, {columns} '
                           "FROM survey s JOIN candidates c ON c.application_no = s.application_no")
    found = []
    for row in rows:
        answers = {key: row[key] for key in keys}
        if all(value is None or value == "" for value in answers.values()):
            continue
        found.append(Respondent(_label(Group, row["g"], "组别未识别"), _industry(row["i"]),
                                _label(SkillLevel, row["k"], "未填写"), answers))
    return found


def breakdown(people: Sequence[Respondent], key: Callable[[Respondent], str], order: Sequence[str] = (),
              min_cell: int = MIN_CELL) -> list[Cell]:
    """Rows of at least ``min_cell`` people each; smaller groups merged into one ``MERGED`` row.

    Rows follow ``order`` (then larger first); the merged row comes last. Returns no rows when
    fewer than ``min_cell`` people are given at all.
    """
    if len(people) < min_cell:
        return []
    by_value: dict[str, list[Respondent]] = {}
    for person in people:
        by_value.setdefault(key(person), []).append(person)
    kept = {value: members for value, members in by_value.items() if len(members) >= min_cell}
    small = [value for value in by_value if value not in kept]
    merged = [p for value in small for p in by_value[value]]
    merged_count = len(small)
    while 0 < len(merged) < min_cell and kept:
        smallest = min(kept, key=lambda value: (len(kept[value]), value))
        merged.extend(kept.pop(smallest))
        merged_count += 1
    rank = {value: index for index, value in enumerate(order)}
    cells = [Cell(value, tuple(members)) for value, members in
             sorted(kept.items(), key=lambda item: (rank.get(item[0], len(rank)), -len(item[1]), item[0]))]
    if merged:
        cells.append(Cell(MERGED, tuple(merged), merged_count))
    return cells


def _amounts(members: Sequence[Respondent], key: str) -> list[float]:
    return [float(p.answers[key]) for p in members
            if isinstance(p.answers.get(key), (int, float)) and not isinstance(p.answers.get(key), bool)
            and float(p.answers[key]) > 0]


def _money(members: Sequence[Respondent], key: str, min_cell: int) -> tuple[int, Any, Any]:
    values = _amounts(members, key)
    if len(values) < min_cell:
        return len(values), SUPPRESSED, SUPPRESSED
    return len(values), round(stats.fmean(values)), round(stats.median(values))


def money_column(rows: Sequence[Sequence[Respondent]], key: str,
                 min_cell: int = MIN_CELL) -> list[tuple[int, Any, Any]]:
    """(count, mean, median) of one amount for each row of a table that also shows the total.

    A row with fewer than ``min_cell`` amounts is hidden; and while the hidden rows hold between one
    and ``min_cell - 1`` amounts together (the total minus the shown rows would give them away),
    the shown row with the fewest amounts is hidden too.
    """
    values = [_amounts(members, key) for members in rows]
    hidden = {i for i, v in enumerate(values) if len(v) < min_cell}
    while 0 < sum(len(values[i]) for i in hidden) < min_cell and len(hidden) < len(values):
        hidden.add(min((i for i in range(len(values)) if i not in hidden), key=lambda i: (len(values[i]), i)))
    return [(len(v), SUPPRESSED, SUPPRESSED) if i in hidden or not v else
            (len(v), round(stats.fmean(v)), round(stats.median(v))) for i, v in enumerate(values)]


def _choice_specs() -> list[FieldSpec]:
    return [spec for spec in survey_fields() if spec.kind is Kind.CHOICE and spec.choices is not None]


def _money_specs() -> list[FieldSpec]:
    return [spec for spec in survey_fields() if spec.kind is Kind.MONEY]


def _distribution(members: Sequence[Respondent], spec: FieldSpec) -> list[int]:
    assert spec.choices is not None
    options = list(spec.choices)
    counts = [0] * (len(options) + 1)
    for person in members:
        value = person.answers.get(spec.key)
        index = next((i for i, option in enumerate(options) if option.value == value), len(options))
        counts[index] += 1
    return counts


def _question_label(spec: FieldSpec) -> str:
    number = [s.key for s in survey_fields()].index(spec.key) + 1
    return f"{number}. {spec.label}"


def _write_breakdown(sheet: Worksheet, title: str, dimension: str, cells: list[Cell], people: Sequence[Respondent],
                     min_cell: int) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="9CA3AF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="E5EAF2")
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([f"规则：不足 {min_cell} 人的分组并入“{MERGED}”；"
                  f"平均数、中位数在有效填写不足 {min_cell} 人时不予显示（“{SUPPRESSED}”）。详见“说明”。"])
    sheet["A2"].font = Font(size=9, color="4B5563")
    top: list[Any] = [dimension, "问卷数"]
    sub: list[Any] = ["", ""]
    spans: list[tuple[int, int]] = []
    for spec in _money_specs():
        spans.append((len(top) + 1, len(top) + 3))
        top += [f"{_question_label(spec)}（元/月）", "", ""]
        sub += ["填写人数", "平均数", "中位数"]
    for spec in _choice_specs():
        assert spec.choices is not None
        width = len(spec.choices) + 1
        spans.append((len(top) + 1, len(top) + width))
        top += [_question_label(spec)] + [""] * (width - 1)
        sub += [*spec.choices.labels(), NOT_ANSWERED]
    sheet.append(top)
    sheet.append(sub)
    header_rows = (3, 4)
    for first, last in spans:
        sheet.merge_cells(start_row=3, start_column=first, end_row=3, end_column=last)
    for column in (1, 2):
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)

    groups = [cell.members for cell in cells]
    money = {spec.key: money_column(groups, spec.key, min_cell) for spec in _money_specs()}

    def data_row(label: str, members: Sequence[Respondent], index: int | None) -> list[Any]:
        row: list[Any] = [label, len(members)]
        for spec in _money_specs():
            row += list(_money(members, spec.key, min_cell) if index is None else money[spec.key][index])
        for spec in _choice_specs():
            row += _distribution(members, spec)
        return row

    for index, cell in enumerate(cells):
        label = cell.label if cell.merged_from == 1 or cell.label != MERGED else f"{MERGED}，{cell.merged_from} 个分组"
        sheet.append(data_row(label, cell.members, index))
    sheet.append(data_row("合计", people, None))
    total_row = sheet.max_row
    for row in sheet.iter_rows(min_row=3, max_row=total_row):
        for item in row:
            item.border = border
            item.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if item.row in header_rows:
                item.fill = head_fill
                item.font = Font(bold=True, size=9)
            if item.row == total_row:
                item.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=5, max_row=total_row, max_col=1):
        row[0].alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    sheet.row_dimensions[3].height = 48
    sheet.column_dimensions["A"].width = 24
    for column in range(2, sheet.max_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 9
    sheet.freeze_panes = "C5"


def _write_overall(sheet: Worksheet, people: Sequence[Respondent], min_cell: int) -> None:
    from openpyxl.styles import Font

    sheet.append(["全体问卷的分布"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(["题目", "选项", "人数", "占问卷数"])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    total = len(people)
    for spec in _money_specs():
        count, mean, median = _money(people, spec.key, min_cell)
        sheet.append([_question_label(spec), "填写人数", count, None])
        sheet.append(["", "平均数（元/月）", mean, None])
        sheet.append(["", "中位数（元/月）", median, None])
    for spec in _choice_specs():
        assert spec.choices is not None
        counts = _distribution(people, spec)
        for index, (label, count) in enumerate(zip([*spec.choices.labels(), NOT_ANSWERED], counts, strict=True)):
            sheet.append([_question_label(spec) if index == 0 else "", label, count, count / total])
            sheet.cell(row=sheet.max_row, column=4).number_format = "0.0%"
    sheet.column_dimensions["A"].width = 58
    sheet.column_dimensions["B"].width = 18
    sheet.column_dimensions["C"].width = 10
    sheet.column_dimensions["D"].width = 10


def write_survey_report(office: OfficeDatabase, out: Path, *, min_cell: int = MIN_CELL) -> int:
    """Write the anonymised workbook; returns how many questionnaires it summarises."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    if min_cell < 2:
        raise InputRefused("最小分组人数至少为 2")
    people = respondents(office)
    if len(people) < min_cell:
        raise InputRefused(msg("有效问卷只有 {count} 份，不足 {min_cell} 份，无法在不暴露个人的前提下汇总",
                               count=len(people), min_cell=min_cell))
    year = selection_year(office)
    book = Workbook()
    book.properties.creator = "上海工匠培养选树申报办公室"
    book.properties.title = f"{year}年度{TITLE}"
    about = book.active
    assert about is not None
    about.title = "说明"
    about.append([f"{year}年度{TITLE}"])
    about["A1"].font = Font(bold=True, size=14)
    about.append([f"资料来源：{year}年度“上海工匠”申报审批表所附调研问卷，有效问卷 {len(people)} 份"
                  f"（至少答了一题）；生成日期 {dt.date.today().isoformat()}。"])
    about.append([])
    about.append(["匿名规则"])
    about["A4"].font = Font(bold=True)
    for number, text in enumerate(rule_text(min_cell), start=1):
        about.append([f"{number}. {text}"])
    about.append([])
    about.append(["问卷题目"])
    about.cell(row=about.max_row, column=1).font = Font(bold=True)
    for spec in survey_fields():
        about.append([_question_label(spec)])
    about.column_dimensions["A"].width = 120
    for row in about.iter_rows():
        row[0].alignment = Alignment(wrap_text=True, vertical="top")

    group_order = [g.label for g in Group]
    skill_order = SkillLevel.labels()
    for title, dimension, key, order in (
            ("按组别", "组别", lambda p: p.group, group_order),
            ("按所属行业", "所属行业", lambda p: p.industry, []),
            ("按技能等级", "技能等级", lambda p: p.skill, skill_order)):
        sheet = book.create_sheet(title)
        _write_breakdown(sheet, f"{year}年度调研问卷汇总 · {title}", dimension,
                         breakdown(people, key, order, min_cell), people, min_cell)
    _write_overall(book.create_sheet("总体分布"), people, min_cell)
    atomic_write(Path(out), workbook_writer(book))
    return len(people)
