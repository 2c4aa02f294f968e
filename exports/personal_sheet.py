"""The reviewer's printable personal score sheet (个人评分表), handed in with the signed score file.

A4, in Chinese, with the font embedded: the session, the reviewer and their key fingerprint (the
string the chair compares with the score file's signer), each candidate's subtotals per power,
total and recusal, the comments, and a line for the handwritten signature and date. Every page's
footer names the batch and carries the head of the reviewer's edit log (its first 16 hex digits)
as a digest, with a QR code, so that the paper matches exactly one electronic score file.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.review_store import CandidateScores, CandidateState, ReviewStore, format_score
from exports import pages

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from app.batch import OpenBatch

TITLE = "个人评分表"
DIGEST_LENGTH = 16
_LANDSCAPE_ABOVE_POWERS = 6  # more powers than this do not fit a portrait table


def _date_of(at: str) -> str:
    """The local date of a log timestamp (ISO 8601), or the text itself when it is not one."""
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y年%m月%d日 %H:%M")


def _lock_time(store: ReviewStore) -> str | None:
    for entry in reversed(store.log()):
        if entry["action"] == "lock":
            return str(entry["at"])
        if entry["action"] == "reopen":
            return None
    return None


def _power_subtotal(scores: CandidateScores, power_key: str) -> Decimal | None:
    values = [value for key, value in scores.scores.items() if key.partition(".")[0] == power_key]
    return sum(values, Decimal(0)) if values else None


def write_personal_sheet(store: ReviewStore, batch: OpenBatch, fingerprint: str, out: Path) -> None:
    """Write the reviewer's personal score sheet for ``store`` (one reviewer, one batch) to ``out``."""
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    identity = batch.identity
    scheme = batch.scheme
    member = batch.member(store.reviewer)
    reviewer_name = member.name if member else ""
    count, head = store.head()
    digest = head[:DIGEST_LENGTH]
    landscape = len(scheme.powers) > _LANDSCAPE_ABOVE_POWERS
    width = pages.usable_width(landscape)
    st = pages.styles()
    esc = pages.escape

    locked_at = _lock_time(store) if store.locked else None
    status = "已提交（锁定）" if store.locked else "未提交（草稿，不能代替正式评分文件）"
    if store.locked and store.reopen_count:
        status += f"，曾重新打开 {store.reopen_count} 次"
    facts = [
        ("组别", f"{identity.group} {identity.group_label}"),
        ("场次", f"第 {identity.session} 场"),
        ("评审专家", f"{store.reviewer}　{reviewer_name}"),
        ("工作单位", member.employer if member else ""),
        ("评分方案", scheme.name),
        ("满分步长", f"满分 {format_score(scheme.total_max)} 分，步长 {format_score(scheme.step)}"),
        ("评分状态", status),
        ("提交时间", _date_of(locked_at) if locked_at else "—"),
        ("批次编号", identity.batch_id),
        ("评分记录", f"共 {count} 条，摘要 {digest}"),
        ("打印日期", dt.date.today().strftime("%Y年%m月%d日")),
    ]
    story: list[Flowable] = pages.title_block(
        TITLE, f"{identity.year}年“上海工匠”选树 · 专家评审", facts, width=width)

    fingerprint_box = Table(
        [[Paragraph("本人签名密钥指纹（与评分文件的签名一致）", st.label)],
         [Paragraph(esc(fingerprint), st.fingerprint)]],
        colWidths=[width], style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), pages.fonts()[0]),
            ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
            ("BACKGROUND", (0, 0), (-1, -1), colors.Color(*pages.ZEBRA_FILL)),
            ("TOPPADDING", (0, 0), (-1, 0), 5), ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 1), (-1, 1), 2), ("BOTTOMPADDING", (0, 1), (-1, 1), 9)]))
    story.extend([fingerprint_box, Spacer(1, 4 * pages.MM)])

    candidates = [store.candidate(str(c["application_no"])) for c in batch.candidates]
    names = {str(c["application_no"]): str(c.get("name", "")) for c in batch.candidates}
    story.append(Paragraph("评分汇总", st.heading))
    story.append(_score_table(candidates, names, batch, width))

    done, todo = store.progress()
    recused = sum(c.recused for c in candidates)
    totals = [c.total() for c in candidates if c.state() is CandidateState.COMPLETE]
    summary = f"已完成 {done} / {todo} 名，回避 {recused} 名"
    if totals:
        mean = sum(totals, Decimal(0)) / len(totals)
        summary += (f"；总分最高 {format_score(max(totals))}，最低 {format_score(min(totals))}，"
                    f"平均 {mean.quantize(Decimal('0.01'))}")
    story.append(Spacer(1, 2 * pages.MM))
    story.append(Paragraph(esc(summary), st.small))

    story.append(Paragraph("评语与回避理由", st.heading))
    story.append(_comment_table(candidates, names, width))

    story.append(Spacer(1, 4 * pages.MM))
    story.append(KeepTogether([
        Paragraph("本人确认：以上评分由本人独立作出，与本人提交的电子评分文件（签名指纹见上）一致；"
                  "对存在利害关系的候选人已声明回避。", st.body),
        Spacer(1, 2 * pages.MM),
        pages.signature_lines([["专家签名", "日期"]], width=width),
    ]))

    furniture = pages.Furniture(
        identity=pages.identity_line(identity), digest=digest, digest_label="评分记录摘要",
        title=f"{TITLE} {store.reviewer} {reviewer_name}", author=reviewer_name,
        subject=f"{identity.year}年 {identity.group} 第{identity.session}场 批次 {identity.batch_id}")
    pages.build_pdf(out, story, furniture, landscape=landscape)


