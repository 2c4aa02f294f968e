"""Rounding (half up, once, columns that add up), ranks, tie-breaks, the chair's decisions, the quota."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction

import pytest

from scoring import ScoringError, apportion, resolve_ties, round_half_up, tally
from tests.test_scoring_support import ABZ, WIDE, D, rules, sheet

# ---------------------------------------------------------------- rounding


@pytest.mark.parametrize(("exact", "decimals", "published"), [
    (Fraction("85.125"), 2, "85.13"),   # half up, where half-even would give 85.12
    (Fraction("85.115"), 2, "85.12"),
    (Fraction("85.145"), 2, "85.15"),   # half-even would give 85.14
    (Fraction("85.1249999"), 2, "85.12"),
    (Fraction(2, 3), 2, "0.67"),
    (Fraction(-1005, 1000), 2, "-1.01"),  # halves away from zero
    (Fraction(5, 2), 0, "3"),
    (Fraction(0), 2, "0.00"),
])
def test_round_half_up(exact: Fraction, decimals: int, published: str) -> None:
    value = round_half_up(exact, decimals)
    assert value == Decimal(published) and str(value) == published


def test_apportion_makes_the_columns_add_up() -> None:
    thirds = [Fraction(1, 3)] * 3
    assert apportion(thirds, D("1.00"), 2) == (D("0.34"), D("0.33"), D("0.33"))
    # rounded on their own 7.125 and 7.125 would be 7.13 + 7.13 = 14.26 ≠ 14.25
    assert apportion([Fraction("7.125"), Fraction("7.125")], D("14.25"), 2) == (D("7.13"), D("7.12"))
    # the largest remainder gets the unit
    assert apportion([Fraction("1.004"), Fraction("2.007")], D("3.01"), 2) == (D("1.00"), D("2.01"))
    with pytest.raises(ValueError):
        apportion([Fraction(1), Fraction(1)], D("5.00"), 2)


def _mean_of(totals: list[str]) -> Decimal | None:
    sheets = [sheet(f"R{i}", {"A": (t,)}, powers=WIDE) for i, t in enumerate(totals)]
    return tally(WIDE, rules(method="mean", min_scores=1), ["A"], sheets).candidate("A").final


def test_tally_rounds_half_up_at_exactly_half_a_unit() -> None:
    assert _mean_of(["85"] * 7 + ["86"]) == D("85.13")    # 681 / 8 = 85.125
    assert _mean_of(["85.11", "85.12"]) == D("85.12")     # 85.115
    assert _mean_of(["85.14", "85.15"]) == D("85.15")     # 85.145
    assert _mean_of(["85", "85", "86"]) == D("85.33")     # 85.333…


def test_published_powers_and_items_add_up_to_the_final() -> None:
    # 8 reviewers: a = 57/8 = 7.125 (x 25/8 = 3.125, y 4), b = 57/8 = 7.125, final 14.25.
    sheets = [sheet(f"R{i}", {"A": (3, 4, 7)}) for i in range(7)] + [sheet("R7", {"A": (4, 4, 8)})]
    result = tally(ABZ, rules(method="mean"), ["A"], sheets).candidate("A")
    assert result.final == D("14.25")
    assert result.powers == {"a": D("7.13"), "b": D("7.12")}  # not 7.13 + 7.13
    assert result.items == {"a.x": D("3.13"), "a.y": D("4.00"), "b.z": D("7.12")}
    assert result.powers_exact == {"a": Fraction(57, 8), "b": Fraction(57, 8)}


# ---------------------------------------------------------------- ties and the quota


def _three(scores: dict[str, tuple[int, int, int]]) -> list:  # type: ignore[type-arg]
    """Three reviewers who all give each candidate the same scores."""
    return [sheet(r, dict(scores)) for r in ("R1", "R2", "R3")]


def test_equal_finals_are_broken_by_the_tie_break_powers_in_order() -> None:
    sheets = _three({"A": (3, 3, 6), "B": (4, 4, 4), "C": (1, 1, 1)})  # A and B: 12; a 6 vs 8, b 6 vs 4
    by_b = tally(ABZ, rules(method="mean", tie_break=("b", "a")), ["A", "B", "C"], sheets)
    assert [(c.id, c.rank) for c in by_b.candidates] == [("A", 1), ("B", 2), ("C", 3)]
    assert "tie_broken" in by_b.candidate("A").flags and not by_b.ties
    by_a = tally(ABZ, rules(method="mean", tie_break=("a",)), ["A", "B", "C"], sheets)
    assert [(c.id, c.rank) for c in by_a.candidates] == [("B", 1), ("A", 2), ("C", 3)]
    unbroken = tally(ABZ, rules(method="mean"), ["A", "B", "C"], sheets)
    assert [(c.id, c.rank) for c in unbroken.candidates] == [("A", 1), ("B", 1), ("C", 3)]
    assert unbroken.ties == (("A", "B"),) and unbroken.candidate("A").tied_with == ("B",)


def test_a_remaining_tie_is_marked_and_resolved_by_the_chairs_decision() -> None:
    # A and B equal on the final and on every power: still tied after the tie-break
    sheets = _three({"A": (3, 3, 6), "B": (2, 4, 6), "C": (9, 9, 9), "D": (1, 1, 1)})
    result = tally(ABZ, rules(method="mean", tie_break=("b", "a"), quota=3), ["A", "B", "C", "D"], sheets)
    assert [(c.id, c.rank) for c in result.candidates] == [("C", 1), ("A", 2), ("B", 2), ("D", 4)]
    assert result.ties == (("A", "B"),)
    assert all("tied" in result.candidate(c).flags for c in "AB")
    assert result.candidate("A").recommended and result.candidate("B").recommended  # both within the quota
    resolved = resolve_ties(result, {frozenset({"A", "B"}): ["B", "A"]})
    assert [(c.id, c.rank) for c in resolved.candidates] == [("C", 1), ("B", 2), ("A", 3), ("D", 4)]
    assert resolved.ties == () and resolved.decisions == (("B", "A"),)
    assert "tie_resolved" in resolved.candidate("A").flags and "tied" not in resolved.candidate("A").flags
    assert resolved.to_dict()["decisions"] == [["B", "A"]]
    # the same decision given to tally directly, as a plain list of orderings, gives the same result
    direct = tally(ABZ, rules(method="mean", tie_break=("b", "a"), quota=3), ["A", "B", "C", "D"], sheets,
                   decisions=[("B", "A")])
    assert direct.to_dict() == resolved.to_dict()


def test_a_decision_must_name_exactly_a_tied_group() -> None:
    sheets = _three({"A": (3, 3, 6), "B": (2, 4, 6), "C": (9, 9, 9)})
    result = tally(ABZ, rules(method="mean"), ["A", "B", "C"], sheets)
    with pytest.raises(ScoringError, match="not tied"):
        resolve_ties(result, {("A", "C"): ["C", "A"]})
    with pytest.raises(ScoringError, match="whole group"):
        resolve_ties(result, {("A", "B"): ["A"]})


def test_a_tie_across_the_quota_line_is_flagged_not_resolved() -> None:
    sheets = _three({"A": (3, 3, 6), "B": (2, 4, 6), "C": (9, 9, 9), "D": (1, 1, 1)})
    result = tally(ABZ, rules(method="mean", quota=2), ["A", "B", "C", "D"], sheets)
    # C is first; A and B share rank 2 and only one place is left
    assert result.quota_tie == ("A", "B") and result.quota_open == 1
    assert [c.id for c in result.candidates if c.recommended] == ["C"]
    assert all("quota_tie" in result.candidate(c).flags for c in "AB")
    resolved = resolve_ties(result, [("A", "B")])
    assert resolved.quota_tie == () and resolved.quota_open == 0
    assert [c.id for c in resolved.candidates if c.recommended] == ["C", "A"]
    assert "quota_tie" not in resolved.candidate("A").flags
    assert resolved.to_dict()["quota_tie"] == []


def test_quota_marks_the_top_ranked_only() -> None:
    sheets = _three({"A": (9, 9, 9), "B": (8, 8, 8), "C": (7, 7, 7), "D": (6, 6, 6)})
    result = tally(ABZ, rules(method="mean", quota=2), list("ABCD"), sheets)
    assert [c.id for c in result.candidates if c.recommended] == ["A", "B"] and result.quota_tie == ()
    none = tally(ABZ, rules(method="mean", quota=0), list("ABCD"), sheets)
    assert not any(c.recommended for c in none.candidates)


def test_equal_published_finals_ranked_apart_on_exact_values_are_explained() -> None:
    sheets = [sheet(f"R{i}", {"A": ("85.13",), "B": ("85",) if i < 7 else ("86",)}, powers=WIDE) for i in range(8)]
    result = tally(WIDE, rules(method="mean"), ["A", "B"], sheets)
    a, b = result.candidate("A"), result.candidate("B")
    assert a.final == b.final == D("85.13")  # 85.13 and 85.125
    assert (a.rank, b.rank) == (1, 2) and not result.ties
    assert "same_published_final" in a.flags and "same_published_final" in b.flags


def test_the_json_has_the_contract_keys() -> None:
    sheets = _three({"A": (3, 3, 6), "B": (4, 4, 4)})
    data = tally(ABZ, rules(method="mean"), ["A", "B"], sheets).to_dict()
    assert data["method"] == "mean"
    for candidate in data["candidates"]:
        assert {"id", "rank", "final", "n", "powers", "recommended", "flags"} <= set(candidate)
        assert isinstance(candidate["final"], float) and all(isinstance(v, float) for v in candidate["powers"].values())
    assert set(data["agreement"]) >= {"icc", "kendall_w"}
    assert set(data["agreement"]["icc"]) == {"ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"}
    assert json.loads(json.dumps(data)) == data
