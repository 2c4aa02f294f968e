"""The chair's tally at scale: verify every score file and tally, against merely reading and parsing them.

    python -m bench.bench_tally [--candidates 1000] [--reviewers 30] [--runs 3]

Issue 5's limits: under 2 s, and within 3x of reading and parsing the same files in the same run.
The files are real: one ReviewStore per reviewer (every score logged), locked and exported.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path


def _build(folder: Path, candidates: int, reviewers: int) -> tuple[Path, list[Path]]:
    from app.batch import create_batch, open_batch
    from app.enums import Group, PanelRole
    from app.keys import generate_keypair, load_private_key
    from app.panel import PanelMember
    from app.review_store import ReviewStore
    from app.scheme import default_scheme_text
    from app.score_file import write_score_file
    from app.storage import OfficeDatabase
    from tests.factories import PASSPHRASE

    office = OfficeDatabase(folder / "office.db")
    rows = [{"application_no": f"2024-G03-{n:04d}", "name": f"候选人{n}", "group": "G03", "eligible": 1,
             "stage": "eligibility", "seq": n, "employer": f"单位{n}"} for n in range(1, candidates + 1)]
    office.table("candidates").insert_all(rows)
    panel = [PanelMember(f"E{n:02d}", f"专家{n}", f"大学{n}", PanelRole.CHAIR if n == 1 else PanelRole.REVIEWER)
             for n in range(1, reviewers + 1)]
    pair = generate_keypair(folder / "office")
    path = folder / "big.crbatch"
    create_batch(office, group=Group.G03, session=1, panel=panel, office_key=load_private_key(pair.private_path),
                 passphrase=PASSPHRASE, scheme_text=default_scheme_text(), out=path, log_n=10)
    office.close()
    batch = open_batch(path, PASSPHRASE)
    rng = random.Random(7)
    files = []
    keys = batch.scheme.item_keys()
    maxima = {key: int(batch.scheme.item(key)[1].max) for key in keys}
    ids = [c["application_no"] for c in batch.candidates]
    for member in panel:
        store = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer=member.number,
                            scheme=batch.scheme, candidates=ids)
        with store.db.atomic():  # one transaction: setting up the benchmark, not measuring autosave
            for number in ids:
                if rng.random() < 0.02:
                    store.set_recusal(number, True, "回避")
                    continue
                for key in keys:
                    store.set_score(number, key, Decimal(rng.randint(maxima[key], 2 * maxima[key])) / 2)
                store.set_comment(number, "材料翔实")  # extreme totals need one before completion
                store.set_complete(number)
            store.lock()
        out = folder / f"{member.number}.crscore"
        write_score_file(store, batch, Ed25519(), out)
        files.append(out)
    return path, files


def Ed25519():  # type: ignore[no-untyped-def]  # a fresh reviewer key per file
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate()


def _read_and_parse(batch, files):  # type: ignore[no-untyped-def]
    """The floor: read each file, decrypt its payload, parse the JSON. No checks, no tally."""
    import base64

    from app.crypto_box import derive_subkey, open_sealed
    from app.signed_file import read_signed_header

    key = derive_subkey(batch.data_key, batch.identity.batch_id, "score-file")
    parsed = []
    for path in files:
        data = path.read_bytes()
        signed = read_signed_header(path, "score")
        nonce = base64.b64decode(signed.header["payload"]["nonce"])
        plain = open_sealed(key, nonce, data[signed.payload_offset:], f"{batch.identity.batch_id}/"
                            f"{signed.header['reviewer']}".encode())
        parsed.append(json.loads(plain))
    return parsed


def _verify_and_tally(batch, files):  # type: ignore[no-untyped-def]
    from app.chair import PanelScores
    from app.result import compute_tally

    scores = PanelScores(batch)
    for _ in scores.add_each(files):  # as `craftsman-review tally` does
        pass
    return compute_tally(batch, scores)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--reviewers", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from app.batch import open_batch
    from tests.factories import PASSPHRASE

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        path, files = _build(Path(folder), args.candidates, args.reviewers)
        print(f"built {len(files)} score files for {args.candidates} candidates in "
              f"{time.perf_counter() - started:.1f} s ({sum(f.stat().st_size for f in files) / 1e6:.1f} MB)")
        batch = open_batch(path, PASSPHRASE)
        floor, full = [], []
        for _ in range(args.runs):
            t = time.perf_counter()
            _read_and_parse(batch, files)
            floor.append(time.perf_counter() - t)
            t = time.perf_counter()
            _verify_and_tally(batch, files)
            full.append(time.perf_counter() - t)
        floor_s, full_s = statistics.median(floor), statistics.median(full)
        print(f"read and parse only       {floor_s:7.3f} s")
        print(f"verify every file + tally {full_s:7.3f} s   limit 2 s: {'ok' if full_s < 2 else 'OVER'}; "
              f"{full_s / floor_s:.2f}x the read-and-parse time, limit 3x: {'ok' if full_s < 3 * floor_s else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
