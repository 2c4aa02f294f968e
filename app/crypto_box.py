"""The cryptographic constructions the project's files use, on `cryptography` only.

- Passphrase key: scrypt (r=8, p=1, work factor from the file, bounded) -> 256-bit key-encryption key.
- Envelope: a random 256-bit data key, wrapped with AES-256-GCM under the key-encryption key.
- Payload: AES-256-GCM in the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015, as the
  age format uses it): each blob is cut into 1 MiB chunks; chunk i of blob b uses the nonce
  ``b (4 bytes) || i (7 bytes) || last (1 byte)``, so chunks cannot be reordered, dropped, moved
  between blobs or truncated without detection. The associated data binds every chunk to its file.

Nothing here is a new cipher mode: these are the standard primitives, composed as documented in
docs/FORMATS.md.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import InputRefused
from app.messages import msg

CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
KEY_SIZE = 32
NONCE_SIZE = 12  # AES-GCM's standard 96-bit nonce
SCRYPT_R = 8
SCRYPT_P = 1
DEFAULT_LOG_N = 17  # ~0.5 s and 128 MiB here; about a second on a modest laptop
MAX_LOG_N = 18  # a hostile file may ask for at most 256 MiB and a few seconds
MIN_LOG_N = 10


class DecryptionFailed(InputRefused):
    """Authenticated decryption failed: wrong key, or the data was changed."""


@dataclass(frozen=True)
class KdfParams:
    log_n: int
    salt: bytes
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def check_bounds(self, source: str) -> None:
        if self.r != SCRYPT_R or self.p != SCRYPT_P:
            raise InputRefused(msg("{source}：密钥派生参数 r={r}, p={p} 不受支持，拒绝打开",
                                   source=source, r=self.r, p=self.p))
        if not MIN_LOG_N <= self.log_n <= MAX_LOG_N:
            raise InputRefused(
                msg("{source}：密钥派生强度 2^{log_n} 超出允许范围（2^{min_log_n}–2^{max_log_n}），"
                    "可能是恶意文件，拒绝打开",
                    source=source, log_n=self.log_n, min_log_n=MIN_LOG_N, max_log_n=MAX_LOG_N))
        if len(self.salt) < 16:
            raise InputRefused(msg("{source}：密钥派生的盐过短，拒绝打开", source=source))


def derive_key(passphrase: bytes, params: KdfParams) -> bytes:
    n = 1 << params.log_n
    return hashlib.scrypt(passphrase, salt=params.salt, n=n, r=params.r, p=params.p,
                          maxmem=2 * 128 * params.r * n, dklen=KEY_SIZE)


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def wrap_key(kek: bytes, data_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_SIZE)
    return nonce, AESGCM(kek).encrypt(nonce, data_key, aad)


def unwrap_key(kek: bytes, nonce: bytes, wrapped: bytes, aad: bytes) -> bytes:
    if len(nonce) != NONCE_SIZE:  # a file's claim: AESGCM would raise a bare ValueError
        raise DecryptionFailed("口令错误")
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, aad)
    except InvalidTag:
        raise DecryptionFailed("口令错误") from None


def _nonce(blob_index: int, chunk_index: int, last: bool) -> bytes:
    return blob_index.to_bytes(4, "big") + chunk_index.to_bytes(7, "big") + (b"\x01" if last else b"\x00")


def ciphertext_length(plain_length: int) -> int:
    chunks = max(1, -(-plain_length // CHUNK_SIZE))
    return plain_length + chunks * TAG_SIZE


class StreamEncryptor:
    """Encrypts one blob chunk by chunk; ``feed`` returns ciphertext, ``finish`` the last chunk."""

    def __init__(self, key: bytes, blob_index: int, aad: bytes) -> None:
        self._aead = AESGCM(key)
        self._blob = blob_index
        self._aad = aad
        self._index = 0
        self._pending = bytearray()

    def feed(self, data: bytes | memoryview) -> Iterator[bytes]:
        self._pending += data
        # Keep at least one full chunk back: only finish() knows which chunk is the last.
        while len(self._pending) > CHUNK_SIZE:
            chunk = memoryview(self._pending)[:CHUNK_SIZE]
            out = self._aead.encrypt(_nonce(self._blob, self._index, False), chunk, self._aad)
            chunk.release()
            del self._pending[:CHUNK_SIZE]
            self._index += 1
            yield out

    def finish(self) -> bytes:
        out = self._aead.encrypt(_nonce(self._blob, self._index, True), bytes(self._pending), self._aad)
        self._pending.clear()
        return out


def decrypt_chunk(key: bytes, blob_index: int, chunk_index: int, last: bool, aad: bytes,
                  piece: bytes | memoryview) -> bytes:
    """One STREAM chunk: any change, or a chunk out of its place, raises DecryptionFailed."""
    try:
        return AESGCM(key).decrypt(_nonce(blob_index, chunk_index, last), piece, aad)
    except InvalidTag:
        raise DecryptionFailed("密文校验失败（数据被改动或截断）") from None


def decrypt_stream(key: bytes, blob_index: int, aad: bytes, ciphertext: bytes | memoryview) -> bytes:
    """Decrypt a whole blob held in memory; any change, cut or reordering raises DecryptionFailed."""
    aead = AESGCM(key)
    view = memoryview(ciphertext)
    step = CHUNK_SIZE + TAG_SIZE
    if len(view) < TAG_SIZE:
        raise DecryptionFailed("密文过短")
    parts = []
    count = max(1, -(-len(view) // step))
    for index in range(count):
        piece = view[index * step:(index + 1) * step]
        last = index == count - 1
        try:
            parts.append(aead.decrypt(_nonce(blob_index, index, last), piece, aad))
        except InvalidTag:
            raise DecryptionFailed("密文校验失败（数据被改动或截断）") from None
    return b"".join(parts)


def derive_subkey(data_key: bytes, batch_id: str, purpose: str) -> bytes:
    """A key for one purpose (e.g. score files) from a batch's data key: HKDF-SHA256."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = f"craftsman-review/{purpose}/v1".encode("ascii")
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=batch_id.encode("ascii"), info=info).derive(data_key)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM with a fresh random nonce; returns (nonce, ciphertext)."""
    nonce = os.urandom(NONCE_SIZE)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    if len(nonce) != NONCE_SIZE:  # a file's claim: AESGCM would raise a bare ValueError
        raise DecryptionFailed("解密失败（密钥不符或内容被改动）")
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise DecryptionFailed("解密失败（密钥不符或内容被改动）") from None
