"""Benchmark of dossier batches (.crbatch): build, open, key derivation, memory and full verification.

Run from the project root (see bench/README.md):

    .venv/bin/python -m bench.bench_batch [--size-mb 800] [--candidates 40]

In a temporary folder it builds an office database with the candidates of one session and about
``--size-mb`` MB of random attachments, writes the session's batch with ``create_batch`` (the default
key-derivation work factor), and prints each figure beside its limit:

- build time of ``create_batch`` against the raw cipher encrypting as many bytes (within 2x);
- time to open the batch to its candidate list without the key derivation against the raw cipher
  decrypting the manifest alone (within 2x, and under 1 s);
- the key derivation's own time;
- peak memory (RSS) of a fresh process that opens the batch and views every attachment one at a time
  (under 300 MB), and of one that views a single attachment of the largest size intake accepts;
- the time of ``verify_batch`` (every hash checked).

MB here is 10^6 bytes. The script always exits 0: it reports, it does not judge.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

MB = 1_000_000
CHUNK = 1024 * 1024  # the format's chunk size (docs: AES-256-GCM STREAM, 1 MiB chunks)
TAG = 16
PASSPHRASE = b"bench passphrase 2024"
FILE_KINDS = (
    ("身份证复印件.pdf", "id_card", "application/pdf"),
    ("工会会员卡.png", "union_card", "image/png"),
    ("证书.pdf", "certificate", "application/pdf"),
    ("照片.jpg", "photo", "image/jpeg"),
)
PROJECT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------------------------------------
# Measuring


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def max_rss_bytes() -> int:
    """This process's peak resident memory.

    On Linux, VmHWM of /proc/self/status: ``ru_maxrss`` survives exec, so a process started by a big
    parent (this benchmark holds hundreds of MB when it starts the viewer) would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage if sys.platform == "darwin" else usage * 1024  # Linux reports KiB, macOS bytes


def _nonce(blob: int, chunk: int, last: bool) -> bytes:
    return blob.to_bytes(4, "big") + chunk.to_bytes(7, "big") + (b"\x01" if last else b"\x00")


