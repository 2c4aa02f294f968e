"""The office database: one SQLite file, its schema, its version and its migrations.

This module owns the schema; everything else asks it. Tables are created by code from the form's
field list (app.form), so a new field is a new column, added by a migration. The database runs in
WAL mode with synchronous=FULL, and every multi-row change goes through ``atomic()``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from app.errors import StorageError
from app.form import FIELDS, Kind, survey_fields
from app.messages import msg

SCHEMA_VERSION = 4

_COLUMN_TYPES: dict[Kind, type] = {Kind.INTEGER: int, Kind.MONEY: float}


def _candidate_columns() -> dict[str, type]:
    columns: dict[str, type] = {"application_no": str}
    for spec in FIELDS:
        if not spec.is_survey and spec.key != "application_no":
            columns[spec.key] = _COLUMN_TYPES.get(spec.kind, str)
    columns.update({
        "eligible": int, "stage": str, "session": int, "seq": int,
        "source_file": str, "source_row": int, "created_at": str, "updated_at": str,
    })
    return columns


def _migrate_to_1(db: sqlite_utils.Database) -> None:
    db.table("candidates").create(_candidate_columns(), pk="application_no")
    db.table("candidates").create_index(["id_number"])
    db.table("candidates").create_index(["group"])
    survey: dict[str, type] = {"application_no": str}
    survey.update({spec.key: _COLUMN_TYPES.get(spec.kind, str) for spec in survey_fields()})
    db.table("survey").create(survey, pk="application_no", foreign_keys=[("application_no", "candidates")])
    db.table("findings").create(
        {"id": int, "application_no": str, "severity": str, "field": str, "reason": str},
        pk="id", foreign_keys=[("application_no", "candidates")],
    )
    db.table("findings").create_index(["application_no"])
    db.table("attachments").create(
        {"id": int, "application_no": str, "kind": str, "filename": str, "media_type": str,
         "size": int, "sha256": str, "data": bytes},
        pk="id", foreign_keys=[("application_no", "candidates")],
    )
    db.table("attachments").create_index(["application_no", "sha256"], unique=True)
    db.table("exclusions").create(
        {"id": int, "kind": str, "value": str, "reason": str, "since": str, "until": str}, pk="id"
    )
    db.table("exclusions").create_index(["kind", "value"], unique=True)
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("intake_runs").create(
        {"id": int, "file_name": str, "file_sha256": str, "at": str, "rows": int, "new": int,
         "updated": int, "unchanged": int}, pk="id",
    )
    db.table("changes").create(
        {"id": int, "run_id": int, "application_no": str, "field": str, "old": str, "new": str},
        pk="id", foreign_keys=[("run_id", "intake_runs")],
    )


def _migrate_to_2(db: sqlite_utils.Database) -> None:
    """The batches the office has built: the chain of results is checked against them."""
    db.table("batches").create(
        {"batch_id": str, "year": int, "group": str, "session": int, "created_at": str, "file_name": str,
         "office_fingerprint": str, "scheme_name": str, "scheme_fingerprint": str, "candidates": str,
         "panel": str, "scheme_toml": str, "data_key": str}, pk="batch_id")


def _migrate_to_3(db: sqlite_utils.Database) -> None:
    """The result packages the office has taken back, and each candidate's result in them."""
    db.table("results").create(
        {"id": int, "batch_id": str, "file_name": str, "package_sha256": str, "chair": str,
         "signer_fingerprint": str, "ingested_at": str, "status": str, "method": str, "notes": str,
         "tally": str, "package": bytes}, pk="id", foreign_keys=[("batch_id", "batches")])
    db.table("results").create_index(["batch_id"])
    db.table("result_candidates").create(
        {"id": int, "result_id": int, "batch_id": str, "application_no": str, "rank": int, "final": str,
         "recommended": int, "flags": str, "powers": str, "n": int}, pk="id",
        foreign_keys=[("result_id", "results"), ("application_no", "candidates")])
    db.table("result_candidates").create_index(["result_id"])


