"""Figures: read a number as written in Chinese or English prose, as a unit-aware interval.

`parse(text)` reads one figure; `find_figures(text)` finds every figure of a
text, each with its span in the source. A `Figure` is an interval in base
units (exact `Fraction`s), with its unit, dimension, qualifier and kind, so
"1.2万人次" agrees with "12,340人次" and "近300万吨" with "280万吨".
docs/figures.md is the reference for editors; the rules in short:

Qualifiers (N is the number as written, in base units):
    近 / 将近 / 接近 / nearly / almost         [0.9·N, N)        just under
    超 / 超过 / 逾 / more than / over / above   (N, ∞)            over
    约 / 大约 / 左右 / 上下 / about / around     [0.9·N, 1.1·N]    APPROXIMATE_TOLERANCE
    以上 / 上(千) / at least / or more          [N, ∞)
    以下 / 以内 / up to                          [0, N]
    不到 / 不足 / less than / under / below      [0, N)
    多 / 余                                      [N, N + step)     step: last non-zero written digit
    3至5万 / 3-5万 / 3~5 / 3 to 5                [3万, 5万]
  Two qualifiers on one number (超…以上) intersect.
Implied precision (on by default, `implied_precision=False` turns it off):
  an unqualified number written with a magnitude word (万, 亿, million…) or
  a decimal part stands for half a step of its last written digit either
  side: 1.2万 → [11500, 12500), 108万 → [1075000, 1085000), 28.39% →
  [28.385, 28.395). Plain integers (15个, 3000名) are exact.
Units come from auditor/units.txt through pint (auditor.units); counting
  measure words (个 家 项 场 批 …) share the dimension [count], persons
  (人 名 位) are [person], person-times (人次) [person_time], currencies one
  dimension each. Spans are in years, the base unit of [time].
Kinds: quantity, percent, year, date, relative-date, span, anniversary, ordinal.
  Calendar kinds (year, date, relative-date) have unit "date", dimension
  "[calendar]" and bounds written as YYYYMMDD integers (2023年4月 →
  [20230401, 20230430]); relative dates (去年8月, 今年9月1日, or a month whose
  year is not written) have no bounds until `Figure.resolve(year)`.
Not figures: 一 + measure word (一批, 一个个), numerals inside words (统一,
  千万工程, 十四五, 七个一), cohorts (95后), grades (五年级), 5A级, 3D, 8+1+1,
  and bare numbers with neither a unit nor a magnitude word. A Chinese
  numeral needs a unit; a one-character Chinese numeral (三, 两) counts only
  things, people and years (三公里半 is a place name: measurements are
  written in Arabic numerals, GB/T 15835-2011).

`import auditor.figures` does not import pint; the first figure with a unit
builds the one registry (auditor.units.registry).
"""

from __future__ import annotations

import calendar as _calendar
import datetime
import functools
import re
from dataclasses import dataclass, replace
from fractions import Fraction

# 约N / N左右 / about N: N ± 10 %.
APPROXIMATE_TOLERANCE = Fraction(1, 10)
# 近N / nearly N: from 90 % of N up to N (excluded).
NEAR_FLOOR = Fraction(9, 10)
# A four-digit number followed by 年 in this range is a year, else a span.
YEAR_RANGE = (1900, 2100)

KINDS = ("quantity", "percent", "year", "date", "relative-date", "span", "anniversary", "ordinal")
CALENDAR_KINDS = frozenset({"year", "date", "relative-date"})
_FAMILY = {
    "quantity": "measure", "percent": "measure", "span": "measure",
    "year": "calendar", "date": "calendar", "relative-date": "calendar",
    "anniversary": "anniversary", "ordinal": "ordinal",
}


class FigureError(ValueError):
    """The only error `parse` raises: the input is not one figure. One line, naming the input."""

    def __init__(self, text: str, message: str | None = None):
        self.text = text
        super().__init__(message or f'not a figure: "{text}"')


class UnitMismatch(Exception):
    """Two figures (or units) of different dimensions were compared or converted."""


@dataclass(frozen=True)
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
        year = f"{self.year:04d}" if self.year is not None else {0: "this year", -1: "last year", -2: "the year before last", 1: "next year", 2: "the year after next"}.get(self.relative_year, "year not written")
        parts = [year]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True)
class Figure:
    """A figure read from text: its span, its value as an interval and its unit."""

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
        return _intervals_meet(self.low, self.low_inclusive, other.high, other.high_inclusive) and _intervals_meet(
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

    def resolve(self, publication_year: int) -> "Figure":
        """A relative date made absolute against the publication year; other figures unchanged."""
        if self.kind != "relative-date" or self.calendar is None:
            return self
        start = self.calendar.resolve(publication_year)
        end = self.calendar_end.resolve(publication_year) if self.calendar_end else None
        try:
            low, high = _calendar_bounds(start, end)
        except ValueError:
            return self
        kind = "date" if start.month is not None else "year"
        return replace(self, kind=kind, calendar=start, calendar_end=end, low=low, high=high, nominal=low,
                       low_inclusive=True, high_inclusive=True)

    # --- showing --------------------------------------------------------------
    def reading(self) -> str:
        """One line in plain English."""
        return _reading(self)

    def to_json(self) -> dict:
        data = {
            "text": self.text,
            "kind": self.kind,
            "low": None if self.low is None else format_number(self.low),
            "high": None if self.high is None else format_number(self.high),
            "low_inclusive": self.low_inclusive,
            "high_inclusive": self.high_inclusive,
            "unit": self.unit,
            "dimension": self.dimension,
            "qualifier": self.qualifier,
            "written_unit": self.written_unit,
            "nominal": format_number(self.nominal),
            "start": self.start,
            "end": self.end,
            "calendar": None,
            "reading": self.reading(),
        }
        if self.calendar is not None:
            data["calendar"] = {
                "year": self.calendar.year,
                "month": self.calendar.month,
                "day": self.calendar.day,
                "relative_year": self.calendar.relative_year,
            }
        return data


def _intervals_meet(low: Fraction | None, low_inclusive: bool, high: Fraction | None, high_inclusive: bool) -> bool:
    """low (of one interval) is at or below high (of the other)."""
    if low is None or high is None:
        return True
    if low < high:
        return True
    return low == high and low_inclusive and high_inclusive


# --- numbers ------------------------------------------------------------------

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


def _last_nonzero_step(value: Fraction) -> Fraction:
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


_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}


