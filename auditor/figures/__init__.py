"""Figures: read a number as written in Chinese or English prose, as a unit-aware interval.

The library API:

    parse(text)            exactly one figure (the whole input), else FigureError
    find_figures(text)     every figure of a text, each with its span in the source
    read_prose(text)       the same figures, and the spans that look like figures but were left unread
    reading(figure)        a figure in one line of plain English; figure_json(figure) for programs
    Figure, Unread, CalendarRef, FigureError, UnitMismatch, format_number

A `Figure` is an interval in base units (exact `Fraction`s), with its unit,
dimension, qualifier, kind and direction, so "1.2万人次" agrees with
"12,340人次" and "近300万吨" with "280万吨". docs/figures.md is the reference.

The package is laid out as the reading is done:

    model.py       Figure, Unread, CalendarRef, intervals and exact numbers
    numerals.py    the number itself: Arabic, Chinese, English number words
    vocabulary.py  units and currencies, magnitude words, qualifiers, directions, set phrases
    dates.py       years, months and days in Chinese and English
    prose.py       the scanner that reads each figure around a numeral, and the quiet rules
    reading.py     a figure in one line of plain English

`import auditor.figures` does not import pint; the first figure with a unit
builds the one registry (auditor.units.registry) or reads its cached factors.
"""

from __future__ import annotations

from auditor.figures.model import (
    APPROXIMATE_TOLERANCE,
    CALENDAR_KINDS,
    FALL,
    KINDS,
    NEAR_FLOOR,
    RISE,
    YEAR_RANGE,
    CalendarRef,
    Figure,
    FigureError,
    ProseReading,
    UnitMismatch,
    Unread,
)
from auditor.figures.prose import find_figures, parse, read_prose
from auditor.figures.reading import figure_json, reading
from auditor.numbers import format_number

__all__ = [
    "APPROXIMATE_TOLERANCE",
    "CALENDAR_KINDS",
    "FALL",
    "KINDS",
    "NEAR_FLOOR",
    "RISE",
    "YEAR_RANGE",
    "CalendarRef",
    "Figure",
    "FigureError",
    "ProseReading",
    "UnitMismatch",
    "Unread",
    "figure_json",
    "find_figures",
    "format_number",
    "parse",
    "read_prose",
    "reading",
]
