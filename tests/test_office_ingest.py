"""The office takes results back: the whole chain verified, the tally recomputed, nothing half-stored."""

from __future__ import annotations

import dataclasses
import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.batch import OpenBatch, open_batch
from app.chair import PanelScores
from app.errors import InputRefused
from app.keys import load_private_key
from app.office_results import ingest_result
from app.result import compute_tally, write_result_package
from app.storage import OfficeDatabase
from fuzz.mutations import fuzz_examples
from tests.factories import PASSPHRASE, make_session, score_panel


@dataclasses.dataclass
class Round:
    folder: Path
    batch: OpenBatch
    files: dict[str, Path]

    @property
    def database(self) -> Path:
        return self.folder / "office.db"

    def package(self, out: Path, *, files: dict[str, Path] | None = None, batch: Any = None,
                chair_key: Path | None = None, decisions: list[list[str]] | None = None) -> Path:
        batch = batch or self.batch
        scores = PanelScores(batch)
        for path in (files or self.files).values():
            scores.add(path)
        result = compute_tally(batch, scores, decisions or [])
        key = load_private_key(chair_key or self.folder / f"{batch.chair.number}.key")
        write_result_package(batch, scores, result, key, out, notes="按评分细则汇总")
        return out


def make_round(folder: Path, count: int = 6, seed: int = 1) -> Round:
    path = make_session(folder, count)
    batch = open_batch(path, PASSPHRASE)
    return Round(folder, batch, score_panel(batch, folder, seed=seed, recuse={"E04": batch.candidates[0]["application_no"]}))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Round:
    return make_round(tmp_path_factory.mktemp("round"))


@pytest.fixture
def office(world: Round, tmp_path: Path) -> OfficeDatabase:
    copy = tmp_path / "office.db"
    source = OfficeDatabase(world.database, create=False)
    source.db.execute(f"VACUUM INTO '{copy}'")
    source.close()
    database = OfficeDatabase(copy, create=False)
    yield database
    database.close()


def dump(office: OfficeDatabase) -> list[str]:
    return list(office.db.conn.iterdump())


def refused(office: OfficeDatabase, path: Path, *words: str) -> None:
    before = dump(office)
    with pytest.raises(InputRefused) as caught:
        ingest_result(office, path)
    message = str(caught.value)
    assert path.name in message and "\n" not in message
    for word in words:
        assert word in message, message
    assert dump(office) == before


def test_a_good_package_is_verified_recomputed_and_stored(world: Round, office: OfficeDatabase,
                                                          tmp_path: Path) -> None:
    package = world.package(tmp_path / "good.crresult")
    report = ingest_result(office, package)
    assert report.status == "stored" and report.reviewers == [m.number for m in world.batch.panel]
    recommended = [c for c in report.candidates if c["recommended"]]
    assert len(recommended) == 3 and [c["rank"] for c in recommended] == [1, 2, 3]
    rows = list(office.db.query("SELECT * FROM result_candidates ORDER BY rank"))
    assert len(rows) == 6 and sum(r["recommended"] for r in rows) == 3
    stages = {c["stage"] for c in office.candidates() if c["application_no"] in {r["application_no"] for r in rows}}
    assert stages == {"panel_release"}
    before = dump(office)
    assert ingest_result(office, package).status == "unchanged"
    assert dump(office) == before


def test_a_package_from_another_office_is_refused(world: Round, office: OfficeDatabase, tmp_path: Path) -> None:
    other = make_round(tmp_path / "elsewhere", count=4, seed=2)
    refused(office, other.package(tmp_path / "foreign.crresult"), "不是本办公室签发的")


def test_a_package_for_a_batch_the_office_has_no_record_of_is_refused(world: Round, tmp_path: Path) -> None:
    empty = OfficeDatabase(tmp_path / "empty.db")
    try:
        refused(empty, world.package(tmp_path / "p.crresult"), "不是本办公室签发的")
    finally:
        empty.close()


