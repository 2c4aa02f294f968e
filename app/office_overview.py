"""The office's overview of the year: every session's result, every candidate's place in the procedure.

The procedure of the notice (审核程序, GLOSSARY.md) is 资格审查 → (个人自荐: 海选面试) → 专家复审 →
评审发布 → 市总审定 (with the 诚信审核 credit check) → 社会公示 → 命名. The first steps are read from
what the app already holds (intake's eligibility, the batches, the verified result packages); the
office's own decisions after that (海选面试, 诚信审核, 市总审定, 社会公示 and any objection, 命名) are
recorded here, append-only, with who recorded them, when, and a note: a correction is a new record,
and the latest record of a step is the one in force.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.enums import Channel, Gender, Group, LabelledEnum, Stage
from app.errors import InputRefused
from app.messages import joined, msg
from app.storage import OfficeDatabase, now_iso


class Step(LabelledEnum):
    """The office's decisions along the procedure, in procedure order."""

    INTERVIEW = ("interview", "海选面试")  # 个人自荐 only, after 资格审查
    CREDIT_CHECK = ("credit_check", "诚信审核")  # part of 市总审定
    APPROVAL = ("approval", "市总审定")
    PUBLIC_NOTICE = ("public_notice", "社会公示")
    NAMED = ("named", "命名")


class Outcome(LabelledEnum):
    PASSED = ("passed", "通过")
    FAILED = ("failed", "未通过")
    NO_OBJECTION = ("no_objection", "无异议")
    OBJECTION = ("objection", "有异议")  # received, being looked into
    OBJECTION_DISMISSED = ("objection_dismissed", "异议不成立")
    OBJECTION_UPHELD = ("objection_upheld", "异议成立")
    NAMED = ("named", "已命名")
    NOT_NAMED = ("not_named", "不予命名")


OUTCOMES: dict[Step, tuple[Outcome, ...]] = {
    Step.INTERVIEW: (Outcome.PASSED, Outcome.FAILED),
    Step.CREDIT_CHECK: (Outcome.PASSED, Outcome.FAILED),
    Step.APPROVAL: (Outcome.PASSED, Outcome.FAILED),
    Step.PUBLIC_NOTICE: (Outcome.NO_OBJECTION, Outcome.OBJECTION, Outcome.OBJECTION_DISMISSED,
                         Outcome.OBJECTION_UPHELD),
    Step.NAMED: (Outcome.NAMED, Outcome.NOT_NAMED),
}

# Outcomes that close a candidate's way, or record a complaint: the note must say why.
NOTE_REQUIRED = frozenset({Outcome.FAILED, Outcome.OBJECTION, Outcome.OBJECTION_DISMISSED,
                           Outcome.OBJECTION_UPHELD, Outcome.NOT_NAMED})

_OUTCOME_ALIASES = {
    "合格": Outcome.PASSED, "同意": Outcome.PASSED, "pass": Outcome.PASSED,
    "不通过": Outcome.FAILED, "不合格": Outcome.FAILED, "不同意": Outcome.FAILED, "fail": Outcome.FAILED,
    "命名": Outcome.NAMED, "异议": Outcome.OBJECTION,
}
_STEP_ALIASES = {"面试": Step.INTERVIEW, "海选": Step.INTERVIEW, "诚信": Step.CREDIT_CHECK,
                 "信用审核": Step.CREDIT_CHECK, "审定": Step.APPROVAL, "公示": Step.PUBLIC_NOTICE,
                 "异议": Step.PUBLIC_NOTICE, "objection": Step.PUBLIC_NOTICE}


class SessionState(LabelledEnum):
    """Where one session (场次) stands in the round trip of batch and result."""

    NO_BATCH = ("no_batch", "未建批次")
    AWAITING = ("awaiting", "结果待返回")
    VERIFIED = ("verified", "已验证导入")


