"""Benchmark of the reviewer's app (评审专家): switching candidate, cold start, an autosave commit.

Run from the project root:

    .venv/bin/python -m bench.bench_reviewer [--candidates 40] [--starts 5]

In a temporary folder (its own app-data folder too) it builds an office database with
``--candidates`` eligible candidates of one group (G03 计算机通信), each with one generated PDF
attachment, writes the session's batch, and prints each figure beside its limit:

- switching candidate in the reviewer's window (dossier shown, scoring panel filled, the first
  attachment's first page rendered, and the window painted): median and 95th percentile over every
  candidate, each seen for the first time (limits 50 ms and 100 ms);
- cold start to the open-batch screen: a fresh ``python`` process that starts as
  ``craftsman-review gui --batch B.crbatch`` does, until the start screen has been shown and the
  event loop has turned once (limit 0.8 s; median of ``--starts`` runs). It also says whether
  reportlab or openpyxl were imported on the way (they must not be);
- an autosave commit (``ReviewStore.set_score``: WAL, synchronous=FULL, the log entry in the same
  transaction) against a bare sqlite3 upsert and commit with the same settings (within 3x).

The window runs offscreen (QT_QPA_PLATFORM=offscreen unless set). The script always exits 0: it
reports, it does not judge.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
PASSPHRASE = b"bench reviewer 2024"
KINDS = ("certificate", "id_card", "union_card", "photo")


@dataclass
class Row:
    what: str
    figure: str
    limit: str = ""
    verdict: str = ""


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# ------------------------------------------------------------------------------------------------
# The batch


def build_batch(folder: Path, candidates: int) -> Path:
    """An office database with ``candidates`` eligible G03 candidates, one PDF each, and their batch."""
    from app.batch import create_batch
    from app.demo.attachments import make_attachment_pdf
    from app.enums import Group, PanelRole
    from app.intake import IntakeRules, run_intake
    from app.keys import generate_keypair, load_private_key
    from app.panel import PanelMember
    from app.scheme import default_scheme_text
    from app.storage import OfficeDatabase
    from tests.factories import person, write_applications

    rows = [person(n, group="计算机通信", application_no=f"2024-G03-{n:03d}") for n in range(1, candidates + 1)]
    applications = write_applications(folder / "applications.xlsx", rows)
    database = folder / "office.db"
    office = OfficeDatabase(database)
    try:
        report = run_intake(applications, office, rules=IntakeRules(today=dt.date(2024, 7, 1), year=2024))
        if not all(c.eligible for c in report.candidates):
            raise SystemExit("bench: the generated applications are not all eligible")
        by_number = {str(r["application_no"]): r for r in rows}
        for position, cand in enumerate(report.candidates):
            kind = KINDS[position % len(KINDS)]
            data = make_attachment_pdf(kind, by_number.get(cand.application_no, rows[position]))
            with office.atomic():
                office.table("attachments").insert({
                    "application_no": cand.application_no, "kind": kind, "filename": f"{kind}.pdf",
                    "media_type": "application/pdf", "size": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(), "data": data})
        panel = [PanelMember(f"E{n:02d}", f"专家{n}", f"第{n}研究院", PanelRole.CHAIR if n == 1 else PanelRole.REVIEWER)
                 for n in range(1, 8)]
        pair = generate_keypair(folder / "office")
        out = folder / "G03-1.crbatch"
        create_batch(office, group=Group.G03, session=1, panel=panel, office_key=load_private_key(pair.private_path),
                     passphrase=PASSPHRASE, scheme_text=default_scheme_text(), out=out, year=2024)
    finally:
        office.close()
    return out


# ------------------------------------------------------------------------------------------------
# Switching candidate


def measure_switching(batch_path: Path, folder: Path) -> tuple[list[float], list[float], int]:
    """Seconds per switch: every candidate once (first view), then every one again (warm)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.batch import open_batch
    from ui.app import make_application, pick_ui_font
    from ui.reviewer_style import BASE_POINT_SIZE
    from ui.reviewer_window import ReviewerWindow

    app = make_application([sys.argv[0]])
    app.setFont(pick_ui_font(app.font(), BASE_POINT_SIZE))
    window = ReviewerWindow(settings=QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat))
    window.resize(1500, 940)
    window.show()
    batch = open_batch(batch_path, PASSPHRASE)
    member = next(m for m in batch.panel if not m.is_chair)
    if not window.begin_session(batch, member):
        raise SystemExit("bench: the session did not open")
    for _ in range(5):
        QApplication.processEvents()
    view = window.view
    assert view is not None
    numbers = [c["application_no"] for c in batch.candidates]
    rendered = 0

    def switch(no: str) -> float:
        nonlocal rendered
        started = time.perf_counter()
        window.select_candidate(no)
        QApplication.processEvents()  # layout and paint
        elapsed = time.perf_counter() - started
        if view.viewer.page_count and not view.viewer.rendered_size.isEmpty():
            rendered += 1
        return elapsed

    # Start from the last one so that the first timed switch is a real change.
    window.select_candidate(numbers[-1])
    QApplication.processEvents()
    cold = [switch(no) for no in numbers]
    warm = [switch(no) for no in reversed(numbers)]
    window.close()
    return cold, warm, rendered


# ------------------------------------------------------------------------------------------------
# Cold start, in a fresh process

_CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from ui.app import make_application

