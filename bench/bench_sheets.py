"""Benchmark of the result sheets (issue 6): the signed result PDF and the result workbook.

Run from the project root:

    .venv/bin/python -m bench.bench_sheets [--runs 3] [--large 1000] [--small 40] [--keep DIR]

In a temporary folder it builds two sessions with the test factories (intake, panel, batch): one of
``--small`` candidates and one of ``--large``, each scored by the 7-member panel (one recusal,
seeded random scores, a comment on every candidate) through the reviewer's real store and signed
score files, imports and tallies them, and writes the signed result package. Then it measures,
each the median of ``--runs`` runs, and prints each figure beside its limit:

- ``--small`` candidates with detail pages: the signed PDF (layout, furniture, PAdES signature) and
  the workbook together (limit 2 s);
- ``--large`` candidates with detail pages: the signed PDF alone (limit 10 s), and the same against
  a plain reportlab document of the same pages and font, made in the same run (limit 1.5x): the
  same tables with the same cell texts in the same embedded font, one page per candidate, with
  reportlab's ``SimpleDocTemplate`` and a plain grid style, no footer, QR code or signature;
- for reference: the unsigned PDF, the signature alone, the workbook alone, pages per second.

Setup (sessions, score files, tally) is not timed. The script always exits 0: it reports, it does
not judge.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))


@dataclass
class Session:
    batch: Any
    scores: Any
    tally: Any
    content: dict[str, Any]
    package: Path
    digest: str
    chair_key: Any


def build_session(folder: Path, count: int, seed: int = 6) -> Session:
    """A batch of ``count`` candidates, 7 signed score files (E03 recuses one), tally and package."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.batch import open_batch
    from app.chair import PanelScores
    from app.result import compute_tally, write_result_package
    from app.review_store import ReviewStore
    from app.score_file import write_score_file
    from tests.factories import PASSPHRASE, make_session

    batch = open_batch(make_session(folder, count), PASSPHRASE)
    rng = random.Random(seed)
    scores = PanelScores(batch)
    keys = {}
    numbers = [str(c["application_no"]) for c in batch.candidates]
    for member in batch.panel:
        store = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer=member.number,
                            scheme=batch.scheme, candidates=numbers)
        for index, number in enumerate(numbers):
            if member.number == "E03" and index == 2:
                store.set_recusal(number, True, "与候选人曾在同一项目组共事")
                continue
            for key in batch.scheme.item_keys():
                _, item = batch.scheme.item(key)
                store.set_score(number, key, Decimal(rng.randint(int(item.max), int(2 * item.max))) / 2)
            store.set_comment(number, rng.choice(["事迹扎实，业绩突出", "技能精湛，带徒有方", "创新成果显著"]))
            store.set_complete(number)
        store.lock()
        keys[member.number] = Ed25519PrivateKey.generate()
        path = folder / f"{member.number}.crscore"
        write_score_file(store, batch, keys[member.number], path)
        scores.add(path)
    tally = compute_tally(batch, scores)
    package = folder / "result.crresult"
    chair_key = keys[batch.chair.number]
    content = write_result_package(batch, scores, tally, chair_key, package, notes="基准测试")
    digest = hashlib.sha256(package.read_bytes()).hexdigest()
    return Session(batch, scores, tally, content, package, digest, chair_key)


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _pages(handle: Any) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    handle.seek(0)
    return int(PdfFileReader(handle, strict=False).root["/Pages"]["/Count"])


def plain_spec(session: Session) -> list[tuple[Any, ...]]:
    """The result sheet's content, taken from its story once (not timed): tables as rows of texts
    (marked where the sheet wraps them in a Paragraph), with their column widths and font size."""
    from reportlab.platypus import PageBreak, Paragraph, Table

    from exports.result_sheet import result_story

    story = result_story(session.batch, session.scores, session.tally, session.content, session.digest)
    spec: list[tuple[Any, ...]] = []
    for flowable in story:
        if isinstance(flowable, Table):
            rows = [[("p", cell.getPlainText()) if isinstance(cell, Paragraph) else ("s", cell or "")
                     for cell in row] for row in flowable._cellvalues]
            size = flowable._cellStyles[-1][-1].fontsize
            spec.append(("table", rows, flowable._colWidths, flowable.repeatRows, size))
        elif hasattr(flowable, "layout") and hasattr(flowable, "rows"):  # the detail pages' score grid
            layout = flowable.layout
            columns = len(layout.widths)
            header: list[list[tuple[str, str]]] = [[("s", "")] * columns, [("s", "")] * columns]
            for first, _, row, _, label in layout.header:
                header[row][first] = ("s", label)
            body = [[("s", value) for value in grid_row.cells] + [("s", "")] * (columns - len(grid_row.cells))
                    for grid_row in flowable.rows]
            spec.append(("table", header + body, list(layout.widths), 2, layout.size))
        elif isinstance(flowable, Paragraph):
            spec.append(("text", flowable.getPlainText()))
        elif isinstance(flowable, PageBreak):
            spec.append(("break",))
    return spec


