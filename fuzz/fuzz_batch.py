"""Fuzz target: dossier batches (.crbatch) — verify_batch, open_batch and every attachment.

Modes: ``raw`` (the whole file), ``header`` (the header's JSON bytes, signed by the office key, with
the real payload), ``manifest`` (the decrypted manifest's bytes, encrypted under the batch's data
key and indexed in a re-signed header: what a hostile office could send).
"""

from __future__ import annotations

import sys
from typing import Any

from fuzz.harness import Target, encode, sha256, signed_file, split_signed


class BatchTarget(Target):
    name = "batch"
    modes = ("raw", "header", "manifest")

    def __init__(self, world: Any, scratch: Any) -> None:
        super().__init__(world, scratch)
        self.original = world.batch_path.read_bytes()
        self.header, self.payload = split_signed(self.original)

    def seeds(self) -> list[bytes]:
        from app.crypto_box import decrypt_stream

        blob = self.header["blobs"][0]
        manifest = decrypt_stream(self.world.batch.data_key, 0, self.header["batch_id"].encode("ascii"),
                                  self.payload[blob["offset"]:blob["offset"] + blob["length"]])
        return [self.seed("raw", self.original), self.seed("header", encode(self.header)),
                self.seed("manifest", manifest)]

    def _open(self, data: bytes) -> None:
        from app.batch import open_batch, verify_batch
        from fuzz.world import PASSPHRASE

        path = self.scratch.write("fuzz.crbatch", data)
        verify_batch(path)
        opened = open_batch(path, PASSPHRASE)
        for index in range(1, len(opened.header.blobs)):
            opened.attachment(index)

    def run_raw(self, data: bytes) -> None:
        self._open(data)

    def run_header(self, data: bytes) -> None:
        self._open(signed_file("batch", data, self.payload, self.world.office_key))

    def manifest_file(self, manifest: bytes) -> bytes:
        """The world's batch with its manifest replaced, re-indexed and re-signed by the office."""
        from app.crypto_box import StreamEncryptor, ciphertext_length

        aad = self.header["batch_id"].encode("ascii")
        encryptor = StreamEncryptor(self.world.batch.data_key, 0, aad)
        ciphertext = b"".join(encryptor.feed(manifest)) + encryptor.finish()
        header = dict(self.header, blobs=[dict(b) for b in self.header["blobs"]])
        old = header["blobs"][0]["length"]
        rest = self.payload[old:]
        header["blobs"][0].update(length=ciphertext_length(len(manifest)), size=len(manifest),
                                  sha256=sha256(ciphertext))
        shift = len(ciphertext) - old
        for blob in header["blobs"][1:]:
            blob["offset"] += shift
        header["payload_length"] = len(ciphertext) + len(rest)
        return signed_file("batch", encode(header), ciphertext + rest, self.world.office_key)

    def run_manifest(self, data: bytes) -> None:
        self._open(self.manifest_file(data))


TARGET = BatchTarget

if __name__ == "__main__":
    from fuzz.__main__ import main

    main(["batch", *sys.argv[1:]])
