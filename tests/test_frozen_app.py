"""The frozen app (build.spec, PyInstaller one-folder): built here, then run as a clean machine would.

The executable runs with no Python of ours in sight: no PYTHONPATH, no venv on PATH, HOME and the
app-data folder in a temporary folder, no CRAFTSMAN_CJK_FONT. It goes through ``--version``,
``demo --make`` and the whole headless chain of the CLI contract (keys, intake, batch, each panel
member's scoring workbook, tally with the signed PDF and the workbook, verify, office ingest and
export), then starts the GUI offscreen to prove Qt's plugins and QtPdf are in the bundle. Only the
filling in of the reviewers' workbooks (a person typing in Excel) is done by this test's Python.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.factories import PANEL, person, write_applications

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build_app  # noqa: E402  (tools/build_app.py)

PASSPHRASE = "frozen round passphrase 2024"
CANDIDATES = 5


def pyinstaller_missing() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return True
    return False


# CI installs PyInstaller with the dev extras, so there these tests run; the skip is for a bare checkout.
frozen_test = [
    pytest.mark.slow,
    pytest.mark.skipif(pyinstaller_missing(), reason="PyInstaller is not installed (pip install -e .[build])"),
]


def slow_frozen(test: Any) -> Any:
    for mark in frozen_test:
        test = mark(test)
    return test


class Frozen:
    """The built executable and a clean environment to run it in."""

    def __init__(self, program: Path, home: Path, build_seconds: float) -> None:
        self.program = program
        self.home = home
        self.build_seconds = build_seconds
        self.env = {
            "HOME": str(home),
            "CRAFTSMAN_DATA_DIR": str(home / "app-data"),
            "TMPDIR": str(home / "tmp"),
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()),
            "LANG": "C.UTF-8",
        }
        for name in ("SYSTEMROOT", "WINDIR", "LOCALAPPDATA", "APPDATA"):  # Windows cannot start without them
            if name in os.environ:
                self.env[name] = os.environ[name]
        (home / "tmp").mkdir(parents=True, exist_ok=True)

    def run(self, *args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.program), *map(str, args)], capture_output=True, text=True,
                              cwd=self.home, env=self.env, stdin=subprocess.DEVNULL, timeout=timeout)

    def ok(self, *args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        result = self.run(*args, timeout=timeout)
        assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stderr}"
        assert "Traceback" not in result.stderr
        return result


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    folder = tmp_path_factory.mktemp("frozen")
    started = time.perf_counter()
    program = build_app.build(folder / "dist", folder / "work", quiet=True)
    elapsed = time.perf_counter() - started
    shutil.rmtree(folder / "work")  # PyInstaller's intermediate files: ~100 MB not needed any more
    assert program.is_file()
    size = build_app.folder_size(program.parent) / 2**20
    print(f"\nfrozen app: built in {elapsed:.0f} s, {size:.0f} MiB")
    return Frozen(program, tmp_path_factory.mktemp("clean-home"), elapsed)


@slow_frozen
def test_the_bundle_holds_its_data_files(frozen: Frozen) -> None:
    data = frozen.program.parent / "_internal"
    assert (data / "app" / "schemes" / "default.toml").is_file()
    catalogs = {path.name for path in (data / "ui" / "translations").glob("*.qm")}
    assert {f"{name}_en.qm" for name in ("common", "office", "reviewer", "chair", "domain")} <= catalogs
    assert (data / "PySide6" / "Qt" / "translations" / "qtbase_zh_CN.qm").is_file()  # Qt's own buttons in Chinese
    qt_plugins = data / "PySide6" / "Qt" / "plugins"
    assert list((qt_plugins / "platforms").glob("*offscreen*")) and list((qt_plugins / "platforms").glob("*xcb*"))
    if sys.platform.startswith("linux"):
        # The build bundles WenQuanYi Micro Hei with its licence when the build machine has it (CI installs it).
        fonts = data / "fonts"
        assert (fonts / "wqy-microhei.ttc").is_file()
        assert (fonts / "licences" / "wqy-microhei" / "copyright").is_file()


@slow_frozen
def test_version_starts_quickly(frozen: Frozen) -> None:
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        result = frozen.ok("--version")
        timings.append(time.perf_counter() - started)
        assert result.stdout.startswith("craftsman-review ")
    print(f"\nfrozen --version: {min(timings):.2f} s (best of 3)")
    assert min(timings) < 5


@slow_frozen
def test_demo_make(frozen: Frozen, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = frozen.ok("demo", "--make", out)
    assert "演示工作区" in result.stdout
    assert (out / "office.db").is_file() and (out / "office.pub").is_file()
    batches = sorted((out / "batches").glob("*.crbatch"))
    assert batches
    checked = json.loads(frozen.ok("batch", "verify", batches[0], "--office-pub", out / "office.pub", "--json").stdout)
    assert checked["ok"] is True, checked


def fill_scores(template: Path, out: Path, reviewer_index: int) -> int:
    """Type scores into a scoring workbook as a reviewer would; the number of candidates scored.

    Candidate k (in workbook order) gets max - 1 - k/2 on every sub-item, so totals never tie on the
    quota line; odd reviewers take half a point off the first sub-item so reviewers differ.
    """
    from openpyxl import load_workbook

    book = load_workbook(template)
    sheet = book["评分表"]
    header_row = next(row for row in range(1, 10) if sheet.cell(row=row, column=1).value == "申报编号")
    headers = {sheet.cell(row=header_row, column=c).value: c for c in range(1, sheet.max_column + 1)}
    item_columns = [c for name, c in headers.items() if name not in ("申报编号", "姓名", "工作单位", "回避", "评语")]
    maxima = {c: Decimal(str(sheet.cell(row=header_row - 1, column=c).value).split()[-1]) for c in item_columns}
    scored = 0
    row = header_row + 1
    while sheet.cell(row=row, column=1).value:
        k = row - header_row - 1
        if sheet.cell(row=row, column=headers["回避"]).value != "是":
            for position, column in enumerate(item_columns):
                value = maxima[column] - 1 - Decimal(k) / 2
                if position == 0 and reviewer_index % 2:
                    value -= Decimal("0.5")
                sheet.cell(row=row, column=column, value=float(value))
            sheet.cell(row=row, column=headers["评语"], value="事迹材料翔实，业绩突出")
            scored += 1
        row += 1
    book.save(out)
    return scored


@slow_frozen
def test_a_full_headless_round(frozen: Frozen, tmp_path: Path) -> None:
    from exports.templates import write_panel_template

    run = frozen.ok
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    database = tmp_path / "office.db"

    # The office: key, blank workbooks, intake of the filled applications, the panel, the batch.
    assert "指纹" in run("keygen", "--out", tmp_path / "office").stdout
    run("template", "applications", tmp_path / "blank-applications.xlsx")
    run("template", "panel", tmp_path / "blank-panel.xlsx")
    assert (tmp_path / "blank-applications.xlsx").is_file() and (tmp_path / "blank-panel.xlsx").is_file()
    applications = write_applications(tmp_path / "apps.xlsx",
                                      [person(n, group="计算机通信") for n in range(1, CANDIDATES + 1)])
    intake = json.loads(run("intake", applications, "--db", database, "--json").stdout)
    assert [c["eligible"] for c in intake["candidates"]] == [True] * CANDIDATES, intake
    write_panel_template(tmp_path / "panel.xlsx", list(PANEL))
    batch = tmp_path / "G03-1.crbatch"
    run("batch", "create", "--db", database, "--group", "G03", "--session", "1", "--panel", tmp_path / "panel.xlsx",
        "--office-key", tmp_path / "office.key", "--passphrase-file", passphrase, "--out", batch)
    checked = json.loads(run("batch", "verify", batch, "--office-pub", tmp_path / "office.pub", "--json").stdout)
    assert checked["ok"] is True, checked

    # Each panel member: a key, the scoring workbook, filled in, signed into a score file (with the PDF sheet).
    common = ["--batch", batch, "--passphrase-file", passphrase]
    score_files = []
    for index, (number, *_rest) in enumerate(PANEL):
        run("keygen", "--out", tmp_path / number)
        template = tmp_path / f"{number}-blank.xlsx"
        run("scores", "template", *common, "--out", template, "--reviewer", number)
        filled = tmp_path / f"{number}.xlsx"
        scored = fill_scores(template, filled, index)
        out = tmp_path / f"{number}.crscore"
        signed = json.loads(run("scores", "import", *common, "--reviewer", number, "--key", tmp_path / f"{number}.key",
                                "--from", filled, "--out", out, "--pdf", tmp_path / f"{number}.pdf", "--json").stdout)
        assert signed["ok"] is True and signed["scored"] == scored, signed
        assert (tmp_path / f"{number}.pdf").read_bytes().startswith(b"%PDF")
        score_files.append(out)

    # The chair: tally, signed package, signed PDF result sheet, workbook.
    package, pdf, xlsx = tmp_path / "G03-1.crresult", tmp_path / "G03-1.pdf", tmp_path / "G03-1.xlsx"
    tally = json.loads(run("tally", *common, "--chair-key", tmp_path / "E01.key", "--out", package,
                           "--pdf", pdf, "--xlsx", xlsx, "--json", *score_files).stdout)
    ranks = [(c["id"], c["rank"]) for c in tally["candidates"]]
    assert ranks == [(f"2024-G01-{n:03d}", n) for n in range(1, CANDIDATES + 1)], ranks
    assert {"ICC1", "ICC2", "ICC3"} <= set(tally["agreement"]["icc"])
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    verified = json.loads(run("verify", package, "--office-pub", tmp_path / "office.pub", "--json").stdout)
    assert verified["ok"] is True and verified["kind"] == "result", verified
    _check_pdf(pdf, tmp_path / "E01.key", [c["name"] for c in tally["candidates"]])

    # The office takes the result back.
    run("office", "ingest", package, "--db", database, "--json")
    listing = tmp_path / "list.xlsx"
    run("office", "export", "--db", database, "--out", listing)
    assert listing.is_file()
    status = run("office", "status", "--db", database, "--json")
    assert "G03" in status.stdout

    # A refusal stays one plain line and exit 1 in the frozen app too.
    refused = frozen.run("verify", applications)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr


def _check_pdf(pdf: Path, chair_key: Path, names: list[str]) -> None:
    """The frozen app's result sheet: PAdES signature valid, Chinese names in an embedded font."""
    from app.keys import load_private_key
    from exports.pdf_signing import validate_signed_pdf

    ok, reason = validate_signed_pdf(pdf, chair_public=load_private_key(chair_key).public_key())
    assert ok, reason
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, timeout=60).stdout
        assert "TrueType" in fonts and " yes " in fonts, fonts  # embedded
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
        for name in names:
            assert name in text.replace(" ", "")