def plain_document(spec: list[tuple[Any, ...]], out: Path) -> None:
    """The same tables, cell texts, widths and font, a page per candidate: plain reportlab, with
    SimpleDocTemplate, a plain grid, wrapping cells as Paragraphs; no footer, QR code or signature."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    from exports import pages

    font, _ = pages.fonts()
    text = ParagraphStyle("plain", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
    cell_styles = {size: ParagraphStyle(f"cell{size}", fontName=font, fontSize=size, leading=size * 1.35,
                                        wordWrap="CJK") for size in (8, 9.5)}
    story: list[Any] = []
    for item in spec:
        if item[0] == "table":
            _, rows, widths, repeat, size = item
            cell = cell_styles.get(size) or cell_styles[9.5]
            data = [[Paragraph(pages.escape(value), cell) if kind == "p" else value for kind, value in row]
                    for row in rows]
            story.append(Table(data, colWidths=widths, repeatRows=repeat, style=TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), size * 1.25), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)])))
        elif item[0] == "text":
            story.append(Paragraph(pages.escape(item[1]), text))
        else:
            story.append(PageBreak())
    margin = pages.MARGIN
    SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=margin, rightMargin=margin, topMargin=margin,
                      bottomMargin=pages.FOOTER_HEIGHT).build(story)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--small", type=int, default=40)
    parser.add_argument("--large", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="keep the sessions and outputs in this folder")
    args = parser.parse_args(argv)

    from exports import pages
    from exports.pdf_signing import sign_pdf_file
    from exports.result_sheet import write_result_pdf, write_signed_result_pdf
    from exports.result_workbook import write_result_xlsx

    temporary = None
    if args.keep:
        root = args.keep
        root.mkdir(parents=True, exist_ok=True)
    else:
        temporary = tempfile.TemporaryDirectory(prefix="bench-sheets-")
        root = Path(temporary.name)
    rows: list[tuple[str, str, str, str]] = []

    def row(what: str, figure: str, limit: str = "", verdict: str = "") -> None:
        rows.append((what, figure, limit, verdict))
        print(f"{what:<58}{figure:>12}  {limit:<34}{verdict}", flush=True)

    try:
        pages.fonts()  # register the fonts (and import reportlab) outside the timings
        start = time.perf_counter()
        small = build_session(root / "small", args.small)
        print(f"setup: {args.small} candidates in {time.perf_counter() - start:.1f} s", flush=True)
        start = time.perf_counter()
        large = build_session(root / "large", args.large)
        print(f"setup: {args.large} candidates in {time.perf_counter() - start:.1f} s", flush=True)
        print(f"{'measure':<58}{'value':>12}  {'limit':<34}verdict")

        def sheets(session: Session, folder: Path) -> Callable[[], None]:
            def run() -> None:
                write_signed_result_pdf(session.batch, session.scores, session.tally, session.content,
                                        session.digest, folder / "result.pdf", session.chair_key,
                                        package_name=session.package.name)
                write_result_xlsx(session.batch, session.scores, session.tally, session.content,
                                  session.package.name, folder / "result.xlsx", package_digest=session.digest)
            return run

        def signed_pdf(session: Session, folder: Path) -> Callable[[], None]:
            return lambda: write_signed_result_pdf(session.batch, session.scores, session.tally, session.content,
                                                   session.digest, folder / "result.pdf", session.chair_key,
                                                   package_name=session.package.name)

        def unsigned_pdf(session: Session, folder: Path) -> Callable[[], None]:
            return lambda: write_result_pdf(session.batch, session.scores, session.tally, session.content,
                                            session.digest, folder / "unsigned.pdf",
                                            package_name=session.package.name)

        def workbook(session: Session, folder: Path) -> Callable[[], None]:
            return lambda: write_result_xlsx(session.batch, session.scores, session.tally, session.content,
                                             session.package.name, folder / "result.xlsx",
                                             package_digest=session.digest)

        folder = root / "small"
        both = median_time(sheets(small, folder), args.runs)
        small_pages = _count(folder / "result.pdf")
        row(f"{args.small} candidates: signed PDF ({small_pages} p.) + XLSX", f"{both:.2f} s", "< 2 s",
            "ok" if both < 2 else "OVER")
        row("  of which the signed PDF", f"{median_time(signed_pdf(small, folder), args.runs):.2f} s")
        row("  of which the XLSX", f"{median_time(workbook(small, folder), args.runs):.2f} s")

        folder = root / "large"
        signed = median_time(signed_pdf(large, folder), args.runs)
        large_pages = _count(folder / "result.pdf")
        spec = plain_spec(large)
        plain = median_time(lambda: plain_document(spec, folder / "plain.pdf"), args.runs)
        plain_pages = _count(folder / "plain.pdf")
        row(f"{args.large} candidates: signed PDF with detail pages", f"{signed:.2f} s", "< 10 s",
            "ok" if signed < 10 else "OVER")
        row(f"  plain reportlab, same tables and font ({plain_pages} p.)", f"{plain:.2f} s", "(reference)")
        ratio = signed / plain
        row(f"  signed PDF ({large_pages} p.) / plain reportlab", f"{ratio:.2f}x", "<= 1.5x",
            "ok" if ratio <= 1.5 else "OVER")
        per_page = (signed / large_pages) / (plain / plain_pages)
        row("  the same per page", f"{per_page:.2f}x", "(reference)")
        unsigned = median_time(unsigned_pdf(large, folder), args.runs)
        row("  unsigned PDF (layout + furniture)", f"{unsigned:.2f} s", "(reference)")
        sign = median_time(lambda: sign_pdf_file(folder / "unsigned.pdf", folder / "signed-again.pdf",
                                                 large.chair_key, large.batch.chair.name), args.runs)
        row("  PAdES signature alone (pyHanko)", f"{sign:.2f} s", "(reference)")
        row("  pages per second: ours / plain", f"{large_pages / signed:.0f} / {plain_pages / plain:.0f}",
            "(plain: ~130-230 here per FACTS)")
        xlsx = median_time(workbook(large, folder), args.runs)
        row(f"  XLSX, {args.large} candidates x 7 reviewers", f"{xlsx:.2f} s", "(reference)")
    finally:
        if temporary is not None:
            temporary.cleanup()
    return 0


def _count(path: Path) -> int:
    with path.open("rb") as handle:
        return _pages(handle)


if __name__ == "__main__":
    sys.exit(main())
