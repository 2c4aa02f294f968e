"""Where the app keeps its own files on each platform (without Qt, so the core can use it).

``CRAFTSMAN_DATA_DIR`` overrides the location (tests, portable installs).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

APP_NAME = "craftsman-review"


def data_dir() -> Path:
    """The per-user app-data folder, created owner-only on first use."""
    override = os.environ.get("CRAFTSMAN_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP_NAME
    base.mkdir(parents=True, exist_ok=True)
    # Not always ours to change (a shared override): the files inside stay owner-only anyway.
    with contextlib.suppress(OSError):
        base.chmod(0o700)
    return base


def sessions_dir() -> Path:
    folder = data_dir() / "sessions"
    folder.mkdir(exist_ok=True)
    return folder
