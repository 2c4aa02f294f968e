"""The chair's tally: every candidate aggregated, ranked, checked against the quota, and explained.

``tally`` is a pure function of plain data (see ``scoring.inputs``) returning a ``Tally`` (see
``scoring.results``); ``resolve_ties`` applies the chair's recorded decisions to a tally. The
rules of each step live in their own module:

- ``scoring.methods``: mean, median, trimmed mean (total or item scope), over the valid scores;
- ``scoring.zscore``: z-score normalisation and its mapping back onto the scheme's scale;
- ``scoring.exact``: exact arithmetic, the one rounding (half up) and columns that add up;
- ``scoring.ranking``: ranks, ties, decisions and the quota line;
- ``scoring.diagnostics``: spreads, disagreement, reviewers' leniency, outlying scores;
- ``scoring.agreement``: ICCs (Shrout & Fleiss 1979) and Kendall's W over the candidates every
  scoring reviewer scored.

A candidate with fewer than ``min_scores`` valid scores is shown with what they have but flagged
``too_few_scores`` and never ranked. The result does not depend on the order of sheets or
candidates: both are sorted before anything is computed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from scoring.agreement import ICC_KEYS, Agreement, icc_of_integers, kendall_w_of_integers, msg
from scoring.diagnostics import candidate_spread, disagreement_threshold, outliers, reviewer_stats
from scoring.exact import apportion, round_half_up
from scoring.gc_pause import collector_paused
from scoring.inputs import METHODS, PowerSpec, Rules, Sheet, validate_rules
from scoring.methods import Outcome, evaluate
from scoring.panel import Panel, read_panel
from scoring.ranking import DecisionInput, Decisions, OrderKey, Ranking, normalise_decisions, rank
from scoring.results import FLAGS, RANKING_FLAGS, CandidateResult, Outlier, RankChange, Sensitivity, Tally
from scoring.zscore import ZScores, standardise


def _outcomes(panel: Panel, rules: Rules, detail: bool) -> dict[str, Outcome | None]:
    return {c: evaluate(panel, rules, c, detail) for c in panel.candidates}


def _order_keys(panel: Panel, rules: Rules, outcomes: Mapping[str, Outcome | None], z: ZScores
                ) -> dict[str, OrderKey | None]:
    """The exact values each candidate is ranked on; None when it has too few scores to be ranked.

    Under zscore the tie-break powers' z-scores are added only where another candidate has the same
    mean z-score (tuples compare element by element, so the others never need them).
    """
    positions = [panel.layout.powers.index(key) for key in rules.tie_break]
    ranked = [c for c, o in outcomes.items() if o is not None and o.n >= rules.min_scores]
    keys: dict[str, OrderKey | None] = dict.fromkeys(outcomes)
    if rules.method == "zscore":
        seen: dict[Fraction, int] = {}
        for c in ranked:
            seen[z.totals[c]] = seen.get(z.totals[c], 0) + 1
        for c in ranked:
            powers = z.power_means(c) if seen[z.totals[c]] > 1 and positions else ()
            keys[c] = (z.totals[c], *(powers[i] for i in positions)) if powers else (z.totals[c],)
        return keys
    for c in ranked:
        outcome = outcomes[c]
        assert outcome is not None
        keys[c] = (outcome.final, *(outcome.powers[i] for i in positions))
    return keys


def _final(rules: Rules, outcome: Outcome | None, z: ZScores, candidate: str) -> Fraction | None:
    """The exact final under the method: the mapped z-score under zscore, else the aggregate."""
    if outcome is None:
        return None
    return z.mapped[candidate] if rules.method == "zscore" else outcome.final


def _publish(panel: Panel, outcome: Outcome, decimals: int
             ) -> tuple[Decimal, dict[str, Decimal], dict[str, Decimal]]:
    """Rounded final, and powers and items apportioned so that every column adds up."""
    final = round_half_up(outcome.final, decimals)
    powers = apportion(outcome.powers, final, decimals)
    items: dict[str, Decimal] = {}
    for (start, end), power in zip(panel.layout.slices, powers, strict=True):
        shares = apportion(outcome.items[start:end], power, decimals)
        items.update(zip(panel.layout.items[start:end], shares, strict=True))
    return final, dict(zip(panel.layout.powers, powers, strict=True)), items


def _base_flags(panel: Panel, rules: Rules, candidate: str, outcome: Outcome | None,
                variance: Fraction | None, has_outliers: bool) -> set[str]:
    flags: set[str] = set()
    n = 0 if outcome is None else outcome.n
    if n < rules.min_scores:
        flags.add("too_few_scores")
    if rules.method == "trimmed_mean" and outcome is not None and outcome.applied == "mean":
        flags.add("not_trimmed")
    if panel.missing[candidate]:
        flags.add("missing_scores")
    threshold = disagreement_threshold(rules, panel.layout.total_max)
    if variance is not None and variance > threshold * threshold:
        flags.add("disagreement")
    if has_outliers:
        flags.add("outlier_scores")
    return flags


def _candidate(panel: Panel, rules: Rules, candidate: str, outcome: Outcome | None, mean: Outcome | None,
               z: ZScores, key: OrderKey | None, outlying: set[str]) -> CandidateResult:
    """Everything about one candidate except what the ranking decides (filled in by ``_ranked``)."""
    spread, variance = candidate_spread(panel, candidate)
    scored = panel.scores[candidate]
    final: Decimal | None = None
    powers: dict[str, Decimal] = {}
    items: dict[str, Decimal] = {}
    mean_final: Decimal | None = None
    if outcome is not None and mean is not None:
        final, powers, items = _publish(panel, outcome, rules.decimals)
        mean_final = round_half_up(mean.final, rules.decimals)
    exact = _final(rules, outcome, z, candidate)
    if exact is not None:
        final = round_half_up(exact, rules.decimals)
    return CandidateResult(
        id=candidate, rank=None, tied_with=(), recommended=False,
        flags=tuple(sorted(_base_flags(panel, rules, candidate, outcome, variance, candidate in outlying))),
        n=len(scored), scored_by=tuple(scored), recused_by=panel.recused[candidate],
        missing_from=panel.missing[candidate], applied=None if outcome is None else outcome.applied,
        final=final, final_exact=exact, powers=powers,
        powers_exact={} if outcome is None else dict(zip(panel.layout.powers, outcome.powers, strict=True)),
        items=items, items_exact={} if outcome is None else dict(zip(panel.layout.items, outcome.items, strict=True)),
        mean_final=mean_final, mean_final_exact=None if mean is None else mean.final,
        zscore=z.totals.get(candidate),
        zscore_final=None if candidate not in z.mapped else round_half_up(z.mapped[candidate], rules.decimals),
        spread=spread, dropped=() if outcome is None else outcome.dropped,
        totals={r: panel.decimal(t) for r, t in panel.totals[candidate].items()},
        subtotal_units=panel.subtotals[candidate], places=panel.places,
        order_key=key,
    )


def _ranking_flags(result: CandidateResult, ranking: Ranking,
                   alike: Mapping[Decimal | None, Sequence[CandidateResult]]) -> set[str]:
    flags: set[str] = set()
    if result.id in ranking.groups:
        flags.add("tied")
    if result.id in ranking.resolved:
        flags.add("tie_resolved")
    if result.id in ranking.quota_tie:
        flags.add("quota_tie")
    key = result.order_key
    if result.rank is None or key is None:
        return flags
    for other in alike.get(result.final, ()):
        if other.id == result.id or other.order_key is None:
            continue
        if other.order_key[0] != key[0]:
            flags.add("same_published_final")
        elif other.order_key != key:
            flags.add("tie_broken")
    return flags


def _ranked(results: Iterable[CandidateResult], ranking: Ranking) -> tuple[CandidateResult, ...]:
    """The results with their rank, tie and quota fields set, in rank order (unranked last, by id)."""
    by_id = {result.id: result for result in results}
    placed = {c: replace(by_id[c], rank=ranking.ranks[c], recommended=ranking.recommended[c],
                         tied_with=tuple(x for x in ranking.groups.get(c, ()) if x != c))
              for c in ranking.order}
    ranked = [placed[c] for c in ranking.order]
    alike: dict[Decimal | None, list[CandidateResult]] = {}
    for result in ranked:
        if result.rank is not None:
            alike.setdefault(result.final, []).append(result)
    order = {flag: i for i, flag in enumerate(FLAGS)}
    return tuple(
        replace(result, flags=tuple(sorted((set(result.flags) - RANKING_FLAGS) | _ranking_flags(result, ranking, alike),
                                           key=order.__getitem__)))
        for result in ranked
    )


def _variants(rules: Rules) -> list[Rules]:
    """Every other method the chair may want to compare with (both trim scopes for trimmed_mean)."""
    variants = [rules.with_method(method) for method in METHODS if method != "trimmed_mean"]
    variants += [rules.with_method("trimmed_mean", scope) for scope in ("total", "item")]
    same = (rules.method, rules.trim_scope if rules.method == "trimmed_mean" else None)
    return [v for v in variants if (v.method, v.trim_scope if v.method == "trimmed_mean" else None) != same]


def _changes(ranking: Ranking, keys: Mapping[str, OrderKey | None], ranks: Mapping[str, int | None],
             recommended: Mapping[str, bool]) -> tuple[RankChange, ...]:
    return tuple(RankChange(c, ranks[c], ranking.ranks[c], recommended[c], ranking.recommended[c])
                 for c in sorted(keys) if (ranks[c], recommended[c]) != (ranking.ranks[c], ranking.recommended[c]))


def _sensitivity(panel: Panel, rules: Rules, z: ZScores, means: Mapping[str, Outcome | None], base: Ranking,
                 decisions: Decisions) -> tuple[Sensitivity, ...]:
    found: list[Sensitivity] = []
    for variant in _variants(rules):
        outcomes = means if variant.method in ("mean", "zscore") else _outcomes(panel, variant, detail=False)
        keys = _order_keys(panel, variant, outcomes, z)
        ranking = rank(keys, variant.quota, decisions, strict=False)
        finals = {c: None if (f := _final(variant, o, z, c)) is None else round_half_up(f, rules.decimals)
                  for c, o in outcomes.items()}
        found.append(Sensitivity(variant.method, variant.trim_scope, keys, finals, ranking.ranks,
                                 ranking.recommended, _changes(ranking, keys, base.ranks, base.recommended)))
    return tuple(found)


def panel_agreement(panel: Panel) -> Agreement:
    """ICCs and Kendall's W on the totals of the candidates every scoring reviewer scored."""
    reviewers = tuple(r for r in panel.reviewers if any(r in panel.scores[c] for c in panel.candidates))
    complete = tuple(c for c in panel.candidates if reviewers and all(r in panel.scores[c] for r in reviewers))
    rows = [[panel.totals[c][r] for r in reviewers] for c in complete]
    if not rows:
        reason = msg("没有一位候选人由全部评分专家评分")
        return Agreement(complete, reviewers, None, dict.fromkeys(ICC_KEYS), dict.fromkeys(ICC_KEYS, reason),
                         None, reason)
    ms, iccs, reasons = icc_of_integers(rows, panel.scale)
    w, w_reason = kendall_w_of_integers(rows)
    return Agreement(complete, reviewers, ms, iccs, reasons, w, w_reason)


