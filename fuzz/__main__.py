"""Run a coverage-guided fuzz target (atheris) for a set time: ``python -m fuzz READER --seconds N``.

    .venv/bin/python -m fuzz list                   the readers
    .venv/bin/python -m fuzz seeds                  (re)make the seed files and corpora
    .venv/bin/python -m fuzz batch --seconds 60     fuzz one reader; ``all`` runs each in turn
    .venv/bin/python -m fuzz batch --replay FILE    run one saved input and show what it raised

Seeds are made by the project itself (fuzz/world.py) into fuzz/work/ (gitignored), with the corpus
each run grows and the inputs of every crash. atheris is installed into this Python on first use
(the ``fuzz`` optional dependencies); it is not needed by the test suite, whose property tests use
the same targets through hypothesis. Prints executions and distinct crashes per reader.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import re
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "fuzz" / "work"
READERS = ("batch", "score_file", "result", "applications", "panel", "score_workbook", "scheme", "keys",
           "signed_file", "backup")
# Imported inside atheris' instrumentation so that coverage guides the fuzzer through them.
_INSTRUMENTED = ("app.batch", "app.score_file", "app.result", "app.office_results", "app.intake", "app.panel",
                 "app.score_workbook", "app.scheme", "app.keys", "app.signed_file", "app.office_backup",
                 "app.review_store", "app.workbook", "scoring", "openpyxl", "tomllib")


def target_class(reader: str) -> Any:
    return importlib.import_module(f"fuzz.fuzz_{reader}").TARGET


def make_target(reader: str, world: Any) -> Any:
    from fuzz.harness import Scratch

    return target_class(reader)(world, Scratch())


def make_seeds(work: Path = WORK) -> Any:
    """Build the world (once) and write every reader's seed corpus; returns the world."""
    from fuzz.world import ensure

    world = ensure(work / "world")
    for reader in READERS:
        corpus = work / "corpus" / reader
        corpus.mkdir(parents=True, exist_ok=True)
        for seed in make_target(reader, world).seeds():
            name = "seed-" + hashlib.sha256(seed).hexdigest()[:16]
            (corpus / name).write_bytes(seed)
    return world


def ensure_atheris() -> None:
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris 未安装，正在安装（pip install atheris）…", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "atheris>=2.3"], check=True)


# ---------------------------------------------------------------------------------------------
# The child: one atheris process per reader


class Recorder:
    """Counts executions and distinct crashes; saves each new crash's input and traceback."""

    def __init__(self, reader: str, work: Path) -> None:
        self.reader = reader
        self.crash_dir = work / "crashes" / reader
        self.crash_dir.mkdir(parents=True, exist_ok=True)
        self.stats_path = work / "stats" / f"{reader}.json"
        self.stats_path.parent.mkdir(parents=True, exist_ok=True)
        self.executions = 0
        self.crashes: dict[str, dict[str, Any]] = {}
        self.started = time.monotonic()
        self.last_write = 0.0

    def crash(self, data: bytes, crash: Exception) -> None:
        from fuzz.harness import signature

        key = signature(crash)  # type: ignore[arg-type]
        entry = self.crashes.get(key)
        if entry is None:
            name = "crash-" + hashlib.sha256(data).hexdigest()[:16]
            (self.crash_dir / name).write_bytes(data)
            text = "".join(traceback.format_exception(crash.__cause__ or crash))
            (self.crash_dir / (name + ".txt")).write_text(f"{key}\n{crash}\n\n{text}", encoding="utf-8")
            entry = self.crashes[key] = {"count": 0, "input": str(self.crash_dir / name), "what": str(crash)}
            print(f"\n*** CRASH [{self.reader}] {key}: {crash} -> {self.crash_dir / name}", flush=True)
            self.write()
        entry["count"] += 1

    def write(self) -> None:
        self.last_write = time.monotonic()
        self.stats_path.write_text(json.dumps({
            "reader": self.reader, "executions": self.executions, "seconds": round(self.last_write - self.started, 1),
            "crashes": self.crashes}, ensure_ascii=False, indent=1), encoding="utf-8")


