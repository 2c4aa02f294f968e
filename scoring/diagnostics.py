"""What the chair needs to lead the discussion: spreads, reviewers' leniency and outlying scores.

- A candidate's spread: n, sample SD (n − 1, as Excel's STDEV.S) and range of the valid totals.
- A reviewer: mean and sample SD of their totals; leniency = their mean minus the panel's mean over
  the same candidates, where the panel's mean of a candidate is the plain mean of every valid total
  (theirs included); ``leniency_vs_others`` compares each of their totals with the mean of the
  other reviewers' totals on that candidate instead, which is not diluted by their own score.
- Outlying sub-item scores (畸高畸低), leave-one-out and robust: a reviewer's score on a sub-item is
  compared with the *other* reviewers' scores on it — their median (the reference) and their median
  absolute deviation (MAD; robust SD = 1.4826 × MAD, which estimates the SD for normal data). The
  score is flagged when |score − median| > ``outlier_z`` × robust SD **and**
  |score − median| ≥ ``outlier_gap`` × the sub-item's maximum, with at least
  ``outlier_min_others`` other scores, and only when at most max(1, ⌊n/4⌋) of the n scores on the
  sub-item are that far out on that side. Median and MAD are not pulled by the outlier itself or
  by a few other extreme reviewers; the gap condition keeps a half-point difference from a
  unanimous panel from being flagged; the minority condition keeps a panel split into two camps
  (a disagreement, flagged on the candidate) from being reported as one camp's outliers.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from math import ceil

from scoring.exact import sqrt, variance_of_units
from scoring.inputs import DEFAULT_DISAGREEMENT_SHARE, Rules
from scoring.panel import Panel
from scoring.results import Outlier, ReviewerStats, Spread

_MAD_TO_SD = Fraction("1.4826")


def candidate_spread(panel: Panel, candidate: str) -> tuple[Spread, Fraction | None]:
    """The spread of a candidate's valid totals, and their exact sample variance."""
    totals = list(panel.totals[candidate].values())
    if not totals:
        return Spread(0, None, None, None), None
    variance = variance_of_units(totals, panel.scale)
    sd = None if variance is None else sqrt(variance)
    return Spread(len(totals), sd, panel.decimal(min(totals)), panel.decimal(max(totals))), variance


def _twice_median_without(values: Sequence[int], position: int) -> int:
    """Twice the median of sorted ``values`` with the one at ``position`` left out (no copying)."""
    count = len(values) - 1
    half = count // 2
    if count % 2:
        return 2 * values[half + (half >= position)]
    return values[half - 1 + (half - 1 >= position)] + values[half + (half >= position)]


def _runs(n: int) -> tuple[list[range], list[range]]:
    """Positions to examine for low and for high outliers, each as runs sharing the others' median.

    Leaving out a position below the middle leaves the same median of the others (and likewise
    above it); only the middle position of an odd panel has a median of its own.
    """
    half = (n - 1) // 2
    if (n - 1) % 2:
        return [range(0, half + 1)], [range(n - 1, half, -1)]
    middle = range(half, half + 1)
    return [range(0, half), middle], [range(n - 1, half, -1), middle]


def _twice_others_mad(values: Sequence[int], position: int, median_twice: int) -> int:
    """Four times the MAD of the others (their doubled deviations' median, doubled): exact, for reports."""
    spread = sorted([abs(2 * other - median_twice) for other in values])
    return _twice_median_without(spread, bisect_left(spread, abs(2 * values[position] - median_twice)))


def _mad_is_small(values: Sequence[int], position: int, median_twice: int, away: int, z: Fraction) -> bool:
    """Whether ``away`` (twice the deviation) exceeds z × 4 × the others' MAD, without listing deviations.

    The others' doubled deviations e = |2x − M| are below t = away / z exactly for the x strictly
    between (M − t)/2 and (M + t)/2, which two bisections count; the median of the e is below t when
    more than half of them are (odd count), and only the even case with exactly half below needs
    the deviations themselves.
    """
    if z.numerator == 0:
        return True
    count = len(values) - 1
    zn, zd = z.numerator, z.denominator
    # e·zn < away·zd  ⇔  M·zn − away·zd < 2x·zn < M·zn + away·zd
    lowest = (median_twice * zn - away * zd) // (2 * zn) + 1
    highest = (median_twice * zn + away * zd - 1) // (2 * zn)
    below = max(0, bisect_right(values, highest) - bisect_left(values, lowest))
    if lowest <= values[position] <= highest:
        below -= 1
    if count % 2:
        return below >= (count + 1) // 2
    if below != count // 2:
        return below > count // 2
    return 2 * away * zd > zn * _twice_others_mad(values, position, median_twice)


