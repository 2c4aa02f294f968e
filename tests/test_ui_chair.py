"""The chair's app (评审组长) driven through its widgets (pytest-qt, offscreen).

One demo workspace per module (its first session's batch) and a set of score files made for it:
every panel member but one hands in; candidates 3 and 4 get identical sheets from everyone, so they
tie exactly across the quota line; E02 reopens and signs again (both versions are on the "USB
stick"), and a damaged copy of E03's file lies beside them. The chair (E01) signs their score file
with this laptop's personal key, as the real chair would. Each test has its own app-data folder
(CRAFTSMAN_DATA_DIR); dialogs that would block are replaced by recorders.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFont
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from app.batch import OpenBatch, open_batch, read_batch_header
from app.chair import PanelScores, score_files_in
from app.demo.workspace import DemoWorkspace, demo_passphrase, make_workspace
from app.identity import personal_key, personal_key_path
from app.keys import fingerprint
from app.result import compute_tally, read_result_package
from app.review_store import ReviewStore
from app.score_file import write_score_file
from exports.result_sheet import fmt
from ui.app import make_application
from ui.chair_model import SHORT_FLAGS
from ui.chair_pdf import PdfPreviewDialog
from ui.chair_ties import TieOrderDialog
from ui.chair_window import ChairView, ChairWindow, chair_settings
from ui.preferences import apply_text_size
from ui.reviewer_style import BASE_POINT_SIZE

# Each candidate's share of every item's maximum (candidates 3 and 4, index 2 and 3, are identical).
QUALITY = (0.9, 0.8, 0.7, 0.7, 0.6)
ABSENT = "E07"


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
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The app as run_chair makes it (the chair's text size); the app's font put back afterwards."""
    font, base = QFont(qapp.font()), qapp.property("craftsman_base_point_size")
    application = make_application()
    apply_text_size(application, BASE_POINT_SIZE)
    try:
        yield application
    finally:
        application.setFont(font)
        application.setProperty("craftsman_base_point_size", base)


@dataclass
class Dialogs:
    errors: list[str]
    questions: list[str]
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Error, warning and question boxes recorded instead of blocking (questions answered Yes)."""
    recorded = Dialogs([], [])

    def critical(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        recorded.errors.append(text)
        return QMessageBox.StandardButton.Ok

    def question(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        recorded.questions.append(text)
        return recorded.answer

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "warning", critical)
    monkeypatch.setattr(QMessageBox, "question", question)
    return recorded


# ------------------------------------------------------------------------------------------------
# Score files


def _half(value: float) -> Decimal:
    return (Decimal(str(value)) * 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2


def scored_store(batch: OpenBatch, reviewer: int, number: str) -> ReviewStore:
    store = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer=number, scheme=batch.scheme,
                        candidates=[c["application_no"] for c in batch.candidates])
    for index, candidate in enumerate(batch.candidates):
        for position, key in enumerate(batch.scheme.item_keys()):
            maximum = batch.scheme.item(key)[1].max
            wobble = ((reviewer + position) % 3 - 1) * 0.5  # the same for every candidate: ties stay ties
            value = min(max(_half(float(maximum) * QUALITY[index] + wobble), Decimal(0)), maximum)
            store.set_score(candidate["application_no"], key, value)
        store.set_comment(candidate["application_no"], "事迹扎实")
        store.set_complete(candidate["application_no"])
    store.lock()
    return store


def make_usb(batch: OpenBatch, folder: Path, chair_key: Ed25519PrivateKey) -> Path:
    """The chair's USB stick: every member's file but ABSENT's, E02 twice, a damaged copy of E03's."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, member in enumerate(batch.panel):
        if member.number == ABSENT:
            continue
        key = chair_key if member.is_chair else Ed25519PrivateKey.generate()
        store = scored_store(batch, index, member.number)
        if member.number == "E02":
            write_score_file(store, batch, key, folder / "E02-a.crscore")
            store.reopen("组长请我复核第一位候选人")
            first = batch.candidates[0]["application_no"]
            store.set_score(first, batch.scheme.item_keys()[0], Decimal(5))
            store.set_complete(first)
            store.lock()
            write_score_file(store, batch, key, folder / "E02-b.crscore")
            continue
        write_score_file(store, batch, key, folder / f"{member.number}.crscore")
    data = bytearray((folder / "E03.crscore").read_bytes())
    data[-10] ^= 1
    (folder / "E03-damaged.crscore").write_bytes(bytes(data))
    return folder


