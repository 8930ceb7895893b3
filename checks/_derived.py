"""The arithmetic of derived figures, shared by the declared checks (share-of, change) and the discovered ones.

Every range here is what the figures allow once their rounding and
qualifiers are taken into account (checks/_claims.widened): 32% stands for
31.5%–32.5%, 8000万元 for 7999.5万–8000.5万, 超1.5亿元 for anything above. A
derived figure is wrong only when it falls outside that range, so a correct
article is never flagged for rounding.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from auditor.figures.model import COUNTED_DIMENSIONS
from auditor.patterns import lazy_compile

if TYPE_CHECKING:
    from auditor.audit import Audit
    from auditor.figures import Figure

PERCENT_UNITS = ("percent", "%")
POINTS_UNIT = "percentage_point"
Range = tuple[Fraction | None, Fraction | None]  # None: unbounded on that side


def skip_space(text: str, position: int) -> int:
    """The first position at or after `position` that is not a space or tab (ideographic spaces included)."""
    while position < len(text) and text[position] in " \t\u3000":
        position += 1
    return position


def measure_word(figure: "Figure", dimensions: frozenset = COUNTED_DIMENSIONS) -> str:
    """The word a Chinese count is counted in, its magnitude word aside (612家 → 家, 3.86万张 → 张); "" for a
    figure of another dimension or one written in English. Counts in two words count two things."""
    unit = figure.written_unit
    if figure.dimension not in dimensions or not unit or unit.isascii():
        return ""
    return unit[-1]


def counted_half_step(figure: "Figure") -> "Fraction":
    """Half a step of a figure's last written digit, but none for things counted one by one (17家, 1380人, "of
    whom 402", 1,126,280 passengers): whole things are not rounded to the unit."""
    from fractions import Fraction

    from auditor.checks._claims import rounding_half_step

    half_step = rounding_half_step(figure)
    if half_step == Fraction(1, 2) and (figure.dimension in COUNTED_DIMENSIONS or not figure.dimension):
        return Fraction(0)
    return half_step


def bounds(figure: "Figure") -> Range:
    """The values a figure can stand for, its rounding included. Things counted one by one and written in
    units (17家, 1380人, 57 teachers) are exact: they are not rounded to the unit."""
    from fractions import Fraction

    from auditor.checks._claims import rounding_half_step, widened

    if figure.dimension in COUNTED_DIMENSIONS and rounding_half_step(figure) == Fraction(1, 2):
        return figure.low, figure.high
    if figure.dimension == "[multiple]" and not any(ch.isdigit() for ch in figure.text):
        return figure.low, figure.high  # 翻一番, three times: words, not a rounded number
    return widened(figure)


def measures_alike(a: "Figure", b: "Figure") -> bool:
    """Two figures that can be divided or subtracted: one dimension, or both plain counts."""
    if a.same_dimension(b):
        return True
    counts = ("", "count", "[count]")
    return a.dimension in counts and b.dimension in counts


def bare_part_factor(part: "Figure", whole: "Figure") -> "Fraction":
    """What a bare part is multiplied by to be in the whole's base unit: "Of the 1,410 acres, 960 were cropland"
    counts acres, which the whole holds in square metres. 1 for a part with a unit of its own, or a count."""
    from fractions import Fraction

    if part.dimension or part.written_unit or not whole.written_unit or whole.dimension in COUNTED_DIMENSIONS:
        return Fraction(1)
    from auditor.figures.vocabulary import unit_info
    from auditor.units import UnknownUnit

    try:
        factor = unit_info(whole.written_unit)[0]
    except (UnknownUnit, KeyError, ValueError):
        return Fraction(1)
    return Fraction(factor)


def share_range(part: "Figure", whole: "Figure", exact_whole: bool = False) -> Range | None:
    """The percentages part ÷ whole can give; None when the whole may be zero or a bound is missing.
    `exact_whole`: the whole is a number set, not measured (a target, a task), and stands for itself alone."""
    part_low, part_high = bounds(part)
    factor = bare_part_factor(part, whole)
    if factor != 1 and part_low is not None:
        part_low, part_high = part_low * factor, None if part_high is None else part_high * factor
    whole_low, whole_high = (whole.nominal, whole.nominal) if exact_whole and whole.qualifier is None else bounds(whole)
    if part_low is None or whole_low is None or whole_low <= 0:
        return None
    lowest = part_low * 100 / whole_high if whole_high else Fraction(0)
    highest = None if part_high is None else part_high * 100 / whole_low
    return lowest, highest