def test_a_changed_byte_anywhere_is_refused(world: Round, office: OfficeDatabase, tmp_path: Path) -> None:
    data = world.package(tmp_path / "p.crresult").read_bytes()
    for offset in (20, len(data) // 3, len(data) // 2, len(data) - 5):
        changed = bytearray(data)
        changed[offset] ^= 0x01
        path = tmp_path / f"flip{offset}.crresult"
        path.write_bytes(bytes(changed))
        refused(office, path)


def test_a_package_claiming_gigabytes_is_refused_before_it_is_read(world: Round, office: OfficeDatabase,
                                                                   tmp_path: Path) -> None:
    huge = tmp_path / "huge.crresult"
    huge.write_bytes(world.package(tmp_path / "p.crresult").read_bytes())
    with huge.open("r+b") as handle:
        handle.truncate(2 * 1024**3)  # sparse: a valid signed header followed by 2 GB the disk never holds
    started = time.monotonic()
    refused(office, huge)  # its signed layout says how long it is: the rest is refused unread
    assert time.monotonic() - started < 2


def test_a_package_cut_short_is_refused(world: Round, office: OfficeDatabase, tmp_path: Path) -> None:
    data = world.package(tmp_path / "p.crresult").read_bytes()
    for length in (5, 100, len(data) - 1):
        path = tmp_path / f"cut{length}.crresult"
        path.write_bytes(data[:length])
        refused(office, path)


def test_a_tally_number_changed_by_the_chair_is_refused_naming_it(world: Round, office: OfficeDatabase,
                                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    import app.result

    original = app.result.contract_json

    def doctored(batch: Any, result: Any) -> dict[str, Any]:
        data = original(batch, result)
        data["candidates"][3]["final"] = data["candidates"][3]["final"] + 0.5
        return data

    monkeypatch.setattr(app.result, "contract_json", doctored)
    package = world.package(tmp_path / "doctored.crresult")
    monkeypatch.undo()
    target = json.loads(json.dumps(original(world.batch, compute_tally(world.batch, _scores(world)))))
    refused(office, package, "复核不符", target["candidates"][3]["id"], "final")


def _scores(world: Round) -> PanelScores:
    scores = PanelScores(world.batch)
    for path in world.files.values():
        scores.add(path)
    return scores


def test_a_reviewer_file_from_another_session_is_refused(world: Round, office: OfficeDatabase,
                                                         tmp_path: Path) -> None:
    other = make_round(tmp_path / "other", count=4, seed=3)
    files = dict(world.files)
    files["E05"] = other.files["E05"]
    with pytest.raises(InputRefused, match="另一场次"):
        world.package(tmp_path / "swapped.crresult", files=files)  # the chair's own tool refuses it
    # A chair who builds the package by hand is refused at the office.
    import app.result

    scores = PanelScores(world.batch)
    for reviewer, path in world.files.items():
        if reviewer != "E05":
            scores.add(path)
    foreign = PanelScores(other.batch)
    foreign.add(other.files["E05"])
    scores.files["E05"] = foreign.files["E05"]
    result = compute_tally(world.batch, _scores(world))
    out = tmp_path / "handmade.crresult"
    app.result.write_result_package(world.batch, scores, result, load_private_key(world.folder / "E01.key"), out)
    refused(office, out, "另一场次")


def test_a_chair_not_the_batchs_chair_is_refused(world: Round, office: OfficeDatabase, tmp_path: Path) -> None:
    panel = [dataclasses.replace(m, role=type(m.role).CHAIR if m.number == "E02" else type(m.role).REVIEWER)
             for m in world.batch.panel]
    usurper = dataclasses.replace(world.batch, panel=panel)
    assert usurper.chair.number == "E02"
    package = world.package(tmp_path / "usurper.crresult", batch=usurper, chair_key=world.folder / "E02.key")
    refused(office, package, "不是该批次的组长")


def test_a_chair_signing_with_another_key_is_accepted_with_the_mismatch_said(world: Round, office: OfficeDatabase,
                                                                             tmp_path: Path) -> None:
    package = world.package(tmp_path / "otherkey.crresult", chair_key=world.folder / "E03.key")
    report = ingest_result(office, package)
    assert report.status == "stored" and "签名密钥" in report.message and "核对" in report.message
    notes = next(iter(office.db.query("SELECT notes FROM results")))["notes"]
    assert "签名密钥" in notes


def test_a_second_package_needs_an_explicit_supersede_and_both_stay(world: Round, office: OfficeDatabase,
                                                                      tmp_path: Path) -> None:
    first = world.package(tmp_path / "first.crresult")
    ingest_result(office, first)
    second = tmp_path / "second.crresult"
    world.package(second)  # signed again: another package for the same session
    refused(office, second, "--supersede")
    report = ingest_result(office, second, supersede=True)
    assert report.status == "superseded"
    statuses = [row["status"] for row in office.db.query("SELECT status FROM results ORDER BY id")]
    assert statuses == ["superseded", "active"]


def test_the_cli_round_trip(world: Round, tmp_path: Path) -> None:
    import subprocess
    import sys

    database = tmp_path / "office.db"
    shutil.copy(world.database, database)
    package = world.package(tmp_path / "cli.crresult")

    def run(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                              timeout=120)

    stored = run("office", "ingest", package, "--db", database, "--json")
    assert stored.returncode == 0, stored.stderr
    assert json.loads(stored.stdout)["status"] == "stored"
    listing = tmp_path / "list.xlsx"
    exported = run("office", "export", "--db", database, "--out", listing)
    assert exported.returncode == 0 and "3 人" in exported.stdout
    from openpyxl import load_workbook

    sheet = load_workbook(listing)["候选人名单"]
    assert [c.value for c in sheet[1]][:6] == ["序号", "组别", "场次", "名次", "申报编号", "姓名"]
    assert [sheet.cell(row=r, column=4).value for r in (2, 3, 4)] == [1, 2, 3]
    broken = tmp_path / "broken.crresult"
    broken.write_bytes(package.read_bytes()[:-3])
    refusal = run("office", "ingest", broken, "--db", database)
    assert refusal.returncode == 1 and len(refusal.stderr.strip().splitlines()) == 1
    assert "Traceback" not in refusal.stderr


def test_the_verify_command_reads_result_packages(world: Round, tmp_path: Path) -> None:
    import subprocess
    import sys

    package = world.package(tmp_path / "v.crresult")
    result = subprocess.run([sys.executable, "-m", "app", "verify", str(package), "--json"], capture_output=True,
                            text=True, timeout=60)
    data = json.loads(result.stdout)
    assert data["ok"] is True and data["kind"] == "result" and data["result"]["chair"] == "E01"


# ---------------------------------------------------------------------------------------------
# Fuzzing (issue 9): hostile result packages — mutated, re-signed headers, re-sealed content


@settings(max_examples=fuzz_examples(60), deadline=None, database=None)
@given(data=st.data())
def test_fuzz_hostile_result_packages_raise_only_own_errors(data: st.DataObject) -> None:
    from fuzz.mutations import fuzz_once

    fuzz_once("result", data)


@pytest.mark.parametrize("content", [b"[" * 100_000 + b"]" * 100_000,
                                     b'{"tally": ' + b"{\"a\":" * 50_000 + b"1" + b"}" * 50_000 + b"}",
                                     b'{"decisions": [' + b"[" * 5000 + b"]" * 5000 + b'], "tally": {}}'])
def test_a_hostile_chairs_content_is_refused_plainly(content: bytes, tmp_path: Path) -> None:
    from fuzz.fuzz_result import ResultTarget
    from fuzz.harness import Scratch
    from fuzz.world import shared

    target = ResultTarget(shared(), Scratch(tmp_path))
    with pytest.raises(InputRefused):
        target.run_content(content)


@pytest.mark.parametrize("length", [0, 8, 11, 13, 16, 200])
def test_a_tally_nonce_of_the_wrong_length_is_refused_as_damage(tmp_path: Path, length: int) -> None:
    """Found by the suite's fuzz test in CI: a 16-byte nonce reached AES-GCM, which raised a bare ValueError."""
    import base64

    from fuzz.fuzz_result import ResultTarget
    from fuzz.harness import Scratch, encode, signed_file
    from fuzz.world import shared

    target = ResultTarget(shared(), Scratch(tmp_path))
    parts = [dict(p) for p in target.header["parts"]]
    parts[-1]["nonce"] = base64.b64encode(b"n" * length).decode("ascii")
    data = signed_file("result", encode(dict(target.header, parts=parts)), target.payload, target.key)
    with pytest.raises(InputRefused, match="结果包结构已损坏"):
        target.run_raw(data)


@pytest.mark.parametrize("change", [{"candidates": None}, {"candidates": [{"id": ["G03-001"]}]},
                                    {"candidates": "G03-001"}, {"agreement": [1]}, {"agreement": None}])
def test_a_chairs_tally_of_the_wrong_shape_is_refused_plainly(tmp_path: Path, change: dict[str, Any]) -> None:
    """Found by a longer run of the suite's fuzz test: a tally whose candidates were null or had list ids
    raised TypeError in the office's comparison."""
    from fuzz.fuzz_result import ResultTarget
    from fuzz.harness import Scratch
    from fuzz.world import shared

    target = ResultTarget(shared(), Scratch(tmp_path))
    content = json.loads(target.seeds()[2][1:])
    content["tally"].update(change)
    with pytest.raises(InputRefused, match=r"复核不符|候选人与批次不符"):
        target.run_content(json.dumps(content).encode())
