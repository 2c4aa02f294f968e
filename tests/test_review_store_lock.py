"""One writer per reviewer session: a second opener reads only; a crashed holder never blocks."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from app.review_store import ReviewStore, SessionReadOnly, store_key
from app.scheme import default_scheme

CANDIDATES = ["C001", "C002"]
KEY = store_key(bytes(range(32)), "b" * 32, "E02")


def open_store(path: Path) -> ReviewStore:
    return ReviewStore(path, batch_id="b" * 32, reviewer="E02", scheme=default_scheme(), candidates=CANDIDATES,
                       key=KEY)


def test_a_second_opener_is_read_only_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    first = open_store(path)
    first.set_score("C001", "lead.take_on_burdens", Decimal(6))
    second = open_store(path)
    assert not first.read_only and second.read_only
    assert second.candidate("C001").scores == {"lead.take_on_burdens": Decimal(6)}
    for change in (lambda: second.set_score("C001", "lead.take_on_burdens", Decimal(3)),
                   lambda: second.set_comment("C001", "x"), lambda: second.set_recusal("C002", True, "同单位"),
                   lambda: second.lock(), lambda: second.reopen("理由")):
        with pytest.raises(SessionReadOnly):
            change()
    first.set_score("C001", "lead.pursue_excellence", Decimal(5))  # the first window goes on writing
    second.close()
    first.close()
    again = open_store(path)  # once both are closed, the next opener writes
    assert not again.read_only
    assert again.candidate("C001").scores == {"lead.take_on_burdens": Decimal(6), "lead.pursue_excellence": Decimal(5)}
    again.verify()
    again.close()


def test_a_killed_holder_releases_the_session(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    open_store(path).close()
    code = (f"import sys, time; sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r});"
            "from tests.test_review_store_lock import open_store; from pathlib import Path;"
            f"s = open_store(Path({str(path)!r})); print('held', s.read_only, flush=True); time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held False"
        assert open_store(path).read_only
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        deadline = time.monotonic() + 5
        while (store := open_store(path)).read_only and time.monotonic() < deadline:
            store.close()
            time.sleep(0.05)
        assert not store.read_only
        store.close()
    finally:
        holder.kill()
