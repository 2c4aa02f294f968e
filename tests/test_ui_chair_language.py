"""The chair's screens in English, by keyboard and screen reader, at any text size, remembered (pytest-qt).

Every chair screen (start screen, import page, tally page in and out of projection mode with its
reviewer, outlier, agreement and sensitivity views, the tie dialog, the finalise page and the PDF
preview) is shown in English and must have no interface text left in Chinese; candidates' and
reviewers' names are data and stay as written, so texts that mix words and names are checked with
the names taken out. The window's menus have shortcuts, its controls names a screen reader can say;
放大字体 grows the tally; the layout comes back in the next window; the chart stays sharp at
devicePixelRatio 2. Set-up (demo batch, score files, the chair's text size) is test_ui_chair.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QWidget

from app.identity import personal_key
from exports.result_sheet import FLAG_LABELS, METHOD_LABELS, SCOPE_LABELS
from tests import test_ui_chair as chair_tests
from tests.test_ui_chair import Demo, Dialogs, import_folder, make_usb, open_window, unlock_as_chair
from tests.ui_checks import (
    LAPTOP,
    hidden_widgets,
    larger_than,
    menu_actions_without_shortcut,
    pages_minimum,
    unnamed_controls,
)
from tests.ui_language import CHINESE, untranslated_texts
from ui.chair_chart import GRID, MUTED
from ui.chair_model import RESULT_LABELS
from ui.chair_ties import TieOrderDialog
from ui.chair_window import ChairView, ChairWindow, chair_settings
from ui.i18n import SOURCE_LANGUAGE, install_language
from ui.preferences import change_text_size, relative_point_size
from ui.reviewer_style import BASE_POINT_SIZE

# test_ui_chair.py's fixtures, shared: the demo batch, the app at the chair's text size, an app-data
# folder per test, and recorders for the message boxes.
app, app_data, demo, dialogs = chair_tests.app, chair_tests.app_data, chair_tests.demo, chair_tests.dialogs


@pytest.fixture
def english(app: QApplication) -> Iterator[QApplication]:
    install_language(app, "en")
    try:
        yield app
    finally:
        install_language(app, SOURCE_LANGUAGE)


def names_of(demo: Demo) -> list[str]:
    """The data that stays Chinese in English, longest first: candidates' and panel members' names, and the
    scoring scheme's name (the office's words, shown on the start screen)."""
    names = [str(c.get("name", "")) for c in demo.opened.candidates] + [m.name for m in demo.opened.panel]
    names.append(demo.opened.scheme.name)
    return sorted({n for n in names if n}, key=len, reverse=True)


def chinese_besides_names(text: str, names: list[str]) -> list[str]:
    """Runs of Chinese left in ``text`` once the names are taken out."""
    for name in names:
        text = text.replace(name, "")
    return re.findall(r"[\u3400-\u9fff]+", text)


def data_labels(root: QWidget) -> list[QLabel]:
    """Labels marked as data (they mix translated words with names)."""
    return [label for label in root.findChildren(QLabel) if label.property("data_text") and label.text()]


def assert_english(root: QWidget, demo: Demo) -> None:
    found = untranslated_texts(root)
    assert found == [], found
    names = names_of(demo)
    for label in data_labels(root):
        assert chinese_besides_names(label.text(), names) == [], (label.objectName(), label.text())


def open_with_scores(qtbot: Any, demo: Demo, usb: Path, monkeypatch: pytest.MonkeyPatch
                     ) -> tuple[ChairWindow, ChairView]:
    """The chair's window, unlocked, with the USB stick's score files imported."""
    window = open_window(qtbot, demo)
    view = unlock_as_chair(qtbot, window, demo.passphrase)
    import_folder(qtbot, view, usb, monkeypatch)
    return window, view


# ------------------------------------------------------------------------------------------------


def test_every_result_sheet_label_is_listed_for_translation() -> None:
    """The screen shows the sheet's labels through result_label: each must be in the catalog's list."""
    sheet = [*METHOD_LABELS.values(), *SCOPE_LABELS.values(), *FLAG_LABELS.values()]
    assert sorted(set(sheet) - set(RESULT_LABELS)) == []


def test_every_chair_screen_is_english(qtbot: Any, english: QApplication, demo: Demo, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    names = names_of(demo)
    usb = make_usb(demo.opened, tmp_path / "usb", personal_key())
    window = open_window(qtbot, demo)
    # The start screen: the reviewer's, with the chair's words, all in English.
    assert window.windowTitle() == "Shanghai Craftsman Review · Chair"
    assert_english(window, demo)
    view = unlock_as_chair(qtbot, window, demo.passphrase, start_text="Start the tally")
    import_folder(qtbot, view, usb, monkeypatch)

    # The import page with its log (refusals give the core's reason, in Chinese: the log's own words not).
    assert view.currentIndex() == ChairView.IMPORT
    assert_english(window, demo)
    page = view.import_page
    refused = next(line for line in page.log_texts() if "damaged" in line)
    assert "Refused" in refused and "未接受" not in refused
    assert page.member_row("E01")[3] == "✓ Handed in"

    # The tally page: ranking, the selected candidate, every side view.
    view.setCurrentIndex(ChairView.TALLY)
    tally = view.tally_page
    tally.select_row(0)
    assert_english(window, demo)
    assert tally.model.headers()[:3] == ["Rank", "Application no.", "Name"]
    assert all(not CHINESE.search(h) for h in tally.model.headers())
    assert chinese_besides_names(tally.detail_text.text(), names) == []
    assert "Trimmed mean" in tally.detail_text.text() and "Dropped scores" in tally.detail_text.text()
    for row in tally.table_rows():  # cells: numbers, ids, names, and words that must be English
        assert chinese_besides_names(" ".join(row), names) == [], row
    for index in range(tally.side.count()):
        tally.side.setCurrentIndex(index)
        assert_english(tally.side.currentWidget(), demo)
    agreement = tally.agreement_text.text()
    assert "ICC(3,k)" in agreement and not CHINESE.search(agreement)
    outliers = [tally.outlier_list.item(i).text() for i in range(tally.outlier_list.count())]
    sensitivity = []
    for top in range(tally.sensitivity_tree.topLevelItemCount()):
        item = tally.sensitivity_tree.topLevelItem(top)
        sensitivity += [item.text(0), item.text(1)]
        sensitivity += [item.child(c).text(1) for c in range(item.childCount())]
    for text in outliers + sensitivity:
        assert chinese_besides_names(text, names) == [], text
    chart = tally.chart.data
    assert chart.title and not CHINESE.search(chart.title)
    assert all(not CHINESE.search(label) for _, label, _ in chart.powers)

    # Projection mode: the big title and subtitle too.
    tally.set_projection(True)
    assert tally.projection_title.isVisible() and "Panel tally" in tally.projection_title.text()
    assert_english(window, demo)
    tally.set_projection(False)

    # The finalise page, the tie dialog, the PDF preview.
    view.setCurrentIndex(ChairView.FINALISE)
    final = view.finalise_page
    assert_english(window, demo)
    assert "quota line" in final.sign_hint.text()
    seen: list[TieOrderDialog] = []

    def look(dialog: TieOrderDialog) -> int:
        seen.append(dialog)
        assert_english(dialog, demo)
        assert unnamed_controls(dialog) == []
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(TieOrderDialog, "exec", look)
    tie = next(iter(final.session.tally.ties))
    assert not final.decide_group(tuple(tie)) and len(seen) == 1

    qtbot.mouseClick(final.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not final.is_busy() and final.last_preview is not None, timeout=60000)
    preview = final.last_preview
    assert preview is not None
    assert preview.windowTitle() == "Result sheet preview (not signed)"
    assert_english(preview, demo)
    assert unnamed_controls(preview) == []
    preview.close()
    assert dialogs.errors == []
    window.close()


def test_menus_have_shortcuts_and_controls_have_names(qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    window = open_window(qtbot, demo)
    assert window.findChild(QMenu, "view_menu") is not None  # the shared 视图 menu
    assert menu_actions_without_shortcut(window) == []
    assert unnamed_controls(window) == []
    usb = make_usb(demo.opened, tmp_path / "usb", personal_key())
    view = unlock_as_chair(qtbot, window, demo.passphrase)
    import_folder(qtbot, view, usb, monkeypatch)
    for page in (ChairView.IMPORT, ChairView.TALLY, ChairView.FINALISE):
        view.setCurrentIndex(page)
        assert unnamed_controls(window) == [], page
    tally = view.tally_page
    for index in range(tally.side.count()):
        view.setCurrentIndex(ChairView.TALLY)
        tally.side.setCurrentIndex(index)
        assert unnamed_controls(window) == [], tally.side.tabText(index)
    assert tally.table.accessibleName() and tally.chart.accessibleName()
    assert view.import_page.panel_list.accessibleName() and view.import_page.log.accessibleName()
    assert menu_actions_without_shortcut(window) == []
    window.close()


def test_larger_text_grows_the_tally_and_projection(qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    usb = make_usb(demo.opened, tmp_path / "usb", personal_key())
    window, view = open_with_scores(qtbot, demo, usb, monkeypatch)
    view.setCurrentIndex(ChairView.TALLY)
    tally = view.tally_page
    def sizes() -> tuple[int, ...]:
        return (tally.table.font().pointSize(), tally.title.font().pointSize(), view.import_page.title.font().pointSize(),
                view.finalise_page.title.font().pointSize(), view.import_page.log.font().pointSize(),
                tally.reviewer_table.font().pointSize(), view.finalise_page.notes_edit.font().pointSize(),
                view.finalise_page.sign_button.font().pointSize(), window.status.font().pointSize())

    before = sizes()
    column = tally.table.columnWidth(tally.model.final_column)
    larger = window.findChild(type(window.add_action), "larger_text_action")
    assert larger is not None and larger.shortcut().toString() == "Ctrl+Shift+="
    larger.trigger()
    larger.trigger()
    qtbot.waitUntil(lambda: tally.table.font().pointSize() == before[0] + 2, timeout=5000)
    assert sizes() == tuple(size + 2 for size in before)  # the larger type and every plain widget
    assert tally.table.columnWidth(tally.model.final_column) > column
    assert f"font-size:{relative_point_size(4)}pt" in tally.detail_text.text()
    # Projection is 8 points above whatever the text size is now.
    tally.set_projection(True)
    assert tally.table.font().pointSize() == QApplication.font().pointSize() + 8 == before[0] + 10
    tally.set_projection(False)
    change_text_size(None)  # back to the default
    qtbot.waitUntil(lambda: tally.table.font().pointSize() == before[0], timeout=5000)
    assert sizes() == before
    window.close()


def test_layout_is_remembered(qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    usb = make_usb(demo.opened, tmp_path / "usb", personal_key())
    window, view = open_with_scores(qtbot, demo, usb, monkeypatch)
    view.setCurrentIndex(ChairView.TALLY)
    tally = view.tally_page
    window.resize(window.width(), 560)  # the default is 940 high; the offscreen screen is 800 x 800
    qtbot.waitUntil(lambda: window.height() == 560 and sum(tally.splitter.sizes()) > 0)
    QApplication.processEvents()
    total = sum(tally.splitter.sizes())
    tally.splitter.setSizes([total - 200, 200])
    detail = sum(tally.detail.sizes())
    tally.detail.setSizes([400, detail - 800, 400])
    wanted_splitter, wanted_detail = tally.splitter.sizes(), tally.detail.saveState()
    tally.table.setColumnWidth(1, 333)
    tally.side.setCurrentIndex(2)
    window.close()
    assert not window.isVisible()
    # The horizontal splitter is kept as it was (the offscreen screen is too narrow to compare its sizes).
    assert chair_settings().value("layout/tally_detail") == wanted_detail

    again = open_window(qtbot, demo)
    assert again.height() == 560
    view = unlock_as_chair(qtbot, again, demo.passphrase)
    assert view.currentIndex() == ChairView.TALLY
    tally = view.tally_page
    qtbot.waitUntil(tally.isVisible)
    assert tally.splitter.sizes() == wanted_splitter
    assert tally.side.currentIndex() == 2
    import_folder(qtbot, view, usb, monkeypatch)  # a recomputation keeps the chair's column widths
    assert tally.table.columnWidth(1) == 333
    again.close()
    # A damaged settings file leaves the defaults (never an error).
    settings = chair_settings()
    settings.setValue("layout/page", "nonsense")
    settings.setValue("layout/tally_splitter", "nonsense")
    settings.sync()
    third = open_window(qtbot, demo)
    view = unlock_as_chair(qtbot, third, demo.passphrase)
    assert view.currentIndex() == ChairView.IMPORT
    third.close()


def test_chart_is_sharp_at_device_pixel_ratio_two(qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    usb = make_usb(demo.opened, tmp_path / "usb", personal_key())
    window, view = open_with_scores(qtbot, demo, usb, monkeypatch)
    view.setCurrentIndex(ChairView.TALLY)
    chart = view.tally_page.chart
    chart.resize(640, 360)
    assert chart.data.values

    def render(ratio: int) -> QImage:
        image = QImage(chart.width() * ratio, chart.height() * ratio, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(QColor("#ffffff"))
        chart.render(image)
        return image

    sharp = render(2)
    plot = chart.plot
    # The plot fills the whole 2x image (drawn in device-independent pixels, not in its top-left quarter).
    assert plot.right() > chart.width() * 0.8 and plot.bottom() > chart.height() * 0.5
    # Down a column between two groups of bars: only white, grid and axis pixels, none half-blended.
    gap = plot.right() - 2
    colours = {QColor(sharp.pixel(round(gap * 2), y)).name() for y in range(round(plot.top() * 2),
                                                                            round(plot.bottom() * 2) + 2)}
    assert GRID.name() in colours
    assert colours <= {"#ffffff", GRID.name(), MUTED.name()}, colours
    # At 1x too, the hairlines sit on whole pixels.
    plain = render(1)
    colours = {QColor(plain.pixel(round(gap), y)).name() for y in range(round(plot.top()), round(plot.bottom()) + 1)}
    assert colours <= {"#ffffff", GRID.name(), MUTED.name()}, colours
    window.close()


def test_result_labels_follow_the_language(english: QApplication) -> None:
    assert QCoreApplication.translate("ResultLabels", "截尾平均") == "Trimmed mean"
    from ui.chair_tally import method_label, rank_text

    assert method_label("trimmed_mean", "total") == "Trimmed mean (trimmed by total)"
    assert rank_text(None) == "not ranked" and rank_text(3) == "rank 3"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_window_fits_a_laptop_screen(qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs, language: str) -> None:
    """At the chair's default text size, in either language, every page of the window fits 1280 x 720 and the
    tally table shows at that size; with larger text the window scrolls rather than grow past the screen."""
    install_language(app, language)
    try:
        usb = make_usb(demo.opened, tmp_path / "usb", personal_key())
        window = open_window(qtbot, demo)
        assert larger_than(window) == [], "start screen: " + "; ".join(larger_than(window))
        view = unlock_as_chair(qtbot, window, demo.passphrase,
                               start_text="开始汇总" if language == SOURCE_LANGUAGE else "Start the tally")
        import_folder(qtbot, view, usb, monkeypatch)
        view.setCurrentIndex(ChairView.TALLY)
        QApplication.processEvents()
        print(language, "window", window.minimumSizeHint(), window.minimumSize(), "pages", pages_minimum(window),
              [view.widget(i).minimumSizeHint() for i in range(view.count())])
        assert larger_than(window) == [], "; ".join(larger_than(window))
        window.resize(LAPTOP)
        qtbot.waitUntil(lambda: window.size() == LAPTOP)
        qtbot.wait(50)
        tally = view.tally_page
        shown = {"tally table": tally.table, "reviewer table": tally.reviewer_table}
        assert hidden_widgets(window, shown) == [], hidden_widgets(window, shown)
        for page in (ChairView.IMPORT, ChairView.FINALISE):
            view.setCurrentIndex(page)
            qtbot.wait(20)
            assert hidden_widgets(window, {"page": view.widget(page)}) == []
        change_text_size(4)
        qtbot.waitUntil(lambda: tally.table.font().pointSize() == BASE_POINT_SIZE + 4, timeout=5000)
        QApplication.processEvents()
        print(language, "+4 window", window.minimumSizeHint(), window.minimumSize(), "pages", pages_minimum(window))
        assert larger_than(window, scrolling=True) == [], "larger text: " + "; ".join(larger_than(window))
        window.close()
    finally:
        change_text_size(None)
        install_language(app, SOURCE_LANGUAGE)
