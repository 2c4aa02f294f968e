"""Office intake: read a filled applications workbook into the database and run 资格审查.

The workbook is read whole and checked before anything is written; then every candidate, the
income survey, the findings and the attachments go into the database in one transaction. Re-running
the same workbook changes nothing; a corrected one updates the rows it corrects and reports what
changed. Findings are *problems* (the candidate is ineligible) or *warnings* (for the office to
confirm); each names the form's label of the field concerned. Their reasons are messages
(``app.messages``): the report keeps them for the interface to translate; the database keeps their
Chinese text, which ``stored_reason`` turns back into a message.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import string
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.enums import Channel, Group, ModelWorkerTitle, Stage, normalise_text
from app.errors import InputRefused, WorkbookError
from app.form import FIELDS, FIELDS_BY_KEY, POWER_LABELS, FieldSpec, Kind, Requirement, power_evidence_fields
from app.idcard import IdInfo, age_on, normalise_id, parse_id
from app.messages import Message, joined, msg
from app.storage import OfficeDatabase, now_iso
from app.workbook import CellValue, read_sheet

MAX_APPLICATION_ROWS = 5000
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024

DEFAULT_SENIOR_POST_WORDS = (
    "副局级", "局级", "局长", "副局长", "巡视员", "厅长", "副厅长", "司长", "市长", "副市长", "区长",
    "副区长", "县长", "党委书记", "党组书记", "纪委书记", "董事长", "总经理", "总裁", "监事会主席",
)
ATTACHMENT_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    # kind: (label, words in a file name that identify it)
    "id_card": ("身份证复印件", ("身份证", "sfz", "idcard", "id_card", "id-card", "identity")),
    "union_card": ("工会会员服务卡", ("工会", "会员", "union", "member")),
    "certificate": ("证书（奖状）", ("证书", "奖状", "荣誉", "certificate", "award", "honour", "honor")),
    "photo": ("照片", ("照片", "工作照", "photo", "picture")),
}
REQUIRED_ATTACHMENTS = ("id_card", "union_card")
_MEDIA_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                ".png": "image/png", ".tif": "image/tiff", ".tiff": "image/tiff", ".bmp": "image/bmp"}


REFERENCE_DATE_SETTING = "reference_date"


@dataclass(frozen=True)
class IntakeRules:
    """Settings of the pre-check that the office may change (stored in the database's settings)."""

    senior_post_words: tuple[str, ...] = DEFAULT_SENIOR_POST_WORDS
    statement_tolerance: float = 0.3  # 个人自述 "500字左右": accepted within ±30 %
    # The date ages and exclusion bars are judged on (资格审查基准日). Fixed at the database's first
    # intake and stored, so a corrected workbook imported later, or on a laptop whose clock is
    # wrong, is judged on the same day as the first.
    today: dt.date | None = None
    year: int | None = None  # the selection's year, for generated 申报编号

    @classmethod
    def from_database(cls, office: OfficeDatabase) -> IntakeRules:
        stored = office.setting(REFERENCE_DATE_SETTING, None)
        try:
            today = dt.date.fromisoformat(stored) if isinstance(stored, str) else None
        except ValueError:
            today = None
        return cls(
            senior_post_words=tuple(office.setting("senior_post_words", list(DEFAULT_SENIOR_POST_WORDS))),
            statement_tolerance=float(office.setting("statement_tolerance", 0.3)),
            today=today,
            year=office.setting("year", None),
        )


@dataclass
class Finding:
    field: str  # the form's label (or a message naming what is concerned: 附件, 限制申报名单)
    reason: str  # a message (app.messages): the same Chinese text, with its template

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "reason": self.reason}


@dataclass
class CandidateReport:
    row: int
    application_no: str
    name: str
    problems: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    status: str = "new"  # new | updated | unchanged
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (label, old, new)

    @property
    def eligible(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row, "id": self.application_no, "name": self.name, "eligible": self.eligible,
            "problems": [p.as_dict() for p in self.problems],
            "warnings": [w.as_dict() for w in self.warnings],
            "status": self.status,
            "changes": [{"field": label, "old": old, "new": new} for label, old, new in self.changes],
        }


