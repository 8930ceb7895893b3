"""Dates as written: years, months and days in Chinese and English, ISO dates, relative years.

Each reader takes the text and positions and returns a calendar `Figure`
(kind year, date or relative-date) and the position after it, or None.
Calendar bounds are YYYYMMDD integers (2023年4月 → [20230401, 20230430]);
relative dates (去年8月, a month whose year is not written) stay unbounded
until `Figure.resolve(publication_year)`.
"""

from __future__ import annotations

import re
from fractions import Fraction

from auditor.figures.model import YEAR_RANGE, CalendarRef, Figure, calendar_bounds
from auditor.figures.numerals import CN_DIGITS, chinese_integer
from auditor.figures.vocabulary import MONTHS_EN, RELATIVE_RE, RELATIVE_YEARS, WS

_MONTH_DAY_NUM = "[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3}"
MONTH_RE = re.compile(f"{WS}({_MONTH_DAY_NUM}){WS}月(?:份)?")
_MONTH_RANGE_RE = re.compile(f"{WS}({_MONTH_DAY_NUM}){WS}(?:至|到|-|~|—|–|－){WS}({_MONTH_DAY_NUM}){WS}月(?:份)?")
DAY_RE = re.compile(f"{WS}({_MONTH_DAY_NUM}){WS}[日号]")
_DAY_RANGE_RE = re.compile(f"{WS}(?:至|到|-|~|—|–){WS}({_MONTH_DAY_NUM}){WS}[日号]")
# 八月十五, 8月15 at a clause's end: the day written without 日.
_DAY_WITHOUT_MARK_RE = re.compile(f"({_MONTH_DAY_NUM})(?=[，。；、,;.!?！？\\s]|$)")
SINCE_RE = re.compile(WS + "(以来|至今|起)")
ISO_DATE_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?![\d.])")
# English: "June 18, 2024", "June 18", "June 2024", "18 June 2024"; abbreviations take an optional stop.
_MONTH_NAMES = "|".join(sorted(MONTHS_EN, key=lambda w: (-len(w), w)))
EN_MONTH_BEFORE_RE = re.compile(rf"(?<![A-Za-z])({_MONTH_NAMES})\.?[ \t\u00a0]{{1,4}}$", re.IGNORECASE)
EN_MONTH_AFTER_RE = re.compile(
    rf"[ \t\u00a0]{{1,4}}({_MONTH_NAMES})\.?(?![A-Za-z])(?:,?[ \t\u00a0]{{1,4}}(\d{{4}})(?![\d,.]))?", re.IGNORECASE
)
EN_YEAR_AFTER_DAY_RE = re.compile(r",?[ \t\u00a0]{1,4}(\d{4})(?![\d,]|\.\d|[ \t]?(?:%|percent))")
# An English year with nothing else: "in 2019", "since 2012", "fiscal 2025".
EN_YEAR_LEAD_RE = re.compile(
    r"(?i)(?<![A-Za-z])(in|since|by|during|until|till|through|from|of|for|fiscal|fiscal year|year|early|late|mid|"
    r"before|after|between|and|to|the|or|than|around|circa|spring|summer|fall|autumn|winter)[ \t\u00a0-]{1,4}$"
)


def small_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return chinese_integer(text)


# After a year: a half or a quarter (2017年上半年, 2023年一季度, 前三季度) is a range of months.
_PERIOD_RE = re.compile(WS + "(上半年|下半年|前半年|后半年|(?:第?[一二三四1-4]|前[二三两23])季度)")
_PERIOD_MONTHS = {"上半年": (1, 6), "前半年": (1, 6), "下半年": (7, 12), "后半年": (7, 12)}
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "两": 2, "1": 1, "2": 2, "3": 3, "4": 4}
# A range's second end: 至, 到, a dash; "和"/"与" only with 之间/间 after the second end.
_DATE_RANGE_RE = re.compile(f"{WS}(至|到|-|~|—|–|－|和|与){WS}")
_BETWEEN_AFTER_RE = re.compile(f"{WS}(?:之间|间)")
_YEAR_AFTER_RE = re.compile(rf"{WS}(\d{{4}}|[〇零一二三四五六七八九]{{4}})年")
_TWO_DIGIT_YEAR_RE = re.compile(rf"{WS}(\d{{2}}|[〇零一二三四五六七八九]{{2}})年")


