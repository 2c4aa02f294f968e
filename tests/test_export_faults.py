"""Output faults: every file a person asks for, written where writing fails, is refused cleanly.

The faults are real (tests/faults.py): a read-only folder, a full disk (a filled tmpfs, or a file
size limit), a folder that is gone or vanishes mid-write, a folder or a read-only file standing at
the target's name, an interrupt. Each time: one plain Chinese line (exit 1, no traceback), no file
at the target name that was not there before (and no temporary file left), an older file at the
target byte for byte as it was, the office database unchanged and intact, and the same command run
again to a good folder succeeds. The reviewer's hand-in in the GUI is in tests/test_ui_reviewer.py.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.errors import OutputError
from exports.files import atomic_write, atomic_write_bytes
from tests.factories import PASSPHRASE, Year, copy_database, make_year
from tests.faults import (
    IS_ROOT,
    as_unprivileged,
    can_drop_capabilities,
    file_size_limit,
    full_disk,
    listing,
    read_only_folder,
    tmpfs_available,
    with_file_size_limit,
)

ROOT = Path(__file__).resolve().parents[1]
OLDER = b"an older file the person wants to keep\n"


# ---------------------------------------------------------------------------------------------
# atomic_write itself, in this process


def test_the_file_and_then_its_folder_are_flushed_before_and_after_the_rename(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:  # the real call, recorded with what it flushed
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    target = tmp_path / "sheet.pdf"
    atomic_write_bytes(target, b"%PDF-1.7 whole")
    assert target.read_bytes() == b"%PDF-1.7 whole"
    assert len(synced) == 2
    assert Path(synced[0]).parent == tmp_path and Path(synced[0]).name.endswith(".part")  # the file, before
    assert Path(synced[1]) == tmp_path  # the folder, after the rename
    assert listing(tmp_path) == {"sheet.pdf": b"%PDF-1.7 whole"}


def half_then(action: Callable[[Path], None]) -> Callable[[Path], None]:
    """A writer that writes half a file, then meets ``action``."""

    def write(path: Path) -> None:
        with path.open("wb") as handle:
            handle.write(b"%PDF-1.7 half of it")
            handle.flush()
            action(path)
            handle.write(b" and the rest")

    return write


def interrupt(_path: Path) -> None:
    raise KeyboardInterrupt


def test_an_interrupt_mid_write_leaves_the_older_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "result.crresult"
    target.write_bytes(OLDER)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, half_then(interrupt))
    assert listing(tmp_path) == {"result.crresult": OLDER}


def test_a_folder_that_vanishes_mid_write_is_one_message(tmp_path: Path) -> None:
    import shutil

    usb = tmp_path / "usb"
    usb.mkdir()
    target = usb / "E01.crscore"
    with pytest.raises(OutputError, match="已不存在") as caught:
        atomic_write(target, half_then(lambda _p: shutil.rmtree(usb)))  # the stick pulled out
    assert str(target) in str(caught.value) and "\n" not in str(caught.value)
    assert not usb.exists() and listing(tmp_path) == {}


def test_a_file_size_limit_mid_write_is_a_full_disk(tmp_path: Path) -> None:
    """RLIMIT_FSIZE for this process for a moment (SIGXFSZ ignored): write() fails with EFBIG."""
    target = tmp_path / "list.xlsx"
    target.write_bytes(OLDER)
    with file_size_limit(16384), pytest.raises(OutputError, match="超出") as caught:
        atomic_write_bytes(target, b"x" * 100_000)
    assert "原有的同名文件未改动" in str(caught.value)
    assert listing(tmp_path) == {"list.xlsx": OLDER}


def test_a_workbook_cut_short_leaves_no_archive_open(tmp_path: Path) -> None:
    """openpyxl's own save leaves its zip archive open on a failed write, and its finaliser prints a
    traceback later (here: an unraisable-exception warning, an error under this project's settings)."""
    import gc

    from openpyxl import Workbook

    from exports.files import workbook_writer

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in range(3000):
        sheet.append([f"{row}-{column}-{os.urandom(6).hex()}" for column in range(12)])  # does not compress away
    target = tmp_path / "survey.xlsx"
    target.write_bytes(OLDER)
    with file_size_limit(65536), pytest.raises(OutputError, match="超出"):
        atomic_write(target, workbook_writer(book))
    gc.collect()  # a leftover archive would be finalised (and fail) now
    assert listing(tmp_path) == {"survey.xlsx": OLDER}
    atomic_write(target, workbook_writer(book))  # the same workbook, once there is room
    from openpyxl import load_workbook

    assert load_workbook(target).active.max_row == 3000  # type: ignore[union-attr]


def test_a_full_disk_mid_write(tmp_path: Path) -> None:
    with full_disk(tmp_path / "stick", keep={"notice.pdf": OLDER}, free=4096) as stick:
        before = listing(stick)
        with pytest.raises(OutputError, match="磁盘空间已满"):
            atomic_write_bytes(stick / "notice.pdf", b"%PDF" + b"x" * 200_000)
        assert listing(stick) == before


def test_a_read_only_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "book.xlsx").write_bytes(OLDER)
    called: list[Path] = []
    with read_only_folder(folder), pytest.raises(OutputError, match="只读"):
        atomic_write(folder / "book.xlsx", called.append)
    assert called == [] and listing(folder) == {"book.xlsx": OLDER}


