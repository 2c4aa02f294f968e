"""A wrong system clock changes nothing that matters: order comes from the logs, never from timestamps.

The clock is really wrong: the app runs in child processes under libfaketime (Debian ``faketime``),
with dates in 1970 and 2099 and a clock that jumps backwards between a reviewer's edits
(tests/clock_worker.py). Timestamps are recorded and shown, but:

- a reviewer's edits are ordered by the log's sequence: the stored score is the last one typed, the
  hash chain verifies, whatever the clock said;
- the chair takes the newer version of a reviewer's file because its log extends the older one, even
  when its timestamp is 129 years earlier, in whichever order the files arrive;
- the tally is the same under any clock, and its signatures verify under any other;
- the office's newest result package for a session is the last one ingested, and a rebuilt batch
  replaces the earlier one, whatever their timestamps say.
"""

from __future__ import annotations

import datetime as dt
import glob
import itertools
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.batch import open_batch
from app.chair import PanelScores
from app.result import compute_tally, contract_json
from app.score_file import read_score_file
from tests.factories import PASSPHRASE, Year, copy_database, make_year

ROOT = Path(__file__).resolve().parents[1]
WORKER = ROOT / "tests" / "clock_worker.py"
LIBFAKETIME = next(iter(sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1") +
                               glob.glob("/usr/lib/faketime/libfaketime.so.1"))), None)

pytestmark = pytest.mark.skipif(LIBFAKETIME is None, reason="libfaketime is not installed (apt-get install faketime)")


def clock_env(*, at: str | None = None, clock_file: Path | None = None) -> dict[str, str]:
    """The environment of a child process whose clock starts at ``at`` (or reads ``clock_file``)."""
    assert LIBFAKETIME is not None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LD_PRELOAD": LIBFAKETIME, "FAKETIME_DONT_RESET": "1"}
    env.pop("CRAFTSMAN_DEBUG", None)
    if clock_file is not None:
        env.update(FAKETIME_TIMESTAMP_FILE=str(clock_file), FAKETIME_NO_CACHE="1")
    else:
        env["FAKETIME"] = f"@{at}"
    return env


def cli(at: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          env=clock_env(at=at), stdin=subprocess.DEVNULL, timeout=300)


def test_the_clock_is_really_wrong_in_the_children() -> None:
    """The mechanism itself, so that the other tests cannot pass with a clock that was never wrong."""
    code = "import datetime, time; print(datetime.date.today().year, int(time.time()) // 86400)"
    for at, year in (("1970-01-02 00:00:00", "1970"), ("2099-06-01 00:00:00", "2099")):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=clock_env(at=at),
                             check=True).stdout.split()
        assert out[0] == year
    assert out[1] == str((dt.date(2099, 6, 1) - dt.date(1970, 1, 1)).days)


class Clocked:
    """The year kit, and one reviewer's session run with the clock jumping about."""

    def __init__(self, year: Year, report: dict[str, Any], out: Path) -> None:
        self.year, self.report, self.out = year, report, out
        self.passphrase = year.folder / "passphrase.txt"

    @property
    def batch_path(self) -> Path:
        return self.year.batches[("G05", 1)]

    @property
    def panel_folder(self) -> Path:
        return self.year.folder / "G05-1"


@pytest.fixture(scope="module")
def clocked(tmp_path_factory: pytest.TempPathFactory) -> Clocked:
    year = make_year(tmp_path_factory.mktemp("clock"))
    (year.folder / "passphrase.txt").write_bytes(PASSPHRASE + b"\n")
    out = tmp_path_factory.mktemp("clock-out")
    clock_file = out / "clock.txt"
    clock_file.write_text("@2099-06-01 09:00:00\n", encoding="ascii")
    here = year.folder / "G05-1"
    result = subprocess.run(
        [sys.executable, str(WORKER), str(year.batches[("G05", 1)]), str(year.folder / "passphrase.txt"), "E02",
         str(here / "E02.key"), str(out / "store" / "E02.sqlite"), str(clock_file), str(out)],
        capture_output=True, text=True, cwd=ROOT, env=clock_env(clock_file=clock_file), timeout=300)
    assert result.returncode == 0, result.stderr
    return Clocked(year, json.loads(result.stdout), out)


def test_edits_are_ordered_by_the_log_when_the_clock_jumps_backwards(clocked: Clocked) -> None:
    report = clocked.report
    log = report["log"]
    stamps = [str(entry["at"]) for entry in log]
    assert any(later < earlier for earlier, later in itertools.pairwise(stamps))  # it went backwards
    assert {stamp[:4] for stamp in stamps} >= {"1970", "1985", "1999", "2031", "2099"}
    assert [entry["seq"] for entry in log] == list(range(1, len(log) + 1))
    assert report["verify"][0] == len(log)  # the hash chain holds whatever the clock said
    assert report["stored"] == report["expected"]  # each score is the last one typed, not the latest stamped
    assert report["now"].startswith("1970-01-03")


