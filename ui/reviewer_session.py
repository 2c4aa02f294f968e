"""One reviewer's open session: the batch in memory, their ReviewStore, and undo over the store.

Every change goes through ``ReviewSession.change``: the store is written first (it autosaves and
logs each change in one transaction), then a command holding the candidate's state before and
after is pushed on a ``QUndoStack``. Undo and redo bring the candidate back to a recorded state by
calling the store again, so they are saved and logged like any other edit. Views listen to
``changed(application_no)`` and read the store; nothing here keeps scores of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.batch import UNNAMED_PREPARED_REASON, OpenBatch
from app.errors import CraftsmanError
from app.panel import PanelMember
from app.paths import sessions_dir
from app.review_store import CandidateScores, ReviewStore, format_score, session_path, store_key
from ui.i18n import domain_text

log = logging.getLogger(__name__)

_SCORE_COMMAND_ID = 4201


def restore_candidate(store: ReviewStore, target: CandidateScores) -> None:
    """Bring one candidate back to ``target`` (scores, comment, recusal, complete) through the store."""
    no = target.application_no
    current = store.candidate(no)
    if current.recused and not target.recused:
        store.set_recusal(no, False)
        current = store.candidate(no)
    if not current.recused:
        for key in store.scheme.item_keys():
            if current.scores.get(key) != target.scores.get(key):
                store.set_score(no, key, target.scores.get(key))
    if current.comment != target.comment:
        store.set_comment(no, target.comment)
    if target.recused:
        store.set_recusal(no, True, target.recusal_reason)
    elif store.candidate(no).complete != target.complete:
        store.set_complete(no, target.complete)


def same_state(a: CandidateScores, b: CandidateScores) -> bool:
    return (a.scores, a.comment, a.recused, a.recusal_reason, a.complete) == (
        b.scores, b.comment, b.recused, b.recusal_reason, b.complete)


class CandidateCommand(QUndoCommand):
    """A change already made to one candidate, undone or redone by restoring a recorded state."""

    def __init__(self, session: ReviewSession, before: CandidateScores, after: CandidateScores, text: str,
                 merge_key: tuple[str, int] | None = None) -> None:
        super().__init__(text)
        self.session = session
        self.before = before
        self.after = after
        self.merge_key = merge_key  # (sub-item, edit serial): typing in one field is one undo step
        self._first = True

    @property
    def application_no(self) -> str:
        return self.before.application_no

    def id(self) -> int:
        return _SCORE_COMMAND_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CandidateCommand) or other.merge_key is None:
            return False
        if other.merge_key != self.merge_key or other.application_no != self.application_no:
            return False
        self.after = other.after
        self.setText(other.text())
        if same_state(self.before, self.after):
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if self._first:  # the change was made before the command was pushed
            self._first = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)

    def _restore(self, target: CandidateScores) -> None:
        try:
            restore_candidate(self.session.store, target)
        except CraftsmanError as error:
            self.setObsolete(True)
            self.session.failed.emit(error.source)
        self.session.touched(self.application_no)


class ReviewSession(QObject):
    """The batch, the reviewer, their store and the undo stack: what the main window works on."""

    changed = Signal(str)  # an application_no whose stored state changed (edit, undo, redo)
    locked_changed = Signal(bool)
    failed = Signal(object)  # why the store refused a change during undo or redo (a core message)
    undone = Signal(str)  # the candidate an undo or redo touched (the window shows it)

    def __init__(self, batch: OpenBatch, member: PanelMember, store: ReviewStore, *, created: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self.member = member
        self.store = store
        self.created = created  # True when this opening made the local session file
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    @classmethod
    def open(cls, batch: OpenBatch, member: PanelMember, folder: Path | None = None,
             parent: QObject | None = None) -> ReviewSession:
        """Open (or resume) the member's local session for the batch; on first opening apply the
        batch's prepared recusals for this member."""
        identity = batch.identity
        path = session_path(folder or sessions_dir(), identity.batch_id, member.number)
        created = not path.exists()
        store = ReviewStore(path, batch_id=identity.batch_id, reviewer=member.number, scheme=batch.scheme,
                            candidates=[c["application_no"] for c in batch.candidates],
                            office_fingerprint=identity.office_fingerprint,
                            key=store_key(batch.data_key, identity.batch_id, member.number))
        if created:
            for candidate in batch.candidates:
                for recusal in candidate.get("recused") or []:
                    if recusal.get("member") == member.number:
                        store.set_recusal(candidate["application_no"], True,
                                          str(recusal.get("reason") or UNNAMED_PREPARED_REASON))
        return cls(batch, member, store, created=created, parent=parent)

    # -- reading ------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        """Whether editing is closed: handed in, or open read-only because another window has it."""
        return self.store.locked or self.store.read_only

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def candidate(self, application_no: str) -> CandidateScores:
        return self.store.candidate(application_no)

    # -- changing -----------------------------------------------------------------------------
    def change(self, application_no: str, text: str, action: Callable[[], None],
               merge_key: tuple[str, int] | None = None) -> str | None:
        """Run ``action`` (which calls the store); push it for undo; the refusal message or None.

        The refusal is the core's message (Chinese, keeping its template): show it with ``message_text``."""
        before = self.store.candidate(application_no)
        try:
            action()
        except CraftsmanError as error:
            return error.source
        after = self.store.candidate(application_no)
        if not same_state(before, after):
            self.undo_stack.push(CandidateCommand(self, before, after, text, merge_key))
            self.changed.emit(application_no)
        return None

    def set_score(self, application_no: str, key: str, value: Decimal | None, serial: int) -> str | None:
        _power, item = self.batch.scheme.item(key)
        shown = self.tr("清空") if value is None else format_score(value)
        # The command's text is what 已撤销：… says in the status bar: in the interface's language.
        text = self.tr("{item}：{value}").format(item=domain_text(item.label), value=shown)
        return self.change(application_no, text,
                           lambda: self.store.set_score(application_no, key, value), (key, serial))

    def set_comment(self, application_no: str, comment: str) -> str | None:
        return self.change(application_no, self.tr("评语"), lambda: self.store.set_comment(application_no, comment))

    def set_recusal(self, application_no: str, recused: bool, reason: str = "") -> str | None:
        return self.change(application_no, self.tr("回避") if recused else self.tr("取消回避"),
                           lambda: self.store.set_recusal(application_no, recused, reason))

    def set_complete(self, application_no: str, complete: bool = True) -> str | None:
        return self.change(application_no, self.tr("标为已完成") if complete else self.tr("取消已完成"),
                           lambda: self.store.set_complete(application_no, complete))

    def touched(self, application_no: str) -> None:
        """Called by commands after an undo or redo has written the store."""
        self.changed.emit(application_no)
        self.undone.emit(application_no)

    def lock(self) -> str:
        head = self.store.lock()
        self.undo_stack.clear()  # a handed-in session is changed only after an explicit reopen
        self.locked_changed.emit(True)
        return head

    def reopen(self, reason: str) -> None:
        self.store.reopen(reason)
        self.locked_changed.emit(False)

    def close(self) -> None:
        self.undo_stack.clear()
        self.store.close()