@pytest.mark.parametrize("obstacle", ["folder", "read-only file", "pipe", "no folder", "file as folder",
                                      "name too long"])
def test_what_stands_at_the_target_is_never_replaced(tmp_path: Path, obstacle: str) -> None:
    target = tmp_path / "out.pdf"
    if obstacle == "folder":
        target.mkdir()
        (target / "inside.txt").write_bytes(OLDER)
    elif obstacle == "read-only file":
        target.write_bytes(OLDER)
        target.chmod(0o444)
    elif obstacle == "pipe":
        os.mkfifo(target)  # as /dev/full would be: writing a file over a device must never happen
    elif obstacle == "file as folder":
        (tmp_path / "notes.txt").write_bytes(OLDER)
        target = tmp_path / "notes.txt" / "out.pdf"
    elif obstacle == "name too long":
        target = tmp_path / ("长" * 100 + ".pdf")  # 300 bytes in UTF-8: over the usual 255
    else:
        target = tmp_path / "gone" / "out.pdf"
    with pytest.raises(OutputError, match="无法保存") as caught:
        atomic_write_bytes(target, b"%PDF new")
    assert str(target) in str(caught.value)
    if obstacle == "folder":
        assert (target / "inside.txt").read_bytes() == OLDER
    elif obstacle == "read-only file":
        assert target.read_bytes() == OLDER and "只读" in str(caught.value)
    elif obstacle == "pipe":
        assert target.is_fifo()
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".part")]


def test_a_writer_that_fails_to_read_its_input_says_so(tmp_path: Path) -> None:
    def write(path: Path) -> None:
        path.write_bytes(b"start")
        (tmp_path / "missing-font.ttf").read_bytes()

    with pytest.raises(OutputError, match=r"无法读取 .*missing-font\.ttf"):
        atomic_write(tmp_path / "x.pdf", write)
    assert listing(tmp_path) == {}


# ---------------------------------------------------------------------------------------------
# Every writer, through the command line


@dataclass(frozen=True)
class Kit:
    year: Year
    passphrase: Path
    filled: Path  # E02's filled offline scoring workbook for G03-1

    @property
    def folder(self) -> Path:
        return self.year.folder


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Kit:
    from app.batch import open_batch
    from exports.score_workbook import write_score_template
    from tests.test_score_workbook import fill_all

    year = make_year(tmp_path_factory.mktemp("faults"))
    passphrase = year.folder / "passphrase.txt"
    passphrase.write_bytes(PASSPHRASE + b"\n")
    batch = open_batch(year.batches[("G03", 1)], PASSPHRASE)
    template = year.folder / "template.xlsx"
    write_score_template(batch, template, reviewer="E02")
    filled = fill_all(batch, template, year.folder / "E02-filled.xlsx")
    return Kit(year, passphrase, filled)


Args = Callable[[Kit, Path, Path], list[str | Path]]


@dataclass(frozen=True)
class Command:
    name: str
    args: Args  # (kit, output folder, office database copy) -> arguments
    outputs: tuple[str, ...]
    extra: str | None = None  # the third fault tried on this command, besides read-only and full


def _tally(kit: Kit, out: Path, _db: Path) -> list[str | Path]:
    here = kit.folder / "G03-1"
    return ["tally", "--batch", kit.year.batches[("G03", 1)], "--passphrase-file", kit.passphrase,
            "--chair-key", here / "E01.key", "--out", out / "r.crresult", "--pdf", out / "r.pdf",
            "--xlsx", out / "r.xlsx", *sorted(here.glob("*.crscore"))]


