"""What a fuzz run counts as a pass, shared by every target, the runner and the test suite.

A reader of outside data passes on an input when it returns, or raises one of the project's own
errors (``app.errors.CraftsmanError``) whose message is a non-empty, one-screen, printable text for
the person at the screen, and does either within ``SLOW_SECONDS``. Anything else (another exception
type, an empty or garbled message, a slow input) is a crash. The atheris runner records each crash
(kind and the innermost project frame, so one bug counts once) and keeps going, so one run reports
every distinct crash it meets; the tests assert that there is none.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SLOW_SECONDS = 5.0  # a reader that takes longer on a small input has no time bound
MAX_MESSAGE = 2000


class Crash(Exception):
    """An input made a reader fail the pass rule; the message says how."""


def message_problem(error: BaseException) -> str | None:
    """Why an error's message is not fit for the person at the screen, or None when it is."""
    text = str(error)
    if not text.strip():
        return "empty message"
    if len(text) > MAX_MESSAGE:
        return f"message of {len(text)} characters"
    if "Traceback" in text:
        return "traceback in message"
    if any(not ch.isprintable() and ch not in "\n" for ch in text):
        return "unprintable characters in message"
    return None


def check(call: Callable[[], Any]) -> None:
    """Run ``call``; raise Crash unless it returns or raises a CraftsmanError with a fit message, in time."""
    from app.errors import CraftsmanError

    started = time.perf_counter()
    try:
        call()
    except CraftsmanError as error:
        problem = message_problem(error)
        if problem:
            raise Crash(f"{type(error).__name__} with {problem}: {str(error)[:200]!r}") from error
    except Exception as error:
        raise Crash(f"{type(error).__name__} escaped: {str(error)[:200]}") from error
    elapsed = time.perf_counter() - started
    if elapsed > SLOW_SECONDS:
        raise Crash(f"slow: {elapsed:.1f} s")


def signature(crash: Crash) -> str:
    """One line naming a crash by its kind and the innermost frame in the project's code."""
    cause = crash.__cause__
    where = "?"
    if cause is not None:
        frames = traceback.extract_tb(cause.__traceback__)
        own = [f for f in frames if "/app/" in f.filename or "/scoring/" in f.filename or "/exports/" in f.filename]
        frame = (own or frames or [None])[-1]
        if frame is not None:
            where = f"{Path(frame.filename).name}:{frame.lineno} {frame.name}"
    kind = type(cause).__name__ if cause is not None else "slow"
    return f"{kind} at {where}"


class Target:
    """One reader under fuzzing. An input's first byte picks a mode (raw file, or a structure-aware
    edit re-signed so it reaches past the signature); the rest is that mode's data."""

    name = ""
    modes: tuple[str, ...] = ("raw",)

    def __init__(self, world: Any, scratch: Scratch) -> None:
        self.world = world
        self.scratch = scratch

    def seeds(self) -> list[bytes]:
        """Inputs made from the world's real files: one or more per mode."""
        raise NotImplementedError

    def run(self, data: bytes) -> None:
        """Feed one input to the reader(s); exceptions are judged by ``check``."""
        if not data:
            return
        mode = self.modes[data[0] % len(self.modes)]
        getattr(self, f"run_{mode}")(data[1:])

    def seed(self, mode: str, body: bytes) -> bytes:
        return bytes([self.modes.index(mode)]) + body


# ---------------------------------------------------------------------------------------------
# Scratch files: readers take paths, so each input is written to one reused file (tmpfs when there).


def scratch_dir() -> Path:
    base = Path("/dev/shm") if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK) else None
    return Path(tempfile.mkdtemp(prefix="craftsman-fuzz-", dir=base))


@dataclass
class Scratch:
    folder: Path = field(default_factory=scratch_dir)

    def write(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        return path


# ---------------------------------------------------------------------------------------------
# Re-signing: structure-aware inputs reach past the signature, as a hostile signer's file would.


def split_signed(data: bytes) -> tuple[dict[str, Any], bytes]:
    """The header (parsed) and the payload of one of the project's signed files."""
    from app.signed_file import _PREAMBLE, SIGNATURE_SIZE

    _, _, length = _PREAMBLE.unpack_from(data)
    header = json.loads(data[_PREAMBLE.size:_PREAMBLE.size + length])
    return header, data[_PREAMBLE.size + length + SIGNATURE_SIZE:]


def signed_file(kind: str, header_bytes: bytes, payload: bytes, key: Any) -> bytes:
    """A file of ``kind`` whose header is exactly ``header_bytes``, validly signed by ``key``."""
    from app.signed_file import sign_prefix, signed_prefix

    prefix = signed_prefix(kind, header_bytes)
    return prefix + sign_prefix(key, prefix) + payload


def encode(header: dict[str, Any]) -> bytes:
    from app.signed_file import encode_header

    return encode_header(header)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------
# Workbooks: one zip member replaced, the archive rebuilt with valid checksums.


def zip_members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def rezip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in members:
            archive.writestr(name, body)
    return out.getvalue()


def replace_member(seed: bytes, selector: int, body: bytes) -> bytes:
    """The seed workbook with its member number ``selector`` (mod count) replaced by ``body``."""
    members = zip_members(seed)
    index = selector % len(members)
    members[index] = (members[index][0], body)
    return rezip(members)


def interesting_members(seed: bytes) -> list[tuple[int, bytes]]:
    """(index, body) of the members worth fuzzing: the sheets, shared strings and workbook parts."""
    found = []
    for index, (name, body) in enumerate(zip_members(seed)):
        if name.endswith(".xml") and ("worksheets/" in name or "sharedStrings" in name or name == "xl/workbook.xml"):
            found.append((index, body))
    return found


class WorkbookTarget(Target):
    """A workbook reader: ``raw`` (the whole .xlsx) or ``member`` (one selector byte, then the new
    body of that zip member — a sheet, the shared strings or the workbook part — re-zipped validly)."""

    modes = ("raw", "member")
    seed_name = ""

    def __init__(self, world: Any, scratch: Scratch) -> None:
        super().__init__(world, scratch)
        self.original = world.path(self.seed_name).read_bytes()

    def seeds(self) -> list[bytes]:
        return [self.seed("raw", self.original)] + [
            self.seed("member", bytes([index]) + body) for index, body in interesting_members(self.original)]

    def read(self, data: bytes) -> None:
        raise NotImplementedError

    def run_raw(self, data: bytes) -> None:
        self.read(data)

    def run_member(self, data: bytes) -> None:
        if data:
            self.read(replace_member(self.original, data[0], data[1:]))
