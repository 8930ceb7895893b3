"""How well auditor reads figures, measured on the Microsoft Recognizers-Text test specs.

Run:  PYTHONPATH=. python bench/score_recognizers.py [--mode prose|span|both] [--file SUBSTRING]
          [--misses N] [--out-of-scope] [--json PATH] [--specs DIR]

The specs (Recognizers-Text `Specs/`, MIT licence) are read from --specs, else
$RECOGNIZERS_SPECS, else <repo>/../shared/external/recognizers-text/Specs; they
are never copied into this repository. Exit status 2 when they are missing.

Each spec case is an `Input` sentence and the `Results` a recognizer should
find: a span (Start, and an inclusive End or a Length) with a value and, for
units, a unit. The span is always taken from the Input by its offsets (RT
lowercases `Text`).

Modes
  prose  read_prose(Input) when auditor has it, else find_figures(Input); the
         figure overlapping the expected span most is compared. No figure but
         an "unread" span there counts as unread, not as a silent misread.
  span   parse(Input[Start:End+1]); FigureError counts as not found.

Per expected result: found; value right; unit right; read right (all three);
silent misread (a figure was returned and its value or unit is wrong). Cases
with no Results are negatives: in prose mode a figure there is a false
positive when it is of the kind the file's model reads (MODEL_DOMAINS: a
currency in a CurrencyModel negative, not a year in a TemperatureModel one). "extra" counts figures of positive cases that overlap no expected
result; it is informational.

Values (RT decimals are read exactly; |a-b| <= 1e-9*max(1,|b|) tolerates RT's
rounded repeating decimals):
  number       the number as written: our nominal divided by the factor of our
               written unit less a leading magnitude word (万亿 千万 百万 万 亿),
               so 20万公斤 is 200000 and $2.6 million 2600000. Unit not compared.
  percentage   a [percent] or [percentage_point] figure with that nominal.
  numberrange  our low/high, as written, against RT's bounds, inclusivity
               ignored; a missing RT low matches None or 0, a missing RT high
               matches None only (so 五百多 = [500, 600) is not RT's (500,)).
  units        RT unit names map to auditor written units (the UNITS tables);
               value right when our nominal is RT value x unit factor, unit
               right when the dimensions agree. A unit auditor does not define
               stays in scope, is never read right and is counted as "unit
               unknown"; its number is still compared as written. Temperatures
               are affine: compared as written, on the same scale.
  DateTime     dates (YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM[-DD]) against our
               calendar, relative dates resolved in the case's reference year;
               ranges of years, months or days against our first and last
               period, RT's range end being the first day of the last period
               written (2016到2018 is (2016-01-01,2018-01-01,P2Y)); durations
               PnY/M/W/D against our span in years.

Scope: SCOPE_RULES, the table at the top, is the one place that decides which
expected results count. Each rule is a general test on the form (a regex, the
TypeName, the unit) with a reason; the first rule that matches removes the
result, and every run prints how many each rule removed. No rule names a case.
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Callable

import auditor.figures as figures
from auditor.figures import FigureError, find_figures, parse
from auditor.figures.vocabulary import unit_info
from auditor.units import UnknownUnit, unit_factor

BOTH, PROSE = frozenset({"prose", "span"}), frozenset({"prose"})


@dataclass(frozen=True)
class Rule:
    name: str
    modes: frozenset  # the modes in which the rule removes results
    test: str  # the form tested, in words
    reason: str
    applies: Callable[["Expected"], bool]


# --- scope: the first matching rule removes an expected result ----------------------------------
SCOPE_RULES: tuple[Rule, ...] = (
    Rule(
        "by-design",
        BOTH,
        "case NotSupportedByDesign names python (or all platforms)",
        "by design in RT itself",
        lambda e: e.by_design,
    ),
    Rule(
        "spec-error",
        BOTH,
        "the span is digits + one 万 or 亿 (+ a unit and 以上/以下), and no number in the expected value equals them",
        "the expected value contradicts the numerals written (20万次以上 given as (20000,)): RT's own slip",
        lambda e: spec_contradicts_magnitude(e),
    ),
    Rule(
        "no-value",
        BOTH,
        "Resolution value is null",
        "a unit or percent word with no number",
        lambda e: e.model != "datetime" and e.value is None,
    ),
    Rule(
        "ordinal",
        BOTH,
        "TypeName has 'ordinal'; 第+numeral; 'the' + English ordinal",
        "positions, not amounts",
        lambda e: "ordinal" in e.type_name or bool(ORDINAL_RE.search(e.form)),
    ),
    Rule(
        "fraction",
        BOTH,
        "subtype fraction; digit/digit; ½; fraction words; N over/in/out of M; N分之M except 百/千/万分之",
        "fractions are not figures news writes",
        lambda e: e.model != "datetime" and is_fraction(e),
    ),
    Rule(
        "bank-numerals",
        BOTH,
        "Text has 壹贰貳叁參肆伍陆陸柒捌玖拾佰仟",
        "cheques and contracts, not news",
        lambda e: bool(BANK_RE.search(e.text)),
    ),
    Rule(
        "other-notation",
        BOTH,
        "Indian grouping, lakh/crore, decimal comma, space grouping, e/^ powers, "
        "slash dates; MM/mil/bln/tln and MUSD-style codes (not in dimensions)",
        "other locales or notations",
        lambda e: bool(NOTATION_RE.search(e.form) or (e.type_name != "dimension" and ABBREVIATION_RE.search(e.form))),
    ),
    Rule(
        "tokenized",
        BOTH,
        "a sign or currency prefix split off by a word tokenizer (c $ 16.4, u.s $, - 20 degrees)",
        "typesetting of tokenized corpora, not of news",
        lambda e: bool(TOKENIZED_RE.search(e.text)),
    ),
    Rule(
        "spaced-out",
        BOTH,
        "a space inside the span next to a Chinese character (百 分 之 2, 七成 六, 2008年 十二月)",
        "spelled out character by character: not how news is typed",
        lambda e: bool(SPACED_RE.search(e.form)),
    ),
    Rule(
        "full-width-comma-grouping",
        BOTH,
        "digits grouped with the full-width comma (９，９９９)",
        "in Chinese prose ， ends a clause; it never groups digits",
        lambda e: bool(FULLWIDTH_GROUP_RE.search(e.text)),
    ),
    Rule(
        "spelled-composition",
        BOTH,
        "English 'point' decimals; digits + hundred/dozen; digits + 千/百; 万 + digits",
        "news writes 321, 5400 or 200.03 in digits",
        lambda e: bool(COMPOSITION_RE.search(e.form)),
    ),
    Rule(
        "unit-outside-news",
        BOTH,
        "unit in OUTSIDE_NEWS_UNITS or subtype Angle/Information",
        "unit outside news",
        lambda e: e.model == "unit" and (e.unit in OUTSIDE_NEWS_UNITS or e.subtype in ("Angle", "Information")),
    ),
    Rule(
        "recurrence",
        BOTH,
        "TypeName datetimeV2.set",
        "a recurrence (每天, 每年), not a figure",
        lambda e: e.type_name.endswith(".set"),
    ),
    Rule(
        "time-of-day",
        BOTH,
        "timex has a T part (T17:00, TMO, PT5H)",
        "times of day and hour/minute durations",
        lambda e: e.model == "datetime" and bool(TIME_RE.search(e.timex)),
    ),
    Rule(
        "week-or-season",
        BOTH,
        "timex names a week, weekday or season",
        "weeks and seasons are not figures",
        lambda e: e.model == "datetime" and bool(WEEK_SEASON_RE.search(e.timex)),
    ),
    Rule(
        "period-word",
        BOTH,
        "Text is 今年/去年/明年/前年/后年/本年, optionally with 上/下半年",
        "period word, read as a frame, not a figure",
        lambda e: e.model == "datetime" and bool(PERIOD_WORD_RE.fullmatch(e.form.replace(" ", ""))),
    ),
    Rule(
        "relative-span",
        BOTH,
        "上/下/前/后/近/过去/未来 + duration, or duration + 前/后",
        "a span counted from today or a period's edge, not a written date",
        lambda e: e.model == "datetime" and bool(RELATIVE_SPAN_RE.search(e.form)),
    ),
    Rule(
        "deictic-word",
        BOTH,
        "datetime Text with no numeral (昨日, 下个月, 马上)",
        "no number written",
        lambda e: e.model == "datetime" and not NUMERAL_RE.search(e.form),
    ),
    Rule(
        "lunar-calendar",
        BOTH,
        "Text has 农历 正月 腊月 大年 初N",
        "lunar dates are not Gregorian figures",
        lambda e: e.model == "datetime" and bool(LUNAR_RE.search(e.form)),
    ),
    Rule(
        "decade-century",
        BOTH,
        "Text has 年代 or 世纪",
        "decades and centuries are periods, not figures",
        lambda e: e.model == "datetime" and bool(DECADE_RE.search(e.form)),
    ),
    Rule(
        "year-not-written",
        BOTH,
        "timex year neither written nor given by 今年/去年/明年… (康熙三年, 本月十日)",
        "era years and dates counted from today are not calendar figures",
        lambda e: e.model == "datetime" and not year_written(e),
    ),
    Rule(
        "other-datetime",
        BOTH,
        "timex not a real YYYY[-MM[-DD]] or XXXX-MM[-DD], a Y/M/D range or PnY/M/W/D",
        "not a simple date, range or duration",
        lambda e: e.model == "datetime" and date_shape(e.timex) is None,
    ),
    Rule(
        "date-time-component",
        PROSE,
        "number followed by 月/日/号, a 4-digit year + 年, or an hour (点/时, :)",
        "part of a date or clock time, which prose mode reads whole",
        lambda e: is_date_part(e),
    ),
    Rule(
        "range-end",
        PROSE,
        "a unit model's result preceded by 'N -', 'N to', N至/到 (70 - 90天, 40 - 50 years old)",
        "RT's unit models read only the last end of a range; prose mode reads the range whole",
        lambda e: e.model == "unit" and bool(RANGE_BEFORE_RE.search(e.input[: e.start])),
    ),
    Rule(
        "compound-measure",
        PROSE,
        "a unit model's result next to another number + unit of a length or weight (12 m 2 dm, 5 ft 10 in)",
        "RT reads each part of a compound measure alone; prose mode reads it whole (12.2 m)",
        lambda e: (
            e.model == "unit"
            and bool(COMPOUND_AFTER_RE.match(e.input[e.end :]) or COMPOUND_BEFORE_RE.search(e.input[: e.start]))
        ),
    ),
    Rule(
        "bare-numeral",
        PROSE,
        "number with no magnitude/percent/currency, alone or before punctuation, a digit or a function word",
        "no unit: not a figure of prose",
        lambda e: is_bare_numeral(e),
    ),
)

_DIGITS_MAGNITUDE_RE = re.compile(r"^(\d+(?:\.\d+)?)(万|亿)[^\d〇零一二两三四五六七八九十百千万亿余多]*$")
_EXPECTED_NUMBER_RE = re.compile(r"-?\d+(?:\.\d+)?")


def spec_contradicts_magnitude(e: "Expected") -> bool:
    m = _DIGITS_MAGNITUDE_RE.match(e.form)
    if m is None or e.value is None or e.model not in ("number", "numberrange"):
        return False
    written = Decimal(m.group(1)) * (10_000 if m.group(2) == "万" else 100_000_000)
    numbers = [Decimal(n) for n in _EXPECTED_NUMBER_RE.findall(e.value)]
    return bool(numbers) and written not in numbers


_COMPOUND_UNITS = r"(?:km|dm|cm|mm|m|ft|in|inch(?:es)?|yd|lb|lbs|oz|kg|g)"
COMPOUND_AFTER_RE = re.compile(r"[ \t]{1,2}\d+(?:\.\d+)?[ \t]?" + _COMPOUND_UNITS + r"\b")
COMPOUND_BEFORE_RE = re.compile(r"\d[ \t]?" + _COMPOUND_UNITS + r"[ \t]{1,2}$")
RANGE_BEFORE_RE = re.compile(r"\d[ \t]*(?:-|–|—|~|～|to|至|到)[ \t]*$")

# --- the form tests the rules use (on the span, NFKC-folded and lowercased) ------------------------
CN_NUMERALS = "〇零一二两兩三四五六七八九十百千万萬亿億"
BANK_CHARS = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
BANK_RE = re.compile(f"[{BANK_CHARS}]")
ORDINAL_RE = re.compile(rf"第\s*[\d{CN_NUMERALS}]|\bthe\s+(?:\d+(?:st|nd|rd|th)|first|second|third|[a-z]+th)\b")
FRACTION_WORD_RE = re.compile(
    r"\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?"
    r"|ninths?|tenths?|[a-z-]+(?:ieths?|firsts)|hundredths?|thousandths?"
    r"|(?:m|b|tr)illionths?)\b"
)
NUMBER_WORD = (
    r"(?:\d[\d,.]*|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|[a-z]+ty|hundred|thousand)"
)
RATIO_RE = re.compile(rf"\b{NUMBER_WORD}\s+(?:over|out of|in)\s+{NUMBER_WORD}\b")  # one out of three
VULGAR_RE = re.compile(r"\d\s*[/⁄]\s*\d")  # NFKC turns ½ into 1⁄2
# 百分之 千分之 万分之 are percentages and per-mille; any other N分之M (一百分之二, 百万分之五) is a fraction.
PER_HUNDRED_RE = re.compile(rf"(?:^|[^\d{CN_NUMERALS}{BANK_CHARS}])[百千万佰仟萬]$")
NOTATION_RE = re.compile(
    r"[\u4e00-\u9fff].*\d\s*[kＫ]|\d\s*[kＫ].*[\u4e00-\u9fff]"  # 百分之15K, 12k个百分点: k for thousand in Chinese
    r"|\d,\d\d,\d{3}|\b(?:lakh|crore)s?\b"  # Indian grouping
    r"|\d,\d{1,2}(?!\d)|\d\.\d{3},\d"  # decimal comma: 5,00 and 1.111,11
    r"|\d[ \u00a0\u202f]\d{3}(?!\d)"  # 40 000
    r"|\d(?:\.\d+)?\s*e\s*[-+]?\d|\^|\dx10"  # 1.3e6, 2^5, 1.3x10^6
    r"|\d/\d"
)  # 2010/01/29 (fractions are removed before this rule)
ABBREVIATION_RE = re.compile(r"\d\s*(?:mm|mil|bln|tln)\b|\bm(?:usd|eur|gbp|aud)\b")  # 1MM, 2mil, 30 MUSD
COMPOSITION_RE = re.compile(r"\bpoint\b|\d\s+(?:hundred|dozen)s?\b|\d\s*[千百](?![米克瓦卡万亿])|\d\s*[万萬]\s*\d")
# RT reads no vague or juxtaposed numeral (二三十个百分点, 十几万) and lists some as negatives; auditor reads them as
# ranges by design (两三万元 is 2万 to 3万), so those negatives are not counted.
VAGUE_NUMERAL_RE = re.compile("[一二两三四五六七八九][二三四五六七八九十][十百千万]|[几数][十百千万]|十几")
TOKENIZED_RE = re.compile(r"(?i)(?:^|\s)[a-z]{1,3}(?:\.[a-z])?\s\$|(?:^|\s)-\s\d|\s'\ss\b")
SPACED_RE = re.compile(r"[\u3400-\u9fff][ \u3000\u00a0]+\S|\S[ \u3000\u00a0]+[\u3400-\u9fff]")
FULLWIDTH_GROUP_RE = re.compile(r"[0-9０-９]，[0-9０-９]")
TIME_RE = re.compile(r"T(?:\d|MO|AF|EV|NI|DT)")
WEEK_SEASON_RE = re.compile(r"^\(?(?:\d{4}|XXXX)-W|WXX|-WE\b|-(?:SP|SU|FA|WI)$")
PERIOD_WORD_RE = re.compile(r"(?=.)(?:(?:今|去|明|前|后|後|本)年)?的?(?:(?:上|下|前|后|後)[个個]?半(?:年|月|周))?")
DURATION = rf"[1-9]\d{{0,2}}|[{CN_NUMERALS}]{{1,3}}|几|幾"
DURATION_UNIT = r"(?:年|[个個]\s*月|周|週|星期|天|小时|小時|分钟|分鐘)"  # not 日 or a bare 月: 14日之前 is a date
RELATIVE_SPAN_RE = re.compile(
    rf"(?:上|下|前|后|後|近|过去|過去|未来|未來|最近)\s*(?:{DURATION})\s*(?:[个個]\s*)?{DURATION_UNIT}"
    rf"|(?<![\d{CN_NUMERALS}])(?:{DURATION})\s*{DURATION_UNIT}\s*之?(?:前|后|後)"
)
NUMERAL_RE = re.compile(rf"[\d{CN_NUMERALS}半]")
RELATIVE_YEAR_RE = re.compile("(?:今|去|明|前|后|後|本)年")
LUNAR_RE = re.compile(r"农历|農曆|正月|腊月|臘月|大年|初[一二三四五六七八九十]")
DECADE_RE = re.compile("年代|世纪|世紀")
OUTSIDE_NEWS_UNITS = frozenset(
    {
        "Bit",
        "Kilobit",
        "Megabit",
        "Kilobyte",
        "Megabyte",
        "Liang",
        "Hertz",
        "Megahertz",
        "Kilocalorie",
        "Picometer",
        "Teaspoon",
        "Tablespoon",
        "Cup",
        "Dram",
        "Satoshi",
        "Radian",
        "Turn",
        "Meter per millisecond",
        "Centimeter per millisecond",
        "Kilometer per millisecond",
    }
)
# What attaches a number to prose: a magnitude word, a percent sign or word, a currency.
MAGNITUDE_RE = re.compile(r"[万亿萬億]|\b(?:thousand|million|billion|trillion)s?\b")
PERCENT_RE = re.compile(r"%|百分之|千分之|万分之|萬分之|percent|per cent")
CURRENCY_RE = re.compile(r"[$¥￥€£₿元]|美元|\b(?:dollars?|yuan|rmb|usd|euros?|pounds?|yen)\b")
CURRENCY_BEFORE_RE = re.compile(r"(?:[$¥￥€£]|\b(?:usd|rmb|cny|eur))$")
# Function words after a number: nothing there makes the number a figure. Content words are not listed.
EN_FUNCTION_WORD_RE = re.compile(
    r"(?:and|or|but|nor|so|is|are|was|were|be|been|will|would|can|could|shall|should|may|might|must|do|does|did"
    r"|has|have|had|not|in|into|to|of|the|a|an|as|by|for|on|at|with|from|than|out|over|about|after|before|since"
    r"|until|if|then|that|this|these|those|it|its|he|she|they|we|you|i|which|who|what|when|where|isn't)\b"
)
CN_FUNCTION_CHARS = frozenset("的地得和与與跟同及或而且是不没沒那这這还還在了也都就却卻又吗嗎呢吧啊呀")
HOUR_AFTER_RE = re.compile(rf"[点點时時](?![\d{CN_NUMERALS}半])|:\d")
TRADITIONAL_RE = re.compile("[萬億點個兩對雙幾負週後時歲與這還們間來過為從當於會裡裏臺灣價錢圓塊]")

# --- RT unit names -> auditor written units (unit_factor decides whether auditor knows them) --------
CURRENCY_UNITS = {
    "Chinese yuan": "元",
    "Dollar": "USD",
    "United States dollar": "USD",
    "Euro": "EUR",
    "British pound": "GBP",
    "Pound": "GBP",
    "Japanese yen": "JPY",
    "Hong Kong dollar": "HKD",
    "New Taiwan dollar": "TWD",
    "South Korean won": "KRW",
    "Thai baht": "THB",
    "Russian ruble": "RUB",
    "Swiss franc": "CHF",
    "Singapore dollar": "SGD",
    "Canadian dollar": "CAD",
    "Australian dollar": "AUD",
    "New Zealand dollar": "NZD",
    "Cent": "cent",
    "Penny": "pence",
    "Pence": "pence",
    "Bitcoin": "BTC",
    "Finnish markka": "FIM",
    "Netherlands guilder": "NLG",
    "Peseta": "ESP",
    "Franc": "franc",
    "Rupee": "rupee",
    "Sen": "sen",
}  # other currencies: their isoCurrency code
MEASURE_UNITS = {
    "Kilogram": "kg",
    "Gram": "g",
    "Microgram": "µg",
    "Ton": "t",
    "Metric ton": "t",
    "Tonne": "t",
    "Jin": "斤",
    "Pound": "lb",
    "Ounce": "oz",
    "Meter": "m",
    "Kilometer": "km",
    "Centimeter": "cm",
    "Millimeter": "mm",
    "Decimeter": "dm",
    "Mile": "mile",
    "Foot": "ft",
    "Inch": "inch",
    "Mu": "亩",
    "Hectare": "公顷",
    "Acre": "acre",
    "Square meter": "平方米",
    "Square kilometer": "平方公里",
    "Square mile": "square_mile",
    "Liter": "L",
    "Milliliter": "mL",
    "Gallon": "gallon",
    "Barrel": "barrel",
    "Cubic meter": "立方米",
    "Cubic foot": "cubic_foot",
    "Kilometer per hour": "km/h",
    "Meter per second": "m/s",
    "Mile per hour": "mph",
    "Kilowatt": "kW",
    "Year": "年",
    "Age": "年",
    "Month": "个月",
    "Week": "周",
    "Day": "天",
}
TEMPERATURE_UNITS = {"C": "degC", "Degree Celsius": "degC", "F": "degF", "Degree Fahrenheit": "degF", "Degree": "degC"}
DURATION_UNITS = {"Y": "年", "M": "个月", "W": "周", "D": "天"}
MAGNITUDE_PREFIXES = ("万亿", "千万", "百万", "万", "亿")
UNIT_MODELS = ("currency", "dimension", "age", "temperature")


# --- expected results -----------------------------------------------------------------------------
@dataclass
class Expected:
    case: int
    input: str
    start: int
    end: int  # exclusive
    type_name: str
    model: str  # number, percentage, numberrange, ordinal, unit, datetime
    value: str | None
    unit: str | None = None
    iso: str | None = None
    subtype: str | None = None
    timex: str = ""
    reference_year: int | None = None
    by_design: bool = False

    @property
    def text(self) -> str:
        return self.input[self.start : self.end]

    @property
    def form(self) -> str:
        """The span as the form tests read it."""
        return fold(self.text)


def fold(text: str) -> str:
    """Full-width digits and signs to ASCII, ½ to 1⁄2, lowercase: one spelling for the form tests."""
    return unicodedata.normalize("NFKC", text).lower()


@dataclass
class Case:
    index: int
    input: str
    expected: list[Expected]
    by_design: bool


def excluded_by_design(case: dict) -> bool:
    platforms = {p.strip().lower() for p in str(case.get("NotSupportedByDesign", "")).split(",")}
    return bool(platforms & {"python", "all", "everything"})


def load_file(path: Path) -> list[Case]:
    cases = []
    for index, raw in enumerate(json.loads(path.read_text(encoding="utf-8-sig"))):
        text, by_design = raw["Input"], excluded_by_design(raw)
        reference = (raw.get("Context") or {}).get("ReferenceDateTime")
        expected = []
        for result in raw.get("Results") or []:
            start = result["Start"]
            end = start + result["Length"] if "Length" in result else result["End"] + 1
            type_name = result.get("TypeName") or result.get("Type")
            resolution = result.get("Resolution") or {}
            e = Expected(
                index,
                text,
                start,
                end,
                type_name,
                model_of(type_name),
                resolution.get("value"),
                resolution.get("unit"),
                resolution.get("isoCurrency"),
                resolution.get("subtype"),
                reference_year=int(reference[:4]) if reference else None,
                by_design=by_design,
            )
            if e.model == "datetime":
                values = resolution.get("values") or [{}]
                e.timex = (result.get("Value") or {}).get("Timex") or values[0].get("timex") or ""
            if e.value in (None, "null"):
                e.value = None
            expected.append(e)
        cases.append(Case(index, text, expected, by_design))
    return cases


def model_of(type_name: str) -> str:
    if type_name in ("number", "percentage", "numberrange"):
        return type_name
    if "ordinal" in type_name:
        return "ordinal"
    if type_name in UNIT_MODELS:
        return "unit"
    return "datetime"


def language_of(name: str) -> str:
    return "Chinese" if "/Chinese/" in f"/{name}" else "English"


# --- form tests -------------------------------------------------------------------------------------
def is_fraction(e: Expected) -> bool:
    if e.subtype == "fraction" or any(r.search(e.form) for r in (VULGAR_RE, FRACTION_WORD_RE, RATIO_RE)):
        return True
    compact = re.sub(r"\s+", "", e.form)
    return any(not PER_HUNDRED_RE.search(compact[: m.start()]) for m in re.finditer("分之", compact))


def year_written(e: Expected) -> bool:
    """The timex's year is given by the Text: in digits, 二〇一六-style numerals, as 07, or by 今年/去年/明年…."""
    match = re.match(r"\(?(\d{4})-?", e.timex)
    if not match or RELATIVE_YEAR_RE.search(e.form):
        return True
    year = int(match.group(1))
    digits = e.form.translate(str.maketrans("〇零一二三四五六七八九", "00123456789"))
    return any(int(run) == year or (len(run) == 2 and int(run) == year % 100) for run in re.findall(r"\d+", digits))


