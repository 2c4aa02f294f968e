"""The panel's result sheet (评审结果表): the PDF the panel signs by hand and the chair signs digitally.

A4 landscape, in Chinese with the font embedded, built on the shared page furniture
(``exports.pages``): a title block (the year's selection, group, session, date, place, the panel);
the ranking table (rank, 申报编号, name, 工作单位, each power's result, the final score, n, the
spread, recommended or not, ties and chair decisions marked, a heavy rule under the quota line);
the rule card (the method and every setting, and the scores each candidate lost to trimming, so
anyone can re-tally by hand); the panel's agreement, the flags and the chair's notes and decisions;
a signature block (every panel member's printed name, key fingerprint, a line to sign and a date);
and optionally one page per candidate with every reviewer's sub-item scores and comments
(评分明细). Every page's footer names the batch and carries the first 16 hex digits of the result
package's SHA-256, with a QR code, so that paper and the ``.crresult`` can be matched.

``write_signed_result_pdf`` adds the chair's PAdES signature (``exports.pdf_signing``) and writes
the signed file atomically. The display helpers at the top (labels, the rule card, the ranking
rows) are shared with the result workbook (``exports.result_workbook``); they import no reportlab.

Speed: table cells are plain strings (drawn in the embedded font set by the table style) whenever
the text fits its column on one line, and a ``Paragraph`` only when it must wrap; the detail pages'
column headings are broken by hand. A thousand candidates with detail pages lay out in a few
seconds.
"""

from __future__ import annotations

import datetime as dt
import functools
import secrets
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from app.review_store import format_score
from exports import pages
from scoring.exact import round_half_up

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from app.batch import OpenBatch
    from app.chair import PanelScores
    from scoring import CandidateResult, Tally

TITLE = "专家评审结果表"
DIGEST_LENGTH = 16
DIGEST_LABEL = "结果包摘要"

METHOD_LABELS = {"mean": "算术平均", "median": "中位数", "trimmed_mean": "截尾平均", "zscore": "标准分（z 分数）换算"}
SCOPE_LABELS = {"total": "按总分截尾", "item": "按分项分别截尾"}
FLAG_LABELS = {
    "too_few_scores": "有效评分不足，不排名",
    "not_trimmed": "评分人数不足，未截尾",
    "missing_scores": "有专家未评",
    "disagreement": "专家分歧较大",
    "outlier_scores": "有畸高畸低分",
    "tied": "并列，待组长裁定",
    "tie_broken": "同分，按分项依次比较",
    "tie_resolved": "并列，组长已裁定",
    "quota_tie": "名额线上并列",
    "same_published_final": "显示分相同，精确值不同",
}
ICC_LABELS = (("ICC1", "ICC(1,1)"), ("ICC2", "ICC(2,1)"), ("ICC3", "ICC(3,1)"),
              ("ICC1k", "ICC(1,k)"), ("ICC2k", "ICC(2,k)"), ("ICC3k", "ICC(3,k)"))
RECOMMENDED_FILL = (0.88, 0.95, 0.88)
DROPPED_FILL = (0.80, 0.80, 0.80)
SUBTOTAL_FILL = (0.94, 0.95, 0.97)


# ---------------------------------------------------------------------------------------------
# What both the PDF and the workbook show (no reportlab here)


def short_digest(package_digest: str) -> str:
    """The first 16 hex digits of the package's SHA-256, as printed and QR-coded on every page."""
    digest = package_digest.strip().lower()
    if len(digest) < DIGEST_LENGTH or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(f"not a SHA-256 hex digest: {package_digest!r}")
    return digest[:DIGEST_LENGTH]


def provenance_line(package_name: str, package_digest: str) -> str:
    """The sentence that ties an unsigned copy (the workbook) to the signed package."""
    name = package_name or "（结果包）"
    digest = f"（SHA-256 摘要 {package_digest}，前 16 位 {short_digest(package_digest)}）" if package_digest else ""
    return f"本表由结果包 {name}{digest}导出，本身不带签名，以结果包的签名为准。"


def fmt(value: Decimal | None, decimals: int) -> str:
    """A published value with exactly ``decimals`` places; "—" for none."""
    return "—" if value is None else f"{value:.{decimals}f}"


def fmt_stat(value: Fraction | float | None, places: int = 3) -> str:
    if value is None:
        return "—"
    return f"{round_half_up(Fraction(value), places):.{places}f}"


def power_labels(batch: OpenBatch) -> dict[str, str]:
    return {power.key: power.label for power in batch.scheme.powers}


def item_labels(batch: OpenBatch) -> dict[str, str]:
    return {f"{power.key}.{item.key}": f"{power.label}·{item.label}" for power, item in batch.scheme.items()}


def tie_break_text(batch: OpenBatch, tally: Tally) -> str:
    labels = power_labels(batch)
    order = " → ".join(labels.get(key, key) for key in tally.rules.tie_break)
    return order or "（未设置）"


def method_text(tally: Tally) -> str:
    """The method in words, with the numbers of its settings."""
    rules = tally.rules
    if rules.method == "trimmed_mean":
        if rules.trim_scope == "item":
            core = (f"每个分项分别去掉 {rules.trim} 个最高分和 {rules.trim} 个最低分后取平均，"
                    "各分项结果相加得各力得分，各力相加得总分")
        else:
            core = (f"按每位专家给出的总分，去掉 {rules.trim} 个最高总分和 {rules.trim} 个最低总分，"
                    "其余专家的各分项、各力和总分分别取平均")
        return (f"截尾平均：{core}；有效评分不少于 {rules.trim_min_panel} 个时才截尾，不足时取全部有效评分的算术平均。"
                "多位专家的分数恰在截尾处相同时，由他们平均分摊去掉的份额。")
    if rules.method == "median":
        return "中位数：取有效总分居中的一位（偶数个时居中两位的平均）专家的评分，各分项、各力按同一批专家计算。"
    if rules.method == "zscore":
        return ("标准分换算：每位专家的总分按其本人所评全部候选人标准化（z = (总分 − 该专家平均) ÷ 该专家标准差），"
                "候选人的 z 分数取平均，再按全组总分的平均和标准差换算回百分制；各力得分为原始算术平均（供参考）。")
    return "算术平均：全部有效评分（回避、未评者不计）的各分项、各力和总分分别取平均。"


