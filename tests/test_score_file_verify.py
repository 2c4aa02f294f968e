"""The chair's bulk verification: the one-pass log check, the helper process, and what each refuses."""

from __future__ import annotations

import base64
import hashlib
import json
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

import app.score_file as score_file
from app.batch import OpenBatch, open_batch
from app.chair import PanelScores
from app.crypto_box import derive_subkey, seal
from app.errors import InputRefused
from app.log_chain import GENESIS, chain_head, entry_hash, payload_chain
from app.review_store import ReviewStore, check_log, compact
from app.score_file import ScoreFile, read_score_file, read_score_files, write_score_file
from app.signed_file import FileRefused, encode_header, public_key_text, sign_prefix, signed_prefix
from tests.factories import PASSPHRASE, make_session


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> OpenBatch:
    return open_batch(make_session(tmp_path_factory.mktemp("session")), PASSPHRASE)


def locked_store(batch: OpenBatch, reviewer: str, base: int) -> ReviewStore:
    store = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer=reviewer, scheme=batch.scheme,
                        candidates=[c["application_no"] for c in batch.candidates])
    for index, candidate in enumerate(batch.candidates):
        number = candidate["application_no"]
        if index == 1 and base == 4:
            store.set_recusal(number, True, "曾同单位")
            continue
        for key in batch.scheme.item_keys():
            store.set_score(number, key, Decimal(base + index % 3) / 2)
        store.set_score(number, batch.scheme.item_keys()[0], Decimal("3.50"))  # a changed score: the last counts
        store.set_comment(number, "材料翔实")
        store.set_complete(number)
    store.lock()
    return store


