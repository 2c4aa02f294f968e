"""A reviewer's signed score file (.crscore), handed to the chair on a USB stick.

The signed header names the batch, the scheme, the reviewer and the head of their edit log, so
anyone can check whose file it is and for which session without the passphrase. The payload (the
scores, comments, recusals and the whole edit log) is encrypted under a key derived from the
batch's data key, so a lost stick reveals nothing to someone without the session's passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.batch import SessionBatch
from app.crypto_box import NONCE_SIZE, DecryptionFailed, derive_subkey, open_sealed, seal
from app.errors import InputRefused
from app.keys import fingerprint
from app.log_chain import Entry, chain_head
from app.messages import msg
from app.review_store import CandidateScores, ReviewStore, check_log, compact
from app.signed_file import (
    MAX_HEADER_BYTES,
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
from scoring.gc_pause import collector_paused

PURPOSE = "score-file"
MAX_PAYLOAD_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ScoreFile:
    """A verified, decrypted score file."""

    path: Path
    header: SignedHeader
    reviewer: str
    reviewer_name: str
    log_head: str
    reopened: int
    created_at: str
    candidates: dict[str, CandidateScores]
    log: list[Entry]
    raw: bytes  # the file's exact bytes, kept untouched for the result package

    @property
    def signer_fingerprint(self) -> str:
        return self.header.signer_fingerprint


def _aad(batch_id: str, reviewer: str) -> bytes:
    return f"{batch_id}/{reviewer}".encode()


def _payload(store: ReviewStore) -> dict[str, Any]:
    # The log is the record: the scores, comments and recusals are what replaying it gives.
    return {"log": compact(store.log())}


def write_score_file(store: ReviewStore, batch: SessionBatch, reviewer_key: Ed25519PrivateKey, out: Path) -> str:
    """Export the locked session as a signed score file (atomically); returns the signer's fingerprint."""
    from exports.files import atomic_write_bytes

    if not store.locked:
        raise InputRefused("请先确认提交（锁定）评分，再导出评分文件")
    count, head = store.verify()
    member = batch.member(store.reviewer)
    if member is None:
        raise InputRefused(msg("专家编号 {reviewer} 不在本批次的评审专家名单中", reviewer=store.reviewer))
    identity = batch.identity
    plaintext = json.dumps(_payload(store), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    key = derive_subkey(batch.data_key, identity.batch_id, PURPOSE)
    nonce, ciphertext = seal(key, plaintext, _aad(identity.batch_id, store.reviewer))
    header = {
        "kind": "score", "format": 1, "batch_id": identity.batch_id, "year": identity.year,
        "group": identity.group, "session": identity.session, "scheme_fingerprint": identity.scheme_fingerprint,
        "office_fingerprint": identity.office_fingerprint, "reviewer": member.number,
        "reviewer_name": member.name, "signer": public_key_text(reviewer_key.public_key()),
        "created_at": now_iso(), "log_head": head, "log_length": count, "reopened": store.reopen_count,
        "payload": {"nonce": base64.b64encode(nonce).decode("ascii"),
                    "sha256": hashlib.sha256(ciphertext).hexdigest()},
        "payload_length": len(ciphertext),
    }
    prefix = signed_prefix("score", encode_header(header))
    atomic_write_bytes(out, prefix + sign_prefix(reviewer_key, prefix) + ciphertext)
    return fingerprint(reviewer_key.public_key())


def read_score_header(path: Path) -> SignedHeader:
    """Signature, length and payload hash: what can be checked without the batch's key."""
    return _read_verified(path)[0]


def _read_verified(path: Path, data: bytes | None = None) -> tuple[SignedHeader, bytes]:
    """The verified header and the exact bytes it was verified on (read once; or ``data`` as given)."""
    if data is None:
        data = read_small_file(path, MAX_HEADER_BYTES + MAX_PAYLOAD_BYTES + 1024, msg("评分文件"))
    signed = read_signed_header(path, "score", io.BytesIO(data))
    raw = signed.header
    try:
        expected = str(raw["payload"]["sha256"])
        for key in ("batch_id", "reviewer", "log_head", "scheme_fingerprint"):
            str(raw[key])
        if type(raw.get("reopened", 0)) is not int:
            raise TypeError("reopened")
    except (KeyError, TypeError):
        raise FileRefused(msg("{name}：评分文件头已损坏", name=path.name)) from None
    if len(data) != signed.file_size or hashlib.sha256(data[signed.payload_offset:]).hexdigest() != expected:
        raise FileRefused(msg("{name}：评分内容与签名不符，文件已被改动或损坏", name=path.name))
    return signed, data


@dataclass(frozen=True)
class _Opened:
    """A score file whose signature, batch binding and encryption are checked; its log not yet."""

    path: Path
    signed: SignedHeader
    data: bytes
    reviewer: str
    reviewer_name: str
    plaintext: bytes
    sealed: tuple[bytes, bytes, bytes]  # key, nonce, associated data: what decrypted it


def _open(path: Path, batch: SessionBatch, data: bytes | None) -> _Opened:
    signed, data = _read_verified(path, data)
    raw = signed.header
    identity = batch.identity
    name = path.name
    if raw["batch_id"] != identity.batch_id:
        raise FileRefused(msg("{name}：这是另一场次（批次 {batch_id}…）的评分文件，不属于本批次",
                              name=name, batch_id=str(raw["batch_id"])[:8]))
    if raw["scheme_fingerprint"] != identity.scheme_fingerprint:
        raise FileRefused(msg("{name}：评分方案与本批次不同", name=name))
    reviewer = str(raw["reviewer"])
    member = batch.member(reviewer)
    if member is None:
        raise FileRefused(msg("{name}：专家编号 {reviewer} 不在本批次的评审专家名单中", name=name, reviewer=reviewer))
    try:
        nonce = base64.b64decode(str(raw["payload"]["nonce"]), validate=True)
        if len(nonce) != NONCE_SIZE:
            raise ValueError("nonce")
        if len(data) - signed.payload_offset > MAX_PAYLOAD_BYTES:
            raise FileRefused(msg("{name}：评分内容过大，文件已损坏", name=name))
        key = derive_subkey(batch.data_key, identity.batch_id, PURPOSE)
        aad = _aad(identity.batch_id, reviewer)
        plaintext = open_sealed(key, nonce, data[signed.payload_offset:], aad)
    except DecryptionFailed:
        raise FileRefused(msg("{name}：评分内容无法用本批次的密钥解密，不属于本批次", name=name)) from None
    except FileRefused:
        raise
    except (ValueError, KeyError, TypeError):
        raise FileRefused(msg("{name}：评分内容已损坏", name=name)) from None
    return _Opened(path, signed, data, reviewer, member.name, plaintext, (key, nonce, aad))


def _finish(opened: _Opened, batch: SessionBatch, chain: tuple[str, int] | None = None) -> ScoreFile:
    """Check the log and the scores; ``chain``: (head, length) already computed over this plaintext."""
    name = opened.path.name
    raw = opened.signed.header
    try:
        payload = payload_json(opened.plaintext)
        checked = check_log(payload["log"])
        head, length = chain if chain is not None else (chain_head(checked.entries), len(checked.entries))
    except InputRefused as error:
        raise FileRefused(msg("{name}：{error}", name=name, error=error)) from None
    except (ValueError, KeyError, TypeError):  # UnicodeEncodeError (a lone surrogate) is a ValueError
        raise FileRefused(msg("{name}：评分内容已损坏", name=name)) from None
    log = checked.entries
    if head != raw["log_head"] or length != len(log) or len(log) != raw.get("log_length"):
        raise FileRefused(msg("{name}：评分日志与签名记录的不符", name=name))
    if not log or log[-1][0] != "lock":
        raise FileRefused(msg("{name}：评分未提交锁定，不能作为正式评分文件", name=name))
    if checked.invalid_score:
        raise FileRefused(msg("{name}：评分日志中有无效的分数", name=name))
    try:
        candidates = _check_state(name, checked.state, batch)
    except InvalidOperation:
        raise FileRefused(msg("{name}：评分日志中有无效的分数", name=name)) from None
    return ScoreFile(opened.path, opened.signed, opened.reviewer, opened.reviewer_name, head,
                     int(raw.get("reopened", 0)), str(raw.get("created_at", "")), candidates, log, opened.data)


def read_score_file(path: Path, batch: SessionBatch, data: bytes | None = None) -> ScoreFile:
    """Verify a score file against the batch and decrypt it; refuse anything that does not fit.

    ``data``: the file's bytes when they come from elsewhere (a result package); ``path`` then only
    names it in messages.
    """
    return _finish(_open(path, batch, data), batch)


def read_score_files(paths: Sequence[Path], batch: SessionBatch) -> list[ScoreFile | FileRefused]:
    """``read_score_file`` for each path, in order; a refused file's FileRefused stands in its place.

    Every check is the same and made here. Only for a large panel (``PARALLEL_MIN_BYTES`` of logs)
    are some of the hash chains computed in a helper process (``app.log_chain.payload_chain``, run
    on the plaintexts decrypted here), which halves the chair's wait on two cores: the chains are
    ~40 % of the work (~500,000 SHA-256 for 1,000 candidates × 30 reviewers) and cannot be split
    within one log. The helper takes files from the front, this process from the back, so neither
    waits for the other; anything the helper does not answer is computed here. The helper is
    started with "spawn" (never forked: the GUI calls this from a Qt pool thread) and must be able
    to import ``app.log_chain`` (the frozen app calls ``multiprocessing.freeze_support``).
    """
    with collector_paused():  # ~2 million small containers, no cycles: see scoring.gc_pause
        return _read_score_files(paths, batch)


def _read_score_files(paths: Sequence[Path], batch: SessionBatch) -> list[ScoreFile | FileRefused]:
    results: list[ScoreFile | FileRefused | None] = [None] * len(paths)
    opened: list[tuple[int, _Opened]] = []
    for index, path in enumerate(paths):
        try:
            opened.append((index, _open(path, batch, None)))
        except FileRefused as error:
            results[index] = error
    with _ChainHelper([item for _, item in opened]) as helper:
        for position in reversed(range(len(opened))):
            index, item = opened[position]
            try:
                results[index] = _finish(item, batch, helper.take(position))
            except FileRefused as error:
                results[index] = error
    return [result for result in results if result is not None]


PARALLEL_MIN_BYTES = 8 * 1024 * 1024  # ~100,000 log entries (~0.2 s of hashing): below, a helper costs more


class _ChainHelper:
    """The helper process computing (head, length) of the files' logs, front to back.

    The caller works from the back. A shared pair of indices under one lock says who has which file:
    the helper takes file i only while i is before the caller's last, the caller takes file i only
    while i is not before the helper's next, so each file is computed exactly once. ``take`` gives
    the helper's answer or None (the caller's to compute, or the helper failed: it cannot start,
    it died), so the helper only ever saves time. Futures are never cancelled (Python 3.11's pool
    then fails noisily if its process dies). Small inputs and one-core machines get no helper.
    """

    def __init__(self, files: Sequence[_Opened]) -> None:
        self.pool: Any = None
        self.claims: Any = None
        self.futures: list[Future[tuple[str, int] | None]] = []
        if len(files) < 2 or sum(len(f.plaintext) for f in files) < PARALLEL_MIN_BYTES or (os.cpu_count() or 1) < 2:
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from app.log_chain import claimed_payload_chain, share_claims

        try:
            context = multiprocessing.get_context("spawn")
            self.claims = context.Array("q", [0, len(files)])
            self.pool = ProcessPoolExecutor(1, mp_context=context, initializer=share_claims,
                                            initargs=(self.claims,))
            self.futures = [self.pool.submit(claimed_payload_chain, index, str(f.path), f.signed.payload_offset,
                                             str(f.signed.header["payload"]["sha256"]), *f.sealed)
                            for index, f in enumerate(files)]
        except (OSError, RuntimeError, ValueError, ImportError):  # no semaphores, no processes here...
            self.close()

    def take(self, index: int) -> tuple[str, int] | None:
        """The helper's answer for file ``index`` (asked for from the last file down), or None."""
        if index >= len(self.futures):
            return None
        with self.claims.get_lock():
            if index >= self.claims[0]:
                self.claims[1] = index
                return None
        try:
            return self.futures[index].result()
        except Exception:  # a broken helper (BrokenProcessPool...): computed by the caller instead
            return None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False)  # what is left are no-ops for the files the caller took
            self.pool = None
        self.futures = []

    def __enter__(self) -> _ChainHelper:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_state(name: str, replayed: dict[str, CandidateScores],
                 batch: SessionBatch) -> dict[str, CandidateScores]:
    """Every candidate of the batch recused or completely and validly scored; no one else."""
    known = {c["application_no"] for c in batch.candidates}
    if set(replayed) - known:
        raise FileRefused(msg("{name}：含有本批次之外的候选人", name=name))
    scheme = batch.scheme
    limits = {key: scheme.item(key)[1].max for key in scheme.item_keys()}
    step = scheme.step
    # A few dozen distinct scores recur ~450,000 times in a large panel: each is checked once per item.
    accepted: dict[str, set[Decimal]] = {key: set() for key in limits}
    result: dict[str, CandidateScores] = {}
    for no in sorted(known):
        state = replayed.get(no) or CandidateScores(no)
        if not state.recused:
            if not state.complete or state.scores.keys() != limits.keys():
                raise FileRefused(msg("{name}：候选人 {no} 未评完", name=name, no=no))
            for key, value in state.scores.items():
                try:
                    if value in accepted[key]:
                        continue
                except TypeError:  # a signalling NaN cannot be hashed: the comparison below refuses it
                    pass
                if not (0 <= value <= limits[key] and value % step == 0):
                    raise FileRefused(msg("{name}：候选人 {no}：{problem}",
                                          name=name, no=no, problem=scheme.check_score(key, value)))
                accepted[key].add(value)
        result[no] = state
    return result