def is_date_part(e: Expected) -> bool:
    if e.model != "number":
        return False
    after = fold(e.input[e.end :]).lstrip()
    if re.fullmatch(r"\d{4}", e.form) and after.startswith("年"):
        return True
    return bool(re.match("[月日号號]", after) or HOUR_AFTER_RE.match(after))


def is_bare_numeral(e: Expected) -> bool:
    if e.model not in ("number", "numberrange"):
        return False
    if PERCENT_RE.search(e.form) or CURRENCY_RE.search(e.form):
        return False
    # A magnitude word attaches Arabic digits (4000万 is an amount); in a Chinese numeral it is one of its
    # characters (四千万 alone, like 十万火急, names no amount).
    if MAGNITUDE_RE.search(e.form) and re.search(r"[0-9a-z]", e.form):
        return False
    if not re.search(r"[0-9a-z]", e.form) and fold(e.input).strip() == e.form.strip():
        return True  # a Chinese numeral with nothing around it
    before = fold(e.input[: e.start]).rstrip()
    if CURRENCY_BEFORE_RE.search(before) or PERCENT_RE.search(before[-3:]):
        return False  # $10000, 百分之五十: attached before the span
    after = fold(e.input[e.end :]).lstrip()
    if not after or fold(e.input).strip() == e.form.strip():
        return True  # the input is the number, or nothing follows it
    first = after[0]
    if first == "%":
        return False
    return (
        first.isdigit()
        or unicodedata.category(first) == "Sm"
        or unicodedata.category(first).startswith("P")
        or first in CN_FUNCTION_CHARS
        or bool(EN_FUNCTION_WORD_RE.match(after))
    )


