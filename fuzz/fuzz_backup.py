"""Fuzz target: an office database backup given to restore — inspect_office_file, then restore_database
into a fresh place (what ``backup restore`` does with a file from outside)."""

from __future__ import annotations

import sys

from fuzz.harness import Target


class BackupTarget(Target):
    name = "backup"

    def seeds(self) -> list[bytes]:
        return [self.seed("raw", self.world.office_db.read_bytes())]

    def run_raw(self, data: bytes) -> None:
        from app.office_backup import restore_database

        source = self.scratch.write("fuzz-backup.db", data)
        target = self.scratch.folder / "restored.db"
        for suffix in ("", "-wal", "-shm", "-journal"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        restore_database(source, target)


TARGET = BackupTarget

if __name__ == "__main__":
    from fuzz.__main__ import main

    main(["backup", *sys.argv[1:]])