def rule_card(batch: OpenBatch, tally: Tally) -> list[tuple[str, str]]:
    """The rule card: (项目, 规则) rows with every setting used."""
    rules = tally.rules
    scheme = batch.scheme
    powers = "；".join(
        f"{p.label} {format_score(p.max)} 分（" + "、".join(f"{i.label} {format_score(i.max)}" for i in p.items) + "）"
        for p in scheme.powers)
    quota_line = f"按名次取前 {rules.quota} 名为推荐人选"
    if tally.quota_tie:
        quota_line += f"；名额线上并列：{'、'.join(tally.quota_tie)}（待组长裁定 {tally.quota_open} 个名额）"
    disagreement = (f"{rules.disagreement_sd} 分" if rules.disagreement_sd is not None
                    else f"满分的 10%（{format_score(scheme.total_max / 10)} 分）")
    rows = [
        ("评分方案", f"{scheme.name}；满分 {format_score(scheme.total_max)} 分，"
                     f"最小步长 {format_score(scheme.step)} 分"),
        ("分项与分值", powers),
        ("汇总方法", method_text(tally)),
    ]
    if rules.method == "trimmed_mean":
        rows.append(("截尾设置", f"{SCOPE_LABELS.get(rules.trim_scope, rules.trim_scope)}；两端各去掉 {rules.trim} 个；"
                                 f"有效评分不少于 {rules.trim_min_panel} 个时截尾"))
    rows += [
        ("有效评分", f"回避和未评不计；有效评分少于 {rules.min_scores} 个的候选人只列出、不排名"),
        ("保留小数", f"总分按精确值四舍五入（half up，如 85.125 → 85.13）保留 {rules.decimals} 位小数，"
                     "只在最后一步取舍一次；各力得分按最大余数法分配，使各力之和恰等于总分"),
        ("同分处理", f"总分精确值相同时，依次比较 {tie_break_text(batch, tally)} 的得分；"
                     "仍相同者并列，由评审组长裁定并记录"),
        ("推荐名额", quota_line),
        ("分歧提示", f"有效总分的标准差超过 {disagreement} 时标记“专家分歧较大”"),
        ("畸高畸低", f"某专家的分项分与其余专家中位数相差超过 {rules.outlier_z} 个稳健标准差，"
                     f"且不少于该分项满分的 {rules.outlier_gap}（其余专家不少于 {rules.outlier_min_others} 位）时标记，"
                     "供组长提请讨论，不改变结果"),
    ]
    return rows


def _median(values: Sequence[Decimal]) -> Decimal:
    return Decimal(statistics.median(values)) if values else Decimal(0)


@dataclass(frozen=True)
class DroppedScore:
    """One score the trimming left out: whose, which sub-item (None: the total), and on which side."""

    reviewer: str
    item: str | None
    value: Decimal
    share: Fraction  # a tie at the edge: the drop is shared between equal scores
    side: str  # "high", "low" or "tie" against the panel's median for the same candidate (and sub-item)


def dropped_scores(result: CandidateResult, scores: PanelScores) -> list[DroppedScore]:
    """The scores the trimming left out, each with the side it was dropped from: the facts the
    result sheet and the chair's screen both put into words."""
    found = []
    for dropped in result.dropped:
        if dropped.item is None:
            reference = list(result.totals.values())
        else:
            reference = []
            for reviewer in result.scored_by:
                file = scores.files.get(reviewer)
                entry = file.candidates.get(result.id) if file else None
                if entry is not None and dropped.item in entry.scores:
                    reference.append(entry.scores[dropped.item])
        middle = _median(reference)
        side = "high" if dropped.value > middle else "low" if dropped.value < middle else "tie"
        found.append(DroppedScore(dropped.reviewer, dropped.item, dropped.value, Fraction(dropped.share), side))
    return found


_SIDE_WORDS = {"high": "最高", "low": "最低", "tie": "同分"}


def dropped_entries(result: CandidateResult, scores: PanelScores, labels: dict[str, str]) -> list[str]:
    """Each score trimming left out, in words: "E01 69（最低）", "E02·勇挑重担 7（最高，分摊 1/2）"."""
    entries = []
    for dropped in dropped_scores(result, scores):
        where = dropped.reviewer
        if dropped.item is not None:
            where += f"·{labels.get(dropped.item, dropped.item).partition('·')[2] or dropped.item}"
        share = "" if dropped.share == 1 else f"，分摊 {dropped.share}"
        entries.append(f"{where} {format_score(dropped.value)}（{_SIDE_WORDS[dropped.side]}{share}）")
    return entries


def candidate_marks(result: CandidateResult, tally: Tally) -> list[str]:
    """The 说明 column: flags in words, ties and decisions, recusals."""
    marks = []
    for flag in result.flags:
        text = FLAG_LABELS.get(flag, flag)
        if flag == "tied" and result.tied_with:
            text = f"与 {'、'.join(result.tied_with)} 并列，待组长裁定"
        elif flag == "too_few_scores":
            text = f"有效评分不足 {tally.rules.min_scores} 个，不排名"
        elif flag == "not_trimmed":
            text = f"有效评分不足 {tally.rules.trim_min_panel} 个，未截尾"
        marks.append(text)
    if result.recused_by:
        marks.append(f"回避 {len(result.recused_by)} 人")
    if result.missing_from:
        marks.append(f"未评 {'、'.join(result.missing_from)}")
    return marks