app = make_application([sys.argv[0]])  # the same application object the command will use

def shown():
    from PySide6.QtWidgets import QApplication
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == "ReviewerWindow"]
    QApplication.processEvents()
    heavy = ",".join(m for m in ("reportlab", "openpyxl") if m in sys.modules)
    start = windows[0].start_screen if windows else None
    ok = start is not None and start.header is not None
    print(f"{time.time()!r} {int(ok)} {heavy or '-'}", flush=True)
    app.quit()

QTimer.singleShot(0, shown)
from app.cli import main
main(["gui", "--batch", sys.argv[1]])
"""


def measure_cold_start(batch_path: Path, folder: Path, runs: int) -> tuple[list[float], bool, str]:
    env = dict(os.environ, CRAFTSMAN_DATA_DIR=str(folder / "cold-app-data"),
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    times: list[float] = []
    ok, heavy = True, "-"
    for _ in range(runs + 1):  # the first run warms the disk cache and makes the personal key
        started = time.time()
        result = subprocess.run([sys.executable, "-c", _CHILD, str(batch_path)], capture_output=True, text=True,
                                cwd=PROJECT, env=env, timeout=60, check=False)
        line = next((ln for ln in result.stdout.splitlines() if ln[:1].isdigit()), "")
        if not line:
            raise SystemExit(f"bench: the cold-start child failed:\n{result.stderr}")
        shown_at, shown_ok, loaded = line.split()
        times.append(float(shown_at) - started)
        ok = ok and shown_ok == "1"
        heavy = loaded if loaded != "-" else heavy
    return times[1:], ok, heavy


# ------------------------------------------------------------------------------------------------
# Autosave


def measure_autosave(folder: Path, runs: int = 400) -> tuple[float, float]:
    from app.review_store import ReviewStore, store_key
    from app.scheme import default_scheme

    scheme = default_scheme()
    keys = scheme.item_keys()
    store = ReviewStore(folder / "autosave.sqlite", batch_id="0" * 32, reviewer="E02", scheme=scheme,
                        candidates=["A"], key=store_key(bytes(32), "0" * 32, "E02"))
    values = [Decimal(v) / 2 for v in range(0, 13)]
    started = time.perf_counter()
    for n in range(runs):
        store.set_score("A", keys[n % len(keys)], values[n % len(values)] if n % 2 else values[(n + 5) % 13])
    store_s = (time.perf_counter() - started) / runs
    store.close()

    connection = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE scores (candidate TEXT, item TEXT, value TEXT, PRIMARY KEY (candidate, item))")
    started = time.perf_counter()
    for n in range(runs):
        connection.execute("BEGIN")
        connection.execute("INSERT INTO scores (candidate, item, value) VALUES (?, ?, ?) ON CONFLICT (candidate, item) "
                           "DO UPDATE SET value = excluded.value", ["A", keys[n % len(keys)], str(n % 13)])
        connection.execute("COMMIT")
    bare_s = (time.perf_counter() - started) / runs
    connection.close()
    return store_s, bare_s


# ------------------------------------------------------------------------------------------------


def print_table(rows: list[Row]) -> None:
    width = max(len(r.what) for r in rows) + 2
    for r in rows:
        print(f"  {r.what:<{width}}{r.figure:>12}   {r.limit:<30}{r.verdict}")


def run(args: argparse.Namespace) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-reviewer-") as name:
        folder = Path(name)
        os.environ["CRAFTSMAN_DATA_DIR"] = str(folder / "app-data")
        started = time.perf_counter()
        batch = build_batch(folder, args.candidates)
        print(f"bench_reviewer: {args.candidates} candidates, one PDF attachment each; batch built in "
              f"{time.perf_counter() - started:.1f} s")
        cold, warm, rendered = measure_switching(batch, folder)
        starts, start_ok, heavy = measure_cold_start(batch, folder, args.starts)
        store_s, bare_s = measure_autosave(folder)

    median, p95 = statistics.median(cold), percentile(cold, 0.95)
    start_median = statistics.median(starts)
    rows = [
        Row(f"switch candidate, first view: median ({len(cold)} switches)", ms(median), "limit 50 ms",
            verdict(median < 0.050)),
        Row("switch candidate, first view: 95th percentile", ms(p95), "limit 100 ms", verdict(p95 < 0.100)),
        Row("  slowest switch", ms(max(cold))),
        Row("  first page rendered on", f"{rendered}/{len(cold) + len(warm)}"),
        Row("switch candidate, seen before: median", ms(statistics.median(warm))),
        Row(f"cold start to the open-batch screen: median of {len(starts)}", f"{start_median:.2f} s",
            "limit 0.8 s", verdict(start_median < 0.8 and start_ok)),
        Row("  reportlab / openpyxl imported at start-up", "no" if heavy == "-" else heavy, "must be no",
            verdict(heavy == "-")),
        Row("autosave commit (ReviewStore.set_score)", ms(store_s), f"within 3x of bare ({3 * bare_s * 1000:.2f} ms)",
            verdict(store_s <= 3 * bare_s)),
        Row("  bare sqlite3 upsert + commit, WAL, synchronous=FULL", ms(bare_s)),
    ]
    print_table(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=40, help="candidates in the batch (default 40)")
    parser.add_argument("--starts", type=int, default=5, help="cold starts to time (default 5)")
    run(parser.parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