def fold(text: object) -> str:
    """Full-width to half-width, case-folded, spaces dropped: how searches and union names compare."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", "" if text is None else str(text))).casefold()


def parse_step(text: str) -> Step:
    step = Step.from_label(text) or _STEP_ALIASES.get(fold(text))
    if step is None:
        choices = joined("、", (msg("{step}（{label}）", step=s.value, label=s.label) for s in Step))
        raise InputRefused(msg("步骤“{text}”不是可记录的步骤之一：{choices}", text=text, choices=choices))
    return step


def parse_outcome(step: Step, text: str) -> Outcome:
    allowed = OUTCOMES[step]
    wanted = fold(text)
    outcome = next((o for o in allowed if wanted in (fold(o.label), o.value)), None)
    if outcome is None:
        alias = _OUTCOME_ALIASES.get(wanted)
        outcome = alias if alias in allowed else None
    if outcome is None:
        raise InputRefused(msg("“{step}”的结果“{text}”无效，应为：{outcomes}",
                               step=step.label, text=text, outcomes=joined("、", (o.label for o in allowed))))
    return outcome


@dataclass(frozen=True)
class Decision:
    id: int
    application_no: str
    step: Step
    outcome: Outcome
    note: str
    recorded_by: str
    recorded_at: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "candidate": self.application_no, "step": self.step.value,
                "step_label": self.step.label, "outcome": self.outcome.value, "outcome_label": self.outcome.label,
                "note": self.note, "by": self.recorded_by, "at": self.recorded_at}

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Decision | None:
        step = Step.from_value(str(row["step"]))
        outcome = Outcome.from_value(str(row["outcome"]))
        if step is None or outcome is None:
            return None
        return cls(int(row["id"]), str(row["application_no"]), step, outcome, str(row["note"] or ""),
                   str(row["recorded_by"] or ""), str(row["recorded_at"] or ""))


@dataclass(frozen=True)
class PanelResult:
    """A candidate's line in the active (verified, not superseded) result of their session."""

    rank: int | None
    final: str | None
    n: int
    recommended: bool
    flags: str
    result_file: str


