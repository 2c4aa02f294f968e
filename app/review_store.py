"""A reviewer's scoring session on their laptop: scores that survive a crash, with a tamper-evident log.

One SQLite file per batch and reviewer in the app-data folder (WAL, synchronous=FULL). Every change
(a score, a comment, a recusal, marking a candidate complete, locking, reopening) is one transaction
that updates the current state *and* appends an entry to a hash chain: each entry's hash covers the
previous one, so the log's head commits to the whole history. Order comes from the log's sequence
numbers, never from the clock. The file holds scores and comments only, never dossier contents.

At rest the file is encrypted with SQLCipher 4 (AES-256 per page, HMAC-SHA512 per page; the ``-wal``
holds encrypted pages too), under a raw 256-bit key that HKDF derives from the batch's data key and
the reviewer's number (``store_key``): whoever cannot open the batch cannot read the scores, and one
reviewer's key does not open another's file. A raw key skips SQLCipher's own PBKDF2, so opening costs
nothing extra; the passphrase's scrypt already stands between a lost laptop and the key. After
hand-in ``wipe_session`` deletes the session's files in one step.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlite_utils

from app.crypto_box import KEY_SIZE, derive_subkey
from app.errors import InputRefused, StorageError
from app.log_chain import GENESIS, Entry, entry_hash
from app.log_chain import chain_head as chain_head  # the reader's side of the chain, here beside the writer's
from app.messages import joined, msg
from app.scheme import Scheme
from app.storage import now_iso

STORE_VERSION = 1
STORE_FILE = "scores.sqlite"
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
# Files SQLite and the store put beside the database: what a wipe removes.
SESSION_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")


class SessionLocked(InputRefused):
    """The session was handed in; changing it needs an explicit reopen."""


class SessionReadOnly(SessionLocked):
    """Another copy of the app has this session open: this one may look, not change."""


def store_key(data_key: bytes, batch_id: str, reviewer: str) -> bytes:
    """The key of one reviewer's local store for a batch: HKDF-SHA256 from the batch's data key.

    The reviewer's number goes into the HKDF info (hex, so any number is ASCII), so two reviewers'
    files on a shared laptop are under different keys.
    """
    return derive_subkey(data_key, batch_id, f"review-store/{reviewer.encode('utf-8').hex()}")


def connect(path: Path | str, key: bytes | None) -> Any:
    """A SQLCipher connection to ``path`` under the raw ``key`` (None only for ":memory:").

    The key is checked at once (SQLCipher only notices a wrong key at the first read), and a plain
    SQLite file, a wrong key or a damaged file each become a StorageError in Chinese.
    """
    memory = str(path) == ":memory:"
    if not memory and (key is None or len(key) != KEY_SIZE):
        raise ValueError("a file-backed review store needs its 32-byte key (see store_key)")
    conn = sqlcipher3.connect(str(path))
    try:
        # SQLCipher writes its own lines to stderr on a wrong key; the app reports it in its own words.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Sorts and temporary indexes stay in memory: a temporary file would not be encrypted.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        conn.close()
        if _is_plain_sqlite(path):
            raise StorageError(
                msg("评分记录 {path} 是旧版本未加密保存的，本版本不再打开它。请关闭程序，把该文件移走后重新打开批次（"
                    "分数需重新录入），或联系申报办公室",
                    path=path)) from None
        if "not a database" in str(error):
            raise StorageError(msg("评分记录 {path} 无法解密：它属于另一批次或另一位专家，或文件已损坏",
                                   path=path)) from None
        raise StorageError(msg("无法打开评分记录 {path}（{error}）", path=path, error=error)) from None
    return conn


def _is_plain_sqlite(path: Path | str) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_PLAIN_SQLITE_HEADER)) == _PLAIN_SQLITE_HEADER
    except OSError:
        return False


def _try_exclusive_lock(path: Path) -> Any | None:
    """An exclusive, non-blocking OS lock on ``path`` (created if needed); the open handle, or None.

    The lock goes with the process: a crash or a kill releases it, so a session is never stuck.
    """
    handle = open(path, "a+b")  # noqa: SIM115 - held open for as long as the lock is
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


class CandidateState(Enum):
    UNSCORED = "未评"
    DRAFT = "草稿"
    COMPLETE = "已完成"
    RECUSED = "回避"


@dataclass
class CandidateScores:
    application_no: str
    scores: dict[str, Decimal] = field(default_factory=dict)  # "power.item" -> score
    comment: str = ""
    recused: bool = False
    recusal_reason: str = ""
    complete: bool = False

    def total(self) -> Decimal:
        return sum(self.scores.values(), Decimal(0))

    def state(self) -> CandidateState:
        if self.recused:
            return CandidateState.RECUSED
        if self.complete:
            return CandidateState.COMPLETE
        if self.scores or self.comment:
            return CandidateState.DRAFT
        return CandidateState.UNSCORED


def format_score(value: Decimal) -> str:
    """A score as stored and shown: no exponent, no trailing zeros (6.5, 7, 70)."""
    return format(value.normalize(), "f")


def parse_score(text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        raise InputRefused(msg("“{text}”不是分数", text=text)) from None
    if not value.is_finite():
        raise InputRefused(msg("“{text}”不是分数", text=text))
    return value


class ReviewStore:
    """The scoring state of one reviewer for one batch."""

    def __init__(self, path: Path | str, *, batch_id: str, reviewer: str, scheme: Scheme,
                 candidates: Iterable[str], office_fingerprint: str = "", key: bytes | None = None) -> None:
        """Open or create the store at ``path`` under ``key`` (from ``store_key``; None for ":memory:")."""
        self.path = path
        self.scheme = scheme
        self.candidate_ids = list(candidates)
        memory = str(path) == ":memory:"
        if not memory:
            Path(path).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # One writer per session: a second copy of the app opening it gets a read-only view.
        self._lock = None if memory else _try_exclusive_lock(Path(f"{path}.lock"))
        self.read_only = not memory and self._lock is None
        self._items = set(scheme.item_keys())
        try:
            conn = connect(path, key)
        except BaseException:
            self._release_lock()
            raise
        try:
            self.db = sqlite_utils.Database(conn)
            self.conn = conn
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self._create()
            meta = self._meta()
        except sqlcipher3.DatabaseError as error:
            conn.close()
            self._release_lock()
            raise StorageError(msg("评分记录 {path} 已损坏或不是评分记录（{error}）", path=path, error=error)) from None
        if meta.get("batch_id", batch_id) != batch_id or meta.get("reviewer", reviewer) != reviewer:
            raise StorageError(msg("评分记录 {path} 属于另一批次或另一位专家", path=path))
        if meta.get("scheme_fingerprint", scheme.fingerprint()) != scheme.fingerprint():
            raise StorageError(msg("评分记录 {path} 用的评分方案与批次不同", path=path))
        self._seq, self._head, self._locked = 0, GENESIS, False
        self._state: dict[str, CandidateScores] = {}
        if not meta and self.read_only:
            raise SessionReadOnly(msg("本评分记录正由另一个窗口创建，请稍后再打开"))
        if not meta:
            with self.db.atomic():
                for name, value in {"batch_id": batch_id, "reviewer": reviewer, "office": office_fingerprint,
                                    "scheme_fingerprint": scheme.fingerprint(),
                                    "version": str(STORE_VERSION)}.items():
                    self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [name, value])
                self._append("open", None, None, f"{batch_id}/{reviewer}")
        self.batch_id = batch_id
        self.reviewer = reviewer
        if not self.read_only:
            with self.db.atomic():
                self.conn.executemany("INSERT OR IGNORE INTO candidates (candidate) VALUES (?)",
                                      [(no,) for no in self.candidate_ids])
        self._load()

    def _load(self) -> None:
        """Read the state into memory: the store is its only writer, so reads never touch the disk."""
        self._state = {no: CandidateScores(no) for no in self.candidate_ids}
        for no, comment, recused, reason, complete in self.conn.execute(
                "SELECT candidate, comment, recused, recusal_reason, complete FROM candidates"):
            current = self._state.setdefault(no, CandidateScores(no))
            current.comment, current.recused = comment or "", bool(recused)
            current.recusal_reason, current.complete = reason or "", bool(complete)
        for no, item, value in self.conn.execute("SELECT candidate, item, value FROM scores"):
            if value is not None:
                self._state.setdefault(no, CandidateScores(no)).scores[item] = Decimal(value)
        row = self.conn.execute("SELECT seq, hash FROM log ORDER BY seq DESC LIMIT 1").fetchone()
        self._seq, self._head = (int(row[0]), str(row[1])) if row else (0, GENESIS)
        last = self.conn.execute("SELECT action FROM log WHERE action IN ('lock', 'reopen') "
                                 "ORDER BY seq DESC LIMIT 1").fetchone()
        self._locked = bool(last and last[0] == "lock")

    # -- schema and plumbing ----------------------------------------------------------------
    def _create(self) -> None:
        self.conn.executescript("""
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS scores (candidate TEXT, item TEXT, value TEXT,
                                               PRIMARY KEY (candidate, item));
            CREATE TABLE IF NOT EXISTS candidates (candidate TEXT PRIMARY KEY, comment TEXT DEFAULT '',
                recused INTEGER DEFAULT 0, recusal_reason TEXT DEFAULT '', complete INTEGER DEFAULT 0);
            CREATE TABLE IF NOT EXISTS log (seq INTEGER PRIMARY KEY, action TEXT NOT NULL, candidate TEXT,
                item TEXT, value TEXT, at TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL);
        """)

    def _meta(self) -> dict[str, str]:
        return {row[0]: row[1] for row in self.conn.execute("SELECT key, value FROM meta")}

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        try:
            with self.db.atomic():
                yield
        except BaseException:
            self._load()  # the database rolled back: so does the memory
            raise

    def _append(self, action: str, candidate: str | None, item: str | None, value: str | None) -> str:
        seq, prev = self._seq + 1, self._head
        at = now_iso()
        digest = entry_hash(seq, action, candidate, item, value, at, prev)
        self.conn.execute("INSERT INTO log (seq, action, candidate, item, value, at, prev, hash) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [seq, action, candidate, item, value, at, prev, digest])
        self._seq, self._head = seq, digest
        if action in ("lock", "reopen"):
            self._locked = action == "lock"
        return digest

    def _ensure_candidate(self, candidate: str) -> CandidateScores:
        if candidate not in self._state:
            raise InputRefused(msg("批次中没有候选人 {candidate}", candidate=candidate))
        return self._state[candidate]

    def _require_open(self) -> None:
        if self.read_only:
            raise SessionReadOnly(msg("本评分记录已在另一个窗口中打开：此窗口只读，请回到原窗口继续评分"))
        if self.locked:
            raise SessionLocked("评分已提交锁定；如需修改，请先“重新打开”（会记入日志并体现在评分文件中）")

    def close(self) -> None:
        self.db.close()
        self._release_lock()

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.close()  # releases the OS lock
            self._lock = None

    # -- reading ----------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def reopen_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM log WHERE action = 'reopen'").fetchone()[0])

    def candidate(self, application_no: str) -> CandidateScores:
        """A copy of one candidate's current state."""
        current = self._state.get(application_no) or CandidateScores(application_no)
        return CandidateScores(application_no, dict(current.scores), current.comment, current.recused,
                               current.recusal_reason, current.complete)

    def stored_candidate(self, application_no: str) -> CandidateScores:
        """The candidate's state as read from the disk (what survives a crash)."""
        result = CandidateScores(application_no)
        row = self.conn.execute("SELECT comment, recused, recusal_reason, complete FROM candidates "
                                "WHERE candidate = ?", [application_no]).fetchone()
        if row:
            result.comment, result.recused = row[0] or "", bool(row[1])
            result.recusal_reason, result.complete = row[2] or "", bool(row[3])
        for item, value in self.conn.execute("SELECT item, value FROM scores WHERE candidate = ?",
                                             [application_no]):
            if value is not None:
                result.scores[item] = Decimal(value)
        return result

    def all_candidates(self) -> list[CandidateScores]:
        return [self.candidate(no) for no in self.candidate_ids]

    def progress(self) -> tuple[int, int]:
        """(complete, to do): recused candidates count as neither."""
        states = [c.state() for c in self.all_candidates()]
        todo = sum(state is not CandidateState.RECUSED for state in states)
        return sum(state is CandidateState.COMPLETE for state in states), todo

    def log(self) -> list[dict[str, Any]]:
        return [dict(zip(("seq", "action", "candidate", "item", "value", "at", "prev", "hash"), row, strict=True))
                for row in self.conn.execute("SELECT seq, action, candidate, item, value, at, prev, hash "
                                             "FROM log ORDER BY seq")]

    def head(self) -> tuple[int, str]:
        return self._seq, self._head

    # -- changing ---------------------------------------------------------------------------
    def set_score(self, application_no: str, item: str, value: Decimal | None) -> None:
        """Store one sub-item's score (None clears it); out-of-range or off-step values are refused."""
        if item not in self._items:
            raise InputRefused(msg("评分方案中没有子项 {item}", item=item))
        if value is not None:
            problem = self.scheme.check_score(item, value)
            if problem:
                raise InputRefused(problem)
        text = None if value is None else format_score(value)
        with self._transaction():
            self._require_open()
            state = self._ensure_candidate(application_no)
            if state.recused:
                raise InputRefused("已声明回避的候选人不能评分；如需评分请先取消回避")
            if state.scores.get(item) == value or (value is None and item not in state.scores):
                return
            if value is None:
                self.conn.execute("DELETE FROM scores WHERE candidate = ? AND item = ?", [application_no, item])
                state.scores.pop(item, None)
            else:
                self.conn.execute("INSERT INTO scores (candidate, item, value) VALUES (?, ?, ?) "
                                  "ON CONFLICT (candidate, item) DO UPDATE SET value = excluded.value",
                                  [application_no, item, text])
                state.scores[item] = value
            if state.complete:  # a changed score reopens the candidate for review
                self.conn.execute("UPDATE candidates SET complete = 0 WHERE candidate = ?", [application_no])
                state.complete = False
                self._append("complete", application_no, None, "0")
            self._append("score", application_no, item, text)

    def set_comment(self, application_no: str, comment: str) -> None:
        comment = comment.strip()
        with self._transaction():
            self._require_open()
            state = self._ensure_candidate(application_no)
            if state.comment == comment:
                return
            self.conn.execute("UPDATE candidates SET comment = ? WHERE candidate = ?", [comment, application_no])
            state.comment = comment
            self._append("comment", application_no, None, comment)

    def set_recusal(self, application_no: str, recused: bool, reason: str = "") -> None:
        """Declare (or withdraw) a conflict: recusal hides and locks the scores of that candidate."""
        reason = reason.strip()
        if recused and not reason:
            raise InputRefused("声明回避需要写明理由")
        with self._transaction():
            self._require_open()
            current = self._ensure_candidate(application_no)
            if current.recused == recused and (not recused or current.recusal_reason == reason):
                return
            self.conn.execute("UPDATE candidates SET recused = ?, recusal_reason = ?, complete = 0 "
                              "WHERE candidate = ?", [int(recused), reason if recused else "", application_no])
            current.recused, current.recusal_reason, current.complete = recused, reason if recused else "", False
            self._append("recuse" if recused else "unrecuse", application_no, None, reason if recused else None)

    def completion_problem(self, application_no: str) -> str | None:
        """Why the candidate cannot be marked complete yet (a Chinese ``Message``), or None."""
        current = self.candidate(application_no)
        if current.recused:
            return msg("已声明回避")
        missing = [key for key in self.scheme.item_keys() if key not in current.scores]
        if missing:
            labels = joined("、", [self.scheme.item(key)[1].label for key in missing])
            return msg("还有 {count} 个子项未评分：{items}", count=len(missing), items=labels)
        total, maximum = current.total(), self.scheme.total_max
        rules = self.scheme.review
        if not current.comment and (total < rules.comment_below * maximum or total > rules.comment_above * maximum):
            return msg("总分 {total} 低于满分的 {low:.0%} 或高于 {high:.0%}，请在评语中说明理由",
                       total=total, low=rules.comment_below, high=rules.comment_above)
        return None

    def set_complete(self, application_no: str, complete: bool = True) -> None:
        with self._transaction():
            self._require_open()
            self._ensure_candidate(application_no)
            if complete:
                problem = self.completion_problem(application_no)
                if problem:
                    raise InputRefused(msg("不能标为已完成：{problem}", problem=problem))
            state = self._state[application_no]
            if state.complete == complete:
                return
            self.conn.execute("UPDATE candidates SET complete = ? WHERE candidate = ?",
                              [int(complete), application_no])
            state.complete = complete
            self._append("complete", application_no, None, "1" if complete else "0")

    def lock(self) -> str:
        """Hand in: every candidate complete or recused; returns the log head."""
        with self._transaction():
            self._require_open()
            pending = [c.application_no for c in self.all_candidates()
                       if c.state() not in (CandidateState.COMPLETE, CandidateState.RECUSED)]
            if pending:
                shown = joined("、", pending[:5])
                if len(pending) > 5:
                    raise InputRefused(msg("还有 {count} 名候选人未完成评分：{candidates}等",
                                           count=len(pending), candidates=shown))
                raise InputRefused(msg("还有 {count} 名候选人未完成评分：{candidates}",
                                       count=len(pending), candidates=shown))
            return self._append("lock", None, None, None)

    def reopen(self, reason: str) -> None:
        if not reason.strip():
            raise InputRefused("重新打开需要写明理由（会记入日志）")
        with self._transaction():
            if self.read_only:
                raise SessionReadOnly(msg("本评分记录已在另一个窗口中打开：此窗口只读"))
            if not self.locked:
                return
            self._append("reopen", None, None, reason.strip())

    # -- checking ---------------------------------------------------------------------------
    def verify(self) -> tuple[int, str]:
        """Walk the hash chain and replay it against the current state; raise StorageError if they differ."""
        entries = self.log()
        checked = check_log(compact(entries))
        if checked.invalid_score:
            raise StorageError("评分日志中有无效的分数：记录被改动")
        replayed = checked.state
        prev = GENESIS
        for expected_seq, entry in enumerate(entries, start=1):
            if entry["seq"] != expected_seq or entry["prev"] != prev or entry["hash"] != entry_hash(
                    entry["seq"], entry["action"], entry["candidate"], entry["item"], entry["value"],
                    entry["at"], entry["prev"]):
                raise StorageError(msg("评分日志第 {seq} 条校验失败：记录被改动", seq=entry["seq"]))
            prev = entry["hash"]
        for candidate in self.candidate_ids:
            if _comparable(replayed.get(candidate, CandidateScores(candidate))) != _comparable(
                    self.stored_candidate(candidate)):
                raise StorageError(msg("评分记录与日志不一致（候选人 {candidate}）", candidate=candidate))
        return self.head()