COMMANDS = [
    Command("keygen", lambda k, o, d: ["keygen", "--out", o / "chair"], ("chair.key", "chair.pub")),
    Command("template applications", lambda k, o, d: ["template", "applications", o / "apps.xlsx"], ("apps.xlsx",),
            "missing"),
    Command("template panel", lambda k, o, d: ["template", "panel", o / "panel.xlsx"], ("panel.xlsx",), "is_dir"),
    Command("batch create", lambda k, o, d: [
        "batch", "create", "--db", d, "--group", "G05", "--session", "1", "--panel", k.folder / "panel.xlsx",
        "--office-key", k.folder / "office.key", "--passphrase-file", k.passphrase, "--out", o / "b.crbatch"],
        ("b.crbatch",), "read_only_file"),
    Command("scores template", lambda k, o, d: [
        "scores", "template", "--batch", k.year.batches[("G03", 1)], "--passphrase-file", k.passphrase,
        "--reviewer", "E01", "--out", o / "sheet.xlsx"], ("sheet.xlsx",), "missing"),
    Command("scores import", lambda k, o, d: [
        "scores", "import", "--batch", k.year.batches[("G03", 1)], "--passphrase-file", k.passphrase,
        "--reviewer", "E02", "--key", k.folder / "G03-1" / "E02.key", "--from", k.filled,
        "--out", o / "E02.crscore", "--pdf", o / "E02.pdf"], ("E02.crscore", "E02.pdf"), "is_dir"),
    Command("tally", _tally, ("r.crresult", "r.pdf", "r.xlsx"), "read_only_file"),
    Command("office export", lambda k, o, d: ["office", "export", "--db", d, "--out", o / "list.xlsx"],
            ("list.xlsx",), "missing"),
    Command("office list", lambda k, o, d: ["office", "list", "--db", d, "--out", o / "list.pdf"], ("list.pdf",),
            "is_dir"),
    Command("office notice", lambda k, o, d: ["office", "notice", "--db", d, "--out", o / "notice.pdf", "--draft"],
            ("notice.pdf",), "read_only_file"),
    Command("office stats", lambda k, o, d: ["office", "stats", "--db", d, "--out", o / "stats.xlsx"],
            ("stats.xlsx",), "missing"),
    Command("office stats per union", lambda k, o, d: ["office", "stats", "--db", d, "--per-union", o / "unions"],
            ("unions",)),
    Command("office survey", lambda k, o, d: ["office", "survey", "--db", d, "--out", o / "survey.xlsx"],
            ("survey.xlsx",), "is_dir"),
    Command("office backup", lambda k, o, d: ["office", "backup", "--db", d, "--out", o / "backup.db"],
            ("backup.db",), "read_only_file"),
]
# Commands whose output is bigger than the SQLite shared memory file (32 KiB) they also write, so that a
# file size limit hits the output and nothing else: the full-disk fault where no tmpfs can be mounted.
SIZE_LIMIT_HITS_ONLY_THE_OUTPUT = {"scores import", "tally", "office list", "office backup"}
SIZE_LIMIT = 40_000
FAULTS_TRIED: list[str] = []


def cli(args: list[str | Path], preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CRAFTSMAN_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          env=env, stdin=subprocess.DEVNULL, timeout=300, preexec_fn=preexec)