@dataclass(frozen=True)
class CandidateStatus:
    """One candidate along the procedure; ``stage`` is where they stand, ``state`` says it in words."""

    application_no: str
    name: str
    gender: str
    group: str
    channel: str
    union: str
    employer: str
    trade: str
    id_number: str  # for search only: never in as_dict()
    eligible: bool
    needs_confirmation: bool  # eligible with warnings for the office to confirm (待核实)
    session: int | None
    batch_id: str | None
    result: PanelResult | None
    decisions: dict[Step, Decision]
    stage: Stage
    state: str
    closed: bool  # the procedure ended for this candidate without the title
    warnings: tuple[str, ...] = ()

    @property
    def group_label(self) -> str:
        member = Group.from_value(self.group)
        return member.label if member else self.group

    @property
    def channel_label(self) -> str:
        member = Channel.from_value(self.channel)
        return member.label if member else self.channel

    @property
    def gender_label(self) -> str:
        member = Gender.from_value(self.gender)
        return member.label if member else self.gender

    @property
    def is_self_nominated(self) -> bool:
        return self.channel == str(Channel.SELF.value)

    def outcome(self, step: Step) -> Outcome | None:
        decision = self.decisions.get(step)
        return decision.outcome if decision else None

    def eligibility_text(self) -> str:
        if not self.eligible:
            return msg("不合格")
        return msg("合格·待核实") if self.needs_confirmation else msg("合格")

    def step_text(self, step: Step) -> str:
        """The cell of one decision column: its outcome, "待…" when it is due, "—" when not (yet)."""
        decision = self.decisions.get(step)
        if decision is not None:
            return decision.outcome.label
        if step is Step.INTERVIEW:
            if not self.is_self_nominated:
                return msg("不适用")
            return msg("待面试") if self.eligible else "—"
        due = {Step.CREDIT_CHECK: (Stage.APPROVAL, msg("待审核")), Step.APPROVAL: (Stage.APPROVAL, msg("待审定")),
               Step.PUBLIC_NOTICE: (Stage.PUBLIC_NOTICE, msg("公示中")), Step.NAMED: (Stage.NAMED, msg("待命名"))}
        stage, text = due[step]
        return text if self.stage is stage and not self.closed else "—"

    def review_text(self) -> str:
        if self.batch_id is None:
            return "—" if not self.eligible else msg("未编入批次")
        return msg("第 {session} 场", session=self.session or 1)

    def release_text(self) -> str:
        if self.result is None:
            return msg("待返回") if self.batch_id else "—"
        rank = "—" if self.result.rank is None else str(self.result.rank)
        final = self.result.final
        place = msg("第 {rank} 名 {final}", rank=rank, final=final) if final else msg("第 {rank} 名", rank=rank)
        return msg("{place}，推荐", place=place) if self.result.recommended else place

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.application_no, "name": self.name, "gender": self.gender_label, "group": self.group,
            "group_label": self.group_label, "channel": self.channel, "channel_label": self.channel_label,
            "union": self.union, "employer": self.employer, "trade": self.trade,
            "eligible": self.eligible, "eligibility": self.eligibility_text(), "session": self.session,
            "batch": self.batch_id,
            "result": None if self.result is None else {
                "rank": self.result.rank, "final": self.result.final, "n": self.result.n,
                "recommended": self.result.recommended, "flags": self.result.flags},
            "decisions": {step.value: d.as_dict() for step, d in self.decisions.items()},
            "stage": self.stage.value, "stage_label": self.stage.label, "state": self.state,
            "closed": self.closed, "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class SessionStatus:
    """One session of one group: its batch (if made), its result (if returned and verified)."""

    group: str
    session: int
    state: SessionState
    candidates: int
    batch_id: str | None = None
    batch_file: str = ""
    batch_created: str = ""
    panel_size: int = 0
    result_file: str = ""
    ingested_at: str = ""
    chair: str = ""
    method: str = ""
    recommended: int = 0
    superseded: int = 0

    @property
    def group_label(self) -> str:
        member = Group.from_value(self.group)
        return member.label if member else self.group

    def as_dict(self) -> dict[str, Any]:
        return {"group": self.group, "group_label": self.group_label, "session": self.session,
                "state": self.state.value, "state_label": self.state.label, "candidates": self.candidates,
                "batch": self.batch_id, "batch_file": self.batch_file, "batch_created": self.batch_created,
                "panel": self.panel_size, "result_file": self.result_file, "ingested_at": self.ingested_at,
                "chair": self.chair, "method": self.method, "recommended": self.recommended,
                "superseded": self.superseded}


@dataclass(frozen=True)
class Overview:
    sessions: list[SessionStatus]
    candidates: list[CandidateStatus]
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"sessions": [s.as_dict() for s in self.sessions],
                "candidates": [c.as_dict() for c in self.candidates], "counts": self.counts}


# ---------------------------------------------------------------------------------------------
# Reading


def selection_year(office: OfficeDatabase) -> int:
    """The selection's year: the batches', else the intake setting, else the 申报编号's, else today's."""
    row = office.db.execute("SELECT MAX(year) FROM batches").fetchone()
    if row and row[0]:
        return int(row[0])
    setting = office.setting("year", None)
    if isinstance(setting, int):
        return setting
    for (number,) in office.db.execute("SELECT application_no FROM candidates ORDER BY seq LIMIT 20"):
        match = re.match(r"(20\d\d)-", str(number or ""))
        if match:
            return int(match.group(1))
    return dt.date.today().year


def latest_decisions(office: OfficeDatabase) -> dict[str, dict[Step, Decision]]:
    """Candidate -> step -> the record in force (the latest)."""
    latest: dict[str, dict[Step, Decision]] = defaultdict(dict)
    for row in office.db.query("SELECT * FROM decisions ORDER BY id"):
        decision = Decision.from_row(row)
        if decision is not None:
            latest[decision.application_no][decision.step] = decision
    return latest


def decision_history(office: OfficeDatabase, application_no: str) -> list[Decision]:
    rows = office.db.query("SELECT * FROM decisions WHERE application_no = ? ORDER BY id", [application_no])
    return [d for d in (Decision.from_row(row) for row in rows) if d is not None]


