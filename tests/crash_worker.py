"""A reviewer typing scores as fast as the store takes them, to be killed (SIGKILL) by tests/test_crash.py.

    python tests/crash_worker.py DATABASE SEED

Opens the review store at DATABASE (a fixed batch, reviewer and the default scheme, 40 candidates),
prints "READY", then works through candidates the way the scoring panel is used: type each sub-item's
score in order (sometimes changing one already typed, sometimes clearing one), write a comment, mark
the candidate complete, now and then declare or withdraw a recusal. After each store call returns,
it prints one line and flushes it:

    ACK <log seq> <candidate> <field> <value>

which is the moment the interface shows the value as saved. ``field`` is a sub-item key ("lead.
take_on_burdens"), "comment", "recused" or "complete"; ``value`` is the score ("-" when cleared), the
comment, "1:<reason>" / "0" for a recusal, "1" / "0" for complete. ``log seq`` is the store's log head
after the call. Values never contain spaces. It runs until killed.
"""

from __future__ import annotations

import random
import sys
import time
from decimal import Decimal
from pathlib import Path

from app.errors import InputRefused
from app.review_store import ReviewStore, format_score, store_key
from app.scheme import default_scheme

BATCH_ID = "c0ffee" + "0" * 26
REVIEWER = "E01"
CANDIDATES = [f"2024-G01-{n:03d}" for n in range(1, 41)]
# The store is encrypted as in the app: keyed from a batch data key (a fixed one here) and the reviewer.
KEY = store_key(bytes.fromhex("5e" * 32), BATCH_ID, REVIEWER)


def open_store(path: Path) -> ReviewStore:
    return ReviewStore(path, batch_id=BATCH_ID, reviewer=REVIEWER, scheme=default_scheme(), candidates=CANDIDATES,
                       key=KEY)


def main(argv: list[str]) -> int:
    database, seed = Path(argv[1]), int(argv[2])
    rng = random.Random(seed)
    store = open_store(database)
    scheme = store.scheme
    keys = scheme.item_keys()
    choices = {key: [scheme.step * k for k in range(int(scheme.item(key)[1].max / scheme.step) + 1)] for key in keys}
    out = sys.stdout

    def ack(candidate: str, field: str, value: str) -> None:
        out.write(f"ACK {store.head()[0]} {candidate} {field} {value}\n")
        out.flush()
        if rng.random() < 0.25:  # a pause between keystrokes, now and then
            time.sleep(rng.random() * 0.004)

    def score(candidate: str, key: str, value: Decimal | None) -> None:
        try:
            store.set_score(candidate, key, value)
        except InputRefused:
            return
        ack(candidate, key, "-" if value is None else format_score(value))

    out.write("READY\n")
    out.flush()
    while True:
        candidate = rng.choice(CANDIDATES)
        current = store.candidate(candidate)
        if current.recused:
            if rng.random() < 0.5:
                store.set_recusal(candidate, False)
                ack(candidate, "recused", "0")
            continue
        if rng.random() < 0.05:
            reason = f"回避理由{rng.randrange(1000)}"
            store.set_recusal(candidate, True, reason)
            ack(candidate, "recused", f"1:{reason}")
            continue
        if current.complete and rng.random() < 0.7:  # back to a finished candidate: change one score
            key = rng.choice(keys)
            score(candidate, key, rng.choice(choices[key]))
            continue
        for key in keys:
            if rng.random() < 0.03:
                score(candidate, key, None)
            else:
                score(candidate, key, rng.choice(choices[key]))
        comment = f"评语{rng.randrange(10 ** 6)}"
        store.set_comment(candidate, comment)
        ack(candidate, "comment", comment)
        try:
            store.set_complete(candidate)
        except InputRefused:
            continue
        ack(candidate, "complete", "1")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
