"""Agreement statistics against published and hand-worked values.

ICC: Shrout, P. E. & Fleiss, J. L. (1979), Intraclass correlations: uses in assessing rater
reliability, Psychological Bulletin 86(2), 420–428 — Table 2 (6 targets × 4 judges) and the values
they report for it. Kendall's W: two examples worked by hand below, one with tied scores.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from scoring import icc, kendall_w, tally
from tests.test_scoring_support import WIDE, rules, sheet

# Shrout & Fleiss (1979), Table 2: rows are the 6 targets, columns the 4 judges.
SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
# Their Table 3 (mean squares) and Table 4 (the ICCs), to the two decimals they print.
PUBLISHED_MS = {"bms": 11.24, "wms": 6.26, "jms": 32.49, "ems": 1.02}
PUBLISHED_ICC = {"ICC1": 0.17, "ICC2": 0.29, "ICC3": 0.71, "ICC1k": 0.44, "ICC2k": 0.62, "ICC3k": 0.91}


def test_shrout_fleiss_mean_squares() -> None:
    ms, _, _ = icc(SHROUT_FLEISS)
    assert ms is not None and (ms.n, ms.k) == (6, 4)
    # Exact values, worked out from the table: grand total 127, row totals 24, 12, 26, 16, 30, 19,
    # column totals 46, 15, 26, 40; SS_total = 843 − 127²/24 = 170.958…, SS_targets = 56.208…,
    # SS_judges = 97.458…, so BMS = 56.208/5, WMS = 114.75/18, JMS = 97.458/3, EMS = 17.292/15.
    assert ms.bms == Fraction(1349, 120)
    assert ms.wms == Fraction(451, 72)
    assert ms.jms == Fraction(2339, 72)
    assert ms.ems == Fraction(367, 360)
    for name, published in PUBLISHED_MS.items():
        assert round(float(getattr(ms, name)), 2) == published


def test_shrout_fleiss_published_iccs() -> None:
    _, values, reasons = icc(SHROUT_FLEISS)
    assert reasons == {}
    for key, published in PUBLISHED_ICC.items():
        value = values[key]
        assert value is not None
        assert round(float(value), 2) == published, key


def test_shrout_fleiss_iccs_follow_the_formulas_exactly() -> None:
    ms, values, _ = icc(SHROUT_FLEISS)
    assert ms is not None
    n, k = 6, 4
    bms, wms, jms, ems = ms.bms, ms.wms, ms.jms, ms.ems
    assert values["ICC1"] == (bms - wms) / (bms + (k - 1) * wms)
    assert values["ICC2"] == (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n)
    assert values["ICC3"] == (bms - ems) / (bms + (k - 1) * ems)
    assert values["ICC1k"] == (bms - wms) / bms
    assert values["ICC2k"] == (bms - ems) / (bms + (jms - ems) / n)
    assert values["ICC3k"] == (bms - ems) / bms


def test_iccs_do_not_depend_on_units() -> None:
    halves = [[Decimal(v) / 2 for v in row] for row in SHROUT_FLEISS]
    assert icc(halves)[1] == icc(SHROUT_FLEISS)[1]


def test_icc_undefined_cases_say_why() -> None:
    ms, values, reasons = icc([[1, 2, 3]])
    assert ms is None and all(v is None for v in values.values()) and "候选人不足两名" in reasons["ICC1"]
    ms, values, reasons = icc([[1], [2]])
    assert ms is None and "专家不足两位" in reasons["ICC3"]
    ms, values, reasons = icc([[5, 5], [5, 5], [5, 5]])  # no variance at all
    assert ms is not None and all(v is None for v in values.values()) and set(reasons) == set(values)


def test_kendall_w_without_ties_by_hand() -> None:
    # 4 candidates, 3 reviewers; the scores are already ranks (no ties).
    #            A  B  C   → rank sums R: 4, 6, 8, 12; mean rank sum m(n+1)/2 = 7.5
    rows = [[1, 2, 1], [2, 1, 3], [3, 3, 2], [4, 4, 4]]
    # S = 3.5² + 1.5² + 0.5² + 4.5² = 35;  W = 12·35 / (3²·(4³ − 4)) = 420 / 540 = 7/9
    assert kendall_w(rows) == (Fraction(7, 9), None)


def test_kendall_w_with_ties_by_hand() -> None:
    # Scores (rows: candidates; columns: reviewers A, B, C), ranked within each reviewer, 1 = lowest:
    #   A: 10, 8, 8, 5 → 4, 2.5, 2.5, 1   ties: one pair       T_A = 2³ − 2 = 6
    #   B:  9, 9, 9, 6 → 3, 3, 3, 1       ties: one triple     T_B = 3³ − 3 = 24
    #   C:  7, 6, 5, 4 → 4, 3, 2, 1                            T_C = 0
    rows = [[10, 9, 7], [8, 9, 6], [8, 9, 5], [5, 6, 4]]
    # R = 11, 8.5, 7.5, 3; S = 3.5² + 1² + 0² + 4.5² = 33.5
    # W = 12·33.5 / (3²·60 − 3·30) = 402 / 450 = 67/75   (without the correction: 402/540)
    assert kendall_w(rows) == (Fraction(67, 75), None)


def _friedman_w(rows: list[list[int]]) -> float:
    """W from Friedman's tie-corrected chi-square, W = χ² / (m (n − 1)): an independent route."""
    n, m = len(rows), len(rows[0])
    rank_sums = [0.0] * n
    tie_sum = 0
    for j in range(m):
        column = [row[j] for row in rows]
        for i, value in enumerate(column):
            below = sum(1 for other in column if other < value)
            equal = sum(1 for other in column if other == value)
            rank_sums[i] += below + (equal + 1) / 2
        tie_sum += sum(t**3 - t for t in (column.count(v) for v in set(column)))
    chi2 = 12 / (m * n * (n + 1)) * sum(r * r for r in rank_sums) - 3 * m * (n + 1)
    chi2 /= 1 - tie_sum / (m * (n**3 - n))
    return chi2 / (m * (n - 1))


