"""Comparing values: whether two figures can both be true, and how far apart they are."""

from __future__ import annotations

import functools
from fractions import Fraction
from typing import TYPE_CHECKING

# Figures that are points in time: compared with each other only, as calendar references.
CALENDAR_KINDS = frozenset({"year", "date", "relative-date"})


if TYPE_CHECKING:
    from auditor.figures import Figure

# --- comparing values -------------------------------------------------------------


def calendars_disagree(a: "Figure", b: "Figure", same_document: bool) -> bool | None:
    """True/False when two calendar figures can be compared; None when they cannot (a relative date)."""
    x, y = a.calendar, b.calendar
    if x is None or y is None:
        return None
    if (x.relative_year is None) != (y.relative_year is None) or (x.year is None) != (y.year is None):
        return None  # 去年8月 vs 2023年8月: needs the publication date
    if x.year is None and (not same_document or x.relative_year != y.relative_year):
        return None  # both relative: comparable only with one anchor word, in one document
    if (a.calendar_end is None) != (b.calendar_end is None):
        return None  # a span of years and one year (2017年~2021年 vs 2021年) are two kinds of time
    ends = [(x, y)]
    if a.calendar_end is not None:
        ends.append((a.calendar_end, b.calendar_end))
    return any(
        p is not None and q is not None and p != q
        for first, second in ends
        for p, q in ((first.year, second.year), (first.month, second.month), (first.day, second.day))
    )


def values_disagree(a: "Figure", b: "Figure", same_document: bool) -> bool | None:
    """True when the two figures cannot both be true; None when they cannot be compared."""
    if not a.same_dimension(b):
        return None
    if a.kind in CALENDAR_KINDS or b.kind in CALENDAR_KINDS:
        if not (a.kind in CALENDAR_KINDS and b.kind in CALENDAR_KINDS):
            return None
        return calendars_disagree(a, b, same_document)
    return not a.overlaps(b) and not _truncated(a, b) and not _truncated(b, a)


def _truncated(coarse: "Figure", fine: "Figure") -> bool:
    """The coarser figure is the finer one with its last digits cut off rather than rounded: 145萬人 for 145.7萬人
    (a headline's habit). Only a figure with no qualifier, read with the precision it is written to."""
    if coarse.qualifier or fine.qualifier or coarse.kind != "quantity" or fine.kind != "quantity":
        return False
    if coarse.low is None or coarse.high is None or fine.low is None or fine.high is None:
        return False
    step = coarse.high - coarse.low
    fine_step = fine.high - fine.low
    return 0 < fine_step < step and coarse.nominal <= fine.low and fine.high <= coarse.nominal + step


def value_factor(a: "Figure", b: "Figure") -> float:
    """How plausible it is that two disagreeing values were meant to be one figure (0-1).

    Amounts one slip of the pen apart keep full weight (percentages their
    distance factor: 13.3% and 18.3% are a slip apart by chance often; but
    not 15.6% and 16.5%, three digits with two swapped) (`slipped`: a digit
    changed, two neighbouring digits swapped, a digit dropped or doubled, a
    magnitude word or a decimal point slipped): that is how a figure goes wrong
    when it is copied. Other pairs weigh NOT_A_SLIP_FACTOR times their distance
    factor: ratios up to 1.5 most, far-apart values (more likely different
    things worded alike) less. Dates keep CALENDAR_FACTOR: events recur (a
    second visit, the next photo of a series) more often than amounts do.
    Percentages weigh less: a share is a small number that many things share.
    """
    if a.kind in CALENDAR_KINDS:
        return CALENDAR_FACTOR
    x, y = written_value(a), written_value(b)
    if slipped(x, y):
        if a.kind == "percent" and not (transposed(x, y) and significant_digits(x, y) >= 3):
            return _distance_factor(a, b)
        return 1.0  # (15.6% / 16.5%: two neighbouring digits of three swapped is a copying slip, not chance)
    return NOT_A_SLIP_FACTOR * _distance_factor(a, b)


def _distance_factor(a: "Figure", b: "Figure") -> float:
    if a.kind == "percent":
        gap = abs(a.nominal - b.nominal)
        return 0.8 if gap <= 5 else 0.6 if gap <= 20 else 0.4
    x, y = abs(a.nominal), abs(b.nominal)
    if x == 0 or y == 0:
        return 0.5
    ratio = max(x, y) / min(x, y)
    if ratio <= Fraction(3, 2):
        return 1.0
    if ratio in (10, 100, 1000, 10000) or ratio <= 3:
        return 0.8
    if ratio <= 10:
        return 0.55
    return 0.35


CALENDAR_FACTOR = 0.6
# Two values that are not one slip apart: on real statistical text they are nearly always two things
# worded alike (28.2% vs 38.6% for two industries, 10 vs 23 provinces).
NOT_A_SLIP_FACTOR = 0.65