@pytest.fixture(scope="module")
def panel_files(batch: OpenBatch, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("files")
    paths = []
    for base, member in enumerate(batch.panel[:5], start=3):
        path = folder / f"{member.number}.crscore"
        write_score_file(locked_store(batch, member.number, base), batch, Ed25519PrivateKey.generate(), path)
        paths.append(path)
    return paths


def test_the_chain_head_is_the_entry_by_entry_hash_and_the_replay_the_stores_state(batch: OpenBatch) -> None:
    store = locked_store(batch, "E01", 4)
    entries = store.log()
    prev = GENESIS
    for entry in entries:
        prev = entry_hash(entry["seq"], entry["action"], entry["candidate"], entry["item"], entry["value"],
                          entry["at"], prev)
    checked = check_log(compact(entries))
    assert chain_head(checked.entries) == prev == store.head()[1]
    assert not checked.invalid_score
    for candidate in store.all_candidates():
        replayed = checked.state[candidate.application_no]
        assert (replayed.scores, replayed.comment, replayed.recused, replayed.complete) == (
            candidate.scores, candidate.comment, candidate.recused, candidate.complete)
    assert store.verify() == store.head()


def test_check_log_refuses_the_first_misshapen_entry_and_marks_a_non_number() -> None:
    good = ["score", "2024-G03-0001", "lead.x", "6.5", "t"]
    with pytest.raises(InputRefused, match="第 2 条格式不对"):
        check_log([good, ["score", "2024-G03-0001", "lead.x", 6.5, "t"], ["lock"]])
    with pytest.raises(InputRefused, match="评分日志格式不对"):
        check_log({"log": []})
    checked = check_log([good, ["score", "2024-G03-0001", "lead.y", "六", "t"]])
    assert checked.invalid_score and checked.state["2024-G03-0001"].scores == {"lead.x": Decimal("6.5")}


def _helper_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(score_file, "PARALLEL_MIN_BYTES", 0)  # the panel here is small: use the helper anyway


@pytest.mark.parametrize("helper", [False, True])
def test_bulk_verification_gives_exactly_what_one_by_one_does(batch: OpenBatch, panel_files: list[Path],
                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              helper: bool) -> None:
    if helper:
        _helper_forced(monkeypatch)
    damaged = tmp_path / "damaged.crscore"
    data = bytearray(panel_files[1].read_bytes())
    data[-5] ^= 1
    damaged.write_bytes(bytes(data))
    paths = [*panel_files[:2], damaged, tmp_path / "absent.crscore", *panel_files[2:]]
    results = read_score_files(paths, batch)
    assert len(results) == len(paths)
    for path, result in zip(paths, results, strict=True):
        if path in (damaged, tmp_path / "absent.crscore"):
            assert isinstance(result, FileRefused)
            with pytest.raises(FileRefused) as one:
                read_score_file(path, batch)
            assert str(result) == str(one.value)
            continue
        alone = read_score_file(path, batch)
        assert not isinstance(result, FileRefused)
        assert (result.log_head, result.log, result.candidates, result.raw) == (
            alone.log_head, alone.log, alone.candidates, alone.raw)


def test_the_helper_takes_part_of_a_large_panel_and_the_tally_is_unchanged(
        batch: OpenBatch, panel_files: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from app.result import compute_tally, contract_json

    alone = PanelScores(batch)
    for path in panel_files:
        alone.add(path)
    answered = []
    take = score_file._ChainHelper.take

    def counted(self: score_file._ChainHelper, index: int) -> tuple[str, int] | None:
        answer = take(self, index)
        answered.append(answer is not None)
        return answer

    _helper_forced(monkeypatch)
    monkeypatch.setattr(score_file._ChainHelper, "take", counted)
    together = PanelScores(batch)
    outcomes = list(together.add_each(panel_files))
    assert [o.status for o in outcomes] == ["imported"] * len(panel_files)
    assert len(answered) == len(panel_files)
    assert contract_json(batch, compute_tally(batch, together)) == contract_json(batch, compute_tally(batch, alone))


def test_the_helper_process_computes_the_heads_it_takes_and_leaves_the_rest(
        batch: OpenBatch, panel_files: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    _helper_forced(monkeypatch)
    opened = [score_file._open(path, batch, None) for path in panel_files]
    expected = [(f.log_head, len(f.log)) for f in (read_score_file(path, batch) for path in panel_files)]
    with score_file._ChainHelper(opened) as helper:
        assert helper.pool is not None
        last = len(opened) - 1
        assert helper.take(last) is None  # at once: a spawned helper is not even running yet; the caller's
        assert helper.futures[0].result(timeout=60) == expected[0]  # a real process
        assert helper.futures[last].result(timeout=60) is None  # it left the caller's file alone
        assert helper.take(0) == expected[0]


def test_the_helper_answers_only_for_the_payload_that_was_verified(batch: OpenBatch, panel_files: list[Path],
                                                                   tmp_path: Path) -> None:
    path = panel_files[0]
    verified = read_score_file(path, batch)
    header = verified.header.header
    key = derive_subkey(batch.data_key, batch.identity.batch_id, "score-file")
    nonce = base64.b64decode(header["payload"]["nonce"])
    aad = f"{batch.identity.batch_id}/{verified.reviewer}".encode()
    offset = verified.header.payload_offset
    sha = header["payload"]["sha256"]
    assert payload_chain(str(path), offset, sha, key, nonce, aad) == (verified.log_head, len(verified.log))
    assert payload_chain(str(path), offset, "0" * 64, key, nonce, aad) is None  # other bytes than verified
    assert payload_chain(str(tmp_path / "gone"), offset, sha, key, nonce, aad) is None


def _resigned(batch: OpenBatch, original: ScoreFile, log: list[list[str | None]], out: Path, **changes: object) -> Path:
    """A file whose reviewer seals ``log`` and signs a header like ``original``'s with ``changes``."""
    reviewer_key = Ed25519PrivateKey.generate()
    key = derive_subkey(batch.data_key, batch.identity.batch_id, "score-file")
    nonce, sealed = seal(key, json.dumps({"log": log}).encode(), f"{batch.identity.batch_id}/{original.reviewer}".encode())
    header = dict(original.header.header, signer=public_key_text(reviewer_key.public_key()), log_length=len(log),
                  payload={"nonce": base64.b64encode(nonce).decode("ascii"),
                           "sha256": hashlib.sha256(sealed).hexdigest()}, payload_length=len(sealed))
    header.update(changes)
    prefix = signed_prefix("score", encode_header(header))
    out.write_bytes(prefix + sign_prefix(reviewer_key, prefix) + sealed)
    return out


def test_a_log_with_a_lone_surrogate_is_refused_plainly(batch: OpenBatch, panel_files: list[Path],
                                                        tmp_path: Path) -> None:
    """JSON may escape a lone surrogate, which UTF-8 cannot encode for hashing: a refusal, not a traceback."""
    original = read_score_file(panel_files[0], batch)
    log = [["comment", batch.candidates[0]["application_no"], None, "\ud800", "t"], ["lock", None, None, None, "t"]]
    hostile = _resigned(batch, original, log, tmp_path / "surrogate.crscore")
    with pytest.raises(FileRefused, match=r"surrogate\.crscore：评分内容已损坏"):
        read_score_file(hostile, batch)


def test_a_log_with_a_bad_score_is_refused_for_its_head_first_then_for_the_score(
        batch: OpenBatch, panel_files: list[Path], tmp_path: Path) -> None:
    """The order of the checks is kept: a log that does not match its signed head says so first."""
    original = read_score_file(panel_files[0], batch)
    log: list[list[str | None]] = [list(entry) for entry in original.log]
    log.insert(-1, ["score", batch.candidates[0]["application_no"], batch.scheme.item_keys()[0], "abc", "t"])
    wrong_head = _resigned(batch, original, log, tmp_path / "head.crscore")  # the original's head, signed again
    with pytest.raises(FileRefused, match="评分日志与签名记录的不符"):
        read_score_file(wrong_head, batch)
    right_head = _resigned(batch, original, log, tmp_path / "score.crscore", log_head=chain_head(log))
    with pytest.raises(FileRefused, match="评分日志中有无效的分数"):
        read_score_file(right_head, batch)