DATE_RE = re.compile(r"(\d{4}|XXXX)-(\d\d)(?:-(\d\d))?")


def real_date(year: int | None, month: int | None, day: int | None) -> bool:
    """RT also resolves impossible dates (2019-02-29); a year not written may be a leap year."""
    if month is None:
        return True
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(2000 if year is None else year, month)[1]


def date_shape(timex: str) -> tuple | None:
    """('date', (y, m, d)) / ('range', unit, start, end) / ('duration', n, unit); None for other forms."""
    if m := re.fullmatch(r"(\d{4})|(\d{4}|XXXX)-(\d\d)(?:-(\d\d))?", timex):
        if m.group(1):
            return "date", (int(m.group(1)), None, None)
        year = None if m.group(2) == "XXXX" else int(m.group(2))
        date = (year, int(m.group(3)), int(m.group(4)) if m.group(4) else None)
        return ("date", date) if real_date(*date) else None
    if m := re.fullmatch(r"\((\S+?),(\S+?),P\d+([YMD])\)", timex):
        start, end = DATE_RE.fullmatch(m.group(1)), DATE_RE.fullmatch(m.group(2))
        if not (start and end):
            return None
        parts = [tuple(None if g == "XXXX" else int(g) for g in d.groups()) for d in (start, end)]
        if not all(real_date(*p) for p in parts):
            return None
        unit = m.group(3)
        if unit == "Y" and all(p[1:] == (1, 1) for p in parts):
            return "range", "Y", *[(p[0], None, None) for p in parts]
        if unit == "M" and all(p[2] == 1 for p in parts):
            return "range", "M", *[(p[0], p[1], None) for p in parts]
        return ("range", "D", *parts) if unit == "D" else None
    if m := re.fullmatch(r"P(\d+(?:\.\d+)?)([YMWD])", timex):
        return "duration", Fraction(m.group(1)), m.group(2)
    return None