def _chinese_integer(text: str) -> int | None:
    """一千二百 → 1200, 十一 → 11, 两万 → 20000, 三万亿 → 3×10¹², 三千五 → 3500; None when malformed (十四五)."""
    if not text:
        return None
    for big, size in (("亿", 10**8), ("万", 10**4)):
        if big in text:
            head, _, tail = text.partition(big)
            high = _chinese_integer(head) if head else 1  # 万余, 亿: a lone magnitude counts one
            if high is None or high == 0:
                return None
            if not tail:
                return high * size
            if tail[0] in "零〇":
                low = _chinese_integer(tail[1:]) if tail[1:] else None
                return None if low is None or low >= size // 10 else high * size + low
            if len(tail) == 1 and tail in _CN_DIGITS:
                return high * size + _CN_DIGITS[tail] * (size // 10)  # 一万二 = 12000
            low = _chinese_integer(tail)
            if low is None or low >= size:
                return None
            # Without 零 the rest must start at the next lower digit: 一万二千, not 一万二百.
            return high * size + low if low >= size // 10 else None
    return _below_ten_thousand(text)


def _below_ten_thousand(text: str) -> int | None:
    total = 0
    digit: int | None = None
    last_unit = 10**4  # 千 > 百 > 十, strictly decreasing
    zero = False  # a 零 placeholder was written since the last unit
    for index, ch in enumerate(text):
        if ch in _CN_DIGITS:
            value = _CN_DIGITS[ch]
            if digit is not None or (value == 0 and zero):
                return None  # two digits in a row: 十四五, 一一
            if value == 0:
                zero = True
            else:
                digit = value
        elif ch in _CN_SMALL:
            unit = _CN_SMALL[ch]
            if unit >= last_unit:
                return None
            if digit is None:
                if index > 0:
                    return None  # 百十, 一千十
                digit = 1  # 十一, 百余: a leading unit counts one
            total += digit * unit
            digit, last_unit, zero = None, unit, False
        else:
            return None
    if digit is not None:
        if not zero and 100 <= last_unit < 10**4:
            digit *= last_unit // 10  # colloquial 三千五 = 3500
        total += digit
    elif zero and len(text) > 1:
        return None  # a trailing 零 (一千零) stands for nothing
    return total


def _positional(text: str) -> int | None:
    """二〇二五 → 2025: four digits read one by one, as years are written."""
    if len(text) != 4 or any(ch not in _CN_DIGITS or ch == "两" for ch in text):
        return None
    return int("".join(str(_CN_DIGITS[ch]) for ch in text))


@dataclass
class _Number:
    """A number as read, before a unit is attached."""

    value: Fraction  # number × magnitude, in written units
    precision: Fraction | None  # a step of the last written digit when implied precision applies
    lone_magnitude: bool = False  # 百余, 超亿: a magnitude word standing for one
    chinese: bool = False
    one_char: bool = False  # a one-character Chinese numeral (三, 两)
    magnitude_word: str = ""
    positional: bool = False


_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": ".", "％": "%", "＄": "$", "～": "~", "－": "-"})
_HAS_FULLWIDTH = re.compile("[０-９．％＄～－]")

_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_CLASS = "〇零一二两三四五六七八九十百千万亿"


@functools.cache
def _core(strict: bool = False) -> re.Pattern:
    """The candidate pattern: an Arabic or Chinese numeral, or 百分之 and one.

    The leading lookahead is a single character class, which lets the regex
    engine skip ahead quickly (an optional group first is 4x slower). In prose
    (not strict) a Chinese numeral must be followed by a character that can
    start a unit or time word: most numerals in Chinese text are words (一批,
    统一, 两地), and rejecting them here keeps find_figures fast. Compiled on
    first use, since it depends on units.txt.
    """
    if strict:
        tail = ""
    else:
        follow = "".join(sorted(_written_units()[2]))
        tail = f"(?(pct)|(?=[{re.escape(follow)}]))"
    # Bounded (possessive) so a long run of numeral characters costs linear time, never quadratic:
    # no numeral written in prose is longer (一千二百三十四万五千六百七十八 is 15 characters).
    cn = rf"[{_CN_CLASS}]{{1,24}}+(?:点[〇零一二三四五六七八九]{{1,12}}[万亿]{{0,2}})?{tail}"
    return re.compile(rf"(?=[0-9{_CN_CLASS}])(?P<pct>百分之)?(?:(?P<ar>{_ARABIC})|(?P<cn>{cn}))")


# Bounded, so no pattern can scan a long whitespace run from every start position.
_WS = "[ \t\u00a0\u3000]{0,4}"

_MAG_CN = {"万亿": 10**12, "千万": 10**7, "百万": 10**6, "万": 10**4, "亿": 10**8, "千": 1000, "百": 100}
_MAG_EN = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "bn": 10**9, "m": 10**6, "k": 10**3}
_MAG_CN_RE = re.compile(_WS + "(万亿|千万|百万|万|亿)")
_MAG_CN_SMALL_RE = re.compile("(千|百)(?![分姓货年])")
_MAG_EN_RE = re.compile(r"(?i)[ \t]{0,4}(thousand|million|billion|trillion|bn)(?![A-Za-z])")
_MAG_EN_SHORT_RE = re.compile(r"(?i)(m|k)(?![A-Za-z])")
_APPROX_RE = re.compile(_WS + "(多|余)")
# First characters after a number that can begin 多/余, a magnitude word or a time word.
_MAGNITUDE_STARTS = frozenset("多余万亿千百tmbkTMBK \t\u00a0\u3000")
_TIME_STARTS = frozenset("年月周 \t\u00a0\u3000")
_RANGE_RE = re.compile(r"[ \t]{0,4}(至|到|~|-|—|–|to(?= ))[ \t]{0,4}")
_PERCENT_RE = re.compile(r"[ \t]{0,4}(%|(?i:percent|per cent|pct)(?![A-Za-z]))")