def two_digit_year(value: int) -> int:
    """18年 → 2018, 98年 → 1998: a two-digit year, as written in dates like 18年10月1日."""
    return 2000 + value if value < 50 else 1900 + value


def _period(t: str, pos: int) -> tuple[int, int, int] | None:
    """(first month, last month, end) of 上半年 / 一季度 / 前三季度 at pos."""
    m = _PERIOD_RE.match(t, pos)
    if not m:
        return None
    word = m.group(1)
    if word in _PERIOD_MONTHS:
        first, last = _PERIOD_MONTHS[word]
    elif word.startswith("前"):
        first, last = 1, 3 * _QUARTER[word[1]]
    else:
        quarter = _QUARTER[word.lstrip("第")[0]]
        first, last = 3 * quarter - 2, 3 * quarter
    return first, last, m.end()


def _month_day(
    t: str, pos: int, year: int | None, relative: int | None
) -> tuple[int, int | None, CalendarRef | None, int] | None:
    """A month and optional day at pos (4月, 4月5日, 4月5日至6日): (month, day, day-range end, end)."""
    mm = MONTH_RE.match(t, pos)
    if not mm or t.startswith("个", mm.start(1)):
        return None
    month = small_number(mm.group(1))
    if month is None or not 1 <= month <= 12:
        return None
    day, end_ref, end = day_after_month(t, mm.end(), year, month, relative)
    return month, day, end_ref, end


def _range_end(t: str, pos: int, ref: CalendarRef) -> tuple[CalendarRef, int] | None:
    """The second end of a date range after `ref`: -6月30日, 至2019年2月3日, 到11月, 和2018年之间."""
    r = _DATE_RANGE_RE.match(t, pos)
    if not r:
        return None
    joiner = r.group(1)
    p = r.end()
    year, relative = ref.year, ref.relative_year
    y = _YEAR_AFTER_RE.match(t, p) or (_TWO_DIGIT_YEAR_RE.match(t, p) if ref.month is not None else None)
    if y:
        number = small_number(y.group(1)) if y.group(1).isdigit() else _positional_year(y.group(1))
        if number is None:
            return None
        year, relative = (two_digit_year(number) if len(y.group(1)) == 2 else number), None
        p = y.end()
    end = None
    if ref.month is not None or y:
        found = _month_day(t, p, year, relative)
        if found is not None:
            month, day, _, p = found
            if ref.day is not None and day is None:
                return None  # 6月1日至7月: mixed precision, not a range read with confidence
            end = CalendarRef(year, month, day, relative)
            if not y and ref.month is not None and month < ref.month:
                # 8月至2月: the next year's February.
                end = CalendarRef(
                    None if year is None else year + 1, month, day, None if relative is None else relative + 1
                )
        elif ref.day is not None and not y:
            dd = DAY_RE.match(t, p)
            if dd:
                day = small_number(dd.group(1))
                if day is not None and 1 <= day <= 31:
                    end, p = CalendarRef(year, ref.month, day, relative), dd.end()
    if end is None and y and ref.month is None:
        end = CalendarRef(year, None, None)
    if end is None:
        return None
    if joiner in ("和", "与"):
        between = _BETWEEN_AFTER_RE.match(t, p)
        if not between:
            return None  # 2015年和2018年: two years, not a range
        p = between.end()
    return end, p


