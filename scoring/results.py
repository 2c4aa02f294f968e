"""What the tally returns: frozen records of plain data, each with a JSON-ready ``to_dict()``.

Exact values are ``Fraction`` (``*_exact`` fields, statistics); published values are ``Decimal``
rounded half up to the scheme's ``decimals``. ``to_dict`` gives published values as JSON numbers
(floats of the rounded Decimals, so 85.13 prints as 85.13), statistics rounded the same way, and the
exact final as a fraction string ("p/q") for anyone who wants to check the arithmetic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from scoring.agreement import Agreement
from scoring.exact import round_half_up
from scoring.inputs import Rules

#: Flags a candidate can carry.
FLAGS: tuple[str, ...] = (
    "too_few_scores",        # fewer valid scores than min_scores: shown, never ranked
    "not_trimmed",           # trimmed_mean asked for, but fewer than trim_min_panel scores: plain mean
    "missing_scores",        # a reviewer neither scored nor declared a recusal
    "disagreement",          # SD of the totals above the disagreement threshold
    "outlier_scores",        # a sub-item score stands far from the rest of the panel (畸高畸低)
    "tied",                  # shares its rank after the tie-break; for the chair to resolve
    "tie_broken",            # equal on the method's exact value, separated by the tie-break powers
    "tie_resolved",          # was tied; ordered by the chair's recorded decision
    "quota_tie",             # tied across the quota line: not recommended until the chair decides
    "same_published_final",  # ranked apart on exact values, though the rounded finals look equal
)
#: The flags that follow from the ranking (recomputed when the chair resolves a tie).
RANKING_FLAGS = frozenset({"tied", "tie_broken", "tie_resolved", "quota_tie", "same_published_final"})


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _stat(value: Fraction | None, decimals: int) -> float | None:
    return None if value is None else float(round_half_up(value, decimals))


@dataclass(frozen=True)
class Dropped:
    """A score left out by trimming: whose, on which item (``None``: the total), and how much of it.

    ``share`` is 1 unless reviewers tied exactly at the cut: then they share the drop equally (two
    reviewers tied for the single highest total are each dropped by half), so the result does not
    depend on which of them happens to be listed first.
    """

    reviewer: str
    item: str | None
    value: Decimal
    share: Fraction

    def to_dict(self) -> dict[str, Any]:
        return {"reviewer": self.reviewer, "item": self.item, "value": float(self.value),
                "share": float(self.share) if self.share.denominator == 1 else str(self.share)}


@dataclass(frozen=True)
class Spread:
    """How far the reviewers' totals for one candidate spread (over the valid scores)."""

    n: int
    sd: Fraction | None  # sample SD (n − 1); None below two scores
    lowest: Decimal | None
    highest: Decimal | None

    @property
    def range(self) -> Decimal | None:
        if self.lowest is None or self.highest is None:
            return None
        return self.highest - self.lowest


@dataclass(frozen=True)
class Outlier:
    """A sub-item score far from the rest of the panel (畸高 "high" / 畸低 "low")."""

    reviewer: str
    candidate: str
    item: str
    score: Decimal
    reference: Fraction      # the median of the other reviewers' scores on this item
    robust_sd: Fraction      # 1.4826 × their median absolute deviation
    others: int              # how many other scores the reference rests on
    direction: str

    @property
    def deviation(self) -> Fraction:
        return Fraction(self.score) - self.reference

    def to_dict(self, decimals: int) -> dict[str, Any]:
        return {"reviewer": self.reviewer, "candidate": self.candidate, "item": self.item,
                "score": float(self.score), "reference": _stat(self.reference, decimals),
                "robust_sd": _stat(self.robust_sd, decimals), "deviation": _stat(self.deviation, decimals),
                "others": self.others, "direction": self.direction}


