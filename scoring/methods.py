"""One candidate's result under mean, median or trimmed mean — exact, over the valid scores only.

Total scope (mean, median, trimmed mean with ``trim_scope = "total"``): the reviewers are ranked by
their totals and weighted 1 (kept) or 0 (dropped); every item and power is then averaged over the
same weighted reviewers as the total, so the columns add up exactly. The median is the trimmed mean
that keeps the middle one (odd n) or two (even n) totals. When reviewers tie exactly at a cut, the
total does not depend on which of them is dropped, but the columns would: they then share the cut
equally (weights kept/tied), which keeps the result independent of how reviewers are named or
ordered.

Item scope (trimmed mean with ``trim_scope = "item"``): each sub-item is trimmed on its own, the
power is the sum of its items' trimmed means and the final the sum of the powers.

Trimming applies only when the candidate has at least ``trim_min_panel`` valid scores; below that
the plain mean is used, and ``applied`` says so. Under ``zscore`` the columns here are the plain
means (the z-score final is computed by ``scoring.zscore``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from math import lcm

from scoring.inputs import Rules
from scoring.panel import Panel, Vector
from scoring.results import Dropped


@dataclass(frozen=True)
class Outcome:
    """Exact per-item, per-power and final values of one candidate, and what trimming left out.

    Held as integer numerators over one common denominator; the ``Fraction`` views are built when
    first asked for (the sensitivity runs only need the final and a few powers).
    """

    applied: str
    n: int
    item_numerators: tuple[int, ...]
    power_numerators: tuple[int, ...]
    denominator: int
    dropped: tuple[Dropped, ...]

    @cached_property
    def items(self) -> tuple[Fraction, ...]:
        return tuple(Fraction(x, self.denominator) for x in self.item_numerators)

    @cached_property
    def powers(self) -> tuple[Fraction, ...]:
        return tuple(Fraction(x, self.denominator) for x in self.power_numerators)

    @cached_property
    def final(self) -> Fraction:
        return Fraction(sum(self.power_numerators), self.denominator)


def keep_weights(values: Sequence[int], trim: int) -> tuple[list[int], int]:
    """Weights (as numerators over one denominator) keeping all but the ``trim`` lowest and highest.

    Values tied across a cut share the kept positions equally.
    """
    n = len(values)
    if trim == 0:
        return [1] * n, 1
    order = sorted(range(n), key=values.__getitem__)
    first, last = trim, n - trim - 1  # the kept positions in sorted order
    weights = [0] * n
    if values[order[first - 1]] != values[order[first]] and values[order[last]] != values[order[last + 1]]:
        for index in order[first:last + 1]:  # nothing tied across a cut
            weights[index] = 1
        return weights, 1
    groups: list[tuple[list[int], int]] = []  # (members, how many of them are kept)
    start = 0
    while start < n:
        end = start
        while end + 1 < n and values[order[end + 1]] == values[order[start]]:
            end += 1
        kept = max(0, min(end, last) - max(start, first) + 1)
        groups.append((order[start:end + 1], kept))
        start = end + 1
    denominator = 1
    for members, kept in groups:
        if 0 < kept < len(members):
            denominator = lcm(denominator, len(members))
    for members, kept in groups:
        for index in members:
            weights[index] = kept * denominator // len(members)
    return weights, denominator


def _outcome(panel: Panel, applied: str, n: int, item_numerators: Sequence[int], denominator: int,
             dropped: Sequence[Dropped]) -> Outcome:
    powers = tuple(sum(item_numerators[a:b]) for a, b in panel.layout.slices)
    return Outcome(applied, n, tuple(item_numerators), powers, denominator, tuple(dropped))


def by_totals(panel: Panel, scored: Sequence[tuple[str, Vector]], trim: int, applied: str,
              detail: bool = True) -> Outcome:
    """Trim ``trim`` reviewers at each end by their totals; average every column over the rest."""
    totals = [sum(vector) for _, vector in scored]  # (not panel.totals: scored may be any subset)
    weights, denominator = keep_weights(totals, trim)
    classes: dict[int, list[Vector]] = {}  # weight → the vectors kept with it
    for (_, vector), weight in zip(scored, weights, strict=True):
        if weight:
            classes.setdefault(weight, []).append(vector)
    item_numerators = [0] * len(panel.layout.items)
    for weight, vectors in classes.items():
        sums = map(sum, zip(*vectors, strict=True))
        item_numerators = [a + weight * b for a, b in zip(item_numerators, sums, strict=True)]
    weight_sum = sum(weights)
    dropped: tuple[Dropped, ...] = ()
    if detail:
        dropped = tuple(Dropped(reviewer, None, panel.decimal(total), Fraction(denominator - w, denominator))
                        for (reviewer, _), total, w in zip(scored, totals, weights, strict=True)
                        if w < denominator)
    return _outcome(panel, applied, len(scored), item_numerators, weight_sum * panel.scale, dropped)


def by_items(panel: Panel, scored: Sequence[tuple[str, Vector]], trim: int, detail: bool = True) -> Outcome:
    """Trim each sub-item on its own, then add the trimmed means up."""
    n = len(scored)
    item_numerators: list[int] = []
    dropped: list[Dropped] = []
    columns = zip(*(vector for _, vector in scored), strict=True)
    for key, column in zip(panel.layout.items, columns, strict=True):
        item_numerators.append(sum(sorted(column)[trim:n - trim]))
        if detail and trim:
            weights, denominator = keep_weights(column, trim)
            dropped.extend(Dropped(reviewer, key, panel.decimal(value), Fraction(denominator - w, denominator))
                           for (reviewer, _), value, w in zip(scored, column, weights, strict=True)
                           if w < denominator)
    return _outcome(panel, "trimmed_mean", n, item_numerators, (n - 2 * trim) * panel.scale, dropped)


def evaluate(panel: Panel, rules: Rules, candidate: str, detail: bool = True) -> Outcome | None:
    """The candidate's exact result under ``rules.method`` (z-score: the plain means); None if unscored."""
    scored = list(panel.scores[candidate].items())
    n = len(scored)
    if n == 0:
        return None
    if rules.method == "median":
        return by_totals(panel, scored, (n - 1) // 2, "median", detail)
    if rules.method == "trimmed_mean" and n >= rules.trim_min_panel:
        if rules.trim_scope == "item":
            return by_items(panel, scored, rules.trim, detail)
        return by_totals(panel, scored, rules.trim, "trimmed_mean", detail)
    applied = "zscore" if rules.method == "zscore" else "mean"
    return by_totals(panel, scored, 0, applied, detail)
