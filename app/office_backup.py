"""Backing up the office database to one file, and restoring it, with SQLite's own backup API.

A backup is a consistent snapshot taken while the database may be in use (never a copy of the
file, whose write-ahead log may hold the latest changes), written beside its target under a
temporary name, checked with ``PRAGMA integrity_check``, switched to a single file (no ``-wal``)
and only then renamed into place.

A restore first proves the file is a whole office database this program can read: SQLite, intact,
with the office's tables and a schema version no newer than this program's. It refuses to replace
an existing database unless told to (``force``). A healthy database is overwritten through the
backup API, page by page in one transaction, so its write-ahead log stays consistent and any other
connection sees either the old or the restored content. A database too damaged to be opened is
moved aside (with its ``-wal`` and ``-shm``) under a ``.damaged-…`` name and the restored file put
in its place. The restored database is then opened once, which migrates an older backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from app.errors import InputRefused, StorageError, UsageError
from app.messages import msg
from app.storage import SCHEMA_VERSION, OfficeDatabase

# Tables every office database has had since its first version: what makes a file "an office database".
_OFFICE_TABLES = frozenset({"candidates", "survey", "findings", "attachments", "settings"})
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    schema_version: int
    size: int
    sha256: str
    candidates: int
    results: int
    decisions: int

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.path), "schema_version": self.schema_version, "size": self.size,
                "sha256": self.sha256, "candidates": self.candidates, "results": self.results,
                "decisions": self.decisions}

    def describe(self) -> str:
        """One line about the backup (a ``Message``)."""
        return msg("{file}：结构版本 {version}，候选人 {candidates} 名，评审结果 {results} 份，"
                   "办公室决定 {decisions} 条，{size_mb:.1f} MB，SHA-256 {sha256}",
                   file=self.path.name, version=self.schema_version, candidates=self.candidates,
                   results=self.results, decisions=self.decisions, size_mb=self.size / 1e6, sha256=self.sha256[:16])


@dataclass(frozen=True)
class RestoreInfo:
    source: BackupInfo
    target: Path
    replaced: bool  # an existing database was overwritten
    moved_aside: Path | None  # a damaged database kept under this name

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source.as_dict(), "db": str(self.target), "replaced": self.replaced,
                "moved_aside": str(self.moved_aside) if self.moved_aside else None}


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _count(connection: sqlite3.Connection, table: str, tables: set[str]) -> int:
    if table not in tables:
        return 0
    return int(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])


def _plain(text: object) -> str:
    """SQLite's words about a damaged file, fit for one line: control characters escaped, kept short."""
    line = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(text).replace("\n", " "))
    return line if len(line) <= 200 else line[:200] + "…"


