"""Exact arithmetic and the one rounding step.

Scores are integers of the finest decimal unit given, and every mean, trimmed mean, median,
variance and mean square is an exact ``Fraction``. Only square roots are irrational (SDs, and so
z-scores): they are computed in ``Decimal`` to ``SQRT_DIGITS`` significant digits and cut to
``IRRATIONAL_PLACES`` decimal places. Results are rounded once, at the end, *half up* (四舍五入:
85.125 → 85.13, 85.115 → 85.12, −1.005 → −1.01) to the scheme's ``decimals``.

The published columns add up. The final is ``round_half_up(exact final)``; the power subtotals are
then apportioned to it by the largest-remainder method (最大余数法): each power is its exact value
rounded down to the unit (0.01 for two decimals), and the units still missing to reach the published
final go, one each, to the powers with the largest remainders (equal remainders: the larger exact
value first, then the scheme's order). Each published power is therefore its exact value rounded
down or up — never more than one unit away — and 合计 always equals the sum of the columns, as a
panel checking the result sheet by hand expects. Items are apportioned to their power the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, Context, Decimal
from fractions import Fraction
from math import isqrt, lcm

SQRT_DIGITS = 60
#: Values computed with square roots are cut to this many decimal places before they are compared
#: or rounded, so that a value which is exactly on a half-unit (e.g. 80.005) is not pushed below it
#: by an error in the 60th digit, and equal values compare equal.
IRRATIONAL_PLACES = 30

_SQRT_CONTEXT = Context(prec=SQRT_DIGITS, rounding=ROUND_HALF_EVEN)
_CUT = Decimal(1).scaleb(-IRRATIONAL_PLACES)
_CUT_CONTEXT = Context(prec=SQRT_DIGITS + 40, rounding=ROUND_HALF_EVEN)


def round_half_up(value: Fraction, decimals: int) -> Decimal:
    """``value`` rounded to ``decimals`` places, halves away from zero (四舍五入), as a Decimal."""
    numerator, denominator = value.numerator, value.denominator
    # floor(|x|·10^d + ½) = floor((2·|p|·10^d + q) / 2q)
    units = (2 * abs(numerator) * 10**decimals + denominator) // (2 * denominator)
    return Decimal(-units if numerator < 0 else units).scaleb(-decimals, context=_SQRT_CONTEXT)


def apportion(values: Sequence[Fraction], total: Decimal, decimals: int) -> tuple[Decimal, ...]:
    """Round ``values`` to ``decimals`` places so that they sum exactly to ``total`` (largest remainder).

    ``total`` must lie between the sum of the values rounded down and the sum rounded up, which holds
    when it is ``round_half_up(sum(values))``.
    """
    denominator = 1
    for value in values:
        denominator = lcm(denominator, value.denominator)
    scale = 10**decimals
    scaled = [value.numerator * (denominator // value.denominator) * scale for value in values]
    floors = [number // denominator for number in scaled]  # rounded down to the unit, in units
    target = int(total.scaleb(decimals))
    missing = target - sum(floors)
    if not 0 <= missing <= len(values):
        raise ValueError(f"cannot apportion {total} over {len(values)} values")
    order = sorted(range(len(values)), key=lambda i: (-(scaled[i] % denominator), -scaled[i], i))
    bumped = set(order[:missing])
    return tuple(Decimal(floors[i] + (i in bumped)).scaleb(-decimals, context=_SQRT_CONTEXT)
                 for i in range(len(values)))


def fraction_to_decimal(value: Fraction) -> Decimal:
    """``value`` to ``SQRT_DIGITS`` significant digits (exact when it terminates within them)."""
    return _SQRT_CONTEXT.divide(Decimal(value.numerator), Decimal(value.denominator))


def decimal_sqrt(value: Decimal) -> Decimal:
    """√value to ``SQRT_DIGITS`` significant digits."""
    return _SQRT_CONTEXT.sqrt(value)


def sqrt(value: Fraction) -> Fraction:
    """√value: exact when value is the square of a rational, otherwise to ``IRRATIONAL_PLACES`` places."""
    if value < 0:
        raise ValueError("square root of a negative number")
    num, den = value.numerator, value.denominator
    root_num, root_den = isqrt(num), isqrt(den)
    if root_num * root_num == num and root_den * root_den == den:
        return Fraction(root_num, root_den)
    root = decimal_sqrt(fraction_to_decimal(value))
    return cut(root)


def cut(value: Fraction | Decimal) -> Fraction:
    """A value that carries a square root's error, cut to ``IRRATIONAL_PLACES`` places (half even)."""
    if isinstance(value, Decimal):
        return Fraction(value.quantize(_CUT, context=_CUT_CONTEXT))
    scale = 10**IRRATIONAL_PLACES
    return Fraction(round(value * scale), scale)


def variance_of_units(values: Sequence[int], scale: int, sample: bool = True) -> Fraction | None:
    """The variance of ``value / scale`` over integer ``values``: sample (n − 1) or population (n).

    ``None`` when there are too few values (fewer than two for the sample variance, none at all).
    """
    n = len(values)
    divisor = n - 1 if sample else n
    if divisor < 1:
        return None
    total = sum(values)
    return Fraction(n * sum(value * value for value in values) - total * total, n * divisor * scale * scale)
