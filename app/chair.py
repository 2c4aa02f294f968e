"""The chair's collection of the panel's score files: verify each, keep one per reviewer.

Every file is verified against the open batch (signature, batch, scheme, panel membership, the
edit log). A second file from the same reviewer is a duplicate when identical, the newer version
when its log extends the first one's (the reviewer reopened and signed again; it replaces the
older and the chair is told), and a refusal otherwise. The order files arrive in never matters.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.batch import SessionBatch
from app.errors import InputRefused
from app.messages import msg
from app.panel import PanelMember
from app.score_file import ScoreFile, read_score_file, read_score_files
from app.signed_file import FileRefused, public_key_text

SCORE_SUFFIX = ".crscore"


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # imported | replaced | kept | duplicate | refused
    message: str  # a Message (or a refusal's message): the interface shows it translated
    reviewer: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != "refused"


def _extends(newer: ScoreFile, older: ScoreFile) -> bool:
    """Whether ``newer``'s log continues ``older``'s: same entries first, then more."""
    return len(newer.log) > len(older.log) and newer.log[: len(older.log)] == older.log


class PanelScores:
    """The score files the chair has accepted for one batch, one per reviewer."""

    def __init__(self, batch: SessionBatch) -> None:
        self.batch = batch
        self.files: dict[str, ScoreFile] = {}

    def add(self, path: Path, verified: ScoreFile | None = None) -> ImportOutcome:
        """Verify and take one file (or one already verified); refusals raise InputRefused naming it."""
        incoming = verified or read_score_file(path, self.batch)
        name = path.name
        member = self.batch.member(incoming.reviewer)
        assert member is not None  # read_score_file checked panel membership
        signer = public_key_text(incoming.header.signer)
        for other in self.files.values():
            if other.reviewer != incoming.reviewer and public_key_text(other.header.signer) == signer:
                raise InputRefused(msg("{file}：与专家 {reviewer}（{reviewer_name}）的评分文件由同一密钥签名，"
                                       "一位专家只能提交自己的评分",
                                       file=name, reviewer=other.reviewer, reviewer_name=other.reviewer_name))
        current = self.files.get(incoming.reviewer)
        who = f"{member.number} {member.name}"
        if current is None:
            self.files[incoming.reviewer] = incoming
            return ImportOutcome(path, "imported",
                                 msg("已导入 {reviewer} 的评分（签名指纹 {fingerprint}）",
                                     reviewer=who, fingerprint=incoming.signer_fingerprint),
                                 incoming.reviewer)
        if public_key_text(current.header.signer) != signer:
            raise InputRefused(msg("{file}：专家 {reviewer} 已有一份由另一密钥签名的评分文件"
                                   "（{known_fingerprint} ≠ {new_fingerprint}），请当面核实",
                                   file=name, reviewer=who, known_fingerprint=current.signer_fingerprint,
                                   new_fingerprint=incoming.signer_fingerprint))
        if incoming.log_head == current.log_head:
            return ImportOutcome(path, "duplicate", msg("{reviewer} 的这份评分已导入过，忽略", reviewer=who),
                                 incoming.reviewer)
        if _extends(incoming, current):
            self.files[incoming.reviewer] = incoming
            return ImportOutcome(path, "replaced",
                                 msg("{reviewer} 重新打开评分并再次签名（第 {reopened} 次重新打开），已采用新版本",
                                     reviewer=who, reopened=incoming.reopened),
                                 incoming.reviewer)
        if _extends(current, incoming):
            return ImportOutcome(path, "kept",
                                 msg("这是 {reviewer} 较早的版本，已保留后来重新签名的版本", reviewer=who),
                                 incoming.reviewer)
        raise InputRefused(msg("{file}：与已导入的 {reviewer} 的评分文件互相矛盾"
                               "（不是同一评分记录的先后版本），请当面核实",
                               file=name, reviewer=who))

    def add_many(self, paths: Iterable[Path]) -> list[ImportOutcome]:
        """Import several files (a USB folder); each refusal is reported, the others still count."""
        ordered = sorted(paths, key=lambda p: p.name)
        outcomes = []
        for path, verified in zip(ordered, read_score_files(ordered, self.batch), strict=True):
            try:
                if isinstance(verified, FileRefused):
                    raise verified
                outcomes.append(self.add(path, verified))
            except InputRefused as error:
                outcomes.append(ImportOutcome(path, "refused", error.shown))
        return outcomes

    def add_each(self, paths: Sequence[Path]) -> Iterator[ImportOutcome]:
        """Import the files in the order given, stopping at the first refusal (raised when its turn comes).

        All are verified first, together (``read_score_files``: a large panel's hash chains partly in a
        helper process), so the outcomes before a refusal are still reported as they were.
        """
        for path, verified in zip(paths, read_score_files(paths, self.batch), strict=True):
            if isinstance(verified, FileRefused):
                raise verified
            yield self.add(path, verified)

    def members(self) -> list[tuple[PanelMember, ScoreFile | None]]:
        """Who has handed in and who has not, in panel order."""
        return [(member, self.files.get(member.number)) for member in self.batch.panel]

    def missing(self) -> list[PanelMember]:
        return [member for member, file in self.members() if file is None]


def score_files_in(folder: Path) -> list[Path]:
    """The score files in a folder (a USB stick), not descending into sub-folders."""
    if not folder.is_dir():
        raise InputRefused(msg("{folder} 不是文件夹", folder=folder))
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == SCORE_SUFFIX)
