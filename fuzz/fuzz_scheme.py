"""Fuzz target: scoring scheme files (TOML) — load_scheme from a file, then the scoring core's view of it."""

from __future__ import annotations

import sys

from fuzz.harness import Target


class SchemeTarget(Target):
    name = "scheme"

    def seeds(self) -> list[bytes]:
        return [self.seed("raw", self.world.path("scheme.toml").read_bytes())]

    def run_raw(self, data: bytes) -> None:
        from app.scheme import load_scheme
        from scoring import from_scheme_dict

        scheme = load_scheme(self.scratch.write("fuzz-scheme.toml", data))
        scheme.fingerprint()
        from_scheme_dict(scheme.to_dict())


TARGET = SchemeTarget

if __name__ == "__main__":
    from fuzz.__main__ import main

    main(["scheme", *sys.argv[1:]])