def _comparable(scores: CandidateScores) -> tuple[Any, ...]:
    return (scores.scores, scores.comment, scores.recused, scores.recusal_reason, scores.complete)


def compact(entries: Iterable[dict[str, Any]]) -> list[list[str | None]]:
    """The log as a score file carries it: (action, candidate, item, value, at) in sequence order.

    Sequence numbers are the positions and each entry's hash follows from the ones before, so
    neither travels: the reader recomputes the chain and compares its head with the signed one.
    """
    return [[e["action"], e["candidate"], e["item"], e["value"], e["at"]] for e in entries]


@dataclass(frozen=True)
class CheckedLog:
    """A log read from outside, checked for shape, and the state replaying it gives."""

    entries: list[Entry]
    state: dict[str, CandidateScores]
    invalid_score: bool  # a score entry's value is not a number: the state is not to be used


def check_log(raw: Any) -> CheckedLog:
    """Check the shape of a log read from outside and replay it, in one pass; InputRefused when not a log.

    The state is what a score file's reader recomputes from the log alone. The hash chain is
    computed separately (``chain_head``), possibly in another process. One pass rather than three,
    and each distinct score text parsed once (a panel's files hold ~450,000 scores and a few dozen
    distinct values): this is the chair's verification, run over every entry of every file. A score
    that is not a number does not stop the pass (``invalid_score``), so that a log which is also
    damaged elsewhere is refused for that first, as it always was.
    """
    if type(raw) is not list:
        raise InputRefused("评分日志格式不对")
    entries: list[Entry] = []
    append = entries.append
    state: dict[str, CandidateScores] = {}
    numbers: dict[str, Decimal] = {}
    invalid = False
    for index, entry in enumerate(raw, start=1):
        if type(entry) is not list or len(entry) != 5:
            raise InputRefused(msg("评分日志第 {index} 条格式不对", index=index))
        action, candidate, item, value, at = entry
        if (type(action) is not str or type(at) is not str or (candidate is not None and type(candidate) is not str)
                or (item is not None and type(item) is not str) or (value is not None and type(value) is not str)):
            raise InputRefused(msg("评分日志第 {index} 条格式不对", index=index))
        append((action, candidate, item, value, at))
        if not candidate:
            continue
        current = state.get(candidate)
        if current is None:
            current = state[candidate] = CandidateScores(candidate)
        if action == "score":
            if value is None:
                current.scores.pop(item or "", None)
                continue
            number = numbers.get(value)
            if number is None:
                try:
                    number = numbers[value] = Decimal(value)
                except InvalidOperation:
                    invalid = True
                    continue
            current.scores[item or ""] = number
        elif action == "comment":
            current.comment = value or ""
        elif action == "recuse":
            current.recused, current.recusal_reason, current.complete = True, value or "", False
        elif action == "unrecuse":
            current.recused, current.recusal_reason, current.complete = False, "", False
        elif action == "complete":
            current.complete = value == "1"
    return CheckedLog(entries, state, invalid)


