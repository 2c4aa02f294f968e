"""The hash chain of a reviewer's edit log: one definition, importable without the store's libraries.

Each entry's SHA-256 covers its fields, each length-prefixed ("-" for none), and the previous
entry's hash, so the last hash (the head) commits to the whole history. ``app.review_store`` writes
the chain entry by entry (``entry_hash``); a score file's reader recomputes it over the compact log
(``chain_head``). This module imports only the standard library on purpose: the chair's verification
computes heads in a helper process (``app.score_file.read_score_files``), and a process that needs
no SQLCipher, Qt or cryptography starts in a few tens of milliseconds instead of a few hundred.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

GENESIS = "0" * 64

# action, candidate, item, value, at
Entry = tuple[str, str | None, str | None, str | None, str]


def entry_hash(seq: int, action: str, candidate: str | None, item: str | None, value: str | None,
               at: str, prev: str) -> str:
    """SHA-256 over the entry's fields, each length-prefixed ("-" for none): unambiguous and cheap."""
    number = str(seq)
    encoded = (f"{len(number)}:{number}{len(action)}:{action}"
               f"{'-' if candidate is None else f'{len(candidate)}:{candidate}'}"
               f"{'-' if item is None else f'{len(item)}:{item}'}"
               f"{'-' if value is None else f'{len(value)}:{value}'}"
               f"{len(at)}:{at}{len(prev)}:{prev}")
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def _field(text: str | None) -> str:
    return "-" if text is None else f"{len(text)}:{text}"


def chain_head(entries: Iterable[Sequence[Any]]) -> str:
    """The head of the hash chain over ``entries`` (the same as ``entry_hash`` step by step).

    ``entries`` must already have the log's shape (five fields, action and time strings, the others
    strings or None: ``app.review_store.check_log``). Written out by hand rather than by calling
    ``entry_hash``: a panel's files hold ~500,000 entries, and the field encodings that repeat
    (actions, candidates, items, score values) are built once each instead of once per entry.
    A string that UTF-8 cannot encode (a lone surrogate from a JSON escape) raises UnicodeEncodeError.
    """
    sha256 = hashlib.sha256
    prev = GENESIS
    encoded: dict[str | None, str] = {None: "-"}
    known = encoded.get
    for seq, (action, candidate, item, value, at) in enumerate(entries, start=1):
        a = known(action)
        if a is None:
            a = encoded[action] = _field(action)
        c = known(candidate)
        if c is None:
            c = encoded[candidate] = _field(candidate)
        i = known(item)
        if i is None:
            i = encoded[item] = _field(item)
        v = known(value)
        if v is None:
            v = encoded[value] = _field(value)
        number = str(seq)
        prev = sha256(f"{len(number)}:{number}{a}{c}{i}{v}{len(at)}:{at}64:{prev}".encode()).hexdigest()
    return prev


def _is_entry(entry: object) -> bool:
    if type(entry) is not list or len(entry) != 5:
        return False
    action, candidate, item, value, at = entry
    return (type(action) is str and type(at) is str and (candidate is None or type(candidate) is str)
            and (item is None or type(item) is str) and (value is None or type(value) is str))


_claims: Any = None  # in the helper: [next index it takes, first index the caller took], shared


def share_claims(claims: Any) -> None:
    """The helper process's initializer: the shared claims array (``app.score_file._ChainHelper``)."""
    global _claims
    _claims = claims


def claimed_payload_chain(index: int, path: str, offset: int, sha256: str, key: bytes, nonce: bytes,
                          aad: bytes) -> tuple[str, int] | None:
    """``payload_chain`` for file ``index``, unless the caller (working from the other end) has it: then None."""
    with _claims.get_lock():
        if index >= _claims[1]:
            return None
        _claims[0] = index + 1
    return payload_chain(path, offset, sha256, key, nonce, aad)


def payload_chain(path: str, offset: int, sha256: str, key: bytes, nonce: bytes, aad: bytes) -> tuple[str, int] | None:
    """(head, length) of the log in a score file's sealed payload; None when anything is unusual.

    Run in the helper process. It reads the file itself (sending 40 MB of plaintexts through a pipe
    made the helper wait on the parent's busy interpreter, longer than hashing took) and uses the
    payload only when its SHA-256 is ``sha256``, the one the caller verified under the signature: so
    it decrypts exactly the bytes the caller did. The caller parses and checks the same plaintext
    itself, and anything unusual here (None) is simply computed and reported there.
    """
    from app.crypto_box import open_sealed  # only here: importing this module stays cheap

    try:
        with open(path, "rb") as handle:
            handle.seek(offset)
            sealed = handle.read()
        if hashlib.sha256(sealed).hexdigest() != sha256:
            return None
        payload = json.loads(open_sealed(key, nonce, sealed, aad).decode("utf-8"))
        log = payload["log"]
        if type(log) is not list or not all(map(_is_entry, log)):
            return None
        return chain_head(log), len(log)
    except Exception:  # whatever it is, the caller computes this file itself and reports it
        return None
