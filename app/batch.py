"""Dossier batches (.crbatch): built by the office for one session, opened in memory by the panel.

A batch carries, encrypted, only what reviewers need: each eligible candidate's dossier with the
personal data masked and the income survey left out, their attachments, the scoring scheme, the
panel and the prepared recusals. Its plaintext header, signed by the office, names the batch
(group, session, candidate count, scheme) so it can be checked without the passphrase.

Opening verifies the signature first, then the key-derivation bounds, then derives the key and
decrypts the manifest into memory. Attachments stay encrypted in the file until viewed; nothing
decrypted is ever written to disk.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.crypto_box import (
    CHUNK_SIZE,
    DEFAULT_LOG_N,
    NONCE_SIZE,
    TAG_SIZE,
    DecryptionFailed,
    KdfParams,
    StreamEncryptor,
    ciphertext_length,
    decrypt_chunk,
    decrypt_stream,
    derive_key,
    new_key,
    unwrap_key,
    wrap_key,
)
from app.enums import Group, Stage
from app.errors import InputRefused
from app.form import FIELDS, Sensitivity
from app.idcard import mask_id
from app.intake import MAX_ATTACHMENT_BYTES
from app.keys import fingerprint
from app.messages import Message, msg
from app.panel import PanelMember, same_employer
from app.scheme import Scheme, parse_scheme
from app.signed_file import (
    FileRefused,
    SignedHeader,
    encode_header,
    payload_json,
    public_key_text,
    read_signed_header,
    require_signer,
    sign_prefix,
    signed_prefix,
)
from app.storage import OfficeDatabase, now_iso

CIPHER = "AES-256-GCM-STREAM-1MiB"
_HASH_PLACEHOLDER = "0" * 64
_READ_SIZE = 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
_MAX_HEADER_TEXT = 200  # names, fingerprints and dates shown as they are: never pages long

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class BlobRef:
    offset: int  # from the start of the payload
    length: int  # ciphertext bytes
    size: int  # plaintext bytes
    sha256: str  # of the ciphertext


@dataclass(frozen=True)
class BatchIdentity:
    batch_id: str
    year: int
    group: str
    session: int
    candidate_count: int
    panel_size: int
    scheme_name: str
    scheme_fingerprint: str
    office_fingerprint: str
    created_at: str

    @property
    def group_label(self) -> str:
        member = Group.from_value(self.group)
        return member.label if member else self.group

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.batch_id, "year": self.year, "group": self.group, "group_label": self.group_label,
                "session": self.session, "candidates": self.candidate_count, "panel": self.panel_size,
                "scheme": self.scheme_name, "scheme_fingerprint": self.scheme_fingerprint,
                "office_fingerprint": self.office_fingerprint, "created_at": self.created_at}

    def describe(self) -> str:
        return msg("{year}年 {group} {group_label} 第 {session} 场，候选人 {candidates} 名，评审专家 {panel} 名，"
                   "评分方案“{scheme}”，办公室签名指纹 {fingerprint}",
                   year=self.year, group=self.group, group_label=self.group_label, session=self.session,
                   candidates=self.candidate_count, panel=self.panel_size, scheme=self.scheme_name,
                   fingerprint=self.office_fingerprint)


@dataclass(frozen=True)
class BatchHeader:
    signed: SignedHeader
    identity: BatchIdentity
    kdf: KdfParams
    key_wraps: list[dict[str, bytes]]
    blobs: list[BlobRef]


# ---------------------------------------------------------------------------------------------
# What reviewers see


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 8 else "*" * len(phone)


def mask_address(address: str) -> str:
    """Keep the district (上海市徐汇区), hide the rest."""
    match = re.match(r"^(.{0,12}?(?:区|县|旗))", address)
    kept = match.group(1) if match else address[:6]
    return kept + "****" if kept != address else kept


_MASKS: dict[str, Callable[[str], str]] = {"id_number": mask_id, "phone": mask_phone, "home_address": mask_address}


def reviewer_fields(record: dict[str, Any]) -> dict[str, Any]:
    """The dossier fields a reviewer may see: office-only fields left out, personal data masked."""
    shown: dict[str, Any] = {}
    for spec in FIELDS:
        if spec.sensitivity is Sensitivity.OFFICE_ONLY or spec.is_survey:
            continue
        value = record.get(spec.key)
        if spec.sensitivity is Sensitivity.MASKED and value not in (None, ""):
            value = _MASKS[spec.key](str(value))
        shown[spec.key] = value
    return shown


def same_employer_reason(employer: str) -> str:
    """The reason of a recusal the office prepares: the panel member works where the candidate does."""
    return msg("与候选人同单位（{employer}）", employer=employer)


UNNAMED_PREPARED_REASON = "办公室预置的回避"  # stored for a prepared recusal that names no reason
_SAME_EMPLOYER = re.compile(r"与候选人同单位（(.*)）", re.DOTALL)


def recusal_reason(reason: str) -> str:
    """A recusal's reason as stored (a batch's manifest, a review store, a score file keep plain text),
    as a message again when the office wrote it, so that the interface can translate it; the
    reviewer's own words as they are. The text is the same."""
    if isinstance(reason, Message):
        return reason
    match = _SAME_EMPLOYER.fullmatch(reason)
    if match:
        return same_employer_reason(match.group(1))
    if reason == UNNAMED_PREPARED_REASON:
        return msg("办公室预置的回避")
    return reason


