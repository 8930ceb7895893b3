"""Figures and values as people read them in reports: "1,080,000 CNY", "2,700,000 ≤ x < 3,000,000 t"."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditor.figures import Figure

def unit_display(unit: str) -> str:
    """How a base unit reads in evidence: units.py's display names, but bare counts show no unit ("15")."""
    from auditor.units import DISPLAY

    return "" if unit == "count" else DISPLAY.get(unit, unit)


def format_amount(value: Fraction) -> str:
    """Exact decimal with thousands separators; a non-terminating fraction is rounded to 2 places with ≈."""
    from auditor.units import human_number

    return human_number(value)


def format_value(value: Fraction, unit: str) -> str:
    shown = unit_display(unit)
    amount = format_amount(value)
    if not shown:
        return amount
    return f"{amount}{shown}" if shown == "%" else f"{amount} {shown}"


def format_interval(figure: "Figure") -> str:
    """The figure's interval in base units, compactly."""
    unit = figure.unit
    low, high = figure.low, figure.high
    if low is not None and low == high:
        return format_value(low, unit)
    shown = unit_display(unit)
    suffix = "" if not shown else (shown if shown == "%" else f" {shown}")
    lower = "≤" if figure.low_inclusive else "<"
    upper = "≤" if figure.high_inclusive else "<"
    if low is None and high is None:
        return f"any{suffix}"
    if low is None:
        return f"x {upper} {format_amount(high)}{suffix}"
    if high is None:
        return f"x {'≥' if figure.low_inclusive else '>'} {format_amount(low)}{suffix}"
    return f"{format_amount(low)} {lower} x {upper} {format_amount(high)}{suffix}"


def describe_figure(figure: "Figure") -> str:
    """'108万元 = 1,075,000 ≤ x < 1,085,000 CNY' — as written, then in base units."""
    return f"{figure.text} = {format_interval(figure)}"
