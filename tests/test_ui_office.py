"""The office window driven through its widgets (pytest-qt, offscreen).

Each test builds its own office database: an applications workbook written with the real template
writer, run through the real intake. Dialogs that would block (file choosers, message boxes) are
replaced by recorders.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from app.form import FIELDS, Requirement
from app.idcard import make_id
from app.intake import run_intake
from app.storage import OfficeDatabase
from exports.templates import write_applications_template
from tests.factories import good_application
from ui.app import make_application
from ui.candidate_model import ApplicationNoRole, Column
from ui.office_window import OfficeWindow

CHINESE = re.compile(r"[\u4e00-\u9fff]")
VALID_ID = make_id("310104", dt.date(1980, 5, 17), 123)  # odd sequence: a man


def applicant(name: str, id_number: str, gender: str, group: str, **overrides: Any) -> dict[str, Any]:
    """One complete applications row as a person types it (labels for choices); no 申报编号."""
    return good_application(application_no=None, name=name, id_number=id_number, gender=gender, group=group,
                            phone="13812345678", **overrides)


def three_applicants() -> list[dict[str, Any]]:
    bad_id = make_id("310105", dt.date(1985, 3, 2), 246)
    bad_id = bad_id[:-1] + ("1" if bad_id[-1] != "1" else "2")  # wrong check character
    return [
        applicant("张伟", VALID_ID, "男", "计算机通信"),
        applicant("李娜", bad_id, "女", "计算机通信"),
        applicant("王强", make_id("310106", dt.date(1975, 11, 30), 357), "男", "医药", position="副局长",
                  employer="上海<测试>医药有限公司"),
    ]


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    return make_application()


@pytest.fixture
def office_path(tmp_path: Path) -> Path:
    workbook = tmp_path / "applications.xlsx"
    write_applications_template(workbook, rows=three_applicants())
    path = tmp_path / "office.db"
    office = OfficeDatabase(path)
    try:
        report = run_intake(workbook, office)
    finally:
        office.close()
    assert report.counts()["rows"] == 3
    return path


@pytest.fixture
def window(app: QApplication, qtbot: Any, office_path: Path) -> OfficeWindow:
    window = OfficeWindow(office_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every critical/warning message box, recorded instead of shown."""
    shown: list[tuple[str, str]] = []

    def record(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    return shown


def row_of_name(window: OfficeWindow, name: str) -> int:
    for row in range(window.proxy.rowCount()):
        if window.proxy.index(row, Column.NAME.value).data() == name:
            return row
    raise AssertionError(f"{name} not visible")


def type_text(qtbot: Any, widget: QLineEdit, text: str) -> None:
    """Type as a person does: Latin keys directly, Chinese through the input method's commit."""
    for part in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if part.isascii():
            qtbot.keyClicks(widget, part)
        else:
            event = QInputMethodEvent()
            event.setCommitString(part)
            QApplication.sendEvent(widget, event)


def snapshot(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    office = OfficeDatabase(path, create=False)
    try:
        return office.candidates(), office.findings()
    finally:
        office.close()


def test_every_required_field_is_filled() -> None:
    for spec in FIELDS:
        if spec.requirement is not Requirement.OPTIONAL and not spec.is_survey:
            assert applicant("张伟", VALID_ID, "男", "计算机通信").get(spec.key), spec.label


def test_make_application_reuses_the_running_instance(app: QApplication) -> None:
    assert make_application() is QApplication.instance()
    assert app.applicationName() == "craftsman-review"
    assert app.organizationName()
    if "Noto Sans CJK SC" in QFontDatabase.families():
        assert app.font().family() == "Noto Sans CJK SC"
    assert 11 <= app.font().pointSize() <= 12
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own buttons in Chinese


def test_table_groups_and_status_bar(window: OfficeWindow) -> None:
    assert window.windowTitle() == "上海工匠评审 — 申报办公室 — office.db"
    assert window.model.rowCount() == 3
    assert window.proxy.rowCount() == 3
    assert window.summary_label.text() == "共 3 人：合格 2，不合格 1，待核实 1"
    headers = [window.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(window.proxy.columnCount())]
    assert headers == ["申报编号", "姓名", "组别", "申请渠道", "工作单位", "工种", "资格审查", "问题"]

    texts = [window.group_list.item(i).text() for i in range(window.group_list.count())]
    assert texts[0] == "全部 (3)"
    assert "G03 计算机通信 (2)" in texts
    assert "G05 医药 (1)" in texts
    assert len(texts) == 12

    bad = row_of_name(window, "李娜")
    assert window.proxy.index(bad, Column.STATUS.value).data() == "不合格"
    assert window.proxy.index(bad, Column.GROUP.value).data() == "计算机通信"
    assert window.proxy.index(bad, Column.CHANNEL.value).data() == "单位推荐"
    assert window.proxy.index(bad, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "校验码" in window.proxy.index(bad, 0).data(Qt.ItemDataRole.ToolTipRole)
    senior = row_of_name(window, "王强")
    assert window.proxy.index(senior, Column.STATUS.value).data() == "合格·待核实"
    assert window.proxy.index(senior, Column.EMPLOYER.value).data() == "上海<测试>医药有限公司"
    good = row_of_name(window, "张伟")
    assert window.proxy.index(good, Column.STATUS.value).data() == "合格"
    assert window.proxy.index(good, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    window.group_list.setCurrentRow(texts.index("G05 医药 (1)"))
    assert window.proxy.rowCount() == 1
    window.group_list.setCurrentRow(texts.index("G03 计算机通信 (2)"))
    assert window.proxy.rowCount() == 2
    window.group_list.setCurrentRow(0)
    assert window.proxy.rowCount() == 3


def test_status_filter(window: OfficeWindow) -> None:
    expected = {"全部": 3, "合格": 2, "不合格": 1, "待核实": 1}
    for index in range(window.status_filter.count()):
        window.status_filter.setCurrentIndex(index)
        assert window.proxy.rowCount() == expected[window.status_filter.currentText()]


def test_search_box_filters(window: OfficeWindow, qtbot: Any) -> None:
    type_text(qtbot, window.search_edit, "李娜")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, Column.NAME.value).data() == "李娜"
    window.search_edit.clear()
    assert window.proxy.rowCount() == 3
    type_text(qtbot, window.search_edit, "<测试>")  # 工作单位
    assert window.proxy.rowCount() == 1
    window.search_edit.clear()
    number = window.proxy.index(0, Column.APPLICATION_NO.value).data()
    qtbot.keyClicks(window.search_edit, number)
    assert window.proxy.rowCount() == 1
    window.search_edit.clear()
    type_text(qtbot, window.search_edit, "没有这个人")
    assert window.proxy.rowCount() == 0
    assert "0 / 3" in window.shown_label.text()


def test_selecting_a_row_shows_the_dossier(window: OfficeWindow, qtbot: Any) -> None:
    index = window.proxy.index(row_of_name(window, "李娜"), 1)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(index).center())
    assert window.current_application_no() == index.data(ApplicationNoRole)
    text = window.detail.toPlainText()
    assert "✗" in text and "身份证号码无效" in text and "校验码错误" in text
    assert text.index("校验码错误") < text.index("基本信息")  # findings first

    assert window.select_candidate(str(window.proxy.index(row_of_name(window, "张伟"), 0).data()))
    text = window.detail.toPlainText()
    assert "未发现问题" in text
    assert "单位推荐" in text and "计算机通信" in text and "高级技师" in text  # labels, not identifiers
    assert "senior_technician" not in text and "unit" not in text
    sections = ["申报信息", "基本信息", "工作信息", "身份与等级", "工匠五力", "工匠精神与个人自述", "附件"]
    positions = [text.index(s) for s in sections]
    assert positions == sorted(positions)
    survey = text.index("收入水平调研问卷（敏感，仅办公室可见）")
    assert survey > positions[-1]
    assert "12,500 元/月" in text[survey:] and "较高" in text[survey:]

    window.select_candidate(str(window.proxy.index(row_of_name(window, "王强"), 0).data()))
    text = window.detail.toPlainText()
    assert "!" in text and "副局长" in text
    assert "上海<测试>医药有限公司" in text  # escaped: shown as typed, not read as markup


def test_sorting_keeps_the_selection(window: OfficeWindow) -> None:
    chosen = str(window.proxy.index(row_of_name(window, "李娜"), 0).data())
    assert window.select_candidate(chosen)
    for column in (Column.NAME, Column.STATUS, Column.FINDINGS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            window.table.sortByColumn(column.value, order)
            assert window.current_application_no() == chosen
    window.table.sortByColumn(Column.STATUS.value, Qt.SortOrder.AscendingOrder)
    assert window.proxy.index(0, Column.NAME.value).data() == "李娜"  # 不合格 first
    window.table.sortByColumn(Column.FINDINGS.value, Qt.SortOrder.DescendingOrder)
    assert window.proxy.index(2, Column.FINDINGS.value).data() == ""  # no findings last
    window.status_filter.setCurrentIndex(1)  # 合格: sorting and filtering together
    assert window.proxy.rowCount() == 2
    assert window.proxy.index(1, Column.NAME.value).data() == "张伟"


def _import(
    window: OfficeWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, workbook: Path,
    attachments: Path | None = None,
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(attachments))
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if attachments is None else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.import_action.trigger()
    assert asked and "是否同时导入附件文件夹？" in asked[0]
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20000)


def test_intake_action_imports_a_second_workbook(
    window: OfficeWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    errors: list[tuple[str, str]],
) -> None:
    second = tmp_path / "第二批.xlsx"
    write_applications_template(second, rows=[
        applicant("赵敏", make_id("310107", dt.date(1982, 8, 8), 468), "女", "医学", employer="上海市第六人民医院"),
    ])
    window.search_edit.setText("张")
    _import(window, qtbot, monkeypatch, second)
    assert errors == []
    assert window.model.rowCount() == 4
    assert window.summary_label.text() == "共 4 人：合格 3，不合格 1，待核实 1"
    assert window.search_edit.text() == "张" and window.proxy.rowCount() == 1  # filters kept
    assert "G06 医学 (1)" in [window.group_list.item(i).text() for i in range(window.group_list.count())]
    dialog = window.last_result_dialog
    assert dialog is not None and dialog.isVisible()
    assert "新增 1" in dialog.summary_label.text()
    assert "赵敏" not in dialog.details.toPlainText()  # no findings, no changes: not listed
    dialog.accept()


def test_intake_with_an_attachments_folder(
    window: OfficeWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    errors: list[tuple[str, str]],
) -> None:
    folder = tmp_path / "附件" / VALID_ID  # one sub-folder per candidate, named by ID number
    folder.mkdir(parents=True)
    (folder / "身份证.pdf").write_bytes(b"%PDF-1.4 " + b"0" * 2048)
    (folder / "工会会员卡.jpg").write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    _import(window, qtbot, monkeypatch, tmp_path / "applications.xlsx", tmp_path / "附件")
    assert errors == []
    dialog = window.last_result_dialog
    assert dialog is not None and "更新 1" in dialog.summary_label.text()
    assert "身份证.pdf" in dialog.details.toPlainText()
    dialog.accept()
    assert window.select_candidate(str(window.proxy.index(row_of_name(window, "张伟"), 0).data()))
    text = window.detail.toPlainText()
    attachments = text[text.index("附件（2）"):]
    assert "身份证.pdf" in attachments and "身份证复印件" in attachments and "2.0 KB" in attachments
    assert "工会会员卡.jpg" in attachments and "工会会员服务卡" in attachments and "103 B" in attachments


def test_damaged_workbook_shows_one_error_and_changes_nothing(
    window: OfficeWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    errors: list[tuple[str, str]], office_path: Path,
) -> None:
    damaged = tmp_path / "损坏.xlsx"
    damaged.write_bytes(b"not a workbook")
    before = snapshot(office_path)
    _import(window, qtbot, monkeypatch, damaged)
    assert len(errors) == 1
    _title, message = errors[0]
    assert CHINESE.search(message) and "损坏.xlsx" in message
    assert "Traceback" not in message
    assert snapshot(office_path) == before
    assert window.model.rowCount() == 3
    assert window.last_result_dialog is None
    assert window.import_action.isEnabled()


def test_template_action_writes_the_workbook(
    window: OfficeWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    errors: list[tuple[str, str]],
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "模板"), ""))
    window.template_action.trigger()
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20000)
    assert errors == []
    assert (tmp_path / "模板.xlsx").stat().st_size > 0


