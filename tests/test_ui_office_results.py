"""The office window's 评审结果 tab, driven through its widgets (pytest-qt, offscreen).

The world is tests.factories.make_year: G03's two sessions ingested, G05's package still out.
File choosers and message boxes are replaced by recorders; background work runs on the real pool.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from app.batch import open_batch
from app.chair import PanelScores
from app.keys import load_private_key
from app.office_overview import Outcome, SessionState, Step, candidate_statuses
from app.result import compute_tally, write_result_package
from app.storage import OfficeDatabase
from tests.factories import PASSPHRASE, Year, make_year
from ui.app import make_application
from ui.office_results import ProcedureColumn, RecordDecisionDialog
from ui.office_window import OfficeWindow


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Year:
    return make_year(tmp_path_factory.mktemp("year-ui"))


@pytest.fixture
def app(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QApplication:
    monkeypatch.setenv("CRAFTSMAN_DATA_DIR", str(tmp_path / "app-data"))
    return make_application()


@pytest.fixture
def database(year: Year, tmp_path: Path) -> Path:
    copy = tmp_path / "office.db"
    source = OfficeDatabase(year.database, create=False)
    source.db.execute(f"VACUUM INTO '{copy}'")
    source.close()
    return copy


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[tuple[str, str]]]:
    """Every message box shown, by kind: (title, text). Questions answer Yes."""
    shown: dict[str, list[tuple[str, str]]] = {"information": [], "critical": [], "question": [], "warning": []}

    def recorder(kind: str, answer: Any = None) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            shown[kind].append((title, text))
            return answer
        return show

    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "information", recorder("information"))
    monkeypatch.setattr(QMessageBox, "critical", recorder("critical"))
    monkeypatch.setattr(QMessageBox, "question", recorder("question", yes))
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning", yes))
    return shown


@pytest.fixture
def window(app: QApplication, qtbot: Any, database: Path) -> OfficeWindow:
    window = OfficeWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_results()
    return window


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def wait_idle(qtbot: Any, window: OfficeWindow) -> None:
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=30000)


def session_states(window: OfficeWindow) -> dict[tuple[str, int], SessionState]:
    model = window.results.session_model
    return {(model.session_at(r).group, model.session_at(r).session): model.session_at(r).state
            for r in range(model.rowCount())}


def shown_numbers(window: OfficeWindow) -> list[str]:
    proxy = window.results.proxy
    return [str(proxy.index(row, 0).data()) for row in range(proxy.rowCount())]


def test_the_results_tab_shows_sessions_and_the_procedure(window: OfficeWindow) -> None:
    assert window.pages.currentWidget() is window.results
    assert session_states(window) == {("G03", 1): SessionState.VERIFIED, ("G03", 2): SessionState.VERIFIED,
                                      ("G05", 1): SessionState.AWAITING}
    view = window.results
    assert view.model.rowCount() == 20 and "已验证 2" in view.summary_label.text()
    row = view.model.row_of("2024-G01-020")
    assert view.model.text(row, ProcedureColumn.STATE) == "资格审查未通过"
    assert view.model.text(row, ProcedureColumn.ELIGIBILITY) == "不合格"
    row = view.model.row_of("2024-G01-008")
    assert view.model.text(row, ProcedureColumn.INTERVIEW) == "通过"
    assert view.model.text(view.model.row_of("2024-G01-001"), ProcedureColumn.INTERVIEW) == "不适用"

    view.group_filter.setCurrentIndex(view.group_filter.findData("G05"))
    assert len(shown_numbers(window)) == 8
    view.channel_filter.setCurrentIndex(view.channel_filter.findData("self"))
    assert shown_numbers(window) == ["2024-G01-017"]
    view.group_filter.setCurrentIndex(0)
    view.channel_filter.setCurrentIndex(0)
    view.union_filter.setCurrentIndex(view.union_filter.findData("上海市软件行业协会"))
    assert shown_numbers(window) == ["2024-G01-005", "2024-G01-015"]
    view.union_filter.setCurrentIndex(0)
    office = window.office
    assert office is not None
    id_number = office.candidate("2024-G01-011")["id_number"]
    view.search_edit.setText(id_number)
    assert shown_numbers(window) == ["2024-G01-011"]
    view.search_edit.setText("测试乙1")
    assert set(shown_numbers(window)) == {"2024-G01-001", "2024-G01-011"}
    assert "2 / 20" in view.shown_label.text()
    assert view.select_candidate("2024-G01-011")
    assert "测试乙11" in view.detail.toPlainText() and view.record_button.isEnabled()


def test_the_ingest_action_imports_a_package_and_says_so(window: OfficeWindow, year: Year, qtbot: Any,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         dialogs: dict[str, list[tuple[str, str]]]) -> None:
    choose_file(monkeypatch, year.packages[("G05", 1)])
    window.ingest_action.trigger()
    wait_idle(qtbot, window)
    assert dialogs["critical"] == [] and len(dialogs["information"]) == 1
    title, text = dialogs["information"][0]
    assert title == "结果包已导入" and "G05" in text and "推荐" in text
    assert session_states(window)[("G05", 1)] is SessionState.VERIFIED
    view = window.results
    g05 = [view.model.status_at(r) for r in range(view.model.rowCount()) if view.model.status_at(r).group == "G05"]
    assert sum(1 for c in g05 if c.result is not None and c.result.recommended) == 3

    window.ingest_action.trigger()  # the same file again: nothing changes, and the dialog says so
    wait_idle(qtbot, window)
    assert dialogs["information"][-1][0] == "结果包已导入过"


def test_a_refused_package_shows_the_reason_and_changes_nothing(window: OfficeWindow, year: Year, qtbot: Any,
                                                                monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                                dialogs: dict[str, list[tuple[str, str]]]) -> None:
    broken = tmp_path / "cut.crresult"
    broken.write_bytes(year.packages[("G05", 1)].read_bytes()[:-10])
    office = window.office
    assert office is not None
    before = list(office.db.conn.iterdump())
    choose_file(monkeypatch, broken)
    window.ingest_action.trigger()
    wait_idle(qtbot, window)
    assert dialogs["information"] == [] and len(dialogs["critical"]) == 1
    title, text = dialogs["critical"][0]
    assert title == "结果包未导入" and "cut.crresult" in text
    assert list(office.db.conn.iterdump()) == before
    assert session_states(window)[("G05", 1)] is SessionState.AWAITING


def test_a_second_package_for_a_session_is_taken_only_when_the_office_says_so(
        window: OfficeWindow, year: Year, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        dialogs: dict[str, list[tuple[str, str]]]) -> None:
    batch = open_batch(year.batches[("G03", 1)], PASSPHRASE)
    scores = PanelScores(batch)
    for path in sorted((year.folder / "G03-1").glob("*.crscore")):
        scores.add(path)
    second = tmp_path / "again.crresult"
    write_result_package(batch, scores, compute_tally(batch, scores),
                         load_private_key(year.folder / "G03-1" / "E01.key"), second, notes="重新签名")
    choose_file(monkeypatch, second)
    window.ingest_action.trigger()
    qtbot.waitUntil(lambda: len(dialogs["information"]) == 1, timeout=30000)
    wait_idle(qtbot, window)
    assert len(dialogs["question"]) == 1 and "取代" in dialogs["question"][0][1]
    assert "--supersede" not in dialogs["question"][0][1]
    assert dialogs["critical"] == []
    g03 = next(window.results.session_model.session_at(r) for r in range(window.results.session_model.rowCount())
               if window.results.session_model.session_at(r).group == "G03"
               and window.results.session_model.session_at(r).session == 1)
    assert g03.superseded == 1 and g03.result_file == "again.crresult"


def test_recording_a_decision_through_the_dialog(window: OfficeWindow, qtbot: Any,
                                                monkeypatch: pytest.MonkeyPatch,
                                                dialogs: dict[str, list[tuple[str, str]]]) -> None:
    office = window.office
    assert office is not None
    number = next(c.application_no for c in candidate_statuses(office) if c.result and c.result.recommended)

    def accept(dialog: RecordDecisionDialog) -> int:
        assert dialog.step() is Step.CREDIT_CHECK  # the first step still open
        dialog.outcome_box.setCurrentIndex(dialog.outcome_box.findData(Outcome.FAILED))
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # a note is needed
        dialog.note_edit.setPlainText("平台查询有失信记录")
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecordDecisionDialog, "exec", accept)
    assert window.results.select_candidate(number)
    window.results.record_button.click()
    view = window.results
    row = view.model.row_of(number)
    assert view.model.text(row, ProcedureColumn.CREDIT) == "未通过"
    assert view.model.text(row, ProcedureColumn.STATE) == "诚信审核未通过"
    assert "平台查询有失信记录" in view.detail.toPlainText()
    assert view.current_application_no() == number

    def approve(dialog: RecordDecisionDialog) -> int:  # refused by the procedure: one error dialog
        dialog.step_box.setCurrentIndex(dialog.step_box.findData(Step.NAMED))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecordDecisionDialog, "exec", approve)
    window.results.record_button.click()
    assert len(dialogs["critical"]) == 1 and "尚未通过市总审定" in dialogs["critical"][0][1]


def test_the_export_actions_write_their_files(window: OfficeWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path, dialogs: dict[str, list[tuple[str, str]]]) -> None:
    for action, name in ((window.export_list_action, "名单.pdf"), (window.export_notice_action, "公示.xlsx"),
                         (window.export_stats_action, "附件3.xlsx"), (window.export_survey_action, "问卷")):
        save_as(monkeypatch, tmp_path / name)
        action.trigger()
        wait_idle(qtbot, window)
    assert dialogs["critical"] == []
    assert (tmp_path / "名单.pdf").read_bytes().startswith(b"%PDF")
    assert "草稿" in str(load_workbook(tmp_path / "公示.xlsx").active["A1"].value)  # nobody approved yet: asked
    assert len(dialogs["question"]) == 1
    assert load_workbook(tmp_path / "附件3.xlsx").sheetnames[0] == "汇总"
    assert load_workbook(tmp_path / "问卷.xlsx").sheetnames[0] == "说明"  # the suffix was added
    assert len(dialogs["information"]) == 4


def test_backup_and_restore_from_the_window(window: OfficeWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path, dialogs: dict[str, list[tuple[str, str]]]) -> None:
    office = window.office
    assert office is not None
    before = list(office.db.conn.iterdump())
    backup = tmp_path / "backup.db"
    save_as(monkeypatch, backup)
    window.backup_action.trigger()
    wait_idle(qtbot, window)
    assert backup.exists() and dialogs["critical"] == []
    from app.office_overview import record_decision

    record_decision(office, "2024-G01-017", Step.INTERVIEW, Outcome.PASSED, by="测试")
    window.reload()
    assert not window.results.model.status_at(window.results.model.row_of("2024-G01-017")).warnings

    choose_file(monkeypatch, backup)
    window.restore_action.trigger()
    wait_idle(qtbot, window)
    assert len(dialogs["warning"]) == 1 and "替换" in dialogs["warning"][0][1]
    assert dialogs["critical"] == [] and "已恢复" in dialogs["information"][-1][0]
    reopened = window.office
    assert reopened is not None and list(reopened.db.conn.iterdump()) == before
    assert window.results.model.status_at(window.results.model.row_of("2024-G01-017")).warnings

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x01" * 5000)
    choose_file(monkeypatch, garbage)
    window.restore_action.trigger()
    wait_idle(qtbot, window)
    assert len(dialogs["critical"]) == 1 and "garbage.db" in dialogs["critical"][0][1]
    assert window.office is not None  # the database is open again, unchanged
    assert list(window.office.db.conn.iterdump()) == before