@dataclass
class IntakeReport:
    file_name: str
    sheet: str
    candidates: list[CandidateReport]
    ignored_columns: list[str]

    def counts(self) -> dict[str, int]:
        return {
            "rows": len(self.candidates),
            "eligible": sum(c.eligible for c in self.candidates),
            "ineligible": sum(not c.eligible for c in self.candidates),
            # Eligible candidates that the office still has to confirm (待核实).
            "with_warnings": sum(c.eligible and bool(c.warnings) for c in self.candidates),
            "new": sum(c.status == "new" for c in self.candidates),
            "updated": sum(c.status == "updated" for c in self.candidates),
            "unchanged": sum(c.status == "unchanged" for c in self.candidates),
        }

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file_name, "sheet": self.sheet, "summary": self.counts(),
                "ignored_columns": self.ignored_columns,
                "candidates": [c.as_dict() for c in self.candidates]}


# ---------------------------------------------------------------------------------------------
# Headers


def _header_forms(text: str) -> set[str]:
    """The ways a header may be compared: whole, without remarks in brackets, either side of a colon."""
    folded = unicodedata.normalize("NFKC", text).replace("□", "")
    folded = re.sub(r"^\s*\d+\s*[.、]\s*", "", folded)  # survey questions are numbered
    forms = {folded, re.sub(r"[（(][^）)]*[）)]", "", folded)}
    for form in list(forms):
        if ":" in form:
            before, _, after = form.partition(":")
            forms.update({before, after})
    forms = {re.sub(r"元/月$", "", form) for form in forms}
    return {normalise_text(form) for form in forms} - {""}


_FIELD_FORMS: dict[str, set[str]] = {
    spec.key: set().union(*(_header_forms(label) for label in (spec.label, *spec.aliases))) for spec in FIELDS
}


def _candidates_for_header(header: str) -> list[FieldSpec]:
    forms = _header_forms(header)
    exact = [s for s in FIELDS if normalise_text(header) in _FIELD_FORMS[s.key]]
    if exact:
        return exact
    return [s for s in FIELDS if forms & _FIELD_FORMS[s.key]]


def resolve_headers(headers: list[str]) -> tuple[dict[int, FieldSpec], list[str]]:
    """Map column positions to fields; the form's two 邮编 are told apart by the column before."""
    mapping: dict[int, FieldSpec] = {}
    ignored: list[str] = []
    used: set[str] = set()
    for index, header in enumerate(headers):
        if not header:
            continue
        options = [s for s in _candidates_for_header(header) if s.key not in used]
        if len(options) > 1:
            previous = mapping.get(index - 1)
            follows = {"home_address": "home_postcode", "employer_address": "employer_postcode"}
            wanted = follows.get(previous.key) if previous else None
            options = [s for s in options if s.key == wanted] or options[:1]
        if options:
            mapping[index] = options[0]
            used.add(options[0].key)
        else:
            ignored.append(header)
    return mapping, ignored


def _header_score(headers: list[str]) -> int:
    return len(resolve_headers(headers)[0])


# ---------------------------------------------------------------------------------------------
# Values


def count_chars(text: str) -> int:
    """Characters as the notice counts them (字): everything but whitespace."""
    return len(re.sub(r"\s+", "", text))


def _as_text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%Y-%m-%d")
    return unicodedata.normalize("NFC", str(value)).strip()


def _parse_date(value: CellValue) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = unicodedata.normalize("NFKC", _as_text(value))
    match = re.fullmatch(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?", text) or re.fullmatch(
        r"(\d{4})(\d{2})(\d{2})", text)
    if not match:
        raise ValueError(msg("“{text}”不是日期（应为 1980-05-17 的形式）", text=text))
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValueError(msg("“{text}”不是真实日期", text=text)) from None


def _parse_number(value: CellValue, *, integer: bool) -> int | float:
    if isinstance(value, bool):
        raise ValueError(msg("应为数字"))
    if isinstance(value, (int, float)):
        number: float = float(value)
    else:
        text = unicodedata.normalize("NFKC", _as_text(value)).replace(",", "")
        text = re.sub(r"(元/月|元|年|项|个|件)$", "", text).strip()
        try:
            number = float(text)
        except ValueError:
            raise ValueError(msg("“{text}”不是数字", text=_as_text(value))) from None
    if number < 0:
        raise ValueError(msg("不能为负数（{text}）", text=_as_text(value)))
    if integer:
        if not number.is_integer():
            raise ValueError(msg("应为整数（{text}）", text=_as_text(value)))
        return int(number)
    return number


