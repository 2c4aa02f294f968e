"""Screenshots of every screen of the app, in Chinese and in English, made from the real app on the demo workspace.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots.py --lang all

(``QT_QPA_PLATFORM=offscreen`` works too, without xvfb-run.) Builds the demo workspace in a temporary
folder with its own app-data folder (nothing touches the real one), then plays each role on it with
the real windows and writes ``<role>-<screen>.<lang>.png`` into ``--out`` (default docs/screenshots):

- start: the role chooser of the bare ``craftsman-review``;
- reviewer: start screen, scoring, attachments, self-check, recusal, hand-in check and result, the
  locked session, the reopen question, a second window kept read-only, the question before wiping
  the laptop's copy, and two refusals (a wrong passphrase, a tampered batch);
- chair: start screen, import, tally (with a tie on the quota line), projection mode, agreement and
  sensitivity panels, finalise, the tie dialog and the decision, the unsigned preview, the signing
  question and the signed page;
- office: no database yet, candidates, a dossier, the intake report, a result package taken in,
  the results tab, the decision dialog, and two refusals (a tampered result package, a file that is
  not a workbook).

The interface language is fixed when the app starts, so ``--lang all`` runs this script once per
language, each in its own process. Modal dialogs (opened with ``exec()``) are grabbed by a timer
while they are up, then answered as a person would. The user guide (docs/guide/) embeds the
Chinese pictures; re-run after changing a screen, then look at them.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LANGUAGES = ("zh_CN", "en")
ROLES = ("start", "reviewer", "chair", "office")
COMMENTS = ("事迹扎实，业绩有量化证明。", "技术攻关成果突出，带徒成效明显。", "材料完整，创新成果有待进一步体现。")
# Deterministic, plausible scores for the reviewer's screens: (item scores in scheme order, comment).
PATTERNS = (
    ("6 6.5 5 6.5 6 5 5 6 5.5 6 5 6.5 6 6 5", "事迹扎实，业绩有量化证明，带徒成效突出。"),
    ("5.5 6 5 6 5.5 4.5 4.5 5 5 5.5 4.5 5.5 5 5.5 4.5", ""),
    ("5 5.5 4 6 5 4 4 5 4.5 5 4 5 5 5 4", ""),
)


# -- waiting for Qt ------------------------------------------------------------------------------------

def wait_for(condition: Callable[[], bool], seconds: float = 60.0) -> None:
    """Run the event loop until ``condition`` holds; refuse to go on with a half-made picture."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out waiting for the app")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def running_app() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def settle(rounds: int = 8) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(rounds):
        QCoreApplication.processEvents()
        # Outside app.exec() Qt never runs deleteLater(): widgets a screen replaced would still be drawn.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.02)


class Shots:
    """Writes the pictures of one language: ``<name>.<lang>.png`` in ``out``."""

    def __init__(self, out: Path, language: str) -> None:
        self.out, self.language = out, language
        self.written: list[Path] = []

    def save(self, widget: Any, name: str) -> None:
        settle()
        path = self.out / f"{name}.{self.language}.png"
        if not widget.grab().save(str(path), "PNG"):
            raise RuntimeError(f"无法写入 {path}")
        shrink_png(path)
        self.written.append(path)
        print(path, flush=True)


def shrink_png(path: Path) -> None:
    """Down to 256 colours without dithering: a window's flat colours and text survive unchanged to the
    eye, and the file is about a third of the size (the pictures live in git, in two languages)."""
    try:
        from PIL import Image  # Pillow comes with reportlab
    except ImportError:
        return
    with Image.open(path) as image:
        reduced = image.convert("RGB").quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    reduced.save(path, optimize=True)


