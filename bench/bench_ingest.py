"""The office's ingest at the scale of a whole year: verify, recompute and store 100 result packages.

    python -m bench.bench_ingest [--groups 11] [--sessions 100] [--candidates 30] [--reviewers 9]
                                 [--runs 3] [--workdir DIR] [--profile]

Issue 7's limit: 100 packages (11 groups, several sessions each, 30 candidates and 9 reviewers a
session) ingested in under 10 s, recomputation included. The packages are real: one batch per
session made by ``create_batch`` (log_n=10), one ReviewStore per reviewer (every score logged,
filled in one transaction), locked, exported and signed, tallied and packed by the chair's code.
Each run ingests all packages, in order, into a fresh copy of the office database; the median is
printed beside the limit. ``--workdir DIR`` keeps the built files in DIR and reuses them when the
same sizes are asked again; ``--profile`` prints where one run spends its time.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

LIMIT_S = 10.0


def _sessions(groups: int, total: int) -> list[tuple[str, int]]:
    """``total`` sessions spread over ``groups`` groups as evenly as possible (the first groups get one more)."""
    from app.enums import Group

    codes = [g.value for g in list(Group)[:groups]]
    plan = []
    for index, code in enumerate(codes):
        count = total // len(codes) + (1 if index < total % len(codes) else 0)
        plan.extend((code, session) for session in range(1, count + 1))
    return plan


def _build(folder: Path, plan: list[tuple[str, int]], candidates: int, reviewers: int) -> list[Path]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.batch import create_batch, open_batch
    from app.chair import PanelScores
    from app.enums import Group, PanelRole
    from app.keys import generate_keypair, load_private_key
    from app.panel import PanelMember
    from app.result import compute_tally, write_result_package
    from app.review_store import ReviewStore
    from app.scheme import default_scheme_text
    from app.score_file import write_score_file
    from app.storage import OfficeDatabase
    from tests.factories import PASSPHRASE

    office = OfficeDatabase(folder / "office.db")
    rows = []
    for code, session in plan:
        for n in range(1, candidates + 1):
            number = f"2024-{code}-{session:02d}{n:02d}"
            rows.append({"application_no": number, "name": f"候选人{code}{session}{n}", "group": code,
                         "channel": "unit", "union": f"工会{n % 7}", "employer": f"单位{code}{session}{n}",
                         "trade": "数控车工", "gender": "male", "eligible": 1, "stage": "eligibility",
                         "session": session, "seq": len(rows) + 1})
    with office.atomic():
        office.table("candidates").insert_all(rows)
    office_key = load_private_key(generate_keypair(folder / "office").private_path)
    rng = random.Random(2024)
    packages = []
    for code, session in plan:
        group = Group.from_value(code)
        assert group is not None
        keys = {f"E{n:02d}": Ed25519PrivateKey.generate() for n in range(1, reviewers + 1)}
        panel = [PanelMember(number, f"专家{number}", f"大学{number}", PanelRole.CHAIR if number == "E01"
                             else PanelRole.REVIEWER) for number in keys]
        path = folder / f"{code}-{session}.crbatch"
        create_batch(office, group=group, session=session, panel=panel, office_key=office_key,
                     passphrase=PASSPHRASE, scheme_text=default_scheme_text(), out=path, year=2024, log_n=10)
        batch = open_batch(path, PASSPHRASE)
        ids = [c["application_no"] for c in batch.candidates]
        items = batch.scheme.item_keys()
        maxima = {key: int(batch.scheme.item(key)[1].max) for key in items}
        scores = PanelScores(batch)
        for member in panel:
            store = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer=member.number,
                                scheme=batch.scheme, candidates=ids)
            with store.db.atomic():  # one transaction: building the benchmark, not measuring autosave
                for number in ids:
                    for key in items:
                        store.set_score(number, key, Decimal(rng.randint(maxima[key], 2 * maxima[key])) / 2)
                    store.set_comment(number, "材料翔实")
                    store.set_complete(number)
                store.lock()
            out = folder / "scores" / f"{code}-{session}-{member.number}.crscore"
            out.parent.mkdir(exist_ok=True)
            write_score_file(store, batch, keys[member.number], out)
            store.close()
            scores.add(out)
        package = folder / f"{code}-{session}.crresult"
        # Break any tie on the quota line as a chair would: the decision is recorded in the package.
        tally = compute_tally(batch, scores)
        decisions = [list(tie) for tie in tally.ties]
        if decisions:
            tally = compute_tally(batch, scores, decisions)
        write_result_package(batch, scores, tally, keys["E01"], package, notes="基准测试")
        packages.append(package)
    office.close()
    return packages


def _fresh_copy(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _ingest_all(database: Path, packages: list[Path]) -> float:
    from app.office_results import ingest_result
    from app.storage import OfficeDatabase

    office = OfficeDatabase(database, create=False)
    try:
        started = time.perf_counter()
        for package in packages:
            report = ingest_result(office, package)
            assert report.status == "stored", report.message
        return time.perf_counter() - started
    finally:
        office.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--groups", type=int, default=11)
    parser.add_argument("--sessions", type=int, default=100, help="result packages in all (default 100)")
    parser.add_argument("--candidates", type=int, default=30, help="candidates per session (default 30)")
    parser.add_argument("--reviewers", type=int, default=9, help="panel members per session (default 9)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, help="build (or reuse) the packages here instead of a temporary folder")
    parser.add_argument("--profile", action="store_true", help="profile one more run and print the top functions")
    args = parser.parse_args()
    plan = _sessions(args.groups, args.sessions)
    sizes = {"plan": plan, "candidates": args.candidates, "reviewers": args.reviewers}

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.workdir or Path(scratch) / "year"
        folder.mkdir(parents=True, exist_ok=True)
        manifest = folder / "bench.json"
        packages = [folder / f"{code}-{session}.crresult" for code, session in plan]
        if (manifest.exists() and json.loads(manifest.read_text()) == json.loads(json.dumps(sizes))
                and all(p.exists() for p in packages)):
            print(f"reusing the {len(packages)} packages in {folder}")
        else:
            if any(folder.iterdir()):
                for path in sorted(folder.rglob("*"), reverse=True):
                    path.rmdir() if path.is_dir() else path.unlink()
            started = time.perf_counter()
            packages = _build(folder, plan, args.candidates, args.reviewers)
            manifest.write_text(json.dumps(sizes))
            print(f"built {len(packages)} packages ({len({g for g, _ in plan})} groups, {args.candidates} candidates "
                  f"and {args.reviewers} reviewers a session) in {time.perf_counter() - started:.1f} s; "
                  f"{sum(p.stat().st_size for p in packages) / 1e6:.1f} MB")
        database = Path(scratch) / "ingest.db"
        times = []
        for _ in range(args.runs):
            _fresh_copy(folder / "office.db", database)
            times.append(_ingest_all(database, packages))
        median = statistics.median(times)
        runs = ", ".join(f"{t:.2f}" for t in times)
        print(f"ingest {len(packages)} packages (verify, recompute, store)  {median:6.2f} s   limit {LIMIT_S:.0f} s: "
              f"{'ok' if median < LIMIT_S else 'OVER'}   ({median / len(packages) * 1000:.0f} ms a package; "
              f"runs {runs})")
        if args.profile:
            import cProfile
            import pstats

            _fresh_copy(folder / "office.db", database)
            profiler = cProfile.Profile()
            profiler.enable()
            _ingest_all(database, packages)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
