"""How far the panel agrees: the intraclass correlations of Shrout & Fleiss (1979) and Kendall's W.

Both take a table of n targets (candidates, the rows) by k judges (reviewers, the columns), every
cell filled. All arithmetic is exact (``Fraction``).

Intraclass correlations, from the mean squares of the ANOVA (Shrout, P. E. & Fleiss, J. L. (1979).
Intraclass correlations: uses in assessing rater reliability. Psychological Bulletin 86(2), 420–428):

- BMS, between targets: k Σᵢ (x̄ᵢ. − x̄)² / (n − 1)
- WMS, within targets: Σᵢⱼ (xᵢⱼ − x̄ᵢ.)² / (n (k − 1))           (one-way model)
- JMS, between judges: n Σⱼ (x̄.ⱼ − x̄)² / (k − 1)
- EMS, residual: (SS_total − SS_targets − SS_judges) / ((n − 1)(k − 1))   (two-way model)

- ICC(1,1) = (BMS − WMS) / (BMS + (k − 1) WMS)              one-way random, single judge
- ICC(2,1) = (BMS − EMS) / (BMS + (k − 1) EMS + k (JMS − EMS) / n)   two-way random, single
- ICC(3,1) = (BMS − EMS) / (BMS + (k − 1) EMS)              two-way mixed, consistency, single
- ICC(1,k) = (BMS − WMS) / BMS,  ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n),
  ICC(3,k) = (BMS − EMS) / BMS                              the same for the mean of the k judges

Kendall's coefficient of concordance with the correction for ties: each judge's scores are ranked
over the n targets (tied scores get the average of the ranks they span), Rᵢ is target i's rank sum,
S = Σᵢ (Rᵢ − m(n + 1)/2)², Tⱼ = Σ (t³ − t) over judge j's groups of t tied scores, and
W = 12 S / (m² (n³ − n) − m Σⱼ Tⱼ), with m = k judges.

Undefined values are ``None`` with the reason: fewer than two targets or judges, or a zero
denominator (e.g. no variance at all).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import lcm
from typing import Any

ICC_KEYS: tuple[str, ...] = ("ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k")

Number = int | Fraction | Decimal


def msg(text: str) -> str:
    """``text`` itself: marks a reason the person at the screen reads, so that it joins the catalog of
    the core's messages (``tools/translations.py`` collects the literals of msg() calls) and the
    interface can show it translated. ``scoring`` imports nothing of ``app``, so this stands in for
    ``app.messages.msg``; a reason has no values, so the plain text is its own template."""
    return text


@dataclass(frozen=True)
class MeanSquares:
    """The ANOVA of an n × k table: n targets, k judges."""

    n: int
    k: int
    bms: Fraction
    wms: Fraction
    jms: Fraction
    ems: Fraction


@dataclass(frozen=True)
class Agreement:
    """The panel's agreement on totals over the candidates every scoring reviewer scored."""

    candidates: tuple[str, ...]
    reviewers: tuple[str, ...]
    mean_squares: MeanSquares | None
    icc: Mapping[str, Fraction | None]
    icc_reasons: Mapping[str, str]
    kendall_w: Fraction | None
    kendall_reason: str | None

    def to_dict(self) -> dict[str, Any]:
        ms = self.mean_squares
        return {
            "icc": {key: _float(self.icc.get(key)) for key in ICC_KEYS},
            "icc_reasons": dict(self.icc_reasons),
            "kendall_w": _float(self.kendall_w),
            "kendall_reason": self.kendall_reason,
            "candidates": list(self.candidates),
            "reviewers": list(self.reviewers),
            "mean_squares": None if ms is None else {
                "n": ms.n, "k": ms.k, "BMS": float(ms.bms), "WMS": float(ms.wms),
                "JMS": float(ms.jms), "EMS": float(ms.ems)},
        }


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def _as_integers(rows: Sequence[Sequence[Number]]) -> tuple[list[list[int]], int]:
    """The table as integers over one common denominator."""
    fractions = [[Fraction(value) for value in row] for row in rows]
    scale = 1
    for row in fractions:
        for value in row:
            scale = lcm(scale, value.denominator)
    return [[int(value * scale) for value in row] for row in fractions], scale


def _check_shape(rows: Sequence[Sequence[int]]) -> str | None:
    if len(rows) < 2:
        return msg("全部专家都评了的候选人不足两名")
    k = len(rows[0])
    if any(len(row) != k for row in rows):
        raise ValueError("every row must have one value per judge")
    if k < 2:
        return msg("评分专家不足两位")
    return None