class Dialogs:
    """Grabs and answers the modal dialogs the app opens with ``exec()`` (or a static QMessageBox call).

    ``expect`` queues (picture name or None, answer); a timer looks for the active modal widget
    while the app's own nested event loop runs, grabs it, then answers it. Waiting dialogs of
    background tasks are not counted.
    """

    def __init__(self, shots: Shots) -> None:
        from PySide6.QtCore import QTimer

        self.shots = shots
        self.queue: list[tuple[str | None, Callable[[Any], None]]] = []
        self.last: Any = None
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll)

    def expect(self, name: str | None, answer: Callable[[Any], None]) -> None:
        self.queue.append((name, answer))
        self.timer.start()

    def _poll(self) -> None:
        from PySide6.QtWidgets import QApplication, QProgressDialog

        widget = QApplication.activeModalWidget()
        if widget is None or isinstance(widget, QProgressDialog) or widget is self.last or not self.queue:
            return
        self.last = widget
        name, answer = self.queue.pop(0)
        if not self.queue:
            self.timer.stop()
        if name:
            self.shots.save(widget, name)
        answer(widget)

    def wait_done(self, seconds: float = 60.0) -> None:
        wait_for(lambda: not self.queue, seconds)
        settle(4)


def click(button: Any) -> Callable[[Any], None]:
    """Answer a QMessageBox with one of its standard buttons (or its escape button when absent)."""
    def answer(box: Any) -> None:
        found = box.button(button)
        if found is not None:
            found.click()
        else:
            box.close()
    return answer


def save_as(path: Path) -> Callable[[Any], None]:
    """Answer a file dialog with ``path``."""
    def answer(dialog: Any) -> None:
        dialog.selectFile(str(path))
        dialog.accept()
    return answer


def accept(dialog: Any) -> None:
    dialog.accept()


def reject(dialog: Any) -> None:
    dialog.reject()


# -- the panel's scores ------------------------------------------------------------------------------

def _half(value: float) -> Decimal:
    return (Decimal(str(value)) * 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2


def score_session(batch: Any, folder: Path, chair_key: Any, *, seed: int = 7, skip: tuple[str, ...] = ()
                  ) -> dict[str, Path]:
    """Each panel member (but ``skip``) scores: candidate quality + reviewer leniency + noise.

    Prepared recusals are honoured; the chair signs with ``chair_key``, the others with fresh keys;
    E03 reopens and signs again (the chair's import shows the newer file replacing the older). The
    second candidate gets from every reviewer the first one's scores: a tie the chair must decide
    when it falls on the quota line, as it does in the demo.
    Returns reviewer -> .crscore in ``folder``.
    """
    from app.keys import generate_keypair, load_private_key
    from app.review_store import ReviewStore
    from app.score_file import write_score_file

    rng = random.Random(seed)
    quality = {c["application_no"]: rng.uniform(0.62, 0.9) for c in batch.candidates}
    files: dict[str, Path] = {}
    folder.mkdir(parents=True, exist_ok=True)
    keys_folder = folder.parent / "keys"
    keys_folder.mkdir(exist_ok=True)
    for member in batch.panel:
        if member.number in skip:
            continue
        leniency = rng.uniform(-0.06, 0.06)
        store = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer=member.number,
                            scheme=batch.scheme, candidates=[c["application_no"] for c in batch.candidates])
        given: dict[str, Decimal] = {}
        for position, candidate in enumerate(batch.candidates):
            number = candidate["application_no"]
            if any(r.get("member") == member.number for r in candidate.get("recused", [])):
                store.set_recusal(number, True, "与候选人同单位")
                continue
            for key in batch.scheme.item_keys():
                maximum = float(batch.scheme.item(key)[1].max)
                share = min(max(quality[number] + leniency + rng.gauss(0, 0.06), 0.3), 1.0)
                value = min(_half(maximum * share), Decimal(str(maximum)))
                if position == 1 and key in given:
                    value = given[key]
                elif position == 0:
                    given[key] = value
                store.set_score(number, key, value)
            store.set_comment(number, COMMENTS[rng.randrange(len(COMMENTS))])
            store.set_complete(number)
        store.lock()
        if member.is_chair:
            key = chair_key
        else:
            pair = generate_keypair(keys_folder / member.number)
            key = load_private_key(pair.private_path)
        out = folder / f"{batch.identity.group}-{batch.identity.session}-{member.number}-评分.crscore"
        write_score_file(store, batch, key, out)
        files[member.number] = out
        if member.number == "E03":
            store.reopen("组长请我复核第一位候选人的评分")
            key_name = batch.scheme.item_keys()[0]
            for twin in batch.candidates[:2]:  # both, so that they stay tied
                store.set_score(twin["application_no"], key_name,
                                Decimal(str(float(batch.scheme.item(key_name)[1].max))))
                store.set_complete(twin["application_no"])
            store.lock()
            newer = folder / f"{batch.identity.group}-{batch.identity.session}-{member.number}-评分（重新提交）.crscore"
            write_score_file(store, batch, key, newer)
    return files


