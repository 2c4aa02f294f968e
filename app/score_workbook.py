"""The offline scoring workbook read back: every cell checked against the scheme, then signed.

A reviewer who scores in Excel fills the workbook of ``scores template`` (exports/score_workbook.py):
one row per candidate, one column per sub-item headed with the sub-item's label, plus 回避 and 评语.
:func:`read_score_workbook` reads it through :func:`app.workbook.read_sheet` (bounded, no formulas)
and checks every cell, collecting a problem for each bad one ("第 5 行 勇挑重担：7.3 不是 0.5 的整数倍")
instead of stopping at the first. :func:`import_score_workbook` refuses the workbook when any problem
is found, writing nothing; otherwise it replays the sheet into a fresh in-memory review store (so
every value is in the tamper-evident log, like typing in the app), locks it and writes the signed
score file.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.batch import recusal_reason
from app.enums import normalise_text
from app.errors import InputRefused, WorkbookError
from app.keys import fingerprint
from app.messages import joined, msg
from app.review_store import ReviewStore, format_score
from app.scheme import Scheme
from app.score_file import write_score_file
from app.workbook import CellValue, read_sheet

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.batch import OpenBatch

SHEET_TITLE = "评分表"
GUIDE_TITLE = "填写说明"
COL_NUMBER = "申报编号"
COL_NAME = "姓名"
COL_EMPLOYER = "工作单位"
COL_RECUSE = "回避"
COL_COMMENT = "评语"
YES, NO = "是", "否"
HEADER_ROW = 3  # rows 1-2 name each column's power and maximum; the header row is the third
GUIDE_HEADERS = ("项目", "内容")
GUIDE_BATCH = "批次编号"
GUIDE_REVIEWER = "专家编号"
MAX_COMMENT = 2000
EMPTY = msg("未填写分数")
SHOWN_IN_REFUSAL = 3

_YES_WORDS = {normalise_text(w) for w in ("是", "Y", "yes", "回避", "√", "✓", "1", "true")}
_NO_WORDS = {normalise_text(w) for w in ("否", "N", "no", "不回避", "×", "0", "false", "")}
_MAXIMUM_NOTE = re.compile(r"\s*[（(]\s*满分[^）)]*[）)]\s*$")


@dataclass(frozen=True)
class CellProblem:
    """One bad cell (or a missing row or column) of the workbook, in words the reviewer can act on."""

    row: int | None  # the workbook row; None for the sheet as a whole
    column: str  # the column's header as written in the sheet
    value: str  # the cell as read ("" when empty)
    reason: str

    @property
    def message(self) -> str:
        if self.row is None:
            return msg("{column}：{reason}", column=self.column, reason=self.reason)
        return msg("第 {row} 行 {column}：{reason}", row=self.row, column=self.column, reason=self.reason)

    def __str__(self) -> str:
        return self.message

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason,
                "message": self.message}


@dataclass
class SheetRow:
    """One candidate's row, with the values that passed their checks."""

    row: int
    application_no: str
    recused: bool = False
    reason: str = ""  # the recusal's reason (from 评语) when recused
    comment: str = ""  # 评语 when not recused
    scores: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class ScoreSheet:
    """The workbook as read: its rows by 申报编号 and every problem found (empty when it can be imported)."""

    path: Path
    sheet: str
    rows: dict[str, SheetRow]
    problems: list[CellProblem]
    batch_id: str | None = None  # as named on the 填写说明 sheet, when it is there
    reviewer: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def report(self) -> list[str]:
        return [problem.message for problem in self.problems]


class ScoreSheetRefused(InputRefused):
    """The workbook has bad cells: the one-line message names the first few, ``problems`` has them all."""

    def __init__(self, path: Path, problems: list[CellProblem]) -> None:
        shown = joined("；", [p.message for p in problems[:SHOWN_IN_REFUSAL]])
        if len(problems) > SHOWN_IN_REFUSAL:
            message = msg("{name}：有 {count} 处需要修改，未生成评分文件：{problems}；另有 {more} 处",
                          name=path.name, count=len(problems), problems=shown,
                          more=len(problems) - SHOWN_IN_REFUSAL)
        else:
            message = msg("{name}：有 {count} 处需要修改，未生成评分文件：{problems}",
                          name=path.name, count=len(problems), problems=shown)
        super().__init__(message)
        self.path = path
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    store: ReviewStore
    out: Path
    fingerprint: str
    log_head: str
    scored: int
    recused: int


# ---------------------------------------------------------------------------------------------
# Columns


def item_headers(scheme: Scheme) -> dict[str, str]:
    """The header of each sub-item's column: its label, prefixed by the power's where labels repeat."""
    labels = [item.label for _, item in scheme.items()]
    return {f"{power.key}.{item.key}": (item.label if labels.count(item.label) == 1 else f"{power.label}·{item.label}")
            for power, item in scheme.items()}


