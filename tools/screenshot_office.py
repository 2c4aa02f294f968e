"""Screenshot of the office window, for reviewing its look (run under Xvfb, or offscreen).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshot_office.py OFFICE.db OUT.png

Opens the window on the database at 1400x850, selects the first ineligible candidate (else the
first one), grabs the window into a PNG and quits.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database", type=Path, help="office database (.db)")
    parser.add_argument("out", type=Path, help="PNG to write")
    parser.add_argument("--size", default="1400x850", help="window size, WIDTHxHEIGHT (default 1400x850)")
    parser.add_argument("--group", help="select this group first (e.g. G03)")
    parser.add_argument("--scroll", type=float, default=0.0,
                        help="scroll the dossier pane to this fraction (0 top, 1 bottom)")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))

    from app.errors import CraftsmanError
    from app.storage import OfficeDatabase

    try:  # refuse here rather than in a message box nobody can see
        OfficeDatabase(args.database, create=False).close()
    except CraftsmanError as error:
        print(error.message, file=sys.stderr)
        return 1

    from PySide6.QtCore import QCoreApplication, Qt

    from ui.app import make_application
    from ui.candidate_model import StatusRole
    from ui.display import ReviewStatus
    from ui.office_window import OfficeWindow

    app = make_application([sys.argv[0]])
    window = OfficeWindow(args.database)
    window.resize(width, height)
    window.show()
    if args.group:
        for row in range(window.group_list.count()):
            if window.group_list.item(row).data(Qt.ItemDataRole.UserRole) == args.group:
                window.group_list.setCurrentRow(row)
    chosen = 0
    for row in range(window.proxy.rowCount()):
        if window.proxy.index(row, 0).data(StatusRole) is ReviewStatus.INELIGIBLE:
            chosen = row
            break
    if window.proxy.rowCount():
        window.table.setCurrentIndex(window.proxy.index(chosen, 0))
    QCoreApplication.processEvents()
    bar = window.detail.verticalScrollBar()
    bar.setValue(round(bar.maximum() * min(max(args.scroll, 0.0), 1.0)))
    for _ in range(5):
        QCoreApplication.processEvents()
    ok = window.grab().save(str(args.out))
    window.close()
    app.processEvents()
    if not ok:
        print(f"无法写入 {args.out}", file=sys.stderr)
        return 1
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
