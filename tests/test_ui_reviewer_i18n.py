"""The reviewer's screens in English, and their usability for hours of reading: every interface text
translated, every menu command with its own shortcut, every control named for a screen reader, text
size that reaches the scoring panel, a remembered layout, and attachments sharp on high-DPI screens.

Candidates' and reviewers' names (and the scheme's own criteria) are data: Chinese in both languages.
The demo workspace and the window helpers are those of tests/test_ui_reviewer.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.test_ui_reviewer import (  # noqa: F401  (fixtures)
    Demo,
    app,
    app_data,
    demo,
    errors,
    open_window,
    start_as,
    unlock,
)
from tests.ui_checks import (
    LAPTOP,
    hidden_widgets,
    larger_than,
    menu_actions_without_shortcut,
    pages_minimum,
    unnamed_controls,
)
from tests.ui_language import CHINESE, interface_texts, untranslated_texts
from ui.app import UI_FONT_POINT_SIZE
from ui.i18n import SOURCE_LANGUAGE, install_language
from ui.preferences import apply_text_size, change_text_size
from ui.reviewer_model import Column
from ui.reviewer_selfcheck import SelfCheck, SelfCheckDialog, _notes
from ui.reviewer_style import BASE_POINT_SIZE
from ui.reviewer_window import ReviewerWindow, reviewer_settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def english(app: QApplication) -> Iterator[QApplication]:  # noqa: F811
    install_language(app, "en")
    try:
        yield app
    finally:
        install_language(app, SOURCE_LANGUAGE)


def names_in(demo: Demo) -> list[str]:  # noqa: F811
    """The data that stays Chinese in English: people's names, longest first (so 欧阳建国 goes before 欧阳)."""
    names = {str(c.get("name") or "") for c in demo.opened.candidates}
    names |= {m.name for m in demo.opened.panel}
    return sorted((n for n in names if n), key=len, reverse=True)


def left_in_chinese(root: QWidget, data: list[str]) -> list[tuple[str, str]]:
    """untranslated_texts, for texts that put a person's name into a translated sentence (the window title)."""
    found = []
    for where, text in interface_texts(root):
        for name in data:
            text = text.replace(name, "")
        if CHINESE.search(text):
            found.append((where, text))
    return found


def member_without_recusals(demo: Demo) -> str:  # noqa: F811
    prepared = {r["member"] for c in demo.opened.candidates for r in c["recused"]}
    return next(m.number for m in demo.opened.panel if not m.is_chair and m.number not in prepared)


# ------------------------------------------------------------------------------------------------


def test_the_start_screen_speaks_english(qtbot: Any, english: QApplication, demo: Demo) -> None:  # noqa: F811
    window = open_window(qtbot, demo)
    assert window.windowTitle().startswith("Shanghai Craftsman Review")
    assert untranslated_texts(window) == [], untranslated_texts(window)
    assert window.start_screen.identity_values["session"].text().startswith("Session")
    assert menu_actions_without_shortcut(window) == []
    assert unnamed_controls(window) == []
    unlock(qtbot, window, demo.passphrase)
    assert window.start_screen.batch is not None
    assert untranslated_texts(window) == []  # the member list's rows are names (data); its headers are not
    assert window.start_screen.member_list.headerItem().text(3) == "Role"