def _batches(office: OfficeDatabase) -> list[dict[str, Any]]:
    """Every batch, each session's in the order they were built (rowid), so that a rebuilt batch comes
    last and counts: never by ``created_at``, which is only what the clock said."""
    return list(office.db.query(
        'SELECT batch_id, year, "group", session, created_at, file_name, candidates, panel FROM batches '
        'ORDER BY "group", session, rowid'))


def _active_results(office: OfficeDatabase) -> dict[str, dict[str, Any]]:
    return {str(row["batch_id"]): row for row in office.db.query(
        "SELECT id, batch_id, file_name, ingested_at, chair, method FROM results WHERE status = 'active'")}


def _result_lines(office: OfficeDatabase) -> dict[str, PanelResult]:
    lines: dict[str, PanelResult] = {}
    for row in office.db.query("""
            SELECT rc.application_no, rc.rank, rc.final, rc.n, rc.recommended, rc.flags, r.file_name
            FROM result_candidates rc JOIN results r ON r.id = rc.result_id AND r.status = 'active'
            ORDER BY r.id"""):
        lines[str(row["application_no"])] = PanelResult(
            rank=row["rank"], final=row["final"], n=int(row["n"] or 0), recommended=bool(row["recommended"]),
            flags=str(row["flags"] or ""), result_file=str(row["file_name"] or ""))
    return lines


def _place(candidate: Mapping[str, Any], result: PanelResult | None, batch_id: str | None,
           decisions: Mapping[Step, Decision]) -> tuple[Stage, str, bool, list[str]]:
    """(stage, state, closed, warnings) from what is known of one candidate."""
    warnings: list[str] = []
    outcome = {step: d.outcome for step, d in decisions.items()}
    self_nominated = candidate.get("channel") == Channel.SELF.value

    def ahead(*steps: Step) -> None:
        late = [s.label for s in steps if s in decisions]
        if late:
            warnings.append(msg("已记录的“{steps}”在前一步未通过之后，请核实", steps=joined("、", late)))

    later = (Step.CREDIT_CHECK, Step.APPROVAL, Step.PUBLIC_NOTICE, Step.NAMED)
    if not candidate.get("eligible"):
        ahead(Step.INTERVIEW, *later)
        return Stage.ELIGIBILITY, msg("资格审查未通过"), True, warnings
    if self_nominated and outcome.get(Step.INTERVIEW) is not Outcome.PASSED:
        if batch_id is not None:
            warnings.append(msg("个人自荐：未记录海选面试通过，却已编入评审批次"))
        if outcome.get(Step.INTERVIEW) is Outcome.FAILED:
            ahead(*later)
            return Stage.ELIGIBILITY, msg("海选面试未通过"), True, warnings
        if batch_id is None:
            return Stage.ELIGIBILITY, msg("待海选面试"), False, warnings
    if batch_id is None:
        ahead(*later)
        return Stage.ELIGIBILITY, msg("资格审查通过，待编入评审批次"), False, warnings
    if result is None:
        ahead(*later)
        return Stage.EXPERT_REVIEW, msg("专家复审中，结果待返回"), False, warnings
    if not result.recommended:
        ahead(*later)
        if result.rank is None:
            return Stage.PANEL_RELEASE, msg("未获推荐"), True, warnings
        return Stage.PANEL_RELEASE, msg("未获推荐（第 {rank} 名）", rank=result.rank), True, warnings
    credit, approval = outcome.get(Step.CREDIT_CHECK), outcome.get(Step.APPROVAL)
    if credit is Outcome.FAILED:
        if approval is Outcome.PASSED:
            warnings.append(msg("诚信审核未通过，却记录了市总审定通过，请核实"))
        ahead(Step.PUBLIC_NOTICE, Step.NAMED)
        return Stage.APPROVAL, msg("诚信审核未通过"), True, warnings
    if approval is None:
        ahead(Step.PUBLIC_NOTICE, Step.NAMED)
        state = msg("获推荐，待诚信审核") if credit is None else msg("诚信审核通过，待市总审定")
        return Stage.APPROVAL, state, False, warnings
    if approval is Outcome.FAILED:
        ahead(Step.PUBLIC_NOTICE, Step.NAMED)
        return Stage.APPROVAL, msg("市总审定未通过"), True, warnings
    notice = outcome.get(Step.PUBLIC_NOTICE)
    if notice is None:
        ahead(Step.NAMED)
        return Stage.PUBLIC_NOTICE, msg("社会公示中"), False, warnings
    if notice is Outcome.OBJECTION:
        ahead(Step.NAMED)
        return Stage.PUBLIC_NOTICE, msg("公示收到异议，核实中"), False, warnings
    if notice is Outcome.OBJECTION_UPHELD:
        ahead(Step.NAMED)
        return Stage.PUBLIC_NOTICE, msg("公示异议成立"), True, warnings
    named = outcome.get(Step.NAMED)
    if named is Outcome.NAMED:
        return Stage.NAMED, msg("已命名“上海工匠”"), False, warnings
    if named is Outcome.NOT_NAMED:
        return Stage.NAMED, msg("不予命名"), True, warnings
    return Stage.NAMED, msg("公示期满，待命名"), False, warnings


