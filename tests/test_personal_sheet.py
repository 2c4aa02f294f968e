"""The reviewer's personal score sheet, checked by poppler as a reader would see it."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app.batch import OpenBatch, open_batch
from app.review_store import ReviewStore, format_score
from exports.personal_sheet import write_personal_sheet

ROOT = Path(__file__).resolve().parents[1]
FINGERPRINT = "K7QZ-M2XA-4D9T-PLWE-R3NC"
RECUSAL_REASON = "曾为该候选人的带教师傅"

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> OpenBatch:
    from app.demo.workspace import make_workspace

    workspace = make_workspace(tmp_path_factory.mktemp("sheet") / "workspace", batches_made="first")
    path = workspace.batches[0]
    passphrase = path.with_name(path.stem + ".passphrase.txt").read_text(encoding="utf-8").strip()
    return open_batch(path, passphrase.encode("utf-8"))


def reviewer_without_prepared_recusals(batch: OpenBatch) -> str:
    return next(m.number for m in batch.panel
                if not any(r["member"] == m.number for c in batch.candidates for r in c["recused"]))


def scored_store(batch: OpenBatch, reviewer: str, *, comment: str = "") -> ReviewStore:
    """Every candidate scored (varied totals) except the second one, recused; then locked."""
    store = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer=reviewer, scheme=batch.scheme,
                        candidates=[c["application_no"] for c in batch.candidates])
    for index, candidate in enumerate(batch.candidates):
        number = candidate["application_no"]
        if index == 1:
            store.set_recusal(number, True, RECUSAL_REASON)
            continue
        for position, key in enumerate(batch.scheme.item_keys()):
            _, item = batch.scheme.item(key)
            store.set_score(number, key, item.max - Decimal((index + position) % 5) / 2)
        store.set_comment(number, comment or f"第{index + 1}位候选人材料翔实，业绩突出")
        store.set_complete(number)
    store.lock()
    return store


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@needs_poppler
def test_the_sheet_shows_the_scores_the_fingerprint_and_embeds_its_font(batch: OpenBatch, tmp_path: Path) -> None:
    reviewer = reviewer_without_prepared_recusals(batch)
    store = scored_store(batch, reviewer)
    out = tmp_path / "personal.pdf"
    write_personal_sheet(store, batch, FINGERPRINT, out)
    assert list(tmp_path.glob(".*.part")) == []

    text = pdftotext(out)
    flat = re.sub(r"\s+", "", text)
    member = batch.member(reviewer)
    assert member is not None
    for needle in ("个人评分表", FINGERPRINT, reviewer, member.name, batch.scheme.name, RECUSAL_REASON,
                   "专家签名", "日期", batch.identity.group_label):
        assert needle.replace(" ", "") in flat, needle
    for candidate in batch.candidates:
        assert candidate["name"] in text and candidate["application_no"] in text
    for scores in store.all_candidates():
        if not scores.recused:
            assert re.search(rf"{re.escape(format_score(scores.total()))}\s", text), scores.total()
            for power in batch.scheme.powers:  # each power's subtotal on the candidate's line
                subtotal = sum((v for k, v in scores.scores.items() if k.startswith(power.key + ".")), Decimal(0))
                line = next(line for line in text.splitlines() if scores.application_no in line)
                assert format_score(subtotal) in line
    # The footer: the batch, the page count, the log head as the digest.
    _, head = store.head()
    assert head[:16] in text
    assert f"批次{batch.identity.batch_id[:8]}" in flat
    assert re.search(r"第\s*1\s*页\s*共\s*1\s*页", text)

    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows, fonts
    assert any("WenQuanYi" in row[0] or "CJK" in row[0] for row in rows), fonts
    for row in rows:  # every font embedded: name, type..., emb sub uni, object id
        assert row[-5] == "yes", fonts

    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(out), str(png)], check=True)
    image = next(tmp_path.glob("page*.png"))
    assert image.stat().st_size > 10_000


@needs_poppler
def test_a_long_sheet_numbers_every_page(batch: OpenBatch, tmp_path: Path) -> None:
    """40 candidates with long comments: several pages, each with its footer and "第 x 页 共 y 页"."""
    many = [dict(batch.candidates[i % len(batch.candidates)], application_no=f"2024-G01-{i + 1:03d}",
                 name=f"候选人{i + 1}") for i in range(40)]
    big = dataclasses.replace(batch, candidates=many)
    reviewer = reviewer_without_prepared_recusals(batch)
    store = scored_store(big, reviewer, comment="该候选人长期扎根生产一线，技术攻关成果显著，带教徒弟成效明显。" * 3)
    out = tmp_path / "long.pdf"
    write_personal_sheet(store, big, FINGERPRINT, out)
    pages = pdftotext(out).split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert re.search(rf"第\s*{number}\s*页\s*共\s*{len(pages)}\s*页", page), page[-300:]
        assert store.head()[1][:16] in page
    assert "候选人40" in pages[-1] or "候选人40" in "".join(pages)


@pytest.mark.skipif(not shutil.which("zbarimg") or not shutil.which("pdftoppm"), reason="zbar-tools not installed")
def test_the_qr_code_carries_the_digest(batch: OpenBatch, tmp_path: Path) -> None:
    store = scored_store(batch, reviewer_without_prepared_recusals(batch))
    out = tmp_path / "personal.pdf"
    write_personal_sheet(store, batch, FINGERPRINT, out)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")], check=True)
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(next(tmp_path.glob("p*.png")))], capture_output=True,
                             text=True).stdout.strip()
    assert decoded == store.head()[1][:16]


def test_the_page_furniture_keeps_reportlab_off_the_start_up_path() -> None:
    code = ("import sys, exports.pages, exports.personal_sheet, exports.score_workbook, app.score_workbook; "
            "print(','.join(m for m in ('openpyxl', 'reportlab') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == ""
