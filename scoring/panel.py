"""The sheets, checked and put in one canonical form: who scored whom, as exact integers.

Every score is stored as an integer number of the finest decimal unit found in the input (0.5 and
6.25 → hundredths), so sums, sorts and comparisons are exact and fast; ``Fraction(units, scale)`` is
the value. Candidates and reviewers are kept in sorted order, so nothing downstream can depend on
the order the sheets or candidates were given in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache, partial
from operator import itemgetter

from scoring.inputs import PowerSpec, ScoringError, Sheet


@dataclass(frozen=True)
class Layout:
    """The scheme flattened: item keys (``"power.item"``) in order, and each power's slice of them."""

    powers: tuple[str, ...]
    items: tuple[str, ...]
    maxima: tuple[Decimal, ...]
    slices: tuple[tuple[int, int], ...]

    @staticmethod
    def of(powers: Sequence[PowerSpec]) -> Layout:
        items: list[str] = []
        maxima: list[Decimal] = []
        slices: list[tuple[int, int]] = []
        for power in powers:
            start = len(items)
            for item in power.items:
                items.append(item.full_key)
                maxima.append(item.max)
            slices.append((start, len(items)))
        return Layout(tuple(p.key for p in powers), tuple(items), tuple(maxima), tuple(slices))

    @property
    def total_max(self) -> Decimal:
        return sum(self.maxima, Decimal(0))


Vector = tuple[int, ...]


@dataclass(frozen=True)
class Panel:
    """Valid scores: ``scores[candidate][reviewer]`` is the item vector in units of ``1 / scale``."""

    layout: Layout
    places: int
    candidates: tuple[str, ...]
    reviewers: tuple[str, ...]
    scores: Mapping[str, Mapping[str, Vector]]
    recused: Mapping[str, tuple[str, ...]]
    missing: Mapping[str, tuple[str, ...]]
    subtotals: Mapping[str, Mapping[str, Vector]]  # [candidate][reviewer]: the power subtotals
    totals: Mapping[str, Mapping[str, int]]        # [candidate][reviewer]: the total

    @property
    def scale(self) -> int:
        return int(10**self.places)

    def decimal(self, units: int) -> Decimal:
        """A number of units as the Decimal it stands for."""
        return _decimal(units, self.places)



@lru_cache(maxsize=65536)
def _decimal(units: int, places: int) -> Decimal:
    return Decimal(units).scaleb(-places)


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite: checked by the caller
    return max(0, -exponent)


def _check_ids(candidates: Sequence[str], sheets: Sequence[Sheet]) -> None:
    if len(set(candidates)) != len(candidates):
        raise ScoringError("a candidate id is listed twice")
    reviewers = [sheet.reviewer for sheet in sheets]
    if len(set(reviewers)) != len(reviewers):
        raise ScoringError("two sheets come from the same reviewer")
    known = set(candidates)
    for sheet in sheets:
        unknown = sorted((set(sheet.scores) | sheet.recused) - known)
        if unknown:
            raise ScoringError(f"reviewer {sheet.reviewer}: unknown candidate {', '.join(unknown)}")
        both = sorted(set(sheet.scores) & sheet.recused)
        if both:
            raise ScoringError(f"reviewer {sheet.reviewer}: both scored and recused for {', '.join(both)}")


def _locate(sheets: Sequence[Sheet], layout: Layout, wrong: Callable[[int, object], bool]) -> str:
    """Where the first score for which ``wrong(item index, value)`` holds was given (for a message)."""
    for sheet in sorted(sheets, key=lambda sheet: sheet.reviewer):
        for candidate in sorted(sheet.scores):
            for index, key in enumerate(layout.items):
                value = sheet.scores[candidate][key]
                if wrong(index, value):
                    return f"reviewer {sheet.reviewer}, candidate {candidate}, {key}: {value!r}"
    return "?"  # pragma: no cover - only called once a wrong value is known to exist