def _migrate_to_4(db: sqlite_utils.Database) -> None:
    """The office's own decisions along the procedure (海选面试, 诚信审核, 市总审定, 社会公示, 命名).

    Append-only: a correction is a new row; the latest row of a candidate's step is the one in force.
    """
    db.table("decisions").create(
        {"id": int, "application_no": str, "step": str, "outcome": str, "note": str, "recorded_by": str,
         "recorded_at": str}, pk="id", foreign_keys=[("application_no", "candidates")])
    db.table("decisions").create_index(["application_no", "step"])


# Each entry upgrades the database from version (index) to version (index + 1).
MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _migrate_to_1, _migrate_to_2, _migrate_to_3, _migrate_to_4)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class OfficeDatabase:
    """The office's database file, opened (and created or migrated) on construction."""

    def __init__(self, path: Path | str, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StorageError(msg("找不到办公室数据库 {path}", path=self.path))
        try:
            self.db = sqlite_utils.Database(self.path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA foreign_keys=ON")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise StorageError(msg("{path} 不是本程序的数据库，或已损坏（{error}）",
                                   path=self.path, error=error)) from None
        if version > SCHEMA_VERSION:
            raise StorageError(
                msg("数据库 {path} 由更新版本的程序创建（结构版本 {version}，本程序支持 {supported}），"
                    "请升级程序",
                    path=self.path, version=version, supported=SCHEMA_VERSION)
            )
        if version == 0 and self.db.table_names():
            raise StorageError(msg("{path} 是其他程序的 SQLite 数据库，不是办公室数据库", path=self.path))
        self._migrate(version)

    def _migrate(self, version: int) -> None:
        for target in range(version, SCHEMA_VERSION):
            with self.db.atomic():
                MIGRATIONS[target](self.db)
                self.db.execute(f"PRAGMA user_version = {target + 1}")

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def table(self, name: str) -> sqlite_utils.db.Table:
        return self.db.table(name)

    @contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        with self.db.atomic() as db:
            yield db

    def close(self) -> None:
        self.db.close()

    # Settings: small JSON values keyed by name, with defaults supplied by the caller.
    def setting(self, key: str, default: Any) -> Any:
        rows = list(self.db.query("SELECT value FROM settings WHERE key = ?", [key]))
        return json.loads(rows[0]["value"]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.atomic():
            self.table("settings").upsert({"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key")

    # Candidates
    def candidates(self, *, group: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM candidates"
        params: list[Any] = []
        if group:
            sql += ' WHERE "group" = ?'
            params.append(group)
        return list(self.db.query(sql + " ORDER BY seq", params))

    def candidate(self, application_no: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM candidates WHERE application_no = ?", [application_no]))
        return rows[0] if rows else None

    def findings(self, application_no: str | None = None) -> list[dict[str, Any]]:
        if application_no is None:
            return list(self.db.query("SELECT * FROM findings ORDER BY id"))
        return list(self.db.query("SELECT * FROM findings WHERE application_no = ? ORDER BY id",
                                  [application_no]))

    def attachments(self, application_no: str) -> list[dict[str, Any]]:
        """Attachment metadata (without the bytes)."""
        return list(self.db.query(
            "SELECT id, application_no, kind, filename, media_type, size, sha256 FROM attachments "
            "WHERE application_no = ? ORDER BY id", [application_no]))

    def attachment_data(self, attachment_id: int) -> bytes:
        row = self.db.execute("SELECT data FROM attachments WHERE id = ?", [attachment_id]).fetchone()
        if row is None:
            raise StorageError(msg("附件 {attachment} 不存在", attachment=attachment_id))
        return bytes(row[0])

    def survey(self, application_no: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM survey WHERE application_no = ?", [application_no]))
        return rows[0] if rows else None

    def assign_sessions(self, sessions: dict[str, int]) -> None:
        """Put candidates (by 申报编号) into sessions (场次) of their group, in one transaction."""
        with self.atomic():
            for application_no, session in sessions.items():
                self.table("candidates").update(application_no, {"session": session})

    def next_seq(self) -> int:
        row = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM candidates").fetchone()
        return int(row[0]) + 1
