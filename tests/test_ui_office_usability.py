"""The office's window in English, by keyboard and screen reader, at any text size, remembered (pytest-qt).

The office window (no database yet; the 候选人 tab with a dossier; the 评审结果 tab with sessions and
the procedure), the intake result dialog and the record-decision dialog are shown in English and
must have no interface text left in Chinese; candidates' names, employers, unions and intake's own
messages are data and stay as written. The procedure table's cells and the dossier's headings and
field labels are interface too. The window's menus have shortcuts, its controls names a screen reader
can say; 放大字体 grows the window's text and is remembered; the layout comes back in the next window.
The world is tests.factories.make_year (as in test_ui_office_results.py).
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app import office_overview
from app.form import FIELDS, Section
from app.intake import run_intake
from app.office_overview import candidate_statuses
from app.storage import OfficeDatabase
from exports.templates import write_applications_template
from tests.factories import Year, make_year
from tests.test_ui_office import three_applicants
from tests.ui_checks import (
    LAPTOP,
    hidden_widgets,
    larger_than,
    menu_actions_without_shortcut,
    pages_minimum,
    unnamed_controls,
)
from tests.ui_language import CHINESE, untranslated_texts
from ui.app import UI_FONT_POINT_SIZE, make_application
from ui.dossier_view import DossierRenderer
from ui.i18n import SOURCE_LANGUAGE, domain_text, install_language
from ui.intake_result import IntakeResultDialog
from ui.office_results import ProcedureColumn, ProcedureTexts, RecordDecisionDialog
from ui.office_window import PROMPT_EXTRA_POINTS, OfficeWindow
from ui.preferences import change_text_size, text_size_step, user_settings

# Columns of the procedure table whose cells are the candidate's own data (not translated).
DATA_COLUMNS = {ProcedureColumn.APPLICATION_NO, ProcedureColumn.NAME, ProcedureColumn.UNION}


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Year:
    return make_year(tmp_path_factory.mktemp("year-usability"))


@pytest.fixture
def app(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QApplication:
    monkeypatch.setenv("CRAFTSMAN_DATA_DIR", str(tmp_path / "app-data"))  # the text size is remembered here
    return make_application()


@pytest.fixture
def english(app: QApplication) -> Iterator[QApplication]:
    install_language(app, "en")
    try:
        yield app
    finally:
        install_language(app, SOURCE_LANGUAGE)


@pytest.fixture
def database(year: Year, tmp_path: Path) -> Path:
    copy = tmp_path / "office.db"
    source = OfficeDatabase(year.database, create=False)
    source.db.execute(f"VACUUM INTO '{copy}'")
    source.close()
    return copy


def open_window(qtbot: Any, database: Path | None, settings: QSettings | None = None) -> OfficeWindow:
    window = OfficeWindow(database, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_to(sizes: list[int], wanted: list[int]) -> bool:
    """Splitter sizes as remembered, give or take the pixel a splitter's rounding may move them."""
    return len(sizes) == len(wanted) and all(abs(a - b) <= 2 for a, b in zip(sizes, wanted, strict=True))


def data_labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if label.property("data_text") and label.text()]


# Language ------------------------------------------------------------------------------------


def test_the_window_without_a_database_is_english(english: QApplication, qtbot: Any) -> None:
    window = open_window(qtbot, None)
    assert window.windowTitle() == "Shanghai Craftsman Review — Selection Office"
    assert untranslated_texts(window) == []


def test_both_tabs_are_english(english: QApplication, qtbot: Any, database: Path) -> None:
    window = open_window(qtbot, database)
    assert window.tabs.tabText(0) == "Candidates"
    assert window.select_candidate("2024-G01-008")
    assert untranslated_texts(window) == []
    groups = [window.group_list.item(row).text() for row in range(window.group_list.count())]
    assert not [g for g in groups if CHINESE.search(g)], groups

    window.show_results()
    view = window.results
    assert window.pages.currentWidget() is view
    assert untranslated_texts(window) == []
    # The procedure's cells are interface too, all but the candidates' own data.
    model = view.model
    left = [(row, column.name, model.text(row, column)) for row in range(model.rowCount())
            for column in ProcedureColumn if column not in DATA_COLUMNS and CHINESE.search(model.text(row, column))]
    assert left == []
    sessions = view.session_model
    cells = [str(sessions.index(row, column).data()) for row in range(sessions.rowCount())
             for column in range(sessions.columnCount())]
    assert not [c for c in cells if CHINESE.search(c)], cells
    assert view.select_candidate("2024-G01-008")
    detail = view.detail.toPlainText()
    status = view.current_status()
    assert status is not None
    records = [text for d in status.decisions.values() for text in (d.note, d.recorded_by)]
    for data in (status.name, status.union, status.employer, status.trade, *status.warnings, *records):
        detail = detail.replace(data, "") if data else detail
    assert not CHINESE.search(detail), detail