def database_state(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return list(connection.iterdump())
    finally:
        connection.close()


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every path below ``folder`` (hidden ones too): a file's bytes, None for a folder."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


@contextmanager
def fault(kind: str, command: Command, out: Path) -> Iterator[tuple[Path, Callable[[], None] | None]]:
    """Set up ``kind`` at the output folder ``out``; yields the folder to write into and the preexec."""
    older = {name: OLDER for name in command.outputs if command.name != "keygen" and "." in name}
    if kind == "read_only":
        if IS_ROOT and not can_drop_capabilities():
            pytest.skip("root cannot drop its capabilities here, so no folder is read-only for it")
        out.mkdir(parents=True)
        for name, data in older.items():
            (out / name).write_bytes(data)
        out.chmod(0o555)
        try:
            yield out, as_unprivileged()
        finally:
            out.chmod(0o755)
    elif kind == "full":
        if tmpfs_available():
            with full_disk(out, keep=older) as stick:
                yield stick, None
        elif command.name in SIZE_LIMIT_HITS_ONLY_THE_OUTPUT:
            out.mkdir(parents=True)
            for name, data in older.items():
                (out / name).write_bytes(data)
            yield out, with_file_size_limit(SIZE_LIMIT)
        else:
            pytest.skip("no tmpfs can be mounted here and a file size limit would hit SQLite's files first")
    elif kind == "missing":
        out.mkdir(parents=True)
        yield out / "the stick that was pulled out", None
    elif kind == "is_dir":
        out.mkdir(parents=True)
        for name in command.outputs:
            (out / name).mkdir()
        yield out, None
    elif kind == "read_only_file":
        out.mkdir(parents=True)
        for name, data in older.items():
            (out / name).write_bytes(data)
            (out / name).chmod(0o444)
        yield out, as_unprivileged()
    else:
        raise AssertionError(kind)


def try_fault(kit: Kit, command: Command, kind: str, base: Path) -> str | None:
    """Run ``command`` against fault ``kind``; None when every promise held, else what broke."""
    database = copy_database(kit.year.database, base / "db")
    before_db = database_state(database)
    with ExitStack() as stack:
        try:
            folder, preexec = stack.enter_context(fault(kind, command, base / "out"))
        except pytest.skip.Exception as skipped:
            return f"skipped: {skipped.msg}"
        watched = folder if folder.exists() else folder.parent
        before = tree(watched)
        result = cli(command.args(kit, folder, database), preexec)
        after = tree(watched)
    FAULTS_TRIED.append(f"{command.name}/{kind}")
    lines = result.stderr.strip().splitlines()
    problems = []
    if result.returncode != 1:
        problems.append(f"exit {result.returncode}")
    if "Traceback" in result.stderr or len(lines) != 1:
        problems.append(f"stderr is not one line: {result.stderr.strip()[-600:]!r}")
    elif not any(name in lines[0] for name in command.outputs) and kind != "missing":
        problems.append(f"the message does not name the file: {lines[0]!r}")
    elif "无法保存" not in lines[0] and "不存在" not in lines[0]:
        problems.append(f"the message does not say what failed: {lines[0]!r}")
    if after != before:
        changed = sorted(set(after) ^ set(before) | {k for k in before if k in after and after[k] != before[k]})
        problems.append(f"the output folder changed: {changed}")
    if database_state(database) != before_db:
        problems.append("the office database changed")
    return f"{command.name} / {kind}: " + "; ".join(problems) if problems else None


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=[c.name.replace(" ", "-") for c in COMMANDS])
def test_each_writer_refuses_a_fault_cleanly_and_then_writes_to_a_good_folder(
        kit: Kit, command: Command, tmp_path: Path) -> None:
    kinds = ["read_only", "full"] + ([command.extra] if command.extra else [])
    with ThreadPoolExecutor(len(kinds)) as pool:  # independent folders and database copies
        outcomes = list(pool.map(lambda kind: try_fault(kit, command, kind, tmp_path / kind), kinds))
    skipped = [o for o in outcomes if o and o.startswith("skipped")]
    failures = [o for o in outcomes if o and not o.startswith("skipped")]
    assert not failures, "\n".join(failures)
    # The session is still usable: the same command, to a good folder, on the same database copy.
    good = tmp_path / "good"
    good.mkdir()
    database = copy_database(kit.year.database, tmp_path / "retry-db")
    result = cli(command.args(kit, good, database))
    assert result.returncode == 0, result.stderr
    for name in command.outputs:
        assert (good / name).exists() and ((good / name).is_dir() or (good / name).stat().st_size > 0)
    assert not [p for p in good.rglob("*") if p.name.endswith(".part")]
    if skipped:
        pytest.skip("; ".join(skipped))


def test_a_full_disk_behind_stdout_is_one_line(kit: Kit) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "app", "verify", str(kit.year.packages[("G03", 1)]), "--json"],
                                stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "磁盘空间已满" in lines[0], result.stderr


def test_the_backup_reports_a_full_disk_in_words(kit: Kit, tmp_path: Path) -> None:
    """Through SQLite, whose own message is "database or disk is full"."""
    from app.office_backup import backup_database

    database = copy_database(kit.year.database, tmp_path / "db")
    with full_disk(tmp_path / "stick", keep={"backup.db": OLDER}, free=16384) as stick:
        before = listing(stick)
        with pytest.raises(OutputError, match="磁盘") as caught:
            backup_database(database, stick / "backup.db")
        assert "backup.db" in str(caught.value) and "原有的同名文件未改动" in str(caught.value)
        assert listing(stick) == before
