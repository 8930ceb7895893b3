"""Figures and values as people read them in reports: "1,080,000 CNY", "2,700,000 ≤ x < 3,000,000 t"."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditor.figures import Figure

UNIT_DISPLAY = {
    "CNY": "CNY",
    "USD": "USD",
    "person": "persons",
    "person_time": "person-times",
    "household": "households",
    "count": "",
    "square_meter": "m²",
    "meter": "m",
    "kilometer": "km",
    "tonne": "t",
    "kilogram": "kg",
    "percent": "%",
    "year": "years",
    "TEU": "TEU",
}


def format_amount(value: Fraction) -> str:
    """Exact decimal with thousands separators; a non-terminating fraction is rounded to 2 places with ≈."""
    from auditor.figures import format_number

    text = format_number(value)
    prefix = ""
    if "/" in text:
        text = f"{float(value):.2f}"
        prefix = "≈"
    sign = "-" if text.startswith("-") else ""
    text = text.lstrip("-")
    whole, _, fraction = text.partition(".")
    whole = f"{int(whole):,}"
    return prefix + sign + whole + (f".{fraction}" if fraction else "")


def format_value(value: Fraction, unit: str) -> str:
    shown = UNIT_DISPLAY.get(unit, unit)
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
    shown = UNIT_DISPLAY.get(unit, unit)
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
