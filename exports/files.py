"""Writing the files a person asked for so that a failure never leaves a half file that looks whole.

Every such file goes to a temporary name beside its target (``.NAME.xxxx.part``), is flushed to disk,
and is renamed over the target only when complete; then the folder is flushed so the rename itself
survives a power cut. On any failure (a read-only or vanished folder, a full disk, an interrupt) the
temporary file is removed, an older file at the target stays exactly as it was, and the person gets
one ``OutputError`` in plain Chinese.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import secrets
import sqlite3
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import OutputError
from app.messages import msg

# What the person at the screen can do something about, in their words; anything else falls back to
# the system's own text.
_REASONS: dict[int, str] = {
    errno.EACCES: msg("没有写入权限（文件夹或文件是只读的）"),
    errno.EPERM: msg("没有写入权限（文件夹或文件被锁定）"),
    errno.EROFS: msg("所在的磁盘是只读的"),
    errno.ENOSPC: msg("磁盘空间已满"),
    errno.EFBIG: msg("文件超出了磁盘或系统允许的大小"),
    errno.ENOENT: msg("文件夹已不存在（U 盘可能已拔出）"),
    errno.ENOTDIR: msg("路径中有一级不是文件夹"),
    errno.EISDIR: msg("同名的是一个文件夹"),
    errno.EIO: msg("磁盘读写出错（U 盘可能已拔出或损坏）"),
    errno.ENAMETOOLONG: msg("文件名太长"),
    errno.EBUSY: msg("文件正被其他程序占用"),
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = msg("超出了磁盘配额")

# SQLite's primary result codes for the same situations (the backup writes through SQLite).
_SQLITE_REASONS: dict[int, str] = {
    8: msg("没有写入权限（文件夹或文件是只读的）"),  # SQLITE_READONLY
    10: msg("磁盘读写出错（磁盘可能已满或已拔出）"),  # SQLITE_IOERR
    13: msg("磁盘空间已满"),  # SQLITE_FULL
    14: msg("无法在该文件夹中创建文件（文件夹只读或已不存在）"),  # SQLITE_CANTOPEN
}


def describe_os_error(error: OSError) -> str:
    """The reason an operating-system error gives, in Chinese where the person can act on it (a ``Message``
    then; the system's own text otherwise)."""
    if error.errno in _REASONS:
        return _REASONS[error.errno]
    return str(error.strerror or error)


def output_error(target: Path, reason: str, *, kept_older: bool = False) -> OutputError:
    """The one message for an output that was not written."""
    if kept_older:
        return OutputError(msg("无法保存 {target}：{reason}。未留下不完整的文件，原有的同名文件未改动，"
                               "请换一个位置再试", target=target, reason=reason))
    return OutputError(msg("无法保存 {target}：{reason}。未留下不完整的文件，请换一个位置再试",
                           target=target, reason=reason))


def sqlite_output_error(target: Path, error: sqlite3.Error, *, kept_older: bool = False) -> OutputError | None:
    """``output_error`` for a SQLite error that is about where the file goes, else ``None``."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None or code & 0xFF not in _SQLITE_REASONS:
        return None
    return output_error(target, _SQLITE_REASONS[code & 0xFF], kept_older=kept_older)


def check_target(target: Path) -> None:
    """Refuse, before any work is done, a target that cannot be written or must not be replaced."""
    target = Path(target)
    try:
        _check_target(target)
    except OSError as error:  # a name too long, a loop of links: stat itself fails
        raise output_error(target, describe_os_error(error)) from None


def _check_target(target: Path) -> None:
    directory = target.parent
    if target.is_dir():
        raise output_error(target, msg("同名的是一个文件夹，请换一个文件名"))
    if target.exists():
        if not target.is_file():  # a device, a pipe: never rename a file over /dev/...
            raise output_error(target, msg("这不是普通文件（设备或管道），不能覆盖"))
        mode = target.stat().st_mode
        # Renaming over a read-only file works on POSIX but not on Windows, and the person made it
        # read-only for a reason: refuse it everywhere.
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
            raise output_error(target, msg("已有的同名文件是只读的"), kept_older=True)
    if directory.exists() and not directory.is_dir():
        raise output_error(target, msg("{folder} 不是文件夹", folder=directory))
    if not directory.is_dir():
        raise output_error(target, msg("文件夹 {folder} 不存在（或已被移走）", folder=directory))
    if not os.access(directory, os.W_OK):
        raise output_error(target, msg("没有写入权限（文件夹是只读的）"), kept_older=target.exists())


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


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
    """Call ``write(temporary_path)``, then move the finished file onto ``target``.

    Raises ``OutputError`` when the file cannot be written; whatever ``write`` raises otherwise
    (a ``CraftsmanError``, ``KeyboardInterrupt``) passes through, the temporary file removed first.
    """
    target = Path(target)
    check_target(target)
    directory = target.parent
    existed = target.exists()
    temporary = directory / f".{target.name}.{secrets.token_hex(4)}.part"
    try:
        write(temporary)
        _fsync_file(temporary)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):  # the folder may be gone or read-only by now
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            elsewhere = error.filename is not None and Path(os.fsdecode(error.filename)) not in (temporary, target)
            reason = describe_os_error(error)
            if elsewhere:  # the writer failed to read one of its inputs, not to write
                reason = msg("无法读取 {path}（{reason}）", path=os.fsdecode(error.filename), reason=reason)
            raise output_error(target, reason, kept_older=existed) from None
        raise
    _fsync_directory(directory)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    atomic_write(target, lambda path: path.write_bytes(data))


def workbook_writer(book: Any) -> Callable[[Path], None]:
    """``atomic_write``'s writer for an openpyxl workbook, in place of ``book.save``.

    When a write fails (a full disk), openpyxl's ``save`` leaves its zip archive and the sheet's XML
    stream open; their finalisers fail again later and Python prints those tracebacks. Here both are
    closed at once, and lxml's ``SerialisationError("IO_ENOSPC")`` becomes the ``OSError`` it stands for.
    """

    def write(path: Path) -> None:
        from openpyxl.writer.excel import ExcelWriter

        if book.write_only and not book.worksheets:  # as Workbook.save does
            book.create_sheet()
        book.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)  # shown, never trusted
        archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(book, archive).write_data()
        except BaseException as error:
            _close_sheet_streams(error)
            with contextlib.suppress(Exception):  # closing writes the directory: fails again on a full disk
                archive.close()
            io_error = _lxml_io_error(error)
            if io_error is not None:
                raise io_error from None
            raise
        archive.close()

    return write


def _close_sheet_streams(error: BaseException) -> None:
    """Close the sheet writers a failed openpyxl write left open, while its traceback still reaches
    them (they hold a generator around lxml's file writer), and remove their temporary files."""
    from openpyxl.worksheet._writer import WorksheetWriter  # private, but the only handle there is

    seen: set[int] = set()
    frame = error.__traceback__
    while frame is not None:
        for value in list(frame.tb_frame.f_locals.values()):
            if isinstance(value, WorksheetWriter) and id(value) not in seen:
                seen.add(id(value))
                with contextlib.suppress(Exception):
                    value.close()
                with contextlib.suppress(Exception):
                    value.cleanup()
        frame = frame.tb_next


def _lxml_io_error(error: BaseException) -> OSError | None:
    """lxml reports a failed write as SerialisationError('IO_ENOSPC'): the errno is in the name."""
    text = str(error)
    if type(error).__name__ != "SerialisationError" or not text.startswith("IO_E"):
        return None
    code = getattr(errno, text[3:], None)
    return OSError(code, os.strerror(code)) if isinstance(code, int) else OSError(errno.EIO, text)