def period_before(date: tuple, unit: str) -> tuple:
    """The period before an exclusive range end: (2017, 7, None) by months is (2017, 6, None)."""
    year, month, day = date
    if unit == "Y":
        return (None if year is None else year - 1, month, day)
    if unit == "M":
        return (
            (year, 12, day)
            if month == 1 and year is None
            else ((year - 1, 12, day) if month == 1 else (year, month - 1, day))
        )
    import datetime

    if year is None or month is None or day is None:
        return date
    previous = datetime.date(year, month, day) - datetime.timedelta(days=1)
    return (previous.year, previous.month, previous.day)


def out_of_scope_rule(e: Expected, mode: str) -> Rule | None:
    return next((rule for rule in SCOPE_RULES if mode in rule.modes and rule.applies(e)), None)


# --- comparing one expected result with one figure --------------------------------------------------
@dataclass
class Outcome:
    found: bool = False
    unread: str | None = None  # the reason auditor gave for not reading the span
    value_ok: bool = False
    unit_ok: bool = False
    unit_unknown: bool = False
    figure: object = None

    @property
    def read_ok(self) -> bool:
        return self.found and self.value_ok and self.unit_ok

    @property
    def silent(self) -> bool:
        return self.found and not self.read_ok


def rt_number(text: str) -> Fraction:
    try:
        return Fraction(Decimal(text.strip().rstrip("%")))
    except InvalidOperation:
        raise ValueError(f"not a number in the spec: {text!r}") from None