_PRE_QUALIFIERS = {
    "近": "under", "将近": "under", "接近": "under", "nearly": "under", "almost": "under",
    "超": "over", "超过": "over", "超出": "over", "逾": "over", "more than": "over", "over": "over", "above": "over",
    "约": "about", "大约": "about", "约为": "about", "about": "about", "around": "about",
    "approximately": "about", "roughly": "about", "some": "about",
    "不到": "below", "不足": "below", "less than": "below", "fewer than": "below", "under": "below", "below": "below",
    "上": "at_least", "at least": "at_least", "up to": "at_most",
}
_POST_QUALIFIERS = {"以上": "at_least", "以下": "at_most", "以内": "at_most", "左右": "about", "上下": "about",
                    "or more": "at_least", "多": "more", "余": "more"}
# Longest first: the first that ends the text before a number wins.
_PRE_CN_WORDS = ("将近", "接近", "大约", "约为", "超过", "超出", "不到", "不足", "近", "超", "逾", "约", "上")
_PRE_LAST_CHARS = frozenset(w[-1] for w in _PRE_CN_WORDS)
_CURRENCY_LAST_CHARS = frozenset("$¥￥ DBY")
_PRE_EN_RE = re.compile(r"(?i)(?<![A-Za-z])(more than|fewer than|less than|at least|up to|approximately|roughly|nearly|almost|about|around|over|above|under|below|some)[ \t]+$")
_CURRENCY_PRE_RE = re.compile(r"(?:US\$|\$|¥|￥|(?<![A-Za-z])(?:USD|RMB|CNY)[ \t]?)$")
_CURRENCY_UNITS = {"US$": "USD", "$": "USD", "¥": "CNY", "￥": "CNY", "USD": "USD", "RMB": "CNY", "CNY": "CNY"}
_RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1, "后年": 2}
_RELATIVE_RE = re.compile("(今年|本年|去年|前年|明年|后年)" + _WS + "$")
_POST_CN_RE = re.compile(_WS + "(以上|以下|以内|左右|上下)")
_POST_EN_RE = re.compile(r"[ \t]{1,4}(or more)(?![A-Za-z])")

_MONTH_DAY_NUM = "[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3}"
_MONTH_RE = re.compile(f"{_WS}({_MONTH_DAY_NUM}){_WS}月(?:份)?")
_DAY_RE = re.compile(f"{_WS}({_MONTH_DAY_NUM}){_WS}[日号]")
_DAY_RANGE_RE = re.compile(f"{_WS}(?:至|到|-|~|—){_WS}({_MONTH_DAY_NUM}){_WS}[日号]")
_SINCE_RE = re.compile(_WS + "(以来|至今|起)")
_ISO_DATE_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?![\d.])")
_SPAN_SUFFIX_RE = re.compile(_WS + "(以来|来|间|以上|以内|左右|多|余|半)")
_SPAN_TIME_WORD_RE = re.compile("时间")  # 1年时间, 一年半时间: the same span
# Ordinal measure words: counting words plus the ones that mostly number things (期, 届, 轮…).
_ORDINAL_UNITS = ("批次", "季度", "阶段", "批", "次", "届", "期", "轮", "年", "个", "名", "位", "季", "代", "场", "站", "条", "章", "页", "版", "集", "号", "家", "项", "天", "周")
_ORDINAL_RE = re.compile(_WS + "(" + "|".join(_ORDINAL_UNITS) + ")")
# A one-character Chinese numeral counts only things, people and years.
_ONE_CHAR_DIMENSIONS = frozenset({"[count]", "[person]", "[household]", "[person_time]"})
_ONE_CHAR_TIME_UNITS = frozenset({"年", "个月", "周", "岁"})
# Written units whose numbers may take 多/余 after the unit (2年多, 5公里多).
_POST_APPROX_DIMENSIONS = frozenset({"[time]", "[length]", "[mass]", "[length] ** 2", "[length] ** 3"})
_TIME_SPAN_UNITS = frozenset({"年", "个月", "天", "周", "星期", "小时", "分钟", "秒", "岁",
                              "year", "years", "months", "days", "weeks", "hours", "minutes", "seconds"})


@functools.cache
def _written_units() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    """The unit alternation, built from the names in units.txt (no pint needed).

    ASCII names need a word boundary; single letters and code-like names
    (person_time) are left out of prose matching.
    """
    from auditor.units import DEFINITIONS

    names: set[str] = set()
    for line in DEFINITIONS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or "=" not in line:
            continue
        parts = [p.strip() for p in line.split("=")]
        if parts[0].endswith("-"):
            continue
        for name in [parts[0], *parts[2:]]:
            if not name or "_" in name or name in {"count"}:
                continue
            # One-letter symbols (W, m) collide with prose and abbreviations (5A, $3.2m); tonnes' "t" is the
            # exception the corpus domain needs (300 t of cotton), guarded by the no-letter-around rule below.
            if name.isascii() and len(name) == 1 and name != "t":
                continue
            names.add(name)
    cjk = sorted((n for n in names if not n.isascii()), key=lambda n: (-len(n), n))
    ascii_names = sorted((n for n in names if n.isascii()), key=lambda n: (-len(n), n))
    english = ["square meters", "square metres", "square kilometers", "square kilometres", "US dollars", "person-times"]
    pattern = (
        "(?:"
        + "|".join(re.escape(n) for n in cjk)
        + ")|(?<![A-Za-z])(?:"
        + "|".join(re.escape(n) for n in english + ascii_names)
        + ")(?![A-Za-z])"
    )
    spellings = {"square meters": "square_meter", "square metres": "square_meter", "square kilometers": "square_kilometer",
                 "square kilometres": "square_kilometer", "US dollars": "USD", "person-times": "person_time"}
    # Characters that may follow a Chinese numeral in a figure: a unit's first
    # character, an ordinal's measure word, a time word, 多/余, a space, 点 (decimals) or a magnitude.
    follow = frozenset(n[0] for n in cjk) | frozenset(u[0] for u in _ORDINAL_UNITS) | frozenset("年月周多余半点万亿 \t\u3000")
    return re.compile(_WS + "(" + pattern + ")"), spellings, follow