def candidate_statuses(office: OfficeDatabase, *, group: str | None = None, channel: str | None = None,
                       union: str | None = None, search: str | None = None,
                       application_no: str | None = None) -> list[CandidateStatus]:
    """Every candidate's status, in order of entry; filtered by group, channel, union and a search text.

    ``group`` and ``channel`` accept an identifier or a label; ``union`` compares the union's name
    (full-width and spaces folded); ``search`` matches a part of the name, 申报编号 or 身份证;
    ``application_no`` picks one candidate.
    """
    wanted_group = _group_value(group)
    wanted_channel = _channel_value(channel)
    wanted_union = fold(union) if union else None
    needle = fold(search) if search else ""
    warned = {str(row["application_no"]) for row in office.db.query(
        "SELECT DISTINCT application_no FROM findings WHERE severity = 'warning'")}
    in_batch: dict[str, str] = {}
    for batch in _batches(office):
        for number in json.loads(batch["candidates"]):
            in_batch[str(number)] = str(batch["batch_id"])
    results = _result_lines(office)
    decisions = latest_decisions(office)
    statuses = []
    for row in office.candidates():
        number = str(row["application_no"])
        if application_no is not None and number != application_no:
            continue
        if wanted_group and row["group"] != wanted_group:
            continue
        if wanted_channel and row["channel"] != wanted_channel:
            continue
        if wanted_union is not None and fold(row["union"]) != wanted_union:
            continue
        if needle and not any(needle in fold(row[key]) for key in ("name", "application_no", "id_number")):
            continue
        batch_id = in_batch.get(number)
        result = results.get(number) if batch_id else None
        mine = decisions.get(number, {})
        stage, state, closed, warnings = _place(row, result, batch_id, mine)
        statuses.append(CandidateStatus(
            application_no=number, name=_text(row["name"]), gender=_text(row["gender"]), group=_text(row["group"]),
            channel=_text(row["channel"]), union=_text(row["union"]).strip(), employer=_text(row["employer"]),
            trade=_text(row["trade"]), id_number=_text(row["id_number"]), eligible=bool(row["eligible"]),
            needs_confirmation=number in warned, session=row["session"], batch_id=batch_id, result=result,
            decisions=dict(mine), stage=stage, state=state, closed=closed, warnings=tuple(warnings)))
    return statuses