def mean_squares_of_integers(rows: Sequence[Sequence[int]], scale: int = 1) -> MeanSquares:
    """The mean squares of a table of ``value × scale`` integers (at least 2 × 2)."""
    n, k = len(rows), len(rows[0])
    grand = sum(sum(row) for row in rows)
    correction = Fraction(grand * grand, n * k)
    ss_total = sum(value * value for row in rows for value in row) - correction
    ss_targets = Fraction(sum(sum(row) ** 2 for row in rows), k) - correction
    column_sums = [sum(row[j] for row in rows) for j in range(k)]
    ss_judges = Fraction(sum(total * total for total in column_sums), n) - correction
    ss_error = ss_total - ss_targets - ss_judges
    units = scale * scale
    return MeanSquares(
        n=n, k=k,
        bms=ss_targets / (n - 1) / units,
        wms=(ss_total - ss_targets) / (n * (k - 1)) / units,
        jms=ss_judges / (k - 1) / units,
        ems=ss_error / ((n - 1) * (k - 1)) / units,
    )


def iccs(ms: MeanSquares) -> tuple[dict[str, Fraction | None], dict[str, str]]:
    """The six intraclass correlations from the mean squares; undefined ones ``None`` with a reason."""
    n, k = ms.n, ms.k
    bms, wms, jms, ems = ms.bms, ms.wms, ms.jms, ms.ems
    parts: dict[str, tuple[Fraction, Fraction]] = {
        "ICC1": (bms - wms, bms + (k - 1) * wms),
        "ICC2": (bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
        "ICC3": (bms - ems, bms + (k - 1) * ems),
        "ICC1k": (bms - wms, bms),
        "ICC2k": (bms - ems, bms + (jms - ems) / n),
        "ICC3k": (bms - ems, bms),
    }
    values: dict[str, Fraction | None] = {}
    reasons: dict[str, str] = {}
    for key, (numerator, denominator) in parts.items():
        if denominator == 0:
            values[key] = None
            reasons[key] = msg("分母为零：候选人之间、专家之间都没有差异")
        else:
            values[key] = numerator / denominator
    return values, reasons


def icc_of_integers(rows: Sequence[Sequence[int]], scale: int = 1
                    ) -> tuple[MeanSquares | None, dict[str, Fraction | None], dict[str, str]]:
    reason = _check_shape(rows)
    if reason is not None:
        return None, dict.fromkeys(ICC_KEYS), dict.fromkeys(ICC_KEYS, reason)
    ms = mean_squares_of_integers(rows, scale)
    values, reasons = iccs(ms)
    return ms, values, reasons


def icc(rows: Sequence[Sequence[Number]]
        ) -> tuple[MeanSquares | None, dict[str, Fraction | None], dict[str, str]]:
    """Mean squares, the six ICCs and the reasons for any that are undefined, of an n × k table."""
    integers, scale = _as_integers(rows)
    return icc_of_integers(integers, scale)


def _doubled_ranks(values: Sequence[int]) -> tuple[list[int], int]:
    """Twice the average ranks of ``values`` (1 = lowest) and Σ (t³ − t) over groups of ties."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0] * len(values)
    ties = 0
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        # positions start..end hold ranks start+1..end+1; their average, doubled, is start+end+2.
        for position in range(start, end + 1):
            ranks[order[position]] = start + end + 2
        size = end - start + 1
        ties += size**3 - size
        start = end + 1
    return ranks, ties


def kendall_w_of_integers(rows: Sequence[Sequence[int]]) -> tuple[Fraction | None, str | None]:
    reason = _check_shape(rows)
    if reason is not None:
        return None, reason
    n, m = len(rows), len(rows[0])
    doubled_sums = [0] * n
    tie_total = 0
    for j in range(m):
        ranks, ties = _doubled_ranks([row[j] for row in rows])
        tie_total += ties
        for i, rank in enumerate(ranks):
            doubled_sums[i] += rank
    # Rᵢ − m(n+1)/2 = (2Rᵢ − m(n+1)) / 2, so S = Σ (2Rᵢ − m(n+1))² / 4.
    s = Fraction(sum((total - m * (n + 1)) ** 2 for total in doubled_sums), 4)
    denominator = m * m * (n**3 - n) - m * tie_total
    if denominator == 0:
        return None, msg("每位专家给每位候选人的总分都相同，没有可比较的排序")
    return 12 * s / denominator, None


def kendall_w(rows: Sequence[Sequence[Number]]) -> tuple[Fraction | None, str | None]:
    """Kendall's W (corrected for ties) of an n × m table, or ``None`` and the reason."""
    integers, _ = _as_integers(rows)
    return kendall_w_of_integers(integers)