def change_range(kind: str, before: "Figure", after: "Figure") -> Range | None:
    """The signed change from `before` to `after` the two figures allow.

    kind "relative": in percent of `before` ((after ÷ before − 1) × 100);
    "points" and "difference": after − before (points of two percentages, or
    an amount); "ratio": after ÷ before (a multiple). None when a bound is
    missing or, for a ratio, `before` may be zero or negative.
    """
    a_low, a_high = bounds(before)
    b_low, b_high = bounds(after)
    if None in (a_low, a_high, b_low, b_high):
        return None
    if kind in ("points", "difference"):
        return b_low - a_high, b_high - a_low
    if a_low <= 0:
        return None
    if kind == "ratio":
        return b_low / a_high, b_high / a_low
    return (b_low / a_high - 1) * 100, (b_high / a_low - 1) * 100


def percent_range_text(allowed: Range) -> str:
    """A range of percentages as evidence shows it: "33.49% to 33.51%", "62.5% to ∞"."""
    from auditor.formatting import format_amount

    lowest, highest = allowed
    shown_high = "∞" if highest is None else format_amount(round(highest, 2)) + "%"
    return f"{format_amount(round(lowest, 2))}% to {shown_high}"


def overlaps(a: Range, b: Range) -> bool:
    """Two ranges share a value (None is unbounded)."""
    a_low, a_high = a
    b_low, b_high = b
    if a_high is not None and b_low is not None and a_high < b_low:
        return False
    return not (b_high is not None and a_low is not None and b_high < a_low)


def signed(figure: "Figure") -> Range:
    """A change figure's range with its direction as a sign: 下降5% is −5%, 增长-2.2% stays −2.2%."""
    from auditor.figures import FALL

    low, high = bounds(figure)
    if figure.direction == FALL and (low is None or low >= 0):
        return (None if high is None else -high, None if low is None else -low)
    return low, high


def declared(audit: "Audit", kind: str, check_id: str):
    """(claims, what every finding on them shares) per declared `share`, `change` or `average` relation.

    The claims are (share, part, whole), (change, from, to) or (average, total, count). A relation
    with a claim that has no figure is skipped: that claim is reported where
    it is defined.
    """
    from auditor.checks._claims import located, relation_claims
    from auditor.findings import FigureValue

    for relation in audit.relations:
        if relation.kind != kind:
            continue
        ids = {
            "share": (relation.part, relation.whole),
            "average": (relation.whole, relation.part),
        }.get(kind, (relation.start, relation.end))
        claims = relation_claims(audit, [relation.anchor, *ids])
        if len(claims) != 3:
            continue
        common = dict(
            check=check_id,
            location=located(audit, claims[0]),
            related=(located(audit, claims[1]), located(audit, claims[2])),
            claims=tuple(claim.id for claim in claims),
            relation=str(relation.mark),
            values=tuple(FigureValue.of(claim.id, claim.figure) for claim in claims),
        )
        yield claims, common


def multiple_readings(figure: "Figure") -> list[tuple[Range, str | None]]:
    """The ratios a stated multiple may stand for, each with the reading it assumes: 1.86倍 and 翻一番 as
    written; 增长2倍 and "three times more" both as one more than written (3 times the value before) and as
    written (common usage)."""
    import re

    from auditor.figures import RISE

    low, high = bounds(figure)
    worded = re.search(r"(?i)times\s(?:more|larger|bigger|higher|greater)\b", figure.text)
    if (figure.direction == RISE and not figure.text.startswith("翻")) or worded:
        from auditor.formatting import format_amount

        assumed = (
            f"{figure.text} read as {format_amount(figure.nominal + 1)} times the value before (“times more”) "
            "or as written"
        )
        more = (None if low is None else low + 1, None if high is None else high + 1)
        return [(more, assumed), ((low, high), assumed)]
    return [((low, high), None)]


def written_units(count: "Figure") -> Fraction:
    """How many units a count is as written: 3000 for 3000户, 36000 for 3.6万亩 (mu, not square metres)."""
    from auditor.figures import FigureError, parse

    unit = count.written_unit or ""
    bare = unit.lstrip("万亿千百")
    if not bare or (bare == unit and count.dimension in COUNTED_DIMENSIONS):
        return count.nominal
    try:
        one = parse(f"1{bare}")
    except FigureError:
        return count.nominal
    return count.nominal / one.nominal if one.nominal else count.nominal


def is_rate(figure: "Figure") -> bool:
    """A figure per something, read as a rate (600元/亩, $10 per acre, 4000元 per 户): base units per base unit."""
    return " / " in figure.dimension


def measured_in(figure: "Figure") -> str:
    """The dimension an amount or an average is measured in: a rate's numerator (元 of 元/户), else its own."""
    return figure.dimension.split(" / ")[0].strip("()") if is_rate(figure) else figure.dimension


def _units_of(count: "Figure", average: "Figure", per: str | None) -> Fraction:
    """The count in the units the average is per: base units for a rate, `per` when the average's words name
    one (亩均 over 2000公顷 is per 亩), else the count's own units as written."""
    if is_rate(average):
        return count.nominal
    if per:
        from auditor.units import unit_factor

        return count.nominal / unit_factor(per)[0]
    return written_units(count)


