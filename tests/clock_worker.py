"""A reviewer scoring while the system clock jumps about, run by tests/test_clock.py under libfaketime.

    python tests/clock_worker.py BATCH PASSPHRASE_FILE REVIEWER KEY STORE CLOCK_FILE OUT_DIR

The clock is read from CLOCK_FILE on every call (FAKETIME_TIMESTAMP_FILE, FAKETIME_NO_CACHE=1); the
worker rewrites it before each edit, backwards as often as forwards. It scores every candidate, changes
one score again later under an earlier clock, locks and writes ``v1.crscore`` with the clock in 2099,
then reopens, changes that score once more, locks and writes ``v2.crscore`` with the clock in 1970.
It prints one JSON object: the log as stored, what ``verify()`` says, the stored scores, and the edits
in the order they were made (``expected``: the last edit of each score, by order of making).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path

from app.batch import open_batch
from app.keys import load_private_key
from app.review_store import ReviewStore, format_score, store_key
from app.score_file import write_score_file

CLOCKS = ("2099-06-01 09:00:00", "1970-01-02 08:00:00", "2031-03-04 10:00:00", "1999-12-31 23:59:50",
          "2099-06-01 08:59:59", "1985-07-01 12:00:00")


def main(argv: list[str]) -> int:
    batch_path, passphrase_file, reviewer, key_path, store_path, clock_file, out = argv[1:8]
    clock = Path(clock_file)

    def set_clock(moment: str) -> None:
        clock.write_text(f"@{moment}\n", encoding="ascii")

    batch = open_batch(Path(batch_path), Path(passphrase_file).read_bytes().splitlines()[0])
    numbers = [c["application_no"] for c in batch.candidates]
    key = store_key(batch.data_key, batch.identity.batch_id, reviewer)
    store = ReviewStore(store_path, batch_id=batch.identity.batch_id, reviewer=reviewer, scheme=batch.scheme,
                        candidates=numbers, key=key)
    items = batch.scheme.item_keys()
    expected: dict[str, str] = {}
    edit = 0
    for position, number in enumerate(numbers):
        for index, item in enumerate(items):
            set_clock(CLOCKS[edit % len(CLOCKS)])
            edit += 1
            maximum = batch.scheme.item(item)[1].max
            value = maximum - Decimal((position + index) % 3)
            store.set_score(number, item, value)
            expected[f"{number} {item}"] = format_score(value)
        store.set_comment(number, "按评分细则逐项打分")  # totals near the top or bottom need one
        store.set_complete(number)
    # The first score typed again, later, under a clock long before the first typing.
    first = f"{numbers[0]} {items[0]}"
    set_clock("1970-01-01 00:00:05")
    store.set_complete(numbers[0], False)
    store.set_score(numbers[0], items[0], Decimal(1))
    store.set_complete(numbers[0])
    expected[first] = format_score(Decimal(1))
    signing_key = load_private_key(Path(key_path))
    set_clock("2099-07-01 10:00:00")
    store.lock()
    write_score_file(store, batch, signing_key, Path(out) / "v1.crscore")
    v1_head = store.head()[1]
    set_clock("1970-01-03 10:00:00")
    store.reopen("第一位候选人的第一项录错了")
    store.set_complete(numbers[0], False)
    store.set_score(numbers[0], items[0], Decimal(2))
    store.set_complete(numbers[0])
    expected[first] = format_score(Decimal(2))
    store.lock()
    write_score_file(store, batch, signing_key, Path(out) / "v2.crscore")
    stored = {f"{c.application_no} {item}": format_score(v) for c in store.all_candidates()
              for item, v in c.scores.items()}
    report = {"log": store.log(), "verify": list(store.verify()), "stored": stored, "expected": expected,
              "first": first, "v1_head": v1_head, "v2_head": store.head()[1],
              "now": dt.datetime.now().isoformat()}
    store.close()
    print(json.dumps(report, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