def _header_key(text: str) -> str:
    return normalise_text(_MAXIMUM_NOTE.sub("", text))


def _item_aliases(scheme: Scheme) -> dict[str, str]:
    """Normalised header text -> item key: "勇挑重担", "引领力·勇挑重担", "勇挑重担（满分7）"..."""
    aliases: dict[str, str] = {}
    for key, header in item_headers(scheme).items():
        power, item = scheme.item(key)
        aliases[_header_key(header)] = key
        aliases[_header_key(f"{power.label}·{item.label}")] = key
    return aliases


def _fixed_aliases() -> dict[str, str]:
    return {normalise_text(h): h for h in (COL_NUMBER, COL_NAME, COL_EMPLOYER, COL_RECUSE, COL_COMMENT)}


def _header_scorer(scheme: Scheme) -> Any:
    known = set(_item_aliases(scheme)) | set(_fixed_aliases())

    def score(headers: list[str]) -> int:
        found = sum(1 for h in headers if h and _header_key(h) in known)
        return found if normalise_text(COL_NUMBER) in {_header_key(h) for h in headers} else 0

    return score


def _guide_scorer(headers: list[str]) -> int:
    return 2 if [normalise_text(h) for h in headers[:2]] == [normalise_text(h) for h in GUIDE_HEADERS] else 0


# ---------------------------------------------------------------------------------------------
# Cells