def digit_string(value: Fraction, decimals: int) -> str | None:
    """The value's digits as an integer string, written with `decimals` decimals (None if it needs more)."""
    # Integer arithmetic: a scan judges each value against many others, and Fraction arithmetic was a third
    # of a scan of a document of 8,000 figures.
    scaled = abs(value.numerator) * 10**decimals
    return str(scaled // value.denominator) if scaled % value.denominator == 0 else None


# (12: a measure in a unit whose factor is no power of ten keeps the power of ten of its base, "468,300 pounds"
# in tonnes is 4683/10⁹, and its digits must still be read)
MAX_DECIMALS = 12


def written_value(figure: "Figure") -> Fraction:
    """The figure's value with its unit's factor taken out up to a power of ten: the digits the writer wrote,
    for telling slips of the pen. 28.6万亩 is 572,000,000/3 m², whose digits say nothing of "286"; in 亩 it is
    286,000. Powers of ten stay (万, million, km in m), so a slipped magnitude is still seen."""
    dimension = figure.dimension
    if not figure.written_unit or not any(base in dimension for base in _MEASURED_DIMENSIONS):
        # (counts, money and percentages are written in powers of ten of their base: no unit to look up, and a
        # unit the factor cache has not met would load pint only to learn so)
        return figure.nominal
    factor = _unit_scale(figure.written_unit)
    return figure.nominal / factor if factor else figure.nominal


# Dimensions of measured units, some of whose factors are no power of ten (亩, acre, mile, pound, hour).
_MEASURED_DIMENSIONS = ("[length]", "[mass]", "[time]", "[temperature]")


@functools.lru_cache(maxsize=256)
def _unit_scale(written_unit: str) -> Fraction | None:
    """The part of a unit's factor that is not a power of ten (2/3 for 亩, 2/3 for 万亩, 1 for 万元), or None
    when the unit is unknown."""
    from auditor.figures.vocabulary import unit_info
    from auditor.units import UnknownUnit

    # (a Chinese magnitude before the unit, 万亩, is a power of ten: the unit is the one the reader looked up, 亩)
    unit = written_unit.lstrip("万亿千百") or written_unit
    try:
        factor = unit_info(unit)[0]
    except (UnknownUnit, KeyError, ValueError):
        return None
    numerator, denominator = factor.numerator, factor.denominator
    while numerator % 10 == 0:
        numerator //= 10
    while denominator % 10 == 0:
        denominator //= 10
    return Fraction(numerator, denominator)


def _digits(value: Fraction) -> tuple[int, str] | None:
    """(decimals, digits): the value written with as few decimals as it needs (at most MAX_DECIMALS)."""
    numerator, denominator = abs(value.numerator), value.denominator
    for decimals in range(MAX_DECIMALS + 1):
        power = 10**decimals
        if power % denominator == 0:
            return decimals, str(numerator * (power // denominator))
    return None


def _aligned(x: Fraction, y: Fraction) -> tuple[str, str] | None:
    """The digits of two values written with the same decimals (those of the more precise), or None."""
    first, second = _digits(x), _digits(y)
    if first is None or second is None:
        return None
    decimals = max(first[0], second[0])
    return first[1] + "0" * (decimals - first[0]), second[1] + "0" * (decimals - second[0])


def _swapped(a: str, b: str) -> bool:
    """Equal-length digit strings that differ by two neighbouring digits swapped."""
    if len(a) != len(b):
        return False
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and a[differ[1]] == b[differ[0]]
    )


def significant_digits(x: Fraction, y: Fraction) -> int:
    """The significant digits of the more precise of two values, written with the same decimals."""
    aligned = _aligned(x, y)
    return max(len(d.strip("0")) for d in aligned) if aligned else 0


def transposed(x: Fraction, y: Fraction) -> bool:
    """Whether two values differ only by two neighbouring digits swapped (57 / 75, 386.5 / 368.5): the
    classic copying slip, and far rarer by chance than one digit changed."""
    aligned = _aligned(x, y) if x != y else None
    return aligned is not None and _digits(x)[0] == _digits(y)[0] and _swapped(*aligned)


def magnitude_moved(x: Fraction, y: Fraction) -> bool:
    """Whether two values differ only in magnitude: the same digits, a power of ten apart (9.6亿 / 9600万)."""
    if x == 0 or y == 0 or x == y:
        return False
    ratio = abs(x / y) if abs(x) > abs(y) else abs(y / x)
    return ratio.denominator == 1 and str(ratio.numerator).strip("0") == "1"


def slipped(x: Fraction, y: Fraction) -> bool:
    """Whether two values are one slip of the pen apart: written with the same decimals, their digits differ
    in one place (108 / 118), by two neighbouring digits swapped (386.5 / 368.5), by one digit dropped or
    added (1,250 / 125), or only in magnitude (1.08 million / 10.8 million, 万 for 亿)."""
    aligned = _aligned(x, y) if x != y else None
    if aligned is None:
        return False
    a, b = aligned
    if a.rstrip("0") == b.rstrip("0"):
        return True  # a magnitude or a decimal point slipped
    if _digits(x)[0] != _digits(y)[0]:
        # Written with different decimals, the zeros that align them were never written: 1 and 10.7 are not
        # "10" and "107" one digit apart, nor 1 and 1.5 "10" and "15".
        return False
    if len(a) == len(b):
        return sum(1 for p, q in zip(a, b) if p != q) == 1 or _swapped(a, b)
    if abs(len(a) - len(b)) == 1:
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
    return False