@functools.lru_cache(maxsize=1024)
def _unit_info(written: str) -> tuple[Fraction, str, str]:
    from auditor.units import unit_factor

    return unit_factor(_written_units()[1].get(written, written))


# A longer run of digits is data (an ID, a hash, garbage), not a figure in prose; it
# would also exceed Python's limit for converting digit strings to integers.
MAX_DIGITS = 40


def _read_arabic(raw: str) -> tuple[Fraction, int] | None:
    digits = raw.replace(",", "")
    if len(digits) > MAX_DIGITS:
        return None
    whole, _, fraction = digits.partition(".")
    value = Fraction(int(whole + fraction), 10 ** len(fraction)) if fraction else Fraction(int(whole))
    return value, len(fraction)


def _read_chinese(raw: str, positional_ok: bool) -> _Number | None:
    if "点" in raw:
        head, _, tail = raw.partition("点")
        magnitude = 1
        while tail and tail[-1] in _CN_BIG:
            magnitude *= _CN_BIG[tail[-1]]
            tail = tail[:-1]
        whole = _chinese_integer(head)
        if whole is None or not tail:
            return None
        fraction_digits = "".join(str(_CN_DIGITS[ch]) for ch in tail)
        number = Fraction(whole) + Fraction(int(fraction_digits), 10 ** len(fraction_digits))
        step = Fraction(1, 10 ** len(fraction_digits)) * magnitude
        return _Number(number * magnitude, step, chinese=True)
    value = _chinese_integer(raw)
    if value is None:
        if positional_ok:
            positional = _positional(raw)
            if positional is not None:
                return _Number(Fraction(positional), None, chinese=True, positional=True)
        return None
    lone = raw in ("百", "千", "万", "亿", "千万", "万亿", "百万")
    precision = None
    if "万" in raw or "亿" in raw:
        step = _last_nonzero_step(Fraction(value))
        if raw[-1] in _CN_BIG:
            step = min(step, Fraction(_CN_BIG[raw[-1]]))
        precision = step
    one_char = len(raw) == 1 and not lone  # 三, 两, 十: one character
    trailing = raw[len(raw.rstrip("万亿")):]
    return _Number(Fraction(value), precision, lone_magnitude=lone, chinese=True, one_char=one_char,
                   magnitude_word=trailing)


