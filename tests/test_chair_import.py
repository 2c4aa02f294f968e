"""The chair takes in the panel's score files: verified, one per reviewer, newer re-signed versions win."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from app.batch import OpenBatch, open_batch
from app.chair import PanelScores, score_files_in
from app.errors import InputRefused
from app.keys import fingerprint
from app.review_store import ReviewStore
from app.score_file import write_score_file
from fuzz.mutations import fuzz_examples
from tests.factories import PASSPHRASE, make_session


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> OpenBatch:
    return open_batch(make_session(tmp_path_factory.mktemp("session")), PASSPHRASE)


def scored_store(batch: OpenBatch, reviewer: str, base: int = 5) -> ReviewStore:
    store = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer=reviewer, scheme=batch.scheme,
                        candidates=[c["application_no"] for c in batch.candidates])
    for index, candidate in enumerate(batch.candidates):
        for key in batch.scheme.item_keys():
            store.set_score(candidate["application_no"], key, Decimal(base + index % 2))
        store.set_comment(candidate["application_no"], "事迹扎实")
        store.set_complete(candidate["application_no"])
    store.lock()
    return store


def export(store: ReviewStore, batch: OpenBatch, key: Ed25519PrivateKey, out: Path) -> Path:
    write_score_file(store, batch, key, out)
    return out


def test_files_are_verified_and_kept_one_per_reviewer(batch: OpenBatch, tmp_path: Path) -> None:
    chair = PanelScores(batch)
    key = Ed25519PrivateKey.generate()
    first = export(scored_store(batch, "E02"), batch, key, tmp_path / "E02.crscore")
    outcome = chair.add(first)
    assert outcome.status == "imported" and fingerprint(key.public_key()) in outcome.message
    copy = tmp_path / "E02-copy.crscore"
    shutil.copy(first, copy)
    assert chair.add(copy).status == "duplicate"
    assert [m.number for m in chair.missing()] == ["E01", "E03", "E04", "E05", "E06", "E07"]


def test_a_reopened_and_re_signed_file_replaces_the_older_whatever_the_order(batch: OpenBatch,
                                                                              tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    store = scored_store(batch, "E03")
    older = export(store, batch, key, tmp_path / "older.crscore")
    store.reopen("组长请我复核第一位候选人")
    first = batch.candidates[0]["application_no"]
    store.set_score(first, "lead.take_on_burdens", Decimal("6.5"))
    store.set_complete(first)
    store.lock()
    newer = export(store, batch, key, tmp_path / "newer.crscore")
    for order, statuses in (((older, newer), ["imported", "replaced"]), ((newer, older), ["imported", "kept"])):
        chair = PanelScores(batch)
        assert [chair.add(path).status for path in order] == statuses
        assert chair.files["E03"].candidates[first].scores["lead.take_on_burdens"] == Decimal("6.5")
        assert chair.files["E03"].reopened == 1


def test_two_diverging_files_from_one_reviewer_are_refused(batch: OpenBatch, tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    a = export(scored_store(batch, "E04", base=5), batch, key, tmp_path / "a.crscore")
    b = export(scored_store(batch, "E04", base=4), batch, key, tmp_path / "b.crscore")
    chair = PanelScores(batch)
    chair.add(a)
    with pytest.raises(InputRefused, match="互相矛盾"):
        chair.add(b)


def test_one_key_cannot_sign_for_two_reviewers(batch: OpenBatch, tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    chair = PanelScores(batch)
    chair.add(export(scored_store(batch, "E05"), batch, key, tmp_path / "E05.crscore"))
    with pytest.raises(InputRefused, match="同一密钥"):
        chair.add(export(scored_store(batch, "E06"), batch, key, tmp_path / "E06.crscore"))


def test_a_second_key_for_the_same_reviewer_is_refused(batch: OpenBatch, tmp_path: Path) -> None:
    chair = PanelScores(batch)
    chair.add(export(scored_store(batch, "E07"), batch, Ed25519PrivateKey.generate(), tmp_path / "a.crscore"))
    with pytest.raises(InputRefused, match="另一密钥"):
        chair.add(export(scored_store(batch, "E07"), batch, Ed25519PrivateKey.generate(), tmp_path / "b.crscore"))


@pytest.mark.parametrize("damage", [
    pytest.param(lambda data: data[:-1], id="cut"),
    pytest.param(lambda data: data + b"\0", id="appended"),
    pytest.param(lambda data: data[:200] + bytes([data[200] ^ 1]) + data[201:], id="header byte"),
    pytest.param(lambda data: data[:-10] + bytes([data[-10] ^ 1]) + data[-9:], id="payload byte"),
])
def test_a_tampered_file_is_refused_naming_it(batch: OpenBatch, tmp_path: Path,
                                              damage: Callable[[bytes], bytes]) -> None:
    good = export(scored_store(batch, "E02"), batch, Ed25519PrivateKey.generate(), tmp_path / "good.crscore")
    bad = tmp_path / "bad.crscore"
    bad.write_bytes(damage(good.read_bytes()))
    with pytest.raises(InputRefused, match=r"bad\.crscore"):
        PanelScores(batch).add(bad)


def test_a_score_file_claiming_gigabytes_is_refused_before_it_is_read(batch: OpenBatch, tmp_path: Path) -> None:
    import time

    good = export(scored_store(batch, "E02"), batch, Ed25519PrivateKey.generate(), tmp_path / "good.crscore")
    huge = tmp_path / "huge.crscore"
    huge.write_bytes(good.read_bytes())
    with huge.open("r+b") as handle:
        handle.truncate(2 * 1024**3)  # sparse: a valid signed header followed by 2 GB the disk never holds
    started = time.monotonic()
    with pytest.raises(InputRefused, match=r"huge\.crscore.*文件过大"):
        PanelScores(batch).add(huge)
    assert time.monotonic() - started < 2


def test_a_file_from_another_session_is_refused(batch: OpenBatch, tmp_path: Path) -> None:
    other = open_batch(make_session(tmp_path / "other", 3), PASSPHRASE)
    foreign = export(scored_store(other, "E02"), other, Ed25519PrivateKey.generate(), tmp_path / "foreign.crscore")
    with pytest.raises(InputRefused, match="另一场次"):
        PanelScores(batch).add(foreign)


def test_an_unlocked_session_cannot_be_exported(batch: OpenBatch, tmp_path: Path) -> None:
    store = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer="E02", scheme=batch.scheme,
                        candidates=[c["application_no"] for c in batch.candidates])
    with pytest.raises(InputRefused, match="锁定"):
        write_score_file(store, batch, Ed25519PrivateKey.generate(), tmp_path / "x.crscore")
    assert not (tmp_path / "x.crscore").exists()


def test_a_usb_folder_imports_all_and_reports_each(batch: OpenBatch, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    for number in ("E02", "E03", "E04"):
        export(scored_store(batch, number), batch, Ed25519PrivateKey.generate(), stick / f"{number}.crscore")
    (stick / "broken.crscore").write_bytes(b"CRSCORE\0garbage")
    (stick / "notes.txt").write_text("ignored", encoding="utf-8")
    outcomes = PanelScores(batch).add_many(score_files_in(stick))
    assert [o.status for o in outcomes] == ["imported", "imported", "imported", "refused"]
    assert "broken.crscore" in outcomes[-1].message


# ---------------------------------------------------------------------------------------------
# Fuzzing (issue 9): hostile score files — mutated, re-signed headers, re-sealed payloads


@settings(max_examples=fuzz_examples(100), deadline=None, database=None)
@given(data=st.data())
def test_fuzz_hostile_score_files_raise_only_own_errors(data: st.DataObject) -> None:
    from fuzz.mutations import fuzz_once

    fuzz_once("score_file", data)


@pytest.mark.parametrize("payload", [b"[" * 100_000 + b"]" * 100_000, b'{"log": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
                                     b'{"log": [["lock", null, null, null, "' + b"x" * 1000 + b'"]]}',
                                     b'{"log": ' + b"9" * 5000 + b"}"])
def test_a_hostile_reviewers_payload_is_refused_plainly(payload: bytes, tmp_path: Path) -> None:
    from app.score_file import read_score_file
    from app.signed_file import FileRefused
    from fuzz.fuzz_score_file import ScoreFileTarget
    from fuzz.harness import Scratch
    from fuzz.world import shared

    target = ScoreFileTarget(shared(), Scratch(tmp_path))
    path = tmp_path / "hostile.crscore"
    path.write_bytes(target.payload_file(payload))
    with pytest.raises(FileRefused, match=r"hostile\.crscore："):
        read_score_file(path, target.world.batch)


def test_a_score_file_header_with_a_non_number_reopen_count_is_refused(tmp_path: Path) -> None:
    from app.score_file import read_score_file
    from app.signed_file import FileRefused
    from fuzz.fuzz_score_file import ScoreFileTarget
    from fuzz.harness import Scratch, encode, signed_file
    from fuzz.world import shared

    target = ScoreFileTarget(shared(), Scratch(tmp_path))
    path = tmp_path / "reopened.crscore"
    path.write_bytes(signed_file("score", encode(dict(target.header, reopened="多次")), target.payload, target.key))
    with pytest.raises(FileRefused, match="评分文件头已损坏"):
        read_score_file(path, target.world.batch)


@pytest.mark.parametrize("length", [0, 8, 11, 13, 16, 200])
def test_a_score_file_nonce_of_the_wrong_length_is_refused_as_damage(tmp_path: Path, length: int) -> None:
    import base64

    from app.score_file import read_score_file
    from app.signed_file import FileRefused
    from fuzz.fuzz_score_file import ScoreFileTarget
    from fuzz.harness import Scratch, encode, signed_file
    from fuzz.world import shared

    target = ScoreFileTarget(shared(), Scratch(tmp_path))
    payload = dict(target.header["payload"], nonce=base64.b64encode(b"n" * length).decode("ascii"))
    path = tmp_path / "nonce.crscore"
    path.write_bytes(signed_file("score", encode(dict(target.header, payload=payload)), target.payload, target.key))
    with pytest.raises(FileRefused, match="评分内容已损坏"):
        read_score_file(path, target.world.batch)
