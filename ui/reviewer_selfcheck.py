"""The self-check before hand-in: how the reviewer's own scores look, in words they can act on.

``self_check`` computes (no Qt): the mean and spread of the reviewer's totals against the scheme's
range, each power's mean, candidates not yet complete, the same total given to many candidates and
identical item-by-item scores. ``SelfCheckDialog`` shows it; before hand-in it is also the
confirmation, with a button that locks the session.
"""

from __future__ import annotations

import html
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.batch import OpenBatch
from app.review_store import CandidateState, ReviewStore, format_score
from ui.i18n import domain_text
from ui.reviewer_model import state_label

SAME_TOTAL_MIN = 3  # this many candidates or more with one total is worth a second look
NARROW_SPREAD = Decimal("0.03")  # a standard deviation under 3 % of the maximum hardly separates anyone
HIGH_MEAN = Decimal("0.90")
LOW_MEAN = Decimal("0.60")


@dataclass
class SelfCheck:
    total_max: Decimal
    comment_below: Decimal
    comment_above: Decimal
    scored: int = 0  # candidates with every sub-item scored (not recused)
    recused: list[str] = field(default_factory=list)  # "姓名（申报编号）"
    mean: float | None = None
    sd: float | None = None
    lowest: Decimal | None = None
    highest: Decimal | None = None
    power_means: list[tuple[str, float, Decimal]] = field(default_factory=list)  # label, mean, max
    ranking: list[tuple[str, Decimal]] = field(default_factory=list)  # (name, total), highest first
    unfinished: list[tuple[str, CandidateState]] = field(default_factory=list)  # (name (no), state)
    same_totals: list[tuple[Decimal, list[str]]] = field(default_factory=list)
    same_scores: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # plain-language observations

    @property
    def ready(self) -> bool:
        return not self.unfinished


def _who(candidate: dict[str, Any]) -> str:
    return f"{candidate.get('name') or ''}（{candidate['application_no']}）"


def self_check(store: ReviewStore, batch: OpenBatch) -> SelfCheck:
    scheme = store.scheme
    keys = scheme.item_keys()
    result = SelfCheck(scheme.total_max, scheme.review.comment_below, scheme.review.comment_above)
    totals: list[Decimal] = []
    by_total: dict[Decimal, list[str]] = defaultdict(list)
    by_vector: dict[tuple[Decimal, ...], list[str]] = defaultdict(list)
    power_sums: dict[str, list[Decimal]] = defaultdict(list)
    for entry in batch.candidates:
        current = store.candidate(entry["application_no"])
        state = current.state()
        who = _who(entry)
        if state is CandidateState.RECUSED:
            result.recused.append(who)
            continue
        if state is not CandidateState.COMPLETE:
            result.unfinished.append((who, state))
        if not all(k in current.scores for k in keys):
            continue
        total = current.total()
        totals.append(total)
        result.ranking.append((str(entry.get("name") or entry["application_no"]), total))
        by_total[total].append(who)
        by_vector[tuple(current.scores[k] for k in keys)].append(who)
        for power in scheme.powers:
            power_sums[power.key].append(sum((current.scores[f"{power.key}.{i.key}"] for i in power.items),
                                             Decimal(0)))
    result.scored = len(totals)
    result.ranking.sort(key=lambda pair: -pair[1])
    if totals:
        result.mean = statistics.fmean(float(t) for t in totals)
        result.sd = statistics.pstdev(float(t) for t in totals) if len(totals) > 1 else 0.0
        result.lowest, result.highest = min(totals), max(totals)
        result.power_means = [(p.label, statistics.fmean(float(v) for v in power_sums[p.key]), p.max)
                              for p in scheme.powers]
    result.same_totals = sorted(((t, names) for t, names in by_total.items() if len(names) >= SAME_TOTAL_MIN),
                                key=lambda pair: -len(pair[1]))
    result.same_scores = [names for names in by_vector.values() if len(names) >= 2]
    result.notes = _notes(result)
    return result