def tampered_copy(source: Path, target: Path, offset: int) -> Path:
    """A copy of ``source`` with one bit flipped at ``offset`` (negative: from the end)."""
    data = bytearray(source.read_bytes())
    data[offset] ^= 1
    target.write_bytes(bytes(data))
    return target


# -- the demo world ----------------------------------------------------------------------------------

class World:
    """The demo workspace and what the roles hand each other (the panel's files, the result package)."""

    def __init__(self, folder: Path) -> None:
        from app.batch import open_batch, read_batch_header
        from app.demo.workspace import demo_passphrase, make_workspace
        from app.identity import personal_key

        self.folder = folder
        self.workspace = make_workspace(folder / "workspace", batches_made="first")
        self.batch_path = self.workspace.batches[0]
        identity = read_batch_header(self.batch_path).identity
        self.passphrase = demo_passphrase(identity.group, identity.session)
        self.batch = open_batch(self.batch_path, self.passphrase.encode("utf-8"))
        self.usb = folder / "U盘"
        # The chair scores too, on this laptop: its score file is signed with the personal key, as the
        # chair's signing requires. E07 has not handed in; one file is damaged on the way.
        self.files = score_session(self.batch, self.usb, personal_key(), skip=("E07",))
        tampered_copy(self.files["E05"], self.usb / "E05-副本.crscore", -12)
        self.result: Path | None = None

    def result_package(self) -> Path:
        """The chair's signed result package: the chair's screens made it, or the CLI makes it now."""
        if self.result is None:
            from app.cli import main as cli
            from app.identity import personal_key_path

            phrase = self.folder / "passphrase.txt"
            phrase.write_text(self.passphrase + "\n", encoding="utf-8")
            out = self.folder / "result.crresult"
            code = cli(["tally", "--batch", str(self.batch_path), "--passphrase-file", str(phrase),
                        "--chair-key", str(personal_key_path()), "--out", str(out),
                        # the two candidates score_session tied, in the order the chair's screens record
                        "--decide", ",".join(c["application_no"] for c in self.batch.candidates[:2]),
                        *[str(p) for p in sorted(self.usb.glob("*评分*.crscore"))]])
            if code != 0:
                raise RuntimeError("tally failed")
            self.result = out
        return self.result


# -- the roles ---------------------------------------------------------------------------------------

def shoot_start(shots: Shots, dialogs: Dialogs, world: World, size: tuple[int, int]) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.app import choose_role

    dialogs.expect("start-role", click(QMessageBox.StandardButton.Cancel))
    choose_role()
    dialogs.wait_done()


