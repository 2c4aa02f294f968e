"""The chair's working state for one open batch: the accepted score files, the tally, the decisions.

``ChairSession`` is what the chair's three pages (import, tally, finalise) share. It holds the
``PanelScores`` of the core, every import outcome in the order it happened, the chair's decisions
on tied groups and the tally recomputed from them, and emits ``changed`` whenever any of it moves.
The slow or disk-bound work (verifying files from a USB stick, laying out the result sheet,
signing) is done by the plain functions at the bottom, which run on pool threads (``ui.workers``).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.batch import OpenBatch
from app.chair import ImportOutcome, PanelScores, score_files_in
from app.errors import CraftsmanError, InputRefused
from app.result import compute_tally
from app.score_file import ScoreFile, read_score_file
from scoring import ScoringError, Tally, resolve_ties
from ui.i18n import message_text

#: Stands in for the package's SHA-256 in the preview: the real one exists only once it is signed.
PREVIEW_DIGEST = "0" * 64
RESULT_SUFFIX = ".crresult"

Verified = tuple[Path, "ScoreFile | str"]  # a verified file, or the reason it was refused (a core Message)


class ChairSession(QObject):
    """The panel's files, the tally and the chair's decisions for one batch."""

    changed = Signal()

    def __init__(self, batch: OpenBatch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self.scores = PanelScores(batch)
        self.outcomes: list[ImportOutcome] = []
        self.decisions: list[tuple[str, ...]] = []
        self.tally: Tally | None = None
        self.tally_error: str | None = None  # the core's message (shown through ui.i18n.message_text)
        self.notice: str | None = None  # said once after a recomputation (decisions dropped...)
        self.signed: SignedResult | None = None
        self.working: str | None = None  # what a pool thread is doing with these files (no imports meanwhile)

    def snapshot(self) -> PanelScores:
        """The accepted files as they are now, for a pool thread to read while the UI goes on."""
        copy = PanelScores(self.batch)
        copy.files = dict(self.scores.files)
        return copy

    # -- score files ----------------------------------------------------------------------------
    def accept(self, verified: Sequence[Verified]) -> list[ImportOutcome]:
        """Take the files verified on a pool thread, in name order (as ``add_many``); recompute."""
        new = []
        for path, item in sorted(verified, key=lambda pair: pair[0].name):
            if isinstance(item, str):
                new.append(ImportOutcome(path, "refused", item))
                continue
            try:
                new.append(self.scores.add(path, item))
            except InputRefused as error:
                new.append(ImportOutcome(path, "refused", error.shown))
        self.outcomes.extend(new)
        if any(outcome.status in ("imported", "replaced") for outcome in new):
            self.signed = None  # what was signed no longer matches what is on screen
            self.recompute()
        else:
            self.changed.emit()
        return new

    def import_now(self, paths: Iterable[Path]) -> list[ImportOutcome]:
        """Verify and take files on the calling thread (used for a handful of files and in tools)."""
        return self.accept(verify_files(self.batch, list(paths)))

    # -- the tally --------------------------------------------------------------------------------
    def recompute(self) -> None:
        """The tally of the accepted files with the recorded decisions (dropped if no longer tied)."""
        self.notice = None
        self.tally, self.tally_error = None, None
        if self.scores.files:
            try:
                self.tally = compute_tally(self.batch, self.scores, self.decisions)
            except InputRefused as error:
                self.tally_error = error.shown
                if self.decisions:
                    self.decisions = []
                    self.notice = self.tr("新导入的评分改变了并列情况，之前记录的并列裁定已不再适用，"
                                          "已清除，请重新裁定。")
                    try:
                        self.tally, self.tally_error = compute_tally(self.batch, self.scores), None
                    except InputRefused as again:
                        self.tally_error = again.shown
        self.changed.emit()

    def decide(self, order: Sequence[str]) -> None:
        """Record the chair's ordering of one tied group (best first); refused unless it is one."""
        if self.tally is None:
            raise InputRefused(self.tr("还没有汇总结果"))
        try:
            resolved = resolve_ties(self.tally, [list(order)])
        except ScoringError:
            raise InputRefused(self.tr("只能对仍然并列的一组候选人排定先后，且每人只列一次")) from None
        self.tally = resolved
        self.decisions = [tuple(group) for group in resolved.decisions]
        self.signed = None
        self.notice = None
        self.changed.emit()

    def clear_decisions(self) -> None:
        self.decisions = []
        self.signed = None
        self.recompute()

    # -- who has handed in ------------------------------------------------------------------------
    def handed_in(self) -> int:
        return len(self.scores.files)

    def preview_content(self, notes: str) -> dict[str, Any]:
        """What the result sheet reads of the package's content, before there is a package."""
        return {"notes": notes, "decisions": [list(order) for order in self.decisions],
                "reviewers": {no: {"fingerprint": f.signer_fingerprint, "log_head": f.log_head,
                                   "reopened": f.reopened} for no, f in sorted(self.scores.files.items())}}


