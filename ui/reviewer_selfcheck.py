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

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.batch import OpenBatch
from app.review_store import CandidateState, ReviewStore, format_score

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
    unfinished: list[tuple[str, str]] = field(default_factory=list)  # (name (no), state label)
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
            result.unfinished.append((who, state.value))
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
        notes.append(f"平均分 {check.mean:.1f} 已超过满分的 {HIGH_MEAN:.0%}：请确认高分确有事迹和证明支撑。")
    elif check.mean < float(LOW_MEAN) * maximum:
        notes.append(f"平均分 {check.mean:.1f} 低于满分的 {LOW_MEAN:.0%}：请确认是否对全体候选人偏严。")
    if check.scored >= 3 and check.sd is not None and check.sd < float(NARROW_SPREAD) * maximum:
        notes.append(f"各候选人总分的标准差只有 {check.sd:.1f} 分（满分 {format_score(check.total_max)}），"
                     "分数拉不开，可能难以体现候选人之间的差别。")
    if check.same_totals:
        notes.append("有多名候选人总分完全相同，排名时将依赖并列处理规则：请确认确实难分高下。")
    if check.same_scores:
        notes.append("有候选人各子项分数完全相同：请确认不是误操作（例如复制了上一位的分数）。")
    return notes


def render_self_check(check: SelfCheck, *, hand_in: bool) -> str:
    """The self-check as HTML for a QTextBrowser."""
    e = html.escape
    parts: list[str] = []
    maximum = check.total_max
    if check.mean is None or check.sd is None:
        parts.append("<p>还没有评完任何一位候选人，暂无统计。</p>")
    else:
        share = check.mean / float(maximum) if maximum else 0.0
        parts.append("<h3>您的总分</h3><table cellspacing='0' cellpadding='3'>"
                     f"<tr><td class='label'>已评完</td><td>{check.scored} 人</td></tr>"
                     f"<tr><td class='label'>平均分</td><td><b>{check.mean:.1f}</b> / {format_score(maximum)}"
                     f"（满分的 {share:.0%}）</td></tr>"
                     f"<tr><td class='label'>标准差</td><td><b>{check.sd:.1f}</b> 分</td></tr>"
                     f"<tr><td class='label'>最低 – 最高</td><td>{format_score(check.lowest or Decimal(0))} – "
                     f"{format_score(check.highest or Decimal(0))}</td></tr>"
                     f"<tr><td class='label'>方案范围</td><td>0 – {format_score(maximum)}；低于 "
                     f"{float(maximum * check.comment_below):g} 或高于 {float(maximum * check.comment_above):g} "
                     "的总分须写评语说明理由</td></tr></table>")
        rows = "".join(f"<tr><td class='label'>{e(label)}</td><td>{mean:.1f} / {format_score(power_max)}</td>"
                       f"<td class='label'>{mean / float(power_max):.0%}</td></tr>"
                       for label, mean, power_max in check.power_means)
        parts.append(f"<h3>各能力平均分</h3><table cellspacing='0' cellpadding='3'>{rows}</table>")
        ranking = "　·　".join(f"{e(name)} <b>{format_score(total)}</b>" for name, total in check.ranking)
        parts.append(f"<h3>各候选人总分（由高到低）</h3><p>{ranking}</p>")
    parts.append("<h3>提示</h3>")
    if check.notes:
        parts.append("".join(f"<p class='warn'>• {e(note)}</p>" for note in check.notes))
    else:
        parts.append("<p class='ok'>✓ 未发现需要留意的情况。</p>")
    if check.same_totals:
        lines = "".join(f"<p>总分 <b>{format_score(total)}</b>：{len(names)} 人——{e('、'.join(names))}</p>"
                        for total, names in check.same_totals)
        parts.append(f"<h3>相同总分（{SAME_TOTAL_MIN} 人及以上）</h3>{lines}")
    if check.same_scores:
        lines = "".join(f"<p>{e('、'.join(names))}</p>" for names in check.same_scores)
        parts.append(f"<h3>各子项分数完全相同</h3>{lines}")
    parts.append("<h3>尚未完成</h3>")
    if check.unfinished:
        lines = "".join(f"<p class='warn'>• {e(who)}：{e(state)}</p>" for who, state in check.unfinished)
        parts.append(lines)
    else:
        parts.append("<p class='ok'>✓ 除回避者外，所有候选人均已标为已完成。</p>")
    if check.recused:
        parts.append(f"<h3>回避（{len(check.recused)} 人）</h3><p>{e('、'.join(check.recused))}</p>")
    if hand_in:
        parts.append("<h3>提交</h3><p>确认提交后，您的评分将<b>锁定</b>并导出为签名的评分文件（.crscore）。"
                     "锁定后如需修改，须“重新打开”并写明理由，这会记入日志并体现在评分文件中。</p>")
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
