"""What the tally takes: the scheme's powers and items, the aggregation rules and the reviewers' sheets.

Plain frozen dataclasses, built by the caller from whatever it read (a scheme file, signed score
files); nothing here knows about files, Qt or the ``app`` package. ``from_scheme_dict`` accepts the
plain form ``Scheme.to_dict()`` produces, so the app needs no glue code of its own.

Scores are ``Decimal``: a reviewer's 6.5 stays exactly 6.5 all the way to the rounded result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

METHODS: tuple[str, ...] = ("mean", "median", "trimmed_mean", "zscore")
TRIM_SCOPES: tuple[str, ...] = ("total", "item")

#: When ``Rules.disagreement_sd`` is not given, a candidate is flagged "disagreement" when the
#: (sample) SD of their totals exceeds this share of the scheme's total maximum.
DEFAULT_DISAGREEMENT_SHARE = Decimal("0.1")


class ScoringError(ValueError):
    """The input cannot be tallied as given (an unknown item, a score above its maximum, …)."""


@dataclass(frozen=True)
class ItemSpec:
    """One sub-item of a power: its key inside the power and its maximum."""

    power: str
    key: str
    max: Decimal

    @property
    def full_key(self) -> str:
        """The key the sheets use: ``"power.item"``."""
        return f"{self.power}.{self.key}"


@dataclass(frozen=True)
class PowerSpec:
    """One power (e.g. 创新力) and its sub-items, in the scheme's order."""

    key: str
    items: tuple[ItemSpec, ...]

    @property
    def max(self) -> Decimal:
        return sum((item.max for item in self.items), Decimal(0))


@dataclass(frozen=True)
class Rules:
    """The scheme's ``[aggregation]`` settings plus the thresholds of the chair's warnings.

    ``disagreement_sd``: flag a candidate when the sample SD of their totals is above this (points);
    ``None`` means 10 % of the scheme's total maximum.
    ``outlier_z`` and ``outlier_gap``: a reviewer's sub-item score is flagged 畸高/畸低 when it lies
    more than ``outlier_z`` robust SDs (1.4826 × the median absolute deviation of the *other*
    reviewers' scores on that sub-item) away from the median of the other reviewers' scores, and at
    least ``outlier_gap`` × the sub-item's maximum away from it. Both conditions are needed: the first
    alone flags a half-point difference when the others all agree; the second alone ignores how much
    the panel itself is split. At least ``outlier_min_others`` other scores are needed to judge, and
    only a minority can be outliers: at most max(1, ⌊n/4⌋) of the n scores that far out on one side.
    """

    method: str = "trimmed_mean"
    trim: int = 1
    trim_scope: str = "total"
    trim_min_panel: int = 5
    quota: int = 3
    tie_break: tuple[str, ...] = ()
    decimals: int = 2
    min_scores: int = 3
    disagreement_sd: Decimal | None = None
    outlier_z: Decimal | float = Decimal(3)
    outlier_gap: Decimal = Decimal("0.25")
    outlier_min_others: int = 3

    def with_method(self, method: str, trim_scope: str | None = None) -> Rules:
        """The same rules under another method (and optionally another trim scope)."""
        return Rules(method, self.trim, trim_scope or self.trim_scope, self.trim_min_panel, self.quota,
                     self.tie_break, self.decimals, self.min_scores, self.disagreement_sd, self.outlier_z,
                     self.outlier_gap, self.outlier_min_others)


@dataclass(frozen=True)
class Sheet:
    """One reviewer's score sheet for the session.

    ``scores`` maps a candidate id to that candidate's sub-item scores, keyed ``"power.item"``; every
    sub-item of the scheme must be present. A candidate in ``recused`` was not scored because of a
    declared conflict (回避); a candidate neither scored nor recused is *missing*.
    """

    reviewer: str
    scores: Mapping[str, Mapping[str, Decimal]]
    recused: frozenset[str] = field(default_factory=frozenset)


def validate_rules(rules: Rules, powers: Sequence[PowerSpec]) -> None:
    """Refuse rules the tally cannot apply, naming the setting."""
    if rules.method not in METHODS:
        raise ScoringError(f"unknown method {rules.method!r} (use one of {', '.join(METHODS)})")
    if rules.trim_scope not in TRIM_SCOPES:
        raise ScoringError(f"unknown trim_scope {rules.trim_scope!r} (use total or item)")
    if rules.trim < 0 or rules.quota < 0 or rules.decimals < 0 or rules.min_scores < 1:
        raise ScoringError("trim, quota and decimals must be ≥ 0 and min_scores ≥ 1")
    if rules.trim_min_panel < 2 * rules.trim + 1:
        raise ScoringError(f"trim_min_panel must be at least {2 * rules.trim + 1} to keep one score")
    keys = [power.key for power in powers]
    if not keys or len(set(keys)) != len(keys):
        raise ScoringError("the powers must be given, each key once")
    unknown = [key for key in rules.tie_break if key not in keys]
    if unknown or len(set(rules.tie_break)) != len(rules.tie_break):
        raise ScoringError(f"tie_break must name distinct powers; unknown: {', '.join(unknown) or '—'}")
    if rules.disagreement_sd is not None and rules.disagreement_sd < 0:
        raise ScoringError("disagreement_sd must not be negative")
    if rules.outlier_z < 0 or rules.outlier_gap < 0 or rules.outlier_min_others < 1:
        raise ScoringError("outlier_z and outlier_gap must be ≥ 0 and outlier_min_others ≥ 1")
    for power in powers:
        if not power.items:
            raise ScoringError(f"power {power.key} has no items")
        for item in power.items:
            if item.power != power.key:
                raise ScoringError(f"item {item.full_key} is listed under power {power.key}")
            if not item.max.is_finite() or item.max <= 0:
                raise ScoringError(f"item {item.full_key} needs a positive maximum")
        if len({item.key for item in power.items}) != len(power.items):
            raise ScoringError(f"power {power.key} lists an item twice")


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        # floats are refused on purpose: 0.1 as a float is not 0.1.
        raise ScoringError(f"{where}: expected a number written exactly (int, str or Decimal)")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ScoringError(f"{where}: {value!r} is not a number") from None
    if not number.is_finite():
        raise ScoringError(f"{where}: {value!r} is not a finite number")
    return number


def from_scheme_dict(data: Mapping[str, Any]) -> tuple[tuple[PowerSpec, ...], Rules]:
    """Powers and rules from the plain form of a scheme (``Scheme.to_dict()``: maxima as strings)."""
    try:
        powers = tuple(
            PowerSpec(str(p["key"]), tuple(ItemSpec(str(p["key"]), str(i["key"]),
                                                    _decimal(i["max"], f"{p['key']}.{i['key']}.max"))
                                           for i in p["items"]))
            for p in data["powers"]
        )
        agg = data.get("aggregation", {})
        defaults = Rules()
        rules = Rules(
            method=str(agg.get("method", defaults.method)),
            trim=int(agg.get("trim", defaults.trim)),
            trim_scope=str(agg.get("trim_scope", defaults.trim_scope)),
            trim_min_panel=int(agg.get("trim_min_panel", defaults.trim_min_panel)),
            quota=int(agg.get("quota", defaults.quota)),
            tie_break=tuple(str(key) for key in agg.get("tie_break", ())),
            decimals=int(agg.get("decimals", defaults.decimals)),
            min_scores=int(agg.get("min_scores", defaults.min_scores)),
        )
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, ScoringError):
            raise
        raise ScoringError(f"not a scheme in plain form: {error!r}") from None
    validate_rules(rules, powers)
    return powers, rules
