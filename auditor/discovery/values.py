"""Comparing values: whether two figures can both be true, and how far apart they are."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from auditor.discovery.windows import CALENDAR_KINDS

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
    ends = [(x, y)]
    if a.calendar_end is not None or b.calendar_end is not None:
        ends.append((a.calendar_end or x, b.calendar_end or y))
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
    return not a.overlaps(b)


def value_factor(a: "Figure", b: "Figure") -> float:
    """How plausible it is that two disagreeing values were meant to be one figure (0-1).

    A slipped digit or a rounding gone wrong keeps values close: ratios up to
    1.5 keep full weight. Far-apart values more likely count different things
    worded alike; a factor of exactly 10, 100, … (a magnitude word slipped:
    万 for 千) counts as a slip. Dates keep CALENDAR_FACTOR: events recur (a
    second visit, the next photo of a series) more often than amounts do.
    Percentages weigh less: a share is a small number that many things share.
    """
    if a.kind in CALENDAR_KINDS:
        return CALENDAR_FACTOR
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