def shoot_reviewer(shots: Shots, dialogs: Dialogs, world: World, size: tuple[int, int]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ui.preferences import apply_text_size
    from ui.reviewer_style import BASE_POINT_SIZE
    from ui.reviewer_window import ReviewerWindow, reviewer_settings

    apply_text_size(running_app(), BASE_POINT_SIZE)  # as run_reviewer does
    sessions = world.folder / "reviewer-sessions"
    window = ReviewerWindow(settings=reviewer_settings(), batch=world.batch_path, sessions_folder=sessions)
    window.resize(*size)
    window.show()
    window.activateWindow()
    start = window.start_screen
    settle()
    shots.save(window, "reviewer-open")

    # Refusals first, on the start screen: a wrong passphrase, then a tampered batch.
    start.set_passphrase("gongjiang-wrong")
    dialogs.expect("reviewer-error-passphrase", click(QMessageBox.StandardButton.Ok))
    start.unlock()
    dialogs.wait_done()
    wait_for(lambda: not start.is_busy())
    tampered = tampered_copy(world.batch_path, world.folder / "篡改的批次.crbatch", 200)
    dialogs.expect("reviewer-error-tampered", click(QMessageBox.StandardButton.Ok))
    start.load_batch(tampered)
    dialogs.wait_done()

    start.load_batch(world.batch_path)
    start.set_passphrase(world.passphrase)
    start.unlock()
    wait_for(lambda: start.batch is not None and not start.is_busy())
    start.choose_member("first")
    shots.save(window, "reviewer-start")

    start.start()
    settle()
    view, session = window.view, window.session
    assert view is not None and session is not None
    keys = session.batch.scheme.item_keys()
    numbers = [c["application_no"] for c in session.batch.candidates]
    open_ones = [no for no in numbers if not session.candidate(no).recused]
    for position, no in enumerate(open_ones[:-2]):
        scores, comment = PATTERNS[position % len(PATTERNS)]
        for key, text in zip(keys, scores.split(), strict=True):
            session.store.set_score(no, key, Decimal(text))
        if comment:
            session.store.set_comment(no, comment)
        session.store.set_complete(no, True)
    view.model.refresh_all()
    view.update_progress()
    current = open_ones[-2]
    window.select_candidate(current)
    settle()
    panel = view.panel
    typed = ["6", "5.5", "5", "6.5", "6", "4.5", "5"]
    for key, text in zip(keys[: len(typed)], typed, strict=True):
        panel.fields[key].setFocus()
        panel.fields[key].setText(text)
        panel.fields[key].textEdited.emit(text)
        panel.save_score(key)
    panel.fields[keys[len(typed)]].setFocus(Qt.FocusReason.TabFocusReason)
    shots.save(window, "reviewer-main")

    # A value the scheme refuses: the field turns red with the reason, nothing is saved.
    field = panel.fields[keys[len(typed)]]
    field.setText("9.3")
    field.textEdited.emit("9.3")
    panel.save_score(keys[len(typed)])
    shots.save(window, "reviewer-refused-score")
    field.setText("5")
    field.textEdited.emit("5")
    panel.save_score(keys[len(typed)])

    view.tabs.setCurrentWidget(view.viewer)
    shots.save(window, "reviewer-attachment")
    view.tabs.setCurrentWidget(view.dossier)

    dialog = window.show_self_check()
    assert dialog is not None
    shots.save(dialog, "reviewer-selfcheck")
    dialog.close()
    settle()

    # Finish the current candidate, then declare a conflict on the last one.
    for key, text in zip(keys, PATTERNS[1][0].split(), strict=True):
        session.store.set_score(current, key, Decimal(text))
    window.select_candidate(open_ones[0])
    window.select_candidate(current)
    settle()
    panel.mark_complete()
    window.select_candidate(open_ones[-1])
    settle()
    panel.recuse_box.click()
    panel.reason_edit.setText("本人与该候选人曾在同一单位共事")
    shots.save(window, "reviewer-recusal")
    panel.reason_edit.returnPressed.emit()
    settle()

    # Hand in: the self-check as confirmation, where to save, what was saved; then the locked session.
    out = world.folder / "交评分"
    out.mkdir()
    member = session.member
    dialogs.expect("reviewer-handin-check", accept)
    dialogs.expect(None, save_as(out / f"{world.batch.identity.group}-{world.batch.identity.session}-"
                                       f"{member.number}-评分.crscore"))
    dialogs.expect("reviewer-handin-done", click(QMessageBox.StandardButton.Ok))
    if not window.hand_in():
        raise RuntimeError("hand-in did not complete")
    dialogs.wait_done()
    window.select_candidate(open_ones[0])
    shots.save(window, "reviewer-locked")
    dialogs.expect("reviewer-reopen", reject)
    window.reopen()
    dialogs.wait_done()

    # A second copy of the app on the same session is kept read-only.
    second = ReviewerWindow(batch=world.batch_path, sessions_folder=sessions)
    second.resize(*size)
    second.show()
    second.start_screen.set_passphrase(world.passphrase)
    second.start_screen.unlock()
    wait_for(lambda: second.start_screen.batch is not None and not second.start_screen.is_busy())
    second.start_screen.choose_member(member.number)
    dialogs.expect("reviewer-readonly", click(QMessageBox.StandardButton.Ok))
    second.start_screen.start()
    dialogs.wait_done()
    shots.save(second, "reviewer-readonly-window")
    second.close()
    settle()
    # After hand-in the reviewer may wipe this laptop's copy: the question says what goes and what stays.
    dialogs.expect("reviewer-wipe", click(QMessageBox.StandardButton.Cancel))
    window.wipe_local_data()
    dialogs.wait_done()
    window.close()
    settle(2)


def shoot_chair(shots: Shots, dialogs: Dialogs, world: World, size: tuple[int, int]) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.chair_finalise import default_result_name
    from ui.chair_window import ChairView, ChairWindow, chair_settings
    from ui.preferences import apply_text_size
    from ui.reviewer_style import BASE_POINT_SIZE

    apply_text_size(running_app(), BASE_POINT_SIZE)  # as run_chair does
    window = ChairWindow(settings=chair_settings(), batch=world.batch_path)
    window.resize(*size)
    window.show()
    window.activateWindow()
    start = window.start_screen
    start.set_passphrase(world.passphrase)
    start.unlock()
    wait_for(lambda: start.batch is not None and not start.is_busy())
    shots.save(window, "chair-start")
    start.start()
    wait_for(lambda: window.view is not None)
    view = window.view
    assert view is not None
    view.import_page.import_paths([world.usb])
    wait_for(lambda: not view.import_page.is_busy())
    shots.save(window, "chair-import")

    view.setCurrentIndex(ChairView.TALLY)
    tally = view.session.tally
    assert tally is not None
    flagged = next((c.id for c in tally.candidates if "outlier_scores" in c.flags and c.dropped),
                   tally.candidates[0].id)
    page = view.tally_page
    page.select_candidate(flagged)
    shots.save(window, "chair-tally")
    for index, name in ((2, "chair-agreement"), (3, "chair-sensitivity")):
        page.side.setCurrentIndex(index)
        shots.save(window, name)
    page.side.setCurrentIndex(0)
    page.set_projection(True)
    shots.save(window, "chair-projection")
    page.set_projection(False)

    view.setCurrentIndex(ChairView.FINALISE)
    final = view.finalise_page
    final.notes_edit.setPlainText("评审组对名额线上并列的两位候选人逐一讨论，按讨论结果裁定先后。")
    final.place_edit.setText("上海市总工会 3 楼会议室")
    shots.save(window, "chair-finalise")
    if not tally.ties:
        raise RuntimeError("the demo's panel should leave a tie on the quota line")
    dialogs.expect("chair-tie", accept)
    if not final.decide_group(tuple(tally.ties[0])):
        raise RuntimeError("the tie was not decided")
    dialogs.wait_done()
    shots.save(window, "chair-decided")
    final.preview()
    wait_for(lambda: not final.is_busy() and final.last_preview is not None)
    settle(20)
    assert final.last_preview is not None
    shots.save(final.last_preview, "chair-preview")
    final.last_preview.close()
    settle()

    target = world.folder / "结果" / default_result_name(view.session)
    target.parent.mkdir()
    dialogs.expect("chair-sign-confirm", click(QMessageBox.StandardButton.Yes))
    dialogs.expect(None, save_as(target))
    if not final.sign():
        raise RuntimeError("signing did not start")
    dialogs.wait_done()
    wait_for(lambda: not final.is_busy() and view.session.signed is not None, 120)
    shots.save(window, "chair-signed")
    signed = view.session.signed
    assert signed is not None
    world.result = signed.package
    window.close()
    settle(2)


def shoot_office(shots: Shots, dialogs: Dialogs, world: World, size: tuple[int, int]) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.app import UI_FONT_POINT_SIZE
    from ui.candidate_model import StatusRole
    from ui.display import ReviewStatus
    from ui.office_window import OfficeWindow
    from ui.preferences import apply_text_size

    apply_text_size(running_app(), UI_FONT_POINT_SIZE)  # the reviewer's and chair's are larger
    result = world.result_package()
    window = OfficeWindow()
    window.resize(*size)
    window.show()
    window.activateWindow()
    shots.save(window, "office-open")
    if not window.open_database(world.workspace.database):
        raise RuntimeError("the demo database did not open")

    def first_with(status: ReviewStatus) -> int:
        return next((row for row in range(window.proxy.rowCount())
                     if window.proxy.index(row, 0).data(StatusRole) is status), 0)

    window.table.setCurrentIndex(window.proxy.index(first_with(ReviewStatus.INELIGIBLE), 0))
    shots.save(window, "office-candidates")
    window.table.setCurrentIndex(window.proxy.index(first_with(ReviewStatus.PENDING), 0))
    settle()
    bar = window.detail.verticalScrollBar()
    bar.setValue(round(bar.maximum() * 0.55))
    shots.save(window, "office-dossier")

    window.start_intake(world.workspace.applications, world.workspace.attachments)
    wait_for(lambda: not window.is_busy() and window.last_result_dialog is not None, 120)
    dialog = window.last_result_dialog
    assert dialog is not None
    shots.save(dialog, "office-intake-result")
    dialog.close()
    settle()

    not_a_workbook = world.folder / "申报表.xlsx"
    not_a_workbook.write_text("这不是 Excel 文件", encoding="utf-8")
    dialogs.expect("office-error-workbook", click(QMessageBox.StandardButton.Ok))
    window.start_intake(not_a_workbook)
    dialogs.wait_done(120)
    wait_for(lambda: not window.is_busy())

    tampered = tampered_copy(result, world.folder / "篡改的结果包.crresult", -40)
    dialogs.expect("office-error-result", click(QMessageBox.StandardButton.Ok))
    window.start_ingest(tampered)
    dialogs.wait_done(120)
    wait_for(lambda: not window.is_busy())

    dialogs.expect("office-ingest", click(QMessageBox.StandardButton.Ok))
    window.start_ingest(result)
    dialogs.wait_done(120)
    wait_for(lambda: not window.is_busy())
    window.show_results()
    results = window.results
    chosen = next((world.batch.candidates[i]["application_no"] for i in range(len(world.batch.candidates))), None)
    if chosen is not None:
        results.select_candidate(chosen)
    shots.save(window, "office-results")
    current = results.current_application_no()
    if current is not None:
        dialogs.expect("office-decision", reject)
        window.record_decision(current)
        dialogs.wait_done()
    window.close()
    settle(2)


SHOOTERS: dict[str, Callable[[Shots, Dialogs, World, tuple[int, int]], None]] = {
    "start": shoot_start, "reviewer": shoot_reviewer, "chair": shoot_chair, "office": shoot_office,
}


def run_language(language: str, out: Path, roles: list[str], size: tuple[int, int]) -> int:
    """Every screen of ``roles`` in ``language``, in this process (the language is fixed at start)."""
    with tempfile.TemporaryDirectory(prefix="craftsman-shots-") as folder:
        os.environ["CRAFTSMAN_DATA_DIR"] = str(Path(folder) / "app-data")
        os.environ["CRAFTSMAN_LANG"] = language
        from ui.app import make_application

        app = make_application([sys.argv[0]], language=language)
        world = World(Path(folder))
        shots = Shots(out, language)
        dialogs = Dialogs(shots)
        for role in ROLES:  # in the order the files travel: reviewers, then the chair, then the office
            if role in roles:
                SHOOTERS[role](shots, dialogs, world, size)
        app.processEvents()
    print(f"{len(shots.written)} screenshots ({language}) in {out}", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=(*LANGUAGES, "all"), default="all", help="interface language (default all)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="folder for the PNGs")
    parser.add_argument("--role", choices=(*ROLES, "all"), action="append",
                        help="only this role's screens (repeatable; default all)")
    parser.add_argument("--size", default="1400x900", help="main window size, WIDTHxHEIGHT (default 1400x900)")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    roles = list(ROLES) if not args.role or "all" in args.role else args.role
    args.out.mkdir(parents=True, exist_ok=True)
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.lang != "all":
        return run_language(args.lang, args.out.resolve(), roles, (width, height))
    for language in LANGUAGES:  # one process each: every window is built in the language of its start
        command = [sys.executable, str(Path(__file__).resolve()), "--lang", language, "--out", str(args.out),
                   "--size", args.size, *[f"--role={role}" for role in roles]]
        code = subprocess.call(command)
        if code != 0:
            print(f"screenshots in {language} failed (exit {code})", file=sys.stderr)
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
