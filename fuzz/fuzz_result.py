"""Fuzz target: the chair's result package (.crresult) — read_result_package, its content, and the
office's whole ingest (every score file inside verified, the tally recomputed and compared).

Modes: ``raw`` (the whole file), ``header`` (the header's JSON bytes, signed by the chair's key, with
the real payload), ``content`` (the decrypted tally, notes and decisions as JSON, sealed under the
batch's result key, its part and hashes in a re-signed header: a hostile chair).
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import sys
from typing import Any

from fuzz.harness import Target, encode, sha256, signed_file, split_signed


class ResultTarget(Target):
    name = "result"
    modes = ("raw", "header", "content")

    def __init__(self, world: Any, scratch: Any) -> None:
        super().__init__(world, scratch)
        self.original = world.result_path.read_bytes()
        self.header, self.payload = split_signed(self.original)
        self.key = world.reviewer_keys[world.batch.chair.number]

    def _subkey(self) -> bytes:
        from app.crypto_box import derive_subkey
        from app.result import PURPOSE

        return derive_subkey(self.world.batch.data_key, self.header["batch_id"], PURPOSE)

    def seeds(self) -> list[bytes]:
        from app.crypto_box import open_sealed
        from app.result import read_result_package

        content = read_result_package(self.world.result_path)

        plain = open_sealed(self._subkey(), content.tally_nonce, content.sealed_tally,
                            self.header["batch_id"].encode("ascii"))
        return [self.seed("raw", self.original), self.seed("header", encode(self.header)),
                self.seed("content", plain)]

    def _ingest(self, data: bytes) -> None:
        from app.office_results import ingest_result
        from app.storage import OfficeDatabase

        path = self.scratch.write("fuzz.crresult", data)
        database = self.scratch.folder / "office.db"
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(self.world.office_db, database)
        office = OfficeDatabase(database, create=False)
        try:
            ingest_result(office, path)
        finally:
            office.close()

    def run_raw(self, data: bytes) -> None:
        self._ingest(data)

    def run_header(self, data: bytes) -> None:
        self._ingest(signed_file("result", data, self.payload, self.key))

    def content_file(self, plain: bytes) -> bytes:
        """The package with its sealed content replaced by ``plain``, re-indexed and re-signed by the chair."""
        from app.crypto_box import seal

        nonce, sealed = seal(self._subkey(), plain, self.header["batch_id"].encode("ascii"))
        parts = [dict(p) for p in self.header["parts"]]
        tally = parts[-1]
        kept = self.payload[:tally["offset"]]
        tally.update(length=len(sealed), sha256=sha256(sealed), nonce=base64.b64encode(nonce).decode("ascii"))
        header = dict(self.header, parts=parts, payload_length=len(kept) + len(sealed),
                      tally_sha256=hashlib.sha256(plain).hexdigest())
        return signed_file("result", encode(header), kept + sealed, self.key)

    def run_content(self, data: bytes) -> None:
        self._ingest(self.content_file(data))


TARGET = ResultTarget

if __name__ == "__main__":
    from fuzz.__main__ import main

    main(["result", *sys.argv[1:]])
