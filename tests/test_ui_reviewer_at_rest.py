"""What a reviewer's laptop keeps after a whole session in the real window (pytest-qt, offscreen).

One full session: unlock the batch, look at every attachment, score every candidate and write a
comment for each, hand in (the score file and personal sheet go to a "USB" folder outside the
app-data folder), with every log record kept at DEBUG and one unexpected error reported the way
the app reports bugs. Then every byte under the app-data folder (and the temporary folder the test
gives the app) is searched for the candidates' personal data, the dossier sentences, the comments,
the scores and the passphrase: the figure must be 0 bytes. The same needles are found in the
session decrypted (a control), so the search is able to fail. Last, the one-step wipe.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from app.batch import open_batch, read_batch_header
from app.demo.workspace import demo_passphrase, make_workspace
from app.paths import sessions_dir
from app.review_store import connect, format_score, session_path, store_key
from ui import app as ui_app
from ui.app import make_application
from ui.reviewer_selfcheck import SelfCheckDialog
from ui.reviewer_window import SETTINGS_FILE, ReviewerWindow, reviewer_settings, score_file_name

PER_ITEM = (  # 15 items (maxima 7 7 6 / 7 7 6 / 6 7 7 / 7 6 7 / 7 7 6), one row per candidate
    ["4.5", "5.5", "4", "5", "5", "4", "4", "5", "5", "5", "4", "5", "5", "5", "4"],
    ["6", "6.5", "5", "6.5", "6", "5", "5", "6", "5.5", "6", "5", "6.5", "6", "6", "5"],
    ["7", "7", "6", "7", "7", "6", "6", "7", "7", "7", "6", "7", "7", "7", "6"],
    ["5.5", "5.5", "4.5", "5.5", "5", "4.5", "4.5", "5.5", "6", "5.5", "4.5", "5.5", "5", "5.5", "4.5"],
    ["4.5", "4.5", "4", "4.5", "4", "4", "3.5", "4.5", "4.5", "4.5", "4", "4.5", "4", "4.5", "3.5"],
)

TOTALS = tuple(format_score(sum((Decimal(v) for v in row), Decimal(0))) for row in PER_ITEM)


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Own app-data and temporary folders: everything the app leaves on this "laptop" is under them."""
    data, temp = tmp_path / "app-data", tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("CRAFTSMAN_DATA_DIR", str(data))
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return data, temp


def needles_of(batch: Any, comments: dict[str, str]) -> dict[str, list[bytes]]:
    """What must never be readable on the laptop, per kind: personal data, dossier text, comments, scores."""
    kinds: dict[str, list[str]] = {"personal": [], "dossier": [], "comments": list(comments.values()), "scores": []}
    for candidate in batch.candidates:
        fields = candidate["fields"]
        kinds["personal"].append(candidate["name"])
        kinds["personal"] += [str(fields[k]) for k in ("id_number", "phone", "home_address", "employer_address")
                              if fields.get(k)]
        for key in ("statement", "craft_spirit", "lead_take_on_burdens", "innovate_value_creation", "honours"):
            kinds["dossier"] += [s for s in re.split(r"[。；]", str(fields.get(key) or "")) if len(s) >= 8]
    for key_values in PER_ITEM:
        kinds["scores"] += [f"{key}{value}" for key, value in zip(batch.scheme.item_keys(), key_values, strict=True)]
    kinds["scores"] += [f"总分 {total}" for total in TOTALS]
    return {kind: sorted({text.encode("utf-8") for text in texts}) for kind, texts in kinds.items()}


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def scan(folders: list[Path], needles: list[bytes]) -> tuple[int, list[str]]:
    """Bytes of needles found in every file under ``folders``, and where."""
    total, where = 0, []
    for folder in folders:
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = file.read_bytes()
            for needle in needles:
                count = data.count(needle)
                if count:
                    total += count * len(needle)
                    where.append(f"{file.relative_to(folder.parent)}: {needle.decode('utf-8', 'replace')[:40]!r}")
    return total, where


def settings_texts(folder: Path) -> str:
    """Every key and value of every .ini settings file, as Qt reads them back (unescaped)."""
    parts = []
    for ini in folder.rglob("*.ini"):
        settings = QSettings(str(ini), QSettings.Format.IniFormat)
        for key in settings.allKeys():
            parts.append(f"{key}={settings.value(key)!r}")
    return "\n".join(parts)


