"""Z-score normalisation: each reviewer's totals standardised, averaged per candidate, mapped back.

- Each reviewer's totals are standardised over the candidates *they* scored, with the population
  SD (divide by N): z = (T − mean) / SD, so each reviewer's z-scores have mean 0 and SD 1 exactly.
  In integers: z = (N·T − ΣT) / √(N·ΣT² − (ΣT)²).
- A reviewer whose totals are all equal (zero spread, which includes having scored one candidate)
  expresses no preference: their z-scores are 0 and they are reported in ``zero_spread``.
- A candidate's z-score is the mean over the reviewers who scored them (no trimming).
- Mapped back onto the scheme's scale with the panel's pooled raw totals (every valid total of every
  reviewer): final = pooled mean + pooled SD (population) × mean z. A candidate at z = 0 gets the
  panel's average total; one SD above gets the average plus one SD.

What does not depend on any one reviewer's level or scale: the z-scores, hence the order, ranks,
ties and recommendations. The mapped finals are an increasing linear image of the z-scores, so
their order is fixed too, but their level follows the pooled raw scores.

Ties under zscore are broken by the tie-break powers' z-scores, standardised the same way (each
reviewer's power subtotals over the candidates they scored), so the tie-break is scale-free too.
They are computed only for candidates whose mean z-score another candidate shares.

The square roots are computed to 60 significant digits and every z-derived value is cut to 30
decimal places before it is compared or rounded (see ``scoring.exact``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction
from functools import cached_property

from scoring.exact import SQRT_DIGITS, cut, decimal_sqrt
from scoring.panel import Panel

_Standard = tuple[int, int, Decimal | None]  # (N, ΣT, 1/√(N·ΣT² − (ΣT)²) or None for zero spread)


def _standard(values: list[int]) -> _Standard:
    count, total = len(values), sum(values)
    spread = count * sum(value * value for value in values) - total * total
    if spread == 0:
        return count, total, None
    # The division must run at the full precision too, wherever this is called from: at Decimal's
    # default 28 digits the error survives the cut to 30 places and can break an exact tie.
    with localcontext() as context:
        context.prec = SQRT_DIGITS
        return count, total, 1 / decimal_sqrt(Decimal(spread))


def _z(standard: _Standard, value: int) -> Decimal:
    count, total, inverse = standard
    return Decimal(0) if inverse is None else (count * value - total) * inverse


@dataclass(frozen=True)
class ZScores:
    """Per candidate: the mean z-score and its mapped value; per panel: the pooled scale.

    ``power_means`` gives a candidate's mean z-scores of the power subtotals, when a tie needs them.
    """

    panel: Panel
    totals: Mapping[str, Fraction]
    mapped: Mapping[str, Fraction]
    pooled_mean: Fraction | None
    pooled_sd: Fraction | None
    zero_spread: tuple[str, ...]

    @cached_property
    def _power_standards(self) -> dict[str, tuple[_Standard, ...]]:
        """Each reviewer's standardisation of each power's subtotals over the candidates they scored."""
        panel = self.panel
        standards: dict[str, tuple[_Standard, ...]] = {}
        for reviewer in panel.reviewers:
            rows = [panel.subtotals[c][reviewer] for c in panel.candidates if reviewer in panel.subtotals[c]]
            standards[reviewer] = tuple(_standard([row[k] for row in rows]) for k in range(len(panel.layout.powers)))
        return standards

    def power_means(self, candidate: str) -> tuple[Fraction, ...]:
        subtotals = self.panel.subtotals[candidate]
        standards = self._power_standards
        means: list[Fraction] = []
        with localcontext() as context:
            context.prec = SQRT_DIGITS
            for k in range(len(self.panel.layout.powers)):
                total = sum((_z(standards[r][k], values[k]) for r, values in subtotals.items()), Decimal(0))
                means.append(cut(total / len(subtotals)))
        return tuple(means)


def standardise(panel: Panel) -> ZScores:
    """The z-scores of every scored candidate (see the module's description)."""
    by_reviewer: dict[str, list[tuple[str, int]]] = {reviewer: [] for reviewer in panel.reviewers}
    for candidate in panel.candidates:
        for reviewer, total in panel.totals[candidate].items():
            by_reviewer[reviewer].append((candidate, total))
    scored = [c for c in panel.candidates if panel.totals[c]]
    sums = dict.fromkeys(scored, Decimal(0))
    zero_spread: list[str] = []
    with localcontext() as context:
        context.prec = SQRT_DIGITS
        for reviewer, rows in by_reviewer.items():
            if not rows:
                continue
            count, sum_of_totals, inverse = _standard([total for _, total in rows])
            if inverse is None:
                zero_spread.append(reviewer)
                continue
            for candidate, total in rows:
                sums[candidate] += (count * total - sum_of_totals) * inverse
        pooled = [total for c in scored for total in panel.totals[c].values()]
        if not pooled:
            return ZScores(panel, {}, {}, None, None, tuple(zero_spread))
        count, total = len(pooled), sum(pooled)
        spread = count * sum(value * value for value in pooled) - total * total
        pooled_mean = Decimal(total) / (count * panel.scale)
        pooled_sd = decimal_sqrt(Decimal(spread)) / (count * panel.scale)
        means = {c: sums[c] / len(panel.totals[c]) for c in scored}
        mapped = {c: cut(pooled_mean + pooled_sd * mean) for c, mean in means.items()}
    return ZScores(panel, {c: cut(mean) for c, mean in means.items()}, mapped,
                   Fraction(total, count * panel.scale), cut(pooled_sd), tuple(zero_spread))
