"""The panel's result workbook (评审结果.xlsx): the result as the office works with it.

Three sheets, each with a title, the line naming the signed package it was exported from (the
workbook carries no signature of its own), one header row (frozen, repeated on every printed page,
with an auto-filter) and values, not formulas, so the office can sort and filter:

- 排名: the ranking, as on the PDF (rank, 申报编号, name, 工作单位, each power, the final, n, the
  spread, recommended, the method applied, notes);
- 原始评分: every raw score, one row per reviewer and candidate, one column per sub-item, with the
  power subtotals, the total, recusals and what trimming left out;
- 规则: the rule card, the panel's agreement and the scores each candidate lost to trimming.

Results carry number formats with the scheme's decimals (0.00); column widths are measured from the
text (a Chinese character counts twice); pages print A4 landscape, fitted to the width. Written in
openpyxl's write-only mode and atomically (``exports.files.atomic_write``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.review_store import format_score
from exports.files import atomic_write, workbook_writer
from exports.result_sheet import (
    ICC_LABELS,
    METHOD_LABELS,
    dropped_entries,
    item_labels,
    power_labels,
    provenance_line,
    ranking_rows,
    rule_card,
)
from scoring.exact import round_half_up

if TYPE_CHECKING:
    from app.batch import OpenBatch
    from app.chair import PanelScores
    from scoring import Tally

HEADER_ROW = 3  # row 1: title; row 2: the package line; row 3: the column headers
MAX_WIDTH = 60
WRAP_WIDTH = 48  # columns of running text (说明, 评语, 规则) wrap at this width


def text_width(value: object) -> int:
    """Display width in Excel's character units: a CJK (wide) character counts two."""
    if value is None:
        return 0
    text = value if isinstance(value, str) else format_score(value) if isinstance(value, Decimal) else str(value)
    return max((sum(2 if ord(ch) > 0x2E7F else 1 for ch in line) for line in text.split("\n")), default=0)


@dataclass
class SheetSpec:
    """One sheet: headers, rows of plain values, and per-column number formats and wrapping."""

    title: str
    heading: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    formats: dict[int, str] = field(default_factory=dict)  # column index -> number format
    wrap: set[int] = field(default_factory=set)
    freeze_columns: int = 0
    tail: list[list[Any]] = field(default_factory=list)  # rows after a blank line (not filtered)
    tail_formats: dict[tuple[int, int], str] = field(default_factory=dict)
    tail_headers: set[int] = field(default_factory=set)  # rows of the tail styled as headings


def _decimal_format(decimals: int) -> str:
    return "0" if decimals <= 0 else "0." + "0" * decimals


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def write_result_xlsx(batch: OpenBatch, scores: PanelScores, tally: Tally, content: dict[str, Any],
                      package_name: str, out: Path, *, package_digest: str = "") -> None:
    """Write the result workbook to ``out`` atomically.

    ``package_name``: the ``.crresult`` the workbook was exported from (a path or a file name);
    ``package_digest``: its SHA-256 (hex), computed from the file when not given and the file exists.
    """
    name = Path(package_name).name if package_name else ""
    if not package_digest and package_name and Path(package_name).is_file():
        package_digest = hashlib.sha256(Path(package_name).read_bytes()).hexdigest()
    provenance = provenance_line(name, package_digest)
    identity = batch.identity
    session = f"{identity.year}年 {identity.group} {identity.group_label} 第{identity.session}场"
    sheets = [
        _ranking_sheet(batch, tally, session),
        _raw_sheet(batch, scores, tally, session),
        _rules_sheet(batch, scores, tally, content, session),
    ]

    def write(path: Path) -> None:
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        workbook.properties.title = f"{session} 评审结果"
        workbook.properties.creator = "craftsman-review"
        workbook.properties.subject = provenance
        for spec in sheets:
            _write_sheet(workbook, spec, provenance, session)
        workbook_writer(workbook)(path)

    atomic_write(Path(out), write)


