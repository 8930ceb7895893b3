"""Figures and values as people read them in reports: "1,080,000 CNY", "2,700,000 ≤ x < 3,000,000 t"."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from auditor.patterns import lazy_compile

if TYPE_CHECKING:
    from auditor.figures import Figure


def unit_display(unit: str) -> str:
    """How a base unit reads in evidence: units.py's display names, but bare counts show no unit ("15")."""
    from auditor.units import DISPLAY

    return "" if unit == "count" else DISPLAY.get(unit, unit)


def format_amount(value: Fraction) -> str:
    """Exact decimal with thousands separators; a non-terminating fraction is rounded to 2 places with ≈."""
    from auditor.numbers import human_number

    return human_number(value)


def format_value(value: Fraction, unit: str) -> str:
    shown = unit_display(unit)
    amount = format_amount(value)
    if not shown:
        return amount
    return f"{amount}{shown}" if shown == "%" else f"{amount} {shown}"


# (prefix)(digits)(decimals)(suffix) of a figure written in digits; a currency sign at the end of the prefix.
_WRITTEN_NUMBER = lazy_compile(r"(\D{0,8}?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\D{0,16})")
_CURRENCY = lazy_compile(r"(?:\b[A-Z]{1,3})?[$¥£€₩] ?$|\b[A-Z]{3} ?$")


def format_like(value: Fraction, figure: "Figure", *, rounded: bool = False) -> str:
    """`value` (base units) written the way `figure` is: 57,000,000 CNY beside "5800万元" reads "5700万元",
    371,000,000 CNY beside "3.81亿元" reads "3.71亿元", so evidence stays in the article's own units. Falls
    back to base units (format_value) when the figure is not plain digits with a scale and unit around them
    (Chinese numerals, ranges) or the value has no exact short decimal in its scale; with `rounded`, a value
    computed by division (an implied total) is rounded to that short decimal instead, and marked with ≈."""
    match = _WRITTEN_NUMBER.fullmatch(figure.text.strip())
    if match is None or figure.unit == "%" or not figure.nominal:
        return format_value(value, figure.unit)
    prefix, whole, fraction, suffix = match.groups()
    written = Fraction(whole.replace(",", "") + (fraction or ""))
    if not written or any(mark in prefix for mark in "-−+"):
        return format_value(value, figure.unit)
    # A currency sign or code stays ("$", "US$", "HK$ ", "USD "); words before the number (约, 近, 负, about)
    # and a qualifier after it (余, 多, 以上, +) qualify the figure, not the value computed from it.
    currency = _CURRENCY.search(prefix)
    prefix = currency.group() if currency else ""
    if figure.qualifier and figure.qualifier in suffix:
        suffix = suffix.replace(figure.qualifier, "", 1)
        if not suffix.strip() or not any(character.isalpha() for character in suffix):
            return format_value(value, figure.unit)
    factor = abs(figure.nominal) / written  # 负5万元: the sign is a word, the scale is 万
    if factor != 1 and not suffix.strip():
        return format_value(value, figure.unit)  # "$7.64" of "$7.64 to $10.11 billion": the scale is not written here
    amount = value / factor
    decimals = max(len(fraction or "") - 1, 0) + 2  # one or two places finer than the figure, no more
    scaled = amount * 10**decimals
    approximate = ""
    if scaled.denominator != 1 and rounded:
        scaled, approximate = Fraction(round(scaled)), "≈"
    if scaled.denominator != 1:
        return format_value(value, figure.unit)
    units = int(scaled)
    sign, units = ("-" if units < 0 else ""), abs(units)
    head, tail = divmod(units, 10**decimals)
    tail_text = str(tail).rjust(decimals, "0").rstrip("0")
    head_text = f"{head:,}" if "," in whole else str(head)
    return f"{approximate}{sign}{prefix}{head_text}{'.' + tail_text if tail_text else ''}{suffix}"


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
