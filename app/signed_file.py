"""The layout shared by the project's files: a signed header, then a payload the header describes.

    magic (8 bytes: b"CRBATCH\\0", b"CRSCORE\\0" or b"CRRESLT\\0")
    format version (2 bytes, big-endian)
    header length H (4 bytes, big-endian)
    header: H bytes of UTF-8 JSON
    signature: 64 bytes, Ed25519 by the signer over everything before it
    payload: exactly header["payload_length"] bytes

The header names the signer's public key and carries the SHA-256 of every payload part, so one
signature check covers the whole file; the payload's length is fixed by the header, so a cut or an
appended byte is caught before anything else is read. Readers refuse anything else plainly.
"""

from __future__ import annotations

import base64
import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import InputRefused
from app.keys import fingerprint
from app.messages import msg

FORMAT_VERSION = 1
MAGICS = {"batch": b"CRBATCH\0", "score": b"CRSCORE\0", "result": b"CRRESLT\0"}
KIND_LABELS = {"batch": msg("评审批次（.crbatch）"), "score": msg("评分文件（.crscore）"),
               "result": msg("结果包（.crresult）")}
_PREAMBLE = struct.Struct(">8sHI")
SIGNATURE_SIZE = 64
MAX_HEADER_BYTES = 4 * 1024 * 1024


class FileRefused(InputRefused):
    """One of the project's files is refused; the message names the file and the reason."""


@dataclass(frozen=True)
class SignedHeader:
    kind: str
    version: int
    header: dict[str, Any]
    signer: Ed25519PublicKey
    payload_offset: int  # where the payload starts in the file
    file_size: int

    @property
    def signer_fingerprint(self) -> str:
        return fingerprint(self.signer)


def _no_float(text: str) -> Any:
    raise ValueError(f"unexpected number {text[:20]}")


def _bounded_int(text: str) -> int:
    if len(text) > 20:  # no header field needs more; longer ones only serve to make parsing costly
        raise ValueError("integer too long")
    return int(text)


def strict_json(data: bytes) -> Any:
    """Parse JSON from outside: UTF-8, no NaN/Infinity, no floats, bounded integers; ValueError otherwise."""
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_no_float, parse_float=_no_float,
                          parse_int=_bounded_int)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ValueError(str(error)) from None


def payload_json(data: bytes) -> Any:
    """Parse an authenticated payload's JSON (floats allowed); ValueError for anything unreadable.

    Authenticated is not harmless: the signer may be hostile. Nesting deeper than the interpreter's
    recursion limit raises RecursionError inside json, turned here into a plain refusal like any damage.
    """
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ValueError(str(error)) from None


def public_key_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_from_text(text: str) -> Ed25519PublicKey:
    raw = base64.b64decode(text, validate=True)
    return Ed25519PublicKey.from_public_bytes(raw)


def encode_header(header: dict[str, Any]) -> bytes:
    return json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def signed_prefix(kind: str, header_bytes: bytes) -> bytes:
    return _PREAMBLE.pack(MAGICS[kind], FORMAT_VERSION, len(header_bytes)) + header_bytes


def sign_prefix(key: Ed25519PrivateKey, prefix: bytes) -> bytes:
    return key.sign(prefix)


def detect_kind(path: Path) -> str:
    """Which of the project's file kinds ``path`` claims to be (by its magic), or refuse."""
    name = path.name
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except FileNotFoundError:
        raise FileRefused(msg("找不到文件 {path}", path=path)) from None
    except IsADirectoryError:
        raise FileRefused(msg("{path} 是文件夹", path=path)) from None
    except OSError as error:
        raise FileRefused(msg("无法读取 {path}：{strerror}", path=path, strerror=error.strerror)) from None
    for kind, expected in MAGICS.items():
        if magic == expected:
            return kind
    raise FileRefused(msg("{name}：不是本程序的文件（评审批次、评分文件或结果包）", name=name))