def _shown(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _text(value: CellValue) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def parse_cell_score(value: CellValue) -> Decimal | str:
    """The score a cell holds, or why it holds none (Chinese); an empty cell gives EMPTY."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return EMPTY
    if isinstance(value, bool):
        return msg("“{cell}”不是数字", cell=str(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return msg("“{cell}”被 Excel 当成了日期或时间，请把单元格格式改为“常规”后重新输入分数", cell=str(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        text = repr(value)
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip().removesuffix("分").strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        return msg("“{cell}”不是数字", cell=str(value))
    if not number.is_finite():
        return msg("“{cell}”不是数字", cell=str(value))
    return number + 0  # no negative zero


def score_problem(scheme: Scheme, key: str, value: Decimal) -> str | None:
    """Why ``value`` cannot be sub-item ``key``'s score, said about the cell, or None."""
    if scheme.check_score(key, value) is None:
        return None
    _, item = scheme.item(key)
    shown = format_score(value)
    if value < 0 or value > item.max:
        return msg("{score} 超出 0 到 {maximum} 分的范围", score=shown, maximum=format_score(item.max))
    return msg("{score} 不是 {step} 的整数倍", score=shown, step=format_score(scheme.step))


def _recusal(value: CellValue) -> bool | None:
    word = normalise_text(_text(value))
    if word in _YES_WORDS:
        return True
    if word in _NO_WORDS:
        return False
    return None


# ---------------------------------------------------------------------------------------------
# Reading


def read_score_workbook(path: Path, batch: OpenBatch) -> ScoreSheet:
    """Read and check a filled scoring workbook against the batch; never raises for bad cells.

    Refuses (WorkbookError) only what cannot be read as a workbook at all: damaged, encrypted,
    oversized, formulas, no header row. Everything else becomes a :class:`CellProblem`.
    """
    scheme = batch.scheme
    candidates = {str(c["application_no"]): c for c in batch.candidates}
    sheet = read_sheet(path, _header_scorer(scheme), max_rows=len(candidates) + 100)
    problems: list[CellProblem] = []

    item_aliases, fixed_aliases = _item_aliases(scheme), _fixed_aliases()
    columns: dict[str, int] = {}  # item key or fixed header -> column index
    for index, header in enumerate(sheet.headers):
        if not header:
            continue
        wanted = _header_key(header)
        key = item_aliases.get(wanted) or fixed_aliases.get(wanted)
        if key is None:
            continue  # a column the reviewer added: ignored
        if key in columns:
            reason = msg("列“{header}”重复出现（第 {first} 列与第 {second} 列）",
                         header=header, first=columns[key] + 1, second=index + 1)
            problems.append(CellProblem(None, header, "", reason))
            continue
        columns[key] = index
    headers = item_headers(scheme)
    missing = [headers[key] for key in scheme.item_keys() if key not in columns]
    missing += [h for h in (COL_RECUSE, COL_COMMENT) if h not in columns]
    for header in missing:
        problems.append(CellProblem(None, header, "", msg("表中缺少“{header}”这一列", header=header)))

    def cell(values: list[CellValue], key: str) -> CellValue:
        index = columns.get(key)
        return None if index is None or index >= len(values) else values[index]

    def label(key: str) -> str:
        index = columns.get(key)
        return sheet.headers[index] if index is not None else headers.get(key, key)

    rows: dict[str, SheetRow] = {}
    seen: dict[str, int] = {}
    for number, values in sheet.rows:
        application_no = _text(cell(values, COL_NUMBER))
        if not application_no:
            problems.append(CellProblem(number, COL_NUMBER, "", msg("未填写申报编号")))
            continue
        candidate = candidates.get(application_no)
        if candidate is None:
            problems.append(CellProblem(number, COL_NUMBER, application_no,
                                        msg("“{no}”不是本批次的候选人", no=application_no)))
            continue
        if application_no in seen:
            problems.append(CellProblem(number, COL_NUMBER, application_no,
                                        msg("{no} 与第 {row} 行重复", no=application_no, row=seen[application_no])))
            continue
        seen[application_no] = number
        row = SheetRow(number, application_no)
        name = _text(cell(values, COL_NAME))
        if name and normalise_text(name) != normalise_text(str(candidate.get("name", ""))):
            problems.append(CellProblem(number, label(COL_NAME), name,
                                        msg("“{name}”与本批次中 {no} 的姓名“{expected}”不符，请核对申报编号",
                                            name=name, no=application_no, expected=candidate.get("name", ""))))
            continue
        comment = _text(cell(values, COL_COMMENT))
        if len(comment) > MAX_COMMENT:
            problems.append(CellProblem(number, label(COL_COMMENT), comment[:20] + "…",
                                        msg("评语过长（{length} 字，上限 {limit} 字）",
                                            length=len(comment), limit=MAX_COMMENT)))
        recused = _recusal(cell(values, COL_RECUSE))
        if recused is None:
            problems.append(CellProblem(number, label(COL_RECUSE), _shown(cell(values, COL_RECUSE)),
                                        msg("“{cell}”应为“{yes}”或“{no}”",
                                            cell=_shown(cell(values, COL_RECUSE)), yes=YES, no=NO)))
            continue
        if recused:
            row.recused, row.reason = True, comment
            if not comment:
                problems.append(CellProblem(number, label(COL_COMMENT), "", msg("声明回避需要在评语中写明理由")))
            for key in scheme.item_keys():
                value = cell(values, key)
                if value is not None and _text(value):
                    problems.append(CellProblem(number, label(key), _shown(value),
                                                msg("已声明回避，不应填写分数（{score}）", score=_shown(value))))
        else:
            row.comment = comment
            present = [key for key in scheme.item_keys() if key in columns]
            if present and all(parse_cell_score(cell(values, key)) == EMPTY for key in present):
                problems.append(CellProblem(number, msg("评分"), "",
                                            msg("还没有填写分数（共 {count} 项）；如需回避，请在“{column}”选“{yes}”"
                                                "并在评语中写明理由",
                                                count=len(present), column=COL_RECUSE, yes=YES)))
                rows[application_no] = row
                continue
            for key in present:
                value = cell(values, key)
                parsed = parse_cell_score(value)
                why = parsed if isinstance(parsed, str) else score_problem(scheme, key, parsed)
                if why is not None:
                    problems.append(CellProblem(number, label(key), _shown(value), why))
                elif isinstance(parsed, Decimal):
                    row.scores[key] = parsed
        rows[application_no] = row

    problems.extend(_completion_problems(batch, rows, problems, label(COL_COMMENT)))
    for application_no, candidate in candidates.items():
        if application_no not in seen:
            problems.append(CellProblem(None, COL_NUMBER, application_no,
                                        msg("缺少候选人 {no} {name}（表中没有这一行）",
                                            no=application_no, name=candidate.get("name", ""))))
    batch_id, reviewer = _guide_identity(path)
    return ScoreSheet(path, sheet.title, rows, problems, batch_id, reviewer)


def _completion_problems(batch: OpenBatch, rows: dict[str, SheetRow], found: list[CellProblem],
                         comment_label: str) -> Iterable[CellProblem]:
    """The scheme's rule that an extreme total needs a comment, checked by the store's own code."""
    bad_rows = {p.row for p in found}
    checkable = [r for r in rows.values() if not r.recused and r.row not in bad_rows
                 and len(r.scores) == len(batch.scheme.item_keys())]
    if not checkable:
        return []
    scratch = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer="-", scheme=batch.scheme,
                          candidates=[r.application_no for r in checkable])
    problems = []
    try:
        for row in checkable:
            for key, value in row.scores.items():
                scratch.set_score(row.application_no, key, value)
            scratch.set_comment(row.application_no, row.comment)
            reason = scratch.completion_problem(row.application_no)
            if reason:
                problems.append(CellProblem(row.row, comment_label, "", reason))
    finally:
        scratch.close()
    return problems


