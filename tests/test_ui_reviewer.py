"""The reviewer's app (评审专家) driven through its widgets (pytest-qt, offscreen).

One demo workspace per module (its first session's batch); each test has its own app-data folder
(CRAFTSMAN_DATA_DIR), so sessions, settings and the personal key never touch the real home.
Dialogs that would block (file choosers, message boxes, the hand-in confirmation) are replaced by
recorders.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from app.batch import OpenBatch, open_batch, read_batch_header
from app.demo.workspace import DemoWorkspace, demo_passphrase, make_workspace
from app.errors import InputRefused
from app.paths import sessions_dir
from app.review_store import CandidateState, session_path
from app.score_file import read_score_file
from ui.app import make_application
from ui.reviewer_panel import ScoringPanel
from ui.reviewer_selfcheck import SelfCheckDialog, self_check
from ui.reviewer_window import ReviewerWindow, reviewer_settings, score_file_name

# Typed per candidate, in the scheme's item order (15 items, maxima 7 7 6 / 7 7 6 / 6 7 7 / 7 6 7 / 7 7 6).
TYPED = (
    ["4.5", "5.5", "4", "5", "5", "4", "4", "5", "5", "5", "4", "5", "5", "5", "4"],  # 70
    ["5", "5", "4", "5", "5", "4", "4", "5", "5", "5", "4", "5", "5", "5", "4"],  # 70
    ["7", "7", "6", "7", "7", "6", "6", "7", "7", "7", "6", "7", "7", "7", "6"],  # 100: needs a comment
    ["5", "5", "4", "5", "5", "4", "4", "5", "5", "5", "4", "5", "5", "5", "4"],  # 70 a third time
    ["6", "6.5", "5", "6.5", "6", "5", "5", "6", "5.5", "6", "5", "6.5", "6", "6", "5"],  # 85
)


@dataclass
class Demo:
    workspace: DemoWorkspace
    batch: Path
    passphrase: str
    opened: OpenBatch

    @property
    def numbers(self) -> list[str]:
        return [c["application_no"] for c in self.opened.candidates]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    workspace = make_workspace(tmp_path_factory.mktemp("demo") / "workspace", batches_made="first")
    batch = workspace.batches[0]
    identity = read_batch_header(batch).identity
    passphrase = demo_passphrase(identity.group, identity.session)
    return Demo(workspace, batch, passphrase, open_batch(batch, passphrase.encode("utf-8")))


@pytest.fixture(autouse=True)
def app_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "app-data"
    monkeypatch.setenv("CRAFTSMAN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    return make_application()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every error dialog shown (QMessageBox.critical), instead of blocking."""
    shown: list[str] = []

    def critical(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def open_window(qtbot: Any, demo: Demo) -> ReviewerWindow:
    window = ReviewerWindow(settings=reviewer_settings(), batch=demo.batch)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def unlock(qtbot: Any, window: ReviewerWindow, passphrase: str) -> None:
    """Type the passphrase and press Enter; wait for the background unlock to finish."""
    start = window.start_screen
    start.passphrase_edit.setFocus()
    qtbot.keyClicks(start.passphrase_edit, passphrase)
    assert start.passphrase_edit.echoMode() is start.passphrase_edit.EchoMode.Password
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not start.is_busy(), timeout=30000)


def start_as(qtbot: Any, window: ReviewerWindow, demo: Demo, member: str) -> ScoringPanel:
    unlock(qtbot, window, demo.passphrase)
    start = window.start_screen
    assert start.batch is not None
    assert start.choose_member(member)
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.view is not None
    assert window.session.member.number == member
    return window.view.panel


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Chinese arrives from an input method as committed text; QTest can only type ASCII keys."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    qtbot.wait(1)


def type_scores(qtbot: Any, panel: ScoringPanel, values: list[str]) -> None:
    """Digits and Enter, field after field, as a reviewer types them."""
    panel.focus_first()
    for key, text in zip(panel.order, values, strict=True):
        field = panel.fields[key]
        assert QApplication.focusWidget() is field, f"focus should be on {key}"
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)