def test_window_without_a_database(app: QApplication, qtbot: Any, tmp_path: Path,
                                   errors: list[tuple[str, str]]) -> None:
    window = OfficeWindow()
    qtbot.addWidget(window)
    assert window.windowTitle() == "上海工匠评审 — 申报办公室"
    assert window.open_button.text() == "打开办公室数据库…"
    assert window.pages.currentWidget() is not window.splitter
    assert not window.import_action.isEnabled()

    assert not window.open_database(tmp_path / "不存在.db")
    assert len(errors) == 1 and "找不到办公室数据库" in errors[0][1]
    assert window.office is None

    empty = tmp_path / "empty.db"
    OfficeDatabase(empty).close()
    assert window.open_database(empty)
    assert window.pages.currentWidget() is window.splitter
    assert window.summary_label.text() == "共 0 人：合格 0，不合格 0，待核实 0"
    assert "还没有候选人" in window.detail.toPlainText()


def test_garbage_is_collected_on_the_gui_thread_only(qapp: object) -> None:
    import gc

    from ui.app import make_application
    from ui.pyside_compat import MainThreadGarbageCollector

    make_application()
    assert not gc.isenabled()  # a worker thread never collects (and never destroys Qt objects)
    collector = MainThreadGarbageCollector(interval_ms=10_000)
    for _ in range(collector.thresholds[0] + 10):
        cycle: list[object] = []
        cycle.append(cycle)
    assert gc.get_count()[0] > collector.thresholds[0]
    collector.collect_due()
    assert gc.get_count()[0] <= collector.thresholds[0]
    collector.timer.stop()
