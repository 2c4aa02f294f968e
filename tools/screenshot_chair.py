"""Screenshots of the chair's app (评审组长), for reviewing its look (run under Xvfb, or offscreen).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshot_chair.py [--out DIR]

Builds the demo workspace in a temporary folder (with its own app-data folder, so nothing touches
the real one), has the first session's panel score it (plausible, deterministic scores; the chair
signs with this laptop's personal key; one reviewer reopens and signs again; one reviewer has not
handed in; one file is damaged), then writes into DIR (default docs/screenshots):

- chair-import.png: the import page after taking in a USB folder;
- chair-tally.png: the tally with a candidate selected, the chart and the side panels;
- chair-projection.png: the same ranking in projection mode;
- with --all also chair-finalise.png (the finalise page) and chair-preview.png (the unsigned preview).
"""

from __future__ import annotations

import argparse
import os
import random
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

COMMENTS = ("事迹扎实，业绩有量化证明。", "技术攻关成果突出，带徒成效明显。", "材料完整，创新成果有待进一步体现。")


def _wait(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _settle(rounds: int = 8) -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):
        QCoreApplication.processEvents()
        time.sleep(0.02)


def _half(value: float) -> Decimal:
    return (Decimal(str(value)) * 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2


def score_session(batch: Any, folder: Path, chair_key: Any, *, seed: int = 7, skip: tuple[str, ...] = ()
                  ) -> dict[str, Path]:
    """Each panel member (but ``skip``) scores: candidate quality + reviewer leniency + noise.

    Prepared recusals are honoured; the chair signs with ``chair_key``, the others with fresh keys.
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
        for candidate in batch.candidates:
            number = candidate["application_no"]
            if any(r.get("member") == member.number for r in candidate.get("recused", [])):
                store.set_recusal(number, True, "与候选人同单位")
                continue
            for key in batch.scheme.item_keys():
                maximum = float(batch.scheme.item(key)[1].max)
                share = min(max(quality[number] + leniency + rng.gauss(0, 0.06), 0.3), 1.0)
                store.set_score(number, key, min(_half(maximum * share), Decimal(str(maximum))))
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
        if member.number == "E03":  # reopened and signed again: the newer file replaces this one
            store.reopen("组长请我复核第一位候选人的评分")
            first = batch.candidates[0]["application_no"]
            key_name = batch.scheme.item_keys()[0]
            store.set_score(first, key_name, Decimal(str(float(batch.scheme.item(key_name)[1].max))))
            store.set_complete(first)
            store.lock()
            newer = folder / f"{batch.identity.group}-{batch.identity.session}-{member.number}-评分（重新提交）.crscore"
            write_score_file(store, batch, key, newer)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="folder for the PNGs")
    parser.add_argument("--size", default="1500x940", help="window size, WIDTHxHEIGHT (default 1500x940)")
    parser.add_argument("--all", action="store_true", help="also chair-finalise.png and chair-preview.png")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="craftsman-shots-") as folder:
        os.environ["CRAFTSMAN_DATA_DIR"] = str(Path(folder) / "app-data")
        from app.batch import open_batch, read_batch_header
        from app.demo.workspace import demo_passphrase, make_workspace
        from app.identity import personal_key

        workspace = make_workspace(Path(folder) / "workspace", batches_made="first")
        batch_path = workspace.batches[0]
        identity = read_batch_header(batch_path).identity
        passphrase = demo_passphrase(identity.group, identity.session)
        batch = open_batch(batch_path, passphrase.encode("utf-8"))
        usb = Path(folder) / "U盘"
        files = score_session(batch, usb, personal_key(), skip=("E07",))
        damaged = usb / "E05-副本.crscore"
        data = bytearray(files["E05"].read_bytes())
        data[-12] ^= 1
        damaged.write_bytes(bytes(data))

        from ui.app import make_application, pick_ui_font
        from ui.chair_window import ChairView, ChairWindow, chair_settings
        from ui.reviewer_style import BASE_POINT_SIZE

        app = make_application([sys.argv[0]])
        app.setFont(pick_ui_font(app.font(), BASE_POINT_SIZE))
        window = ChairWindow(settings=chair_settings(), batch=batch_path)
        window.resize(width, height)
        window.show()
        window.activateWindow()
        start = window.start_screen
        start.set_passphrase(passphrase)
        start.unlock(choose="chair")
        _wait(lambda: window.view is not None)
        view = window.view
        assert view is not None
        view.import_page.import_paths([usb])
        _wait(lambda: not view.import_page.is_busy())
        _settle()
        window.grab().save(str(args.out / "chair-import.png"))

        view.setCurrentIndex(ChairView.TALLY)
        tally = view.session.tally
        assert tally is not None
        flagged = next((c.id for c in tally.candidates if "outlier_scores" in c.flags and c.dropped),
                       tally.candidates[0].id)
        view.tally_page.select_candidate(flagged)
        _settle()
        window.grab().save(str(args.out / "chair-tally.png"))

        view.tally_page.set_projection(True)
        _settle()
        window.grab().save(str(args.out / "chair-projection.png"))
        view.tally_page.set_projection(False)
        if args.all:
            view.setCurrentIndex(ChairView.FINALISE)
            final = view.finalise_page
            final.notes_edit.setPlainText("评审组对名额线附近的候选人逐一讨论，维持汇总结果。")
            final.place_edit.setText("上海市总工会 3 楼会议室")
            _settle()
            window.grab().save(str(args.out / "chair-finalise.png"))
            final.preview()
            _wait(lambda: not final.is_busy() and final.last_preview is not None, 60)
            _settle(20)
            if final.last_preview is not None:
                final.last_preview.grab().save(str(args.out / "chair-preview.png"))
                final.last_preview.close()
        view.session.signed = None
        view.session.tally = None  # close without the "not signed" question
        window.close()
        _settle(2)
    names = ["chair-import.png", "chair-tally.png", "chair-projection.png"]
    if args.all:
        names += ["chair-finalise.png", "chair-preview.png"]
    for name in names:
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
