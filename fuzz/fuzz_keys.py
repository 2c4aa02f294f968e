"""Fuzz target: key files — load_public_key, load_private_key without and with a passphrase.

Modes: ``public`` (a .pub), ``private`` (a .key read without passphrase), ``protected`` (a .key read
with the passphrase it was made with).
"""

from __future__ import annotations

import sys

from fuzz.harness import Target
from fuzz.world import KEY_PASSPHRASE


class KeysTarget(Target):
    name = "keys"
    modes = ("public", "private", "protected")

    def seeds(self) -> list[bytes]:
        path = self.world.path
        return [self.seed("public", path("office.pub").read_bytes()),
                self.seed("private", path("office.key").read_bytes()),
                self.seed("protected", path("protected.key").read_bytes()),
                self.seed("public", path("protected.pub").read_bytes())]

    def run_public(self, data: bytes) -> None:
        from app.keys import load_public_key

        load_public_key(self.scratch.write("fuzz.pub", data))

    def run_private(self, data: bytes) -> None:
        from app.keys import load_private_key

        load_private_key(self.scratch.write("fuzz.key", data))

    def run_protected(self, data: bytes) -> None:
        from app.keys import load_private_key

        load_private_key(self.scratch.write("fuzz.key", data), KEY_PASSPHRASE)


TARGET = KeysTarget

if __name__ == "__main__":
    from fuzz.__main__ import main

    main(["keys", *sys.argv[1:]])