def _score_table(candidates: list[CandidateScores], names: dict[str, str], batch: OpenBatch,
                 width: float) -> Flowable:
    from reportlab.platypus import Paragraph, Table

    st = pages.styles()
    esc = pages.escape
    scheme = batch.scheme
    header: list[Any] = [Paragraph("申报编号", st.header_cell), Paragraph("姓名", st.header_cell)]
    header += [Paragraph(f"{esc(p.label)}<br/>（{format_score(p.max)}）", st.header_cell) for p in scheme.powers]
    header += [Paragraph(f"总分<br/>（{format_score(scheme.total_max)}）", st.header_cell),
               Paragraph("回避", st.header_cell)]
    rows: list[list[Any]] = [header]
    for scores in candidates:
        row: list[Any] = [Paragraph(esc(scores.application_no), st.cell), Paragraph(esc(names.get(
            scores.application_no, "")), st.cell)]
        state = scores.state()
        if state is CandidateState.RECUSED:
            row += [Paragraph("—", st.cell_center)] * (len(scheme.powers) + 1)
            row.append(Paragraph(f"是<br/>{esc(scores.recusal_reason)}", st.cell))
        else:
            for power in scheme.powers:
                subtotal = _power_subtotal(scores, power.key)
                row.append(Paragraph("—" if subtotal is None else format_score(subtotal), st.cell_center))
            total = format_score(scores.total()) if state is CandidateState.COMPLETE else state.value
            row.append(Paragraph(total, st.cell_center))
            row.append(Paragraph("否", st.cell_center))
        rows.append(row)
    number_width, name_width, recusal_width = 27 * pages.MM, 20 * pages.MM, 34 * pages.MM
    score_width = (width - number_width - name_width - recusal_width) / (len(scheme.powers) + 1)
    widths = [number_width, name_width] + [score_width] * (len(scheme.powers) + 1) + [recusal_width]
    return Table(rows, colWidths=widths, repeatRows=1, style=pages.table_style())


def _comment_table(candidates: list[CandidateScores], names: dict[str, str], width: float) -> Flowable:
    from reportlab.platypus import Paragraph, Table

    st = pages.styles()
    esc = pages.escape
    rows: list[list[Any]] = [[Paragraph("申报编号", st.header_cell), Paragraph("姓名", st.header_cell),
                              Paragraph("评语", st.header_cell)]]
    for scores in candidates:
        parts = []
        if scores.recused:
            parts.append(f"【回避】{esc(scores.recusal_reason)}")
        if scores.comment:
            parts.append(esc(scores.comment))
        if not parts:
            continue
        rows.append([Paragraph(esc(scores.application_no), st.cell),
                     Paragraph(esc(names.get(scores.application_no, "")), st.cell),
                     Paragraph("<br/>".join(parts), st.cell)])
    if len(rows) == 1:
        return Paragraph("（无评语）", st.small)
    number_width, name_width = 27 * pages.MM, 20 * pages.MM
    return Table(rows, colWidths=[number_width, name_width, width - number_width - name_width], repeatRows=1,
                 style=pages.table_style())
