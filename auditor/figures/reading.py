"""A figure in one line of plain English: what `auditor parse` prints and reports quote."""

from __future__ import annotations

from fractions import Fraction

from auditor.figures.model import CALENDAR_KINDS, FALL, RELATIVE_YEAR_WORDS, RISE, CalendarRef, Figure
from auditor.figures.vocabulary import POST_QUALIFIERS, PRE_QUALIFIERS, unit_info
from auditor.numbers import format_number, json_number

_LEADS = {
    "under": "just under",
    "over": "more than",
    "about": "about",
    "below": "less than",
    "at_least": "at least",
    "at_most": "at most",
    "more": "over",
}

# Spans read best in the unit they were written in (10天 is "10 days", not 0.03 years).
_SPAN_WORDS = {
    "年": "years",
    "个月": "months",
    "天": "days",
    "周": "weeks",
    "星期": "weeks",
    "个星期": "weeks",
    "小时": "hours",
    "个小时": "hours",
    "分钟": "minutes",
    "秒": "seconds",
    "岁": "years of age",
    "周岁": "years of age",
    "months": "months",
    "days": "days",
    "weeks": "weeks",
    "hours": "hours",
    "minutes": "minutes",
    "seconds": "seconds",
    "month": "months",
    "day": "days",
    "week": "weeks",
    "hour": "hours",
    "years old": "years of age",
    "year-old": "years of age",
}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _describe_interval(f: Figure, show) -> str:
    low, high = f.low, f.high
    if low is not None and high is not None:
        if low == high:
            return f"exactly {show(low)}"
        text = f"between {show(low, False)} and {show(high, False)}"
        if f.low_inclusive and f.high_inclusive:
            return text + ", bounds included"
        if f.low_inclusive:
            return text + ", upper bound excluded"
        if f.high_inclusive:
            return text + ", lower bound excluded"
        return text + ", bounds excluded"
    if low is not None:
        return ("at least " if f.low_inclusive else "more than ") + show(low, False)
    if high is not None:
        return ("at most " if f.high_inclusive else "less than ") + show(high, False)
    return "unbounded"


def _calendar_words(ref: CalendarRef) -> str:
    if ref.year is not None:
        return ref.iso()
    month = _MONTHS[ref.month - 1] if ref.month else ""
    when = f"{ref.day} {month}" if ref.day else month
    if ref.relative_year is None:
        return f"{when} (year not written)"
    return f"{when} of {RELATIVE_YEAR_WORDS.get(ref.relative_year, f'year {ref.relative_year:+d}')}"


def _ordinal_words(value: Fraction) -> str:
    n = int(value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def reading(f: Figure) -> str:
    """The figure in plain English, with its direction when it is worded as a change."""
    text = _reading(f)
    if f.direction == RISE:
        return f"a rise: {text}"
    if f.direction == FALL:
        return f"a fall: {text}"
    return text


def _reading(f: Figure) -> str:
    if f.kind in CALENDAR_KINDS:
        assert f.calendar is not None
        what = {"year": "the year", "date": "the date", "relative-date": ""}[f.kind]
        text = f"{what} {_calendar_words(f.calendar)}".strip()
        if f.calendar_end is not None:
            text += f" to {_calendar_words(f.calendar_end)}"
        words = (f.qualifier or "").split("…")
        if "fiscal" in words:
            text = "fiscal " + text
        if "以来" in words or "起" in words:
            text = "since " + text
        elif "至今" in words:
            text = "from " + text + " until now"
        if f.kind == "relative-date":
            text += ", relative to the publication date"
        return text
    if f.kind == "ordinal":
        return f"ordinal: the {_ordinal_words(f.nominal)} ({f.written_unit})"
    if f.kind == "anniversary":
        return f"the {_ordinal_words(f.nominal)} anniversary"
    from auditor.numbers import human_number
    from auditor.units import format_quantity

    scale, label = Fraction(1), f.unit
    if f.kind == "span" and f.written_unit in _SPAN_WORDS and f.written_unit not in ("年", "岁", "周岁"):
        scale, label = unit_info(f.written_unit)[0], _SPAN_WORDS[f.written_unit]
    elif f.kind == "multiple":
        label = "times"

    def show(value: Fraction, with_unit: bool = True) -> str:
        if not with_unit:
            return human_number(value / scale)
        if f.kind == "multiple":
            return f"{human_number(value)} times"
        if scale != 1:
            amount = value / scale
            return f"{human_number(amount)} {label.replace('s', '', 1) if amount == 1 else label}"
        return format_quantity(value, f.unit)

    words = (f.qualifier or "").split("…")
    rules = [r for r in ((PRE_QUALIFIERS.get(q.lower()) or POST_QUALIFIERS.get(q)) for q in words if q) if r]
    describe = _describe_interval(f, show)
    if f.kind == "span" and words[0] in ("来", "以来", "间", "近"):
        text = f"a span of {show(f.nominal)} ending now"
        return text if f.low == f.high else f"{text} ({describe})"
    prefix = "a span of " if f.kind == "span" else ""
    if "至" in words or "between" in words:
        if f.low is None or f.high is None or f.low == f.high:
            return f"{prefix}a range: {describe}"
        inclusion = describe.split(", ", 1)[1]
        widened = [w for w in words if w not in ("至", "between")]
        widened_text = f", widened by {'/'.join(widened)}" if widened else ""
        return f"{prefix}a range from {show(f.low, False)} to {show(f.high)} ({inclusion}{widened_text})"
    if "几" in words or "数" in words:
        return f"{prefix}an unspecified number: {describe}"
    if rules:
        lead = _LEADS[rules[0]]
    elif f.low != f.high:
        lead = "rounded"
    else:
        return f"{prefix}exactly {show(f.nominal)}"
    return f"{prefix}{lead} {show(f.nominal)} ({describe})"


def figure_json(figure: Figure) -> dict:
    """A figure for programs (`auditor parse --format json`): numbers as JSON numbers, each also exactly as a
    string in `*_exact`, and its reading."""
    data = {
        "text": figure.text,
        "kind": figure.kind,
        "low": json_number(figure.low),
        "high": json_number(figure.high),
        "low_inclusive": figure.low_inclusive,
        "high_inclusive": figure.high_inclusive,
        "unit": figure.unit,
        "dimension": figure.dimension,
        "qualifier": figure.qualifier,
        "direction": {RISE: "rise", FALL: "fall"}.get(figure.direction),
        "written_unit": figure.written_unit,
        "nominal": json_number(figure.nominal),
        "low_exact": None if figure.low is None else format_number(figure.low),
        "high_exact": None if figure.high is None else format_number(figure.high),
        "nominal_exact": format_number(figure.nominal),
        "start": figure.start,
        "end": figure.end,
        "calendar": None,
        "reading": reading(figure),
    }
    if figure.calendar is not None:
        data["calendar"] = {
            "year": figure.calendar.year,
            "month": figure.calendar.month,
            "day": figure.calendar.day,
            "relative_year": figure.calendar.relative_year,
        }
    return data
