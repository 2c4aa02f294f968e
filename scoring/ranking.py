"""Ranks, ties, the chair's decisions on ties, and the quota line.

- Candidates with enough valid scores are ordered by their exact ``order_key``: the method's value
  (the exact final; under zscore the mean z-score), then the exact subtotals of the ``tie_break``
  powers in order. Rounded values are never compared.
- Candidates still equal on the whole key share a rank (standard competition ranking: 1, 2, 2, 4)
  and are reported as a tie for the chair to resolve.
- A decision is the chair's ordering of one tied group (keyed by the group, as a frozenset or any
  sequence of its ids); applied, the group takes consecutive ranks in that order. A decision must
  name exactly a group that is tied; anything else is refused, so a stale decision cannot silently
  reorder a different result.
- The first ``quota`` ranks are recommended. A tied group that straddles the quota line is flagged
  ``quota_tie``: none of it is recommended, and the places left (``quota_open``) wait for the chair.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import lcm

from scoring.inputs import ScoringError

OrderKey = tuple[Fraction, ...]
Decisions = Mapping[frozenset[str], tuple[str, ...]]


@dataclass(frozen=True)
class Ranking:
    ranks: Mapping[str, int | None]
    order: tuple[str, ...]                     # ranked ids best first, then the unranked by id
    groups: Mapping[str, tuple[str, ...]]      # id → its unresolved tie group (itself included)
    ties: tuple[tuple[str, ...], ...]          # unresolved tie groups, best first
    resolved: frozenset[str]                   # ids whose tie a decision resolved
    applied: tuple[tuple[str, ...], ...]       # the decisions that matched a tie, best first
    recommended: Mapping[str, bool]
    quota_tie: tuple[str, ...]
    quota_open: int


DecisionInput = (Mapping[frozenset[str], Sequence[str]] | Mapping[tuple[str, ...], Sequence[str]]
                 | Iterable[Sequence[str]] | None)


def normalise_decisions(decisions: DecisionInput) -> dict[frozenset[str], tuple[str, ...]]:
    """Decisions as {tied group: ordering}; also accepts a plain list of orderings."""
    if decisions is None:
        return {}
    pairs: list[tuple[frozenset[str], tuple[str, ...]]]
    if isinstance(decisions, Mapping):
        pairs = [(frozenset(key), tuple(order)) for key, order in decisions.items()]
    else:
        pairs = [(frozenset(order), tuple(order)) for order in decisions]
    result: dict[frozenset[str], tuple[str, ...]] = {}
    for group, order in pairs:
        if len(set(order)) != len(order) or frozenset(order) != group or len(group) < 2:
            raise ScoringError(f"a tie decision must order its whole group once each: {sorted(group)} → {order}")
        result[group] = order
    return result


def _as_integers(keys: Mapping[str, OrderKey]) -> dict[str, tuple[int, ...]]:
    """The keys over one common denominator: integers compare exactly and much faster than Fractions."""
    denominator = 1
    for key in keys.values():
        for value in key:
            denominator = lcm(denominator, value.denominator)
    return {c: tuple(v.numerator * (denominator // v.denominator) for v in key) for c, key in keys.items()}


def _groups(keys: Mapping[str, OrderKey]) -> list[list[str]]:
    """Ranked ids grouped by equal keys, best group first, ids sorted inside a group."""
    integers = _as_integers(keys)
    # by id, then (stable) by key, best first.
    ordered = sorted(sorted(integers), key=integers.__getitem__, reverse=True)
    groups: list[list[str]] = []
    for candidate in ordered:
        if groups and integers[groups[-1][0]] == integers[candidate]:
            groups[-1].append(candidate)
        else:
            groups.append([candidate])
    return groups


def rank(keys: Mapping[str, OrderKey | None], quota: int, decisions: Decisions, strict: bool = True) -> Ranking:
    """Rank the candidates with a key (``None``: not ranked); see the module's description."""
    ranked = {c: key for c, key in keys.items() if key is not None}
    ranks: dict[str, int | None] = dict.fromkeys(keys)
    groups: dict[str, tuple[str, ...]] = {}
    ties: list[tuple[str, ...]] = []
    resolved: set[str] = set()
    applied: list[tuple[str, ...]] = []
    spans: list[tuple[int, tuple[str, ...]]] = []  # (first rank, members) of each rank-sharing group
    order: list[str] = []
    used: set[frozenset[str]] = set()
    for group in _groups(ranked):
        first = len(order) + 1
        decision = decisions.get(frozenset(group)) if len(group) > 1 else None
        if decision is not None:
            used.add(frozenset(group))
            applied.append(decision)
            resolved.update(group)
            for offset, candidate in enumerate(decision):
                ranks[candidate] = first + offset
                spans.append((first + offset, (candidate,)))
            order.extend(decision)
            continue
        members = tuple(group)
        for candidate in members:
            ranks[candidate] = first
            if len(members) > 1:
                groups[candidate] = members
        if len(members) > 1:
            ties.append(members)
        spans.append((first, members))
        order.extend(members)
    unused = [sorted(group) for group in decisions if group not in used]
    if strict and unused:
        raise ScoringError(f"a tie decision names candidates that are not tied: {unused}")
    recommended = dict.fromkeys(keys, False)
    quota_tie: tuple[str, ...] = ()
    quota_open = 0
    for first, members in spans:
        last = first + len(members) - 1
        if last <= quota:
            recommended.update(dict.fromkeys(members, True))
        elif first <= quota:
            quota_tie = members
            quota_open = quota - first + 1
    order.extend(sorted(c for c in keys if keys[c] is None))
    return Ranking(ranks, tuple(order), groups, tuple(ties), frozenset(resolved), tuple(applied),
                   recommended, quota_tie, quota_open)
