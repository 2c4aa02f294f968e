"""Ed25519 signing keys for the office, reviewers and chairs, and their fingerprints.

``NAME.key`` is a PKCS#8 PEM private key (encrypted with the passphrase when one is given) written
owner-only; ``NAME.pub`` is the SubjectPublicKeyInfo PEM. The fingerprint is the one short string
people compare by eye, the same in the GUI, the CLI and on paper: the SHA-256 of the raw public key,
its first 100 bits in base32, in five groups of four.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from asn1crypto import core as asn1_core
from asn1crypto import keys as asn1_keys
from asn1crypto import pem as asn1_pem
from cryptography.exceptions import InternalError, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import KeyFileError, UsageError
from app.messages import msg

_MAX_KEY_FILE_BYTES = 64 * 1024
# What a passphrase-protected key may ask of the CPU: OpenSSL writes 2,048 PBKDF2 rounds, other
# tools up to ~1M (about a second); scrypt's N = 2^20 takes a second and 1 GiB.
_MAX_PBKDF2_ITERATIONS = 10_000_000
_MAX_SCRYPT_COST = 2**20
_PBKDF2_OID = "1.2.840.113549.1.5.12"
_SCRYPT_OID = "1.3.6.1.4.1.11591.4.11"


class _ScryptParams(asn1_core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    _fields: ClassVar[list[tuple[Any, ...]]] = [
        ("salt", asn1_core.OctetString), ("cost", asn1_core.Integer), ("block_size", asn1_core.Integer),
        ("parallelization", asn1_core.Integer), ("key_length", asn1_core.Integer, {"optional": True}),
    ]


def fingerprint(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    code = base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:20]
    return "-".join(code[i:i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class KeyPair:
    private_path: Path
    public_path: Path
    fingerprint: str


def _write_owner_only(path: Path, data: bytes) -> None:
    from exports.files import atomic_write

    def write(temporary: Path) -> None:
        # Owner-only from its first byte: never a moment when the private key is readable by others.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(temporary, flags, 0o600), "wb") as handle:
            handle.write(data)

    atomic_write(path, write)


def generate_keypair(out: Path, passphrase: bytes | None = None) -> KeyPair:
    """Write OUT.key (owner-only) and OUT.pub; refuse to overwrite existing keys."""
    base = Path(str(out).removesuffix(".key").removesuffix(".pub"))
    private_path, public_path = base.with_name(base.name + ".key"), base.with_name(base.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            raise UsageError(msg("{path} 已存在；为免覆盖密钥，请换一个名字或先移走旧文件", path=path))
    if not private_path.parent.is_dir():
        raise UsageError(msg("文件夹 {folder} 不存在", folder=private_path.parent))
    key = Ed25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    )
    private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    from exports.files import atomic_write_bytes

    _write_owner_only(private_path, private_pem)
    try:
        atomic_write_bytes(public_path, public_pem)
    except BaseException:  # a private key without its public half is no use: leave neither
        private_path.unlink(missing_ok=True)
        raise
    return KeyPair(private_path, public_path, fingerprint(key.public_key()))


def _read_small(path: Path, what: str) -> bytes:
    try:
        if path.stat().st_size > _MAX_KEY_FILE_BYTES:
            raise KeyFileError(msg("{path}：文件过大，不是{kind}", path=path, kind=what))
        return path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(msg("找不到{kind} {path}", kind=what, path=path)) from None
    except OSError as error:
        raise KeyFileError(msg("无法读取{kind} {path}：{reason}",
                               kind=what, path=path, reason=error.strerror)) from None


def _check_key_derivation_cost(path: Path, data: bytes) -> None:
    """Refuse an encrypted private key whose declared key derivation would run for hours.

    A PKCS#8 file names its own PBKDF2 iteration count or scrypt cost, and OpenSSL honours any
    value: a damaged or hostile file would hang the app. ``cryptography`` does not expose the
    parameters, so they are read with asn1crypto (already installed for pyHanko) first.
    """
    if b"ENCRYPTED PRIVATE KEY" not in data:
        return
    try:
        _kind, _headers, der = asn1_pem.unarmor(data)
        algorithm = asn1_keys.EncryptedPrivateKeyInfo.load(der)["encryption_algorithm"]
        if algorithm["algorithm"].native != "pbes2":
            return  # PBES1 and PKCS#12 schemes: OpenSSL bounds or refuses them itself
        kdf = algorithm["parameters"]["key_derivation_func"]
        name = kdf["algorithm"].dotted
        if name == _PBKDF2_OID:
            cost, limit = int(kdf["parameters"]["iteration_count"].native), _MAX_PBKDF2_ITERATIONS
        elif name == _SCRYPT_OID:  # RFC 7914 §7; asn1crypto has no class for it
            cost, limit = int(_ScryptParams.load(kdf["parameters"].dump())["cost"].native), _MAX_SCRYPT_COST
        else:
            return
    except (ValueError, TypeError, KeyError, IndexError, OverflowError):
        raise KeyFileError(msg("{path}：不是有效的私钥文件，或已损坏", path=path)) from None
    if cost > limit:
        raise KeyFileError(msg("{path}：私钥声明的密码计算量过大（{cost}），文件已损坏或不可信", path=path, cost=cost))


def load_private_key(path: Path, passphrase: bytes | None = None) -> Ed25519PrivateKey:
    data = _read_small(path, msg("私钥文件"))
    _check_key_derivation_cost(path, data)
    try:
        key = serialization.load_pem_private_key(data, password=passphrase or None)
    except TypeError:
        if passphrase:
            raise KeyFileError(msg("{path}：此私钥没有设密码，却提供了密码", path=path)) from None
        raise KeyFileError(msg("{path}：私钥受密码保护，请提供密码", path=path)) from None
    except (ValueError, UnsupportedAlgorithm, InternalError):  # OpenSSL fails internally on some malformed keys
        if passphrase:
            raise KeyFileError(msg("{path}：私钥密码错误，或文件已损坏", path=path)) from None
        raise KeyFileError(msg("{path}：不是有效的私钥文件，或已损坏", path=path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(msg("{path}：不是 Ed25519 签名私钥", path=path))
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    data = _read_small(path, msg("公钥文件"))
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm, InternalError):
        raise KeyFileError(msg("{path}：不是有效的公钥文件，或已损坏", path=path)) from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(msg("{path}：不是 Ed25519 签名公钥", path=path))
    return key