def _guide_identity(path: Path) -> tuple[str | None, str | None]:
    """The batch and reviewer the 填写说明 sheet names, when the workbook still has it."""
    try:
        guide = read_sheet(path, _guide_scorer, max_rows=500)
    except WorkbookError:
        return None, None
    facts = {_text(values[0]): _text(values[1]) for _, values in guide.rows if len(values) >= 2}
    return facts.get(GUIDE_BATCH) or None, facts.get(GUIDE_REVIEWER) or None


# ---------------------------------------------------------------------------------------------
# Importing


def reviewer_problems(sheet: ScoreSheet, batch: OpenBatch, reviewer: str) -> list[CellProblem]:
    """What does not fit this reviewer: a workbook made for another batch or reviewer, and prepared
    recusals (the office's conflict-of-interest list) that the sheet does not keep."""
    problems: list[CellProblem] = []
    if sheet.batch_id and sheet.batch_id != batch.identity.batch_id:
        problems.append(CellProblem(None, GUIDE_TITLE, sheet.batch_id,
                                    msg("这份评分表属于另一批次（{other}…），不是本批次 {batch}… 的",
                                        other=sheet.batch_id[:8], batch=batch.identity.batch_id[:8])))
    if sheet.reviewer and sheet.reviewer != reviewer:
        problems.append(CellProblem(None, GUIDE_TITLE, sheet.reviewer,
                                    msg("这份评分表是为专家 {other} 生成的，不是 {reviewer}",
                                        other=sheet.reviewer, reviewer=reviewer)))
    for candidate in batch.candidates:
        row = sheet.rows.get(str(candidate["application_no"]))
        prepared = [r for r in candidate.get("recused", []) if r.get("member") == reviewer]
        if row is not None and prepared and not row.recused:
            reason = msg("办公室已为您预设回避（{reason}），此行应选“{yes}”且不填分数",
                         reason=recusal_reason(str(prepared[0].get("reason", ""))), yes=YES)
            problems.append(CellProblem(row.row, COL_RECUSE, NO, reason))
    return problems


def require_reviewer(batch: OpenBatch, reviewer: str) -> None:
    if batch.member(reviewer) is None:
        known = joined("、", [m.number for m in batch.panel])
        raise InputRefused(msg("专家编号 {reviewer} 不在本批次的评审专家名单中（名单：{known}）",
                               reviewer=reviewer, known=known))


def build_store(sheet: ScoreSheet, batch: OpenBatch, reviewer: str) -> ReviewStore:
    """Replay a checked sheet into a fresh in-memory store, locked: prepared recusals first, then
    each row as typed (every change in the log), each candidate marked complete."""
    if not sheet.ok:
        raise ScoreSheetRefused(sheet.path, sheet.problems)
    identity = batch.identity
    order = [str(c["application_no"]) for c in batch.candidates]
    store = ReviewStore(":memory:", batch_id=identity.batch_id, reviewer=reviewer, scheme=batch.scheme,
                        candidates=order, office_fingerprint=identity.office_fingerprint)
    try:
        for candidate in batch.candidates:
            for prepared in candidate.get("recused", []):
                if prepared.get("member") == reviewer:
                    store.set_recusal(str(candidate["application_no"]), True, str(prepared.get("reason", "")))
        for application_no in order:
            row = sheet.rows[application_no]
            if row.recused:
                store.set_recusal(application_no, True, row.reason)
                continue
            for key in batch.scheme.item_keys():
                store.set_score(application_no, key, row.scores[key])
            store.set_comment(application_no, row.comment)
            store.set_complete(application_no)
        store.lock()
    except BaseException:
        store.close()
        raise
    return store


def import_score_workbook(path: Path, batch: OpenBatch, reviewer: str, key: Ed25519PrivateKey, out: Path,
                          *, pdf: Path | None = None) -> ImportResult:
    """Check the workbook, and when every cell is good write the signed score file ``out`` (and the
    personal score sheet ``pdf``). Any bad cell: ScoreSheetRefused, and nothing is written."""
    from exports.files import check_target

    require_reviewer(batch, reviewer)
    for target in (out, pdf):  # both places writable before the first is written
        if target is not None:
            check_target(target)
    sheet = read_score_workbook(path, batch)
    problems = sheet.problems + reviewer_problems(sheet, batch, reviewer)
    if problems:
        raise ScoreSheetRefused(path, problems)
    store = build_store(sheet, batch, reviewer)
    signer = fingerprint(key.public_key())
    if pdf is not None:
        from exports.personal_sheet import write_personal_sheet

        write_personal_sheet(store, batch, signer, pdf)
    try:
        write_score_file(store, batch, key, out)
    except BaseException:
        if pdf is not None:
            pdf.unlink(missing_ok=True)
        raise
    _, head = store.head()
    recused = sum(1 for row in sheet.rows.values() if row.recused)
    return ImportResult(store, out, signer, head, len(sheet.rows) - recused, recused)
