"""Screenshots of the reviewer's app (评审专家), for reviewing its look (run under Xvfb, or offscreen).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshot_reviewer.py [--out DIR]

Builds the demo workspace in a temporary folder (with its own app-data folder, so nothing touches
the real one), then writes into DIR (default docs/screenshots):

- reviewer-start.png: the start screen after unlocking the first session's batch;
- reviewer-main.png: the main window mid-scoring (some candidates done, one being scored);
- reviewer-attachment.png: the same candidate's first attachment in the viewer;
- reviewer-selfcheck.png: the self-check dialog.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Deterministic, plausible scores per candidate: (item scores in scheme order, comment).
_PATTERNS = (
    ("6 6.5 5 6.5 6 5 5 6 5.5 6 5 6.5 6 6 5", "事迹扎实，业绩有量化证明，带徒成效突出。"),
    ("5.5 6 5 6 5.5 4.5 4.5 5 5 5.5 4.5 5.5 5 5.5 4.5", ""),
    ("5 5.5 4 6 5 4 4 5 4.5 5 4 5 5 5 4", ""),
)


def _wait(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _settle(rounds: int = 8) -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):
        QCoreApplication.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="folder for the PNGs")
    parser.add_argument("--size", default="1500x940", help="window size, WIDTHxHEIGHT (default 1500x940)")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="craftsman-shots-") as folder:
        os.environ["CRAFTSMAN_DATA_DIR"] = str(Path(folder) / "app-data")
        from app.batch import read_batch_header
        from app.demo.workspace import demo_passphrase, make_workspace

        workspace = make_workspace(Path(folder) / "workspace", batches_made="first")
        batch_path = workspace.batches[0]
        identity = read_batch_header(batch_path).identity

        from PySide6.QtCore import Qt

        from ui.app import make_application, pick_ui_font
        from ui.reviewer_style import BASE_POINT_SIZE
        from ui.reviewer_window import ReviewerWindow, reviewer_settings

        app = make_application([sys.argv[0]])
        app.setFont(pick_ui_font(app.font(), BASE_POINT_SIZE))
        window = ReviewerWindow(settings=reviewer_settings(), batch=batch_path)
        window.resize(width, height)
        window.show()
        window.activateWindow()
        start = window.start_screen
        start.set_passphrase(demo_passphrase(identity.group, identity.session))
        start.unlock()
        _wait(lambda: start.batch is not None and not start.is_busy())
        start.choose_member("first")
        _settle()
        window.grab().save(str(args.out / "reviewer-start.png"))

        start.start()
        _settle()
        view, session = window.view, window.session
        assert view is not None and session is not None
        keys = session.batch.scheme.item_keys()
        numbers = [c["application_no"] for c in session.batch.candidates]
        open_ones = [no for no in numbers if not session.candidate(no).recused]
        for position, no in enumerate(open_ones[:-1]):
            scores, comment = _PATTERNS[position % len(_PATTERNS)]
            for key, text in zip(keys, scores.split(), strict=True):
                session.store.set_score(no, key, Decimal(text))
            if comment:
                session.store.set_comment(no, comment)
            session.store.set_complete(no, True)
        view.model.refresh_all()
        view.update_progress()
        current = open_ones[-1]
        window.select_candidate(current)
        _settle()
        panel = view.panel
        for key, text in zip(keys[:7], ["6", "5.5", "5", "6.5", "6", "4.5", "5"], strict=True):
            panel.fields[key].setFocus()
            panel.fields[key].setText(text)
            panel.fields[key].textEdited.emit(text)
            panel.save_score(key)
        panel.fields[keys[7]].setFocus(Qt.FocusReason.TabFocusReason)
        _settle()
        window.grab().save(str(args.out / "reviewer-main.png"))

        view.tabs.setCurrentWidget(view.viewer)
        _settle()
        window.grab().save(str(args.out / "reviewer-attachment.png"))
        view.tabs.setCurrentWidget(view.dossier)

        dialog = window.show_self_check()
        assert dialog is not None
        _settle()
        dialog.grab().save(str(args.out / "reviewer-selfcheck.png"))
        dialog.close()
        window.close()
        _settle(2)
    for name in ("reviewer-start.png", "reviewer-main.png", "reviewer-attachment.png", "reviewer-selfcheck.png"):
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
