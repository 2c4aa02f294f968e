"""Autosave survives the app being killed: SIGKILL at random moments while scores are being typed.

tests/crash_worker.py types scores, comments, recusals and completions into a file-backed review
store and prints "ACK ..." after each store call returns (the moment the interface shows the value as
saved). This test kills it with SIGKILL after a random delay, again and again, and after each kill
reopens the store as the app would and checks:

- SQLite's ``PRAGMA integrity_check`` is "ok" and ``ReviewStore.verify()`` passes (the hash chain is
  whole and replays to exactly the stored state);
- every acknowledged change is in the log at the sequence number the worker saw, so the state the
  log describes at that point holds the acknowledged value;
- for each (candidate, field) the stored value is the last acknowledged one, unless the log shows a
  later write (one that happened after the ACK, acknowledged or not, e.g. cut off by the kill) that
  set it to what is stored.

The worker keeps restarting on the same database, as a reviewer reopening the app would; a fresh
database is started every few dozen kills to keep the log short. Two lanes run side by side.

``CRAFTSMAN_CRASH_KILLS`` sets the number of kills of the long run (default 200; a soak run can ask for
1000 or more).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest

from app.review_store import ReviewStore, connect, format_score
from tests.crash_worker import CANDIDATES, KEY, open_store

ROOT = Path(__file__).resolve().parents[1]
WORKER = ROOT / "tests" / "crash_worker.py"
KILLS_PER_DATABASE = 25
LANES = 2
READY_TIMEOUT = 30.0


@dataclass(frozen=True)
class Ack:
    seq: int
    candidate: str
    field: str
    value: str


@dataclass
class Tally:
    kills: int = 0
    early_kills: int = 0  # before the worker said READY: while starting or opening the store
    acks: int = 0
    log_entries: int = 0
    unacked_tail: int = 0  # kills after which the log held a write the worker never acknowledged
    databases: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("kills", "early_kills", "acks", "log_entries", "unacked_tail", "databases", "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems.extend(other.problems)


def parse_acks(output: bytes) -> list[Ack]:
    acks = []
    for line in output.decode("utf-8", errors="replace").split("\n")[:-1]:  # a cut-off last line is not shown
        parts = line.split(" ")
        if parts[0] == "ACK" and len(parts) == 5:
            acks.append(Ack(int(parts[1]), parts[2], parts[3], parts[4]))
    return acks


def field_values(state: dict[str, dict[str, str]], entry: dict[str, object]) -> None:
    """Apply one log entry to a plain (candidate -> field -> value) state, the way the worker reports it."""
    candidate = entry["candidate"]
    if not isinstance(candidate, str):
        return
    fields = state.setdefault(candidate, {})
    action, value, item = entry["action"], entry["value"], entry["item"]
    if action == "score":
        fields[str(item)] = "-" if value is None else format_score(Decimal(str(value)))
    elif action == "comment":
        fields["comment"] = str(value or "")
    elif action == "recuse":
        fields["recused"], fields["complete"] = f"1:{value}", "0"
    elif action == "unrecuse":
        fields["recused"], fields["complete"] = "0", "0"
    elif action == "complete":
        fields["complete"] = str(value)


def check_database(path: Path, acks: list[Ack], tally: Tally) -> None:
    """Reopen the store after a kill and hold it to everything the worker acknowledged."""
    conn = connect(path, KEY)  # the store is encrypted: SQLCipher's own check, under the key
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()  # every page's HMAC; empty when all hold
    finally:
        conn.close()
    if cipher:
        tally.problems.append(f"{path.name}: cipher_integrity_check reports {cipher[:3]}")
        return
    if integrity != "ok":
        tally.problems.append(f"{path.name}: integrity_check says {integrity}")
        return
    store = open_store(path)
    try:
        store.verify()
        log = store.log()
        stored = {no: store.stored_candidate(no) for no in CANDIDATES}
    except Exception as error:  # a failed check, reported with the database's name
        tally.problems.append(f"{path.name}: {type(error).__name__}: {error}")
        return
    finally:
        store.close()
    tally.log_entries = len(log)
    if acks and acks[-1].seq > len(log):
        tally.problems.append(f"{path.name}: ACK at log seq {acks[-1].seq} but the log has {len(log)} entries")
        return

    # The state the log describes at each acknowledged point holds the acknowledged value.
    state: dict[str, dict[str, str]] = {}
    pending = sorted(acks, key=lambda a: a.seq)
    position = 0
    for ack in pending:
        while position < ack.seq:
            field_values(state, log[position])
            position += 1
        seen = state.get(ack.candidate, {}).get(ack.field, "-" if "." in ack.field else None)
        if seen != ack.value:
            tally.problems.append(f"{path.name}: ACK {ack} but the log at seq {ack.seq} says {seen!r}")
            return

    # The stored value is the last acknowledged one, or one written after it (seen in the log).
    last: dict[tuple[str, str], Ack] = {}
    for ack in acks:
        last[(ack.candidate, ack.field)] = ack
    for (candidate, name), ack in last.items():
        if "." not in name and name != "comment":
            continue
        scores = stored[candidate]
        now = scores.comment if name == "comment" else (
            format_score(scores.scores[name]) if name in scores.scores else "-")
        if now == ack.value:
            continue
        later = [e for e in log[ack.seq:] if e["candidate"] == candidate and (
            (name == "comment" and e["action"] == "comment" and (e["value"] or "") == now)
            or (e["action"] == "score" and e["item"] == name
                and ("-" if e["value"] is None else format_score(Decimal(str(e["value"])))) == now))]
        if not later:
            tally.problems.append(f"{path.name}: {candidate} {name} is {now!r}, last acknowledged {ack.value!r} "
                                  "and no later write in the log explains it")
    tally.unacked_tail += len(log) > (acks[-1].seq if acks else 0)


def kill_once(path: Path, rng: random.Random, tally: Tally) -> list[Ack]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, str(WORKER), str(path), str(rng.randrange(1 << 30))], cwd=ROOT,
                            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    chunks: list[bytes] = []
    ready = threading.Event()

    def drain() -> None:
        assert proc.stdout is not None
        while True:
            chunk = proc.stdout.read1(65536)  # type: ignore[attr-defined]
            if not chunk:
                return
            chunks.append(chunk)
            if not ready.is_set() and b"READY\n" in b"".join(chunks[:4]):
                ready.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    if rng.random() < 0.1:  # now and then while the app starts and opens the store
        time.sleep(rng.uniform(0.0, 0.3))
        tally.early_kills += not ready.is_set()
    else:
        if not ready.wait(READY_TIMEOUT):
            proc.kill()
            proc.wait()
            raise AssertionError(f"the worker did not start: {proc.stderr.read().decode(errors='replace')}")
        time.sleep(rng.uniform(0.0, 0.08))
    proc.send_signal(signal.SIGKILL)
    returncode = proc.wait()
    reader.join(10)
    errors = proc.stderr.read().decode("utf-8", errors="replace")
    proc.stdout.close()
    proc.stderr.close()
    if returncode != -signal.SIGKILL or errors.strip():
        tally.problems.append(f"worker ended with {returncode} before the kill: {errors.strip()[-800:]}")
    tally.kills += 1
    return parse_acks(b"".join(chunks))


def run_lane(folder: Path, kills: int, seed: int) -> Tally:
    rng = random.Random(seed)
    tally = Tally()
    started = time.perf_counter()
    acks: list[Ack] = []
    path = folder / "store-0.sqlite"
    for number in range(kills):
        if number % KILLS_PER_DATABASE == 0:
            path = folder / f"store-{number // KILLS_PER_DATABASE}.sqlite"
            acks = []
            tally.databases += 1
        new = kill_once(path, rng, tally)
        acks.extend(new)
        tally.acks += len(new)
        if path.exists():
            check_database(path, acks, tally)
        if tally.problems:
            break
    tally.seconds = time.perf_counter() - started
    return tally


def crash_many(tmp_path: Path, kills: int) -> Tally:
    seed = int(os.environ.get("CRAFTSMAN_CRASH_SEED", random.randrange(1 << 30)))
    per_lane = [kills // LANES + (1 if lane < kills % LANES else 0) for lane in range(LANES)]
    folders = [tmp_path / f"lane-{lane}" for lane in range(LANES)]
    for folder in folders:
        folder.mkdir()
    started = time.perf_counter()
    with ThreadPoolExecutor(LANES) as pool:
        tallies = list(pool.map(run_lane, folders, per_lane, [seed + lane for lane in range(LANES)]))
    total = Tally()
    for tally in tallies:
        total.add(tally)
    total.seconds = time.perf_counter() - started
    print(f"\ncrash test (seed {seed}): {total.kills} kills ({total.early_kills} while starting), "
          f"{total.acks} acknowledged changes checked, {total.unacked_tail} kills cut a change short after its "
          f"commit, {total.databases} databases, {total.seconds:.1f} s")
    assert not total.problems, f"seed {seed}: " + "\n".join(total.problems[:10])
    assert total.kills == kills
    return total


def test_a_few_kills_lose_nothing_acknowledged(tmp_path: Path) -> None:
    total = crash_many(tmp_path, 20)
    assert total.acks > 0


@pytest.mark.slow
def test_hundreds_of_kills_lose_nothing_acknowledged(tmp_path: Path) -> None:
    kills = int(os.environ.get("CRAFTSMAN_CRASH_KILLS", "200"))
    total = crash_many(tmp_path, kills)
    assert total.acks > kills  # the worker got well into typing most of the time


def test_the_checker_notices_a_lost_write(tmp_path: Path) -> None:
    """The checks can fail: an acknowledged value that is not in the store is reported."""
    path = tmp_path / "store.sqlite"
    store: ReviewStore = open_store(path)
    key = store.scheme.item_keys()[0]
    store.set_score(CANDIDATES[0], key, Decimal(5))
    seq = store.head()[0]
    store.close()
    tally = Tally()
    check_database(path, [Ack(seq, CANDIDATES[0], key, "6")], tally)
    assert tally.problems and "ACK" in tally.problems[0]
    tally = Tally()
    check_database(path, [Ack(seq + 5, CANDIDATES[0], key, "5")], tally)
    assert tally.problems and "the log has" in tally.problems[0]
    tally = Tally()
    check_database(path, [Ack(seq, CANDIDATES[0], key, "5")], tally)
    assert tally.problems == []