def _positional_year(text: str) -> int | None:
    if len(text) not in (2, 4) or any(ch not in CN_DIGITS or ch == "两" for ch in text):
        return None
    return int("".join(str(CN_DIGITS[ch]) for ch in text))


def calendar_figure(t: str, start: int, pos: int, year: int, last_year: int | None) -> tuple[Figure | None, int]:
    """A year written with 年 and what follows it.

    2023年, 2023年4月, 2023年4月5日, 2024年1-11月, 2023—2025年, 2017年上半年,
    2023年一季度, 2016年6月1日-6月30日, 2016年至2018年, 2015年和2018年之间.
    """
    month = day = None
    end_ref = None
    is_period = False  # 上半年, 一季度: a range of months named, not written with 至
    if last_year is not None:
        if not (YEAR_RANGE[0] <= last_year <= YEAR_RANGE[1]) or last_year <= year:
            return None, pos
        end_ref = CalendarRef(last_year, None, None)
    else:
        months = _MONTH_RANGE_RE.match(t, pos)
        period = _period(t, pos)
        found = _month_day(t, pos, year, None)
        if months and not t.startswith("个", months.start(1)):
            first, last = small_number(months.group(1)), small_number(months.group(2))
            if first is not None and last is not None and 1 <= first < last <= 12:
                month = first
                end_ref = CalendarRef(year, last, None)
                pos = months.end()
        elif period is not None:
            month, last, pos = period
            end_ref = CalendarRef(year, last, None)
            is_period = True
        elif found is not None:
            month, day, end_ref, pos = found
        ref = CalendarRef(year, month, day)
        if end_ref is None:
            ranged = _range_end(t, pos, ref)
            if ranged is not None:
                end_ref, pos = ranged
    ref = CalendarRef(year, month, day)
    try:
        low, high = calendar_bounds(ref, end_ref)
    except ValueError:
        return None, pos
    qualifier = None
    since = SINCE_RE.match(t, pos)
    if since:
        qualifier = since.group(1)
        pos = since.end()
    kind = "year" if month is None and (end_ref is None or end_ref.month is None) else "date"
    if end_ref is not None and not is_period:
        qualifier = "…".join(filter(None, ["至", qualifier]))
    return Figure(
        t[start:pos], start, pos, kind, low, high, True, True, low, "date", "", "[calendar]", qualifier, ref, end_ref
    ), pos


def day_after_month(
    t: str, pos: int, year: int | None, month: int, relative: int | None
) -> tuple[int | None, CalendarRef | None, int]:
    """The day after a month (9月1日), and the end of a day range (15日至16日): (day, range end, position)."""
    dd = DAY_RE.match(t, pos) or _DAY_WITHOUT_MARK_RE.match(t, pos)
    if not dd:
        return None, None, pos
    day = small_number(dd.group(1))
    if day is None or not 1 <= day <= 31:
        return None, None, pos
    pos = dd.end()
    rr = _DAY_RANGE_RE.match(t, pos)
    if rr:
        last_day = small_number(rr.group(1))
        if last_day is not None and day < last_day <= 31:
            return day, CalendarRef(year, month, last_day, relative), rr.end()
    return day, None, pos


def month_figure(t: str, start: int, month_pos: int, month: int, last_month: int | None) -> tuple[Figure | None, int]:
    """A month whose year is not written (7月, 去年8月, 1—11月, 5月-10月, 2月28日-3月1日): a relative date."""
    pos = month_pos + 1
    if t.startswith("份", pos):
        pos += 1
    relative = None
    rel = RELATIVE_RE.search(t, max(0, start - 4), start)
    if rel:
        relative = RELATIVE_YEARS[rel.group(1)]
        start = rel.start()
    day, end_ref, pos = day_after_month(t, pos, None, month, relative)
    if last_month is not None:
        if not (month < last_month <= 12):
            return None, pos
        end_ref = CalendarRef(None, last_month, None, relative)
    elif end_ref is None:
        ranged = _range_end(t, pos, CalendarRef(None, month, day, relative))
        if ranged is not None:
            end_ref, pos = ranged
    qualifier = None
    since = SINCE_RE.match(t, pos)
    if since:
        qualifier = since.group(1)
        pos = since.end()
    ref = CalendarRef(None, month, day, relative)
    return Figure(
        t[start:pos],
        start,
        pos,
        "relative-date",
        None,
        None,
        False,
        False,
        Fraction(0),
        "date",
        "",
        "[calendar]",
        qualifier if end_ref is None else "…".join(filter(None, ["至", qualifier])),
        ref,
        end_ref,
    ), pos


