"""Exact numbers written for people and for programs: one home for every module that shows a value.

`format_number` is exact (a reduced fraction when the decimal does not terminate), `human_number` adds
thousands separators (and "≈" with two decimals for a non-terminating value), `json_number` gives a program
an int or the nearest float.
"""

from __future__ import annotations

from fractions import Fraction


def format_number(value: Fraction) -> str:
    """Exact decimal string ("1080000", "0.5", "28.39"); "a/b" when the decimal does not terminate.

    A non-terminating value (2000/3 m² for one 亩) is written as a reduced
    fraction so the string stays exact.
    """
    value = Fraction(value)
    sign = "-" if value < 0 else ""
    value = abs(value)
    numerator, denominator = value.numerator, value.denominator
    if denominator == 1:
        return f"{sign}{numerator}"
    twos = fives = 0
    rest = denominator
    while rest % 2 == 0:
        rest //= 2
        twos += 1
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    if rest != 1:
        return f"{sign}{numerator}/{denominator}"
    places = max(twos, fives)
    scaled = numerator * 10**places // denominator
    digits = str(scaled).rjust(places + 1, "0")
    whole, fraction = digits[:-places], digits[-places:].rstrip("0")
    return f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}"


def json_number(value: Fraction | None) -> int | float | None:
    """A number a program can use: an int when whole, else the nearest float (the exact value is in `*_exact`)."""
    if value is None:
        return None
    value = Fraction(value)
    if value.denominator == 1:
        return value.numerator
    return float(value)


def group_digits(text: str) -> str:
    """Insert thousands separators into the integer part of a decimal string."""
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    whole, dot, fraction = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ",".join(groups) + dot + fraction


def human_number(value: Fraction) -> str:
    """A number for people: exact with separators, else '≈' and 2 decimals."""
    exact = format_number(value)
    if "/" not in exact:
        return group_digits(exact)
    return "≈" + group_digits(format_number(round(Fraction(value), 2)))