def inspect_office_file(path: Path, *, what: str = "") -> BackupInfo:
    """Prove ``path`` is an intact office database no newer than this program; refuse naming it otherwise
    (``what`` it is: a message, 备份文件 unless said)."""
    name = path.name
    what = what or msg("备份文件")
    if not path.is_file():
        raise InputRefused(msg("找不到{what} {path}", what=what, path=path))
    with path.open("rb") as handle:
        magic = handle.read(16)
    if magic != b"SQLite format 3\x00":
        raise InputRefused(msg("{file}：不是办公室数据库或其备份（不是 SQLite 数据库文件）", file=name))
    try:
        connection = _read_only(path)
    except sqlite3.Error as error:
        raise InputRefused(msg("{file}：无法打开（{error}）", file=name, error=_plain(error))) from None
    try:
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            tables = {str(row[0]) for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            check = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # a damaged name is not UTF-8
            raise InputRefused(msg("{file}：{what}已损坏（{error}）",
                                   file=name, what=what, error=_plain(error))) from None
        if check != ["ok"]:
            raise InputRefused(msg("{file}：{what}已损坏（完整性检查：{error}）",
                                   file=name, what=what, error=_plain(check[0])))
        if version < 1 or not _OFFICE_TABLES.issubset(tables):
            raise InputRefused(msg("{file}：是其他程序的 SQLite 数据库，不是办公室数据库", file=name))
        if version > SCHEMA_VERSION:
            raise InputRefused(msg("{file}：由更新版本的程序创建（结构版本 {version}，本程序支持 {supported}），"
                                   "请先升级程序",
                                   file=name, version=version, supported=SCHEMA_VERSION))
        try:
            counts = [_count(connection, table, tables) for table in ("candidates", "results", "decisions")]
        except sqlite3.DatabaseError as error:
            raise InputRefused(msg("{file}：{what}已损坏（{error}）",
                                   file=name, what=what, error=_plain(error))) from None
    finally:
        connection.close()
    return BackupInfo(path, version, path.stat().st_size, _sha256(path), *counts)


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
    with contextlib.suppress(OSError):  # directories cannot be opened on Windows
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _snapshot(source: sqlite3.Connection, temporary: Path) -> None:
    """Copy ``source`` into a new single-file database at ``temporary`` and check it."""
    target = sqlite3.connect(temporary)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
        check = [str(row[0]) for row in target.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            raise StorageError(msg("备份副本未通过完整性检查（{check}），未写入", check=check[0]))
    finally:
        target.close()
    _fsync(temporary)


def _temporary_beside(target: Path, purpose: str) -> Path:
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise UsageError(msg("无法写入 {target}：文件夹 {directory} 不存在", target=target, directory=directory))
    return directory / f".{target.name}.{purpose}.{secrets.token_hex(4)}.part"


def _remove(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def backup_database(database: Path, out: Path) -> BackupInfo:
    """Write a checked, single-file snapshot of the office database ``database`` to ``out``."""
    database, out = Path(database), Path(out)
    if out.resolve() == database.resolve():
        raise UsageError("备份文件不能是数据库本身")
    from exports.files import atomic_write, sqlite_output_error

    inspect_live = OfficeDatabase(database, create=False)  # refuses what is not an office database
    inspect_live.close()
    checked: list[BackupInfo] = []

    def write(temporary: Path) -> None:
        try:
            source = sqlite3.connect(database)
            try:
                _snapshot(source, temporary)
            finally:
                source.close()
            checked.append(inspect_office_file(temporary, what=msg("备份副本")))
        except BaseException:
            _remove(temporary)  # with the journal SQLite may have left beside it
            raise

    kept_older = out.exists()
    try:
        atomic_write(out, write)
    except sqlite3.Error as error:
        raise (sqlite_output_error(out, error, kept_older=kept_older)
               or StorageError(msg("无法备份 {file}：{error}", file=database.name, error=error))) from None
    info = checked[0]
    return BackupInfo(out, info.schema_version, info.size, info.sha256, info.candidates, info.results,
                      info.decisions)


def _database_opens(path: Path) -> bool:
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return [str(r[0]) for r in connection.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def restore_database(source: Path, database: Path, *, force: bool = False) -> RestoreInfo:
    """Put the backup ``source`` in place as the office database ``database``.

    Refuses (``InputRefused``) a file that is not an intact office database or is newer than this
    program, and (``UsageError``) an existing ``database`` unless ``force``.
    """
    from exports.files import describe_os_error, output_error, sqlite_output_error

    source, database = Path(source), Path(database)
    if database.exists() and source.resolve() == database.resolve():
        raise UsageError("备份文件与要恢复的数据库是同一个文件")
    info = inspect_office_file(source)
    exists = database.exists()
    if exists and not force:
        raise UsageError(msg("{database} 已存在；恢复会用备份覆盖其中的全部内容，如确要覆盖请加 --force",
                             database=database))
    temporary = _temporary_beside(database, "restore")
    moved: Path | None = None
    try:
        reader = _read_only(source)
        try:
            _snapshot(reader, temporary)
        finally:
            reader.close()
        if exists and _database_opens(database):
            restored = sqlite3.connect(temporary)
            live = sqlite3.connect(database, timeout=10)
            try:
                restored.backup(live)
            finally:
                live.close()
                restored.close()
            _remove(temporary)
        else:
            if exists:
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                moved = database.with_name(f"{database.name}.damaged-{stamp}")
                for suffix in ("", *_SIDE_FILES):
                    side = Path(f"{database}{suffix}")
                    if side.exists():
                        os.replace(side, Path(f"{moved}{suffix}"))
            os.replace(temporary, database)
            _fsync(database)
    except sqlite3.Error as error:
        _remove(temporary)
        raise (sqlite_output_error(database, error, kept_older=exists)
               or StorageError(msg("无法恢复到 {database}：{error}", database=database, error=error))) from None
    except OSError as error:
        _remove(temporary)
        raise output_error(database, describe_os_error(error), kept_older=exists) from None
    except BaseException:
        _remove(temporary)
        raise
    OfficeDatabase(database, create=False).close()  # opens, and migrates an older backup
    return RestoreInfo(info, database, exists, moved)