def raw_encrypt_seconds(total: int) -> float:
    """AES-256-GCM alone over ``total`` bytes in 1 MiB chunks (memoryview slices of a random buffer)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(AESGCM.generate_key(bit_length=256))
    buffer = os.urandom(64 * CHUNK)
    view = memoryview(buffer)
    started = time.perf_counter()
    done = index = 0
    while done < total:
        size = min(CHUNK, total - done)
        start = (index % 64) * CHUNK
        aead.encrypt(_nonce(1, index, done + size >= total), view[start:start + size], b"0" * 32)
        done += size
        index += 1
    return time.perf_counter() - started


def raw_sha256_seconds(total: int) -> float:
    buffer = memoryview(os.urandom(64 * CHUNK))
    digest = hashlib.sha256()
    started = time.perf_counter()
    done = 0
    while done < total:
        size = min(len(buffer), total - done)
        digest.update(buffer[:size])
        done += size
    digest.hexdigest()
    return time.perf_counter() - started


def raw_write_seconds(folder: Path, total: int) -> float:
    buffer = memoryview(os.urandom(64 * CHUNK))
    path = folder / "raw-write.bin"
    started = time.perf_counter()
    with path.open("wb") as handle:
        done = 0
        while done < total:
            size = min(CHUNK, total - done)
            handle.write(buffer[(done // CHUNK % 64) * CHUNK:][:size])
            done += size
        handle.flush()
        os.fsync(handle.fileno())
    elapsed = time.perf_counter() - started
    path.unlink()
    return elapsed


def raw_sqlite_read_seconds(database: Path) -> float:
    import sqlite3

    connection = sqlite3.connect(database)
    try:
        ids = [row[0] for row in connection.execute("SELECT id FROM attachments ORDER BY id")]
        started = time.perf_counter()
        for attachment_id in ids:
            with connection.blobopen("attachments", "data", attachment_id, readonly=True) as blob:
                while blob.read(CHUNK):
                    pass
        return time.perf_counter() - started
    finally:
        connection.close()


def raw_manifest_decrypt_seconds(path: Path, offset: int, length: int, key: bytes, aad: bytes) -> float:
    """Read the manifest's ciphertext and AES-GCM-decrypt it: the floor for opening a batch."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    started = time.perf_counter()
    with path.open("rb") as handle:
        handle.seek(offset)
        ciphertext = handle.read(length)
    aead = AESGCM(key)
    view = memoryview(ciphertext)
    step = CHUNK + TAG
    count = max(1, -(-len(view) // step))
    for index in range(count):
        aead.decrypt(_nonce(0, index, index == count - 1), view[index * step:(index + 1) * step], aad)
    return time.perf_counter() - started


# ------------------------------------------------------------------------------------------------
# The data


def build_office(folder: Path, candidates: int, total: int, files_per_candidate: int) -> Path:
    """An office database with ``candidates`` eligible G03 candidates and ``total`` bytes of attachments."""
    from app.intake import IntakeRules, run_intake
    from app.storage import OfficeDatabase
    from tests.factories import person, write_applications

    rows = [person(n, group="计算机通信") for n in range(1, candidates + 1)]
    applications = write_applications(folder / "applications.xlsx", rows)
    database = folder / "office.db"
    office = OfficeDatabase(database)
    try:
        report = run_intake(applications, office, rules=IntakeRules(today=dt.date(2024, 7, 1), year=2024))
        if not all(c.eligible for c in report.candidates):
            raise SystemExit("bench: the generated applications are not all eligible")
        count = candidates * files_per_candidate
        sizes = [total // count] * count
        sizes[-1] += total - sum(sizes)
        index = 0
        for cand in report.candidates:
            with office.atomic():
                for number in range(files_per_candidate):
                    data = os.urandom(sizes[index])
                    index += 1
                    name, kind, media_type = FILE_KINDS[number % len(FILE_KINDS)]
                    if number >= len(FILE_KINDS):
                        name = f"{number}-{name}"
                    office.table("attachments").insert({
                        "application_no": cand.application_no, "kind": kind, "filename": name,
                        "media_type": media_type, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                        "data": data})
    finally:
        office.close()
    return database


def make_batch(database: Path, out: Path, office_key: Ed25519PrivateKey) -> None:
    """The session's batch, as the office builds it: default work factor, default scheme, 7 members."""
    from app.batch import create_batch
    from app.enums import Group, PanelRole
    from app.panel import PanelMember
    from app.scheme import default_scheme_text
    from app.storage import OfficeDatabase

    panel = [PanelMember(f"E{n:02d}", f"专家{n}", f"第{n}研究院", PanelRole.CHAIR if n == 1 else PanelRole.REVIEWER)
             for n in range(1, 8)]
    office = OfficeDatabase(database, create=False)
    try:
        create_batch(office, group=Group.G03, session=1, panel=panel, office_key=office_key,
                     passphrase=PASSPHRASE, scheme_text=default_scheme_text(), out=out)
    finally:
        office.close()


# ------------------------------------------------------------------------------------------------
# Peak memory, in a fresh process


def child_view(path: Path, with_kdf: bool) -> None:
    """Open the batch (passphrase or data key on stdin) and view every attachment one at a time."""
    secret = sys.stdin.buffer.readline().rstrip(b"\n")
    from app.batch import open_batch

    baseline = max_rss_bytes()
    started = time.perf_counter()
    key = None if with_kdf else bytes.fromhex(secret.decode())
    opened = open_batch(path, secret if with_kdf else b"", data_key=key)
    opened_at = time.perf_counter() - started
    after_open = max_rss_bytes()
    count = viewed = 0
    largest = 0
    started = time.perf_counter()
    for cand in opened.candidates:
        for item in cand["attachments"]:
            data = opened.attachment(item["blob"])
            count += 1
            viewed += len(data)
            largest = max(largest, len(data))
            del data
    print(json.dumps({"baseline": baseline, "after_open": after_open, "peak": max_rss_bytes(),
                      "attachments": count, "bytes": viewed, "largest": largest, "open_s": opened_at,
                      "view_s": time.perf_counter() - started}))


def measure_child(path: Path, secret: bytes, with_kdf: bool) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.bench_batch", "--child-view", str(path)]
    if not with_kdf:
        command.append("--child-data-key")
    result = subprocess.run(command, input=secret + b"\n", capture_output=True, cwd=PROJECT, timeout=600,
                            check=False)
    if result.returncode != 0:
        raise SystemExit(f"bench: the viewing process failed:\n{result.stderr.decode(errors='replace')}")
    data: dict[str, Any] = json.loads(result.stdout)
    return data


# ------------------------------------------------------------------------------------------------
# The report


@dataclass
class Row:
    name: str
    value: str
    limit: str = ""
    verdict: str = ""


def verdict(ok: bool, detail: str = "") -> str:
    return ("ok" if ok else "OVER") + (f" ({detail})" if detail else "")


def seconds(value: float) -> str:
    if value < 0.001:
        return f"{value * 1e6:.0f} us"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def megabytes(value: float) -> str:
    return f"{value / MB:.0f} MB"


def print_table(rows: list[Row]) -> None:
    widths = [max(len(getattr(r, f)) for r in rows) for f in ("name", "value", "limit")]
    header = Row("measure", "value", "limit", "verdict")
    for row in [header, Row("-" * widths[0], "-" * widths[1], "-" * widths[2], "-------"), *rows]:
        print(f"{row.name:<{widths[0]}}  {row.value:>{widths[1]}}  {row.limit:<{widths[2]}}  {row.verdict}")


def run(args: argparse.Namespace) -> None:
    import cryptography
    from cryptography.hazmat.backends.openssl import backend
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.batch import open_batch, read_batch_header, unlock_key, verify_batch
    from app.crypto_box import DEFAULT_LOG_N

    total = int(args.size_mb * MB)
    work = Path(tempfile.mkdtemp(prefix="bench-batch-", dir=args.workdir))
    print(f"bench_batch: {args.candidates} candidates x {args.files} files, {total / MB:.0f} MB of attachments, "
          f"log_n={DEFAULT_LOG_N}, median of {args.runs} runs; in {work}")
    print(f"  python {platform.python_version()}, cryptography {cryptography.__version__} "
          f"({backend.openssl_version_text()}), {os.cpu_count()} CPUs, {platform.machine()}")
    try:
        started = time.perf_counter()
        database = build_office(work, args.candidates, total, args.files)
        print(f"  office database built in {time.perf_counter() - started:.1f} s "
              f"({database.stat().st_size / MB:.0f} MB)")

        batch = work / "batch.crbatch"
        office_key = Ed25519PrivateKey.generate()

        def build() -> None:
            batch.unlink(missing_ok=True)
            make_batch(database, batch, office_key)

        build_s = median_time(build, args.runs)
        raw_encrypt_s = statistics.median(raw_encrypt_seconds(total) for _ in range(3))
        header = read_batch_header(batch)
        kdf_s = median_time(lambda: unlock_key(header, PASSPHRASE, batch), 3)
        key = unlock_key(header, PASSPHRASE, batch)
        manifest = header.blobs[0]
        aad = header.identity.batch_id.encode("ascii")
        open_s = median_time(lambda: open_batch(batch, b"", data_key=key), 11)
        raw_open_s = statistics.median(
            raw_manifest_decrypt_seconds(batch, header.signed.payload_offset + manifest.offset, manifest.length,
                                         key, aad) for _ in range(11))
        header_s = median_time(lambda: read_batch_header(batch), 11)
        verify_s = median_time(lambda: verify_batch(batch), args.runs)
        opened = open_batch(batch, b"", data_key=key)
        assert len(opened.candidates) == args.candidates
        sha_s = statistics.median(raw_sha256_seconds(total) for _ in range(3))
        write_s = raw_write_seconds(work, batch.stat().st_size)
        sqlite_s = raw_sqlite_read_seconds(database)
        memory = measure_child(batch, PASSPHRASE, with_kdf=True)
        memory_no_kdf = measure_child(batch, key.hex().encode(), with_kdf=False)

        big: dict[str, Any] | None = None
        if args.big_mb > 0:
            big_folder = work / "big"
            big_folder.mkdir()
            big_database = build_office(big_folder, 1, int(args.big_mb * MB), 1)
            big_batch = big_folder / "big.crbatch"
            make_batch(big_database, big_batch, office_key)
            big = measure_child(big_batch, PASSPHRASE, with_kdf=True)

        size = batch.stat().st_size
        rows = [
            Row(f"build: create_batch, {size / MB:.0f} MB file", seconds(build_s),
                f"<= 2 x raw encrypt = {seconds(2 * raw_encrypt_s)}",
                verdict(build_s <= 2 * raw_encrypt_s, f"{build_s / raw_encrypt_s:.1f}x")),
            Row(f"  raw AES-256-GCM encrypt {total / MB:.0f} MB", seconds(raw_encrypt_s)),
            Row("  build throughput", f"{total / MB / build_s:.0f} MB/s"),
            Row("  of which one key derivation", seconds(kdf_s)),
            Row("  build less the key derivation", seconds(build_s - kdf_s), "(for reference)",
                f"{(build_s - kdf_s) / raw_encrypt_s:.1f}x raw"),
            Row(f"  raw SHA-256 of {total / MB:.0f} MB", seconds(sha_s)),
            Row("  raw read of the attachments from SQLite", seconds(sqlite_s)),
            Row(f"  raw write + fsync of {size / MB:.0f} MB", seconds(write_s)),
            Row("open to the candidate list, no KDF", seconds(open_s),
                f"<= 2 x raw = {seconds(2 * raw_open_s)}; < 1 s",
                verdict(open_s <= 2 * raw_open_s and open_s < 1, f"{open_s / raw_open_s:.1f}x")),
            Row(f"  raw read + decrypt of the manifest ({manifest.size / 1000:.0f} kB)", seconds(raw_open_s)),
            Row("  of which read_batch_header (signature, header)", seconds(header_s)),
            Row(f"key derivation (unlock_key, scrypt 2^{header.kdf.log_n})", seconds(kdf_s), "shown separately"),
            Row(f"peak RSS: open + view all {memory['attachments']} attachments", megabytes(memory["peak"]),
                "< 300 MB", verdict(memory["peak"] < 300 * MB)),
            Row("  after imports / after open (with KDF)",
                f"{megabytes(memory['baseline'])} / {megabytes(memory['after_open'])}"),
            Row("  peak with the data key given (no KDF)", megabytes(memory_no_kdf["peak"]), "< 300 MB",
                verdict(memory_no_kdf["peak"] < 300 * MB)),
            Row("  time to view every attachment", seconds(memory["view_s"])),
            Row("verify_batch (every hash)", seconds(verify_s), "",
                f"{size / MB / verify_s:.0f} MB/s"),
        ]
        if big is not None:
            rows.append(Row(f"peak RSS: view one {big['largest'] / MB:.0f} MB attachment", megabytes(big["peak"]),
                            "< 300 MB", verdict(big["peak"] < 300 * MB)))
        print()
        print_table(rows)
    finally:
        if args.keep:
            print(f"\nkept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_batch", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=800, help="total attachment bytes, in MB (default 800)")
    parser.add_argument("--candidates", type=int, default=40, help="candidates in the session (default 40)")
    parser.add_argument("--files", type=int, default=4, help="attachments per candidate (default 4)")
    parser.add_argument("--runs", type=int, default=3, help="runs of the slow measurements (median; default 3)")
    parser.add_argument("--big-mb", type=float, default=200,
                        help="also view one attachment this large, in MB (default 200, intake's limit; 0: skip)")
    parser.add_argument("--workdir", type=Path, help="where to make the temporary folder (default: system temp)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--child-view", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-data-key", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_view is not None:
        child_view(args.child_view, with_kdf=not args.child_data_key)
        return 0
    if not 1 <= args.candidates <= 500 or args.files < 1 or args.runs < 1:
        parser.error("--candidates must be 1-500, --files and --runs at least 1")
    run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