def close(ours: Fraction | None, expected: Fraction) -> bool:
    return ours is not None and abs(ours - expected) <= Fraction(1, 10**9) * max(1, abs(expected))


def written_factor(written_unit: str) -> Fraction:
    """Factor of a written unit without its magnitude word: 1 for 万, %, $ and bare numbers."""
    unit = next((written_unit[len(p) :] for p in MAGNITUDE_PREFIXES if written_unit.startswith(p)), written_unit)
    if not any(ch.isalnum() for ch in unit) or unit == "%":
        return Fraction(1)
    try:
        return unit_factor(unit)[0]
    except UnknownUnit:
        return Fraction(1)


def as_written(fig, value: Fraction | None) -> Fraction | None:
    return None if value is None else value / written_factor(fig.written_unit)


def auditor_knows(unit: str) -> bool:
    try:
        unit_factor(unit)
    except UnknownUnit:
        return False
    return True


def mapped_unit(e: Expected) -> str:
    if e.type_name == "currency":
        return CURRENCY_UNITS.get(e.unit) or e.iso or e.unit
    table = TEMPERATURE_UNITS if e.type_name == "temperature" else MEASURE_UNITS
    return table.get(e.unit, e.unit)


def compare(e: Expected, fig) -> Outcome:
    out = Outcome(found=True, figure=fig)
    if e.model == "number":
        out.value_ok, out.unit_ok = close(as_written(fig, fig.nominal), rt_number(e.value)), True
    elif e.model == "percentage":
        out.value_ok = close(fig.nominal, rt_number(e.value))
        out.unit_ok = fig.dimension in ("[percent]", "[percentage_point]")
    elif e.model == "numberrange":
        low, high = (None if not bound.strip() else rt_number(bound) for bound in e.value.strip("[]()").split(","))
        ours_low, ours_high = as_written(fig, fig.low), as_written(fig, fig.high)
        low_ok = (ours_low in (None, 0)) if low is None else close(ours_low, low)
        high_ok = ours_high is None if high is None else close(ours_high, high)
        if high is None and fig.qualifier and set(fig.qualifier.split("…")) & {"多", "余"}:
            high_ok = True  # RT reads 五百多 as (500,); auditor as [500, 600) by design (docs/figures.md)
        out.value_ok, out.unit_ok = low_ok and high_ok, True
    elif e.model == "unit":
        compare_unit(e, fig, out)
    else:
        compare_datetime(e, fig, out)
    return out