@pytest.mark.parametrize("rows", [
    [[1, 2, 1], [2, 1, 3], [3, 3, 2], [4, 4, 4]],
    [[10, 9, 7], [8, 9, 6], [8, 9, 5], [5, 6, 4]],
    SHROUT_FLEISS,
    [[3, 3, 1, 2], [3, 1, 1, 2], [2, 2, 2, 2], [1, 3, 3, 1], [3, 2, 1, 2]],
])
def test_kendall_w_matches_friedman(rows: list[list[int]]) -> None:
    w, _ = kendall_w(rows)
    assert w is not None
    assert float(w) == pytest.approx(_friedman_w(rows), abs=1e-12)


def test_kendall_w_matches_scipy_when_installed() -> None:
    stats = pytest.importorskip("scipy.stats")
    rows = [[10, 9, 7], [8, 9, 6], [8, 9, 5], [5, 6, 4]]
    # scipy ranks the "treatments" within each block: candidates are the treatments, reviewers the blocks.
    chi2 = stats.friedmanchisquare(*[list(row) for row in rows]).statistic
    w, _ = kendall_w(rows)
    assert w is not None and float(w) == pytest.approx(chi2 / (3 * (4 - 1)))


def test_kendall_w_undefined_cases() -> None:
    assert kendall_w([[1, 2]])[0] is None
    assert kendall_w([[1], [2], [3]])[0] is None
    w, reason = kendall_w([[4, 4], [4, 4], [4, 4]])
    assert w is None and reason is not None and "总分都相同" in reason


def test_tally_agreement_uses_the_candidates_every_reviewer_scored() -> None:
    # Four reviewers score the Shrout & Fleiss table as totals; a fifth candidate, recused by one
    # reviewer, must be left out of the agreement statistics (and nothing else changes).
    reviewers = ["J1", "J2", "J3", "J4"]
    candidates = [f"T{i}" for i in range(1, 7)] + ["T7"]
    sheets = []
    for j, reviewer in enumerate(reviewers):
        scores = {f"T{i + 1}": (row[j],) for i, row in enumerate(SHROUT_FLEISS)}
        recused = ["T7"] if reviewer == "J1" else []
        if reviewer != "J1":
            scores["T7"] = (5,)
        sheets.append(sheet(reviewer, scores, recused, powers=WIDE))
    result = tally(WIDE, rules(method="mean"), candidates, sheets)
    agreement = result.agreement
    assert agreement.candidates == tuple(f"T{i}" for i in range(1, 7))
    assert agreement.reviewers == tuple(reviewers)
    assert agreement.icc == icc(SHROUT_FLEISS)[1]
    assert agreement.kendall_w == kendall_w(SHROUT_FLEISS)[0]
    as_json = result.to_dict()["agreement"]
    assert set(as_json["icc"]) == {"ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"}
    assert round(as_json["icc"]["ICC3k"], 2) == 0.91 and isinstance(as_json["kendall_w"], float)


def test_tally_agreement_with_one_reviewer_is_none_with_a_reason() -> None:
    result = tally(WIDE, rules(method="mean", min_scores=1), ["A", "B"],
                   [sheet("R1", {"A": (5,), "B": (6,)}, powers=WIDE)])
    assert result.agreement.icc["ICC1"] is None and result.agreement.kendall_w is None
    assert result.agreement.kendall_reason and result.agreement.icc_reasons["ICC1"]
    assert result.to_dict()["agreement"]["icc"]["ICC2"] is None
