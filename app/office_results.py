"""The office takes the panel's result back: verify the whole chain, recompute, store.

A result package is accepted only when every link holds: the batch is one this office made (its
record and its key); every score file inside is signed, for that batch, by a member of its panel,
and verifies against its own edit log; the chair is that batch's chair and signed the package (with
the key of their own score file, when they scored); and the tally recomputed here from the raw
scores, with the recorded method, settings and decisions, equals the one the chair signed, number
for number. Then everything is stored in one transaction.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.batch import BatchIdentity
from app.chair import PanelScores
from app.enums import Group, Stage
from app.errors import InputRefused
from app.messages import Message, msg
from app.panel import PanelMember
from app.result import chair_key_warning, compute_tally, contract_json, read_result_package
from app.scheme import Scheme, parse_scheme
from app.score_file import read_score_file
from app.signed_file import FileRefused
from app.storage import OfficeDatabase, now_iso

_COMPARED = ("rank", "final", "n", "recommended", "powers", "flags")


@dataclass(frozen=True)
class StoredBatch:
    """The office's own record of a batch it made: enough to verify what comes back for it."""

    identity: BatchIdentity
    scheme: Scheme
    scheme_toml: str
    panel: list[PanelMember]
    candidates: list[dict[str, Any]]
    data_key: bytes

    @property
    def chair(self) -> PanelMember:
        return next(m for m in self.panel if m.is_chair)

    def member(self, number: str) -> PanelMember | None:
        return next((m for m in self.panel if m.number == number), None)


@functools.lru_cache(maxsize=32)
def _scheme(text: str) -> Scheme:
    """A year's sessions share a scheme or two: parse each text once (Scheme is immutable)."""
    return parse_scheme(text, msg("批次评分方案"))


def stored_batch(office: OfficeDatabase, batch_id: str, name: str) -> StoredBatch:
    """The batch ``batch_id`` as this office recorded it, or a refusal naming ``name``."""
    rows = list(office.db.query("SELECT * FROM batches WHERE batch_id = ?", [batch_id]))
    if not rows:
        raise FileRefused(msg("{file}：所属批次（{batch_id}…）不是本办公室签发的，或不在本数据库中",
                              file=name, batch_id=batch_id[:8]))
    row = rows[0]
    numbers = json.loads(row["candidates"])
    names = {no: name for no, name in office.db.execute(
        f"SELECT application_no, name FROM candidates WHERE application_no IN ({','.join('?' * len(numbers))})",
        numbers)} if numbers else {}
    scheme = _scheme(row["scheme_toml"])
    identity = BatchIdentity(
        batch_id=batch_id, year=row["year"], group=row["group"], session=row["session"],
        candidate_count=len(numbers), panel_size=len(json.loads(row["panel"])), scheme_name=row["scheme_name"],
        scheme_fingerprint=row["scheme_fingerprint"], office_fingerprint=row["office_fingerprint"],
        created_at=row["created_at"])
    panel = [PanelMember.from_dict(m) for m in json.loads(row["panel"])]
    return StoredBatch(identity, scheme, row["scheme_toml"], panel,
                       [{"application_no": no, "name": names.get(no, "")} for no in numbers],
                       bytes.fromhex(row["data_key"]))


class ResultExistsRefused(FileRefused):
    """A result package for a session that already has one: taken only when told to supersede it."""

    @property
    def refusal(self) -> str:
        """The refusal without the command line's hint (--supersede): what the interface asks about."""
        refusal = self.source.values.get("refusal") if isinstance(self.source, Message) else None
        return refusal if isinstance(refusal, str) else self.message


@dataclass(frozen=True)
class IngestReport:
    batch: BatchIdentity
    status: str  # stored | unchanged | superseded
    package_sha256: str
    chair: str
    reviewers: list[str]
    candidates: list[dict[str, Any]]
    message: str  # a Message

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "message": self.message, "batch": self.batch.as_dict(),
                "package_sha256": self.package_sha256, "chair": self.chair, "reviewers": self.reviewers,
                "candidates": self.candidates}


def _differences(name: str, signed: dict[str, Any], recomputed: dict[str, Any]) -> None:
    """Refuse, naming the candidate and the number, when the chair's tally differs from ours."""
    if signed.get("method") != recomputed.get("method") or signed.get("rules") != recomputed.get("rules"):
        raise FileRefused(msg("{file}：组长签名的汇总方法或设置与批次的评分方案不符", file=name))
    ours = {c["id"]: c for c in recomputed["candidates"]}
    listed = signed.get("candidates")
    # the chair's JSON may hold anything: only a list of objects with text ids can be compared
    if not isinstance(listed, list):
        listed = []
    theirs = {c["id"]: c for c in listed if isinstance(c, dict) and isinstance(c.get("id"), str)}
    if set(ours) != set(theirs) or len(theirs) != len(listed):
        raise FileRefused(msg("{file}：组长签名的结果中的候选人与批次不符", file=name))
    for candidate_id in sorted(ours):
        for key in _COMPARED:
            if ours[candidate_id].get(key) != theirs[candidate_id].get(key):
                raise FileRefused(
                    msg("{file}：复核不符——候选人 {candidate_id} 的 {key} 组长签名为 {signed!r}，"
                        "按原始评分重算为 {recomputed!r}",
                        file=name, candidate_id=candidate_id, key=key, signed=theirs[candidate_id].get(key),
                        recomputed=ours[candidate_id].get(key)))
    agreement = signed.get("agreement")
    if not isinstance(agreement, dict) or agreement.get("icc") != recomputed["agreement"]["icc"]:
        raise FileRefused(msg("{file}：复核不符——一致性系数（ICC）与按原始评分重算的不同", file=name))