@dataclass(frozen=True)
class RankingRow:
    """One line of the ranking, as both sheets show it."""

    id: str
    name: str
    employer: str
    rank: int | None
    powers: tuple[Decimal | None, ...]
    final: Decimal | None
    mean_final: Decimal | None
    n: int
    sd: Decimal | None
    range: Decimal | None
    recommended: bool
    marks: tuple[str, ...]
    applied: str
    dropped: int

    @property
    def rank_text(self) -> str:
        return "—" if self.rank is None else str(self.rank)


def ranking_rows(batch: OpenBatch, tally: Tally) -> list[RankingRow]:
    """The candidates in the tally's order (rank order, the unranked last)."""
    info = {str(c["application_no"]): c for c in batch.candidates}
    decimals = tally.rules.decimals
    rows = []
    for result in tally.candidates:
        candidate = info.get(result.id, {})
        fields = candidate.get("fields") or {}
        sd = result.spread.sd
        rows.append(RankingRow(
            id=result.id, name=str(candidate.get("name", "")), employer=str(fields.get("employer", "") or ""),
            rank=result.rank, powers=tuple(result.powers.get(key) for key in tally.powers), final=result.final,
            mean_final=result.mean_final, n=result.n, sd=None if sd is None else round_half_up(sd, decimals),
            range=result.spread.range, recommended=result.recommended, marks=tuple(candidate_marks(result, tally)),
            applied=METHOD_LABELS.get(result.applied or "", result.applied or "—"), dropped=len(result.dropped)))
    return rows


def identity_facts(batch: OpenBatch, tally: Tally, scores: PanelScores, *, place: str, date: str
                   ) -> list[tuple[str, str]]:
    identity = batch.identity
    chair = batch.chair
    handed = len(scores.files)
    rules = tally.rules
    method = METHOD_LABELS.get(rules.method, rules.method)
    if rules.method == "trimmed_mean":
        method += f"（{SCOPE_LABELS.get(rules.trim_scope, rules.trim_scope)}，两端各去 {rules.trim} 个）"
    blank = "＿＿＿＿＿＿＿＿＿＿"
    return [
        ("评审年度", f"{identity.year}年"),
        ("组别", f"{identity.group} {identity.group_label}"),
        ("场次", f"第 {identity.session} 场"),
        ("评审日期", date or blank),
        ("评审地点", place or blank),
        ("评审组长", f"{chair.number} {chair.name}"),
        ("评审专家", f"{len(batch.panel)} 名（交回评分 {handed} 份）"),
        ("候选人", f"{len(batch.candidates)} 名，推荐名额 {rules.quota} 名"),
        ("汇总方法", method),
        ("评分方案", batch.scheme.name),
        ("批次编号", identity.batch_id),
        ("方案指纹", identity.scheme_fingerprint[:16]),
    ]


# ---------------------------------------------------------------------------------------------
# The PDF


class _Cells:
    """Table cells: a plain string when the text fits its column on one line, else a Paragraph."""

    def __init__(self, font: str, size: float, padding: float) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.font, self.size, self.padding = font, size, padding
        self._width = stringWidth

    def fits(self, text: str, width: float) -> bool:
        return "\n" not in text and self._width(text, self.font, self.size) <= width - 2 * self.padding - 0.5

    def __call__(self, text: str, width: float, style: ParagraphStyle) -> Any:
        if self.fits(text, width):
            return text
        from reportlab.platypus import Paragraph

        return Paragraph(pages.escape(text), style)


