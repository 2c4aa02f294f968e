"""Fuzz target: the applications workbook — the office's whole intake (read_sheet, every field's
checks, storing) into a fresh office database each time."""

from __future__ import annotations

import datetime as dt
import sys

from fuzz.harness import WorkbookTarget


class ApplicationsTarget(WorkbookTarget):
    name = "applications"
    seed_name = "apps.xlsx"

    def read(self, data: bytes) -> None:
        from app.intake import IntakeRules, run_intake
        from app.storage import OfficeDatabase

        path = self.scratch.write("fuzz-apps.xlsx", data)
        database = self.scratch.folder / "intake.db"
        for suffix in ("", "-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        office = OfficeDatabase(database)
        try:
            run_intake(path, office, rules=IntakeRules(today=dt.date(2024, 7, 1), year=2024))
        finally:
            office.close()


TARGET = ApplicationsTarget

if __name__ == "__main__":
    from fuzz.__main__ import main

    main(["applications", *sys.argv[1:]])