def read_small_file(path: Path, limit: int, what: str) -> bytes:
    """The whole of a file that is read into memory at once, refused before reading when it is larger
    than ``limit``: a damaged or hostile file may claim gigabytes."""
    try:
        if path.stat().st_size > limit:
            raise FileRefused(msg("{name}：文件过大（超过 {limit_mb} MB），不是有效的{what}",
                                  name=path.name, limit_mb=limit // (1024 * 1024), what=what))
        return path.read_bytes()
    except FileNotFoundError:
        raise FileRefused(msg("找不到文件 {path}", path=path)) from None
    except IsADirectoryError:
        raise FileRefused(msg("{path} 是文件夹，不是{what}", path=path, what=what)) from None
    except OSError as error:
        raise FileRefused(msg("无法读取 {path}：{strerror}", path=path, strerror=error.strerror)) from None


def read_signed_header(path: Path, kind: str, handle: BinaryIO | None = None) -> SignedHeader:
    """Read and verify the signed header of a file of ``kind``; refuse every deviation plainly."""
    name = path.name
    what = KIND_LABELS[kind]
    own = handle is None
    try:
        stream = handle if handle is not None else path.open("rb")
    except FileNotFoundError:
        raise FileRefused(msg("找不到文件 {path}", path=path)) from None
    except IsADirectoryError:
        raise FileRefused(msg("{path} 是文件夹，不是{what}", path=path, what=what)) from None
    except OSError as error:
        raise FileRefused(msg("无法读取 {path}：{strerror}", path=path, strerror=error.strerror)) from None
    try:
        stream.seek(0, 2)
        size = stream.tell()
        stream.seek(0)
        preamble = stream.read(_PREAMBLE.size)
        if len(preamble) < _PREAMBLE.size:
            raise FileRefused(msg("{name}：文件过短，不是{what}", name=name, what=what))
        magic, version, header_length = _PREAMBLE.unpack(preamble)
        if magic != MAGICS[kind]:
            if magic in MAGICS.values():
                other = next(k for k, m in MAGICS.items() if m == magic)
                raise FileRefused(msg("{name}：这是{other}，不是{what}",
                                      name=name, other=KIND_LABELS[other], what=what))
            raise FileRefused(msg("{name}：不是{what}", name=name, what=what))
        if version > FORMAT_VERSION:
            raise FileRefused(msg("{name}：文件格式版本 {version} 比本程序支持的 {supported} 新，请升级程序",
                                  name=name, version=version, supported=FORMAT_VERSION))
        if version < 1:
            raise FileRefused(msg("{name}：文件格式版本 {version} 无效", name=name, version=version))
        if header_length > MAX_HEADER_BYTES:
            raise FileRefused(msg("{name}：文件头过大（{header_length} 字节），文件已损坏",
                                  name=name, header_length=header_length))
        header_bytes = stream.read(header_length)
        signature = stream.read(SIGNATURE_SIZE)
        if len(header_bytes) < header_length or len(signature) < SIGNATURE_SIZE:
            raise FileRefused(msg("{name}：文件不完整（被截断）", name=name))
    except OSError as error:
        raise FileRefused(msg("无法读取 {path}：{strerror}", path=path, strerror=error.strerror)) from None
    finally:
        if own:
            stream.close()
    try:
        header = strict_json(header_bytes)
    except ValueError:
        raise FileRefused(msg("{name}：文件头已损坏", name=name)) from None
    if not isinstance(header, dict):
        raise FileRefused(msg("{name}：文件头已损坏", name=name))
    try:
        signer = public_key_from_text(str(header["signer"]))
    except (KeyError, ValueError, TypeError):
        raise FileRefused(msg("{name}：文件头缺少有效的签名公钥，文件已损坏", name=name)) from None
    try:
        signer.verify(signature, preamble + header_bytes)
    except InvalidSignature:
        raise FileRefused(msg("{name}：签名无效，文件已被改动或损坏", name=name)) from None
    payload_offset = _PREAMBLE.size + header_length + SIGNATURE_SIZE
    payload_length = header.get("payload_length")
    if not isinstance(payload_length, int) or payload_length < 0:
        raise FileRefused(msg("{name}：文件头已损坏（缺少内容长度）", name=name))
    expected = payload_offset + payload_length
    if size < expected:
        raise FileRefused(msg("{name}：文件不完整（被截断：应有 {expected} 字节，实有 {size} 字节）",
                              name=name, expected=expected, size=size))
    if size > expected:
        raise FileRefused(msg("{name}：文件末尾多出 {extra} 字节，已被改动", name=name, extra=size - expected))
    return SignedHeader(kind, version, header, signer, payload_offset, size)


def require_signer(header: SignedHeader, expected: Ed25519PublicKey | None, path: Path, role: str) -> None:
    """Refuse a file signed by a key other than the expected one (when one is expected)."""
    if expected is None:
        return
    if public_key_text(expected) != public_key_text(header.signer):
        raise FileRefused(
            msg("{name}：签名者不是预期的{role}（文件签名指纹 {signer_fingerprint}，预期 {expected}）",
                name=path.name, role=role, signer_fingerprint=header.signer_fingerprint,
                expected=fingerprint(expected)))