def _wrap_label(text: str, per_line: int) -> str:
    """A short heading broken by hand into balanced lines of at most ``per_line`` characters.

    (Cheaper than a Paragraph; "勇挑重担" in a three-character column becomes "勇挑 / 重担".)
    """
    per_line = max(1, per_line)
    lines = -(-len(text) // per_line)
    per_line = -(-len(text) // max(lines, 1))
    return "\n".join(text[i:i + per_line] for i in range(0, len(text), per_line))


def _styles_small(st: pages.Styles) -> tuple[ParagraphStyle, ParagraphStyle]:
    from reportlab.lib.styles import ParagraphStyle

    small_cell = ParagraphStyle("result_small_cell", parent=st.cell, fontSize=8, leading=10.5)
    note = ParagraphStyle("result_note", parent=st.small, fontSize=8, leading=11)
    return small_cell, note


def write_result_pdf(batch: OpenBatch, scores: PanelScores, tally: Tally, content: dict[str, Any],
                     package_digest: str, out: Path | BinaryIO, *, place: str = "", date: str = "",
                     detail_pages: bool = True, package_name: str = "", chair_fingerprint: str = "") -> None:
    """Write the (unsigned) result sheet PDF to ``out`` atomically.

    ``content`` is what ``write_result_package`` returned (notes, decisions, reviewers'
    fingerprints); ``package_digest`` the SHA-256 (hex) of the written ``.crresult`` file.
    ``chair_fingerprint``: the chair's signing key, printed in the signature block.
    """
    story = result_story(batch, scores, tally, content, package_digest, place=place, date=date,
                         detail_pages=detail_pages, package_name=package_name, chair_fingerprint=chair_fingerprint)
    identity = batch.identity
    furniture = pages.Furniture(
        identity=pages.identity_line(identity), digest=short_digest(package_digest), digest_label=DIGEST_LABEL,
        title=f"{identity.year}年 {identity.group} {identity.group_label} 第{identity.session}场 {TITLE}",
        author=batch.chair.name,
        subject=f"批次 {identity.batch_id}；结果包 SHA-256 {package_digest}")
    pages.build_pdf(out if not isinstance(out, str) else Path(out), story, furniture, landscape=True)


def write_signed_result_pdf(batch: OpenBatch, scores: PanelScores, tally: Tally, content: dict[str, Any],
                            package_digest: str, out: Path, chair_key: Ed25519PrivateKey, *, place: str = "",
                            date: str = "", detail_pages: bool = True, package_name: str = "") -> None:
    """The result sheet signed by the chair (PAdES): laid out beside ``out``, signed, moved into place.

    Nothing is left at ``out`` unless the signed file is complete; the unsigned draft is removed.
    """
    from app.keys import fingerprint
    from exports.pdf_signing import sign_pdf_file

    out = Path(out)
    draft = out.parent / f".{out.name}.{secrets.token_hex(4)}.unsigned"
    chair = batch.chair
    identity = batch.identity
    try:
        write_result_pdf(batch, scores, tally, content, package_digest, draft, place=place, date=date,
                         detail_pages=detail_pages, package_name=package_name,
                         chair_fingerprint=fingerprint(chair_key.public_key()))
        sign_pdf_file(draft, out, chair_key, chair.name, location=place,
                      reason=f"{identity.year}年 {identity.group} 第{identity.session}场 评审结果"
                             f"（结果包 {short_digest(package_digest)}）")
    finally:
        draft.unlink(missing_ok=True)


def result_story(batch: OpenBatch, scores: PanelScores, tally: Tally, content: dict[str, Any],
                 package_digest: str, *, place: str = "", date: str = "", detail_pages: bool = True,
                 package_name: str = "", chair_fingerprint: str = "") -> list[Flowable]:
    """The flowables of the result sheet (exposed for previews and the benchmark)."""
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

    short_digest(package_digest)  # refuse a malformed digest before any work
    st = pages.styles()
    width = pages.usable_width(True)
    identity = batch.identity
    date = date or dt.date.today().strftime("%Y年%m月%d日")
    story: list[Flowable] = pages.title_block(
        f"{identity.year}年“上海工匠”选树 {TITLE}",
        f"{identity.group} {identity.group_label} · 第 {identity.session} 场",
        identity_facts(batch, tally, scores, place=place, date=date), columns=3, width=width)

    rows = ranking_rows(batch, tally)
    story.append(Paragraph("一、评审结果（按名次）", st.heading))
    story.append(_ranking_table(batch, tally, rows, width))
    _, note = _styles_small(st)
    story.append(Spacer(1, 1.5 * pages.MM))
    sums = ("各力得分为原始平均，其和等于“原始平均”；换算分按标准分换算，决定名次。" if tally.rules.method == "zscore"
            else "各力得分之和等于总分。")
    story.append(Paragraph(pages.escape(
        f"推荐：按名次取前 {tally.rules.quota} 名，绿底为推荐人选，粗线为名额线。"
        "有效评分：参与计算的专家人数（回避、未评者不计）。标准差（样本）、极差：有效总分的离散程度。" + sums), note))

    story.append(Paragraph("二、汇总规则", st.heading))
    story.append(_rule_table(batch, tally, width))
    story.append(Spacer(1, 3 * pages.MM))
    story.append(Paragraph("各候选人的有效评分与去掉的分数", st.body))
    story.append(Spacer(1, 1 * pages.MM))
    story.append(_dropped_table(batch, scores, tally, rows, width))

    story.append(Paragraph("三、评审一致性与提示", st.heading))
    story.extend(_agreement(batch, tally, width))

    story.append(Paragraph("四、组长意见与裁定", st.heading))
    story.extend(_notes(content, tally))

    story.append(KeepTogether(_signatures(batch, scores, content, package_digest, package_name,
                                          chair_fingerprint, width)))

    if detail_pages:
        labels = item_labels(batch)
        outliers = {(o.reviewer, o.candidate, o.item): o.direction for r in tally.reviewers for o in r.outliers}
        total = len(tally.candidates)
        layout = _grid_layout(batch, width)
        for index, result in enumerate(tally.candidates, start=1):
            story.append(PageBreak())
            story.extend(_detail(batch, scores, tally, result, labels, outliers, index, total, width, layout))
    return story


def _ranking_table(batch: OpenBatch, tally: Tally, rows: list[RankingRow], width: float) -> Flowable:
    from reportlab.lib import colors
    from reportlab.platypus import Table

    st = pages.styles()
    text, _ = pages.fonts()
    cells = _Cells(text, 9.5, 4)
    mm = pages.MM
    decimals = tally.rules.decimals
    scheme = batch.scheme
    labels = power_labels(batch)
    maxima = {p.key: p.max for p in scheme.powers}
    zscore = tally.rules.method == "zscore"
    count = len(tally.powers)
    fixed = {"rank": 9 * mm, "id": 24 * mm, "name": 18 * mm, "final": 15 * mm, "mean": 15 * mm if zscore else 0,
             "n": 10 * mm, "sd": 12 * mm, "range": 11 * mm, "recommended": 10 * mm}
    power_width = min(13 * mm, max(9 * mm, (width - sum(fixed.values()) - 60 * mm) / max(count, 1)))
    flexible = width - sum(fixed.values()) - power_width * count
    employer_width, marks_width = flexible * 0.6, flexible * 0.4

    header: list[Any] = ["名次", "申报编号", "姓名", "工作单位"]
    header += [f"{labels.get(key, key)}\n（{format_score(maxima[key])}）" if key in maxima else key
               for key in tally.powers]
    header.append(f"{'换算分' if zscore else '总分'}\n（{format_score(scheme.total_max)}）")
    if zscore:
        header.append("原始\n平均")
    header += ["有效\n评分", "标准差", "极差", "推荐", "说明"]
    widths = [fixed["rank"], fixed["id"], fixed["name"], employer_width] + [power_width] * count
    widths.append(fixed["final"])
    if zscore:
        widths.append(fixed["mean"])
    widths += [fixed["n"], fixed["sd"], fixed["range"], fixed["recommended"], marks_width]

    data: list[list[Any]] = [header]
    extra: list[tuple[Any, ...]] = [
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (4, 1), (-2, -1), "CENTER"),
    ]
    last_recommended = 0
    for index, row in enumerate(rows, start=1):
        line: list[Any] = [row.rank_text, cells(row.id, widths[1], st.cell), cells(row.name, widths[2], st.cell),
                           cells(row.employer, widths[3], st.cell)]
        line += [fmt(value, decimals) for value in row.powers]
        line.append(fmt(row.final, decimals))
        if zscore:
            line.append(fmt(row.mean_final, decimals))
        line += [str(row.n), fmt(row.sd, decimals), "—" if row.range is None else format_score(row.range),
                 "是" if row.recommended else "", cells("；".join(row.marks), widths[-1], st.cell)]
        data.append(line)
        if row.recommended:
            extra.append(("BACKGROUND", (0, index), (-1, index), colors.Color(*RECOMMENDED_FILL)))
            last_recommended = index
    if last_recommended:
        extra.append(("LINEBELOW", (0, last_recommended), (-1, last_recommended), 1.6, colors.black))
    return Table(data, colWidths=widths, repeatRows=1, style=pages.table_style(extra=extra))


def _rule_table(batch: OpenBatch, tally: Tally, width: float) -> Flowable:
    from reportlab.platypus import Paragraph, Table

    st = pages.styles()
    rows: list[list[Any]] = [[Paragraph(pages.escape(label), st.label), Paragraph(pages.escape(rule), st.cell)]
                             for label, rule in rule_card(batch, tally)]
    return Table(rows, colWidths=[26 * pages.MM, width - 26 * pages.MM],
                 style=pages.table_style(header_rows=0, zebra=False))


def _dropped_table(batch: OpenBatch, scores: PanelScores, tally: Tally, rows: list[RankingRow],
                   width: float) -> Flowable:
    from reportlab.platypus import Table

    st = pages.styles()
    text, _ = pages.fonts()
    cells = _Cells(text, 9.5, 4)
    mm = pages.MM
    labels = item_labels(batch)
    widths = [25 * mm, 18 * mm, 14 * mm, 14 * mm, 26 * mm]
    widths.append(width - sum(widths))
    data: list[list[Any]] = [["申报编号", "姓名", "有效评分", "回避", "采用方法", "去掉的分数（专家 分数）"]]
    for row, result in zip(rows, tally.candidates, strict=True):
        entries = dropped_entries(result, scores, labels)
        dropped = f"共 {len(entries)} 个：" + "、".join(entries) if entries else "无"
        data.append([cells(row.id, widths[0], st.cell), cells(row.name, widths[1], st.cell), str(row.n),
                     str(len(result.recused_by)), cells(row.applied, widths[4], st.cell),
                     cells(dropped, widths[5], st.cell)])
    return Table(data, colWidths=widths, repeatRows=1, style=pages.table_style(extra=[
        ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (2, 1), (3, -1), "CENTER")]))