class _Reader:
    """Reads the figure around one numeral found by _core(); stateless apart from the text."""

    __slots__ = ("t", "implied", "strict")

    def __init__(self, text: str, implied: bool, strict: bool):
        self.t = text
        self.implied = implied
        self.strict = strict  # parse(): the whole input is meant as a figure

    # The returned tuple is (figure or None, position to resume scanning).
    def read(self, m: re.Match) -> tuple[Figure | None, int]:
        t = self.t
        start = m.start()
        before = t[start - 1] if start else ""
        arabic = m.group("ar")
        if before == "第":
            return self._ordinal(m), m.end()
        if not self.strict:
            if arabic is not None:
                if before and (before.isascii() and (before.isalnum() or before in "._+/:#") or before == "＋"):
                    return None, m.end()  # MP3, v1.2, 8+1+1, 10:30
                if before == "-" and start >= 2 and t[start - 2].isalnum():
                    return None, m.end()
            elif m.group("cn") == "一" and t[m.end():m.end() + 1] != "年":
                # 一 + measure word is the article "a" (一批, 一个); only 一年半 is read.
                return None, m.end()
        if arabic is not None:
            iso = _ISO_DATE_RE.match(t, start)
            if iso:
                return self._iso_date(iso), iso.end()
        prefix_start = start
        qualifiers: list[str] = []
        currency = None
        if m.group("pct") is None and before:
            window = t[max(0, start - 16):start]
            if before in _CURRENCY_LAST_CHARS:
                cur = _CURRENCY_PRE_RE.search(window)
                if cur:
                    currency = _CURRENCY_UNITS[cur.group(0).strip()]
                    prefix_start = start - len(cur.group(0))
                    window = window[: len(window) - len(cur.group(0))]
            last = window[-1:]
            word = None
            if last in _PRE_LAST_CHARS:
                for candidate in _PRE_CN_WORDS:
                    if window.endswith(candidate):
                        word = candidate
                        break
                if word == "近" and window[-2:-1] in ("最", "附", "临", "靠"):
                    word = None  # 最近3年: "recent", not "nearly"
                if word is not None:
                    qualifiers.append(word)
                    prefix_start -= len(word)
            elif last in (" ", "\t"):
                pre = _PRE_EN_RE.search(window)
                if pre:
                    qualifiers.append(pre.group(1).lower())
                    prefix_start -= len(pre.group(0))
        return self._quantity(m, prefix_start, qualifiers, currency)

    # --- numbers with magnitude, qualifiers, ranges --------------------------
    def _number(self, m: re.Match, pos: int, currency: str | None) -> tuple[_Number, int, str | None] | None:
        """The numeral at m plus 多/余 and a magnitude word: (number, end, 多/余 or None)."""
        if m.group("ar") is not None:
            arabic = _read_arabic(m.group("ar"))
            if arabic is None:
                return None
            value, decimals = arabic
            number = _Number(value, Fraction(1, 10**decimals) if decimals else None)
        else:
            number = _read_chinese(m.group("cn"), positional_ok=True)
            if number is None:
                return None
        return self._magnitude(number, pos, currency)

    def _magnitude(self, number: _Number, pos: int, currency: str | None) -> tuple[_Number, int, str | None]:
        t = self.t
        if t[pos:pos + 1] not in _MAGNITUDE_STARTS:
            return number, pos, None
        approx = None
        a = _APPROX_RE.match(t, pos)
        if a:
            approx = a.group(1)
            pos = a.end()
        magnitude = 1
        word = ""
        g = _MAG_CN_RE.match(t, pos)
        if g and not (g.group(1) == "万" and t.startswith("万里", g.start(1))):
            word, magnitude = g.group(1), _MAG_CN[g.group(1)]
            pos = g.end()
        elif not number.chinese:
            g = _MAG_CN_SMALL_RE.match(t, pos) if approx is None else None
            if g and not t.startswith(("千米", "千克", "千瓦", "百分"), pos):
                word, magnitude = g.group(1), _MAG_CN[g.group(1)]
                pos = g.end()
            else:
                g = _MAG_EN_RE.match(t, pos)
                if g is None and currency is not None:
                    g = _MAG_EN_SHORT_RE.match(t, pos)
                if g:
                    word, magnitude = g.group(1), _MAG_EN[g.group(1).lower()]
                    pos = g.end()
        if magnitude != 1:
            step = number.precision if number.precision is not None else Fraction(1)
            number = _Number(number.value * magnitude, step * magnitude, number.lone_magnitude, number.chinese, False, word)
        if approx is None:
            a = _APPROX_RE.match(t, pos)
            if a:
                approx = a.group(1)
                pos = a.end()
        return number, pos, approx

    def _quantity(self, m: re.Match, prefix_start: int, qualifiers: list[str], currency: str | None) -> tuple[Figure | None, int]:
        t = self.t
        pct_prefix = m.group("pct") is not None
        read = self._number(m, m.end(), currency)
        if read is None:
            return None, m.end()
        number, pos, approx = read
        if qualifiers and qualifiers[0] == "上" and not number.lone_magnitude:
            # 上 qualifies only a bare magnitude (上千名, 上万人); elsewhere it is a verb or noun.
            qualifiers.pop(0)
            prefix_start += 1
        second: _Number | None = None
        # Ranges: 3至5万, 3-5%, 3 to 5 million.
        if approx is None and not number.positional:
            r = _RANGE_RE.match(t, pos)
            if r:
                m2 = _core(self.strict).match(t, r.end())
                if m2 and m2.group("pct") is None and (m2.group("ar") is None) == (m.group("ar") is None):
                    read2 = self._number(m2, m2.end(), currency)
                    if read2 is not None and read2[2] is None:
                        second, pos2, _ = read2
                        if number.magnitude_word == "" and second.magnitude_word:
                            factor = Fraction(_MAG_CN.get(second.magnitude_word) or _MAG_EN[second.magnitude_word.lower()])
                            number = _Number(number.value * factor, None, chinese=number.chinese)
                        if second.value > number.value:
                            pos = pos2
                        else:
                            second = None
        if approx:
            qualifiers.append(approx)

        # Calendar and time words come before units: 2023年 is a year, 12年 a span.
        if not pct_prefix:
            timed = self._time(m, number, second, prefix_start, pos, qualifiers)
            if timed is not None:
                return timed

        unit_written = ""
        if pct_prefix:
            unit_written = "百分之"
        else:
            p = _PERCENT_RE.match(t, pos)
            if p:
                unit_written = p.group(1)
                pos = p.end()
        if not unit_written and currency is None:
            units_re = _written_units()[0]
            u = units_re.match(t, pos)
            if u and u.group(1) != "年":  # 年 after a number was handled by _time
                unit_written = u.group(1)
                pos = u.end()
        if currency is not None:
            unit_name = currency
            shown_unit = {"USD": "$", "CNY": "¥"}.get(currency, currency)
            # "$2.6 million dollars" is rare; an explicit currency word after the number is still read.
            units_re = _written_units()[0]
            u = units_re.match(t, pos)
            if u and _unit_info(u.group(1))[2] == _unit_info(currency)[2]:
                pos = u.end()
            unit_written = shown_unit
        else:
            unit_name = unit_written

        try:
            factor, base, dimension = _unit_info(unit_name) if unit_name else (Fraction(1), "", "")
        except KeyError:
            return None, m.end()

        # Post qualifiers: 以上, 左右, or more; 多/余 after a measurement unit (5公里多).
        post = _POST_CN_RE.match(t, pos) or _POST_EN_RE.match(t, pos)
        if post:
            qualifiers.append(post.group(1))
            pos = post.end()
        elif approx is None and unit_written and dimension in _POST_APPROX_DIMENSIONS:
            a = _APPROX_RE.match(t, pos)
            if a:
                qualifiers.append(a.group(1))
                pos = a.end()

        kind = "percent" if dimension == "[percent]" else "span" if unit_written in _TIME_SPAN_UNITS else "quantity"
        if not self._plausible(number, unit_written, dimension, qualifiers, pos, second):
            return None, m.end()
        magnitude_word = number.magnitude_word or (second.magnitude_word if second is not None else "")
        if currency is not None or not _is_cjk(magnitude_word):
            written = unit_written  # $2.6 million: "$"; 1.2 million people: "people"
        else:
            written = magnitude_word + unit_written  # 万元, 亿元, 万人次: as written
        figure = self._build(prefix_start, pos, kind, number, second, qualifiers, factor, base, written, dimension)
        return figure, pos

    def _plausible(self, number: _Number, unit: str, dimension: str, qualifiers: list[str], pos: int,
                   second: _Number | None) -> bool:
        """The quiet rules: when a numeral in prose is not a figure."""
        t = self.t
        following = t[pos] if pos < len(t) else ""
        if number.positional and not self.strict:
            return False
        if number.chinese:
            if following and following in _CN_CLASS and not self.strict:
                return False  # 七个一, 四年一贯制: part of a name
            if not unit and not self.strict:
                return False
            if number.lone_magnitude and not qualifiers and not self.strict:
                return False  # 千万工程, 万个, 百人援疆
            if number.one_char and unit and number.value == 1:
                return False  # 一批, 一个, 一项: "a", not "one" (also for parse())
            if number.one_char and not self.strict:
                if dimension not in _ONE_CHAR_DIMENSIONS and unit not in _ONE_CHAR_TIME_UNITS:
                    return False
        else:
            if following and following.isascii() and (following.isalnum() or following == "+") and not self.strict:
                return False  # 3D, 5A级, 8+1
            if not unit and not number.magnitude_word and not self.strict:
                return False  # a bare number: 66号, 95后, 10:30
        if following == "制" and not self.strict:
            return False  # 五人制
        return True

    def _build(self, start: int, end: int, kind: str, number: _Number, second: _Number | None, qualifiers: list[str],
               factor: Fraction, base: str, written: str, dimension: str, qualifier_text: str | None = None) -> Figure:
        value = number.value
        low: Fraction | None
        high: Fraction | None
        if second is not None:
            # A qualified range takes the qualifier at both ends: 约3000至4000人 → [2700, 4400].
            ends = (value, second.value)
            pre = [q for q in qualifiers if q.lower() in _PRE_QUALIFIERS]
            qualifiers = [*pre, "至", *(q for q in qualifiers if q.lower() not in _PRE_QUALIFIERS)]
            low, high, low_inc, high_inc = (None, None, False, False) if len(qualifiers) > 1 else (value, second.value, True, True)
        elif not qualifiers and self.implied and number.precision is not None:
            half = number.precision / 2
            low, high, low_inc, high_inc = value - half, value + half, True, False
        elif qualifiers:
            low, high, low_inc, high_inc = None, None, False, False
        else:
            low, high, low_inc, high_inc = value, value, True, True
        for word in qualifiers:
            rule = _PRE_QUALIFIERS.get(word.lower()) or _POST_QUALIFIERS.get(word)
            if rule is None:
                continue
            if second is not None:
                bounds = _hull(_rule_interval(rule, ends[0]), _rule_interval(rule, ends[1]))
            else:
                bounds = _rule_interval(rule, value)
            low, high, low_inc, high_inc = _intersect((low, high, low_inc, high_inc), bounds)
        if factor != 1:
            low = None if low is None else low * factor
            high = None if high is None else high * factor
            value = value * factor
        return Figure(
            text=self.t[start:end],
            start=start,
            end=end,
            kind=kind,
            low=low,
            high=high,
            low_inclusive=low_inc,
            high_inclusive=high_inc,
            nominal=value,
            unit=base,
            written_unit=written,
            dimension=dimension,
            qualifier=qualifier_text if qualifier_text is not None else ("…".join(qualifiers) if qualifiers else None),
        )

    # --- years, dates, spans, anniversaries ------------------------------------
    def _time(self, m: re.Match, number: _Number, second: _Number | None, start: int, pos: int,
              qualifiers: list[str]) -> tuple[Figure | None, int] | None:
        t = self.t
        if pos >= len(t) or t[pos] not in _TIME_STARTS:
            return None
        after = pos
        while after < len(t) and t[after] in " \t\u00a0\u3000":
            after += 1
        ch = t[after] if after < len(t) else ""
        is_int = number.value.denominator == 1 and not number.magnitude_word
        if ch == "年" and not t.startswith(("年级", "年代"), after):
            year_like = is_int and not qualifiers and (
                (m.group("ar") is not None and len(m.group("ar")) == 4) or number.positional
            ) and YEAR_RANGE[0] <= number.value <= YEAR_RANGE[1]
            if year_like:
                return self._calendar(start, after + 1, int(number.value), second)
            if number.positional:
                return None, m.end()
            return self._span(m, number, second, start, after, qualifiers, "年")
        if ch == "周" and t.startswith("周年", after) and is_int and second is None:
            end = after + 2
            if number.chinese and end < len(t) and t[end] in _CN_CLASS and not self.strict:
                return None, m.end()
            value = number.value
            factor, base, dimension = _unit_info("年")
            return Figure(t[start:end], start, end, "anniversary", value, value, True, True, value, "year", "周年",
                          dimension, "…".join(qualifiers) or None), end
        if ch == "月" and is_int and 1 <= number.value <= 12 and not qualifiers:
            if number.chinese and (number.one_char or number.value == 1) and not _RELATIVE_RE.search(t, 0, start):
                return None, m.end()  # 三月 alone is too often part of a name; Arabic 3月 is read
            return self._month(start, after, int(number.value), second)
        return None

    def _span(self, m: re.Match, number: _Number, second: _Number | None, start: int, unit_pos: int,
              qualifiers: list[str], unit: str) -> tuple[Figure | None, int]:
        t = self.t
        end = unit_pos + len(unit)
        if number.chinese and not self.strict:
            if number.lone_magnitude and not qualifiers:
                return None, m.end()  # 百年大计, 千年
            pass
        if number.chinese and number.one_char and number.value == 1 and not t.startswith("半", end):
            return None, m.end()  # 一年: "a year", too vague to read
        factor, base, dimension = _unit_info(unit)
        qualifier_text = None
        extra = _SPAN_SUFFIX_RE.match(t, end)
        value_number = number
        if extra:
            word = extra.group(1)
            end = extra.end()
            if word == "半":
                value_number = _Number(number.value + Fraction(1, 2), None, chinese=number.chinese)
            elif word in ("来", "以来", "间"):
                qualifier_text = word
            else:
                qualifiers = [*qualifiers, word]
        if number.chinese and end < len(t) and t[end] in _CN_CLASS and not self.strict:
            return None, m.end()  # 四年一贯制
        word = _SPAN_TIME_WORD_RE.match(t, end)
        if word:
            end = word.end()
        recent = [q for q in qualifiers if q == "近"]
        if recent:
            # 近3年 is "the past three years", not "nearly three years".
            qualifiers = [q for q in qualifiers if q != "近"]
            qualifier_text = "近"
        figure = self._build(start, end, "span", value_number, second, qualifiers, factor, base, unit, dimension)
        if qualifier_text is not None:
            joined = "…".join([qualifier_text, *([figure.qualifier] if figure.qualifier else [])])
            figure = replace(figure, qualifier=joined)
        return figure, end

    def _calendar(self, start: int, pos: int, year: int, second: _Number | None) -> tuple[Figure | None, int]:
        t = self.t
        month = day = None
        end_ref = None
        if second is not None:
            # 2023-2025年: a range of years.
            last = int(second.value)
            if second.value.denominator != 1 or not (YEAR_RANGE[0] <= last <= YEAR_RANGE[1]):
                return None, pos
            end_ref = CalendarRef(last, None, None)
        else:
            mm = _MONTH_RE.match(t, pos)
            if mm and not t.startswith("个", mm.start(1)):
                month = _small_number(mm.group(1))
                if month is not None and 1 <= month <= 12:
                    day, end_ref, pos = self._day(mm.end(), year, month, None)
                else:
                    month = None
        ref = CalendarRef(year, month, day)
        try:
            low, high = _calendar_bounds(ref, end_ref)
        except ValueError:
            return None, pos
        qualifier = None
        since = _SINCE_RE.match(t, pos)
        if since:
            qualifier = since.group(1)
            pos = since.end()
        kind = "year" if month is None else "date"
        return Figure(t[start:pos], start, pos, kind, low, high, True, True, low, "date", "", "[calendar]",
                      qualifier if end_ref is None else "…".join(filter(None, ["至", qualifier])), ref, end_ref), pos

    def _day(self, pos: int, year: int | None, month: int, relative: int | None) -> tuple[int | None, "CalendarRef | None", int]:
        """The day after a month (9月1日), and the end of a day range (15日至16日): (day, range end, position)."""
        t = self.t
        dd = _DAY_RE.match(t, pos)
        if not dd:
            return None, None, pos
        day = _small_number(dd.group(1))
        if day is None or not 1 <= day <= 31:
            return None, None, pos
        pos = dd.end()
        rr = _DAY_RANGE_RE.match(t, pos)
        if rr:
            last_day = _small_number(rr.group(1))
            if last_day is not None and day < last_day <= 31:
                return day, CalendarRef(year, month, last_day, relative), rr.end()
        return day, None, pos

    def _month(self, start: int, month_pos: int, month: int, second: _Number | None) -> tuple[Figure | None, int]:
        t = self.t
        pos = month_pos + 1
        if t.startswith("份", pos):
            pos += 1
        relative = None
        rel = _RELATIVE_RE.search(t, max(0, start - 4), start)
        if rel:
            relative = _RELATIVE_YEARS[rel.group(1)]
            start = rel.start()
        day, end_ref, pos = self._day(pos, None, month, relative)
        if second is not None:
            if second.value.denominator != 1 or not (month < second.value <= 12):
                return None, pos
            end_ref = CalendarRef(None, int(second.value), None, relative)
        qualifier = None
        since = _SINCE_RE.match(t, pos)
        if since:
            qualifier = since.group(1)
            pos = since.end()
        ref = CalendarRef(None, month, day, relative)
        return Figure(t[start:pos], start, pos, "relative-date", None, None, False, False, Fraction(0), "date", "",
                      "[calendar]", qualifier if end_ref is None else "…".join(filter(None, ["至", qualifier])),
                      ref, end_ref), pos

    def _iso_date(self, iso: re.Match) -> Figure | None:
        year, month, day = (int(g) for g in iso.groups())
        ref = CalendarRef(year, month, day)
        try:
            low, high = _calendar_bounds(ref, None)
        except ValueError:
            return None
        return Figure(iso.group(0), iso.start(), iso.end(), "date", low, high, True, True, low, "date", "", "[calendar]",
                      None, ref)

    def _ordinal(self, m: re.Match) -> Figure | None:
        t = self.t
        if m.group("pct"):
            return None
        if m.group("ar") is not None:
            arabic = _read_arabic(m.group("ar"))
            if arabic is None or arabic[1]:
                return None
            value = arabic[0]
        else:
            number = _read_chinese(m.group("cn"), positional_ok=False)
            if number is None or number.value.denominator != 1:
                return None
            value = number.value
        u = _ORDINAL_RE.match(t, m.end())
        if u is None:
            return None  # 第二中学, 第一时间: names and idioms
        end = u.end()
        start = m.start() - 1
        return Figure(t[start:end], start, end, "ordinal", value, value, True, True, value, "", u.group(1), "", "第")


