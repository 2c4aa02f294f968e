"""The panel's tally and the chair's signed result package (.crresult).

``compute_tally`` turns the verified score files into ``scoring`` sheets and tallies them with the
batch's scheme. The result package carries the reviewers' original ``.crscore`` files byte for byte,
the tally with the method and every setting used, the chair's decisions on ties and notes, and the
chair's signature over all of it. The tally and notes are sealed under a key derived from the
batch's data key (as score files are), so only the panel and the office read them; the signed
header still says, to anyone, which session it is and who signed.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.batch import SessionBatch
from app.chair import PanelScores
from app.crypto_box import NONCE_SIZE, DecryptionFailed, derive_subkey, open_sealed, seal
from app.errors import InputRefused
from app.keys import fingerprint
from app.messages import joined, msg
from app.signed_file import (
    FileRefused,
    SignedHeader,
    encode_header,
    payload_json,
    public_key_text,
    read_signed_header,
    read_small_file,
    sign_prefix,
    signed_prefix,
)
from app.storage import now_iso
from scoring import ScoringError, Sheet, Tally, from_scheme_dict, tally

PURPOSE = "result"
TALLY_PART = "tally.json"
MAX_PARTS = 200
# The panel's score files (a few MB even for 1,000 candidates) and the sealed tally: read whole.
MAX_PACKAGE_BYTES = 512 * 1024 * 1024


def sheets_from(scores: PanelScores) -> list[Sheet]:
    sheets = []
    for reviewer, file in sorted(scores.files.items()):
        scored = {no: dict(c.scores) for no, c in file.candidates.items() if not c.recused}
        recused = frozenset(no for no, c in file.candidates.items() if c.recused)
        sheets.append(Sheet(reviewer=reviewer, scores=scored, recused=recused))
    return sheets


def compute_tally(batch: SessionBatch, scores: PanelScores, decisions: Sequence[Sequence[str]] = ()) -> Tally:
    """Tally the accepted score files with the batch's scheme and the chair's decisions on ties."""
    if not scores.files:
        raise InputRefused("还没有导入任何专家的评分文件")
    powers, rules = from_scheme_dict(batch.scheme.to_dict())
    try:
        return tally(powers, rules, [c["application_no"] for c in batch.candidates], sheets_from(scores),
                     decisions=[list(order) for order in decisions] or None)
    except ScoringError as error:
        raise InputRefused(msg("无法汇总：{error}", error=error)) from None


def contract_json(batch: SessionBatch, result: Tally) -> dict[str, Any]:
    """``tally --json``: the keys of CONTRACT.md, and more."""
    names = {c["application_no"]: c["name"] for c in batch.candidates}
    data = result.to_dict()
    for candidate in data["candidates"]:
        candidate["name"] = names.get(candidate["id"], "")
    identity = batch.identity
    data["batch"] = {"id": identity.batch_id, "group": identity.group, "session": identity.session,
                     "year": identity.year, "group_label": identity.group_label,
                     "scheme": identity.scheme_name, "scheme_fingerprint": identity.scheme_fingerprint,
                     "office_fingerprint": identity.office_fingerprint}
    return data


def chair_key_warning(batch: SessionBatch, scores: PanelScores, chair_key: Ed25519PublicKey) -> str | None:
    """Why the chair's signing key cannot be tied to the panel (a Chinese ``Message``), or None when it can.

    Panels carry no registered keys: the one link between the chair and a key is the chair's own
    score file. A package signed with another key is not refused (a chair may keep a separate
    signing key), but the mismatch is recorded in it and shown at the office, next to the
    fingerprints to compare with the paper result sheet.
    """
    own = scores.files.get(batch.chair.number)
    signer = fingerprint(chair_key)
    if own is None:
        return msg("组长 {chair} 本人没有评分文件，签名密钥（{key_fingerprint}）无法与评审组对应，"
                   "请与纸质结果表上的指纹核对", chair=batch.chair.name, key_fingerprint=signer)
    if public_key_text(own.header.signer) != public_key_text(chair_key):
        return msg("签名密钥（{key_fingerprint}）与组长 {chair} 评分文件的签名密钥（{own_fingerprint}）不同，"
                   "请与纸质结果表上的指纹核对",
                   key_fingerprint=signer, chair=batch.chair.name, own_fingerprint=own.signer_fingerprint)
    return None


def check_chair_key(batch: SessionBatch, scores: PanelScores, chair_key: Ed25519PrivateKey) -> None:
    """The GUI's stricter rule: the chair signs with the key of their own score file, when there is one."""
    own = scores.files.get(batch.chair.number)
    if own is not None and public_key_text(own.header.signer) != public_key_text(chair_key.public_key()):
        raise InputRefused(
            msg("组长签名密钥（{key_fingerprint}）与组长 {chair} 评分文件的签名密钥（{own_fingerprint}）不同，"
                "请用同一把密钥",
                key_fingerprint=fingerprint(chair_key.public_key()), chair=batch.chair.name,
                own_fingerprint=own.signer_fingerprint))


