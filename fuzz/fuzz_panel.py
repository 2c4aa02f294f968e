"""Fuzz target: the panel workbook (评审专家名单) — read_panel."""

from __future__ import annotations

import sys

from fuzz.harness import WorkbookTarget


class PanelTarget(WorkbookTarget):
    name = "panel"
    seed_name = "panel.xlsx"

    def read(self, data: bytes) -> None:
        from app.panel import read_panel

        read_panel(self.scratch.write("fuzz-panel.xlsx", data))


TARGET = PanelTarget

if __name__ == "__main__":
    from fuzz.__main__ import main

    main(["panel", *sys.argv[1:]])