def session_statuses(office: OfficeDatabase) -> list[SessionStatus]:
    """Every session with a batch, and every session of eligible candidates that still lacks one."""
    active = _active_results(office)
    superseded: dict[str, int] = defaultdict(int)
    for row in office.db.query("SELECT batch_id FROM results WHERE status = 'superseded'"):
        superseded[str(row["batch_id"])] += 1
    recommended: dict[int, int] = defaultdict(int)
    for row in office.db.query("SELECT result_id, SUM(recommended) AS n FROM result_candidates GROUP BY result_id"):
        recommended[int(row["result_id"])] = int(row["n"] or 0)
    sessions: list[SessionStatus] = []
    covered: set[tuple[str, int]] = set()
    for batch in _batches(office):
        key = (str(batch["group"]), int(batch["session"]))
        covered.add(key)
        result = active.get(str(batch["batch_id"]))
        status = SessionStatus(
            group=key[0], session=key[1], state=SessionState.AWAITING, candidates=len(json.loads(batch["candidates"])),
            batch_id=str(batch["batch_id"]), batch_file=str(batch["file_name"] or ""),
            batch_created=str(batch["created_at"] or ""), panel_size=len(json.loads(batch["panel"])),
            superseded=superseded.get(str(batch["batch_id"]), 0))
        if result is not None:
            status = dataclasses.replace(
                status, state=SessionState.VERIFIED, result_file=str(result["file_name"] or ""),
                ingested_at=str(result["ingested_at"] or ""), chair=str(result["chair"] or ""),
                method=str(result["method"] or ""), recommended=recommended.get(int(result["id"]), 0))
        sessions.append(status)
    waiting: dict[tuple[str, int], int] = defaultdict(int)
    batched = {str(n) for batch in _batches(office) for n in json.loads(batch["candidates"])}
    for row in office.db.query('SELECT application_no, "group", session FROM candidates WHERE eligible'):
        if Group.from_value(str(row["group"])) is None or str(row["application_no"]) in batched:
            continue
        key = (str(row["group"]), int(row["session"] or 1))
        if key not in covered:
            waiting[key] += 1
    sessions.extend(SessionStatus(group=g, session=s, state=SessionState.NO_BATCH, candidates=n)
                    for (g, s), n in waiting.items())
    sessions.sort(key=lambda s: (s.group, s.session, s.batch_created))
    return sessions


def overview(office: OfficeDatabase, **filters: str | None) -> Overview:
    sessions = session_statuses(office)
    candidates = candidate_statuses(office, **filters)
    counts: dict[str, int] = {"candidates": len(candidates)}
    for state in SessionState:
        counts[f"sessions_{state.value}"] = sum(1 for s in sessions if s.state is state)
    for stage in Stage:
        counts[f"stage_{stage.value}"] = sum(1 for c in candidates if c.stage is stage)
    counts["named"] = sum(1 for c in candidates if c.outcome(Step.NAMED) is Outcome.NAMED)
    counts["closed"] = sum(1 for c in candidates if c.closed)
    return Overview(sessions, candidates, counts)


def unions(office: OfficeDatabase) -> list[str]:
    """The distinct unions and associations named in the applications (as first written)."""
    seen: dict[str, str] = {}
    for row in office.db.query('SELECT "union" FROM candidates ORDER BY seq'):
        text = _text(row["union"]).strip()
        if text:
            seen.setdefault(fold(text), text)
    return sorted(seen.values())


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _group_value(text: str | None) -> str | None:
    if not text:
        return None
    member = Group.from_label(text)
    if member is None:
        raise InputRefused(msg("组别“{text}”不是 11 个组别之一（G01–G11）", text=text))
    return str(member.value)


def _channel_value(text: str | None) -> str | None:
    if not text:
        return None
    member = Channel.from_label(text)
    if member is None:
        raise InputRefused(msg("申请渠道“{text}”应为：{channels}", text=text, channels=joined("、", Channel.labels())))
    return str(member.value)


# ---------------------------------------------------------------------------------------------
# Recording


@dataclass(frozen=True)
class RecordReport:
    status: str  # recorded | unchanged
    decision: Decision
    candidate: CandidateStatus
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "message": self.message, "decision": self.decision.as_dict(),
                "candidate": self.candidate.as_dict()}