def average_range(total: "Figure", count: "Figure", average: "Figure", per: str | None = None) -> Range | None:
    """The averages total ÷ count can give, in the units `average` is held in: a rate (元/亩, per acre) in base
    units per base unit of the count, a plain amount (亩均600元) per unit of the count as written, or per
    `per`."""
    total_low, total_high = bounds(total)
    count_low, count_high = bounds(count)
    if None in (total_low, total_high, count_low, count_high) or count_low <= 0:
        return None
    per_unit = count.nominal / _units_of(count, average, per)
    return total_low / count_high * per_unit, total_high / count_low * per_unit


def average_of(total: "Figure", count: "Figure", average: "Figure", per: str | None = None) -> Fraction:
    return total.nominal / _units_of(count, average, per)


def per_unit_fits(average: "Figure", count: "Figure") -> bool:
    """The average is per unit of what the count counts: 元/亩 over 3.6万亩, not km/h over 3,000 workers or
    元/公斤 over 1200头. A per-thing average (each, per head) fits any count of people, households or things."""
    if not is_rate(average):
        return True
    below = average.dimension.split(" / ", 1)[1].strip("()")
    if below == count.dimension:
        return True
    return below in COUNTED_DIMENSIONS and count.dimension in COUNTED_DIMENSIONS


def sentence_locations(reading, index: int, label: str, related: tuple) -> dict:
    """A discovered derived figure's `location` (the figure in its sentence) and `related` (each figure the
    arithmetic used, with its label), as Finding keywords."""
    document = reading.document
    figure = reading.figures[index]
    sentence = reading.sentence_of(index)
    return dict(
        location=document.figure_location(sentence.start, sentence.end, figure.start, figure.end, label),
        related=tuple(document.figure_location(f.start, f.end, f.start, f.end, label=name) for f, name in related),
    )


# Chinese counts of things one by one (家, 个, 条…): their measure word names what is counted.
COUNTED_THINGS = frozenset({"[count]"})
# Where a dateline's date ends ("(March 12, 2025) —"): the article's date, which dates no event or span.
DATELINE_END = lazy_compile(r"\)?[ \t]{0,2}(?:[—–]|--)")


# A price or a rate per unit right after an amount: "at about $1.15 million apiece", "$0.41 a mile", "$12 per ton",
# "$150,000 for each bus" (an amount each year, "$3 million a year", is an amount).
PRICE_AFTER = lazy_compile(
    r"(?i:[ \t]{1,2}(?:apiece\b|(?:(?:for|on|in|at|to)[ \t]each|each|per|an?)(?![ \t]{1,2}(?:year|month|week|day|quarter|semester)\b)"
    r"(?:[ \t]{1,2}[a-z]+\b|(?<=each)\b)))"
)
# A price or a rate per unit right before the figure: 第一档为每立方米3.15元, 每吨.
# (每年 / 每月 / 每天 / 每季度 / 每学期 give an amount of each period, which may well be broken down)
PRICE_BEFORE = lazy_compile(
    r"每[ \t]{0,1}(?![年月天日周]|季度|小时|学期|半年)[\u4e00-\u9fff]{1,4}[ \t]{0,2}(?:为|是|约|达|收费)?[ \t]{0,2}$"
)
# An event held less often than once a year (两年一届, 每三年): its editions are not counted one a year.
# English shares listed one for each amount before them: "1,830 got fiber, 470 fixed wireless and the remaining 250
# upgraded cable lines, or 71.8 percent, 18.4 percent and 11.8 percent" ("respectively" unsaid). The first share
# stands right after ", or"; another share follows it, after a comma or "and".
RESPECTIVE_OR_BEFORE = lazy_compile(r",[ \t]{1,2}or[ \t]{1,2}$")
RESPECTIVE_MORE_AFTER = lazy_compile(
    r"(?:[ \t]{0,2}(?:percent|per[ \t]cent))?[ \t]{0,2}(?:,[ \t]{1,2}|[ \t]{1,2}and[ \t]{1,2})\d{1,3}(?:\.\d{1,2})?"
    r"[ \t]{0,2}(?:%|percent|per[ \t]cent)?(?:,|[ \t]{1,2}and\b)"
)


def calendar_year(figure) -> int | None:
    """The one calendar year a year or a date figure names (2024, 2024年6月), else None (a range of years, a
    relative date, an amount)."""
    calendar = figure.calendar
    if figure.kind in ("year", "date") and calendar is not None and calendar.year and figure.calendar_end is None:
        return calendar.year
    return None


def opens_respective_shares(text: str, start: int, end: int) -> bool:
    """The percentage at [start, end) opens a list of shares that go one by one with the amounts before it."""
    return bool(RESPECTIVE_OR_BEFORE.search(text, max(0, start - 6), start) and RESPECTIVE_MORE_AFTER.match(text, end))


NOT_ANNUAL = lazy_compile(r"两年一届|三年一届|每两年|每三年|隔年|双年")