def _ranking_sheet(batch: OpenBatch, tally: Tally, session: str) -> SheetSpec:
    decimals = tally.rules.decimals
    number = _decimal_format(decimals)
    labels = power_labels(batch)
    maxima = {p.key: p.max for p in batch.scheme.powers}
    zscore = tally.rules.method == "zscore"
    headers = ["名次", "申报编号", "姓名", "工作单位"]
    headers += [f"{labels.get(key, key)}（{format_score(maxima[key])}）" if key in maxima else key
                for key in tally.powers]
    headers.append(f"{'换算分' if zscore else '总分'}（{format_score(batch.scheme.total_max)}）")
    if zscore:
        headers.append("原始平均")
    headers += ["有效评分", "标准差", "极差", "推荐", "采用方法", "去掉分数个数", "说明"]
    spec = SheetSpec("排名", f"{session} 评审结果（排名）", headers, freeze_columns=3)
    first_number = 4
    last_number = first_number + len(tally.powers) + (1 if zscore else 0)
    for column in range(first_number, last_number + 1):
        spec.formats[column] = number
    spec.formats[last_number + 2] = number  # 标准差
    spec.wrap.add(len(headers) - 1)
    for row in ranking_rows(batch, tally):
        line: list[Any] = [row.rank, row.id, row.name, row.employer]
        line += [_number(value) for value in row.powers]
        line.append(_number(row.final))
        if zscore:
            line.append(_number(row.mean_final))
        line += [row.n, _number(row.sd), _number(row.range), "是" if row.recommended else "否", row.applied,
                 row.dropped, "；".join(row.marks)]
        spec.rows.append(line)
    return spec


def _raw_sheet(batch: OpenBatch, scores: PanelScores, tally: Tally, session: str) -> SheetSpec:
    scheme = batch.scheme
    names = {str(c["application_no"]): str(c.get("name", "")) for c in batch.candidates}
    labels = item_labels(batch)
    keys = scheme.item_keys()
    headers = ["专家编号", "专家姓名", "申报编号", "候选人姓名"]
    headers += [f"{labels[key]}（{format_score(scheme.item(key)[1].max)}）" for key in keys]
    headers += [f"{p.label}小计" for p in scheme.powers]
    headers += ["总分", "回避", "回避理由", "截尾去掉", "评语"]
    spec = SheetSpec("原始评分", f"{session} 原始评分（每位专家 × 每位候选人 × 每个分项）", headers, freeze_columns=4)
    spec.wrap.add(len(headers) - 1)
    members = [(member, file) for member, file in scores.members() if file is not None]

    for result in tally.candidates:
        dropped: dict[str, list[str]] = {}
        for cut in result.dropped:
            what = "总分" if cut.item is None else labels.get(cut.item, cut.item)
            share = "" if cut.share == 1 else f"（分摊 {cut.share}）"
            dropped.setdefault(cut.reviewer, []).append(what + share)
        for member, file in members:
            entry = file.candidates.get(result.id)
            line: list[Any] = [member.number, member.name, result.id, names.get(result.id, "")]
            if entry is None or entry.recused:
                line += [None] * (len(keys) + len(scheme.powers) + 1)
                line += ["是" if entry is not None else "未评", entry.recusal_reason if entry else "", "",
                         entry.comment if entry else ""]
            else:
                values = [entry.scores.get(key) for key in keys]
                line += [_number(value) for value in values]
                for power in scheme.powers:
                    subtotal = sum((entry.scores.get(f"{power.key}.{item.key}") or Decimal(0)
                                    for item in power.items), Decimal(0))
                    line.append(_number(subtotal))
                line.append(_number(sum((v for v in values if v is not None), Decimal(0))))
                line += ["否", "", "、".join(dropped.get(member.number, [])), entry.comment]
            spec.rows.append(line)
    return spec