def _notes(check: SelfCheck) -> list[str]:
    notes: list[str] = []
    maximum = float(check.total_max)
    if check.mean is None or maximum <= 0:
        return notes
    if check.mean > float(HIGH_MEAN) * maximum:
        notes.append(QCoreApplication.translate(
            "SelfCheck", "平均分 {mean:.1f} 已超过满分的 {share:.0%}：请确认高分确有事迹和证明支撑。").format(
                mean=check.mean, share=HIGH_MEAN))
    elif check.mean < float(LOW_MEAN) * maximum:
        notes.append(QCoreApplication.translate(
            "SelfCheck", "平均分 {mean:.1f} 低于满分的 {share:.0%}：请确认是否对全体候选人偏严。").format(
                mean=check.mean, share=LOW_MEAN))
    if check.scored >= 3 and check.sd is not None and check.sd < float(NARROW_SPREAD) * maximum:
        notes.append(QCoreApplication.translate(
            "SelfCheck", "各候选人总分的标准差只有 {sd:.1f} 分（满分 {maximum}），"
            "分数拉不开，可能难以体现候选人之间的差别。").format(sd=check.sd, maximum=format_score(check.total_max)))
    if check.same_totals:
        notes.append(QCoreApplication.translate(
            "SelfCheck", "有多名候选人总分完全相同，排名时将依赖并列处理规则：请确认确实难分高下。"))
    if check.same_scores:
        notes.append(QCoreApplication.translate(
            "SelfCheck", "有候选人各子项分数完全相同：请确认不是误操作（例如复制了上一位的分数）。"))
    return notes


def render_self_check(check: SelfCheck, *, hand_in: bool) -> str:
    """The self-check as HTML for a QTextBrowser, in the interface's language (names stay as written).

    Each text is a literal ``QCoreApplication.translate("SelfCheck", ...)`` call outside any f-string:
    that is the only form pyside6-lupdate extracts.
    """
    e = html.escape
    sep = QCoreApplication.translate("SelfCheck", "、")  # between names in a list
    parts: list[str] = []
    maximum = check.total_max
    if check.mean is None or check.sd is None:
        nothing = QCoreApplication.translate("SelfCheck", "还没有评完任何一位候选人，暂无统计。")
        parts.append(f"<p>{e(nothing)}</p>")
    else:
        share = check.mean / float(maximum) if maximum else 0.0
        lowest, highest = format_score(check.lowest or Decimal(0)), format_score(check.highest or Decimal(0))
        rows = [
            (QCoreApplication.translate("SelfCheck", "已评完"),
             e(QCoreApplication.translate("SelfCheck", "{count} 人").format(count=check.scored))),
            (QCoreApplication.translate("SelfCheck", "平均分"),
             QCoreApplication.translate("SelfCheck", "<b>{mean:.1f}</b> / {maximum}（满分的 {share:.0%}）").format(
                 mean=check.mean, maximum=format_score(maximum), share=share)),
            (QCoreApplication.translate("SelfCheck", "标准差"),
             QCoreApplication.translate("SelfCheck", "<b>{sd:.1f}</b> 分").format(sd=check.sd)),
            (QCoreApplication.translate("SelfCheck", "最低 – 最高"), f"{lowest} – {highest}"),
            (QCoreApplication.translate("SelfCheck", "方案范围"),
             e(QCoreApplication.translate(
                 "SelfCheck", "0 – {maximum}；低于 {low:g} 或高于 {high:g} 的总分须写评语说明理由").format(
                     maximum=format_score(maximum), low=float(maximum * check.comment_below),
                     high=float(maximum * check.comment_above)))),
        ]
        table = "".join(f"<tr><td class='label'>{e(label)}</td><td>{value}</td></tr>" for label, value in rows)
        heading = QCoreApplication.translate("SelfCheck", "您的总分")
        parts.append(f"<h3>{e(heading)}</h3><table cellspacing='0' cellpadding='3'>{table}</table>")
        powers = "".join(f"<tr><td class='label'>{e(domain_text(label))}</td>"
                         f"<td>{mean:.1f} / {format_score(power_max)}</td>"
                         f"<td class='label'>{mean / float(power_max):.0%}</td></tr>"
                         for label, mean, power_max in check.power_means)
        heading = QCoreApplication.translate("SelfCheck", "各能力平均分")
        parts.append(f"<h3>{e(heading)}</h3><table cellspacing='0' cellpadding='3'>{powers}</table>")
        ranking = "　·　".join(f"{e(name)} <b>{format_score(total)}</b>" for name, total in check.ranking)
        heading = QCoreApplication.translate("SelfCheck", "各候选人总分（由高到低）")
        parts.append(f"<h3>{e(heading)}</h3><p>{ranking}</p>")
    heading = QCoreApplication.translate("SelfCheck", "提示")
    parts.append(f"<h3>{e(heading)}</h3>")
    if check.notes:
        parts.append("".join(f"<p class='warn'>• {e(note)}</p>" for note in check.notes))
    else:
        fine = QCoreApplication.translate("SelfCheck", "未发现需要留意的情况。")
        parts.append(f"<p class='ok'>✓ {e(fine)}</p>")
    if check.same_totals:
        line = QCoreApplication.translate("SelfCheck", "总分 <b>{total}</b>：{count} 人——{names}")
        lines = "".join("<p>" + line.format(total=format_score(total), count=len(who), names=e(sep.join(who)))
                        + "</p>" for total, who in check.same_totals)
        heading = QCoreApplication.translate("SelfCheck", "相同总分（{count} 人及以上）").format(count=SAME_TOTAL_MIN)
        parts.append(f"<h3>{e(heading)}</h3>{lines}")
    if check.same_scores:
        lines = "".join(f"<p>{e(sep.join(who))}</p>" for who in check.same_scores)
        heading = QCoreApplication.translate("SelfCheck", "各子项分数完全相同")
        parts.append(f"<h3>{e(heading)}</h3>{lines}")
    heading = QCoreApplication.translate("SelfCheck", "尚未完成")
    parts.append(f"<h3>{e(heading)}</h3>")
    if check.unfinished:
        parts.append("".join(f"<p class='warn'>• {e(who)}：{e(state_label(state))}</p>"
                             for who, state in check.unfinished))
    else:
        done = QCoreApplication.translate("SelfCheck", "除回避者外，所有候选人均已标为已完成。")
        parts.append(f"<p class='ok'>✓ {e(done)}</p>")
    if check.recused:
        heading = QCoreApplication.translate("SelfCheck", "回避（{count} 人）").format(count=len(check.recused))
        parts.append(f"<h3>{e(heading)}</h3><p>{e(sep.join(check.recused))}</p>")
    if hand_in:
        heading = QCoreApplication.translate("SelfCheck", "提交")
        body = QCoreApplication.translate(
            "SelfCheck", "确认提交后，您的评分将<b>锁定</b>并导出为签名的评分文件（.crscore）。"
            "锁定后如需修改，须“重新打开”并写明理由，这会记入日志并体现在评分文件中。")
        parts.append(f"<h3>{e(heading)}</h3><p>{body}</p>")
    return "".join(parts)