# ------------------------------------------------------------------------------------------------


def test_start_screen_shows_the_batch_identity_before_unlocking(qtbot: Any, app: QApplication, demo: Demo) -> None:
    window = open_window(qtbot, demo)
    start = window.start_screen
    identity = read_batch_header(demo.batch).identity
    assert start.office_fingerprint.text() == identity.office_fingerprint
    assert identity.group in start.identity_values["group"].text()
    assert str(identity.candidate_count) in start.identity_values["candidates"].text()
    assert start.identity_values["scheme"].text() == identity.scheme_name
    assert start.key_fingerprint and start.key_fingerprint in start.personal_label.text()
    assert not start.member_list.isEnabled() and not start.start_button.isEnabled()


def test_a_wrong_passphrase_shows_one_error_dialog(qtbot: Any, app: QApplication, demo: Demo,
                                                    errors: list[str]) -> None:
    window = open_window(qtbot, demo)
    unlock(qtbot, window, "not the passphrase")
    assert len(errors) == 1 and "口令错误" in errors[0]
    assert window.start_screen.batch is None and window.session is None
    assert window.start_screen.passphrase_edit.isEnabled()


def test_a_damaged_batch_is_refused_with_one_dialog(qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path,
                                                    errors: list[str]) -> None:
    damaged = tmp_path / "damaged.crbatch"
    damaged.write_bytes(b"this is not a batch" * 100)
    window = open_window(qtbot, demo)
    assert not window.start_screen.load_batch(damaged)
    assert len(errors) == 1
    assert window.start_screen.path == demo.batch  # the batch shown before stays


def test_a_batch_dropped_on_the_window_is_opened(qtbot: Any, app: QApplication, demo: Demo) -> None:
    window = ReviewerWindow(settings=reviewer_settings())
    qtbot.addWidget(window)
    start = window.start_screen
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo.batch))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    start.dropEvent(event)
    assert start.path == demo.batch and start.header is not None


def test_prepared_recusals_are_applied_on_first_opening(qtbot: Any, app: QApplication, demo: Demo) -> None:
    member = next(m for m in demo.opened.panel if any(
        r["member"] == m.number for c in demo.opened.candidates for r in c["recused"]))
    window = open_window(qtbot, demo)
    start_as(qtbot, window, demo, member.number)
    session = window.session
    assert session is not None
    for candidate in demo.opened.candidates:
        prepared = [r for r in candidate["recused"] if r["member"] == member.number]
        state = session.candidate(candidate["application_no"])
        assert state.recused == bool(prepared)
        if prepared:
            assert state.recusal_reason == prepared[0]["reason"]


def test_demo_style_start_picks_the_first_reviewer_who_is_not_the_chair(qtbot: Any, app: QApplication,
                                                                         demo: Demo) -> None:
    window = open_window(qtbot, demo)
    window.start_screen.set_passphrase(demo.passphrase)
    window.start_screen.unlock(choose="first")
    qtbot.waitUntil(lambda: window.session is not None, timeout=30000)
    assert window.session is not None
    expected = next(m for m in demo.opened.panel if not m.is_chair)
    assert window.session.member == expected
    assert window.current_application_no() == demo.numbers[0]