@slow_frozen
def test_the_gui_starts_offscreen(frozen: Frozen, tmp_path: Path) -> None:
    """The reviewer's demo window (Qt widgets, the offscreen platform plugin, QtPdf) stays up.

    The demo writes its workspace to a temporary folder, then opens the reviewer's window on the first
    batch; the reviewer's score store (sessions/<batch>-<reviewer>/scores.sqlite in the demo's app-data)
    appears once the window has unlocked the batch. After that the app must still be running 3 s: a
    missing platform plugin or Qt library ends it (tried: without the offscreen plugin Qt aborts).
    """
    env = {**frozen.env, "TMPDIR": str(tmp_path)}
    process = subprocess.Popen([str(frozen.program), "demo"], cwd=tmp_path, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        opened: list[Path] = []
        while time.monotonic() < deadline and process.poll() is None and not opened:
            opened = list(tmp_path.glob("craftsman-demo-*/app-data/sessions/*/scores.sqlite"))
            time.sleep(0.2)
        assert process.poll() is None, _ended(process)
        assert opened, "the reviewer's window did not open the demo batch within 120 s"
        time.sleep(3)
        assert process.poll() is None, _ended(process)
    finally:
        process.terminate()
        try:
            process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def _ended(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=30)
    return f"the frozen GUI ended with {process.returncode}:\n{out}\n{err}"


def test_the_bundled_font_comes_first_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """exports/fonts.py looks in the bundle's fonts folder before the system's (same PDFs everywhere)."""
    from exports import fonts

    system = fonts.find_cjk_font()
    bundle = tmp_path / "bundle"
    (bundle / "fonts").mkdir(parents=True)
    shutil.copyfile(system, bundle / "fonts" / system.name)
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    assert fonts.find_cjk_font() == system  # not frozen: the bundle is not looked at
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert fonts.find_cjk_font() == bundle / "fonts" / system.name
