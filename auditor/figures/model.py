"""The figure model: a value read from text as an interval in base units, and what was left unread.

Everything here is plain data and arithmetic on intervals; nothing reads
text. `Figure` is what every check compares; `Unread` is a span that looked
like a figure but could not be read with confidence (it is reported, never
guessed).
"""

from __future__ import annotations

import calendar as _calendar
import datetime
from dataclasses import dataclass, replace
from fractions import Fraction

from auditor.units import UnitMismatch  # noqa: F401  (part of the figures API; raised by auditor.units)

# 约N / N左右 / about N: N ± 10 %.
APPROXIMATE_TOLERANCE = Fraction(1, 10)
# 近N / nearly N: from 90 % of N up to N (excluded).
NEAR_FLOOR = Fraction(9, 10)
# A four-digit number followed by 年 in this range is a year, else a span.
YEAR_RANGE = (1900, 2100)

KINDS = ("quantity", "percent", "multiple", "year", "date", "relative-date", "span", "anniversary", "ordinal")
CALENDAR_KINDS = frozenset({"year", "date", "relative-date"})
# Dimensions of things counted one by one: people, households, person-times, anything else.
COUNTED_DIMENSIONS = frozenset({"[count]", "[person]", "[household]", "[person_time]"})
# Kinds that may be compared with each other when their dimensions agree.
_FAMILY = {
    "quantity": "measure",
    "percent": "measure",
    "span": "measure",
    "multiple": "multiple",
    "year": "calendar",
    "date": "calendar",
    "relative-date": "calendar",
    "anniversary": "anniversary",
    "ordinal": "ordinal",
}

# Direction words (增长 / 下降, rose / fell): a figure that is a change says which way.
RISE, FALL = 1, -1


class FigureError(ValueError):
    """The only error `parse` raises: the input is not one figure. One line, naming the input."""

    def __init__(self, text: str, message: str | None = None):
        self.text = text
        super().__init__(message or f'not a figure: "{text}"')


@dataclass(frozen=True, slots=True)
class CalendarRef:
    """A date as written: absolute, or relative to the publication year (今年, 去年)."""

    year: int | None  # None for relative dates
    month: int | None
    day: int | None
    relative_year: int | None = None  # 0 今年, -1 去年, -2 前年, 1 明年; None when absolute

    def resolve(self, publication_year: int) -> "CalendarRef":
        """The absolute date. A month with no year written is read in the publication year."""
        if self.year is not None:
            return self
        year = publication_year + (self.relative_year or 0)
        return CalendarRef(year, self.month, self.day, None)

    def bounds(self) -> tuple[int, int] | None:
        """First and last day covered, as YYYYMMDD integers; None when relative."""
        if self.year is None:
            return None
        if self.month is None:
            return self.year * 10000 + 101, self.year * 10000 + 1231
        base = self.year * 10000 + self.month * 100
        if self.day is None:
            return base + 1, base + _calendar.monthrange(self.year, self.month)[1]
        return base + self.day, base + self.day

    def iso(self) -> str:
        year = (
            f"{self.year:04d}"
            if self.year is not None
            else RELATIVE_YEAR_WORDS.get(self.relative_year, "year not written")
        )
        parts = [year]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