def tally(powers: Sequence[PowerSpec], rules: Rules, candidates: Sequence[str], sheets: Sequence[Sheet],
          decisions: DecisionInput = None) -> Tally:
    """Aggregate, rank and explain one session's scores (see the module's description).

    ``decisions``: the chair's recorded orderings of tied groups, as for ``resolve_ties``.
    Raises ``ScoringError`` on input that cannot be tallied (unknown ids, a score above its maximum,
    a sheet both scoring and recusing a candidate, incomplete sub-items, invalid rules).
    """
    with collector_paused():
        return _tally(powers, rules, candidates, sheets, decisions)


def _tally(powers: Sequence[PowerSpec], rules: Rules, candidates: Sequence[str], sheets: Sequence[Sheet],
           decisions: DecisionInput) -> Tally:
    validate_rules(rules, powers)
    panel = read_panel(powers, candidates, sheets)
    chosen = normalise_decisions(decisions)
    z = standardise(panel)
    base = _outcomes(panel, rules, detail=True)
    means = base if rules.method in ("mean", "zscore") else _outcomes(panel, rules.with_method("mean"), False)
    keys = _order_keys(panel, rules, base, z)
    ranking = rank(keys, rules.quota, chosen)
    found: list[Outlier] = outliers(panel, rules)
    outlying = {o.candidate for o in found}
    results = [_candidate(panel, rules, c, base[c], means[c], z, keys[c], outlying) for c in panel.candidates]
    return Tally(
        rules=rules, powers=panel.layout.powers, candidates=_ranked(results, ranking),
        reviewers=reviewer_stats(panel, found, z.zero_spread), agreement=panel_agreement(panel),
        sensitivity=_sensitivity(panel, rules, z, means, ranking, chosen), ties=ranking.ties,
        decisions=ranking.applied, quota_tie=ranking.quota_tie, quota_open=ranking.quota_open,
        zero_spread=z.zero_spread, zscore_mean=z.pooled_mean, zscore_sd=z.pooled_sd,
    )


def resolve_ties(result: Tally, decisions: DecisionInput) -> Tally:
    """The tally with the chair's orderings of tied groups applied (added to any applied before).

    ``decisions`` maps a tied group (frozenset or tuple of ids) to its ordering, best first, or is a
    list of orderings. A decision that does not name exactly a tied group is refused
    (``ScoringError``).
    """
    chosen = normalise_decisions(result.decisions)
    chosen.update(normalise_decisions(decisions))
    keys = {c.id: c.order_key for c in result.candidates}
    ranking = rank(keys, result.rules.quota, chosen)
    sensitivity = []
    for s in result.sensitivity:
        other = rank(s.keys, result.rules.quota, chosen, strict=False)
        sensitivity.append(replace(s, ranks=other.ranks, recommended=other.recommended,
                                   changes=_changes(other, s.keys, ranking.ranks, ranking.recommended)))
    return replace(result, candidates=_ranked(result.candidates, ranking), sensitivity=tuple(sensitivity),
                   ties=ranking.ties, decisions=ranking.applied, quota_tie=ranking.quota_tie,
                   quota_open=ranking.quota_open)
