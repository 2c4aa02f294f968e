"""The signing key of the person using this laptop (a reviewer or a chair).

Made on first use and kept in the app-data folder, owner-only; its fingerprint is what the person
writes under their handwritten signature and what the chair compares. People who already have a
key (from ``keygen``) can use that file instead.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.keys import generate_keypair, load_private_key
from app.paths import data_dir


def personal_key_path() -> Path:
    folder = data_dir() / "keys"
    folder.mkdir(mode=0o700, exist_ok=True)
    # mkdir's mode is filtered by the umask and ignored on an existing folder: set it, where it is ours to set.
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    return folder / "personal.key"


def personal_key() -> Ed25519PrivateKey:
    """This laptop user's signing key, created (owner-only, without a passphrase) when missing."""
    path = personal_key_path()
    if not path.exists():
        generate_keypair(path)
    return load_private_key(path)