def compare_unit(e: Expected, fig, out: Outcome) -> None:
    value = rt_number(e.value)
    try:
        factor, _, dimension = unit_factor(mapped_unit(e))
    except UnknownUnit:
        out.unit_unknown = True
        out.value_ok = close(as_written(fig, fig.nominal), value)  # the number, at least, can be checked
        return
    if e.type_name == "temperature":  # affine scales: compare as written, on the same scale
        out.value_ok = close(as_written(fig, fig.nominal), value)
        out.unit_ok = fig.dimension == dimension  # each scale is a dimension of its own
        return
    nominal, ours = fig.nominal, fig.dimension
    if " / " in ours and " / " not in dimension and "/" in fig.written_unit:
        # A rate read with its per-unit ($1.17 billion a year, 500,000 barrels a day) where RT marks the amount:
        # compare the amount, before the division.
        bottom = fig.written_unit.split("/", 1)[1]
        try:
            nominal = nominal * unit_info(bottom)[0]
            ours = ours.split(" / ", 1)[0]
        except KeyError:
            pass
    out.value_ok = close(nominal, value * factor)
    out.unit_ok = ours == dimension


def calendar_matches(ref, expected: tuple) -> bool:
    """Our CalendarRef against (year, month, day) as written; a None year (XXXX) is not compared."""
    year, month, day = expected
    return ref is not None and (year is None or ref.year == year) and (ref.month, ref.day) == (month, day)


def compare_datetime(e: Expected, fig, out: Outcome) -> None:
    shape = date_shape(e.timex)
    if shape[0] == "duration":
        _, n, unit = shape
        out.value_ok = close(fig.nominal, n * unit_factor(DURATION_UNITS[unit])[0])
        out.unit_ok = fig.dimension == "[time]"
        return
    if e.reference_year is not None:
        fig = fig.resolve(e.reference_year)
    out.unit_ok = fig.dimension == "[calendar]"
    start, end = fig.calendar, fig.calendar_end
    if shape[0] == "date":
        out.value_ok = (end is None or end == start) and calendar_matches(start, shape[1])
    else:
        # RT writes a range's end as the first day of the last period named (2016到2018: 2018-01-01) or as the
        # day after the range (上半年: 2017-07-01); either is accepted.
        out.value_ok = (
            end is not None
            and calendar_matches(start, shape[2])
            and (calendar_matches(end, shape[3]) or calendar_matches(end, period_before(shape[3], shape[1])))
        )


# --- reading ------------------------------------------------------------------------------------------
def read_prose(text: str) -> tuple[list, list]:
    """(figures, unread spans); read_prose when auditor has it, else find_figures with nothing unread."""
    if hasattr(figures, "read_prose"):
        result = figures.read_prose(text)
        return list(result.figures), list(result.unread)
    return find_figures(text), []


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return min(a_end, b_end) - max(a_start, b_start)


def score_prose(e: Expected, found: list, unread: list) -> Outcome:
    best = max(found, key=lambda f: (overlap(f.start, f.end, e.start, e.end), -f.start), default=None)
    if best is not None and overlap(best.start, best.end, e.start, e.end) > 0:
        outcome = compare(e, best)
        if not outcome.read_ok and range_end_marked(e, best):
            # RT marks the second end of a range (5-20% as "20%", 70 - 90天 as "90天"); auditor reads the range.
            outcome.value_ok = outcome.unit_ok = True
        return outcome
    spans = [u for u in unread if overlap(u.start, u.end, e.start, e.end) > 0]
    return Outcome(unread=spans[0].reason) if spans else Outcome()


def range_end_marked(e: Expected, fig) -> bool:
    """RT's span is the tail of a range auditor read whole, and its value is the range's upper end."""
    if not fig.qualifier or "至" not in fig.qualifier.split("…") or fig.high is None:
        return False
    tail = e.input[e.start : e.end]
    if not fig.text.endswith(tail) or e.model not in ("number", "percentage", "unit"):
        return False
    value = e.value if e.model != "unit" else e.value
    try:
        number = rt_number(value)
    except (ValueError, TypeError):
        return False
    return close(as_written(fig, fig.high), number)


def score_span(e: Expected) -> Outcome:
    try:
        return compare(e, parse(e.text))
    except FigureError:
        return Outcome()


# --- running and counting -------------------------------------------------------------------------------
COLUMNS = (
    "results",
    "in_scope",
    "found",
    "value_ok",
    "unit_ok",
    "read_ok",
    "silent",
    "unread",
    "unit_unknown",
    "negatives",
    "false_positives",
    "extra",
)


