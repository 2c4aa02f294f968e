"""Real faults for the tests: a read-only folder, a full disk, a file size limit; nothing mocked.

Root ignores file modes, so "read-only" needs more than ``chmod`` there:

- a child process (the CLI) run with ``as_unprivileged()`` drops the capabilities that let root
  write anywhere (``CAP_DAC_OVERRIDE`` and friends) from its bounding set before it execs, so the
  kernel checks the folder's mode for it as for anyone; not root: nothing to drop;
- this process (the GUI tests) gets ``read_only_folder()``: ``chmod`` when not root, else the
  immutable attribute (``chattr +i``), else a read-only bind mount; skipped when none is allowed.

A full disk is a small tmpfs filled to the brim (root with ``mount`` only) or, in a child process,
``RLIMIT_FSIZE`` with SIGXFSZ ignored, so that ``write()`` fails with EFBIG mid-file.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import resource
import shutil
import signal
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
_PR_CAPBSET_DROP = 24
# CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER, CAP_FSETID, CAP_LINUX_IMMUTABLE
_WRITE_ANYWHERE_CAPS = (0, 1, 2, 3, 4, 9)


def _drop_write_anywhere_capabilities() -> None:
    """Runs in the child between fork and exec: from now on root obeys file modes."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _WRITE_ANYWHERE_CAPS:
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) refused")


def can_drop_capabilities() -> bool:
    if not IS_ROOT:
        return True
    probe = subprocess.run(["true"], preexec_fn=_drop_write_anywhere_capabilities, check=False,
                           capture_output=True)
    return probe.returncode == 0


def as_unprivileged() -> Callable[[], None] | None:
    """A ``preexec_fn`` under which a child process cannot write into a folder of mode 0o555."""
    return _drop_write_anywhere_capabilities if IS_ROOT else None


def with_file_size_limit(limit: int, then: Callable[[], None] | None = None) -> Callable[[], None]:
    """A ``preexec_fn``: no file may grow past ``limit`` bytes; a write that would fails with EFBIG
    (SIGXFSZ ignored, which an exec keeps) instead of killing the process."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        if then is not None:
            then()

    return apply


@contextlib.contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """For a moment, in this process: no file may grow past ``limit`` bytes (write() fails with EFBIG)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def _refuses_writes(folder: Path) -> bool:
    probe = folder / ".write-probe"
    try:
        probe.write_bytes(b"x")
    except OSError:
        return True
    probe.unlink()
    return False


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """Make ``folder`` read-only for this very process; yields how ("chmod", "chattr", "mount")."""
    folder.mkdir(parents=True, exist_ok=True)
    if not IS_ROOT:
        mode = stat.S_IMODE(folder.stat().st_mode)
        folder.chmod(0o555)
        try:
            assert _refuses_writes(folder)
            yield "chmod"
        finally:
            folder.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr and subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode == 0:
        try:
            if _refuses_writes(folder):
                yield "chattr"
                return
        finally:
            subprocess.run([chattr, "-i", str(folder)], capture_output=True, check=True)
    if _mount(["--bind", str(folder), str(folder)]):
        try:
            if _mount(["-o", "remount,ro,bind", str(folder)]) and _refuses_writes(folder):
                yield "mount"
                return
        finally:
            subprocess.run(["umount", str(folder)], capture_output=True, check=True)
    pytest.skip("running as root, and neither chattr +i nor a read-only bind mount is allowed here")


def _mount(arguments: list[str]) -> bool:
    if not (IS_ROOT and shutil.which("mount")):
        return False
    return subprocess.run(["mount", *arguments], capture_output=True).returncode == 0


def tmpfs_available() -> bool:
    return IS_ROOT and shutil.which("mount") is not None and shutil.which("umount") is not None


@contextlib.contextmanager
def full_disk(folder: Path, *, keep: dict[str, bytes] | None = None, free: int = 0) -> Iterator[Path]:
    """A 512 KiB tmpfs at ``folder`` holding the files ``keep``, then filled so that about ``free``
    bytes remain: the next file written there runs out of space part way. Skips where mounting
    is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    if not (tmpfs_available() and _mount(["-t", "tmpfs", "-o", "size=512k,mode=0755", "tmpfs", str(folder)])):
        pytest.skip("a full disk needs a small tmpfs: root and mount are not available here")
    try:
        for name, data in (keep or {}).items():
            (folder / name).write_bytes(data)
        filler = folder / ".filler"
        with filler.open("wb", buffering=0) as handle:
            chunk = b"\0" * 4096
            try:
                while True:
                    handle.write(chunk)
            except OSError as error:
                assert error.errno == errno.ENOSPC
        if free:
            size = filler.stat().st_size
            os.truncate(filler, max(0, size - free))
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def listing(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (hidden ones too) and its bytes."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}