def as_entries(raw: Any) -> list[Entry]:
    """Check the shape of a log read from outside; raise InputRefused when it is not a log."""
    return check_log(raw).entries



def session_folder(folder: Path, batch_id: str, reviewer: str) -> Path:
    """The folder of one reviewer's session on this laptop: everything a wipe removes is in it."""
    safe = "".join(ch for ch in reviewer if ch.isalnum() or ch in "-_")
    return folder / f"{batch_id}-{safe}"


def session_path(folder: Path, batch_id: str, reviewer: str) -> Path:
    return session_folder(folder, batch_id, reviewer) / STORE_FILE


def session_files(path: Path) -> list[Path]:
    """The files of the store at ``path`` that exist now: database, -wal, -shm, -journal, lock."""
    return [candidate for candidate in (Path(f"{path}{suffix}") for suffix in SESSION_SUFFIXES)
            if candidate.exists()]


def wipe_session(path: Path) -> list[Path]:
    """Delete a closed session from this laptop in one step; the paths removed.

    Removes the database and the files SQLite and the store keep beside it, then the session's
    folder when nothing else is in it. Refused (nothing removed) while any window has the session
    open. The files are deleted, not overwritten: on an SSD overwriting in place does not reach the
    old blocks; what protects them is that they were only ever written encrypted.
    """
    path = Path(path)
    lock = _try_exclusive_lock(Path(f"{path}.lock")) if path.parent.is_dir() else None
    if lock is None and path.parent.is_dir():
        raise StorageError("这份评分记录正在另一个窗口中打开：请先关闭那个窗口，再清除本机评审数据")
    removed: list[Path] = []
    try:
        for target in session_files(path):
            if target.suffix == ".lock":
                continue  # last: it is what keeps another window from opening the session meanwhile
            target.unlink()
            removed.append(target)
        if lock is not None:
            lock.close()
            lock = None
        lock_file = Path(f"{path}.lock")
        if lock_file.exists():
            lock_file.unlink()
            removed.append(lock_file)
        folder = path.parent
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            removed.append(folder)
    except OSError as error:
        raise StorageError(msg("未能完全清除评分记录 {path}：{reason}；请关闭程序后重试",
                               path=path, reason=error.strerror or error)) from None
    finally:
        if lock is not None:
            lock.close()
    return removed


def iter_scores(store: ReviewStore) -> Iterator[tuple[str, str, Decimal]]:
    for candidate in store.all_candidates():
        for item, value in candidate.scores.items():
            yield candidate.application_no, item, value
