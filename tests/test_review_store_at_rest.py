"""The reviewer's local score store at rest: encrypted with SQLCipher under a key from the batch,
refused with a wrong key or in the old unencrypted form, wiped in one step; private keys owner-only.

The plaintext checks are held to a control: the same store, decrypted with SQLCipher's own export
into a plain SQLite file, does show every needle, so a scan that finds nothing means something.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import StorageError
from app.review_store import (
    ReviewStore,
    connect,
    session_files,
    session_folder,
    session_path,
    store_key,
    wipe_session,
)
from app.scheme import default_scheme

BATCH = "ab" * 16
DATA_KEY = bytes(range(32))
CANDIDATES = ["2024-G01-001", "2024-G01-002"]
COMMENT = "候选人在轧机主传动系统攻关中作用突出，材料翔实可信"
REASON = "曾与候选人在同一项目组共事三年"


def open_store(path: Path, reviewer: str = "E02", key: bytes | None = None) -> ReviewStore:
    return ReviewStore(path, batch_id=BATCH, reviewer=reviewer, scheme=default_scheme(), candidates=CANDIDATES,
                       key=key if key is not None else store_key(DATA_KEY, BATCH, reviewer))


def filled_store(path: Path) -> tuple[ReviewStore, list[bytes]]:
    """A store with scores, a comment and a recusal; the byte strings its plaintext would contain."""
    store = open_store(path)
    keys = store.scheme.item_keys()
    needles = [COMMENT.encode(), REASON.encode()]
    for index, key in enumerate(keys):
        value = Decimal(index % 6) + Decimal("0.5")
        store.set_score(CANDIDATES[0], key, value)
        # SQLite keeps a row's text columns side by side: item key then value, in the scores table and the log.
        needles.append(f"{key}{value}".encode())
    store.set_comment(CANDIDATES[0], COMMENT)
    store.set_recusal(CANDIDATES[1], True, REASON)
    return store, needles


def found(folder: Path, needles: list[bytes]) -> dict[str, list[bytes]]:
    hits: dict[str, list[bytes]] = {}
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = file.read_bytes()
        present = [needle for needle in needles if needle in data]
        if present:
            hits[file.name] = present
    return hits


def test_the_store_and_its_wal_hold_no_plaintext_while_open(tmp_path: Path) -> None:
    path = tmp_path / "session" / "scores.sqlite"
    store, needles = filled_store(path)
    try:
        assert Path(f"{path}-wal").stat().st_size > 0  # the changes are in the WAL, not yet checkpointed
        assert found(path.parent, needles) == {}
        assert not path.read_bytes().startswith(b"SQLite format 3")
        # Control: the same content exported to a plain SQLite file shows every needle.
        plain = tmp_path / "control" / "plain.sqlite"
        plain.parent.mkdir()
        store.conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        store.conn.execute("SELECT sqlcipher_export('plaintext')")
        store.conn.execute("DETACH DATABASE plaintext")
        hits = found(plain.parent, needles)
        assert set(hits.get("plain.sqlite", [])) == set(needles)
    finally:
        store.close()
    assert found(path.parent, needles) == {}  # after the checkpoint on close as well


def test_the_key_depends_on_batch_data_key_and_reviewer() -> None:
    key = store_key(DATA_KEY, BATCH, "E02")
    assert len(key) == 32 and key == store_key(DATA_KEY, BATCH, "E02")
    assert len({key, store_key(DATA_KEY, BATCH, "E03"), store_key(bytes(32), BATCH, "E02"),
                store_key(DATA_KEY, "cd" * 16, "E02"), store_key(DATA_KEY, BATCH, "专家二")}) == 5


def test_a_wrong_key_is_refused_in_chinese_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "scores.sqlite"
    store, _ = filled_store(path)
    store.close()
    before = {p.name: p.read_bytes() for p in session_files(path)}
    for wrong in (store_key(DATA_KEY, BATCH, "E03"), store_key(bytes(32), BATCH, "E02")):
        with pytest.raises(StorageError, match="无法解密"):
            open_store(path, key=wrong)
    assert {p.name: p.read_bytes() for p in session_files(path)} == before
    again = open_store(path)  # the right key still opens it, and the refused openings left no lock behind
    assert not again.read_only and again.candidate(CANDIDATES[0]).comment == COMMENT
    again.verify()
    again.close()


def test_an_unencrypted_store_of_the_old_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO meta VALUES ('version', '1')")
    conn.close()
    with pytest.raises(StorageError, match="未加密"):
        open_store(path)
    with pytest.raises(StorageError, match="已损坏"):
        damaged = tmp_path / "damaged.sqlite"
        damaged.write_bytes(b"\x00\x01" * 4096)
        open_store(damaged)


def test_a_file_store_without_a_key_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        ReviewStore(tmp_path / "s.sqlite", batch_id=BATCH, reviewer="E02", scheme=default_scheme(),
                    candidates=CANDIDATES)
    with pytest.raises(ValueError):
        connect(tmp_path / "s.sqlite", b"short")


def test_wipe_removes_the_session_folder_and_nothing_else(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    path = session_path(sessions, BATCH, "E02")
    other = session_path(sessions, BATCH, "E03")
    assert path.parent == session_folder(sessions, BATCH, "E02")
    store, _ = filled_store(path)
    store.close()
    open_store(other, reviewer="E03").close()
    files = session_files(path)
    assert {p.name for p in files} >= {"scores.sqlite", "scores.sqlite.lock"}
    removed = wipe_session(path)
    assert set(files) <= set(removed) and path.parent in removed
    assert not path.parent.exists()
    assert other.exists() and sessions.exists()  # another reviewer's session on the same laptop stays
    assert wipe_session(path) == []  # a second wipe has nothing to do


def test_wipe_is_refused_while_the_writer_has_the_session_open(tmp_path: Path) -> None:
    path = session_path(tmp_path, BATCH, "E02")
    store, _ = filled_store(path)
    with pytest.raises(StorageError, match="另一个窗口"):
        wipe_session(path)
    assert path.exists()
    store.set_score(CANDIDATES[0], store.scheme.item_keys()[0], Decimal(3))  # the open session is unharmed
    store.close()
    again = open_store(path)
    assert again.candidate(CANDIDATES[0]).scores[store.scheme.item_keys()[0]] == Decimal(3)
    again.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_private_keys_and_their_folders_are_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRAFTSMAN_DATA_DIR", str(tmp_path / "app-data"))
    previous = os.umask(0)  # the most permissive umask: owner-only must not rely on the user's
    try:
        check_owner_only(tmp_path)
    finally:
        os.umask(previous)


def check_owner_only(tmp_path: Path) -> None:
    from app.identity import personal_key, personal_key_path
    from app.keys import generate_keypair
    from app.paths import data_dir

    personal_key()
    key_file = personal_key_path()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700
    pair = generate_keypair(tmp_path / "office", b"a passphrase for the office key")
    assert stat.S_IMODE(pair.private_path.stat().st_mode) == 0o600
    assert b"a passphrase" not in pair.private_path.read_bytes()
    sessions = tmp_path / "app-data" / "sessions"
    store, _ = filled_store(session_path(sessions, BATCH, "E02"))
    store.close()
    assert stat.S_IMODE(session_folder(sessions, BATCH, "E02").stat().st_mode) & 0o077 == 0