def child(reader: str, work: Path, libfuzzer_args: list[str]) -> None:
    import atheris

    with atheris.instrument_imports():
        for module in _INSTRUMENTED:
            importlib.import_module(module)
    from fuzz.harness import Crash, check
    from fuzz.world import load

    target = make_target(reader, load(work / "world"))
    recorder = Recorder(reader, work)
    recorder.write()

    def one_input(data: bytes) -> None:
        recorder.executions += 1
        try:
            check(lambda: target.run(data))
        except Crash as crash:
            recorder.crash(data, crash)
        if time.monotonic() - recorder.last_write > 2:
            recorder.write()

    atheris.Setup([sys.argv[0], *libfuzzer_args], one_input)
    atheris.Fuzz()


# ---------------------------------------------------------------------------------------------
# The parent


def run_reader(reader: str, seconds: int, work: Path) -> dict[str, Any]:
    corpus = work / "corpus" / reader
    crashes = work / "crashes" / reader
    crashes.mkdir(parents=True, exist_ok=True)
    longest = max((p.stat().st_size for p in corpus.iterdir()), default=4096)
    args = [f"-max_total_time={seconds}", "-timeout=60", "-rss_limit_mb=3072", f"-max_len={longest + 4096}",
            f"-artifact_prefix={crashes}/", "-print_final_stats=1", str(corpus)]
    print(f"== {reader}: {seconds} s (atheris/libFuzzer), corpus {corpus}", flush=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    process = subprocess.run([sys.executable, "-m", "fuzz", "_child", reader, "--work", str(work), "--", *args],
                             cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True, errors="replace")
    runs = re.findall(r"Done (\d+) runs in (\d+) second", process.stderr)
    tail = [line for line in process.stderr.splitlines() if "ERROR" in line or "crash" in line.lower()]
    stats_path = work / "stats" / f"{reader}.json"
    stats = json.loads(stats_path.read_text(encoding="utf-8")) if stats_path.exists() else {}
    executions = int(runs[-1][0]) if runs else int(stats.get("executions", 0))
    crashes_found = dict(stats.get("crashes", {}))
    if process.returncode != 0 and not runs:  # libFuzzer itself stopped: a hang, out of memory or a fatal error
        crashes_found["libFuzzer: " + (tail[-1] if tail else f"exit {process.returncode}")] = {"count": 1}
    return {"reader": reader, "executions": executions, "seconds": seconds, "crashes": crashes_found,
            "exit": process.returncode}


def replay(reader: str, path: Path, work: Path) -> int:
    from fuzz.harness import Crash, check
    from fuzz.world import ensure

    target = make_target(reader, ensure(work / "world"))
    try:
        check(lambda: target.run(path.read_bytes()))
    except Crash as crash:
        traceback.print_exception(crash.__cause__ or crash)
        print(f"CRASH: {crash}")
        return 1
    print("通过：读取正常返回，或以本程序自己的错误拒绝")
    return 0


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_child"]:
        split = argv.index("--")  # _child READER --work DIR -- LIBFUZZER_ARGS...
        child(argv[1], Path(argv[argv.index("--work") + 1]), argv[split + 1:])
        return
    parser = argparse.ArgumentParser(prog="python -m fuzz", description="Fuzz the readers of outside data.")
    parser.add_argument("reader", choices=(*READERS, "all", "list", "seeds"))
    parser.add_argument("--seconds", type=int, default=60, help="time per reader (default 60)")
    parser.add_argument("--replay", type=Path, help="run one saved input instead of fuzzing")
    parser.add_argument("--work", type=Path, default=WORK, help="seeds, corpora and crashes (default fuzz/work)")
    args = parser.parse_args(argv)
    if args.reader == "list":
        print("\n".join(READERS))
        return
    if args.replay is not None:
        raise SystemExit(replay(args.reader, args.replay, args.work))
    make_seeds(args.work)
    if args.reader == "seeds":
        print(f"seeds written under {args.work / 'corpus'}")
        return
    ensure_atheris()
    results = [run_reader(reader, args.seconds, args.work)
               for reader in (READERS if args.reader == "all" else (args.reader,))]
    print("\nreader            executions  seconds  distinct crashes")
    for result in results:
        print(f"{result['reader']:<16} {result['executions']:>11}  {result['seconds']:>7}  {len(result['crashes']):>5}")
        for key, entry in result["crashes"].items():
            print(f"    {key}  (x{entry.get('count', 1)}) {entry.get('input', '')}")
    raise SystemExit(1 if any(r["crashes"] for r in results) else 0)


if __name__ == "__main__":
    main()