@dataclass(frozen=True)
class CandidateResult:
    """One candidate's result under the tally's method, with what the chair needs beside it.

    ``final``/``powers``/``items``: the published values (see ``scoring.exact`` for the rounding
    rule: the columns add up). Under ``zscore`` the final is the z-score mapped onto the scheme's
    scale, while ``powers`` and ``items`` stay the raw means (they add up to ``mean_final``).
    ``mean_final`` is always the plain mean of the valid totals; ``zscore`` the candidate's mean
    z-score and ``zscore_final`` its mapped value, whatever the method.
    ``order_key``: the exact values the ranking compares (the method's value, then the tie-break
    powers in order; under zscore the mean z-score, followed by the tie-break powers' z-scores only
    when another candidate has the same mean z-score); ``None`` when the candidate is not ranked.
    ``subtotal_units``/``places``: each reviewer's power subtotals as integers of 10^-places (see
    ``reviewer_powers()`` for Decimals), for the chart of the reviewers' scores by power.
    """

    id: str
    rank: int | None
    tied_with: tuple[str, ...]
    recommended: bool
    flags: tuple[str, ...]
    n: int
    scored_by: tuple[str, ...]
    recused_by: tuple[str, ...]
    missing_from: tuple[str, ...]
    applied: str | None
    final: Decimal | None
    final_exact: Fraction | None
    powers: Mapping[str, Decimal]
    powers_exact: Mapping[str, Fraction]
    items: Mapping[str, Decimal]
    items_exact: Mapping[str, Fraction]
    mean_final: Decimal | None
    mean_final_exact: Fraction | None
    zscore: Fraction | None
    zscore_final: Decimal | None
    spread: Spread
    dropped: tuple[Dropped, ...]
    totals: Mapping[str, Decimal]
    subtotal_units: Mapping[str, tuple[int, ...]]  # [reviewer]: power subtotals in units of 10^-places
    places: int
    order_key: tuple[Fraction, ...] | None

    @property
    def tied(self) -> bool:
        return "tied" in self.flags

    def reviewer_powers(self) -> dict[str, dict[str, Decimal]]:
        """Each scoring reviewer's power subtotals for this candidate (for the chart by power)."""
        return {reviewer: {key: Decimal(units).scaleb(-self.places)
                           for key, units in zip(self.powers_exact, subtotals, strict=True)}
                for reviewer, subtotals in self.subtotal_units.items()}

    def to_dict(self, decimals: int) -> dict[str, Any]:
        return {
            "id": self.id, "rank": self.rank, "final": _num(self.final), "n": self.n,
            "powers": {key: float(value) for key, value in self.powers.items()},
            "recommended": self.recommended, "flags": list(self.flags),
            "tied_with": list(self.tied_with), "applied": self.applied,
            "items": {key: float(value) for key, value in self.items.items()},
            "final_exact": None if self.final_exact is None else str(self.final_exact),
            "mean_final": _num(self.mean_final),
            "zscore": _stat(self.zscore, 4), "zscore_final": _num(self.zscore_final),
            "sd": _stat(self.spread.sd, decimals), "range": _num(self.spread.range),
            "lowest": _num(self.spread.lowest), "highest": _num(self.spread.highest),
            "dropped": [d.to_dict() for d in self.dropped],
            "scored_by": list(self.scored_by), "recused_by": list(self.recused_by),
            "missing_from": list(self.missing_from),
            "totals": {key: float(value) for key, value in self.totals.items()},
            "reviewer_powers": {r: {k: float(v) for k, v in p.items()} for r, p in self.reviewer_powers().items()},
        }


@dataclass(frozen=True)
class ReviewerStats:
    """One reviewer against the panel.

    ``mean``/``sd`` (sample SD) of their totals; ``leniency``: their mean minus the panel's mean
    (the plain mean of every valid total) over the same candidates — positive is lenient (偏松),
    negative severe (偏严); ``leniency_vs_others``: the same against the *other* reviewers only,
    averaged over the candidates someone else also scored. ``zero_spread``: every candidate they
    scored got the same total, so their z-scores are all 0.
    """

    reviewer: str
    n: int
    recused: tuple[str, ...]
    missing: tuple[str, ...]
    mean: Fraction | None
    sd: Fraction | None
    leniency: Fraction | None
    leniency_vs_others: Fraction | None
    zero_spread: bool
    outliers: tuple[Outlier, ...]

    def to_dict(self, decimals: int) -> dict[str, Any]:
        return {"reviewer": self.reviewer, "n": self.n, "recused": list(self.recused),
                "missing": list(self.missing), "mean": _stat(self.mean, decimals),
                "sd": _stat(self.sd, decimals), "leniency": _stat(self.leniency, decimals),
                "leniency_vs_others": _stat(self.leniency_vs_others, decimals),
                "zero_spread": self.zero_spread, "outliers": [o.to_dict(decimals) for o in self.outliers]}


