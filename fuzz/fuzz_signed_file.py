"""Fuzz target: the common signed container and its JSON — detect_kind, read_signed_header for each
kind, and strict_json on the header bytes alone.

Modes: ``raw`` (a whole file of any kind), ``json`` (bytes given to strict_json, then signed as a
batch header so read_signed_header parses them too).
"""

from __future__ import annotations

import contextlib
import sys

from fuzz.harness import Target, encode, signed_file, split_signed


class SignedFileTarget(Target):
    name = "signed_file"
    modes = ("raw", "json")

    def seeds(self) -> list[bytes]:
        world = self.world
        files = [world.batch_path, world.score_paths["E02"], world.result_path]
        return [self.seed("raw", p.read_bytes()) for p in files] + [
            self.seed("json", encode(split_signed(p.read_bytes())[0])) for p in files]

    def _read(self, data: bytes) -> None:
        from app.errors import InputRefused
        from app.signed_file import MAGICS, detect_kind, read_signed_header

        path = self.scratch.write("fuzz.crfile", data)
        with contextlib.suppress(InputRefused):
            detect_kind(path)
        for kind in MAGICS:
            with contextlib.suppress(InputRefused):
                read_signed_header(path, kind)

    def run_raw(self, data: bytes) -> None:
        self._read(data)

    def run_json(self, data: bytes) -> None:
        from app.signed_file import strict_json

        with contextlib.suppress(ValueError):  # strict_json's own contract: its callers turn this into a refusal
            strict_json(data)
        self._read(signed_file("batch", data, b"", self.world.office_key))


TARGET = SignedFileTarget

if __name__ == "__main__":
    from fuzz.__main__ import main

    main(["signed_file", *sys.argv[1:]])