@dataclass(frozen=True)
class SignedResult:
    """What signing wrote: the package, its digest, the sheets beside it (or why they are missing)."""

    package: Path
    digest: str
    pdf: Path | None = None
    xlsx: Path | None = None
    problems: tuple[str, ...] = ()
    pdf_bytes: bytes = b""

    @property
    def short_digest(self) -> str:
        return self.digest[:16]


@dataclass(frozen=True)
class SignRequest:
    """Everything the signing job needs, captured on the UI thread."""

    batch: OpenBatch
    scores: PanelScores
    tally: Tally
    chair_key: Ed25519PrivateKey
    out: Path
    notes: str
    place: str = ""
    date: str = ""
    write_pdf: bool = True
    write_xlsx: bool = True


# ---------------------------------------------------------------------------------------------
# Pool-thread jobs: plain functions, no widgets


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders as the score files directly inside them (a USB stick's top level)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(score_files_in(path))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def verify_files(batch: OpenBatch, paths: Sequence[Path]) -> list[Verified]:
    """Verify each file against the batch (signature, batch, scheme, panel, log); never raises."""
    results: list[Verified] = []
    for path in paths:
        try:
            results.append((path, read_score_file(path, batch)))
        except CraftsmanError as error:
            results.append((path, error.shown))
        except OSError as error:
            results.append((path, QCoreApplication.translate("ChairSession", "无法读取 {file}：{reason}").format(
                file=path.name, reason=error.strerror or error)))
    return results


def preview_pdf_job(batch: OpenBatch, scores: PanelScores, tally: Tally, content: dict[str, Any], *,
                    place: str = "", date: str = "", chair_fingerprint: str = "") -> bytes:
    """The unsigned result sheet as bytes, with a placeholder digest (the package does not exist yet).

    Laid out in memory: the preview never touches the disk.
    """
    from exports.result_sheet import write_result_pdf

    buffer = io.BytesIO()
    write_result_pdf(batch, scores, tally, content, PREVIEW_DIGEST, buffer, place=place, date=date,
                     package_name="（签名后生成）", chair_fingerprint=chair_fingerprint)
    return buffer.getvalue()


def sibling(package: Path, suffix: str) -> Path:
    return package.with_suffix(suffix)


def sign_job(request: SignRequest) -> SignedResult:
    """Sign and write the .crresult, then the signed PDF and the workbook beside it.

    The package is the record: once it is written, a failing sheet is reported in ``problems``
    (the sheets can be made again from the package), never undoes it.
    """
    from app.result import write_result_package

    content = write_result_package(request.batch, request.scores, request.tally, request.chair_key,
                                   request.out, notes=request.notes)
    digest = hashlib.sha256(request.out.read_bytes()).hexdigest()
    problems: list[str] = []
    pdf: Path | None = None
    xlsx: Path | None = None
    pdf_bytes = b""
    if request.write_pdf:
        target = sibling(request.out, ".pdf")
        try:
            from exports.result_sheet import write_signed_result_pdf

            write_signed_result_pdf(request.batch, request.scores, request.tally, content, digest, target,
                                    request.chair_key, place=request.place, date=request.date,
                                    package_name=request.out.name)
            pdf, pdf_bytes = target, target.read_bytes()
        except CraftsmanError as error:
            problems.append(QCoreApplication.translate("ChairSession", "结果表 PDF 未生成：{reason}")
                            .format(reason=message_text(error)))
        except (ImportError, OSError) as error:
            problems.append(QCoreApplication.translate("ChairSession", "结果表 PDF 未生成：{reason}")
                            .format(reason=error))
    if request.write_xlsx:
        target = sibling(request.out, ".xlsx")
        try:
            from exports.result_workbook import write_result_xlsx

            write_result_xlsx(request.batch, request.scores, request.tally, content, request.out.name, target,
                              package_digest=digest)
            xlsx = target
        except CraftsmanError as error:
            problems.append(QCoreApplication.translate("ChairSession", "结果工作簿未生成：{reason}")
                            .format(reason=message_text(error)))
        except (ImportError, OSError) as error:
            problems.append(QCoreApplication.translate("ChairSession", "结果工作簿未生成：{reason}")
                            .format(reason=error))
    return SignedResult(request.out, digest, pdf, xlsx, tuple(problems), pdf_bytes)