def prepared_recusals(candidate_employer: str, panel: list[PanelMember]) -> list[dict[str, str]]:
    return [{"member": m.number, "reason": same_employer_reason(m.employer)}
            for m in panel if same_employer(m.employer, candidate_employer)]


# ---------------------------------------------------------------------------------------------
# Building


def session_candidates(office: OfficeDatabase, group: Group, session: int) -> list[dict[str, Any]]:
    """The eligible candidates of a group's session; those not yet put in a session count as session 1."""
    return [c for c in office.candidates(group=group.value)
            if c["eligible"] and (c["session"] or 1) == session]


def create_batch(
    office: OfficeDatabase,
    *,
    group: Group,
    session: int,
    panel: list[PanelMember],
    office_key: Ed25519PrivateKey,
    passphrase: bytes,
    scheme_text: str,
    out: Path,
    year: int | None = None,
    log_n: int = DEFAULT_LOG_N,
    progress: ProgressCallback | None = None,
) -> BatchIdentity:
    """Write the encrypted, signed batch of one session to ``out`` (atomically)."""
    from exports.files import atomic_write

    if len(passphrase) < 8:
        raise InputRefused("口令太短：评审现场宣布的口令至少 8 个字符")
    scheme = parse_scheme(scheme_text, msg("评分方案"))
    candidates = session_candidates(office, group, session)
    if not candidates:
        raise InputRefused(msg("{group} {label} 第 {session} 场没有资格审查合格的候选人，无法生成批次",
                               group=group.value, label=group.label, session=session))
    year = year or _year_of(candidates) or dt.date.today().year
    batch_id = uuid.uuid4().hex
    aad = batch_id.encode("ascii")

    attachments: list[dict[str, Any]] = []  # in blob order, blob index = position + 1
    entries = []
    for record in candidates:
        files = []
        for meta in office.attachments(record["application_no"]):
            attachments.append(meta)
            files.append({"blob": len(attachments), "kind": meta["kind"], "filename": meta["filename"],
                          "media_type": meta["media_type"], "size": meta["size"]})
        entries.append({"application_no": record["application_no"], "name": record["name"],
                        "fields": reviewer_fields(record), "attachments": files,
                        "recused": prepared_recusals(str(record["employer"] or ""), panel)})
    identity = BatchIdentity(
        batch_id=batch_id, year=year, group=group.value, session=session, candidate_count=len(entries),
        panel_size=len(panel), scheme_name=scheme.name, scheme_fingerprint=scheme.fingerprint(),
        office_fingerprint=fingerprint(office_key.public_key()), created_at=now_iso())
    manifest = json.dumps({"batch": identity.as_dict(), "scheme_toml": scheme_text,
                           "panel": [m.as_dict() for m in panel], "candidates": entries},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    sizes = [len(manifest)] + [int(a["size"]) for a in attachments]
    blobs: list[dict[str, Any]] = []
    offset = 0
    for size in sizes:
        length = ciphertext_length(size)
        blobs.append({"offset": offset, "length": length, "size": size, "sha256": _HASH_PLACEHOLDER})
        offset += length

    kdf = KdfParams(log_n=log_n, salt=os.urandom(16))
    data_key = new_key()
    nonce, wrapped = wrap_key(derive_key(passphrase, kdf), data_key, aad)
    header: dict[str, Any] = {
        "kind": "batch", "format": 1, "batch_id": batch_id, "year": year, "group": group.value,
        "session": session, "candidate_count": len(entries), "panel_size": len(panel),
        "scheme_name": scheme.name, "scheme_fingerprint": identity.scheme_fingerprint,
        "created_at": identity.created_at, "signer": public_key_text(office_key.public_key()),
        "kdf": {"name": "scrypt", "log_n": kdf.log_n, "r": kdf.r, "p": kdf.p, "salt": _b64(kdf.salt)},
        "cipher": CIPHER,
        "key_wraps": [{"type": "passphrase", "nonce": _b64(nonce), "key": _b64(wrapped)}],
        "blobs": blobs, "payload_length": offset,
    }
    reserved = len(encode_header(header))
    total = offset

    def write(path: Path) -> None:
        with path.open("wb") as handle:
            payload_start = len(signed_prefix("batch", encode_header(header))) + 64
            handle.seek(payload_start)
            done = 0
            blobs[0]["sha256"] = _encrypt_blob(handle, data_key, 0, aad, [manifest])
            done += blobs[0]["length"]
            for index, meta in enumerate(attachments, start=1):
                blobs[index]["sha256"] = _encrypt_blob(handle, data_key, index, aad,
                                                       _attachment_chunks(office, int(meta["id"])))
                done += blobs[index]["length"]
                if progress:
                    progress(done, total)
            header_bytes = encode_header(header)
            if len(header_bytes) != reserved:  # the hashes are fixed-width hex; this cannot move
                raise RuntimeError("batch header changed length")
            prefix = signed_prefix("batch", header_bytes)
            handle.seek(0)
            handle.write(prefix + sign_prefix(office_key, prefix))

    atomic_write(out, write)
    _record_batch(office, identity, candidates, panel, scheme_text, out, data_key)
    return identity


def _year_of(candidates: list[dict[str, Any]]) -> int | None:
    match = re.match(r"^(\d{4})-", str(candidates[0]["application_no"]))
    return int(match.group(1)) if match else None


def _attachment_chunks(office: OfficeDatabase, attachment_id: int) -> Any:
    """The attachment's bytes in pieces, read from the database without loading it whole."""
    with office.db.conn.blobopen("attachments", "data", attachment_id, readonly=True) as blob:
        while True:
            piece = blob.read(_READ_SIZE)
            if not piece:
                return
            yield piece


def _encrypt_blob(handle: BinaryIO, key: bytes, index: int, aad: bytes, pieces: Any) -> str:
    digest = hashlib.sha256()
    encryptor = StreamEncryptor(key, index, aad)
    for piece in pieces:
        for chunk in encryptor.feed(piece):
            digest.update(chunk)
            handle.write(chunk)
    last = encryptor.finish()
    digest.update(last)
    handle.write(last)
    return digest.hexdigest()


def _record_batch(office: OfficeDatabase, identity: BatchIdentity, candidates: list[dict[str, Any]],
                  panel: list[PanelMember], scheme_text: str, out: Path, data_key: bytes) -> None:
    with office.atomic():
        office.table("batches").insert({
            "batch_id": identity.batch_id, "year": identity.year, "group": identity.group,
            "session": identity.session, "created_at": identity.created_at, "file_name": out.name,
            "office_fingerprint": identity.office_fingerprint, "scheme_name": identity.scheme_name,
            "scheme_fingerprint": identity.scheme_fingerprint,
            "candidates": json.dumps([c["application_no"] for c in candidates]),
            "panel": json.dumps([m.as_dict() for m in panel], ensure_ascii=False),
            "scheme_toml": scheme_text,
            # The office keeps each batch's data key: it reads the score files inside result packages
            # without asking for the session's passphrase again. The office database already holds
            # every dossier in clear, so this adds nothing to what a copy of it would reveal.
            "data_key": data_key.hex(),
        })
        for record in candidates:
            office.table("candidates").update(record["application_no"],
                                              {"stage": Stage.EXPERT_REVIEW.value, "session": identity.session})


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# ---------------------------------------------------------------------------------------------
# Reading


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise TypeError("not text")
    return base64.b64decode(value, validate=True)


def read_batch_header(path: Path, *, office_key: Ed25519PublicKey | None = None,
                      handle: BinaryIO | None = None) -> BatchHeader:
    """Verify the signature (and the expected office key) and parse the header; no passphrase needed."""
    signed = read_signed_header(path, "batch", handle)
    require_signer(signed, office_key, path, msg("申报办公室"))
    raw = signed.header
    try:
        kdf_raw = raw["kdf"]
        if kdf_raw["name"] != "scrypt" or raw["cipher"] != CIPHER:
            raise FileRefused(msg("{name}：不支持的加密方式 {cipher} / {kdf}",
                                  name=path.name, cipher=raw["cipher"], kdf=kdf_raw["name"]))
        kdf = KdfParams(log_n=int(kdf_raw["log_n"]), salt=_unb64(kdf_raw["salt"]), r=int(kdf_raw["r"]),
                        p=int(kdf_raw["p"]))
        wraps = [{"type": str(w["type"]).encode(), "nonce": _unb64(w["nonce"]), "key": _unb64(w["key"])}
                 for w in raw["key_wraps"]]
        if any(len(w["nonce"]) != NONCE_SIZE for w in wraps):
            raise ValueError("nonce")
        blobs = [BlobRef(int(b["offset"]), int(b["length"]), int(b["size"]), str(b["sha256"])) for b in raw["blobs"]]
        identity = BatchIdentity(
            batch_id=str(raw["batch_id"]), year=int(raw["year"]), group=str(raw["group"]),
            session=int(raw["session"]), candidate_count=int(raw["candidate_count"]),
            panel_size=int(raw["panel_size"]), scheme_name=str(raw["scheme_name"]),
            scheme_fingerprint=str(raw["scheme_fingerprint"]), office_fingerprint=signed.signer_fingerprint,
            created_at=str(raw["created_at"]))
    except FileRefused:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
        raise FileRefused(msg("{name}：批次文件头已损坏", name=path.name)) from None
    if not re.fullmatch(r"[0-9a-f]{32}", identity.batch_id) or not blobs:
        raise FileRefused(msg("{name}：批次文件头已损坏", name=path.name))
    if any(len(text) > _MAX_HEADER_TEXT for text in (identity.group, identity.scheme_name,
                                                     identity.scheme_fingerprint, identity.created_at)):
        raise FileRefused(msg("{name}：批次文件头已损坏（文字过长）", name=path.name))
    # Sizes are bounded before anything is read or allocated: viewing an attachment allocates its size.
    if blobs[0].size > MAX_MANIFEST_BYTES or any(b.size > MAX_ATTACHMENT_BYTES for b in blobs[1:]):
        raise FileRefused(msg("{name}：批次文件头声明的内容过大（单个附件上限 {limit_mb} MB），"
                              "文件已损坏或不是本程序生成的",
                              name=path.name, limit_mb=MAX_ATTACHMENT_BYTES // (1024 * 1024)))
    end = 0
    for blob in blobs:  # blobs tile the payload exactly, in order
        if blob.offset != end or blob.length != ciphertext_length(blob.size) or not re.fullmatch(
                r"[0-9a-f]{64}", blob.sha256):
            raise FileRefused(msg("{name}：批次文件头已损坏（内容索引不一致）", name=path.name))
        end += blob.length
    if end != raw["payload_length"]:
        raise FileRefused(msg("{name}：批次文件头已损坏（内容长度不一致）", name=path.name))
    return BatchHeader(signed, identity, kdf, wraps, blobs)


def verify_batch(path: Path, *, office_key: Ed25519PublicKey | None = None) -> BatchIdentity:
    """Check everything that can be checked without the passphrase: signature, length, every hash."""
    with _open_file(path) as handle:
        header = read_batch_header(path, office_key=office_key, handle=handle)
        for index, blob in enumerate(header.blobs):
            handle.seek(header.signed.payload_offset + blob.offset)
            digest = hashlib.sha256()
            remaining = blob.length
            while remaining:
                piece = handle.read(min(_READ_SIZE, remaining))
                if not piece:
                    raise FileRefused(msg("{name}：文件不完整（被截断）", name=path.name))
                digest.update(piece)
                remaining -= len(piece)
            if digest.hexdigest() != blob.sha256:
                what = msg("清单") if index == 0 else msg("第 {index} 个附件", index=index)
                raise FileRefused(msg("{name}：{what}的内容与签名不符，文件已被改动或损坏", name=path.name, what=what))
    return header.identity


def _open_file(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise FileRefused(msg("找不到文件 {path}", path=path)) from None
    except IsADirectoryError:
        raise FileRefused(msg("{path} 是文件夹，不是评审批次", path=path)) from None
    except OSError as error:
        raise FileRefused(msg("无法读取 {path}：{strerror}", path=path, strerror=error.strerror)) from None


class SessionBatch(Protocol):
    """What verifying score files and tallying needs of a session's batch.

    An opened .crbatch (``OpenBatch``) is one; the office's stored record of a batch it made is
    another (``app.office_results.StoredBatch``).
    """

    @property
    def identity(self) -> BatchIdentity: ...
    @property
    def scheme(self) -> Scheme: ...
    @property
    def scheme_toml(self) -> str: ...
    @property
    def panel(self) -> list[PanelMember]: ...
    @property
    def candidates(self) -> list[dict[str, Any]]: ...
    @property
    def data_key(self) -> bytes: ...
    @property
    def chair(self) -> PanelMember: ...
    def member(self, number: str) -> PanelMember | None: ...


@dataclass
class OpenBatch:
    """A batch opened in memory: its identity, scheme, panel and candidates; attachments on demand."""

    path: Path
    header: BatchHeader
    scheme: Scheme
    scheme_toml: str
    panel: list[PanelMember]
    candidates: list[dict[str, Any]]
    _data_key: bytes = field(repr=False)

    @property
    def identity(self) -> BatchIdentity:
        return self.header.identity

    @property
    def data_key(self) -> bytes:
        """The batch's data key, held in memory only: score files are sealed under keys derived from it."""
        return self._data_key

    @property
    def chair(self) -> PanelMember:
        return next(m for m in self.panel if m.is_chair)

    def member(self, number: str) -> PanelMember | None:
        return next((m for m in self.panel if m.number == number), None)

    def candidate(self, application_no: str) -> dict[str, Any] | None:
        return next((c for c in self.candidates if c["application_no"] == application_no), None)

    def attachment(self, blob_index: int) -> bytearray:
        """Decrypt one attachment into memory, chunk by chunk into one buffer, checking its hash.

        Nothing is returned unless every chunk authenticates and the whole ciphertext matches the
        office's signed hash; memory holds the plaintext once plus one chunk.
        """
        if not 1 <= blob_index < len(self.header.blobs):
            raise InputRefused(msg("批次中没有第 {blob_index} 个附件", blob_index=blob_index))
        blob = self.header.blobs[blob_index]
        aad = self.identity.batch_id.encode("ascii")
        plain = bytearray(blob.size)
        digest = hashlib.sha256()
        step = CHUNK_SIZE + TAG_SIZE
        chunks = max(1, -(-blob.length // step))
        try:
            with self.path.open("rb") as handle:
                handle.seek(self.header.signed.payload_offset + blob.offset)
                for index in range(chunks):
                    piece = handle.read(min(step, blob.length - index * step))
                    digest.update(piece)
                    start = index * CHUNK_SIZE
                    decrypted = decrypt_chunk(self._data_key, blob_index, index, index == chunks - 1, aad, piece)
                    if start + len(decrypted) > len(plain):
                        raise DecryptionFailed("附件长度与文件头不符")
                    plain[start:start + len(decrypted)] = decrypted
        except OSError as error:
            raise FileRefused(msg("无法读取批次文件 {path}（{strerror}），附件暂时无法查看",
                                  path=self.path, strerror=error.strerror)) from None
        except DecryptionFailed:
            raise FileRefused(msg("{name}：附件内容与签名不符（解密失败），批次文件已被改动或损坏",
                                  name=self.path.name)) from None
        if digest.hexdigest() != blob.sha256:
            raise FileRefused(msg("{name}：附件内容与签名不符，批次文件已被改动或损坏", name=self.path.name))
        return plain


def unlock_key(header: BatchHeader, passphrase: bytes, path: Path) -> bytes:
    """Derive the passphrase key (bounded) and unwrap the data key; refuse a wrong passphrase."""
    header.kdf.check_bounds(path.name)
    kek = derive_key(passphrase, header.kdf)
    aad = header.identity.batch_id.encode("ascii")
    for wrap in header.key_wraps:
        if wrap["type"] == b"passphrase":
            try:
                return unwrap_key(kek, wrap["nonce"], wrap["key"], aad)
            except DecryptionFailed:
                break
    raise FileRefused(msg("{name}：口令错误（请核对评审现场宣布的口令）", name=path.name))


def open_batch(path: Path, passphrase: bytes, *, office_key: Ed25519PublicKey | None = None,
               data_key: bytes | None = None) -> OpenBatch:
    """Open a batch into memory: signature first, then key derivation, then the manifest."""
    with _open_file(path) as handle:
        header = read_batch_header(path, office_key=office_key, handle=handle)
        manifest_ref = header.blobs[0]
        if manifest_ref.size > MAX_MANIFEST_BYTES:
            raise FileRefused(msg("{name}：批次清单过大，文件已损坏", name=path.name))
        handle.seek(header.signed.payload_offset + manifest_ref.offset)
        ciphertext = handle.read(manifest_ref.length)
    if hashlib.sha256(ciphertext).hexdigest() != manifest_ref.sha256:
        raise FileRefused(msg("{name}：批次清单与签名不符，文件已被改动或损坏", name=path.name))
    key = data_key or unlock_key(header, passphrase, path)
    try:
        plain = decrypt_stream(key, 0, header.identity.batch_id.encode("ascii"), ciphertext)
        manifest = payload_json(plain)  # authenticated under the data key and signed, yet bounded
        scheme_toml = str(manifest["scheme_toml"])
        scheme = parse_scheme(scheme_toml, msg("{name} 中的评分方案", name=path.name))
        panel = [PanelMember.from_dict(m) for m in manifest["panel"]]
        candidates = list(manifest["candidates"])
    except DecryptionFailed:
        raise FileRefused(msg("{name}：批次清单解密失败，文件已损坏", name=path.name)) from None
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError):
        raise FileRefused(msg("{name}：批次清单已损坏", name=path.name)) from None
    if scheme.fingerprint() != header.identity.scheme_fingerprint or len(candidates) != header.identity.candidate_count:
        raise FileRefused(msg("{name}：批次清单与文件头不一致，文件已被改动", name=path.name))
    return OpenBatch(path, header, scheme, scheme_toml, panel, candidates, key)