def ingest_result(office: OfficeDatabase, path: Path, *, supersede: bool = False) -> IngestReport:
    """Verify, recompute and store one result package; the database changes only if all holds."""
    name = path.name
    package = read_result_package(path)
    raw_package = package.raw
    header = package.header.header
    batch: StoredBatch = stored_batch(office, package.batch_id, name)
    identity = batch.identity
    if header.get("office_fingerprint") != identity.office_fingerprint:
        raise FileRefused(msg("{file}：结果包所属批次的办公室签名与本办公室记录的不同", file=name))
    for key in ("group", "session", "scheme_fingerprint"):
        if header.get(key) != getattr(identity, key):
            raise FileRefused(msg("{file}：结果包的{key}与本办公室记录的批次不符", file=name, key=key))
    chair = batch.chair
    if header.get("chair") != chair.number:
        raise FileRefused(msg("{file}：签名的组长（{signer}）不是该批次的组长 {chair_number} {chair_name}",
                              file=name, signer=header.get("chair"), chair_number=chair.number,
                              chair_name=chair.name))

    scores = PanelScores(batch)
    for reviewer, data in sorted(package.score_files.items()):
        file = read_score_file(Path(f"{name} 中的 {reviewer}.crscore"), batch, data)
        if file.reviewer != reviewer:
            raise FileRefused(msg("{file}：其中标为 {reviewer} 的评分文件实为 {actual} 的",
                                  file=name, reviewer=reviewer, actual=file.reviewer))
        outcome = scores.add(file.path, file)
        if outcome.status != "imported":
            raise FileRefused(msg("{file}：{reason}", file=name, reason=outcome.message))
    key_warning = chair_key_warning(batch, scores, package.header.signer)

    content = package.content(batch.data_key)
    decisions = content.get("decisions") or []
    if not isinstance(decisions, list) or not all(isinstance(d, list) for d in decisions):
        raise FileRefused(msg("{file}：组长的并列决定已损坏", file=name))
    try:
        recomputed = contract_json(batch, compute_tally(batch, scores, decisions))
    except InputRefused as error:
        raise FileRefused(msg("{file}：无法按原始评分重算：{error}", file=name, error=error)) from None
    signed_tally = content.get("tally")
    if not isinstance(signed_tally, dict):
        raise FileRefused(msg("{file}：汇总结果已损坏", file=name))
    _differences(name, signed_tally, recomputed)

    digest = hashlib.sha256(raw_package).hexdigest()
    previous = [row for row in office.db.query("SELECT * FROM results WHERE batch_id = ? ORDER BY id",
                                                [identity.batch_id])]
    active = [row for row in previous if row["status"] == "active"]
    report_rows = [{k: c.get(k) for k in ("id", "name", "rank", "final", "n", "recommended", "flags")}
                   for c in recomputed["candidates"]]
    if any(row["package_sha256"] == digest for row in previous):
        return IngestReport(identity, "unchanged", digest, chair.number, sorted(scores.files), report_rows,
                            msg("{file} 已导入过，未作改动", file=name))
    if active and not supersede:
        refusal = msg("{file}：{group} 第 {session} 场已有另一份结果包（{existing}）",
                      file=name, group=identity.group, session=identity.session, existing=active[0]["file_name"])
        raise ResultExistsRefused(msg("{refusal}；如确要以新结果包取代，请加 --supersede", refusal=refusal))
    with office.atomic():
        for row in active:
            office.table("results").update(row["id"], {"status": "superseded"})
        result_id = office.table("results").insert({
            "batch_id": identity.batch_id, "file_name": name, "package_sha256": digest,
            "chair": chair.number, "signer_fingerprint": package.header.signer_fingerprint,
            "ingested_at": now_iso(), "status": "active", "method": recomputed["method"],
            "notes": str(content.get("notes") or "") + (f"\n[签名密钥] {key_warning}" if key_warning else ""),
            "tally": json.dumps(recomputed, ensure_ascii=False),
            "package": raw_package,
        }).last_pk
        office.db.conn.executemany(
            "INSERT INTO result_candidates (result_id, batch_id, application_no, rank, final, recommended, flags, "
            "powers, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(result_id, identity.batch_id, c["id"], c["rank"],
              None if c["final"] is None else str(Decimal(str(c["final"]))), int(bool(c["recommended"])),
              ",".join(c["flags"]), json.dumps(c["powers"], ensure_ascii=False), c["n"])
             for c in recomputed["candidates"]])
        office.db.conn.executemany("UPDATE candidates SET stage = ? WHERE application_no = ?",
                                   [(Stage.PANEL_RELEASE.value, c["id"]) for c in recomputed["candidates"]])
    status = "superseded" if active else "stored"
    label = Group.from_value(identity.group)
    group_label = label.label if label else ""
    if active:
        message = msg("已验证并导入 {group} {group_label} 第 {session} 场的结果：{reviewers} 位专家的评分，复核一致，"
                      "并取代了之前的结果包",
                      group=identity.group, group_label=group_label, session=identity.session,
                      reviewers=len(scores.files))
    else:
        message = msg("已验证并导入 {group} {group_label} 第 {session} 场的结果：{reviewers} 位专家的评分，复核一致",
                      group=identity.group, group_label=group_label, session=identity.session,
                      reviewers=len(scores.files))
    if key_warning:
        message = msg("{result}。注意：{warning}", result=message, warning=key_warning)
    return IngestReport(identity, status, digest, chair.number, sorted(scores.files), report_rows, message)