def test_every_state_of_the_procedure_has_its_translation(english: QApplication, year: Year) -> None:
    """Each wording app.office_overview._place can give a candidate is said in English."""
    tree = ast.parse(inspect.getsource(office_overview._place))
    wordings = {node.value for ret in ast.walk(tree) if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple)
                for node in ast.walk(ret.value.elts[1]) if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert len(wordings) >= 15, wordings
    office = OfficeDatabase(year.database, create=False)
    try:
        ranked = next(s for s in candidate_statuses(office) if s.result is not None)
    finally:
        office.close()
    texts = ProcedureTexts()
    untranslated = [w for w in wordings if CHINESE.search(texts.state(dataclasses.replace(ranked, state=w)))]
    assert untranslated == []
    not_recommended = dataclasses.replace(ranked, state=f"未获推荐（第 {ranked.result.rank} 名）")
    assert texts.state(not_recommended) == f"Not recommended (rank {ranked.result.rank})"


def test_the_dossier_headings_and_labels_are_english(english: QApplication, year: Year) -> None:
    office = OfficeDatabase(year.database, create=False)
    try:
        number = "2024-G01-008"
        candidate = office.candidate(number) or {}
        html = DossierRenderer().render(candidate, office.findings(number), office.survey(number),
                                        office.attachments(number))
    finally:
        office.close()
    for section in Section:
        if section is not Section.SURVEY:
            assert f"<h3>{domain_text(section.value)}</h3>" in html and f"<h3>{section.value}</h3>" not in html
    labels = re.findall(r'<td class="label"[^>]*>(.*?)</td>', html) + re.findall(r"<h[234][^>]*>(.*?)</h[234]>", html)
    assert len(labels) > len(FIELDS) // 2
    name = str(candidate["name"])  # the dossier's <h2> is the candidate's name: data
    assert [label for label in labels if CHINESE.search(label.replace(name, ""))] == []


def test_the_dialogs_are_english(english: QApplication, qtbot: Any, year: Year, tmp_path: Path) -> None:
    workbook = tmp_path / "applications.xlsx"
    write_applications_template(workbook, rows=three_applicants())
    office = OfficeDatabase(tmp_path / "intake.db")
    try:
        report = run_intake(workbook, office)
    finally:
        office.close()
    intake = IntakeResultDialog(report)
    qtbot.addWidget(intake)
    intake.show()
    assert untranslated_texts(intake) == []
    assert unnamed_controls(intake) == []
    summary = intake.summary_label.text().replace(report.file_name, "").replace(report.sheet, "")
    assert not CHINESE.search(summary), summary

    office = OfficeDatabase(year.database, create=False)
    try:
        status = candidate_statuses(office, application_no="2024-G01-008")[0]
    finally:
        office.close()
    dialog = RecordDecisionDialog(status)
    qtbot.addWidget(dialog)
    dialog.show()
    assert untranslated_texts(dialog) == []
    assert unnamed_controls(dialog) == []
    for label in data_labels(dialog):
        assert not CHINESE.search(label.text().replace(status.name, "")), label.text()


# Keyboard and screen reader ------------------------------------------------------------------


def test_every_menu_command_has_its_own_shortcut(app: QApplication, qtbot: Any, database: Path) -> None:
    window = open_window(qtbot, database)
    assert window.findChild(QWidget, "view_menu") is not None  # the shared 视图 menu
    assert menu_actions_without_shortcut(window) == []
    window.results_tab_action.trigger()
    assert window.pages.currentWidget() is window.results
    window.candidates_tab_action.trigger()
    assert window.pages.currentWidget() is window.splitter


def test_every_control_has_a_name_a_screen_reader_can_say(app: QApplication, qtbot: Any, database: Path) -> None:
    window = open_window(qtbot, None)
    assert unnamed_controls(window) == []
    window.open_database(database)
    assert unnamed_controls(window) == []
    window.show_results()
    assert unnamed_controls(window) == []


# Text size and layout ------------------------------------------------------------------------


