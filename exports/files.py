"""Writing output files so that a failure never leaves a half file that looks whole.

Every file the app writes goes to a temporary name beside its target, is flushed to disk, and is
renamed over the target only when complete; on any error the temporary file is removed.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from app.errors import CraftsmanError


def _fsync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # not possible on Windows; the rename is still atomic there
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(target: Path, write: Callable[[Path], object]) -> None:
    """Call ``write(temporary_path)``, then move the finished file onto ``target``."""
    target = Path(target)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise CraftsmanError(f"无法写入 {target}：文件夹 {directory} 不存在")
    temporary = directory / f".{target.name}.{secrets.token_hex(4)}.part"
    try:
        write(temporary)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        _fsync_directory(directory)
    except CraftsmanError:
        temporary.unlink(missing_ok=True)
        raise
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CraftsmanError(f"无法写入 {target}：{error.strerror or error}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def atomic_write_bytes(target: Path, data: bytes) -> None:
    atomic_write(target, lambda path: path.write_bytes(data))