def _column_outliers(panel: Panel, candidate: str, index: int, column: Sequence[int], reviewers: Sequence[str],
                     gap: int, z: Fraction) -> Iterable[Outlier]:
    """Outlying scores of one candidate on one sub-item (see the module's description).

    Within a run of positions sharing the others' median, the deviation only shrinks and the others'
    MAD only grows as the scores move towards the middle, so the first score that is not an outlier
    ends the run: the work is proportional to what is flagged, not to the panel's size. Equal
    scores are interchangeable (leaving out either leaves the same others), so all are flagged.
    """
    n = len(column)
    values = sorted(column)
    if 2 * (values[-1] - values[0]) < gap:
        return  # no score can stand that far from the others' median
    flagged: dict[int, tuple[int, int, str]] = {}  # value → (twice the reference, 4 × MAD, direction)
    minority = max(1, n // 4)
    lows, highs = _runs(n)
    for sign, runs in ((-1, lows), (1, highs)):
        for run in runs:
            for position in run:
                value = values[position]
                median_twice = _twice_median_without(values, position)
                away = sign * (2 * value - median_twice)  # twice the deviation, this way
                extreme = bisect_right(values, value) if sign < 0 else n - bisect_left(values, value)  # this far out
                if away < gap or extreme > minority or not _mad_is_small(values, position, median_twice, away, z):
                    break
                mad_four_times = _twice_others_mad(values, position, median_twice)
                flagged[value] = (median_twice, mad_four_times, "high" if sign > 0 else "low")
    for reviewer, value in zip(reviewers, column, strict=True):
        if value in flagged:
            median_twice, mad_four_times, direction = flagged[value]
            yield Outlier(reviewer=reviewer, candidate=candidate, item=panel.layout.items[index],
                          score=panel.decimal(value), reference=Fraction(median_twice, 2 * panel.scale),
                          robust_sd=_MAD_TO_SD * mad_four_times / (4 * panel.scale), others=n - 1,
                          direction=direction)


def outliers(panel: Panel, rules: Rules) -> list[Outlier]:
    """Every outlying sub-item score, by candidate, then item, then reviewer."""
    # |2v − 2·median| ≥ 2·gap·max, in units; an integer meets it when it meets the ceiling.
    share = Fraction(rules.outlier_gap)
    gaps = [max(1, ceil(2 * share * Fraction(maximum) * panel.scale)) for maximum in panel.layout.maxima]
    z = Fraction(str(rules.outlier_z)) * _MAD_TO_SD
    found: list[Outlier] = []
    for candidate in panel.candidates:
        scored = panel.scores[candidate]
        if len(scored) - 1 < rules.outlier_min_others:
            continue
        reviewers = tuple(scored)
        for index, column in enumerate(zip(*scored.values(), strict=True)):
            found.extend(_column_outliers(panel, candidate, index, column, reviewers, gaps[index], z))
    return found


def _grouped_sum(pairs: Iterable[tuple[int, int]]) -> Fraction:
    """Σ numerator / denominator, adding integers per denominator first (fast and exact)."""
    by_denominator: dict[int, int] = {}
    for numerator, denominator in pairs:
        by_denominator[denominator] = by_denominator.get(denominator, 0) + numerator
    return sum((Fraction(n, d) for d, n in by_denominator.items()), Fraction(0))


def reviewer_stats(panel: Panel, found: Sequence[Outlier], zero_spread: Iterable[str]) -> tuple[ReviewerStats, ...]:
    """Mean, SD, leniency and outlying scores of every reviewer, in reviewer order."""
    candidate_sums = {c: sum(panel.totals[c].values()) for c in panel.candidates}
    flat = set(zero_spread)
    result: list[ReviewerStats] = []
    for reviewer in panel.reviewers:
        scored = [(c, panel.totals[c][reviewer]) for c in panel.candidates if reviewer in panel.totals[c]]
        recused = tuple(c for c in panel.candidates if reviewer in panel.recused[c])
        missing = tuple(c for c in panel.candidates if reviewer in panel.missing[c])
        mine = tuple(o for o in found if o.reviewer == reviewer)
        if not scored:
            result.append(ReviewerStats(reviewer, 0, recused, missing, None, None, None, None, False, mine))
            continue
        count, scale = len(scored), panel.scale
        mean = Fraction(sum(total for _, total in scored), count * scale)
        variance = variance_of_units([total for _, total in scored], scale)
        panel_mean = _grouped_sum((candidate_sums[c], len(panel.scores[c])) for c, _ in scored) / (count * scale)
        shared = [(c, total) for c, total in scored if len(panel.scores[c]) > 1]
        versus_others = None
        if shared:
            others_mean = _grouped_sum((candidate_sums[c] - total, len(panel.scores[c]) - 1) for c, total in shared)
            versus_others = (Fraction(sum(total for _, total in shared)) - others_mean) / (len(shared) * scale)
        result.append(ReviewerStats(
            reviewer=reviewer, n=count, recused=recused, missing=missing, mean=mean,
            sd=None if variance is None else sqrt(variance), leniency=mean - panel_mean,
            leniency_vs_others=versus_others, zero_spread=reviewer in flat, outliers=mine))
    return tuple(result)


def disagreement_threshold(rules: Rules, total_max: Decimal) -> Fraction:
    """The SD of the totals above which the panel is said to disagree on a candidate."""
    if rules.disagreement_sd is not None:
        return Fraction(rules.disagreement_sd)
    return Fraction(total_max) * Fraction(DEFAULT_DISAGREEMENT_SHARE)
