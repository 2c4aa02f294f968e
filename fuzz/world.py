"""A small, real session for fuzzing: every kind of outside file the project reads, made by the project.

``build(folder)`` writes, through the app's own code (and tests/factories.py): an applications
workbook with attachments, a panel workbook, office and reviewer keys (one passphrase-protected),
a batch, the panel's score files, the chair's result package, a reviewer's scoring workbook, the
default scheme and a single-file office database backup. ``load(folder)`` reopens it. The fuzz
targets start from these real files; nothing here is committed (it goes to a gitignored folder).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PASSPHRASE = b"test passphrase 2024"  # the same as tests/factories.py
KEY_PASSPHRASE = b"key passphrase 2024"
_DONE = "world.json"


@dataclass
class World:
    folder: Path
    batch_path: Path
    batch: Any  # app.batch.OpenBatch
    office_key: Any  # Ed25519PrivateKey
    reviewer_keys: dict[str, Any]  # panel number -> Ed25519PrivateKey
    score_paths: dict[str, Path]
    result_path: Path
    office_db: Path  # a single-file copy of the office database that made the batch (no -wal)

    def path(self, name: str) -> Path:
        return self.folder / name


def build(folder: Path) -> World:
    """Make every seed file in ``folder`` (a few seconds); returns the loaded world."""
    from app.batch import create_batch, open_batch
    from app.chair import PanelScores
    from app.enums import Group
    from app.intake import IntakeRules, run_intake
    from app.keys import generate_keypair, load_private_key
    from app.office_backup import backup_database
    from app.panel import read_panel
    from app.result import compute_tally, write_result_package
    from app.scheme import default_scheme_text
    from app.storage import OfficeDatabase
    from exports.score_workbook import write_score_template
    from exports.templates import write_panel_template
    from tests.factories import PANEL, person, score_panel, write_applications

    folder.mkdir(parents=True, exist_ok=True)
    rows = [person(n, group="计算机通信") for n in range(1, 5)]
    apps = write_applications(folder / "apps.xlsx", rows)
    attachments = folder / "attachments"
    for index, row in enumerate(rows):
        here = attachments / row["application_no"]
        here.mkdir(parents=True, exist_ok=True)
        (here / "身份证复印件.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(40 + index)) + b"\n%%EOF\n")
    office = OfficeDatabase(folder / "office-live.db")
    try:
        run_intake(apps, office, attachments=attachments, rules=IntakeRules(today=dt.date(2024, 7, 1), year=2024))
        write_panel_template(folder / "panel.xlsx", list(PANEL[:5]))
        pair = generate_keypair(folder / "office")
        generate_keypair(folder / "protected", KEY_PASSPHRASE)
        create_batch(office, group=Group.G03, session=1, panel=read_panel(folder / "panel.xlsx"),
                     office_key=load_private_key(pair.private_path), passphrase=PASSPHRASE,
                     scheme_text=default_scheme_text(), out=folder / "session.crbatch", log_n=10)
    finally:
        office.close()
    backup_database(folder / "office-live.db", folder / "office-backup.db")
    (folder / "scheme.toml").write_text(default_scheme_text(), encoding="utf-8")
    batch = open_batch(folder / "session.crbatch", PASSPHRASE)
    files = score_panel(batch, folder, seed=3)
    scores = PanelScores(batch)
    for path in files.values():
        scores.add(path)
    write_result_package(batch, scores, compute_tally(batch, scores), load_private_key(folder / "E01.key"),
                         folder / "session.crresult", notes="按评分细则汇总")
    write_score_template(batch, folder / "scores.xlsx", "E02")
    _fill_scores(batch, folder / "scores.xlsx")
    (folder / _DONE).write_text(json.dumps({"reviewers": sorted(files)}), encoding="utf-8")
    return load(folder)


def _fill_scores(batch: Any, path: Path) -> None:
    """Type valid mid-range scores into the scoring workbook, as a reviewer would."""
    from decimal import Decimal

    from openpyxl import load_workbook

    from app.score_workbook import HEADER_ROW, item_headers

    book = load_workbook(path)
    sheet = book["评分表"]
    columns = {str(cell.value): cell.column for cell in sheet[HEADER_ROW] if cell.value}
    headers = item_headers(batch.scheme)
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        if not sheet.cell(row=row, column=1).value or sheet.cell(row=row, column=columns["回避"]).value == "是":
            continue
        for position, key in enumerate(batch.scheme.item_keys()):
            value = batch.scheme.item(key)[1].max - Decimal(1) - Decimal((row + position) % 4) / 2
            sheet.cell(row=row, column=columns[headers[key]], value=float(value) if value % 1 else int(value))
    book.save(path)


def load(folder: Path) -> World:
    from app.batch import open_batch
    from app.keys import load_private_key

    reviewers = json.loads((folder / _DONE).read_text(encoding="utf-8"))["reviewers"]
    batch_path = folder / "session.crbatch"
    return World(folder=folder, batch_path=batch_path, batch=open_batch(batch_path, PASSPHRASE),
                 office_key=load_private_key(folder / "office.key"),
                 reviewer_keys={r: load_private_key(folder / f"{r}.key") for r in reviewers},
                 score_paths={r: folder / f"{r}.crscore" for r in reviewers},
                 result_path=folder / "session.crresult", office_db=folder / "office-backup.db")


def ensure(folder: Path) -> World:
    """The world in ``folder``, built on first use."""
    if (folder / _DONE).exists():
        return load(folder)
    if folder.exists():
        shutil.rmtree(folder)
    return build(folder)


_SHARED: World | None = None


def shared() -> World:
    """One world per process in a temporary folder (for the test suite)."""
    global _SHARED
    if _SHARED is None:
        _SHARED = build(Path(tempfile.mkdtemp(prefix="craftsman-fuzz-world-")))
    return _SHARED