def test_larger_text_grows_the_window_and_is_remembered(app: QApplication, qtbot: Any, database: Path) -> None:
    window = open_window(qtbot, database)
    before = window.font().pointSize()
    row_before = window.table.verticalHeader().defaultSectionSize()
    try:
        larger = next(a for a in window.view_menu.actions() if a.objectName() == "larger_text_action")
        larger.trigger()
        larger.trigger()
        qtbot.waitUntil(lambda: window.font().pointSize() == before + 2)
        assert window.table.font().pointSize() == before + 2
        assert window.results.table.font().pointSize() == before + 2
        assert window.table.verticalHeader().defaultSectionSize() > row_before  # rows are not clipped
        assert window.prompt_heading.font().pointSize() == before + 2 + PROMPT_EXTRA_POINTS
        assert text_size_step(user_settings()) == 2
        again = open_window(qtbot, None)
        assert again.font().pointSize() == before + 2
    finally:
        change_text_size(None)
    qtbot.waitUntil(lambda: window.font().pointSize() == before)
    assert text_size_step(user_settings()) == 0


def test_the_layout_comes_back_in_the_next_window(app: QApplication, qtbot: Any, database: Path,
                                                  tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "office-layout.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, database, settings)
    window.resize(760, 560)  # within the offscreen screen: restoreGeometry keeps a window on it
    window.show_results()
    qtbot.wait(10)
    window.results.splitter.setSizes([160, 240])
    window.results.table.horizontalHeader().resizeSection(1, 187)
    window.results.session_table.horizontalHeader().resizeSection(0, 233)
    qtbot.wait(10)
    results_sizes = window.results.splitter.sizes()
    window.candidates_tab_action.trigger()
    qtbot.wait(10)
    window.splitter.setSizes([300, 260, 200])
    window.table.horizontalHeader().resizeSection(1, 211)
    qtbot.wait(10)
    size, sizes = window.size(), window.splitter.sizes()
    window.close()

    again = open_window(qtbot, database, settings)
    assert again.size() == size
    assert again.tabs.currentIndex() == 0 and again.pages.currentWidget() is again.splitter
    assert close_to(again.splitter.sizes(), sizes)
    assert again.table.horizontalHeader().sectionSize(1) == 211
    again.results_tab_action.trigger()
    qtbot.wait(10)
    assert close_to(again.results.splitter.sizes(), results_sizes)
    assert again.results.table.horizontalHeader().sectionSize(1) == 187
    assert again.results.session_table.horizontalHeader().sectionSize(0) == 233
    again.close()

    third = open_window(qtbot, database, settings)  # left on the 评审结果 tab: it opens there
    assert third.tabs.currentIndex() == 1 and third.pages.currentWidget() is third.results


# Screen size ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_window_fits_a_laptop_screen(app: QApplication, qtbot: Any, database: Path, language: str) -> None:
    """At the default text size, in either language, both tabs fit 1280 x 720 and show the candidate table, the
    dossier and the procedure table at that size; with larger text the window scrolls rather than grow past
    the screen."""
    install_language(app, language)
    try:
        empty = open_window(qtbot, None)
        assert larger_than(empty) == [], "no database: " + "; ".join(larger_than(empty))
        window = open_window(qtbot, database)
        assert window.select_candidate("2024-G01-008")
        QApplication.processEvents()
        print(language, "window", window.minimumSizeHint(), window.minimumSize(), "pages", pages_minimum(window))
        assert larger_than(window) == [], "; ".join(larger_than(window))
        window.resize(LAPTOP)
        qtbot.waitUntil(lambda: window.size() == LAPTOP)
        qtbot.wait(50)
        shown = {"candidate table": window.table, "group list": window.group_list}
        assert hidden_widgets(window, shown) == [], hidden_widgets(window, shown)
        window.show_results()
        qtbot.wait(50)
        shown = {"procedure table": window.results.table, "sessions": window.results.session_table,
                 "detail": window.results.detail}
        assert hidden_widgets(window, shown) == [], hidden_widgets(window, shown)
        change_text_size(4)
        qtbot.waitUntil(lambda: window.table.font().pointSize() == UI_FONT_POINT_SIZE + 4)
        QApplication.processEvents()
        print(language, "+4 window", window.minimumSizeHint(), window.minimumSize(), "pages", pages_minimum(window))
        assert larger_than(window, scrolling=True) == [], "larger text: " + "; ".join(larger_than(window))
    finally:
        change_text_size(None)
        install_language(app, SOURCE_LANGUAGE)