def _is_cjk(text: str) -> bool:
    return bool(text) and not text.isascii()


def _small_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _chinese_integer(text)


def _calendar_bounds(start: CalendarRef, end: CalendarRef | None) -> tuple[Fraction, Fraction]:
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
    return Fraction(first[0]), Fraction(last[1])


def _rule_interval(rule: str, n: Fraction) -> tuple[Fraction | None, Fraction | None, bool, bool]:
    if rule == "under":
        return n * NEAR_FLOOR, n, True, False
    if rule == "over":
        return n, None, False, False
    if rule == "about":
        return n * (1 - APPROXIMATE_TOLERANCE), n * (1 + APPROXIMATE_TOLERANCE), True, True
    if rule == "below":
        return Fraction(0), n, True, False
    if rule == "at_least":
        return n, None, True, False
    if rule == "at_most":
        return Fraction(0), n, True, True
    if rule == "more":
        return n, n + _last_nonzero_step(n), True, False
    raise AssertionError(rule)


def _hull(a, b):
    """Smallest interval holding both (low, high, low_inclusive, high_inclusive); None is unbounded."""
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


def _intersect(a, b):
    """Intersection of two intervals (low, high, low_inclusive, high_inclusive); None bounds are open."""
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


# --- reading in plain words ---------------------------------------------------