def test_score_everything_with_the_keyboard_recuse_one_hand_in_and_export(
        qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reviewer = next(m.number for m in demo.opened.panel if not m.is_chair and not any(
        r["member"] == m.number for c in demo.opened.candidates for r in c["recused"]))
    window = open_window(qtbot, demo)
    panel = start_as(qtbot, window, demo, reviewer)
    session, view = window.session, window.view
    assert session is not None and view is not None
    numbers = demo.numbers
    assert window.current_application_no() == numbers[0]
    assert view.viewer.page_count >= 1 and not view.viewer.rendered_size.isEmpty()  # first page rendered

    # The first four candidates: typed, then marked complete with Ctrl+Enter.
    typed: dict[str, list[str]] = {}
    for position, no in enumerate(numbers[:4]):
        assert window.current_application_no() == no
        type_scores(qtbot, panel, TYPED[position])
        typed[no] = TYPED[position]
        assert QApplication.focusWidget() is panel.comment_edit  # Enter after the last score
        stored = session.candidate(no)
        assert stored.scores == {k: Decimal(v) for k, v in zip(panel.order, TYPED[position], strict=True)}
        qtbot.keyClick(panel.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if position == 2:  # 100 points: refused until a comment says why
            assert not session.candidate(no).complete
            assert "评语" in panel.message_label.text()
            type_text(qtbot, panel.comment_edit, "各项事迹均有证明，确属行业顶尖。")
            qtbot.keyClick(panel.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert session.candidate(no).complete, panel.message_label.text()
        assert view.model.state(view.model.row_of(no)) is CandidateState.COMPLETE
        qtbot.keyClick(panel.comment_edit, Qt.Key.Key_PageDown)  # next candidate
    # The last one: recused, with a reason, through the check box and the reason field.
    last = numbers[4]
    assert window.current_application_no() == last
    assert QApplication.focusWidget() is panel.fields[panel.order[0]]  # PgDn put the cursor on the first score
    panel.comment_edit.setFocus()
    qtbot.keyClick(panel.comment_edit, Qt.Key.Key_Tab)  # from the comment to the recusal box
    assert QApplication.focusWidget() is panel.recuse_box
    qtbot.keyClick(panel.recuse_box, Qt.Key.Key_Space)
    assert panel.reason_edit.isVisible() and QApplication.focusWidget() is panel.reason_edit
    type_text(qtbot, panel.reason_edit, "曾是候选人的带教师傅")
    qtbot.keyClick(panel.reason_edit, Qt.Key.Key_Return)
    assert session.candidate(last).recused
    assert not panel.items_scroll.isVisible() and panel.recused_notice.isVisible()
    assert view.progress_label.text() == "4 / 4 已完成"

    # Ctrl+Up goes back; the self-check sees three candidates with the same total of 70.
    qtbot.keyClick(panel.comment_edit, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.current_application_no() == numbers[3]
    dialog = window.show_self_check()
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    assert "平均分" in text and "标准差" in text and "总分 70：3 人" in text
    assert "所有候选人均已标为已完成" in text
    dialog.close()

    # Hand in: confirm, lock, save where chosen.
    out = tmp_path / "usb" / score_file_name(demo.opened, session.member)
    out.parent.mkdir()
    confirmations: list[str] = []

    def confirm(self: SelfCheckDialog) -> int:
        confirmations.append(self.text())
        return QDialog.DialogCode.Accepted.value

    informed: list[str] = []
    monkeypatch.setattr(SelfCheckDialog, "exec", confirm)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: informed.append(text))
    window.hand_in_action.trigger()
    assert confirmations and "锁定" in confirmations[0]
    assert session.locked and out.exists()
    assert window.last_fingerprint and window.last_fingerprint in informed[0]
    assert not window.hand_in_action.isEnabled() and window.export_action.isEnabled()

    # After lock nothing can be typed.
    assert all(field.isReadOnly() for field in panel.fields.values())
    assert not panel.complete_button.isEnabled()

    # The exported file verifies and holds exactly what was typed.
    opened = open_batch(demo.batch, demo.passphrase.encode("utf-8"))
    score_file = read_score_file(out, opened)
    assert score_file.reviewer == reviewer and score_file.signer_fingerprint == window.last_fingerprint
    for no, values in typed.items():
        exported = score_file.candidates[no]
        assert exported.scores == {k: Decimal(v) for k, v in zip(panel.order, values, strict=True)}
        assert exported.complete and not exported.recused
    assert score_file.candidates[numbers[2]].comment == "各项事迹均有证明，确属行业顶尖。"
    assert score_file.candidates[last].recused
    assert score_file.candidates[last].recusal_reason == "曾是候选人的带教师傅"

    # Reopening needs a reason, is logged, and shows in the next export.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("发现第二位候选人的分数录错", True))
    assert window.reopen()
    assert not session.locked and not panel.fields[panel.order[0]].isReadOnly()
    assert session.store.log()[-1]["action"] == "reopen"


def test_refused_values_turn_red_and_are_not_saved_and_undo_works(qtbot: Any, app: QApplication,
                                                                  demo: Demo) -> None:
    window = open_window(qtbot, demo)
    panel = start_as(qtbot, window, demo, "E03")
    session = window.session
    assert session is not None
    no = demo.numbers[0]
    first, second = panel.order[0], panel.order[1]  # maxima 7 and 7, step 0.5

    panel.focus_first()
    qtbot.keyClicks(panel.fields[first], "9")  # over the maximum
    assert panel.fields[first].property("state") == "invalid"
    assert "0 到 7" in panel.message_label.text()
    qtbot.keyClick(panel.fields[first], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is panel.fields[first]  # stays until corrected
    assert first not in session.candidate(no).scores

    panel.fields[first].selectAll()
    qtbot.keyClicks(panel.fields[first], "6.3")  # off the step
    qtbot.keyClick(panel.fields[first], Qt.Key.Key_Return)
    assert "0.5 的整数倍" in panel.message_label.text()
    assert first not in session.candidate(no).scores

    panel.fields[first].selectAll()
    qtbot.keyClicks(panel.fields[first], "6.5")
    qtbot.keyClick(panel.fields[first], Qt.Key.Key_Return)
    assert session.candidate(no).scores[first] == Decimal("6.5")
    assert panel.fields[first].property("state") == "ok" and not panel.message_label.isVisible()
    qtbot.keyClicks(panel.fields[second], "5")
    qtbot.keyClick(panel.fields[second], Qt.Key.Key_Tab)
    assert session.candidate(no).scores[second] == Decimal(5)
    assert "11.5" in panel.total_label.text()

    # Ctrl+Z twice, then Ctrl+Shift+Z: the store follows, and the fields show it.
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert second not in session.candidate(no).scores and panel.fields[second].text() == ""
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.candidate(no).scores == {}
    qtbot.keyClick(focused, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert session.candidate(no).scores == {first: Decimal("6.5")}
    assert panel.fields[first].text() == "6.5"

    # Undo across candidates brings the candidate back into view.
    qtbot.keyClick(panel.fields[first], Qt.Key.Key_PageDown)
    assert window.current_application_no() == demo.numbers[1]
    window.undo()
    assert window.current_application_no() == no and session.candidate(no).scores == {}


def test_typing_is_saved_a_moment_after_the_last_key(qtbot: Any, app: QApplication, demo: Demo) -> None:
    window = open_window(qtbot, demo)
    panel = start_as(qtbot, window, demo, "E04")
    session = window.session
    assert session is not None
    panel.focus_first()
    field = panel.fields[panel.order[0]]
    qtbot.keyClicks(field, "5")
    assert panel.order[0] not in session.candidate(demo.numbers[0]).scores  # not yet: still typing
    qtbot.waitUntil(lambda: panel.order[0] in session.store.stored_candidate(demo.numbers[0]).scores,
                    timeout=3000)
    assert QApplication.focusWidget() is field  # saved without leaving the field


def test_closing_and_reopening_resumes_exactly(qtbot: Any, app: QApplication, demo: Demo) -> None:
    window = open_window(qtbot, demo)
    panel = start_as(qtbot, window, demo, "E05")
    second = demo.numbers[1]
    assert window.select_candidate(second)
    type_scores(qtbot, panel, TYPED[1][:15])
    type_text(qtbot, panel.comment_edit, "材料翔实")
    third = demo.numbers[2]
    qtbot.keyClick(panel.comment_edit, Qt.Key.Key_PageDown)  # leaving saves the comment
    assert window.current_application_no() == third
    panel.focus_first()
    qtbot.keyClicks(panel.fields[panel.order[0]], "4")  # typed, not yet saved by the timer
    window.close()  # closing saves it

    path = session_path(sessions_dir(), demo.opened.identity.batch_id, "E05")
    assert path.exists()

    again = open_window(qtbot, demo)
    unlock(qtbot, again, demo.passphrase)
    assert again.start_screen.selected_member() is not None  # remembered
    assert again.start_screen.selected_member().number == "E05"  # type: ignore[union-attr]
    qtbot.mouseClick(again.start_screen.start_button, Qt.MouseButton.LeftButton)
    assert again.session is not None and again.view is not None
    assert again.current_application_no() == third  # the same candidate
    restored = again.session.candidate(second)
    assert restored.scores == {k: Decimal(v) for k, v in zip(again.view.panel.order, TYPED[1], strict=True)}
    assert restored.comment == "材料翔实"
    assert again.session.candidate(third).scores == {again.view.panel.order[0]: Decimal(4)}
    assert again.view.panel.fields[again.view.panel.order[0]].text() == "4"
    assert again.session.store.verify()[0] > 0


def test_dossier_and_attachments(qtbot: Any, app: QApplication, demo: Demo) -> None:
    window = open_window(qtbot, demo)
    start_as(qtbot, window, demo, "E06")
    view = window.view
    assert view is not None
    entry = demo.opened.candidates[0]
    text = view.dossier.toPlainText()
    for heading in ("申报信息", "基本信息", "工作信息", "工匠五力", "引领力", "是否获得专利", "工匠精神与个人自述",
                    "个人自述", "曾经获得的荣誉", "附件"):
        assert heading in text
    assert entry["fields"]["statement"][:20] in text
    assert "出生日期" not in text and "邮编" not in text  # never carried in a batch
    viewer = view.viewer
    assert viewer.chooser.count() == len(entry["attachments"])
    first_size = viewer.rendered_size
    assert first_size.width() > 100
    viewer.zoom_by(1)
    assert not viewer.fit_width and viewer.rendered_size.width() != first_size.width()
    viewer.fit_to_width()
    viewer.show_attachment(len(entry["attachments"]) - 1)
    assert viewer.current == len(entry["attachments"]) - 1 and viewer.page_count >= 1


def test_self_check_figures(demo: Demo, tmp_path: Path) -> None:
    from app.review_store import ReviewStore, store_key

    scheme = demo.opened.scheme
    batch_id = demo.opened.identity.batch_id
    store = ReviewStore(tmp_path / "s.sqlite", batch_id=batch_id, reviewer="E07", scheme=scheme,
                        candidates=demo.numbers, key=store_key(demo.opened.data_key, batch_id, "E07"))
    keys = scheme.item_keys()
    for no, values in zip(demo.numbers[:3], (TYPED[0], TYPED[1], TYPED[3]), strict=True):
        for key, value in zip(keys, values, strict=True):
            store.set_score(no, key, Decimal(value))
        store.set_complete(no)
    store.set_recusal(demo.numbers[3], True, "亲属")
    check = self_check(store, demo.opened)
    assert check.scored == 3 and check.mean == pytest.approx(70.0) and check.sd == pytest.approx(0.0)
    assert check.same_totals and check.same_totals[0][0] == Decimal(70) and len(check.same_totals[0][1]) == 3
    assert len(check.same_scores) == 1 and len(check.same_scores[0]) == 2  # TYPED[1] == TYPED[3]
    assert [who for who, _ in check.unfinished] == [f"{demo.opened.candidates[4]['name']}（{demo.numbers[4]}）"]
    assert any("标准差" in note for note in check.notes)
    assert not check.ready
    store.close()


def test_demo_command_opens_the_reviewer_app_ready_to_score(monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.app
    from app.cli import main

    calls: list[tuple[Path | None, dict[str, Any]]] = []

    def fake_run_reviewer(batch: Path | None = None, **kwargs: Any) -> int:
        calls.append((batch, kwargs))
        assert batch is not None and batch.exists()
        # Like a reviewer's laptop: the encrypted batch only, none of the office's plaintext files.
        assert [p for p in batch.parent.rglob("*") if p.is_file()] == [batch]
        return 0

    monkeypatch.setattr(ui.app, "run_reviewer", fake_run_reviewer)
    assert main(["demo"]) == 0
    (batch, kwargs), = calls
    assert batch is not None and batch.suffix == ".crbatch"
    identity_group, session = batch.stem.split("-")
    assert kwargs == {"passphrase": demo_passphrase(identity_group, int(session)), "reviewer": "first"}


def test_recusal_hides_the_scores_and_can_be_withdrawn_or_undone(qtbot: Any, app: QApplication,
                                                                 demo: Demo) -> None:
    window = open_window(qtbot, demo)
    panel = start_as(qtbot, window, demo, "E07")
    session = window.session
    assert session is not None
    no = demo.numbers[0]
    panel.focus_first()
    qtbot.keyClicks(panel.fields[panel.order[0]], "6")  # typed, not yet saved
    panel.recuse_box.setFocus()
    qtbot.keyClick(panel.recuse_box, Qt.Key.Key_Space)
    assert panel.recuse_box.isChecked() and panel.reason_edit.isVisible()  # saving the 6 kept the box ticked
    assert session.candidate(no).scores == {panel.order[0]: Decimal(6)}
    qtbot.keyClick(panel.reason_edit, Qt.Key.Key_Return)  # no reason: refused
    assert not session.candidate(no).recused and "理由" in panel.message_label.text()
    type_text(qtbot, panel.reason_edit, "亲属关系")
    qtbot.keyClick(panel.reason_edit, Qt.Key.Key_Return)
    assert session.candidate(no).recused and not panel.items_scroll.isVisible()
    assert "—" in panel.total_label.text()

    window.undo()
    assert not session.candidate(no).recused and panel.items_scroll.isVisible()
    window.redo()
    assert session.candidate(no).recused

    panel.recuse_box.setFocus()
    qtbot.keyClick(panel.recuse_box, Qt.Key.Key_Space)  # untick: withdrawn
    assert not session.candidate(no).recused and not panel.reason_edit.isVisible()
    assert panel.fields[panel.order[0]].text() == "6"  # the score was kept


def test_hand_in_is_refused_while_candidates_are_unfinished(qtbot: Any, app: QApplication, demo: Demo,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, demo)
    start_as(qtbot, window, demo, "E03")
    shown: list[str] = []

    def read(self: SelfCheckDialog) -> int:
        shown.append(self.text())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SelfCheckDialog, "exec", read)
    assert not window.hand_in()
    assert window.session is not None and not window.session.locked
    assert shown and "未评" in shown[0]


def test_the_none_reference_guard_keeps_long_sessions_alive() -> None:
    import sys

    from PySide6.QtCore import QObject

    from ui.pyside_compat import guard_none_refcount, pyside_loses_none_references

    guard_none_refcount()
    probe = QObject()
    for _ in range(20000):  # more void calls than None had references at start-up
        probe.setObjectName("x")
    assert sys.getrefcount(None) > 0
    if pyside_loses_none_references():
        assert guard_none_refcount()


def test_the_viewer_shows_images_and_refuses_damaged_files_in_place(qtbot: Any, app: QApplication) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from ui.reviewer_attachments import AttachmentViewer

    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    files = {1: bytes(data.data()), 2: b"%PDF-1.4 this is not really a pdf", 3: b"\x00\x01 no format"}
    viewer = AttachmentViewer()
    qtbot.addWidget(viewer)
    viewer.resize(700, 600)
    viewer.show()
    viewer.set_loader(lambda blob: files[blob])
    viewer.set_attachments([
        {"blob": 1, "kind": "photo", "filename": "照片.png", "media_type": "image/png", "size": len(files[1])},
        {"blob": 2, "kind": "certificate", "filename": "证书.pdf", "media_type": "application/pdf", "size": 30},
        {"blob": 3, "kind": "other", "filename": "x.bin", "media_type": "application/octet-stream", "size": 10},
    ])
    assert viewer.page_count == 1 and viewer.rendered_size.width() > 100
    assert viewer.pages.currentWidget() is viewer.page_scroll
    viewer.show_attachment(1)
    assert viewer.page_count == 0 and "PDF" in viewer.message_view.text()
    viewer.show_attachment(2)
    assert viewer.pages.currentWidget() is viewer.message_view and "无法" in viewer.message_view.text()


def test_a_second_window_on_the_same_session_is_told_and_kept_read_only(qtbot: Any, app: QApplication, demo: Demo,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    first = open_window(qtbot, demo)
    panel = start_as(qtbot, first, demo, "E05")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    second = open_window(qtbot, demo)
    start_as(qtbot, second, demo, "E05")
    assert len(warnings) == 1 and "只读" in warnings[0]
    assert second.session is not None and second.session.read_only and second.session.locked
    with pytest.raises(InputRefused, match="只读"):
        second.session.store.set_score(demo.numbers[0], demo.opened.scheme.item_keys()[0], Decimal(5))
    assert first.session is not None and not first.session.read_only
    del panel


@pytest.mark.parametrize("fault", ["folder-vanished", "folder-at-name", "read-only-folder", "full-disk"])
def test_a_hand_in_that_cannot_be_written_shows_one_dialog_and_keeps_the_session(
        qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        errors: list[str], fault: str) -> None:
    """Real faults (tests/faults.py) at the folder chosen for the score file; then a good folder works."""
    import contextlib
    import shutil

    from tests.faults import full_disk, listing, read_only_folder

    reviewer = next(m.number for m in demo.opened.panel if not m.is_chair and not any(
        r["member"] == m.number for c in demo.opened.candidates for r in c["recused"]))
    window = open_window(qtbot, demo)
    start_as(qtbot, window, demo, reviewer)
    session = window.session
    assert session is not None
    keys = demo.opened.scheme.item_keys()
    for index, no in enumerate(demo.numbers):
        for key, value in zip(keys, TYPED[(0, 1, 3, 4)[index % 4]], strict=True):
            session.store.set_score(no, key, Decimal(value))
        session.store.set_complete(no)
    monkeypatch.setattr(SelfCheckDialog, "exec", lambda self: QDialog.DialogCode.Accepted.value)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: informed.append(text))
    name = score_file_name(demo.opened, session.member)
    older = b"the score file handed in yesterday\n"

    usb = tmp_path / "usb"
    usb.mkdir()
    with contextlib.ExitStack() as stack:
        if fault == "folder-vanished":  # chosen in the dialog, then the stick is pulled out
            def choose(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
                shutil.rmtree(usb)
                return str(usb / name), ""

            monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
        else:
            monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(usb / name), ""))
            if fault == "folder-at-name":
                (usb / name).mkdir()
            elif fault == "read-only-folder":
                (usb / name).write_bytes(older)
                stack.enter_context(read_only_folder(usb))
            else:
                stack.enter_context(full_disk(usb, keep={name: older}))
        before = None if fault == "folder-vanished" else listing(usb)  # None: the folder is gone
        assert not window.hand_in()
        assert len(errors) == 1 and "无法保存" in errors[0] and name in errors[0], errors
        assert informed == []
        assert (listing(usb) if usb.exists() else None) == before  # nothing new, the older file as it was
        if usb.exists() and fault == "folder-at-name":
            assert (usb / name).is_dir()

    # The session is open, locked as confirmed, its log whole; exporting again to a good folder works.
    assert window.session is session and session.locked and not session.read_only
    assert session.store.verify()[0] > 0
    good = tmp_path / "good"
    good.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(good / name), ""))
    assert window.export_action.isEnabled() and window.export_score_file()
    assert len(errors) == 1 and informed and window.last_fingerprint in informed[0]
    score_file = read_score_file(good / name, open_batch(demo.batch, demo.passphrase.encode("utf-8")))
    assert score_file.reviewer == reviewer and set(score_file.candidates) == set(demo.numbers)