def write_result_package(batch: SessionBatch, scores: PanelScores, result: Tally, chair_key: Ed25519PrivateKey,
                         out: Path, *, notes: str = "") -> dict[str, Any]:
    """Sign and write the result package atomically; returns the sealed content (for sheets)."""
    from exports.files import atomic_write_bytes

    if result.quota_tie and result.quota_open:
        raise InputRefused(msg("名额线上有并列（{candidates}），请先记录组长的决定再签名",
                               candidates=joined("、", result.quota_tie)))
    identity = batch.identity
    chair = batch.chair
    content = {
        "tally": contract_json(batch, result), "notes": notes, "scheme_toml": batch.scheme_toml,
        "chair": chair.as_dict(), "decisions": [list(order) for order in result.decisions],
        "chair_key_warning": chair_key_warning(batch, scores, chair_key.public_key()),
        "reviewers": {no: {"fingerprint": f.signer_fingerprint, "log_head": f.log_head, "reopened": f.reopened}
                      for no, f in sorted(scores.files.items())},
    }
    plaintext = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    key = derive_subkey(batch.data_key, identity.batch_id, PURPOSE)
    nonce, sealed = seal(key, plaintext, identity.batch_id.encode("ascii"))

    parts: list[dict[str, Any]] = []
    blobs: list[bytes] = []
    offset = 0
    for reviewer, file in sorted(scores.files.items()):
        parts.append({"name": f"{reviewer}.crscore", "kind": "score", "reviewer": reviewer, "offset": offset,
                      "length": len(file.raw), "sha256": hashlib.sha256(file.raw).hexdigest()})
        blobs.append(file.raw)
        offset += len(file.raw)
    parts.append({"name": TALLY_PART, "kind": "tally", "offset": offset, "length": len(sealed),
                  "sha256": hashlib.sha256(sealed).hexdigest(), "nonce": base64.b64encode(nonce).decode("ascii")})
    blobs.append(sealed)
    offset += len(sealed)
    header = {
        "kind": "result", "format": 1, "batch_id": identity.batch_id, "year": identity.year,
        "group": identity.group, "session": identity.session, "scheme_fingerprint": identity.scheme_fingerprint,
        "office_fingerprint": identity.office_fingerprint, "chair": chair.number, "chair_name": chair.name,
        "signer": public_key_text(chair_key.public_key()), "created_at": now_iso(), "method": result.method,
        "candidate_count": len(batch.candidates), "reviewers": sorted(scores.files),
        "tally_sha256": hashlib.sha256(plaintext).hexdigest(), "parts": parts, "payload_length": offset,
    }
    prefix = signed_prefix("result", encode_header(header))
    atomic_write_bytes(out, prefix + sign_prefix(chair_key, prefix) + b"".join(blobs))
    return content


@dataclass(frozen=True)
class ResultPackage:
    path: Path
    header: SignedHeader
    score_files: dict[str, bytes]  # reviewer -> the original .crscore bytes
    sealed_tally: bytes
    tally_nonce: bytes
    raw: bytes  # the package's exact bytes, as verified

    @property
    def batch_id(self) -> str:
        return str(self.header.header["batch_id"])

    @property
    def chair(self) -> str:
        return str(self.header.header["chair"])

    def content(self, data_key: bytes) -> dict[str, Any]:
        """Decrypt the tally, notes and decisions with the batch's data key."""
        key = derive_subkey(data_key, self.batch_id, PURPOSE)
        try:
            plaintext = open_sealed(key, self.tally_nonce, self.sealed_tally, self.batch_id.encode("ascii"))
        except DecryptionFailed:
            raise FileRefused(msg("{file}：汇总结果无法用该批次的密钥解密，不属于该批次",
                                  file=self.path.name)) from None
        if hashlib.sha256(plaintext).hexdigest() != self.header.header.get("tally_sha256"):
            raise FileRefused(msg("{file}：汇总结果与签名不符", file=self.path.name))
        try:
            content = payload_json(plaintext)
        except ValueError:
            raise FileRefused(msg("{file}：汇总结果已损坏", file=self.path.name)) from None
        if not isinstance(content, dict):
            raise FileRefused(msg("{file}：汇总结果已损坏", file=self.path.name))
        return content


def read_result_package(path: Path) -> ResultPackage:
    """Verify the chair's signature, the length and every part's hash; no key needed."""
    signed = read_signed_header(path, "result")
    raw = signed.header
    name = path.name
    data = read_small_file(path, MAX_PACKAGE_BYTES, msg("评审结果包"))
    payload = data[signed.payload_offset:]
    try:
        parts = list(raw["parts"])
        if not parts or len(parts) > MAX_PARTS:
            raise ValueError("parts")
        str(raw["batch_id"]), str(raw["chair"])
        end = 0
        score_files: dict[str, bytes] = {}
        sealed, nonce = b"", b""
        for part in parts:
            offset, length = int(part["offset"]), int(part["length"])
            if offset != end or length < 0:
                raise ValueError("layout")
            piece = payload[offset:offset + length]
            end = offset + length
            if hashlib.sha256(piece).hexdigest() != part["sha256"]:
                raise FileRefused(msg("{file}：其中的“{part}”与签名不符，文件已被改动", file=name, part=part["name"]))
            if part["kind"] == "score":
                reviewer = str(part["reviewer"])
                if reviewer in score_files:
                    raise ValueError("duplicate reviewer")
                score_files[reviewer] = piece
            elif part["kind"] == "tally" and not sealed:
                sealed, nonce = piece, base64.b64decode(str(part["nonce"]), validate=True)
                if len(nonce) != NONCE_SIZE:
                    raise ValueError("nonce")
            else:
                raise ValueError("part kind")
        if end != len(payload) or not sealed:
            raise ValueError("layout")
    except FileRefused:
        raise
    except (KeyError, TypeError, ValueError, OverflowError):
        raise FileRefused(msg("{file}：结果包结构已损坏", file=name)) from None
    return ResultPackage(path, signed, score_files, sealed, nonce, data)


def parse_decisions(texts: Sequence[str]) -> list[list[str]]:
    """``--decide A,B,C``: one ordering of a tied group, best first."""
    orders = []
    for text in texts:
        order = [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]
        if len(order) < 2:
            raise InputRefused(msg("并列决定“{text}”应列出至少两名候选人的申报编号，用逗号分隔，名次高的在前",
                                   text=text))
        orders.append(order)
    return orders