def _agreement(batch: OpenBatch, tally: Tally, width: float) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

    st = pages.styles()
    _, note = _styles_small(st)
    mm = pages.MM
    agreement = tally.agreement
    story: list[Flowable] = []
    header = [label for _, label in ICC_LABELS] + ["Kendall W"]
    values = [fmt_stat(agreement.icc.get(key)) for key, _ in ICC_LABELS] + [fmt_stat(agreement.kendall_w)]
    column = min(26 * mm, width / len(header))
    figures = Table([header, values], colWidths=[column] * len(header), hAlign="LEFT",
                    style=pages.table_style(zebra=False, extra=[("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    reasons = [f"{label}：{agreement.icc_reasons[key]}" for key, label in ICC_LABELS if key in agreement.icc_reasons]
    if agreement.kendall_reason:
        reasons.append(f"Kendall W：{agreement.kendall_reason}")
    basis = (f"基于全部评分专家都评了的 {len(agreement.candidates)} 名候选人 × "
             f"{len(agreement.reviewers)} 名专家的总分；ICC 按 Shrout & Fleiss（1979）定义，"
             "Kendall W 含同分校正。数值越接近 1，专家意见越一致。")
    if reasons:
        basis += "　无法计算：" + "；".join(reasons)
    story.append(KeepTogether([figures, Spacer(1, 1 * mm), Paragraph(pages.escape(basis), note)]))

    members = {m.number: m.name for m in batch.panel}
    decimals = tally.rules.decimals
    data: list[list[Any]] = [["专家", "已评", "回避", "平均总分", "标准差", "宽严（与全组平均之差）", "畸高", "畸低"]]
    for stats in tally.reviewers:
        high = sum(1 for o in stats.outliers if o.direction == "high")
        leniency = "—" if stats.leniency is None else f"{round_half_up(stats.leniency, decimals):+.{decimals}f}"
        data.append([f"{stats.reviewer} {members.get(stats.reviewer, '')}", str(stats.n), str(len(stats.recused)),
                     fmt_stat(stats.mean, decimals), fmt_stat(stats.sd, decimals), leniency, str(high),
                     str(len(stats.outliers) - high)])
    widths = [40 * mm, 16 * mm, 16 * mm, 24 * mm, 20 * mm, 44 * mm, 16 * mm, 16 * mm]
    reviewers = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT",
                      style=pages.table_style(extra=[("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story.append(Spacer(1, 3 * mm))
    story.append(KeepTogether([Paragraph("各专家的评分情况", st.body), Spacer(1, 1 * mm), reviewers]))

    lines = []
    counts: dict[str, list[str]] = {}
    for result in tally.candidates:
        for flag in result.flags:
            counts.setdefault(flag, []).append(result.id)
    for flag, ids in counts.items():
        listed = "：" + "、".join(ids) if len(ids) <= 12 else ""
        lines.append(f"{FLAG_LABELS.get(flag, flag)} {len(ids)} 人{listed}")
    for run in tally.sensitivity:
        crossing = [c for c in run.changes if c.crosses_quota]
        label = METHOD_LABELS.get(run.method, run.method)
        if run.method == "trimmed_mean":
            label += f"（{SCOPE_LABELS.get(run.trim_scope, run.trim_scope)}）"
        text = f"若改用{label}：{len(run.changes)} 人名次变化"
        if crossing:
            moves = "、".join(f"{c.candidate}（{c.rank or '—'}→{c.other_rank or '—'}）" for c in crossing[:12])
            text += f"，其中 {len(crossing)} 人跨越名额线：{moves}"
        lines.append(text)
    if tally.zero_spread:
        lines.append(f"所评总分全部相同的专家（标准分为 0）：{'、'.join(tally.zero_spread)}")
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph("提示（供讨论，不改变结果）：" + "<br/>".join(pages.escape(line) for line in lines)
                           if lines else "提示：无", st.small))
    return story


def _notes(content: dict[str, Any], tally: Tally) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    st = pages.styles()
    story: list[Flowable] = []
    notes = str(content.get("notes") or "").strip()
    story.append(Paragraph("组长意见：" + (pages.escape(notes) if notes else "（无）"), st.body))
    decisions = content.get("decisions") or [list(order) for order in tally.decisions]
    if decisions:
        for order in decisions:
            story.append(Paragraph(pages.escape("组长对并列的裁定（名次由高到低）：" + " ＞ ".join(order)), st.body))
    else:
        story.append(Paragraph("组长对并列的裁定：无", st.body))
    if tally.ties:
        story.append(Paragraph(pages.escape("尚未裁定的并列：" + "；".join("、".join(group) for group in tally.ties)),
                               st.body))
    return story


def _signatures(batch: OpenBatch, scores: PanelScores, content: dict[str, Any], package_digest: str,
                package_name: str, chair_fingerprint: str, width: float) -> list[Flowable]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table

    st = pages.styles()
    text, mono = pages.fonts()
    mm = pages.MM
    recorded = content.get("reviewers") or {}
    story: list[Flowable] = [
        Paragraph("五、评审专家签字", st.heading),
        Paragraph("本组评审专家确认：以上结果由本组专家独立评分、按上述规则汇总得出，与评审组长签署的电子结果包一致。"
                  "各专家评分文件的签名密钥指纹列于姓名之后，请与本人个人评分表核对。", st.body),
        Spacer(1, 2 * mm),
    ]
    data: list[list[Any]] = [["角色", "编号", "姓名", "工作单位", "评分文件签名密钥指纹", "签名", "日期"]]
    widths = [12 * mm, 13 * mm, 22 * mm, 50 * mm, 57 * mm]
    widths += [(width - sum(widths)) * 0.62, (width - sum(widths)) * 0.38]
    cells = _Cells(text, 9.5, 4)
    for member, file in scores.members():
        if file is not None:
            key = file.signer_fingerprint
        else:
            key = str((recorded.get(member.number) or {}).get("fingerprint") or "未交")
        data.append(["组长" if member.is_chair else "专家", member.number, cells(member.name, widths[2], st.cell),
                     cells(member.employer, widths[3], st.cell), key, "", ""])
    fingerprint_rows = [index for index, row in enumerate(data) if index and row[4] != "未交"]
    commands: list[tuple[Any, ...]] = [("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (0, 1), (1, -1), "CENTER")]
    commands += [("FONTNAME", (4, i), (4, i), mono) for i in fingerprint_rows]
    table = Table(data, colWidths=widths, rowHeights=[7 * mm] + [11 * mm] * (len(data) - 1), repeatRows=1,
                  style=pages.table_style(zebra=False, extra=commands))
    story.append(table)
    chair = batch.chair
    digest_style = ParagraphStyle("result_digest", parent=st.body, fontSize=9.5, leading=15)
    chair_key = chair_fingerprint or "—"
    name = package_name or "电子结果包（.crresult）"
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(
        f"评审组长 {pages.escape(chair.name)} 以签名密钥 <font name='{mono}'>{pages.escape(chair_key)}</font> "
        f"签署 {pages.escape(name)} 及本 PDF 的数字签名。"
        f"结果包 SHA-256：<font name='{mono}'>{pages.escape(package_digest)}</font>"
        f"（每页页脚的“{DIGEST_LABEL}”及二维码为其前 16 位）。", digest_style))
    return story


def _detail(batch: OpenBatch, scores: PanelScores, tally: Tally, result: CandidateResult, labels: dict[str, str],
            outliers: dict[tuple[str, str, str], str], index: int, total: int, width: float,
            layout: _GridLayout | None = None) -> list[Flowable]:
    from reportlab.platypus import Paragraph, Spacer, Table

    st = pages.styles()
    text, _ = pages.fonts()
    small_cell, note = _styles_small(st)
    mm = pages.MM
    decimals = tally.rules.decimals
    scheme = batch.scheme
    candidate = batch.candidate(result.id) or {}
    fields = candidate.get("fields") or {}
    rank = "不排名" if result.rank is None else f"第 {result.rank} 名"
    story: list[Flowable] = [Paragraph(
        pages.escape(f"评分明细（{index}/{total}）　{rank}　{result.id}　{candidate.get('name', '')}"), st.heading)]
    method = METHOD_LABELS.get(result.applied or "", result.applied or "—")
    summary = (f"工作单位：{fields.get('employer', '') or '—'}；总分 {fmt(result.final, decimals)}（{method}，"
               f"有效评分 {result.n} 个）；{'推荐' if result.recommended else '未推荐'}")
    marks = candidate_marks(result, tally)
    if marks:
        summary += "；" + "；".join(marks)
    if result.dropped:
        summary += "；去掉：" + "、".join(dropped_entries(result, scores, labels))
    story.append(Paragraph(pages.escape(summary), st.small))
    story.append(Spacer(1, 1.5 * mm))

    layout = layout or _grid_layout(batch, width)
    dropped_rows = {d.reviewer for d in result.dropped if d.item is None}
    dropped_items = {(d.reviewer, d.item) for d in result.dropped if d.item is not None}
    comments: list[tuple[str, str]] = []
    rows: list[_GridRow] = []
    for member, file in scores.members():
        who = f"{member.number} {member.name}"
        entry = file.candidates.get(result.id) if file is not None else None
        if file is None or entry is None or entry.recused or member.number not in result.totals:
            if file is None:
                why = "未交评分文件"
            elif entry is not None and entry.recused:
                why = "回避" + (f"：{entry.recusal_reason}" if entry.recusal_reason else "")
                comments.append((who, "【回避】" + (entry.recusal_reason or "")))
            else:
                why = "未评"
            rows.append(_GridRow([who, why], spanned=True))
            continue
        line = [who]
        shaded: list[int] = []
        column = 1
        for power in scheme.powers:
            subtotal = Decimal(0)
            for item in power.items:
                key = f"{power.key}.{item.key}"
                value = entry.scores.get(key)
                subtotal += value or 0
                mark = {"high": "↑", "low": "↓"}.get(outliers.get((member.number, result.id, key), ""), "")
                line.append("" if value is None else format_score(value) + mark)
                if (member.number, key) in dropped_items:
                    shaded.append(column)
                column += 1
            line.append(format_score(subtotal))
            column += 1
        line.append(format_score(result.totals[member.number]))
        rows.append(_GridRow(line, shaded=tuple(shaded), dropped=member.number in dropped_rows))
        if entry.comment:
            comments.append((who, entry.comment))
    final_row = ["评审结果"]
    for power in scheme.powers:
        for item in power.items:
            final_row.append(fmt(result.items.get(f"{power.key}.{item.key}"), decimals))
        final_row.append(fmt(result.powers.get(power.key), decimals))
    final_row.append(fmt(result.final, decimals))
    rows.append(_GridRow(final_row, result=True))
    story.append(_grid_class()(layout, rows))
    legend = "分数后 ↑ / ↓：畸高 / 畸低（供讨论）。"
    if result.dropped:
        legend = "灰底：按规则去掉、不计入平均的分数。" + legend
    if tally.rules.method == "zscore":
        legend += "标准分方法下，总分为换算分，各项为原始平均。"
    story.append(Spacer(1, 1 * mm))
    story.append(Paragraph(pages.escape(legend), note))
    if comments:
        story.append(Spacer(1, 2 * mm))
        cells = _Cells(text, 8, 4)
        comment_cells = _Cells(text, 9.5, 4)
        reviewer_width = layout.widths[0]
        comment_width = width - reviewer_width
        table: list[list[Any]] = [["专家", "评语与回避理由"]]
        table += [[cells(who, reviewer_width, small_cell), comment_cells(said, comment_width, st.cell)]
                  for who, said in comments]
        story.append(Table(table, colWidths=[reviewer_width, comment_width], repeatRows=1,
                           style=pages.table_style(extra=[("ALIGN", (0, 0), (-1, 0), "CENTER"),
                                                          ("FONTSIZE", (0, 1), (0, -1), 8)])))
    return story


# ---------------------------------------------------------------------------------------------
# The detail pages' score grid: drawn directly, one text object per grid


@dataclass(frozen=True)
class _GridRow:
    """One body row: cell texts (``spanned``: the reviewer, then one text across every score column)."""

    cells: list[str]
    spanned: bool = False
    shaded: tuple[int, ...] = ()  # columns of scores left out by trimming (item scope)
    dropped: bool = False  # the whole row left out by trimming (total scope)
    result: bool = False  # the panel's result, last


@dataclass(frozen=True)
class _GridLayout:
    """What every candidate's grid shares: columns, the two header rows, fonts and sizes."""

    widths: tuple[float, ...]
    header: tuple[tuple[int, int, int, int, str], ...]  # (first column, last column, first row, last row, text)
    header_heights: tuple[float, float]
    subtotals: tuple[int, ...]
    font: str
    size: float = 8.0
    leading: float = 10.0
    padding: float = 2.0
    row_height: float = 16.0


def _grid_layout(batch: OpenBatch, width: float) -> _GridLayout:
    """Columns: 专家 | each power's items, then its 小计 | 总分; the header in two rows."""
    font, _ = pages.fonts()
    scheme = batch.scheme
    reviewer_width = 27 * pages.MM
    columns = sum(len(p.items) + 1 for p in scheme.powers) + 1
    cell_width = (width - reviewer_width) / columns
    size, leading, padding = 8.0, 10.0, 2.0
    per_line = max(1, int((cell_width - 2 * padding) // size))
    header: list[tuple[int, int, int, int, str]] = [(0, 0, 0, 1, "专家")]
    subtotals = []
    position = 1
    item_lines = 1
    for power in scheme.powers:
        header.append((position, position + len(power.items), 0, 0, f"{power.label}（{format_score(power.max)}）"))
        for offset, item in enumerate(power.items):
            label = _wrap_label(item.label, per_line) + f"\n{format_score(item.max)}"
            item_lines = max(item_lines, label.count("\n") + 1)
            header.append((position + offset, position + offset, 1, 1, label))
        header.append((position + len(power.items),) * 2 + (1, 1, "小计"))
        subtotals.append(position + len(power.items))
        position += len(power.items) + 1
    header.append((columns, columns, 0, 1, f"总分\n{format_score(scheme.total_max)}"))
    heights = (leading + 2 * padding + 2, item_lines * leading + 2 * padding + 2)
    return _GridLayout((reviewer_width,) + (cell_width,) * columns, tuple(header), heights, tuple(subtotals), font,
                       size, leading, padding, leading + 2 * padding + 2)


@functools.cache
def _grid_class() -> type:
    """The grid flowable (made on first use: reportlab stays off the import path)."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    grey = colors.Color(*pages.RULE_GREY)
    header_fill = colors.Color(*pages.HEADER_FILL)
    subtotal_fill = colors.Color(*SUBTOTAL_FILL)
    dropped_fill = colors.Color(*DROPPED_FILL)

    class ScoreGrid(Flowable):  # type: ignore[misc]  # reportlab has no type hints
        """A ruled grid of short texts, two header rows repeated on every page it spans.

        Equivalent to a reportlab Table with SPANs and backgrounds for this one shape, at a fraction
        of the cost: every text goes into one text object, every rule into one path.
        """

        def __init__(self, layout: _GridLayout, rows: list[_GridRow]) -> None:
            super().__init__()
            self.layout = layout
            self.rows = rows
            self.width = sum(layout.widths)
            self.height = sum(layout.header_heights) + layout.row_height * len(rows)

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def split(self, available_width: float, available_height: float) -> list[Flowable]:
            room = int((available_height - sum(self.layout.header_heights)) // self.layout.row_height)
            if room < 1 or room >= len(self.rows):
                return []
            return [ScoreGrid(self.layout, self.rows[:room]), ScoreGrid(self.layout, self.rows[room:])]

        def draw(self) -> None:
            layout = self.layout
            canvas = self.canv
            edges = [0.0]
            for column_width in layout.widths:
                edges.append(edges[-1] + column_width)
            width = edges[-1]
            header_top = self.height
            header_middle = header_top - layout.header_heights[0]
            body_top = header_middle - layout.header_heights[1]
            row_height = layout.row_height
            last = len(layout.widths) - 1

            canvas.saveState()
            # Fills
            canvas.setFillColor(header_fill)
            canvas.rect(0, body_top, width, header_top - body_top, stroke=0, fill=1)
            for index, row in enumerate(self.rows):
                top = body_top - index * row_height
                if row.result:
                    canvas.setFillColor(header_fill)
                    canvas.rect(0, top - row_height, width, row_height, stroke=0, fill=1)
                    continue
                if row.spanned:
                    continue
                if row.dropped:
                    canvas.setFillColor(dropped_fill)
                    canvas.rect(edges[1], top - row_height, width - edges[1], row_height, stroke=0, fill=1)
                    continue
                canvas.setFillColor(subtotal_fill)
                for column in layout.subtotals:
                    canvas.rect(edges[column], top - row_height, layout.widths[column], row_height, stroke=0, fill=1)
                if row.shaded:
                    canvas.setFillColor(dropped_fill)
                    for column in row.shaded:
                        canvas.rect(edges[column], top - row_height, layout.widths[column], row_height, stroke=0,
                                    fill=1)

            # Rules: thin grey grid, then the heavy box and the lines under the header and above the result
            thin: list[tuple[float, float, float, float]] = []
            # the line between the two header rows, except under cells spanning both
            segments = [(edges[c0], edges[c1 + 1]) for c0, c1, r0, r1, _ in layout.header if r0 == 1]
            thin.extend((x0, header_middle, x1, header_middle) for x0, x1 in segments)
            for _c0, c1, r0, r1, _ in layout.header:
                top = header_top if r0 == 0 else header_middle
                bottom = body_top if r1 == 1 else header_middle
                thin.append((edges[c1 + 1], top, edges[c1 + 1], bottom))
            for index, row in enumerate(self.rows):
                top = body_top - index * row_height
                bottom = top - row_height
                if index:
                    thin.append((0, top, width, top))
                boundaries = (1,) if row.spanned else range(1, last + 1)
                thin.extend((edges[c], top, edges[c], bottom) for c in boundaries)
            canvas.setStrokeColor(grey)
            canvas.setLineWidth(0.5)
            canvas.lines(thin)
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(0.9)
            heavy = [(0, body_top, width, body_top)]
            if self.rows and self.rows[-1].result and len(self.rows) > 1:
                y = body_top - (len(self.rows) - 1) * row_height
                heavy.append((0, y, width, y))
            canvas.lines(heavy)
            canvas.rect(0, 0, width, self.height, stroke=1, fill=0)

            # Texts
            text = canvas.beginText()
            text.setFillColor(colors.black)
            font, size, leading, padding = layout.font, layout.size, layout.leading, layout.padding

            current = [0.0]  # the font size last set in the text object
            widths: dict[str, float] = {}  # the width of each distinct text at the grid's size

            def put(content: str, left: float, right: float, top: float, bottom: float, centred: bool) -> None:
                lines = content.split("\n") if "\n" in content else (content,)
                baseline = (top + bottom) / 2 + len(lines) * leading / 2 - leading + (leading - size) / 2 + size * 0.15
                room = right - left - 2 * padding
                for line in lines:
                    used = size
                    line_width = widths.get(line)
                    if line_width is None:
                        line_width = widths[line] = stringWidth(line, font, size)
                    if line_width > room > 0:  # too long for its cell: set smaller, never across the rule
                        used = max(4.0, size * room / line_width)
                        line_width = line_width * used / size
                    if used != current[0]:
                        text.setFont(font, used, leading)
                        current[0] = used
                    text.setTextOrigin(left + (right - left - line_width) / 2 if centred else left + padding, baseline)
                    text.textOut(line)
                    baseline -= leading

            for c0, c1, r0, r1, label in layout.header:
                top = header_top if r0 == 0 else header_middle
                bottom = body_top if r1 == 1 else header_middle
                put(label, edges[c0], edges[c1 + 1], top, bottom, True)
            for index, row in enumerate(self.rows):
                top = body_top - index * row_height
                bottom = top - row_height
                put(row.cells[0], edges[0], edges[1], top, bottom, False)
                if row.spanned:
                    put(row.cells[1], edges[1], width, top, bottom, False)
                    continue
                for column, content in enumerate(row.cells[1:], start=1):
                    if content:
                        put(content, edges[column], edges[column + 1], top, bottom, True)
            canvas.drawText(text)
            canvas.restoreState()

    return ScoreGrid
