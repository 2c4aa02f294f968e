"""Fuzz target: a reviewer's offline scoring workbook — import_score_workbook: read against the batch, checked,
and when every cell is good replayed into a store and signed as a score file."""

from __future__ import annotations

import sys

from fuzz.harness import WorkbookTarget


class ScoreWorkbookTarget(WorkbookTarget):
    name = "score_workbook"
    seed_name = "scores.xlsx"

    def read(self, data: bytes) -> None:
        from app.score_workbook import import_score_workbook

        path = self.scratch.write("fuzz-scores.xlsx", data)
        out = self.scratch.folder / "from-workbook.crscore"
        out.unlink(missing_ok=True)
        result = import_score_workbook(path, self.world.batch, "E02", self.world.reviewer_keys["E02"], out)
        result.store.close()


TARGET = ScoreWorkbookTarget

if __name__ == "__main__":
    from fuzz.__main__ import main

    main(["score_workbook", *sys.argv[1:]])