@dataclass(frozen=True)
class RankChange:
    """A candidate placed differently under another method."""

    candidate: str
    rank: int | None
    other_rank: int | None
    recommended: bool
    other_recommended: bool

    @property
    def crosses_quota(self) -> bool:
        return self.recommended != self.other_recommended


@dataclass(frozen=True)
class Sensitivity:
    """The ranking under another method, and who would move."""

    method: str
    trim_scope: str
    keys: Mapping[str, tuple[Fraction, ...] | None]
    finals: Mapping[str, Decimal | None]
    ranks: Mapping[str, int | None]
    recommended: Mapping[str, bool]
    changes: tuple[RankChange, ...]

    @property
    def label(self) -> str:
        return f"trimmed_mean({self.trim_scope})" if self.method == "trimmed_mean" else self.method

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "trim_scope": self.trim_scope, "label": self.label,
                "changes": [{"id": c.candidate, "rank": c.rank, "other_rank": c.other_rank,
                             "recommended": c.recommended, "other_recommended": c.other_recommended,
                             "crosses_quota": c.crosses_quota} for c in self.changes],
                "finals": {key: _num(value) for key, value in self.finals.items()}}


@dataclass(frozen=True)
class Tally:
    """The panel's result: candidates in rank order (unranked last), reviewers, agreement, sensitivity.

    ``ties``: groups still tied for the chair to resolve (``resolve_ties``); ``decisions``: the
    chair's recorded orderings, applied; ``quota_tie``: candidates tied across the quota line, with
    ``quota_open`` places left for the chair to fill among them. ``zscore_mean``/``zscore_sd``: the
    pooled mean and SD of the raw totals the z-scores are mapped back with.
    """

    rules: Rules
    powers: tuple[str, ...]
    candidates: tuple[CandidateResult, ...]
    reviewers: tuple[ReviewerStats, ...]
    agreement: Agreement
    sensitivity: tuple[Sensitivity, ...]
    ties: tuple[tuple[str, ...], ...]
    decisions: tuple[tuple[str, ...], ...]
    quota_tie: tuple[str, ...]
    quota_open: int
    zero_spread: tuple[str, ...]
    zscore_mean: Fraction | None
    zscore_sd: Fraction | None

    @property
    def method(self) -> str:
        return self.rules.method

    def candidate(self, candidate_id: str) -> CandidateResult:
        for result in self.candidates:
            if result.id == candidate_id:
                return result
        raise KeyError(candidate_id)

    def reviewer(self, reviewer_id: str) -> ReviewerStats:
        for stats in self.reviewers:
            if stats.reviewer == reviewer_id:
                return stats
        raise KeyError(reviewer_id)

    def to_dict(self) -> dict[str, Any]:
        rules = self.rules
        decimals = rules.decimals
        return {
            "method": rules.method,
            "rules": {"method": rules.method, "trim": rules.trim, "trim_scope": rules.trim_scope,
                      "trim_min_panel": rules.trim_min_panel, "quota": rules.quota,
                      "tie_break": list(rules.tie_break), "decimals": rules.decimals,
                      "min_scores": rules.min_scores,
                      "disagreement_sd": None if rules.disagreement_sd is None else str(rules.disagreement_sd),
                      "outlier_z": str(rules.outlier_z), "outlier_gap": str(rules.outlier_gap),
                      "outlier_min_others": rules.outlier_min_others},
            "powers": list(self.powers),
            "candidates": [c.to_dict(decimals) for c in self.candidates],
            "reviewers": [r.to_dict(decimals) for r in self.reviewers],
            "agreement": self.agreement.to_dict(),
            "sensitivity": [s.to_dict() for s in self.sensitivity],
            "ties": [list(group) for group in self.ties],
            "decisions": [list(order) for order in self.decisions],
            "quota_tie": list(self.quota_tie),
            "quota_open": self.quota_open,
            "zero_spread": list(self.zero_spread),
            "zscore_scale": {"mean": _stat(self.zscore_mean, decimals), "sd": _stat(self.zscore_sd, decimals)},
        }
