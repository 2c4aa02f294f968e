"""Fuzz target: reviewers' score files (.crscore) — read_score_file against the batch, and the chair's import.

Modes: ``raw`` (the whole file), ``header`` (the header's JSON bytes, signed by the reviewer's key,
with the real sealed payload), ``payload`` (the decrypted payload — the edit log as JSON — sealed
under the batch's score-file key, its hash and length in a re-signed header: a hostile reviewer).
"""

from __future__ import annotations

import base64
import json
import sys
from typing import Any

from fuzz.harness import Target, encode, sha256, signed_file, split_signed


class ScoreFileTarget(Target):
    name = "score_file"
    modes = ("raw", "header", "payload")

    def __init__(self, world: Any, scratch: Any) -> None:
        super().__init__(world, scratch)
        self.reviewer = "E02"
        self.original = world.score_paths[self.reviewer].read_bytes()
        self.header, self.payload = split_signed(self.original)
        self.key = world.reviewer_keys[self.reviewer]

    def _subkey(self) -> bytes:
        from app.crypto_box import derive_subkey
        from app.score_file import PURPOSE

        return derive_subkey(self.world.batch.data_key, self.header["batch_id"], PURPOSE)

    def seeds(self) -> list[bytes]:
        from app.crypto_box import open_sealed

        aad = f"{self.header['batch_id']}/{self.reviewer}".encode()
        plain = open_sealed(self._subkey(), base64.b64decode(self.header["payload"]["nonce"]), self.payload, aad)
        return [self.seed("raw", self.original), self.seed("header", encode(self.header)),
                self.seed("payload", plain)]

    def _read(self, data: bytes) -> None:
        from app.chair import PanelScores
        from app.score_file import read_score_file, read_score_header

        path = self.scratch.write("fuzz.crscore", data)
        read_score_header(path)
        read_score_file(path, self.world.batch)
        scores = PanelScores(self.world.batch)
        scores.add(self.world.score_paths["E01"])
        scores.add(path)

    def run_raw(self, data: bytes) -> None:
        self._read(data)

    def run_header(self, data: bytes) -> None:
        self._read(signed_file("score", data, self.payload, self.key))

    def payload_file(self, plain: bytes) -> bytes:
        """The reviewer's file with its payload replaced by ``plain`` (sealed), re-signed by the reviewer."""
        from app.crypto_box import seal
        from app.review_store import as_entries, chain_head

        nonce, sealed = seal(self._subkey(), plain, f"{self.header['batch_id']}/{self.reviewer}".encode())
        header = dict(self.header, payload={"nonce": base64.b64encode(nonce).decode("ascii"), "sha256": sha256(sealed)},
                      payload_length=len(sealed))
        try:  # a hostile reviewer signs the head of whatever log they send, so the log itself is read
            log = as_entries(json.loads(plain)["log"])
            header.update(log_head=chain_head(log), log_length=len(log))
        except Exception:
            pass
        return signed_file("score", encode(header), sealed, self.key)

    def run_payload(self, data: bytes) -> None:
        self._read(self.payload_file(data))


TARGET = ScoreFileTarget

if __name__ == "__main__":
    from fuzz.__main__ import main

    main(["score_file", *sys.argv[1:]])