def iso_date(iso: re.Match) -> Figure | None:
    """2023-12-26."""
    year, month, day = (int(g) for g in iso.groups())
    ref = CalendarRef(year, month, day)
    try:
        low, high = calendar_bounds(ref, None)
    except ValueError:
        return None
    return Figure(
        iso.group(0), iso.start(), iso.end(), "date", low, high, True, True, low, "date", "", "[calendar]", None, ref
    )


def english_date(t: str, start: int, end: int, value: int) -> tuple[Figure, int] | None:
    """An English date around the number at [start, end): June 18, 2024 / June 2024 / 18 June 2024."""
    before = EN_MONTH_BEFORE_RE.search(t, max(0, start - 12), start)
    if before:
        if not before.group(1)[0].isupper():
            return None  # months are capitalised; "may" and "mar" are words
        month = MONTHS_EN[before.group(1).lower()]
        if YEAR_RANGE[0] <= value <= YEAR_RANGE[1] and end - start == 4:
            return _english_calendar(t, before.start(1), end, value, month, None)
        if 1 <= value <= 31:
            year = None
            pos = end
            after = EN_YEAR_AFTER_DAY_RE.match(t, end)
            if after and YEAR_RANGE[0] <= int(after.group(1)) <= YEAR_RANGE[1]:
                year, pos = int(after.group(1)), after.end()
            return _english_calendar(t, before.start(1), pos, year, month, value)
        return None
    after = EN_MONTH_AFTER_RE.match(t, end)
    if after and 1 <= value <= 31 and after.group(1)[0].isupper():
        month = MONTHS_EN[after.group(1).lower()]
        year = int(after.group(2)) if after.group(2) else None
        if year is not None and not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            year = None
        pos = after.end() if year is not None else after.end(1)
        return _english_calendar(t, start, pos, year, month, value)
    return None


def _english_calendar(
    t: str, start: int, end: int, year: int | None, month: int, day: int | None
) -> tuple[Figure, int] | None:
    ref = CalendarRef(year, month, day)
    if year is None:
        return Figure(
            t[start:end],
            start,
            end,
            "relative-date",
            None,
            None,
            False,
            False,
            Fraction(0),
            "date",
            "",
            "[calendar]",
            None,
            ref,
        ), end
    try:
        low, high = calendar_bounds(ref, None)
    except ValueError:
        return None
    kind = "date"
    return Figure(t[start:end], start, end, kind, low, high, True, True, low, "date", "", "[calendar]", None, ref), end


def english_year(
    t: str, start: int, end: int, year: int, last_year: int | None, fiscal: bool, text_start: int | None = None
) -> Figure | None:
    """2019 as a year in English prose (in 2019, fiscal 2025, 2019-2021, 2024-25)."""
    end_ref = CalendarRef(last_year, None, None) if last_year is not None else None
    ref = CalendarRef(year, None, None)
    try:
        low, high = calendar_bounds(ref, end_ref)
    except ValueError:
        return None
    qualifier = "fiscal" if fiscal else None
    if end_ref is not None:
        qualifier = "…".join(filter(None, ["至", qualifier]))
    begin = start if text_start is None else text_start
    return Figure(
        t[begin:end], begin, end, "year", low, high, True, True, low, "date", "", "[calendar]", qualifier, ref, end_ref
    )
