"""Hand-worked tallies: trimmed mean (both scopes), recusals, small panels, median, z-score.

Scheme ABZ (see test_scoring_support): power a = items x + y, power b = item z, each out of 10.
Every expected value below is worked out by hand in the comments.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest

from scoring import ScoringError, Sheet, tally
from scoring.results import Dropped
from tests.test_scoring_support import ABZ, WIDE, D, rules, sheet

# Seven reviewers on candidate P. Totals: R1 24, R2 18, R3 25, R4 23, R5 12, R6 21, R7 22.
SEVEN = {
    "R1": (8, 7, 9),
    "R2": (6, 6, 6),
    "R3": (10, 5, 10),   # the highest total, but low on y
    "R4": (7, 8, 8),
    "R5": (5, 4, 3),     # the lowest total
    "R6": (7, 7, 7),
    "R7": (8, 6, 8),
}


def _seven() -> list[Sheet]:
    return [sheet(r, {"P": scores}) for r, scores in SEVEN.items()]


def test_trimmed_mean_total_scope_drops_one_high_and_one_low_reviewer() -> None:
    result = tally(ABZ, rules(), ["P"], _seven()).candidate("P")
    # Drop R3 (25) and R5 (12); keep R1, R2, R4, R6, R7: 24 + 18 + 23 + 21 + 22 = 108 → 108 / 5 = 21.6
    assert result.final_exact == Fraction(108, 5) and result.final == D("21.60")
    assert result.applied == "trimmed_mean" and result.n == 7
    # The same five reviewers for every column: x 8+6+7+7+8 = 36 → 7.2, y 7+6+8+7+6 = 34 → 6.8,
    # z 9+6+8+7+8 = 38 → 7.6; a = 14.0, b = 7.6, and 14.0 + 7.6 = 21.6.
    assert result.items_exact == {"a.x": Fraction(36, 5), "a.y": Fraction(34, 5), "b.z": Fraction(38, 5)}
    assert result.powers == {"a": D("14.00"), "b": D("7.60")}
    assert result.dropped == (Dropped("R3", None, D(25), Fraction(1)), Dropped("R5", None, D(12), Fraction(1)))
    # The plain mean stays beside it: 145 / 7 = 20.714… → 20.71
    assert result.mean_final == D("20.71")
    assert result.spread.lowest == D(12) and result.spread.highest == D(25) and result.spread.range == D(13)


def test_trimmed_mean_item_scope_trims_each_item_and_differs_from_total_scope() -> None:
    result = tally(ABZ, rules(trim_scope="item"), ["P"], _seven()).candidate("P")
    # x: 8 6 10 7 5 7 8 → drop 5 and 10 → 6+7+7+8+8 = 36 → 7.2
    # y: 7 6 5 8 4 7 6 → drop 4 and 8  → 5+6+6+7+7 = 31 → 6.2   (R3's 5 is kept here)
    # z: 9 6 10 8 3 7 8 → drop 3 and 10 → 6+7+8+8+9 = 38 → 7.6
    assert result.items_exact == {"a.x": Fraction(36, 5), "a.y": Fraction(31, 5), "b.z": Fraction(38, 5)}
    assert result.powers_exact == {"a": Fraction(67, 5), "b": Fraction(38, 5)}
    assert result.final == D("21.00")  # 13.4 + 7.6, against 21.6 with the total scope
    dropped = {(d.item, d.reviewer, d.value) for d in result.dropped}
    assert dropped == {("a.x", "R5", D(5)), ("a.x", "R3", D(10)), ("a.y", "R5", D(4)), ("a.y", "R4", D(8)),
                       ("b.z", "R5", D(3)), ("b.z", "R3", D(10))}


def test_a_recusal_leaves_six_and_trimming_still_applies() -> None:
    scores = {"R1": (6, 6, 6), "R2": (7, 7, 7), "R3": (9, 9, 9), "R4": (5, 5, 5), "R5": (8, 8, 8), "R6": (7, 8, 6)}
    sheets = [sheet(r, {"Q": s}) for r, s in scores.items()] + [sheet("R7", {}, recused=["Q"])]
    result = tally(ABZ, rules(), ["Q"], sheets).candidate("Q")
    # Totals 18, 21, 27, 15, 24, 21 (n = 6 ≥ 5): drop R3 (27) and R4 (15); 18 + 21 + 24 + 21 = 84 → 21
    assert result.n == 6 and result.recused_by == ("R7",) and result.missing_from == ()
    assert result.applied == "trimmed_mean" and result.final == D("21.00")
    # x: 6+7+8+7 = 28 → 7; y: 6+7+8+8 = 29 → 7.25; z: 6+7+8+6 = 27 → 6.75; a = 14.25, b = 6.75
    assert result.powers == {"a": D("14.25"), "b": D("6.75")}
    assert result.items == {"a.x": D("7.00"), "a.y": D("7.25"), "b.z": D("6.75")}
    assert "missing_scores" not in result.flags


def test_four_scores_below_trim_min_panel_get_the_plain_mean_and_say_so() -> None:
    scores = {"R1": (5, 5, 5), "R2": (6, 6, 6), "R3": (9, 9, 9), "R4": (4, 4, 4)}
    sheets = [sheet(r, {"S": s}) for r, s in scores.items()]
    sheets += [sheet("R5", {}, recused=["S"]), sheet("R6", {}, recused=["S"]), sheet("R7", {})]
    result = tally(ABZ, rules(), ["S"], sheets).candidate("S")
    # 15 + 18 + 27 + 12 = 72 over 4 = 18 (nothing dropped although R3 and R4 are extreme)
    assert result.n == 4 and result.applied == "mean" and result.final == D("18.00") and result.dropped == ()
    assert "not_trimmed" in result.flags and "missing_scores" in result.flags
    assert result.missing_from == ("R7",) and result.recused_by == ("R5", "R6")
    assert result.rank == 1  # 4 ≥ min_scores 3: ranked
    assert result.to_dict(2)["applied"] == "mean"


def test_median_with_an_even_panel_averages_the_two_middle_reviewers() -> None:
    scores = {"R1": (4, 4, 4), "R2": (6, 6, 6), "R3": (7, 6, 7), "R4": (8, 8, 6), "R5": (9, 8, 8), "R6": (9, 9, 9)}
    sheets = [sheet(r, {"M": s}) for r, s in scores.items()]
    result = tally(ABZ, rules(method="median"), ["M"], sheets).candidate("M")
    # Totals 12, 18, 20, 22, 25, 27: median (20 + 22) / 2 = 21, from R3 and R4;
    # a = ((7+6) + (8+8)) / 2 = 14.5, b = (7 + 6) / 2 = 6.5
    assert result.applied == "median" and result.final_exact == 21
    assert result.powers == {"a": D("14.50"), "b": D("6.50")}
    assert {d.reviewer for d in result.dropped} == {"R1", "R2", "R5", "R6"}


def test_median_with_an_odd_panel_is_the_middle_reviewer() -> None:
    result = tally(ABZ, rules(method="median"), ["P"], _seven()).candidate("P")
    # Totals sorted 12, 18, 21, 22, 23, 24, 25: the median 22 is R7's (8, 6, 8)
    assert result.final == D("22.00") and result.powers == {"a": D("14.00"), "b": D("8.00")}


def test_reviewers_tied_at_the_cut_share_the_drop() -> None:
    scores = {"R1": (9, 1, 5), "R2": (1, 9, 5), "R3": (5, 5, 3), "R4": (4, 4, 4), "R5": (3, 3, 3)}
    sheets = [sheet(r, {"T": s}) for r, s in scores.items()]
    result = tally(ABZ, rules(), ["T"], sheets).candidate("T")
    # Totals 15, 15, 13, 12, 9: one of the two 15s must go; each is dropped by half.
    # Kept weights: R1 ½, R2 ½, R3 1, R4 1 (R5 dropped): total (7.5 + 7.5 + 13 + 12) / 3 = 40 / 3
    assert result.final_exact == Fraction(40, 3)
    # x: (4.5 + 0.5 + 5 + 4) / 3 = 14/3; y: (0.5 + 4.5 + 5 + 4) / 3 = 14/3; z: (2.5 + 2.5 + 3 + 4) / 3 = 4
    assert result.items_exact == {"a.x": Fraction(14, 3), "a.y": Fraction(14, 3), "b.z": Fraction(4)}
    assert set(result.dropped) == {Dropped("R1", None, D(15), Fraction(1, 2)),
                                   Dropped("R2", None, D(15), Fraction(1, 2)),
                                   Dropped("R5", None, D(9), Fraction(1))}
    # rounded: 13.33 in all; the columns add up: a 9.33 (exact 9.333…) + b 4.00
    assert result.final == D("13.33") and sum(result.powers.values()) == result.final


def test_too_few_scores_are_flagged_and_never_ranked() -> None:
    sheets = [sheet("R1", {"A": (10, 10, 10), "B": (5, 5, 5)}), sheet("R2", {"A": (10, 10, 10), "B": (5, 5, 5)}),
              sheet("R3", {"B": (5, 5, 5)}, recused=["A"])]
    result = tally(ABZ, rules(), ["A", "B"], sheets)
    a, b = result.candidate("A"), result.candidate("B")
    # A has only 2 valid scores (< min_scores 3): shown (30), not ranked, not recommended
    assert a.n == 2 and a.final == D("30.00") and a.rank is None and not a.recommended
    assert "too_few_scores" in a.flags
    assert b.rank == 1 and b.recommended
    assert [c.id for c in result.candidates] == ["B", "A"]  # unranked last


def test_a_candidate_nobody_scored() -> None:
    result = tally(ABZ, rules(min_scores=1), ["A", "B"], [sheet("R1", {"A": (1, 1, 1)}, recused=["B"])])
    b = result.candidate("B")
    assert b.n == 0 and b.final is None and b.rank is None and b.powers == {} and "too_few_scores" in b.flags
    assert result.to_dict()["candidates"][1]["final"] is None


def test_zscore_by_hand() -> None:
    # One item out of 1000 (WIDE). R1: A 80, B 60 (mean 70, population SD 10) → z +1, −1.
    # R2: A 90, B 80 (mean 85, SD 5) → z +1, −1. Mean z: A +1, B −1.
    # Pooled raw totals 80, 60, 90, 80: mean 77.5, population variance (2.5² + 17.5² + 12.5² + 2.5²)/4
    # = 118.75, SD √118.75 = 10.897…; mapped A = 77.5 + 10.897 = 88.397… → 88.40, B → 66.60.
    sheets = [sheet("R1", {"A": (80,), "B": (60,)}, powers=WIDE), sheet("R2", {"A": (90,), "B": (80,)}, powers=WIDE)]
    result = tally(WIDE, rules(method="zscore", min_scores=2), ["A", "B"], sheets)
    a, b = result.candidate("A"), result.candidate("B")
    assert a.zscore == 1 and b.zscore == -1
    assert a.final == D("88.40") and b.final == D("66.60")
    assert float(a.final_exact or 0) == pytest.approx(77.5 + math.sqrt(118.75), abs=1e-20)
    assert result.zscore_mean == Fraction(155, 2)
    # the raw result is shown beside it: plain means 85 and 70, and the powers are the raw means
    assert a.mean_final == D("85.00") and a.powers == {"t": D("85.00")} and a.applied == "zscore"
    assert (a.rank, b.rank) == (1, 2)


def test_zscore_reviewer_with_zero_spread_counts_as_zero_and_is_reported() -> None:
    sheets = [sheet("R1", {"A": (80,), "B": (60,)}, powers=WIDE), sheet("R2", {"A": (90,), "B": (80,)}, powers=WIDE),
              sheet("R3", {"A": (75,), "B": (75,)}, powers=WIDE)]
    result = tally(WIDE, rules(method="zscore", min_scores=2), ["A", "B"], sheets)
    # R3 gave everyone 75: their z-scores are 0. Mean z: A (1 + 1 + 0) / 3 = 2/3, B −2/3
    # (z-derived values are exact to 30 decimal places).
    assert result.zero_spread == ("R3",) and result.reviewer("R3").zero_spread
    a, b = result.candidate("A").zscore, result.candidate("B").zscore
    assert a is not None and b is not None
    assert abs(a - Fraction(2, 3)) < Fraction(1, 10**29) and abs(b + Fraction(2, 3)) < Fraction(1, 10**29)
    assert result.to_dict()["zero_spread"] == ["R3"]


def test_zscore_when_everyone_gives_everyone_the_same_total() -> None:
    sheets = [sheet(f"R{i}", {"A": (50,), "B": (50,)}, powers=WIDE) for i in range(3)]
    result = tally(WIDE, rules(method="zscore", quota=1), ["A", "B"], sheets)
    assert result.zero_spread == ("R0", "R1", "R2")
    assert all(c.zscore == 0 and c.final == D("50.00") for c in result.candidates)
    assert result.ties == (("A", "B"),) and result.quota_tie == ("A", "B")
    assert result.agreement.kendall_w is None and result.agreement.kendall_reason


def test_invalid_input_is_refused_with_a_reason() -> None:
    good = sheet("R1", {"A": (1, 2, 3)})
    with pytest.raises(ScoringError, match="above the item's maximum"):
        tally(ABZ, rules(), ["A"], [sheet("R1", {"A": (11, 2, 3)})])
    with pytest.raises(ScoringError, match="not a score"):
        tally(ABZ, rules(), ["A"], [sheet("R1", {"A": (-1, 2, 3)})])
    with pytest.raises(ScoringError, match="missing items"):
        tally(ABZ, rules(), ["A"], [Sheet("R1", {"A": {"a.x": D(1), "a.y": D(1)}})])
    with pytest.raises(ScoringError, match="unknown candidate"):
        tally(ABZ, rules(), ["B"], [good])
    with pytest.raises(ScoringError, match="same reviewer"):
        tally(ABZ, rules(), ["A"], [good, good])
    with pytest.raises(ScoringError, match="both scored and recused"):
        tally(ABZ, rules(), ["A"], [sheet("R1", {"A": (1, 2, 3)}, recused=["A"])])
    with pytest.raises(ScoringError, match="unknown method"):
        tally(ABZ, rules(method="mode"), ["A"], [good])
    with pytest.raises(ScoringError, match="trim_min_panel"):
        tally(ABZ, rules(trim=2, trim_min_panel=4), ["A"], [good])
    with pytest.raises(ScoringError, match="tie_break"):
        tally(ABZ, rules(tie_break=("c",)), ["A"], [good])
    with pytest.raises(ScoringError, match="not a score"):
        tally(ABZ, rules(), ["A"], [Sheet("R1", {"A": {"a.x": 1.5, "a.y": D(1), "b.z": D(1)}})])  # type: ignore[dict-item]


def test_scores_with_finer_decimals_than_the_step_stay_exact() -> None:
    sheets = [sheet("R1", {"A": ("7.25", "0.125", 3)}), sheet("R2", {"A": ("7.5", "0", "3.5")}),
              sheet("R3", {"A": (7, "0.25", Decimal("3.000"))})]
    result = tally(ABZ, rules(), ["A"], sheets).candidate("A")
    # x (7.25 + 7.5 + 7) / 3 = 7.25; y (0.125 + 0 + 0.25) / 3 = 0.125; z (3 + 3.5 + 3) / 3 = 19/6
    assert result.items_exact == {"a.x": Fraction(29, 4), "a.y": Fraction(1, 8), "b.z": Fraction(19, 6)}


@pytest.mark.parametrize("method", ["mean", "median", "trimmed_mean", "zscore"])
def test_empty_and_fully_recused_panels_tally_without_error(method: str) -> None:
    for candidates, sheets in [([], []), (["A"], []), ([], [sheet("R1", {})]),
                               (["A", "B"], [sheet("R1", {}, recused=["A", "B"])])]:
        result = tally(ABZ, rules(method=method), candidates, sheets)
        assert all(c.rank is None and "too_few_scores" in c.flags for c in result.candidates)
        assert result.agreement.icc["ICC1"] is None and result.agreement.kendall_w is None
        assert result.to_dict()["candidates"] == [c.to_dict(2) for c in result.candidates]