def expected_tally(batch: OpenBatch, folder: Path, decisions: list[list[str]] | None = None) -> Any:
    scores = PanelScores(batch)
    scores.add_many(p for p in score_files_in(folder) if "damaged" not in p.name)
    return compute_tally(batch, scores, decisions or [])


# ------------------------------------------------------------------------------------------------
# Driving the window


def open_window(qtbot: Any, demo: Demo) -> ChairWindow:
    window = ChairWindow(settings=chair_settings(), batch=demo.batch)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def unlock_as_chair(qtbot: Any, window: ChairWindow, passphrase: str, start_text: str = "开始汇总") -> ChairView:
    start = window.start_screen
    start.passphrase_edit.setFocus()
    qtbot.keyClicks(start.passphrase_edit, passphrase)
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: start.batch is not None and not start.is_busy(), timeout=30000)
    assert start.start_button.isEnabled() and start.start_button.text() == start_text
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    assert window.view is not None and window.session is not None
    return window.view


def import_folder(qtbot: Any, view: ChairView, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    qtbot.mouseClick(view.import_page.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.import_page.is_busy(), timeout=30000)


class PrintToFile:
    """Stands in for QPrintDialog: "prints" to a PDF file instead of asking."""

    target: Path | None = None
    shown = 0

    def __init__(self, printer: QPrinter, parent: Any = None) -> None:
        self.printer = printer

    def setWindowTitle(self, _title: str) -> None:
        pass

    def setMinMax(self, _low: int, _high: int) -> None:
        pass

    def exec(self) -> int:
        type(self).shown += 1
        assert PrintToFile.target is not None
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(PrintToFile.target))
        self.printer.setResolution(72)
        return int(QDialog.DialogCode.Accepted)


# ------------------------------------------------------------------------------------------------


def test_start_screen_is_the_reviewers_with_the_chairs_words(qtbot: Any, app: QApplication, demo: Demo) -> None:
    window = open_window(qtbot, demo)
    start = window.start_screen
    texts = [label.text() for label in start.findChildren(type(start.file_label))]
    assert "上海工匠评审 · 评审组长" in texts and "③　核对评审专家名单" in texts
    assert not any("选择您的身份" in text for text in texts)
    assert start.office_fingerprint.text() == read_batch_header(demo.batch).identity.office_fingerprint
    assert start.key_fingerprint and "结果包" in start.personal_label.text()
    assert not start.start_button.isEnabled()
    assert window.windowTitle() == "上海工匠评审 · 评审组长"