def _reason(error: ValueError) -> str:
    """The message a check raised (a ``Message``, kept for translation), or its text."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, str) else str(error)


_SEPARATORS = re.compile(r"[、,，;；/／\s]+")


@dataclass
class _Row:
    row: int
    values: dict[str, Any]  # what is stored: identifiers for valid choices, raw text otherwise
    problems: list[Finding]
    warnings: list[Finding]
    id_info: IdInfo | None = None
    given_no: str = ""

    def problem(self, spec: FieldSpec | str, reason: str) -> None:
        self.problems.append(Finding(spec.label if isinstance(spec, FieldSpec) else spec, reason))

    def warning(self, spec: FieldSpec | str, reason: str) -> None:
        self.warnings.append(Finding(spec.label if isinstance(spec, FieldSpec) else spec, reason))


_TICKS = "☑☒■√✓✔"
_TICKED = re.compile(f"[{_TICKS}]\\s*([^{_TICKS}□]+)")


def ticked_only(text: str) -> str:
    """"□全国劳模 ☑上海劳模 □否" (the form's checkbox row, ticked) -> "上海劳模"; other text unchanged."""
    if "□" not in text or not any(mark in text for mark in _TICKS):
        return text
    return "、".join(part.strip() for part in _TICKED.findall(text))


def _parse_value(spec: FieldSpec, value: CellValue, row: _Row, today: dt.date) -> Any:
    """The stored form of one cell, recording a problem when it is malformed."""
    text = _as_text(value)
    if spec.choices is not None:
        if text.count("□") > 1 and not any(mark in text for mark in _TICKS):
            row.problem(spec, msg("“{text}”是表格中的选项，但一项也没有勾选", text=text))
            return text
        text = ticked_only(text)
    if spec.kind is Kind.CHOICE and spec.choices is not None:
        member = spec.choices.from_label(text)
        if member is None:
            row.problem(spec, msg("“{text}”不是可选项（可选：{choices}）",
                                  text=text, choices=joined("、", spec.choices.labels())))
            return text
        return member.value
    if spec.kind is Kind.MULTI_CHOICE and spec.choices is not None:
        members = []
        for part in _SEPARATORS.split(text):
            if not part:
                continue
            member = spec.choices.from_label(part)
            if member is None:
                row.problem(spec, msg("“{text}”不是可选项（可选：{choices}）",
                                      text=part, choices=joined("、", spec.choices.labels())))
                return text
            if member not in members:
                members.append(member)
        if ModelWorkerTitle.NONE in members and len(members) > 1:
            row.problem(spec, msg("同时填了“否”和称号"))
            return text
        return ",".join(str(m.value) for m in members)
    if spec.kind in (Kind.INTEGER, Kind.MONEY):
        try:
            return _parse_number(value, integer=spec.kind is Kind.INTEGER)
        except ValueError as error:
            row.problem(spec, _reason(error))
            return text
    if spec.kind is Kind.DATE:
        try:
            parsed = _parse_date(value)
        except ValueError as error:
            row.problem(spec, _reason(error))
            return text
        return parsed.isoformat() if parsed else ""
    if spec.kind is Kind.ID_NUMBER:
        if isinstance(value, float):
            row.problem(spec, msg("以数字格式保存，末几位可能已丢失；请把该列设为“文本”格式后重新填写"))
            return text
        try:
            row.id_info = parse_id(text, today=today)
        except ValueError as error:
            row.problem(spec, msg("身份证号码无效：{reason}", reason=_reason(error)))
            return normalise_id(text)
        return row.id_info.number
    if spec.kind is Kind.MOBILE:
        digits = re.sub(r"[\s\-()（）]", "", unicodedata.normalize("NFKC", text))
        digits = re.sub(r"^(\+?86)(?=1\d{10}$)", "", digits)
        if not re.fullmatch(r"1[3-9]\d{9}", digits):
            row.problem(spec, msg("“{text}”不是有效的11位手机号码", text=text))
            return text
        return digits
    if spec.kind is Kind.POSTCODE:
        digits = unicodedata.normalize("NFKC", text)
        if isinstance(value, (int, float)) and digits.isdigit() and len(digits) < 6:
            digits = digits.zfill(6)  # a number-formatted cell drops leading zeros
        if not re.fullmatch(r"[0-8]\d{5}", digits):
            if spec.key == "home_postcode":
                row.problem(spec, msg("家庭住址的邮编“{text}”不是有效的6位邮政编码", text=text))
            else:
                row.problem(spec, msg("单位地址的邮编“{text}”不是有效的6位邮政编码", text=text))
            return text
        return digits
    return text


def _check_row(cells: dict[str, CellValue], number: int, rules: IntakeRules, today: dt.date) -> _Row:
    row = _Row(row=number, values={}, problems=[], warnings=[])
    row.given_no = _as_text(cells.get("application_no"))
    for spec in FIELDS:
        if spec.key == "application_no":
            continue
        value = cells.get(spec.key)
        if _as_text(value) == "":
            row.values[spec.key] = None
            continue
        row.values[spec.key] = _parse_value(spec, value, row, today)

    channel = Channel.from_label(_as_text(cells.get("channel")))
    for spec in FIELDS:
        if row.values.get(spec.key) not in (None, ""):
            continue
        if spec.requirement is Requirement.ALWAYS or (
            spec.requirement is Requirement.RECOMMENDED and channel in (Channel.UNIT, Channel.ASSOCIATION)
        ):
            row.problem(spec, msg("未填写（《申报审批表》不得缺项、漏项）"))

    for power, power_label in POWER_LABELS.items():
        evidence = power_evidence_fields(power)
        if all(not row.values.get(s.key) for s in evidence):
            row.problem(power_label, msg("{fields}均未填写，五项指标都需提交证明材料",
                                         fields=joined("、", (s.label for s in evidence))))

    info = row.id_info
    if info is not None:
        gender = row.values.get("gender")
        if gender in ("male", "female") and gender != info.gender.value:
            row.problem(FIELDS_BY_KEY["gender"],
                        msg("与身份证不符（身份证显示为{gender}性）", gender=info.gender.label))
        birth = row.values.get("birth_date")
        if birth and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(birth)) and birth != info.birth_date.isoformat():
            row.problem(FIELDS_BY_KEY["birth_date"],
                        msg("与身份证不符（身份证显示为 {birth_date}）", birth_date=info.birth_date.isoformat()))
        if age_on(info.birth_date, today) < 16:
            row.problem(FIELDS_BY_KEY["id_number"],
                        msg("按身份证出生日期 {birth_date} 计算未满16周岁", birth_date=info.birth_date.isoformat()))
        years = row.values.get("years_worked")
        if isinstance(years, int) and years > age_on(info.birth_date, today) - 14:
            row.warning(FIELDS_BY_KEY["years_worked"], msg("工作年限 {years} 年与年龄不符，请核实", years=years))

    spirit = _as_text(cells.get("craft_spirit"))
    spirit_spec = FIELDS_BY_KEY["craft_spirit"]
    if spirit and spirit_spec.max_chars and count_chars(spirit) > spirit_spec.max_chars:
        n = count_chars(spirit)
        row.problem(spirit_spec, msg("共 {count} 字，超过 {limit} 字的上限 {excess} 字",
                                     count=n, limit=spirit_spec.max_chars, excess=n - spirit_spec.max_chars))
    statement = _as_text(cells.get("statement"))
    statement_spec = FIELDS_BY_KEY["statement"]
    target = statement_spec.target_chars or 500
    if statement:
        n = count_chars(statement)
        low, high = round(target * (1 - rules.statement_tolerance)), round(target * (1 + rules.statement_tolerance))
        if n < low:
            row.problem(statement_spec,
                        msg("共 {count} 字，比要求的 {target} 字左右少 {shortfall} 字"
                            "（可接受 {low}–{high} 字）",
                            count=n, target=target, shortfall=target - n, low=low, high=high))
        elif n > high:
            row.problem(statement_spec,
                        msg("共 {count} 字，比要求的 {target} 字左右多 {excess} 字"
                            "（可接受 {low}–{high} 字）",
                            count=n, target=target, excess=n - target, low=low, high=high))

    position = _as_text(cells.get("position"))
    hits = [word for word in rules.senior_post_words if word and word in position]
    if hits:
        row.warning(FIELDS_BY_KEY["position"],
                    msg("职务“{position}”含“{word}”，可能为副局级及以上领导干部，请核实是否符合申报条件",
                        position=position, word=hits[0]))
    honours = _as_text(cells.get("honours"))
    if channel in (Channel.UNIT, Channel.ASSOCIATION) and "工匠" not in honours:
        row.warning(FIELDS_BY_KEY["honours"],
                    msg("{channel}的候选人未见本地区（系统、行业）工匠称号，请核实（通知 五（二））",
                        channel=channel.label))
    has_patents = row.values.get("has_patents")
    counts = [row.values.get(k) for k in ("invention_patents", "utility_patents", "design_patents")]
    total = sum(c for c in counts if isinstance(c, int))
    if has_patents == "no" and total > 0:
        row.warning(FIELDS_BY_KEY["has_patents"], msg("填“否”但专利数合计 {total} 项，请核实", total=total))
    elif has_patents == "yes" and total == 0 and all(isinstance(c, int) for c in counts):
        row.warning(FIELDS_BY_KEY["has_patents"], msg("填“是”但各类专利数均为 0，请核实"))
    return row


