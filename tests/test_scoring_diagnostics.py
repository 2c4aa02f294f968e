"""What the chair sees beside the ranking: spread, disagreement, leniency, 畸高畸低 scores, sensitivity."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from scoring import ItemSpec, PowerSpec, Rules, tally
from scoring.diagnostics import outliers
from scoring.panel import read_panel
from tests.test_scoring_support import ABZ, WIDE, D, rules, sheet

TWENTY = (PowerSpec("t", (ItemSpec("t", "s", D(20)),)),)
SEVEN = {"R1": (8, 7, 9), "R2": (6, 6, 6), "R3": (10, 5, 10), "R4": (7, 8, 8), "R5": (5, 4, 3), "R6": (7, 7, 7),
         "R7": (8, 6, 8)}


def test_spread_and_disagreement() -> None:
    sheets = [sheet(r, {"P": s, "Q": (7, 7, 7)}) for r, s in SEVEN.items()]
    result = tally(ABZ, rules(), ["P", "Q"], sheets)
    p, q = result.candidate("P"), result.candidate("Q")
    # P's totals 24 18 25 23 12 21 22: Σx = 145, Σx² = 3123, Σ(x − mean)² = 3123 − 145²/7 = 836/7,
    # sample variance 836/42 = 19.90 → SD 4.46 > 3 (10 % of the maximum 30): "disagreement"
    assert p.spread.n == 7 and p.spread.sd is not None
    assert abs(p.spread.sd**2 - Fraction(836, 42)) < Fraction(1, 10**25)
    assert "disagreement" in p.flags and "disagreement" not in q.flags
    assert q.spread.sd == 0 and q.spread.range == 0
    assert p.to_dict(2)["sd"] == 4.46 and p.to_dict(2)["range"] == 13.0
    relaxed = tally(ABZ, rules(disagreement_sd=D(5)), ["P", "Q"], sheets)
    assert "disagreement" not in relaxed.candidate("P").flags


def test_reviewer_mean_sd_and_leniency_by_hand() -> None:
    sheets = [sheet("R1", {"A": (80,), "B": (70,)}, powers=WIDE), sheet("R2", {"A": (70,), "B": (60,)}, powers=WIDE),
              sheet("R3", {"A": (90,)}, recused=["B"], powers=WIDE)]
    result = tally(WIDE, rules(method="mean", min_scores=1), ["A", "B"], sheets)
    r1, r2, r3 = result.reviewer("R1"), result.reviewer("R2"), result.reviewer("R3")
    # Panel means: A (80 + 70 + 90) / 3 = 80, B (70 + 60) / 2 = 65.
    # R1: mean 75, against (80 + 65) / 2 = 72.5 → +2.5; against the others: A 80 − 80 = 0, B 70 − 60 = 10 → +5
    assert (r1.mean, r1.leniency, r1.leniency_vs_others) == (Fraction(75), Fraction(5, 2), Fraction(5))
    # R2: mean 65 → −7.5; against the others: A 70 − 85 = −15, B 60 − 70 = −10 → −12.5
    assert (r2.mean, r2.leniency, r2.leniency_vs_others) == (Fraction(65), Fraction(-15, 2), Fraction(-25, 2))
    # R3 scored A only: 90 − 80 = +10; against the others 90 − 75 = +15; one score: no SD, zero spread
    assert (r3.mean, r3.leniency, r3.leniency_vs_others) == (Fraction(90), Fraction(10), Fraction(15))
    assert r3.sd is None
    assert r3.n == 1 and r3.recused == ("B",) and r3.zero_spread
    assert r1.sd is not None and abs(r1.sd**2 - 50) < Fraction(1, 10**25)  # sample SD of 80, 70 = √50
    assert result.to_dict()["reviewers"][0]["leniency"] == 2.5


def test_outlying_sub_item_scores_are_flagged_with_the_panel_reference() -> None:
    # x: six reviewers give 7 or 8, R7 gives 2 (畸低); z: R6 gives 10 where the others give 5 or 6 (畸高).
    xs = [7, 7, 8, 7, 8, 7, 2]
    zs = [5, 5, 6, 5, 5, 10, 6]
    sheets = [sheet(f"R{i + 1}", {"P": (x, 5, z)}) for i, (x, z) in enumerate(zip(xs, zs, strict=True))]
    result = tally(ABZ, rules(), ["P"], sheets)
    low = result.reviewer("R7").outliers
    high = result.reviewer("R6").outliers
    assert len(low) == 1 and len(high) == 1
    assert (low[0].candidate, low[0].item, low[0].score, low[0].reference, low[0].direction) == \
        ("P", "a.x", D(2), Fraction(7), "low")
    # the others on x: 7 7 8 7 8 7, median 7, deviations 0 0 1 0 1 0 → MAD 0
    assert low[0].robust_sd == 0 and low[0].others == 6 and low[0].deviation == -5
    assert (high[0].item, high[0].score, high[0].reference, high[0].direction) == ("b.z", D(10), Fraction(5), "high")
    assert "outlier_scores" in result.candidate("P").flags
    # R3's 8 on x is 1 point off: below the gap (0.25 × 10 = 2.5), not flagged
    assert all(not result.reviewer(r).outliers for r in ("R1", "R2", "R3", "R4", "R5"))


def test_a_panel_split_into_two_camps_is_not_reported_as_outliers() -> None:
    sheets = [sheet(f"R{i}", {"P": (x, 5, 5)}) for i, x in enumerate([2, 2, 2, 9, 9, 9, 9])]
    result = tally(ABZ, rules(), ["P"], sheets)
    assert not any(r.outliers for r in result.reviewers)


def test_a_wide_but_consistent_spread_is_not_flagged() -> None:
    sheets = [sheet(f"R{i}", {"P": (x, 5, 5)}) for i, x in enumerate([1, 3, 4, 5, 6, 7, 9])]
    assert not any(r.outliers for r in tally(ABZ, rules(), ["P"], sheets).reviewers)


def _reference_outliers(values: list[int], rule: Rules, maximum: int) -> set[int]:
    """The documented rule, applied literally, one reviewer at a time: flagged indices."""
    flagged = set()
    n = len(values)
    for i, value in enumerate(values):
        others = sorted(values[:i] + values[i + 1:])
        if len(others) < rule.outlier_min_others:
            continue
        m = len(others)
        median = Fraction(others[m // 2]) if m % 2 else Fraction(others[m // 2 - 1] + others[m // 2], 2)
        deviations = sorted(abs(o - median) for o in others)
        mad = deviations[m // 2] if m % 2 else (deviations[m // 2 - 1] + deviations[m // 2]) / 2
        deviation = value - median
        far_out = sum(1 for v in values if (v <= value if deviation < 0 else v >= value))
        if (abs(deviation) >= Fraction(rule.outlier_gap) * maximum
                and abs(deviation) > Fraction(str(rule.outlier_z)) * Fraction("1.4826") * mad
                and far_out <= max(1, n // 4)):
            flagged.add(i)
    return flagged


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 20), min_size=1, max_size=14), st.sampled_from(["0", "0.5", "1", "2", "3"]),
       st.sampled_from(["0", "0.1", "0.25"]), st.integers(1, 3))
def test_the_fast_outlier_scan_matches_the_rule_applied_literally(scores: list[int], z: str, gap: str,
                                                                   others: int) -> None:
    rule = rules(outlier_z=Decimal(z), outlier_gap=Decimal(gap), outlier_min_others=others)
    sheets = [sheet(f"R{i:02d}", {"P": (s,)}, powers=TWENTY) for i, s in enumerate(scores)]
    panel = read_panel(TWENTY, ["P"], sheets)
    fast = {int(o.reviewer[1:]) for o in outliers(panel, rule)}
    assert fast == _reference_outliers(scores, rule, 20)


def test_sensitivity_lists_who_moves_under_another_method() -> None:
    # P: trimmed 21.6, mean 20.71, median 22; Q: 21 under every method.
    sheets = [sheet(r, {"P": s, "Q": (7, 7, 7)}) for r, s in SEVEN.items()]
    result = tally(ABZ, rules(quota=1), ["P", "Q"], sheets)
    assert [c.id for c in result.candidates] == ["P", "Q"] and result.candidate("P").recommended
    by_label = {s.label: s for s in result.sensitivity}
    assert set(by_label) == {"mean", "median", "zscore", "trimmed_mean(item)"}
    mean = by_label["mean"]
    assert {(c.candidate, c.rank, c.other_rank, c.crosses_quota) for c in mean.changes} == \
        {("P", 1, 2, True), ("Q", 2, 1, True)}
    assert mean.finals == {"P": D("20.71"), "Q": D("21.00")}
    assert by_label["median"].changes == ()
    exported = result.to_dict()["sensitivity"]
    assert {e["label"] for e in exported} == set(by_label)