def test_import_tally_decide_preview_sign_print_and_the_office_accepts_it(
        qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        dialogs: Dialogs) -> None:
    batch = demo.opened
    chair_key = personal_key()  # this laptop's key: the chair scored on it
    usb = make_usb(batch, tmp_path / "usb", chair_key)
    window = open_window(qtbot, demo)
    view = unlock_as_chair(qtbot, window, demo.passphrase)
    session = view.session
    assert session.batch.chair.number == "E01"

    # 1. Import the USB folder: verified, the newer E02 replaces the older, the damaged file refused.
    import_folder(qtbot, view, usb, monkeypatch)
    page = view.import_page
    log = page.log_texts()
    assert len(log) == 8, log
    refused = [line for line in log if "E03-damaged.crscore" in line]
    assert len(refused) == 1 and "未接受" in refused[0] and "与签名不符" in refused[0]
    assert "Traceback" not in "".join(log)
    assert any("E02-b.crscore" in line and "已采用新版本" in line for line in log)
    rows = {m.number: page.member_row(m.number) for m in batch.panel}
    assert rows["E01"][3] == "✓ 已交" and rows["E01"][4] == fingerprint(chair_key.public_key())
    assert rows["E02"][5] == "1 次" and rows["E02"][6] == "E02-b.crscore"
    assert rows[ABSENT][3] == "未交" and rows[ABSENT][4] == ""
    assert "已交 6 / 7" in page.summary.text() and ABSENT in page.summary.text()
    assert dialogs.errors == []

    # 2. The tally table shows exactly compute_tally's result.
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert view.currentIndex() == ChairView.TALLY
    expected = expected_tally(batch, usb)
    tally_page = view.tally_page
    shown = tally_page.table_rows()
    decimals = expected.rules.decimals
    assert [row[1] for row in shown] == [c.id for c in expected.candidates]
    model = tally_page.model
    for row, result in zip(shown, expected.candidates, strict=True):
        assert row[0] == ("—" if result.rank is None else str(result.rank))
        assert row[2] == next(c["name"] for c in batch.candidates if c["application_no"] == result.id)
        assert row[3:3 + len(expected.powers)] == [fmt(result.powers[p], decimals) for p in expected.powers]
        assert row[model.final_column] == fmt(result.final, decimals)
        assert row[model.final_column + 1] == str(result.n)
        assert (row[model.final_column + 4] == "✓ 推荐") == result.recommended
    tied = batch.candidates[2]["application_no"], batch.candidates[3]["application_no"]
    assert set(expected.quota_tie) == set(tied) and expected.quota_open == 1
    tied_row = shown[model.row_of(tied[0])]
    assert SHORT_FLAGS["quota_tie"] in tied_row[-1]

    # Selecting a candidate: the dropped scores, the method applied, a chart with every reviewer.
    top = expected.candidates[0]
    tally_page.select_candidate(top.id)
    assert tally_page.selected_id() == top.id
    detail = tally_page.detail_text.text()
    assert "截尾平均" in detail and "去掉的分数" in detail
    assert top.dropped and all(d.reviewer in detail for d in top.dropped)
    assert set(tally_page.chart.data.values) == set(top.totals)
    assert tally_page.chart.data.dropped == {d.reviewer for d in top.dropped}
    tally_page.chart.grab()  # paints
    assert tally_page.chart.bar_count() == len(top.totals) * len(expected.powers)
    assert tally_page.reviewer_ids() == [r.reviewer for r in expected.reviewers]
    assert "ICC(3,k)" in tally_page.agreement_text.text() and "Kendall" in tally_page.agreement_text.text()
    assert tally_page.sensitivity_tree.topLevelItemCount() == len(expected.sensitivity)

    # Projection mode: F5 raises the type and hides the side panels and tabs; Esc leaves it.
    qtbot.keyClick(tally_page.table, Qt.Key.Key_F5)
    assert tally_page.projecting and tally_page.table.font().pointSize() == 20
    assert not tally_page.side.isVisible() and not tally_page.detail.isVisible()
    assert not view.tabBar().isVisible() and not window.menuBar().isVisible()
    assert all(tally_page.table.isColumnHidden(c) for c in tally_page.spread_columns())
    qtbot.keyClick(tally_page.table, Qt.Key.Key_Escape)
    assert not tally_page.projecting and tally_page.table.font().pointSize() < 20
    assert tally_page.side.isVisible() and view.tabBar().isVisible()

    # 3. Finalise: the tie across the quota line blocks signing until the chair orders it.
    view.setCurrentIndex(ChairView.FINALISE)
    final = view.finalise_page
    assert not final.sign_button.isEnabled() and "名额线上有并列" in final.sign_hint.text()

    def reorder(dialog: TieOrderDialog) -> int:
        assert dialog.order() == sorted(tied)
        dialog.list.setCurrentRow(1)
        qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(TieOrderDialog, "exec", reorder)
    assert final.decide_group(tuple(sorted(tied)))
    chosen = [sorted(tied)[1], sorted(tied)[0]]
    assert session.decisions == [tuple(chosen)]
    decided = expected_tally(batch, usb, [chosen])
    assert [(c.id, c.rank, c.recommended) for c in session.tally.candidates] == [
        (c.id, c.rank, c.recommended) for c in decided.candidates]
    assert session.tally.candidate(chosen[0]).recommended and "tie_resolved" in session.tally.candidate(chosen[0]).flags
    assert final.sign_button.isEnabled()
    notes = "经评审组讨论，名额线上并列的两位候选人按攻关成果排序。"
    final.notes_edit.setPlainText(notes)
    final.place_edit.setText("上海市总工会 3 楼会议室")

    # Preview before signing: the PDF laid out in memory, shown in-app.
    qtbot.mouseClick(final.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not final.is_busy() and final.last_preview is not None, timeout=60000)
    preview = final.last_preview
    assert isinstance(preview, PdfPreviewDialog) and preview.page_count() >= 2
    assert not preview.print_button.isVisible()  # the unsigned draft is not for paper
    preview.close()

    # A different key on this laptop than the one of the chair's own score file: refused plainly.
    saved = personal_key_path().read_bytes()
    personal_key_path().write_bytes(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert not final.sign()
    assert dialogs.errors and "组长签名密钥" in dialogs.errors[-1]
    personal_key_path().write_bytes(saved)

    # Sign: the missing reviewer is said and confirmed, the package and both sheets are written.
    out = tmp_path / "results" / "G01-1-评审结果"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    errors_before = len(dialogs.errors)
    qtbot.mouseClick(final.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not final.is_busy() and session.signed is not None, timeout=60000)
    assert len(dialogs.errors) == errors_before, dialogs.errors
    assert any(ABSENT in q for q in dialogs.questions)
    signed = session.signed
    assert signed is not None and signed.package == out.with_name(out.name + ".crresult")
    assert signed.problems == ()
    assert signed.pdf is not None and signed.pdf.exists() and signed.xlsx is not None and signed.xlsx.exists()
    assert final.done_box.isVisible() and signed.short_digest in final.done_label.text()

    package = read_result_package(signed.package)
    content = package.content(batch.data_key)
    assert content["notes"] == notes and content["decisions"] == [chosen]
    assert sorted(package.score_files) == sorted(m.number for m in batch.panel if m.number != ABSENT)
    assert package.header.signer_fingerprint == fingerprint(chair_key.public_key())
    from exports.pdf_signing import validate_signed_pdf

    valid, why = validate_signed_pdf(signed.pdf, chair_public=chair_key.public_key())
    assert valid, why

    # The office takes it in: the whole chain verifies and its recomputation agrees.
    from app.office_results import ingest_result
    from app.storage import OfficeDatabase

    database = tmp_path / "office.db"
    shutil.copy(demo.workspace.database, database)
    office = OfficeDatabase(database, create=False)
    try:
        report = ingest_result(office, signed.package)
    finally:
        office.close()
    assert report.status == "stored" and report.chair == "E01"

    # Print the signed sheet through the print dialog, page by page.
    PrintToFile.target = tmp_path / "printed.pdf"
    monkeypatch.setattr("ui.chair_pdf.QPrintDialog", PrintToFile)
    qtbot.mouseClick(final.print_button, Qt.MouseButton.LeftButton)
    viewer = final.last_preview
    assert viewer is not None and viewer.print_button.isVisible()
    assert PrintToFile.shown == 1 and viewer.printed == viewer.page_count()
    printed = QPdfDocument()
    printed.load(str(PrintToFile.target))
    assert printed.pageCount() == viewer.page_count()
    printed.close()
    viewer.close()

    # Closing after signing asks nothing.
    questions = len(dialogs.questions)
    window.close()
    assert len(dialogs.questions) == questions


def test_files_dropped_on_the_window_are_imported(qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path,
                                                   dialogs: Dialogs) -> None:
    usb = make_usb(demo.opened, tmp_path / "usb", Ed25519PrivateKey.generate())
    window = open_window(qtbot, demo)
    view = unlock_as_chair(qtbot, window, demo.passphrase)
    view.setCurrentIndex(ChairView.TALLY)
    assert "还没有导入" in view.tally_page.empty.text()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(usb / "E04.crscore")), QUrl.fromLocalFile(str(usb / "E05.crscore")),
                  QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: not view.import_page.is_busy(), timeout=30000)
    assert view.currentIndex() == ChairView.IMPORT
    assert sorted(view.session.scores.files) == ["E04", "E05"]
    assert view.session.tally is not None and view.tally_page.model.rowCount() == len(demo.numbers)
    # The same file again: a duplicate, said so, nothing changes.
    mime.setUrls([QUrl.fromLocalFile(str(usb / "E04.crscore"))])
    view.import_page.dropEvent(QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: not view.import_page.is_busy(), timeout=30000)
    assert "已导入过" in view.import_page.log_texts()[-1]
    # Closing with an unsigned tally asks first; "No" keeps the window open.
    dialogs.answer = QMessageBox.StandardButton.No
    window.close()
    assert dialogs.questions and window.isVisible()
    dialogs.answer = QMessageBox.StandardButton.Yes
    window.close()
    assert not window.isVisible()