# ---------------------------------------------------------------------------------------------
# Attachments


@dataclass(frozen=True)
class AttachmentFile:
    path: Path
    kind: str
    media_type: str


def classify_attachment(path: Path) -> str:
    name = unicodedata.normalize("NFKC", path.stem).lower()
    for kind, (_, words) in ATTACHMENT_KINDS.items():
        if any(word in name for word in words):
            return kind
    return "other"


def _attachment_folders(root: Path) -> dict[str, Path]:
    if not root.is_dir():
        raise InputRefused(msg("附件文件夹 {folder} 不存在或不是文件夹", folder=root))
    return {normalise_id(p.name): p for p in sorted(root.iterdir()) if p.is_dir()}


def _attachment_files(folder: Path) -> list[AttachmentFile]:
    files = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.startswith((".", "~$")):
            media_type = _MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")
            files.append(AttachmentFile(path, classify_attachment(path), media_type))
    return files


# ---------------------------------------------------------------------------------------------
# The run


def _stored_text(value: Any) -> str:
    return "" if value is None else str(value)


def _display(spec: FieldSpec | None, value: Any) -> str:
    """A stored value as the office reads it (labels for choices)."""
    if value in (None, ""):
        return msg("（空）")
    if spec is not None and spec.choices is not None:
        labels = []
        for part in str(value).split(","):
            member = spec.choices.from_value(part)
            labels.append(member.label if member is not None else part)
        return joined("、", labels)
    return str(value)