@dataclass
class FileScore:
    counts: Counter = field(default_factory=Counter)
    out_of_scope: Counter = field(default_factory=Counter)
    outside_units: set = field(default_factory=set)
    unknown_units: Counter = field(default_factory=Counter)  # mapped units auditor does not define
    traditional: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)  # (case, figures read in a negative)
    excluded: list = field(default_factory=list)


# A negative case of one model says nothing about figures of another kind: "the 180ml liquid" holds no
# number for RT's number model, and "$765 million" no temperature. Each file's model has its domain.
MODEL_DOMAINS: dict[str, Callable] = {
    "NumberModel": lambda f: f.kind in ("quantity", "multiple") and f.dimension in ("", "[count]", "[person]"),
    "PercentModel": lambda f: f.dimension in ("[percent]", "[percentage_point]"),
    "NumberRangeModel": lambda f: f.kind in ("quantity", "percent") and f.low != f.high,
    "OrdinalModel": lambda f: f.kind == "ordinal",
    "CurrencyModel": lambda f: f.dimension.startswith("[currency"),
    "DimensionModel": lambda f: any(d in f.dimension for d in ("[length]", "[mass]", "[time]", "[temperature")),
    "TemperatureModel": lambda f: f.dimension.startswith("[temperature"),
    "AgeModel": lambda f: f.kind == "span",
    "DateTime": lambda f: f.kind in ("year", "date", "relative-date", "span"),
}


def model_domain(file_name: str) -> Callable:
    for key, domain in MODEL_DOMAINS.items():
        if key in file_name:
            return domain
    return lambda f: True


def score_file(cases: list[Case], mode: str, file_name: str = "") -> FileScore:
    score = FileScore()
    in_domain = model_domain(file_name)
    for case in cases:
        found, unread = read_prose(case.input) if mode == "prose" else ([], [])
        if not case.expected:
            if VAGUE_NUMERAL_RE.search(fold(case.input)):
                score.out_of_scope["negative: vague numeral"] += 1
                continue
            if not case.by_design and mode == "prose":
                wrong = [f for f in found if in_domain(f)]
                score.counts["negatives"] += 1
                score.counts["false_positives"] += bool(wrong)
                if wrong:
                    score.false_positives.append((case, wrong))
            continue
        score.counts["extra"] += sum(
            all(overlap(f.start, f.end, e.start, e.end) <= 0 for e in case.expected) for f in found
        )
        for e in case.expected:
            score.counts["results"] += 1
            rule = out_of_scope_rule(e, mode)
            if rule is not None:
                score.out_of_scope[rule.name] += 1
                score.excluded.append((e, rule))
                if rule.name == "unit-outside-news":
                    score.outside_units.add(e.unit if e.unit in OUTSIDE_NEWS_UNITS else f"{e.unit} ({e.subtype})")
                continue
            outcome = score_prose(e, found, unread) if mode == "prose" else score_span(e)
            unknown = e.model == "unit" and not auditor_knows(mapped_unit(e))
            if unknown:
                score.unknown_units[mapped_unit(e)] += 1
            tallies = {
                "in_scope": True,
                "found": outcome.found,
                "value_ok": outcome.found and outcome.value_ok,
                "unit_ok": outcome.found and outcome.unit_ok,
                "read_ok": outcome.read_ok,
                "silent": outcome.silent,
                "unread": outcome.unread is not None,
                "unit_unknown": unknown,
            }
            score.counts.update({k: int(v) for k, v in tallies.items()})
            if TRADITIONAL_RE.search(e.text):
                score.traditional.update({k: int(tallies[k]) for k in ("in_scope", "found", "read_ok", "silent")})
            if not outcome.read_ok:
                score.misses.append((e, outcome))
    return score


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def describe_expected(e: Expected) -> str:
    if e.model == "datetime":
        return f"timex {e.timex}"
    unit = f" {e.unit}" + (f" -> {mapped_unit(e)}" if e.model == "unit" else "") if e.unit else ""
    return f"{e.type_name} {e.value}{unit}"


def describe_figure(fig) -> str:
    def bound(value):
        return "-" if value is None else figures.format_number(value)

    dates = ""
    if fig.calendar:
        dates = f" calendar {fig.calendar.iso()}" + (f"..{fig.calendar_end.iso()}" if fig.calendar_end else "")
    return (
        f"{fig.text!r} {fig.kind} nominal {figures.format_number(fig.nominal)} [{bound(fig.low)}, "
        f"{bound(fig.high)}] written {fig.written_unit!r} {fig.dimension or 'dimensionless'}{dates}"
    )


def describe_outcome(outcome: Outcome) -> str:
    if outcome.unread is not None:
        return f"unread ({outcome.unread})"
    if outcome.figure is None:
        return "nothing"
    value = "value " + ("ok" if outcome.value_ok else "wrong")
    unit = "unit unknown to auditor" if outcome.unit_unknown else "unit " + ("ok" if outcome.unit_ok else "wrong")
    return f"{describe_figure(outcome.figure)}: {value}, {unit}"


TRADITIONAL_KEYS = ("in_scope", "found", "read_ok", "silent")


def summarize(mode: str, scores: dict[str, FileScore]) -> dict:
    """Every number of one mode, for the printed tables and --json."""
    by_rule, outside, unknown, traditional = Counter(), set(), Counter(), Counter()
    groups = {"Chinese": Counter(), "English": Counter(), "all": Counter()}
    for name, score in scores.items():
        by_rule.update(score.out_of_scope)
        outside |= score.outside_units
        unknown.update(score.unknown_units)
        traditional.update(score.traditional)
        groups[language_of(name)].update(score.counts)
        groups["all"].update(score.counts)
    return {
        "files": {
            name: {
                "counts": {k: s.counts[k] for k in COLUMNS},
                "out_of_scope": {r.name: n for r in SCOPE_RULES if (n := s.out_of_scope[r.name])},
                "traditional": {k: s.traditional[k] for k in TRADITIONAL_KEYS},
            }
            for name, s in scores.items()
        },
        "out_of_scope": {r.name: by_rule[r.name] for r in SCOPE_RULES if mode in r.modes},
        "units_outside_news": sorted(outside),
        "units_unknown_to_auditor": dict(sorted(unknown.items())),
        "totals": {group: {k: c[k] for k in COLUMNS} for group, c in groups.items()},
        "traditional": {k: traditional[k] for k in TRADITIONAL_KEYS},
    }