_LEADS = {
    "under": "just under", "over": "more than", "about": "about", "below": "less than",
    "at_least": "at least", "at_most": "at most", "more": "over",
}


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


# Spans read best in the unit they were written in (10天 is "10 days", not 0.03 years).
_SPAN_WORDS = {"年": "years", "个月": "months", "天": "days", "周": "weeks", "星期": "weeks", "小时": "hours",
               "分钟": "minutes", "秒": "seconds", "岁": "years of age"}


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_RELATIVE_WORDS = {0: "this year", -1: "last year", -2: "the year before last", 1: "next year", 2: "the year after next"}


def _calendar_words(ref: CalendarRef) -> str:
    if ref.year is not None:
        return ref.iso()
    month = _MONTHS[ref.month - 1] if ref.month else ""
    when = f"{ref.day} {month}" if ref.day else month
    if ref.relative_year is None:
        return f"{when} (year not written)"
    return f"{when} of {_RELATIVE_WORDS.get(ref.relative_year, f'year {ref.relative_year:+d}')}"


def _ordinal_words(value: Fraction) -> str:
    n = int(value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _reading(f: Figure) -> str:
    if f.kind in CALENDAR_KINDS:
        assert f.calendar is not None
        what = {"year": "the year", "date": "the date", "relative-date": ""}[f.kind]
        text = f"{what} {_calendar_words(f.calendar)}".strip()
        if f.calendar_end is not None:
            text += f" to {_calendar_words(f.calendar_end)}"
        if f.qualifier in ("以来", "起"):
            text = "since " + text
        elif f.qualifier == "至今":
            text = "from " + text + " until now"
        if f.kind == "relative-date":
            text += ", relative to the publication date"
        return text
    if f.kind == "ordinal":
        return f"ordinal: the {_ordinal_words(f.nominal)} ({f.written_unit})"
    if f.kind == "anniversary":
        return f"the {_ordinal_words(f.nominal)} anniversary"
    from auditor.units import format_quantity, human_number

    scale, label = Fraction(1), f.unit
    if f.kind == "span" and f.written_unit in _SPAN_WORDS and f.written_unit != "年":
        scale, label = _unit_info(f.written_unit)[0], _SPAN_WORDS[f.written_unit]

    def show(value: Fraction, with_unit: bool = True) -> str:
        if not with_unit:
            return human_number(value / scale)
        if scale != 1:
            amount = value / scale
            return f"{human_number(amount)} {label.replace('s', '', 1) if amount == 1 else label}"
        return format_quantity(value, f.unit)

    words = (f.qualifier or "").split("…")
    rules = [r for r in ((_PRE_QUALIFIERS.get(q.lower()) or _POST_QUALIFIERS.get(q)) for q in words if q) if r]
    describe = _describe_interval(f, show)
    if f.kind == "span" and words[0] in ("来", "以来", "间", "近"):
        text = f"a span of {show(f.nominal)} ending now"
        return text if f.low == f.high else f"{text} ({describe})"
    prefix = "a span of " if f.kind == "span" else ""
    if "至" in words:
        if f.low is None or f.high is None or f.low == f.high:
            return f"{prefix}a range: {describe}"
        inclusion = describe.split(", ", 1)[1]
        widened = f", widened by {'/'.join(w for w in words if w != '至')}" if len(words) > 1 else ""
        return f"{prefix}a range from {show(f.low, False)} to {show(f.high)} ({inclusion}{widened})"
    if rules:
        lead = _LEADS[rules[0]]
    elif f.low != f.high:
        lead = "rounded"
    else:
        return f"{prefix}exactly {show(f.nominal)}"
    return f"{prefix}{lead} {show(f.nominal)} ({describe})"


# --- entry points ---------------------------------------------------------------

def _prepare(text: str) -> str:
    # Full-width digits and signs fold one-to-one, so offsets are unchanged.
    return text.translate(_FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text


def find_figures(text: str, *, implied_precision: bool = True) -> list[Figure]:
    """Every figure of a text, sorted by start, non-overlapping; `f.text == text[f.start:f.end]`."""
    t = _prepare(text)
    reader = _Reader(t, implied_precision, strict=False)
    figures: list[Figure] = []
    search = _core().search
    pos = 0
    last_end = 0
    while True:
        m = search(t, pos)
        if m is None:
            break
        figure, resume = reader.read(m)
        if figure is not None and figure.start >= last_end:
            if t is not text:
                figure = replace(figure, text=text[figure.start:figure.end])
            figures.append(figure)
            last_end = figure.end
            pos = max(figure.end, m.start() + 1)
        else:
            pos = max(resume, m.start() + 1)
    return figures


def parse(text: str, *, implied_precision: bool = True) -> Figure:
    """Exactly one figure: the whole input (whitespace stripped) must be that figure, else FigureError."""
    if not isinstance(text, str):
        raise FigureError(str(text))
    stripped = text.strip()
    if not stripped:
        raise FigureError(text, "not a figure: empty input")
    t = _prepare(stripped)
    m = _core(True).search(t)
    figure = None
    if m is not None:
        try:
            figure, _ = _Reader(t, implied_precision, strict=True).read(m)
        except KeyError:  # an unknown unit surfaced from the registry
            figure = None
    if figure is None or figure.start != 0 or figure.end != len(t):
        one_line = " ".join(stripped.split())
        if figure is not None and figure.start == 0 and figure.end < len(t):
            rest = t[figure.end:].strip()
            if rest and not any(c.isdigit() for c in rest):
                unit = (figure.written_unit if figure.kind in ("quantity", "percent") else "") + " ".join(rest.split())
                raise FigureError(text, f'not a figure: "{one_line}" (unknown unit "{unit}")')
        raise FigureError(text, f'not a figure: "{one_line}"')
    if t is not stripped:
        figure = replace(figure, text=stripped)
    return figure
