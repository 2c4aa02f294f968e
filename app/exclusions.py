"""The office's exclusion list: persons and units barred for 3 years after false reporting.

Notice 五（三）: 一经发现存在瞒报、虚报等不实情况……3年内不再接受该单位或个人的申报. Intake checks
every candidate's 身份证 and 工作单位 against the entries still in force.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.enums import normalise_text
from app.errors import InputRefused, UsageError
from app.idcard import parse_id
from app.messages import joined, msg
from app.storage import OfficeDatabase
from app.workbook import read_sheet

KINDS = {"id_number": "身份证", "employer": "单位"}
BAR_YEARS = 3
_IMPORT_HEADERS = ("类型", "身份证或单位", "原因", "截止日期")


def default_until(today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    try:
        return today.replace(year=today.year + BAR_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year + BAR_YEARS, day=28)


def _clean(kind: str, value: str) -> str:
    if kind not in KINDS:
        raise UsageError(msg("限制类型应为 {kinds}", kinds=joined(" 或 ", KINDS.values())))
    value = value.strip()
    if not value:
        raise InputRefused("限制名单的身份证或单位不能为空")
    if kind == "id_number":
        try:
            return parse_id(value).number
        except ValueError as error:
            reason = error.args[0] if error.args and isinstance(error.args[0], str) else str(error)
            raise InputRefused(msg("限制名单中的身份证 {id_number} 无效：{reason}",
                                   id_number=value, reason=reason)) from None
    return value


def add_exclusion(office: OfficeDatabase, kind: str, value: str, reason: str = "",
                  until: dt.date | None = None) -> None:
    value = _clean(kind, value)
    with office.atomic() as db:
        # One entry per person or unit: adding it again renews the reason and the end date.
        db.execute(
            "INSERT INTO exclusions (kind, value, reason, since, until) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(kind, value) DO UPDATE SET reason = excluded.reason, until = excluded.until",
            [kind, value, reason, dt.date.today().isoformat(), (until or default_until()).isoformat()])


def remove_exclusion(office: OfficeDatabase, entry: int | None) -> None:
    if entry is None:
        raise UsageError("请用 --entry 给出要删除的记录编号（见 exclusions list）")
    with office.atomic() as db:
        if db.execute("DELETE FROM exclusions WHERE id = ?", [entry]).rowcount == 0:
            raise InputRefused(msg("限制名单中没有编号为 {entry} 的记录", entry=entry))


def list_exclusions(office: OfficeDatabase) -> list[dict[str, Any]]:
    return list(office.db.query("SELECT * FROM exclusions ORDER BY id"))


def _header_score(headers: list[str]) -> int:
    return sum(1 for h in headers if normalise_text(h) in {normalise_text(x) for x in _IMPORT_HEADERS})


def import_exclusions(office: OfficeDatabase, workbook: Path) -> int:
    """Import a workbook of 类型 (身份证/单位), 身份证或单位, 原因, 截止日期; all rows or none."""
    sheet = read_sheet(workbook, _header_score, max_rows=100_000)
    index = {normalise_text(h): i for i, h in enumerate(sheet.headers)}
    missing = [h for h in _IMPORT_HEADERS[:2] if normalise_text(h) not in index]
    if missing:
        raise InputRefused(msg("{file}：缺少列 {columns}", file=workbook.name, columns=joined("、", missing)))
    entries = []
    for number, values in sheet.rows:
        def cell(header: str, values: list[Any] = values) -> Any:
            position = index.get(normalise_text(header))
            return values[position] if position is not None else None

        kind_text = str(cell("类型") or "").strip()
        kind = {"身份证": "id_number", "个人": "id_number", "单位": "employer"}.get(kind_text)
        if kind is None:
            raise InputRefused(msg("{file} 第 {row} 行：类型“{kind}”应为“身份证”或“单位”",
                                   file=workbook.name, row=number, kind=kind_text))
        try:
            value = _clean(kind, str(cell("身份证或单位") or ""))
        except InputRefused as error:
            raise InputRefused(msg("{file} 第 {row} 行：{error}",
                                   file=workbook.name, row=number, error=error)) from None
        until_cell = cell("截止日期")
        if isinstance(until_cell, dt.datetime):
            until = until_cell.date()
        elif isinstance(until_cell, dt.date):
            until = until_cell
        elif until_cell:
            try:
                until = dt.date.fromisoformat(str(until_cell).strip())
            except ValueError:
                raise InputRefused(msg("{file} 第 {row} 行：截止日期“{until}”应为 YYYY-MM-DD",
                                       file=workbook.name, row=number, until=until_cell)) from None
        else:
            until = default_until()
        entries.append((kind, value, str(cell("原因") or ""), until))
    with office.atomic():
        for kind, value, reason, until in entries:
            add_exclusion(office, kind, value, reason, until)
    return len(entries)
