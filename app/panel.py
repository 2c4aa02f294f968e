"""A session's panel (评审专家组): read from the panel workbook, with one chair (评审组长).

Columns 编号, 姓名, 工作单位, 角色 (专家 or 组长). Conflicts of interest are prepared from it: a
member whose 工作单位 matches a candidate's is recused (回避) for that candidate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.enums import PanelRole, normalise_text
from app.errors import InputRefused
from app.messages import joined, msg
from app.workbook import read_sheet

PANEL_HEADERS = ("编号", "姓名", "工作单位", "角色")
MAX_PANEL = 50
_NUMBER = re.compile(r"^[A-Za-z0-9_-]{1,16}$")
# Company-form words that do not distinguish one employer from another.
_GENERIC = re.compile(r"(股份)?有限(责任)?公司|集团|总公司|分公司")


@dataclass(frozen=True)
class PanelMember:
    number: str
    name: str
    employer: str
    role: PanelRole

    @property
    def is_chair(self) -> bool:
        return self.role is PanelRole.CHAIR

    def as_dict(self) -> dict[str, Any]:
        return {"number": self.number, "name": self.name, "employer": self.employer, "role": self.role.value}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PanelMember:
        role = PanelRole.from_value(str(data["role"]))
        if role is None:
            raise ValueError(f"unknown panel role {data['role']!r}")
        return cls(str(data["number"]), str(data["name"]), str(data["employer"]), role)


def _header_score(headers: list[str]) -> int:
    wanted = {normalise_text(h) for h in PANEL_HEADERS}
    return sum(1 for h in headers if normalise_text(h) in wanted)


def read_panel(path: Path) -> list[PanelMember]:
    """The panel from its workbook; refuse a panel without exactly one chair, or with bad rows."""
    sheet = read_sheet(path, _header_score, max_rows=MAX_PANEL)
    index = {normalise_text(h): i for i, h in enumerate(sheet.headers)}
    missing = [h for h in PANEL_HEADERS if normalise_text(h) not in index]
    if missing:
        raise InputRefused(msg("{file}：专家名单缺少列 {columns}", file=path.name, columns=joined("、", missing)))
    members: list[PanelMember] = []
    for number, values in sheet.rows:
        def cell(header: str, values: list[Any] = values) -> str:
            value = values[index[normalise_text(header)]]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            return "" if value is None else str(value).strip()

        where = msg("{file} 第 {row} 行", file=path.name, row=number)
        member_no, name, employer, role_text = (cell(h) for h in PANEL_HEADERS)
        if not _NUMBER.match(member_no):
            raise InputRefused(msg("{where}：编号“{number}”应为1–16位字母、数字", where=where, number=member_no))
        if not name:
            raise InputRefused(msg("{where}：姓名未填写", where=where))
        if not employer:
            raise InputRefused(msg("{where}：工作单位未填写（用于判断回避）", where=where))
        role = PanelRole.from_label(role_text)
        if role is None:
            raise InputRefused(msg("{where}：角色“{role}”应为“专家”或“组长”", where=where, role=role_text))
        if any(m.number == member_no for m in members):
            raise InputRefused(msg("{where}：编号 {number} 重复", where=where, number=member_no))
        members.append(PanelMember(member_no, name, employer, role))
    chairs = [m for m in members if m.is_chair]
    if len(chairs) != 1:
        raise InputRefused(msg("{file}：专家名单应有且只有一名组长，实有 {count} 名",
                               file=path.name, count=len(chairs)))
    if len(members) < 3:
        raise InputRefused(msg("{file}：专家名单只有 {count} 人，至少需要 3 人",
                               file=path.name, count=len(members)))
    return members


def _employer_key(employer: str) -> str:
    return _GENERIC.sub("", normalise_text(employer))


def same_employer(a: str, b: str) -> bool:
    """Whether two 工作单位 name the same unit (or one contains the other, e.g. a branch)."""
    key_a, key_b = _employer_key(a), _employer_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    shorter, longer = sorted((key_a, key_b), key=len)
    return len(shorter) >= 6 and shorter in longer