def test_a_session_speaks_english(qtbot: Any, english: QApplication, demo: Demo,  # noqa: F811
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, demo)
    panel = start_as(qtbot, window, demo, member_without_recusals(demo))
    view = window.view
    assert view is not None and window.session is not None
    data = names_in(demo)
    assert left_in_chinese(window, data) == [], "\n".join(map(str, left_in_chinese(window, data)))
    assert "Reviewer" in window.windowTitle()
    assert view.state_filter.itemText(0) == "All" and view.table.model().headerData(0, Qt.Orientation.Horizontal) == "Application no."

    # Typing, the state badge and the undo text in the status bar.
    first = panel.fields[panel.order[0]]
    qtbot.keyClicks(first, "5")
    panel.save_pending_scores()
    assert panel.state_label.text() == "Draft"
    window.undo()
    assert window.statusBar().currentMessage().startswith("Undone: ")
    assert not CHINESE.search(window.statusBar().currentMessage())
    window.redo()
    assert left_in_chinese(window, data) == [], "\n".join(map(str, left_in_chinese(window, data)))

    # The attachments tab, with a candidate's files chosen.
    view.tabs.setCurrentWidget(view.viewer)
    assert view.viewer.page_count >= 1
    assert view.tabs.tabText(1).startswith("Attachments (")
    assert not CHINESE.search(view.viewer.page_label.text())
    assert untranslated_texts(view.viewer) == []

    # Menus (the attachment commands included) and names for a screen reader.
    assert menu_actions_without_shortcut(window) == []
    assert unnamed_controls(window) == []
    assert window.view_menu.title() == "&View"

    # The self-check as a window beside the scoring, and before hand-in (not ready: one candidate is a draft).
    dialog = window.show_self_check()
    assert dialog is not None
    assert untranslated_texts(dialog) == [] and unnamed_controls(dialog) == []
    body = dialog.text()
    for name in data:
        body = body.replace(name, "")
    assert not CHINESE.search(body), body
    assert "Not yet complete" in dialog.text()
    dialog.close()
    shown: list[SelfCheckDialog] = []
    monkeypatch.setattr(SelfCheckDialog, "exec", lambda self: shown.append(self) or 0)
    assert not window.hand_in()
    assert shown and untranslated_texts(shown[0]) == []


def test_every_part_of_the_self_check_reads_in_english(qtbot: Any, english: QApplication, demo: Demo) -> None:  # noqa: F811
    window = open_window(qtbot, demo)
    start_as(qtbot, window, demo, member_without_recusals(demo))
    assert window.session is not None
    scheme = window.session.batch.scheme
    # Every branch at once: figures, every note, ties, identical scores, recusals, ready to hand in.
    check = SelfCheck(Decimal(100), Decimal("0.6"), Decimal("0.95"), scored=4, recused=["甲某（2024-G03-001）"],
                      mean=95.5, sd=0.5, lowest=Decimal(95), highest=Decimal(96),
                      power_means=[(p.label, 19.0, p.max) for p in scheme.powers],
                      ranking=[("乙某", Decimal(96)), ("丙某", Decimal(95))],
                      same_totals=[(Decimal(95), ["丙某（1）", "丁某（2）", "戊某（3）"])],
                      same_scores=[["丙某（1）", "丁某（2）"]])
    check.notes = _notes(check)
    assert len(check.notes) == 4
    dialog = SelfCheckDialog(check, hand_in=True, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.confirm_button.text() == "Hand In and Lock"
    assert untranslated_texts(dialog) == []
    body = dialog.text()
    for name in ("甲某", "乙某", "丙某", "丁某", "戊某"):
        body = body.replace(name, "")
    assert not CHINESE.search(body), body
    assert "locked" in body and "tie-break" in body and "Recused (1)" in body


def test_larger_text_grows_the_scoring_panel(qtbot: Any, app: QApplication, demo: Demo) -> None:  # noqa: F811
    window = open_window(qtbot, demo)
    panel = start_as(qtbot, window, demo, member_without_recusals(demo))
    field = panel.fields[panel.order[0]]
    before = (field.font().pointSize(), field.width(), panel.total_label.font().pointSize(),
              window.view.progress_label.font().pointSize() if window.view else 0,
              window.start_screen.office_fingerprint.font().pointSize())
    larger = window.findChild(QAction, "larger_text_action")
    assert larger is not None and larger.shortcut().toString() == "Ctrl+Shift+="
    try:
        larger.trigger()
        larger.trigger()
        qtbot.waitUntil(lambda: field.font().pointSize() == before[0] + 2)
        assert field.width() > before[1]  # the field widens with its digits
        assert panel.total_label.font().pointSize() == before[2] + 2
        assert window.view is not None and window.view.progress_label.font().pointSize() == before[3] + 2
        assert window.start_screen.office_fingerprint.font().pointSize() == before[4] + 2
        assert field.font().pointSize() == QApplication.font().pointSize() + 2  # still 2 points above the text
    finally:
        change_text_size(None)
        QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: field.font().pointSize() == before[0])


