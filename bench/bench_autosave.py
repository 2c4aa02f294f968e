"""Benchmark of one autosave: ``ReviewStore.set_score`` against a bare sqlite3 upsert and commit.

Run from the project root:

    .venv/bin/python -m bench.bench_autosave [--ops 3000] [--workdir DIR]

Issue 4's limit: an autosave commit with synchronous=FULL within 3x of a bare sqlite3 upsert and
commit with the same settings, measured in the same run. Both databases are files in the same
temporary folder, in WAL mode with synchronous=FULL. One autosave is one ``set_score`` call on a
file-backed review store: the score's upsert and the tamper-evident log entry (a SHA-256 over the
previous head) in one transaction, through sqlite-utils, on the SQLCipher-encrypted file (issue 9:
AES-256 and an HMAC per page, raw key). The bare one is ``INSERT ... ON CONFLICT DO
UPDATE`` plus ``commit()`` on a plain sqlite3 connection. sqlite-utils' own ``table.upsert`` with a
commit, and the bare upsert on a SQLCipher file under the same kind of key, are shown for reference
(the second is what the encryption alone costs). Every write changes the stored value (the store skips writes that
change nothing); the measurements are interleaved in blocks so that a noisy neighbour slows all of
them alike. The script reports and always exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlite_utils

from app.review_store import ReviewStore, connect, format_score, store_key
from app.scheme import default_scheme

LIMIT = 3.0
BLOCK = 100
WARMUP = 200
CANDIDATES = [f"2024-G01-{n:03d}" for n in range(1, 41)]


def _pragmas(conn: Any) -> None:  # a sqlite3 or a SQLCipher (sqlcipher3) connection
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")


def _workload(keys: list[str], count: int) -> list[tuple[str, str, Decimal]]:
    """(candidate, item, value): every cell in turn, each visit a different value from the last."""
    cells = [(candidate, key) for candidate in CANDIDATES for key in keys]
    return [(*cells[i % len(cells)], Decimal(1 + (i // len(cells)) % 2)) for i in range(count)]


def _summary(samples: list[int]) -> tuple[float, float, float]:
    """(median, 95th percentile, mean) in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) / 1e6, p95 / 1e6, statistics.fmean(ordered) / 1e6


def run(ops: int, folder: Path) -> dict[str, tuple[float, float, float]]:
    scheme = default_scheme()
    keys = scheme.item_keys()
    key = store_key(bytes(32), "b" * 32, "E01")
    store = ReviewStore(folder / "store.sqlite", batch_id="b" * 32, reviewer="E01", scheme=scheme,
                        candidates=CANDIDATES, key=key)
    cipher = connect(folder / "cipher.sqlite", store_key(bytes(32), "b" * 32, "E02"))
    _pragmas(cipher)
    cipher.execute("CREATE TABLE scores (candidate TEXT, item TEXT, value TEXT, PRIMARY KEY (candidate, item))")
    cipher.commit()
    bare = sqlite3.connect(folder / "bare.sqlite")
    _pragmas(bare)
    bare.execute("CREATE TABLE scores (candidate TEXT, item TEXT, value TEXT, PRIMARY KEY (candidate, item))")
    bare.commit()
    utils_db = sqlite_utils.Database(folder / "utils.sqlite")
    _pragmas(utils_db.conn)
    utils_db["scores"].create({"candidate": str, "item": str, "value": str}, pk=("candidate", "item"))
    utils_table = utils_db.table("scores")

    def autosave(candidate: str, item: str, value: Decimal) -> None:
        store.set_score(candidate, item, value)

    def bare_upsert(candidate: str, item: str, value: Decimal) -> None:
        bare.execute("INSERT INTO scores (candidate, item, value) VALUES (?, ?, ?) "
                     "ON CONFLICT (candidate, item) DO UPDATE SET value = excluded.value",
                     (candidate, item, format_score(value)))
        bare.commit()

    def cipher_upsert(candidate: str, item: str, value: Decimal) -> None:
        cipher.execute("INSERT INTO scores (candidate, item, value) VALUES (?, ?, ?) "
                       "ON CONFLICT (candidate, item) DO UPDATE SET value = excluded.value",
                       (candidate, item, format_score(value)))
        cipher.commit()

    def utils_upsert(candidate: str, item: str, value: Decimal) -> None:
        with utils_db.conn:
            utils_table.upsert({"candidate": candidate, "item": item, "value": format_score(value)},
                               pk=("candidate", "item"))

    measured: dict[str, Callable[[str, str, Decimal], None]] = {
        "ReviewStore.set_score (autosave)": autosave,
        "bare sqlite3 upsert + commit": bare_upsert,
        "sqlite-utils upsert + commit (reference)": utils_upsert,
        "bare SQLCipher upsert + commit (reference)": cipher_upsert,
    }
    work = _workload(keys, WARMUP + ops)
    samples: dict[str, list[int]] = {name: [] for name in measured}
    clock = time.perf_counter_ns
    try:
        for call in measured.values():  # warm-up: caches, first inserts of every cell
            for candidate, item, value in work[:WARMUP]:
                call(candidate, item, value)
        for start in range(WARMUP, WARMUP + ops, BLOCK):
            block = work[start:start + BLOCK]
            for name, call in measured.items():
                sink = samples[name]
                for candidate, item, value in block:
                    began = clock()
                    call(candidate, item, value)
                    sink.append(clock() - began)
        store.verify()
    finally:
        store.close()
        bare.close()
        cipher.close()
        utils_db.close()
    return {name: _summary(values) for name, values in samples.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ops", type=int, default=3000, help="measured writes of each kind (default 3000)")
    parser.add_argument("--workdir", type=Path, help="where to put the temporary databases (default: system temp)")
    args = parser.parse_args(argv)
    print(f"autosave benchmark: {args.ops} writes each, WAL + synchronous=FULL, "
          f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {platform.machine()}")
    with tempfile.TemporaryDirectory(prefix="craftsman-bench-", dir=args.workdir) as folder:
        results = run(args.ops, Path(folder))
    width = max(len(name) for name in results)
    print(f"  {'':{width}}  {'median':>9}  {'p95':>9}  {'mean':>9}")
    for name, (median, p95, mean) in results.items():
        print(f"  {name:{width}}  {median:7.3f}ms  {p95:7.3f}ms  {mean:7.3f}ms")
    names = list(results)
    store, bare = results[names[0]], results[names[1]]
    ratio_median, ratio_p95 = store[0] / bare[0], store[1] / bare[1]
    verdict = "within" if ratio_median <= LIMIT else "OVER"
    print(f"  autosave / bare: median {ratio_median:.2f}x, p95 {ratio_p95:.2f}x "
          f"(limit {LIMIT:g}x on the median: {verdict})")
    return 0


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):
        sys.exit(main())