def test_a_whole_session_leaves_no_plaintext_and_no_passphrase_then_wipes(
        qtbot: Any, qapp: QApplication, tmp_path: Path, isolated: tuple[Path, Path],
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, every level
    data, temp = isolated
    workspace = make_workspace(tmp_path / "workspace", batches_made="first")
    batch_path = workspace.batches[0]
    identity = read_batch_header(batch_path).identity
    passphrase = demo_passphrase(identity.group, identity.session)
    opened = open_batch(batch_path, passphrase.encode("utf-8"))
    member = next(m for m in opened.panel if not m.is_chair and not any(
        r["member"] == m.number for c in opened.candidates for r in c["recused"]))
    comments = {c["application_no"]: f"第{n}位：攻关成果经得起检验，带徒成效明显，编号{n * 7919}"
                for n, c in enumerate(opened.candidates, start=1)}

    make_application()
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: dialogs.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: dialogs.append(text))
    window = ReviewerWindow(settings=reviewer_settings(), batch=batch_path)
    qtbot.addWidget(window)
    window.show()
    start = window.start_screen
    start.passphrase_edit.setFocus()
    qtbot.keyClicks(start.passphrase_edit, passphrase)
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not start.is_busy(), timeout=30000)
    assert start.choose_member(member.number)
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    session, view = window.session, window.view
    assert session is not None and view is not None
    panel = view.panel

    for position, candidate in enumerate(opened.candidates):
        no = candidate["application_no"]
        assert window.select_candidate(no)
        for index in range(len(candidate["attachments"])):  # every attachment looked at
            view.viewer.show_attachment(index)
            assert view.viewer.page_count >= 1
        panel.focus_first()
        for key, text in zip(panel.order, PER_ITEM[position], strict=True):
            qtbot.keyClicks(panel.fields[key], text)
            qtbot.keyClick(panel.fields[key], Qt.Key.Key_Return)
        assert session.set_comment(no, comments[no]) is None
        assert session.set_complete(no) is None, no
        assert format_score(session.candidate(no).total()) == TOTALS[position]

    usb = tmp_path / "usb"
    usb.mkdir()
    out = usb / score_file_name(opened, member)
    monkeypatch.setattr(SelfCheckDialog, "exec", lambda _self: QDialog.DialogCode.Accepted.value)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert window.hand_in()
    assert session.store.locked and out.exists()
    exported = window.exported_files()
    assert out in exported

    # A bug in a slot, reported the way the app reports it (traceback to the log, one dialog).
    def buggy_slot(typed: str) -> None:
        raise RuntimeError("simulated bug while the passphrase is in a local variable")

    try:
        buggy_slot(passphrase)
    except RuntimeError as error:
        ui_app._report_unexpected(RuntimeError, error, error.__traceback__)
    assert "simulated bug" in caplog.text and "RuntimeError" in dialogs[-1]

    # The passphrase: nowhere in the log, the settings or any file the app keeps.
    secret = encodings(passphrase)
    assert passphrase not in caplog.text
    assert passphrase not in settings_texts(data)
    assert (data / SETTINGS_FILE).exists()
    passphrase_bytes, where = scan([data, temp], secret)
    assert passphrase_bytes == 0, where

    # Personal data, dossier text, comments, scores: nowhere under the app-data or temporary folders.
    needles = needles_of(opened, comments)
    everything = [n for kind in needles.values() for n in kind]
    # UTF-16 too (Qt's own encoding), for texts long enough that random ciphertext cannot match them.
    utf16 = [form for text in everything if len(text.decode("utf-8")) >= 4
             for form in encodings(text.decode("utf-8"))[1:]]
    plaintext_bytes, where = scan([data, temp], everything + utf16)
    for text in (t.decode("utf-8") for t in everything):
        assert text not in settings_texts(data)
    print(f"\nplaintext personal data on the reviewer's disk after a session: {plaintext_bytes} bytes "
          f"({len(everything)} needles, {sum(p.stat().st_size for p in data.rglob('*') if p.is_file())} bytes "
          f"in {sum(1 for p in data.rglob('*') if p.is_file())} files under the app-data folder)")
    assert plaintext_bytes == 0, where

    # Control: the session decrypted does show the comments and the scores, so the scan can fail.
    path = session_path(sessions_dir(), identity.batch_id, member.number)
    control = tmp_path / "control"
    control.mkdir()
    conn = connect(path, store_key(opened.data_key, identity.batch_id, member.number))
    conn.execute(f"ATTACH DATABASE '{control / 'plain.sqlite'}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()
    decrypted = (control / "plain.sqlite").read_bytes()
    assert all(n in decrypted for n in needles["comments"])
    assert all(n in decrypted for n in needles["scores"] if not n.startswith("总分".encode()))

    # The wipe: the dialog says what goes and what stays, with paths; afterwards the folder is gone.
    assert window.wipe_action.isEnabled()
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", answer)
    folder = path.parent
    assert window.wipe_local_data()
    assert str(folder) in asked[0] and str(out) in asked[0] and str(out.with_suffix(".pdf")) in asked[0]
    assert not folder.exists() and not path.exists()
    assert window.session is None and out.exists() and out.with_suffix(".pdf").exists()
    settings = QSettings(str(data / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert not [k for k in settings.allKeys() if identity.batch_id in k]
    left = sorted(str(p.relative_to(data)) for p in data.rglob("*") if p.is_file())
    assert not [name for name in left if "sessions" in name], left
    print(f"after the wipe the app-data folder holds: {left}")


def test_wiping_needs_an_exported_score_file_first(qtbot: Any, qapp: QApplication, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = make_workspace(tmp_path / "workspace", batches_made="first")
    batch_path = workspace.batches[0]
    identity = read_batch_header(batch_path).identity
    opened = open_batch(batch_path, demo_passphrase(identity.group, identity.session).encode("utf-8"))
    member = next(m for m in opened.panel if not m.is_chair)
    make_application()
    window = ReviewerWindow(settings=reviewer_settings())
    qtbot.addWidget(window)
    assert window.begin_session(opened, member)
    session = window.session
    assert session is not None and not window.wipe_action.isEnabled()  # not handed in
    for no in (c["application_no"] for c in opened.candidates):
        if not session.candidate(no).recused:
            for key, value in zip(opened.scheme.item_keys(), PER_ITEM[0], strict=True):
                assert session.set_score(no, key, Decimal(value), 0) is None
            assert session.set_complete(no) is None
    session.lock()
    assert window.wipe_action.isEnabled()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    assert not window.wipe_local_data()  # nothing exported yet: refused, with the reason
    assert warned and "导出评分文件" in warned[0]
    assert session_path(sessions_dir(), identity.batch_id, member.number).exists()
    window.close_session(show_start=False)
