"""Helpers for the scoring tests (no tests here): a small scheme and compact sheets.

The scheme ``ABZ`` has two powers: ``a`` with items ``x`` and ``y`` and ``b`` with item ``z``, each
out of 10, so a reviewer's scores for a candidate are written as a tuple ``(x, y, z)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from scoring import ItemSpec, PowerSpec, Rules, Sheet

D = Decimal

ABZ: tuple[PowerSpec, ...] = (
    PowerSpec("a", (ItemSpec("a", "x", D(10)), ItemSpec("a", "y", D(10)))),
    PowerSpec("b", (ItemSpec("b", "z", D(10)),)),
)

#: One power with one item out of 1000: a reviewer's "total" can be shifted and scaled freely.
WIDE: tuple[PowerSpec, ...] = (PowerSpec("t", (ItemSpec("t", "s", D(1000)),)),)


def keys_of(powers: Sequence[PowerSpec]) -> list[str]:
    return [item.full_key for power in powers for item in power.items]


def sheet(reviewer: str, scores: Mapping[str, Sequence[int | str | Decimal]], recused: Iterable[str] = (),
          powers: Sequence[PowerSpec] = ABZ) -> Sheet:
    keys = keys_of(powers)
    return Sheet(reviewer, {c: {k: D(str(v)) for k, v in zip(keys, values, strict=True)} for c, values in scores.items()},
                 frozenset(recused))


def rules(**changes: object) -> Rules:
    base: dict[str, object] = {"method": "trimmed_mean", "trim": 1, "trim_scope": "total", "trim_min_panel": 5,
                               "quota": 3, "tie_break": (), "decimals": 2, "min_scores": 3}
    base.update(changes)
    return Rules(**base)  # type: ignore[arg-type]