def _exclusion_hits(office: OfficeDatabase, id_number: str, employer: str, today: dt.date) -> list[str]:
    reasons: list[str] = []
    for row in office.db.query("SELECT * FROM exclusions"):
        if row["until"] and row["until"] < today.isoformat():
            continue
        if row["kind"] == "id_number" and id_number and normalise_id(row["value"]) == id_number:
            reasons.append(msg("本人在限制申报名单中（{reason}，至 {until}）",
                               reason=row["reason"] or msg("瞒报、虚报"), until=row["until"] or msg("长期")))
        if row["kind"] == "employer" and employer and normalise_text(row["value"]) == normalise_text(employer):
            reasons.append(msg("所在单位在限制申报名单中（{reason}，至 {until}）",
                               reason=row["reason"] or msg("瞒报、虚报"), until=row["until"] or msg("长期")))
    return reasons


def run_intake(
    workbook: Path,
    office: OfficeDatabase,
    *,
    attachments: Path | None = None,
    rules: IntakeRules | None = None,
) -> IntakeReport:
    """Read, check and store one applications workbook; all or nothing."""
    rules = rules or IntakeRules.from_database(office)
    today = rules.today or dt.date.today()
    year = rules.year or today.year
    sheet = read_sheet(workbook, _header_score, max_rows=MAX_APPLICATION_ROWS)
    mapping, ignored = resolve_headers(sheet.headers)
    present = {spec.key for spec in mapping.values()}
    missing = [s.label for s in FIELDS if s.requirement is not Requirement.OPTIONAL and s.key not in present]
    if missing:
        raise WorkbookError(
            msg("{file}：缺少必需的列：{columns}（请使用 template applications 生成的模板）",
                file=workbook.name, columns=joined("、", missing)))
    folders = _attachment_folders(attachments) if attachments is not None else None

    rows = []
    for number, values in sheet.rows:
        cells = {spec.key: values[index] for index, spec in mapping.items() if index < len(values)}
        rows.append(_check_row(cells, number, rules, today))

    file_digest = hashlib.sha256(workbook.read_bytes()).hexdigest()
    reports: list[CandidateReport] = []
    with office.atomic():
        existing = {c["application_no"]: c for c in office.candidates()}
        by_id: dict[str, list[str]] = defaultdict(list)
        for no, cand in sorted(existing.items(), key=lambda item: item[1]["seq"]):
            if cand["id_number"]:
                by_id[cand["id_number"]].append(no)
        claimed: set[str] = set()
        assigned: list[str] = []
        generated: dict[str, int] = {}
        for row in rows:
            no = _match_application_no(row, existing, by_id, claimed, year, generated)
            claimed.add(no)
            assigned.append(no)

        # Duplicates: the first application of a person (earliest in the database, then in the
        # workbook) stands; each later one is a problem naming the first.
        first_seen: dict[str, tuple[tuple[int, int], str, str]] = {}
        for no, cand in existing.items():
            if cand["id_number"] and no not in claimed:
                key = (0, cand["seq"])
                first = first_seen.get(cand["id_number"])
                if first is None or key < first[0]:
                    earlier = msg("已导入的申报 {application_no}（{name}）",
                                  application_no=no, name=cand["name"] or msg("无姓名"))
                    first_seen[cand["id_number"]] = (key, no, earlier)
        for row, no in zip(rows, assigned, strict=True):
            id_number = row.values.get("id_number")
            if not id_number or row.id_info is None:
                continue
            stored = existing.get(no)
            key = (0, stored["seq"]) if stored else (1, row.row)
            first = first_seen.get(id_number)
            if first is None or key < first[0]:
                first_seen[id_number] = (key, no,
                                         msg("第 {row} 行（{application_no}）", row=row.row, application_no=no))
        for row, no in zip(rows, assigned, strict=True):
            id_number = row.values.get("id_number")
            first = first_seen.get(id_number) if id_number and row.id_info else None
            if first is not None and first[1] != no:
                row.problem(FIELDS_BY_KEY["id_number"], msg("同一身份证重复申报：与{first}为同一人", first=first[2]))
            for reason in _exclusion_hits(office, id_number or "", _as_text(row.values.get("employer")), today):
                row.problem(msg("限制申报名单"), reason)

        if folders is not None:
            for row, no in zip(rows, assigned, strict=True):
                _check_attachments(row, no, folders)

        run_changes: list[tuple[str, str, str, str]] = []
        for row, no in zip(rows, assigned, strict=True):
            report = _store_row(office, row, no, existing.get(no), workbook.name, folders)
            reports.append(report)
            run_changes.extend((no, label, old, new) for label, old, new in report.changes)
        if any(r.status != "unchanged" for r in reports):
            counts = {s: sum(r.status == s for r in reports) for s in ("new", "updated", "unchanged")}
            run_id = office.table("intake_runs").insert(
                {"file_name": workbook.name, "file_sha256": file_digest, "at": now_iso(), "rows": len(rows),
                 **counts}).last_pk
            office.table("changes").insert_all(
                {"run_id": run_id, "application_no": no, "field": label, "old": old, "new": new}
                for no, label, old, new in run_changes)
        if office.setting(REFERENCE_DATE_SETTING, None) is None:
            office.set_setting(REFERENCE_DATE_SETTING, today.isoformat())
    return IntakeReport(workbook.name, sheet.title, reports, ignored)


