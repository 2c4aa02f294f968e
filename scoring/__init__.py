"""Pure aggregation of the panel's scores: no Qt, no I/O, no ``app`` imports — plain data in and out.

Build ``PowerSpec``/``Rules`` (or ``from_scheme_dict(scheme.to_dict())``) and one ``Sheet`` per
reviewer, call ``tally``, and apply the chair's decisions on ties with ``resolve_ties``. The rules
(methods, exact arithmetic and the one half-up rounding, ties, quota, agreement statistics) are
described in the modules' docstrings, starting with ``scoring.aggregate``.
"""

from scoring.aggregate import panel_agreement, resolve_ties, tally
from scoring.agreement import ICC_KEYS, Agreement, MeanSquares, icc, kendall_w
from scoring.exact import apportion, round_half_up
from scoring.inputs import METHODS, TRIM_SCOPES, ItemSpec, PowerSpec, Rules, ScoringError, Sheet, from_scheme_dict
from scoring.results import (
    FLAGS,
    CandidateResult,
    Dropped,
    Outlier,
    RankChange,
    ReviewerStats,
    Sensitivity,
    Spread,
    Tally,
)

__all__ = [
    "FLAGS", "ICC_KEYS", "METHODS", "TRIM_SCOPES", "Agreement", "CandidateResult", "Dropped", "ItemSpec",
    "MeanSquares", "Outlier", "PowerSpec", "RankChange", "ReviewerStats", "Rules", "ScoringError",
    "Sensitivity", "Sheet", "Spread", "Tally", "apportion", "from_scheme_dict", "icc", "kendall_w",
    "panel_agreement", "resolve_ties", "round_half_up", "tally",
]
