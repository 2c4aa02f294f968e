"""Building the tally's input from the app's plain scheme, and refusing rules that cannot apply."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.scheme import default_scheme, parse_scheme
from scoring import ItemSpec, PowerSpec, Rules, ScoringError, Sheet, from_scheme_dict, tally


def test_from_the_default_scheme() -> None:
    scheme = default_scheme()
    powers, rules = from_scheme_dict(scheme.to_dict())
    assert [p.key for p in powers] == [p.key for p in scheme.powers]
    assert sum((p.max for p in powers), Decimal(0)) == scheme.total_max
    agg = scheme.aggregation
    assert (rules.method, rules.trim, rules.trim_scope, rules.trim_min_panel, rules.quota, rules.tie_break,
            rules.decimals, rules.min_scores) == (agg.method, agg.trim, agg.trim_scope, agg.trim_min_panel,
                                                  agg.quota, agg.tie_break, agg.decimals, agg.min_scores)
    keys = [item.full_key for power in powers for item in power.items]
    assert "lead.take_on_burdens" in keys and len(keys) == 15
    # five reviewers, two candidates, on the real scheme
    sheets = [Sheet(f"R{r}", {c: {k: Decimal(r + i) / 2 for k in keys} for i, c in enumerate(["A", "B"])})
              for r in range(5)]
    result = tally(powers, rules, ["A", "B"], sheets)
    assert [c.id for c in result.candidates] == ["B", "A"]
    assert set(result.candidates[0].powers) == {"lead", "practice", "innovate", "tackle", "inherit"}


def test_from_a_scheme_with_item_scope_and_decimal_maxima() -> None:
    text = """
name = "t"
step = 0.5
[aggregation]
method = "median"
trim_scope = "item"
decimals = 1
[[powers]]
key = "p"
label = "P"
[[powers.items]]
key = "i"
label = "I"
max = 7.5
"""
    powers, rules = from_scheme_dict(parse_scheme(text).to_dict())
    assert powers == (PowerSpec("p", (ItemSpec("p", "i", Decimal("7.5")),)),)
    assert (rules.method, rules.trim_scope, rules.decimals) == ("median", "item", 1)


def test_malformed_plain_schemes_are_refused() -> None:
    with pytest.raises(ScoringError):
        from_scheme_dict({"powers": [{"key": "p"}]})
    with pytest.raises(ScoringError):
        from_scheme_dict({"powers": [{"key": "p", "items": [{"key": "i", "max": 1.5}]}]})
    with pytest.raises(ScoringError, match="trim_scope"):
        from_scheme_dict({"powers": [{"key": "p", "items": [{"key": "i", "max": "5"}]}],
                          "aggregation": {"trim_scope": "row"}})


def test_rules_are_checked() -> None:
    powers = (PowerSpec("p", (ItemSpec("p", "i", Decimal(5)),)),)
    good = Sheet("R", {"A": {"p.i": Decimal(1)}})
    for bad in (Rules(quota=-1), Rules(min_scores=0), Rules(disagreement_sd=Decimal(-1)), Rules(outlier_z=-1.0)):
        with pytest.raises(ScoringError):
            tally(powers, bad, ["A"], [good])
    with pytest.raises(ScoringError, match="listed under"):
        tally((PowerSpec("p", (ItemSpec("q", "i", Decimal(5)),)),), Rules(), ["A"], [good])
