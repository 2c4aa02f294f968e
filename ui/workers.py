"""Running long work off the UI thread: a QRunnable whose outcome arrives as Qt signals.

A task is a plain callable. It must open whatever it needs itself (SQLite connections belong to
the thread that opened them, so a task opens its own ``OfficeDatabase``). Its result or its error
comes back to the UI thread through queued signals. ``failed`` carries a message for
``ui.i18n.message_text``: a ``CraftsmanError``'s own message (its ``source``: an ``app.messages``
``Message`` that keeps its template and values, or the plain Chinese text), a file error or anything
unexpected as a plain text already in the interface's language (the traceback goes to the log, never
to the person at the screen). A receiver shows ``message_text(message)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import CraftsmanError

if TYPE_CHECKING:
    from app.intake import IntakeReport

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    """Lives in the UI thread; the task emits from the pool thread (queued delivery)."""

    succeeded = Signal(object)
    # object, not str: Qt would turn a Message into a plain str and lose its template. What arrives
    # is always a str (a Message or a plain text); show it with message_text.
    failed = Signal(object)
    done = Signal()


class Task(QRunnable):
    """One call of ``function()`` on a pool thread."""

    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps the Python object alive until ``done``
        self.signals = TaskSignals()
        self._function = function

    def run(self) -> None:
        try:
            result = self._function()
        except CraftsmanError as error:
            self.signals.failed.emit(error.shown)  # a Message keeps its template: see message_text
        except OSError as error:
            log.exception("file error in background task")
            reason = error.strerror or error
            if error.filename:
                message = QCoreApplication.translate("Task", "无法读取或写入文件 {file}：{reason}")
                self.signals.failed.emit(message.format(file=error.filename, reason=reason))
            else:
                message = QCoreApplication.translate("Task", "无法读取或写入文件：{reason}")
                self.signals.failed.emit(message.format(reason=reason))
        except Exception as error:  # nothing may escape to the person at the screen
            log.exception("unexpected error in background task")
            message = QCoreApplication.translate(
                "Task", "发生意外错误（{kind}），操作未完成。详细信息已记录到日志。")
            self.signals.failed.emit(message.format(kind=type(error).__name__))
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.done.emit()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)


def waiting_dialog(parent: QWidget, text: str, *, delay_ms: int = 300) -> QProgressDialog:
    """The modal "please wait" shown while a Task runs: no Cancel (the jobs cannot be stopped half
    way without leaving work half done), shown only if the job takes longer than ``delay_ms``."""
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setWindowTitle(QCoreApplication.translate("Workers", "请稍候"))
    progress.setCancelButton(None)  # no Cancel button
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(delay_ms)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    return progress


def intake_job(database: Path, workbook: Path, attachments: Path | None) -> IntakeReport:
    """Run intake on its own connection (this runs on a pool thread)."""
    from app.intake import run_intake
    from app.storage import OfficeDatabase

    office = OfficeDatabase(database, create=False)
    try:
        return run_intake(workbook, office, attachments=attachments)
    finally:
        office.close()


def template_job(out: Path) -> Path:
    """Write the blank applications workbook (openpyxl is imported only now)."""
    from exports.templates import write_applications_template

    write_applications_template(out)
    return out