_STYLE = """
h3 { color: #1f4e79; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 2px; }
td.label { color: #5f6b7a; padding-right: 14px; }
.warn { color: #8a5a00; }
.ok { color: #1e6b35; }
"""


class SelfCheckDialog(QDialog):
    """Shows a SelfCheck; in hand-in mode its accept button confirms locking the session."""

    def __init__(self, check: SelfCheck, *, hand_in: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.setWindowTitle(self.tr("提交前自查") if hand_in else self.tr("评分自查"))
        self.setObjectName("selfCheckDialog")
        intro = QLabel(self.tr("请花一分钟读一读：这些只是提示，分数由您决定。")
                       if check.ready or not hand_in else
                       self.tr("还有候选人未完成，暂不能提交。"))
        intro.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("自查结果"))
        self.browser.document().setDefaultStyleSheet(_STYLE)
        self.browser.document().setDocumentMargin(12)
        self.browser.setHtml(render_self_check(check, hand_in=hand_in and check.ready))
        self.buttons = QDialogButtonBox()
        if hand_in and check.ready:
            self.confirm_button = self.buttons.addButton(self.tr("确认提交并锁定"),
                                                         QDialogButtonBox.ButtonRole.AcceptRole)
            back = self.buttons.addButton(self.tr("返回修改"), QDialogButtonBox.ButtonRole.RejectRole)
            back.setDefault(True)  # Enter does not hand in by accident
        else:
            close = self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
            close.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(660, min(780, screen.height() - 60) if screen is not None else 720)

    def text(self) -> str:
        return self.browser.toPlainText()