def print_mode(mode: str, summary: dict, scores: dict[str, FileScore], args) -> None:
    prose = mode == "prose"
    print(f"\n== mode {mode} " + "=" * 100)
    header = (
        f"{'file':<48} {'results':>7} {'scope':>5} {'found':>5} {'value':>5} {'unit':>5} {'read':>5} "
        f"{'silent':>6} {'unread':>6} {'unk.u':>5} {'neg':>4} {'FP':>3} {'extra':>5}"
    )
    print(header + "\n" + "-" * len(header))
    for name, file_summary in summary["files"].items():
        c = file_summary["counts"]
        negatives = (
            f"{c['negatives']:>4} {c['false_positives']:>3} {c['extra']:>5}" if prose else f"{'-':>4} {'-':>3} {'-':>5}"
        )
        print(
            f"{name:<48} {c['results']:>7} {c['in_scope']:>5} {c['found']:>5} {c['value_ok']:>5} {c['unit_ok']:>5} "
            f"{c['read_ok']:>5} {c['silent']:>6} {c['unread']:>6} {c['unit_unknown']:>5} {negatives}"
        )

    print("\nout of scope, per file (first matching rule):")
    for name, file_summary in summary["files"].items():
        if file_summary["out_of_scope"]:
            print(f"  {name:<48} " + ", ".join(f"{rule} {n}" for rule, n in file_summary["out_of_scope"].items()))
    print("\nscope rules (results removed in this mode):")
    for rule in SCOPE_RULES:
        if mode in rule.modes:
            units = f" ({', '.join(summary['units_outside_news'])})" if rule.name == "unit-outside-news" else ""
            print(f"  {rule.name:<20} {summary['out_of_scope'][rule.name]:>5}  {rule.test}: {rule.reason}{units}")

    print(
        f"\n{'totals':<10} {'in scope':>8} {'found':>7} {'read right':>10} {'silent/found':>12} {'unread':>6} "
        f"{'unit unknown':>12} {'FP on negatives':>16}"
    )
    for group, c in summary["totals"].items():
        fp = f"{c['false_positives']}/{c['negatives']} {pct(c['false_positives'], c['negatives'])}" if prose else "-"
        print(
            f"{group:<10} {c['in_scope']:>8} {pct(c['found'], c['in_scope']):>7} "
            f"{pct(c['read_ok'], c['in_scope']):>10} {pct(c['silent'], c['found']):>12} {c['unread']:>6} "
            f"{c['unit_unknown']:>12} {fp:>16}"
        )
    t = summary["traditional"]
    print(
        f"traditional script (Text with 萬 億 點 個 兩 …, kept in scope): {t['in_scope']} in scope, {t['found']} found, "
        f"{t['read_ok']} read right, {t['silent']} silent misreads"
    )
    print(
        "units unknown to auditor (in scope, never read right): "
        + (", ".join(f"{unit} {n}" for unit, n in summary["units_unknown_to_auditor"].items()) or "none")
    )

    if args.misses:
        print(f"\nmisses and misreads (up to {args.misses} per file; false positives after them):")
        for name, score in scores.items():
            for e, outcome in score.misses[: args.misses]:
                print(
                    f"  {name} #{e.case} {e.input.strip()[:100]!r}\n"
                    f"      expected {e.text!r} {describe_expected(e)}\n      got {describe_outcome(outcome)}"
                )
            for case, found in score.false_positives[: args.misses]:
                got = "; ".join(describe_figure(f) for f in found)
                print(f"  {name} #{case.index} {case.input.strip()[:100]!r}\n      expected nothing\n      got {got}")
    if args.out_of_scope:
        print("\nout-of-scope results:")
        for name, score in scores.items():
            for e, rule in score.excluded:
                print(f"  {name} #{e.case} {e.text!r} ({describe_expected(e)}): {rule.name}")


def specs_directory(option: str | None) -> Path:
    if option:
        return Path(option)
    if os.environ.get("RECOGNIZERS_SPECS"):
        return Path(os.environ["RECOGNIZERS_SPECS"])
    return Path(__file__).resolve().parent.parent.parent / "shared" / "external" / "recognizers-text" / "Specs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--mode",
        choices=("prose", "span", "both"),
        default="prose",
        help="read whole sentences (prose, the default), the expected spans alone, or both",
    )
    parser.add_argument("--file", metavar="SUBSTRING", help="only spec files whose path contains SUBSTRING")
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="print up to N misses and misreads per file")
    parser.add_argument("--out-of-scope", action="store_true", help="list the excluded results and their rule")
    parser.add_argument("--json", metavar="PATH", help="write every number as JSON")
    parser.add_argument("--specs", metavar="DIR", help="the Recognizers-Text Specs directory")
    args = parser.parse_args()

    specs = specs_directory(args.specs)
    paths = sorted(specs.rglob("*.json")) if specs.is_dir() else []
    if not paths:
        print(
            f"score_recognizers: no Recognizers-Text specs in {specs} "
            "(set RECOGNIZERS_SPECS or --specs to the Specs directory)",
            file=sys.stderr,
        )
        return 2
    names = {path: path.relative_to(specs).with_suffix("").as_posix() for path in paths}
    paths = [p for p in paths if not args.file or args.file in names[p]]
    if not paths:
        print(f"score_recognizers: no spec file matches {args.file!r}", file=sys.stderr)
        return 2
    cases = {names[p]: load_file(p) for p in paths}
    print(
        f"Recognizers-Text specs: {specs} ({len(paths)} files); auditor "
        f"{'read_prose' if hasattr(figures, 'read_prose') else 'find_figures (no read_prose yet: nothing unread)'}"
    )

    report = {
        "specs": str(specs),
        "rules": [{"name": r.name, "modes": sorted(r.modes), "test": r.test, "reason": r.reason} for r in SCOPE_RULES],
        "modes": {},
    }
    for mode in ("prose", "span") if args.mode == "both" else (args.mode,):
        scores = {name: score_file(file_cases, mode, name) for name, file_cases in cases.items()}
        report["modes"][mode] = summarize(mode, scores)
        print_mode(mode, report["modes"][mode], scores, args)
    if args.json:
        text = json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        Path(args.json).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