def _match_application_no(
    row: _Row, existing: dict[str, dict[str, Any]], by_id: dict[str, list[str]], claimed: set[str],
    year: int, generated: dict[str, int],
) -> str:
    """The 申报编号 of a row: as given; else the same person's earlier record; else a new number."""
    if row.given_no:
        return row.given_no
    id_number = row.values.get("id_number")
    if id_number:
        for no in by_id.get(id_number, []):
            if no not in claimed:
                return no
    group = row.values.get("group")
    code = group if isinstance(group, str) and Group.from_label(group) is not None else "G00"
    prefix = f"{year}-{code}-"
    sequence = generated.get(prefix, 0)
    while True:
        sequence += 1
        candidate = f"{prefix}{sequence:03d}"
        if candidate not in existing and candidate not in claimed:
            generated[prefix] = sequence
            return candidate


def _check_attachments(row: _Row, no: str, folders: dict[str, Path]) -> None:
    folder = folders.get(normalise_id(no)) or folders.get(_stored_text(row.values.get("id_number")))
    files = _attachment_files(folder) if folder else []
    row.values["_attachments"] = files
    kinds = {f.kind for f in files}
    for kind in REQUIRED_ATTACHMENTS:
        if kind not in kinds:
            where = (msg("附件文件夹中没有该候选人的子文件夹") if folder is None
                     else msg("文件夹 {folder} 中未找到", folder=folder.name))
            row.warning(msg("附件"),
                        msg("缺少{attachment}（{where}）", attachment=ATTACHMENT_KINDS[kind][0], where=where))
    for item in files:
        if item.path.stat().st_size > MAX_ATTACHMENT_BYTES:
            row.problem(msg("附件"), msg("{file} 超过 {limit_mb} MB",
                                       file=item.path.name, limit_mb=MAX_ATTACHMENT_BYTES // (1024 * 1024)))


def _store_row(
    office: OfficeDatabase, row: _Row, no: str, old: dict[str, Any] | None, source: str,
    folders: dict[str, Path] | None,
) -> CandidateReport:
    db = office.db
    files: list[AttachmentFile] = row.values.pop("_attachments", [])
    record = {k: v for k, v in row.values.items() if not FIELDS_BY_KEY[k].is_survey}
    survey = {k: v for k, v in row.values.items() if FIELDS_BY_KEY[k].is_survey}
    record["eligible"] = int(not row.problems)
    report = CandidateReport(row.row, no, _stored_text(row.values.get("name")), row.problems, row.warnings)

    stamp = now_iso()
    if old is None:
        record.update({"application_no": no, "stage": Stage.ELIGIBILITY.value, "seq": office.next_seq(),
                       "source_file": source, "source_row": row.row, "created_at": stamp, "updated_at": stamp})
        office.table("candidates").insert(record)
        report.status = "new"
    else:
        old_survey = office.survey(no) or {}
        for key, value in {**record, **survey}.items():
            before = old_survey.get(key) if key in survey else old.get(key)
            if _stored_text(before) != _stored_text(value) and key != "eligible":
                spec = FIELDS_BY_KEY.get(key)
                report.changes.append((spec.label if spec else key, _display(spec, before), _display(spec, value)))
        findings_before = [(f["severity"], f["field"], f["reason"]) for f in office.findings(no)]
        findings_now = [("problem", f.field, f.reason) for f in row.problems] + [
            ("warning", f.field, f.reason) for f in row.warnings]
        moved = old.get("source_row") != row.row or old.get("source_file") != source
        if report.changes or findings_before != findings_now or moved:
            record.update({"source_file": source, "source_row": row.row, "updated_at": stamp})
            office.table("candidates").update(no, record)
            report.status = "updated" if report.changes else "unchanged"
        else:
            report.status = "unchanged"
    if any(v not in (None, "") for v in survey.values()) or office.survey(no) is not None:
        office.table("survey").upsert({"application_no": no, **survey}, pk="application_no")
    findings = [{"application_no": no, "severity": "problem", **f.as_dict()} for f in row.problems] + [
        {"application_no": no, "severity": "warning", **f.as_dict()} for f in row.warnings]
    stored_findings = [{k: f[k] for k in ("application_no", "severity", "field", "reason")}
                       for f in office.findings(no)]
    if stored_findings != findings:  # rewritten only when they differ, so a re-run changes nothing
        db.execute("DELETE FROM findings WHERE application_no = ?", [no])
        office.table("findings").insert_all(findings)
    if folders is not None:
        known = {a["sha256"] for a in office.attachments(no)}
        for item in files:
            data = item.path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if digest in known:
                continue
            known.add(digest)
            office.table("attachments").insert({"application_no": no, "kind": item.kind, "filename": item.path.name,
                                      "media_type": item.media_type, "size": len(data), "sha256": digest,
                                      "data": data})
            report.changes.append((msg("附件"), msg("（无）"), item.path.name))
            if report.status == "unchanged":
                report.status = "updated"
    return report


def report_json(report: IntakeReport) -> str:
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)


# ---------------------------------------------------------------------------------------------
# Findings read back from the database

# The templates with values of the findings' reasons written above (and of parse_id's, quoted in
# one of them). The database stores a reason as its Chinese text; ``stored_reason`` matches the text
# against these to give it its template back. A reason that fits none is shown as written (a
# template without values needs no entry: a plain text is its own template).
_REASON_TEMPLATES = (
    "“{text}”不是日期（应为 1980-05-17 的形式）",
    "“{text}”不是真实日期",
    "“{text}”不是数字",
    "不能为负数（{text}）",
    "应为整数（{text}）",
    "“{text}”是表格中的选项，但一项也没有勾选",
    "“{text}”不是可选项（可选：{choices}）",
    "身份证号码无效：{reason}",
    "“{text}”不是有效的11位手机号码",
    "家庭住址的邮编“{text}”不是有效的6位邮政编码",
    "单位地址的邮编“{text}”不是有效的6位邮政编码",
    "{fields}均未填写，五项指标都需提交证明材料",
    "与身份证不符（身份证显示为{gender}性）",
    "与身份证不符（身份证显示为 {birth_date}）",
    "按身份证出生日期 {birth_date} 计算未满16周岁",
    "工作年限 {years} 年与年龄不符，请核实",
    "共 {count} 字，超过 {limit} 字的上限 {excess} 字",
    "共 {count} 字，比要求的 {target} 字左右少 {shortfall} 字（可接受 {low}–{high} 字）",
    "共 {count} 字，比要求的 {target} 字左右多 {excess} 字（可接受 {low}–{high} 字）",
    "职务“{position}”含“{word}”，可能为副局级及以上领导干部，请核实是否符合申报条件",
    "{channel}的候选人未见本地区（系统、行业）工匠称号，请核实（通知 五（二））",
    "填“否”但专利数合计 {total} 项，请核实",
    "本人在限制申报名单中（{reason}，至 {until}）",
    "所在单位在限制申报名单中（{reason}，至 {until}）",
    "同一身份证重复申报：与{first}为同一人",
    "缺少{attachment}（{where}）",
    "{file} 超过 {limit_mb} MB",
)
# Fields whose value is itself a message with values (the templates it may have), or a list.
_NESTED_TEMPLATES: dict[str, tuple[str, ...]] = {
    "reason": ("应为18位，实际为{length}位", "前两位地区码“{region}”不存在", "出生日期“{digits}”不是真实日期",
               "出生日期“{date}”不合理"),
    "first": ("已导入的申报 {application_no}（{name}）", "第 {row} 行（{application_no}）"),
    "where": ("文件夹 {folder} 中未找到",),
}
_LISTED = frozenset({"choices", "fields"})  # lists of the form's labels, joined with "、"


@functools.cache
def _label_lists() -> dict[str, tuple[str, ...]]:
    """The lists of labels a reason may quote (a field's choices, a power's evidence fields), by their text."""
    lists = [tuple(spec.choices.labels()) for spec in FIELDS if spec.choices is not None]
    lists += [tuple(s.label for s in power_evidence_fields(power)) for power in POWER_LABELS]
    return {"、".join(labels): labels for labels in lists}


@functools.cache
def _patterns(templates: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    compiled = []
    for template in templates:
        parts, seen = [], set()
        for literal, name, _spec, _conversion in string.Formatter().parse(template):
            parts.append(re.escape(literal))
            if name is not None:
                parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
                seen.add(name)
        compiled.append((template, re.compile("".join(parts), re.DOTALL)))
    return tuple(compiled)


def _message_of(text: str, templates: tuple[str, ...]) -> Message | None:
    for template, pattern in _patterns(templates):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values: dict[str, Any] = {}
        for name, value in match.groupdict().items():
            nested = _message_of(value, _NESTED_TEMPLATES[name]) if name in _NESTED_TEMPLATES else None
            labels = _label_lists().get(value) if name in _LISTED else None
            values[name] = nested or (joined("、", labels) if labels is not None else value)
        message = Message(template, **values)
        if message == text:
            return message
    return None


def stored_reason(text: str) -> str:
    """A finding's reason as the database keeps it (its Chinese text) as a message again, its
    template and values recovered so that an interface can translate it; the text itself when no
    template of intake fits it (a message is returned as it is)."""
    return text if isinstance(text, Message) else _stored_reason(text)


@functools.lru_cache(maxsize=4096)
def _stored_reason(text: str) -> str:
    return _message_of(text, _REASON_TEMPLATES) or text


def ineligible_summary(reports: Iterable[CandidateReport]) -> list[str]:
    """One line per ineligible candidate: what the CLI prints."""
    return [f"第 {r.row} 行 {r.application_no} {r.name}：" + "；".join(f"{p.field}：{p.reason}" for p in r.problems)
            for r in reports if r.problems]