def _raw_vectors(layout: Layout, sheets: Sequence[Sheet]) -> dict[str, dict[str, tuple[Decimal, ...]]]:
    """Each sheet's scores as tuples in the scheme's item order, refusing missing or unknown items."""
    expected = set(layout.items)
    get = itemgetter(*layout.items)
    single = len(layout.items) == 1
    raw: dict[str, dict[str, tuple[Decimal, ...]]] = {}
    for sheet in sheets:
        mine = raw[sheet.reviewer] = {}
        for candidate, scores in sheet.scores.items():
            if scores.keys() != expected:
                absent = sorted(expected - set(scores))
                extra = sorted(set(scores) - expected)
                raise ScoringError(f"reviewer {sheet.reviewer}, candidate {candidate}: "
                                   f"missing items {absent or '—'}, unknown items {extra or '—'}")
            mine[candidate] = (get(scores),) if single else get(scores)
    return raw


def _is_score(value: object) -> bool:
    return (isinstance(value, (Decimal, int)) and not isinstance(value, bool) and Decimal(value).is_finite()
            and value >= 0)


def _above(index: int, maximum: Decimal, at: int, value: object) -> bool:
    return at == index and isinstance(value, (Decimal, int)) and value > maximum


def _units(layout: Layout, sheets: Sequence[Sheet], vectors: Iterable[tuple[Decimal, ...]]
           ) -> tuple[int, dict[Decimal, int]]:
    """Check every score (a Decimal, 0 ≤ score ≤ its item's maximum) and map each to integer units.

    Scores repeat a lot (a few dozen values on a 0.5 step), so each distinct value is checked and
    converted once; the places needed to hold every score exactly are returned with the table.
    """
    vectors = list(vectors)
    distinct: set[Decimal] = set()
    for vector in vectors:
        distinct.update(vector)
    for value in distinct:
        if not _is_score(value):
            where = _locate(sheets, layout, lambda _, v: not _is_score(v))
            raise ScoringError(f"{where} is not a score (a Decimal of at least 0)")
    for index, maximum in enumerate(layout.maxima):
        if vectors and max(map(itemgetter(index), vectors)) > maximum:
            where = _locate(sheets, layout, partial(_above, index, maximum))
            raise ScoringError(f"{where} is above the item's maximum {maximum}")
    numbers = {value: Decimal(value) for value in distinct}
    places = max([_places(maximum) for maximum in layout.maxima] + [_places(n) for n in numbers.values()])
    return places, {value: int(number.scaleb(places)) for value, number in numbers.items()}


def read_panel(powers: Sequence[PowerSpec], candidates: Sequence[str], sheets: Sequence[Sheet]) -> Panel:
    """Check the sheets against the scheme and the candidate list, and hold them as integers."""
    layout = Layout.of(powers)
    _check_ids(candidates, sheets)
    raw = _raw_vectors(layout, sheets)
    places, table = _units(layout, sheets, (v for by in raw.values() for v in by.values()))
    convert = table.__getitem__
    reviewers = sorted(raw)
    scores: dict[str, dict[str, Vector]] = {candidate: {} for candidate in sorted(candidates)}
    recused: dict[str, list[str]] = {candidate: [] for candidate in scores}
    missing: dict[str, list[str]] = {candidate: [] for candidate in scores}
    recusals = {sheet.reviewer: sheet.recused for sheet in sheets}
    for reviewer in reviewers:
        given = raw[reviewer]
        for candidate in scores:
            vector = given.get(candidate)
            if vector is not None:
                scores[candidate][reviewer] = tuple(map(convert, vector))
            elif candidate in recusals[reviewer]:
                recused[candidate].append(reviewer)
            else:
                missing[candidate].append(reviewer)
    slices = [slice(a, b) for a, b in layout.slices]
    subtotals = {c: {r: tuple(map(sum, map(v.__getitem__, slices))) for r, v in by.items()}
                 for c, by in scores.items()}
    return Panel(layout, places, tuple(scores), tuple(reviewers), scores,
                 {c: tuple(r) for c, r in recused.items()}, {c: tuple(r) for c, r in missing.items()},
                 subtotals, {c: {r: sum(p) for r, p in by.items()} for c, by in subtotals.items()})