def test_a_folder_without_score_files_is_said_plainly(qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: said.append(text))
    window = open_window(qtbot, demo)
    view = unlock_as_chair(qtbot, window, demo.passphrase)
    (tmp_path / "empty").mkdir()
    import_folder(qtbot, view, tmp_path / "empty", monkeypatch)
    assert said and ".crscore" in said[0]
    assert view.import_page.log_texts() == []
    # While a pool thread signs, the files it reads are not changed under it.
    view.session.working = "正在签名并生成结果表…"
    assert not view.import_page.import_paths([tmp_path / "empty"])
    assert "正在签名并生成结果表完成后" in said[-1]
    view.session.working = None
    window.close()


def test_tie_dialog_reorders_by_buttons(qtbot: Any, app: QApplication) -> None:
    dialog = TieOrderDialog(["A", "B", "C"], {"A": "A 甲", "B": "B 乙", "C": "C 丙"}, places=1)
    qtbot.addWidget(dialog)
    assert not dialog.up_button.isEnabled()
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert dialog.order() == ["B", "C", "A"] and not dialog.down_button.isEnabled()
    dialog.move_selected(-1)
    assert dialog.order() == ["B", "A", "C"]


def test_run_chair_unlocks_and_imports_files(qtbot: Any, app: QApplication, demo: Demo, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    from ui import app as ui_app

    usb = make_usb(demo.opened, tmp_path / "usb", Ed25519PrivateKey.generate())
    seen: dict[str, Any] = {}

    def exec_until_imported(*_args: Any) -> int:
        def ready() -> bool:
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, ChairWindow) and w.isVisible()]
            if windows and windows[0].view is not None and not windows[0].view.import_page.is_busy() \
                    and windows[0].session is not None and windows[0].session.scores.files:
                seen["window"] = windows[0]
                return True
            return False

        qtbot.waitUntil(ready, timeout=30000)
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_until_imported)
    assert ui_app.run_chair(demo.batch, passphrase=demo.passphrase, files=[usb]) == 0
    window = seen["window"]
    qtbot.addWidget(window)
    assert window.session.handed_in() == 6
    window.close()


def test_role_chooser_offers_the_chair(qtbot: Any, app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.app import choose_role

    def click_chair(box: QMessageBox) -> int:
        button = next(b for b in box.buttons() if b.text() == "评审组长")
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_chair)
    assert choose_role() == "chair"


def test_gui_verb_with_chair_flag_opens_the_chairs_window(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from app import cli
    from ui import app as ui_app

    calls: list[Any] = []
    monkeypatch.setattr(ui_app, "run_chair", lambda batch=None, **kwargs: calls.append(batch) or 0)
    monkeypatch.setattr(ui_app, "run_reviewer", lambda *args, **kwargs: pytest.fail("reviewer window opened"))
    batch = tmp_path / "session.crbatch"
    assert cli.main(["gui", "--batch", str(batch), "--chair"]) == 0
    assert cli.main(["gui", "--chair"]) == 0
    assert calls == [batch, None]