RELATIVE_YEAR_WORDS = {
    0: "this year",
    -1: "last year",
    -2: "the year before last",
    1: "next year",
    2: "the year after next",
}


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure read from text: its span, its value as an interval and its unit.

    `nominal` is the number as written, in base units; `low`/`high` bound
    what it can mean (qualifiers, rounding, ranges). `direction` is RISE or
    FALL when the text words the figure as a change (增长3%, 下降3%, fell 4%),
    else None; the value itself keeps the sign written (同比增长-2.2% is RISE
    with a negative value). `signed()` gives the change as one signed interval.
    """

    text: str
    start: int
    end: int
    kind: str
    low: Fraction | None
    high: Fraction | None
    low_inclusive: bool
    high_inclusive: bool
    nominal: Fraction
    unit: str
    written_unit: str
    dimension: str
    qualifier: str | None
    calendar: CalendarRef | None = None
    calendar_end: CalendarRef | None = None  # last day of a date range (15日至16日)
    direction: int | None = None

    # --- comparing ------------------------------------------------------------
    def same_dimension(self, other: "Figure") -> bool:
        """Comparable: same dimension and same family of kind (a year is not a span)."""
        return self.dimension == other.dimension and _FAMILY.get(self.kind) == _FAMILY.get(other.kind)

    def _require_same_dimension(self, other: "Figure") -> None:
        if not self.same_dimension(other):
            raise UnitMismatch(
                f"cannot compare {self.written_unit or self.kind} ({self.dimension or 'dimensionless'}) "
                f"with {other.written_unit or other.kind} ({other.dimension or 'dimensionless'})"
            )

    def overlaps(self, other: "Figure") -> bool:
        """The two intervals intersect. Raises UnitMismatch across dimensions."""
        self._require_same_dimension(other)
        return intervals_meet(self.low, self.low_inclusive, other.high, other.high_inclusive) and intervals_meet(
            other.low, other.low_inclusive, self.high, self.high_inclusive
        )

    def contains(self, value: Fraction) -> bool:
        """`value` (in base units) lies in the interval."""
        value = Fraction(value)
        if self.low is not None and (value < self.low or (value == self.low and not self.low_inclusive)):
            return False
        if self.high is not None and (value > self.high or (value == self.high and not self.high_inclusive)):
            return False
        return True

    def signed(self) -> "Figure":
        """The figure as a signed change: a FALL of 3% is -3%; other figures unchanged."""
        if self.direction != FALL:
            return self
        low = None if self.high is None else -self.high
        high = None if self.low is None else -self.low
        return replace(
            self,
            low=low,
            high=high,
            low_inclusive=self.high_inclusive,
            high_inclusive=self.low_inclusive,
            nominal=-self.nominal,
            direction=RISE,
        )

    def resolve(self, publication_year: int) -> "Figure":
        """A relative date made absolute against the publication year; other figures unchanged."""
        if self.kind != "relative-date" or self.calendar is None:
            return self
        start = self.calendar.resolve(publication_year)
        end = self.calendar_end.resolve(publication_year) if self.calendar_end else None
        try:
            low, high = calendar_bounds(start, end)
        except ValueError:
            return self
        kind = "date" if start.month is not None else "year"
        return replace(
            self,
            kind=kind,
            calendar=start,
            calendar_end=end,
            low=low,
            high=high,
            nominal=low,
            low_inclusive=True,
            high_inclusive=True,
        )

    # --- showing --------------------------------------------------------------


@dataclass(frozen=True)
class Unread:
    """A span that looks like a figure but cannot be read with confidence, and why.

    Checks never use it as a value; `auditor parse --find` lists it, and a
    malformed number (`malformed` is True: 1,23,456, $100,174,00) is a draft
    defect the `malformed-number` check reports.
    """

    text: str
    start: int
    end: int
    reason: str
    malformed: bool = False

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "reason": self.reason,
            "malformed": self.malformed,
        }


@dataclass(frozen=True)
class ProseReading:
    """What `read_prose` found in a text: figures and unread spans, each sorted by start."""

    figures: list[Figure]
    unread: list[Unread]


# --- intervals ------------------------------------------------------------------

Interval = tuple  # (low, high, low_inclusive, high_inclusive); None bounds are unbounded


def intervals_meet(low: Fraction | None, low_inclusive: bool, high: Fraction | None, high_inclusive: bool) -> bool:
    """low (of one interval) is at or below high (of the other)."""
    if low is None or high is None:
        return True
    if low < high:
        return True
    return low == high and low_inclusive and high_inclusive


def rule_interval(rule: str, n: Fraction) -> Interval:
    """The interval a qualifier rule gives the number n (n may be negative: 下降近3% is read on its value)."""
    if rule == "under":
        return _ordered(n * NEAR_FLOOR, n, True, False)
    if rule == "over":
        return (n, None, False, False)
    if rule == "about":
        return _ordered(n * (1 - APPROXIMATE_TOLERANCE), n * (1 + APPROXIMATE_TOLERANCE), True, True)
    if rule == "below":
        return (Fraction(0), n, True, False) if n > 0 else (None, n, False, False)
    if rule == "at_least":
        return (n, None, True, False)
    if rule == "at_most":
        return (Fraction(0), n, True, True) if n >= 0 else (None, n, False, True)
    if rule == "more":
        return (n, n + last_nonzero_step(n), True, False)
    raise AssertionError(rule)


def _ordered(a: Fraction, b: Fraction, a_inclusive: bool, b_inclusive: bool) -> Interval:
    """An interval from two ends that may come in either order (negative numbers swap them)."""
    return (a, b, a_inclusive, b_inclusive) if a <= b else (b, a, b_inclusive, a_inclusive)


def hull(a: Interval, b: Interval) -> Interval:
    """Smallest interval holding both; None is unbounded."""
    low_a, high_a, li_a, hi_a = a
    low_b, high_b, li_b, hi_b = b
    if low_a is None or low_b is None:
        low, li = None, False
    elif low_a == low_b:
        low, li = low_a, li_a or li_b
    else:
        low, li = (low_a, li_a) if low_a < low_b else (low_b, li_b)
    if high_a is None or high_b is None:
        high, hi = None, False
    elif high_a == high_b:
        high, hi = high_a, hi_a or hi_b
    else:
        high, hi = (high_a, hi_a) if high_a > high_b else (high_b, hi_b)
    return low, high, li, hi


def intersect(a: Interval, b: Interval) -> Interval:
    """Intersection of two intervals; an empty result keeps b (the qualifier's own reading)."""
    low_a, high_a, li_a, hi_a = a
    low_b, high_b, li_b, hi_b = b
    if low_a is None or (low_b is not None and low_b > low_a):
        low, li = low_b, li_b
    elif low_b is not None and low_b == low_a:
        low, li = low_a, li_a and li_b
    else:
        low, li = low_a, li_a
    if high_a is None or (high_b is not None and high_b < high_a):
        high, hi = high_b, hi_b
    elif high_b is not None and high_b == high_a:
        high, hi = high_a, hi_a and hi_b
    else:
        high, hi = high_a, hi_a
    # A redundant pair can leave an empty interval (近3000以上); keep the qualifier's own reading then.
    if low is not None and high is not None and (low > high or (low == high and not (li and hi))):
        return b
    return low, high, li, hi


def calendar_bounds(start: CalendarRef, end: CalendarRef | None) -> tuple[Fraction, Fraction]:
    """First and last day (YYYYMMDD) of a date or date range; ValueError for relative or impossible dates."""
    first = start.bounds()
    if first is None:
        raise ValueError("relative date")
    if start.day is not None:
        datetime.date(start.year, start.month, start.day)  # raises ValueError on 2月30日
    last = end.bounds() if end is not None else first
    if last is None:
        raise ValueError("relative date")
    if end is not None and end.day is not None:
        datetime.date(end.year, end.month, end.day)
    if last[1] < first[0]:
        raise ValueError("a range that ends before it starts")
    return Fraction(first[0]), Fraction(last[1])


# --- numbers --------------------------------------------------------------------


def last_nonzero_step(value: Fraction) -> Fraction:
    """10**k of the last non-zero digit: 1500 → 100, 7.8 → 0.1, 30亿 → 10亿."""
    value = abs(Fraction(value))
    if value == 0:
        return Fraction(1)
    if value.denominator == 1:
        n, k = value.numerator, 0
        while n % 10 == 0:
            n //= 10
            k += 1
        return Fraction(10**k)
    k = 1
    while (value * 10**k).denominator != 1 and k < 40:
        k += 1
    return Fraction(1, 10**k)