def default_recorder() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def _require(candidate: CandidateStatus, step: Step, outcome: Outcome) -> None:
    """Refuse a decision the procedure does not allow yet, saying which step must come first."""
    who = f"{candidate.application_no} {candidate.name}"
    current = {s: candidate.outcome(s) for s in Step}
    if step is Step.INTERVIEW:
        if not candidate.is_self_nominated:
            raise InputRefused(msg("{who} 经{channel}申报：海选面试只适用于个人自荐",
                                   who=who, channel=candidate.channel_label))
        if not candidate.eligible:
            raise InputRefused(msg("{who} 未通过资格审查，不能记录海选面试", who=who))
        return
    if candidate.result is None or not candidate.result.recommended:
        raise InputRefused(msg("{who} 不在评审发布的候选人名单上（须先导入其场次已验证的评审结果并获推荐），"
                               "不能记录{step}",
                               who=who, step=step.label))
    if step is Step.CREDIT_CHECK:
        return
    if step is Step.APPROVAL:
        if outcome is Outcome.PASSED and current[Step.CREDIT_CHECK] is not Outcome.PASSED:
            raise InputRefused(msg("{who} 尚未记录诚信审核通过，不能记录市总审定通过", who=who))
        return
    if current[Step.APPROVAL] is not Outcome.PASSED:
        raise InputRefused(msg("{who} 尚未通过市总审定，不能记录{step}", who=who, step=step.label))
    if step is Step.NAMED and outcome is Outcome.NAMED and current[Step.PUBLIC_NOTICE] not in (
            Outcome.NO_OBJECTION, Outcome.OBJECTION_DISMISSED):
        raise InputRefused(msg("{who} 的社会公示尚未以“无异议”或“异议不成立”结束，不能命名", who=who))


def record_decision(office: OfficeDatabase, application_no: str, step: Step | str, outcome: Outcome | str,
                    note: str = "", *, by: str = "") -> RecordReport:
    """Record one decision of the office for one candidate, if the procedure allows it now.

    Recording the same outcome and note as the one in force changes nothing (status "unchanged").
    The candidate's ``stage`` column follows the procedure in the same transaction.
    """
    step = step if isinstance(step, Step) else parse_step(step)
    outcome = outcome if isinstance(outcome, Outcome) else parse_outcome(step, outcome)
    if outcome not in OUTCOMES[step]:
        raise InputRefused(msg("“{step}”的结果应为：{outcomes}",
                               step=step.label, outcomes=joined("、", (o.label for o in OUTCOMES[step]))))
    note = note.strip()
    if outcome in NOTE_REQUIRED and not note:
        raise InputRefused(msg("记录“{step}：{outcome}”须写明情况（备注）", step=step.label, outcome=outcome.label))
    found = candidate_statuses(office, application_no=application_no)
    if not found:
        raise InputRefused(msg("数据库中没有申报编号为 {application_no} 的候选人", application_no=application_no))
    candidate = found[0]
    _require(candidate, step, outcome)
    current = candidate.decisions.get(step)
    if current is not None and current.outcome is outcome and current.note == note:
        return RecordReport("unchanged", current, candidate,
                            msg("{application_no} {name}：{step}已记录为“{outcome}”，未作改动",
                                application_no=application_no, name=candidate.name, step=step.label,
                                outcome=outcome.label))
    with office.atomic():
        row_id = office.table("decisions").insert({
            "application_no": application_no, "step": step.value, "outcome": outcome.value, "note": note,
            "recorded_by": by or default_recorder(), "recorded_at": now_iso()}).last_pk
        updated = candidate_statuses(office, application_no=application_no)[0]
        office.table("candidates").update(application_no, {"stage": updated.stage.value, "updated_at": now_iso()})
    decision = updated.decisions[step]
    assert decision.id == row_id
    if current is not None:
        message = msg("{application_no} {name}：{step}更正为“{outcome}”；现状：{state}",
                      application_no=application_no, name=candidate.name, step=step.label, outcome=outcome.label,
                      state=updated.state)
    else:
        message = msg("{application_no} {name}：{step}记录为“{outcome}”；现状：{state}",
                      application_no=application_no, name=candidate.name, step=step.label, outcome=outcome.label,
                      state=updated.state)
    return RecordReport("recorded", decision, updated, message)


def named_count(statuses: Iterable[CandidateStatus]) -> int:
    return sum(1 for c in statuses if c.outcome(Step.NAMED) is Outcome.NAMED)