def test_the_chair_takes_the_newer_version_by_its_log_not_its_timestamp(clocked: Clocked) -> None:
    batch = open_batch(clocked.batch_path, PASSPHRASE)
    v1, v2 = read_score_file(clocked.out / "v1.crscore", batch), read_score_file(clocked.out / "v2.crscore", batch)
    assert v1.created_at.startswith("2099") and v2.created_at.startswith("1970")  # the clock says v1 is newer
    assert v1.log_head == clocked.report["v1_head"] and v2.log_head == clocked.report["v2_head"]
    first_number, first_item = clocked.report["first"].split(" ")
    for order in ((v1, v2), (v2, v1)):
        scores = PanelScores(batch)
        statuses = [scores.add(f.path).status for f in order]
        assert statuses == (["imported", "replaced"] if order[0] is v1 else ["imported", "kept"])
        chosen = scores.files["E02"]
        assert chosen.log_head == v2.log_head and chosen.reopened == 1
        assert str(chosen.candidates[first_number].scores[first_item]) == "2"


def panel_files(clocked: Clocked) -> list[Path]:
    others = [p for p in sorted(clocked.panel_folder.glob("*.crscore")) if p.stem != "E02"]
    return [*others, clocked.out / "v2.crscore", clocked.out / "v1.crscore"]


def test_tally_signatures_and_ingest_do_not_depend_on_the_clock(clocked: Clocked, tmp_path: Path) -> None:
    from app.storage import OfficeDatabase

    batch = open_batch(clocked.batch_path, PASSPHRASE)
    expected = PanelScores(batch)
    for path in panel_files(clocked):
        expected.add(path)
    expected_json = contract_json(batch, compute_tally(batch, expected))

    def tally(at: str, out: Path, notes: str) -> dict[str, Any]:
        result = cli(at, "tally", "--batch", clocked.batch_path, "--passphrase-file", clocked.passphrase,
                     "--chair-key", clocked.panel_folder / "E01.key", "--out", out, "--notes", notes, "--json",
                     *panel_files(clocked))
        assert result.returncode == 0, result.stderr
        return dict(json.loads(result.stdout))

    first, second = tmp_path / "G05-1-first.crresult", tmp_path / "G05-1-second.crresult"
    assert tally("2099-12-31 23:00:00", first, "第一次汇总") == expected_json
    assert tally("1970-01-02 00:00:00", second, "复核后重新汇总") == expected_json
    for at in ("1970-01-01 00:00:10", "2099-01-01 00:00:00"):  # signatures verify under any clock
        for package in (first, second):
            verified = cli(at, "verify", package, "--json")
            assert verified.returncode == 0, verified.stderr

    database = copy_database(clocked.year.database, tmp_path / "db")
    assert cli("2099-12-31 23:30:00", "office", "ingest", first, "--db", database).returncode == 0
    superseding = cli("1970-01-02 00:10:00", "office", "ingest", second, "--db", database, "--supersede")
    assert superseding.returncode == 0, superseding.stderr
    office = OfficeDatabase(database, create=False)
    try:
        rows = list(office.db.query("SELECT file_name, status, ingested_at FROM results WHERE batch_id = ? ORDER BY id",
                                    [batch.identity.batch_id]))
    finally:
        office.close()
    assert [(r["file_name"], r["status"]) for r in rows] == [(first.name, "superseded"), (second.name, "active")]
    assert rows[0]["ingested_at"] > rows[1]["ingested_at"]  # the clock would have said the other way round
    status = cli("2050-01-01 00:00:00", "office", "status", "--db", database, "--group", "G05", "--json")
    assert status.returncode == 0, status.stderr
    sessions = [s for s in json.loads(status.stdout)["sessions"] if s["group"] == "G05" and s["session"] == 1]
    assert [s["result_file"] for s in sessions] == [second.name]


def test_a_rebuilt_batch_replaces_the_first_whatever_the_clock(clocked: Clocked, tmp_path: Path) -> None:
    from app.office_overview import candidate_statuses
    from app.storage import OfficeDatabase

    database = copy_database(clocked.year.database, tmp_path / "db")
    connection = sqlite3.connect(database)
    connection.execute("DELETE FROM results WHERE batch_id IN (SELECT batch_id FROM batches WHERE \"group\" = 'G05')")
    connection.commit()
    connection.close()
    built = []
    for at, name in (("2099-06-01 00:00:00", "G05-1-first.crbatch"), ("1970-01-02 00:00:00", "G05-1-rebuilt.crbatch")):
        out = tmp_path / name
        result = cli(at, "batch", "create", "--db", database, "--group", "G05", "--session", "1",
                     "--panel", clocked.year.folder / "panel.xlsx", "--office-key", clocked.year.folder / "office.key",
                     "--passphrase-file", clocked.passphrase, "--out", out)
        assert result.returncode == 0, result.stderr
        built.append(open_batch(out, PASSPHRASE).identity)
    assert built[0].created_at.startswith("2099") and built[1].created_at.startswith("1970")
    office = OfficeDatabase(database, create=False)
    try:
        g05 = [s for s in candidate_statuses(office) if s.group == "G05" and s.eligible]
    finally:
        office.close()
    assert g05 and {s.batch_id for s in g05} == {built[1].batch_id}