def test_the_layout_is_remembered(qtbot: Any, app: QApplication, demo: Demo,  # noqa: F811
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    member = member_without_recusals(demo)
    window = open_window(qtbot, demo)
    start_as(qtbot, window, demo, member)
    view = window.view
    assert view is not None
    window.resize(1620, 900)  # wider than the three panes' minimum (about 1430)
    qtbot.waitUntil(lambda: window.width() == 1620)
    sizes = view.splitter.sizes()
    view.splitter.setSizes([sizes[0] + 80, sizes[1] - 80, sizes[2]])
    chosen_sizes = view.splitter.sizes()
    header = view.table.horizontalHeader()
    header.resizeSection(1, header.sectionSize(1) + 37)
    chosen_column = header.sectionSize(1)
    dialog = window.show_self_check()
    assert dialog is not None
    dialog.resize(700, 555)
    dialog.done(0)
    window.close()

    again = open_window(qtbot, demo)
    again.resize(1620, 900)
    qtbot.waitUntil(lambda: again.width() == 1620)
    start_as(qtbot, again, demo, member)
    assert again.view is not None
    # (The window's own size is restored too, but the offscreen screen is 800 px wide and Qt fits it in.)
    assert reviewer_settings().value("window/geometry") is not None
    assert again.view.splitter.sizes() == chosen_sizes
    assert again.view.table.horizontalHeader().sectionSize(1) == chosen_column
    dialog = again.show_self_check()
    assert dialog is not None and (dialog.width(), dialog.height()) == (700, 555)
    dialog.close()
    assert reviewer_settings().value("window/candidate_header") is not None


_HIGH_DPI = """
import sys
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from ui.pyside_compat import guard_none_refcount
guard_none_refcount()
app = QApplication([])
from ui.reviewer_attachments import AttachmentViewer
image = QImage(400, 300, QImage.Format.Format_RGB32)
image.fill(QColor("#88aacc"))
data = QByteArray()
buffer = QBuffer(data)
buffer.open(QIODevice.OpenModeFlag.WriteOnly)
image.save(buffer, "PNG")
viewer = AttachmentViewer()
viewer.resize(700, 600)
viewer.show()
app.processEvents()
viewer.set_loader(lambda blob: bytes(data.data()))
viewer.set_attachments([{"blob": 1, "kind": "photo", "filename": "p.png", "media_type": "image/png", "size": 1}])
viewer.zoom_by(1)  # a fixed zoom: the page's size in device-independent pixels is known
pixmap = viewer.page_view.pixmap()
print(viewer.devicePixelRatioF(), pixmap.devicePixelRatio(), viewer.rendered_size.width(),
      round(viewer.zoom * 400))
"""


@pytest.mark.parametrize("scale", ["1", "2"])
def test_attachments_are_rendered_at_the_screens_pixel_ratio(scale: str) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale,
                   "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _HIGH_DPI], capture_output=True, text=True, env=environment,
                          cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    ratio, pixmap_ratio, device_width, logical_width = done.stdout.split()
    assert float(ratio) == float(scale) == float(pixmap_ratio)
    # One image pixel per device pixel: twice the pixels on a 200 % screen, shown at the same size.
    assert abs(int(device_width) - float(scale) * int(logical_width)) <= 2


def test_the_viewer_names_its_sign_only_buttons(qtbot: Any, english: QApplication) -> None:
    from ui.reviewer_attachments import AttachmentViewer

    viewer = AttachmentViewer()
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.set_attachments([])
    assert viewer.zoom_in_button.accessibleName() == "Zoom in"
    assert viewer.message_view.text() == "This candidate has no attachments."
    assert untranslated_texts(viewer) == [] and unnamed_controls(viewer) == []


def test_messages_of_the_core_are_shown_in_english_too(qtbot: Any, english: QApplication,
                                                                   demo: Demo, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
                                                                   tmp_path: Path) -> None:
    shown: list[tuple[str, str]] = []

    def critical(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    window = ReviewerWindow(settings=reviewer_settings())
    qtbot.addWidget(window)
    damaged = tmp_path / "damaged.crbatch"
    damaged.write_bytes(b"not a batch" * 50)
    assert not window.start_screen.load_batch(damaged)
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Cannot open the review batch"
    # the core's own message (the CLI prints it in Chinese), translated through the messages catalog
    assert "damaged.crbatch" in text and not CHINESE.search(text), text


def test_a_refusal_from_a_background_task_is_shown_in_english(qtbot: Any, english: QApplication, demo: Demo,  # noqa: F811
                                                              errors: list[str]) -> None:  # noqa: F811
    """The passphrase is checked off the UI thread (ui.workers.Task): its refusal crosses a signal
    and still arrives as the core's message, shown translated."""
    window = open_window(qtbot, demo)
    unlock(qtbot, window, "not the passphrase")
    assert len(errors) == 1 and "passphrase" in errors[0].lower() and not CHINESE.search(errors[0]), errors


def test_texts_of_a_base_class_are_found_from_a_subclass(qtbot: Any, english: QApplication) -> None:
    """PySide's tr looks texts up under the object's own class; lupdate files them under the class
    that writes them. The chair's start screen and the reviewer's dossier renderer are subclasses."""
    from PySide6.QtCore import QTranslator

    from ui.reviewer_dossier import ReviewerDossierRenderer
    from ui.reviewer_start import StartScreen

    class ChairLike(StartScreen):
        pass

    screen = ChairLike()
    qtbot.addWidget(screen)
    assert screen.unlock_button.text() == "Unlock"
    assert screen.passphrase_edit.placeholderText() == "Passphrase announced in the room"

    class OfficeCatalog(QTranslator):  # stands in for the common catalog's DossierRenderer texts
        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str | None:
            return "Eligible" if (context, source) == ("DossierRenderer", "合格") else None  # None: not here

    catalog = OfficeCatalog()
    english.installTranslator(catalog)
    try:
        renderer = ReviewerDossierRenderer()
        assert renderer.tr("合格") == "Eligible"  # the office renderer's own text
        assert renderer.tr("（未填写姓名）") == "(no name given)"  # the reviewer's, in its own catalog
    finally:
        english.removeTranslator(catalog)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_session_fits_a_laptop_screen(qtbot: Any, app: QApplication, demo: Demo, language: str) -> None:  # noqa: F811
    """At the reviewer's default text size, in either language, the window fits 1280 x 720 and shows at that
    size the scores, the total, the mark-complete button and the candidate list; with larger text it
    scrolls rather than grow past the screen."""
    base = app.property("craftsman_base_point_size")
    install_language(app, language)
    apply_text_size(app, BASE_POINT_SIZE)  # as run_reviewer starts it
    try:
        window = open_window(qtbot, demo)
        assert larger_than(window) == [], "start screen: " + "; ".join(larger_than(window))
        panel = start_as(qtbot, window, demo, member_without_recusals(demo))
        view = window.view
        assert view is not None
        QApplication.processEvents()
        print(language, "window", window.minimumSizeHint(), window.minimumSize(), "pages", pages_minimum(window))
        assert larger_than(window) == [], "; ".join(larger_than(window))
        window.resize(LAPTOP)
        qtbot.waitUntil(lambda: window.size() == LAPTOP)
        qtbot.wait(50)
        first = panel.fields[panel.order[0]]
        shown = {"first score field": first, "total": panel.total_label, "comment": panel.comment_edit,
                 "mark complete": panel.complete_button, "candidate list": view.table, "dossier": view.tabs}
        assert hidden_widgets(window, shown) == [], hidden_widgets(window, shown)
        assert view.table.horizontalHeader().sectionSize(Column.NAME.value) > 0
        # 放大字体 four steps: the window may scroll, never grow past the screen.
        change_text_size(4)
        qtbot.waitUntil(lambda: first.font().pointSize() == BASE_POINT_SIZE + 4 + 2)
        QApplication.processEvents()
        print(language, "+4 window", window.minimumSizeHint(), window.minimumSize(), "pages", pages_minimum(window))
        assert larger_than(window, scrolling=True) == [], "larger text: " + "; ".join(larger_than(window))
    finally:
        change_text_size(None)
        apply_text_size(app, int(base) if base else UI_FONT_POINT_SIZE)
        install_language(app, SOURCE_LANGUAGE)