def _rules_sheet(batch: OpenBatch, scores: PanelScores, tally: Tally, content: dict[str, Any],
                 session: str) -> SheetSpec:
    spec = SheetSpec("规则", f"{session} 汇总规则（可据此手工复核）", ["项目", "规则与数值"])
    spec.wrap.add(1)
    for label, rule in rule_card(batch, tally):
        spec.rows.append([label, rule])
    notes = str(content.get("notes") or "").strip()
    spec.rows.append(["组长意见", notes or "（无）"])
    decisions = content.get("decisions") or [list(order) for order in tally.decisions]
    spec.rows.append(["组长裁定", "；".join(" ＞ ".join(order) for order in decisions) or "无"])

    tail: list[list[Any]] = [["评审一致性", *(label for _, label in ICC_LABELS), "Kendall W"]]
    agreement = tally.agreement
    values = [agreement.icc.get(key) for key, _ in ICC_LABELS] + [agreement.kendall_w]
    tail.append([f"{len(agreement.candidates)} 名候选人 × {len(agreement.reviewers)} 名专家",
                 *(None if v is None else float(round_half_up(v, 4)) for v in values)])
    figures_row = len(tail) - 1
    for column in range(1, len(values) + 1):
        spec.tail_formats[(figures_row, column)] = "0.000"
    tail.append([])
    spec.tail_headers = {0, len(tail)}
    tail.append(["申报编号", "姓名", "有效评分", "回避", "采用方法", "去掉的分数"])
    labels = item_labels(batch)
    names = {str(c["application_no"]): str(c.get("name", "")) for c in batch.candidates}
    for result in tally.candidates:
        entries = dropped_entries(result, scores, labels)
        tail.append([result.id, names.get(result.id, ""), result.n, len(result.recused_by),
                     METHOD_LABELS.get(result.applied or "", result.applied or "—"),
                     f"共 {len(entries)} 个：" + "、".join(entries) if entries else "无"])
    spec.tail = tail
    return spec


def _widths(spec: SheetSpec) -> list[float]:
    columns = max(len(spec.headers), *(len(row) for row in spec.tail)) if spec.tail else len(spec.headers)
    widths = [float(text_width(header)) for header in spec.headers] + [0.0] * (columns - len(spec.headers))
    for rows in (spec.rows, spec.tail):
        for row in rows:
            for index, value in enumerate(row):
                width = len(f"{value:.2f}") if isinstance(value, float) else text_width(value)
                if width > widths[index]:
                    widths[index] = float(width)
    result: list[float] = []
    for index, measured in enumerate(widths):
        limit = WRAP_WIDTH if index in spec.wrap else MAX_WIDTH
        result.append(min(max(measured, 4) + 2.5, limit))
    return result


def _write_sheet(workbook: Any, spec: SheetSpec, provenance: str, session: str) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(spec.title)
    widths = _widths(spec)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    last_column = get_column_letter(len(spec.headers))
    last_row = HEADER_ROW + len(spec.rows)
    sheet.freeze_panes = f"{get_column_letter(spec.freeze_columns + 1)}{HEADER_ROW + 1}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{max(last_row, HEADER_ROW + 1)}"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = 9  # A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    footer = sheet.HeaderFooter.oddFooter
    footer.left.text = session
    footer.left.size = 9
    footer.right.text = "第 &P 页 共 &N 页"
    footer.right.size = 9

    title_font = Font(size=14, bold=True)
    note_font = Font(size=9, italic=True, color="555555")
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="E6EBF2")
    thin = Side(style="thin", color="8C8C8C")
    header_border = Border(bottom=Side(style="medium", color="000000"), top=thin, left=thin, right=thin)
    header_alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap_alignment = Alignment(vertical="top", wrap_text=True)

    def cell(value: Any, **styles: Any) -> Any:
        item = WriteOnlyCell(sheet, value=value)
        for name, style in styles.items():
            setattr(item, name, style)
        return item

    sheet.append([cell(spec.heading, font=title_font)])
    sheet.append([cell(provenance, font=note_font)])
    sheet.append([cell(header, font=header_font, fill=header_fill, border=header_border,
                       alignment=header_alignment) for header in spec.headers])
    styled = {index: {"number_format": fmt} for index, fmt in spec.formats.items()}
    for index in spec.wrap:
        styled.setdefault(index, {})["alignment"] = wrap_alignment
    for row in spec.rows:
        sheet.append(_styled_row(row, styled, cell))
    if spec.tail:
        sheet.append([])
        for number, row in enumerate(spec.tail):
            formats = {column: {"number_format": fmt} for (r, column), fmt in spec.tail_formats.items() if r == number}
            if formats:
                sheet.append(_styled_row(row, formats, cell))
            elif number in spec.tail_headers:
                sheet.append([cell(value, font=header_font, fill=header_fill) for value in row])
            else:
                sheet.append(row)


def _styled_row(row: Sequence[Any], styled: dict[int, dict[str, Any]], cell: Any) -> Iterable[Any]:
    if not styled:
        return row
    return [cell(value, **styled[index]) if index in styled and value is not None else value
            for index, value in enumerate(row)]
