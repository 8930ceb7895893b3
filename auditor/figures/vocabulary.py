"""The words around a number: units, currencies, magnitude words, qualifiers, directions, set phrases.

Units come from auditor/units.txt (names only: no pint is imported to
build the matcher); everything else is a table here, each with the reason it
exists. The prose scanner (auditor/figures/prose.py) looks these up; nothing
here reads a whole text.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from auditor.text import HAN

# Bounded, so no pattern can scan a long whitespace run from every start position.
WS = "[ \t\u00a0\u3000]{0,4}"

# --- magnitude words ------------------------------------------------------------------

MAG_CN = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "万万": 10**8,
    "千万": 10**7,
    "百万": 10**6,
    "万": 10**4,
    "亿": 10**8,
    "千": 1000,
    "百": 100,
}
MAG_EN = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "bn": 10**9,
    "mn": 10**6,
    "m": 10**6,
    "k": 10**3,
    "b": 10**9,
}
MAG_CN_RE = re.compile(WS + "(万亿|万万|千万|百万|万|亿)")
# 千 and 百 after Arabic digits (3千, 5百万) but not where they start a word (千米, 百分, 百姓).
MAG_CN_SMALL_RE = re.compile("(千|百)(?![分姓货年米克瓦])")
MAG_EN_RE = re.compile(r"(?i)[ \t]{0,4}(thousand|million|billion|trillion|bn|mn)(?![A-Za-z])")
# One-letter magnitudes follow a currency amount directly: $3.2m, $450k, £1.2bn, $2b.
MAG_EN_SHORT_RE = re.compile(r"(?i)(m|k|b)(?![A-Za-z0-9²³])")
APPROX_RE = re.compile(WS + "(多|余)")

# --- qualifiers -----------------------------------------------------------------------

PRE_QUALIFIERS = {
    "近": "under",
    "将近": "under",
    "接近": "under",
    "nearly": "under",
    "almost": "under",
    "just under": "under",
    "超": "over",
    "超过": "over",
    "超过了": "over",
    "突破": "over",
    "突破了": "over",
    "超出": "over",
    "逾": "over",
    "高于": "over",
    "多于": "over",
    "大于": "over",
    "more than": "over",
    "over": "over",
    "above": "over",
    "in excess of": "over",
    "greater than": "over",
    "larger than": "over",
    "bigger than": "over",
    "higher than": "over",
    "约": "about",
    "大约": "about",
    "约为": "about",
    "大概": "about",
    "差不多": "about",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "不到": "below",
    "不足": "below",
    "低于": "below",
    "少于": "below",
    "小于": "below",
    "less than": "below",
    "fewer than": "below",
    "under": "below",
    "below": "below",
    "lower than": "below",
    "smaller than": "below",
    "上": "at_least",
    "至少": "at_least",
    "至少有": "at_least",
    "最少": "at_least",
    "不少于": "at_least",
    "不低于": "at_least",
    "不小于": "at_least",
    "at least": "at_least",
    "no less than": "at_least",
    "no fewer than": "at_least",
    "greater than or equal to": "at_least",
    "bigger or equal than": "at_least",
    "equal to or greater than": "at_least",
    "up to": "at_most",
    "最多": "at_most",
    "最多有": "at_most",
    "不超过": "at_most",
    "不高于": "at_most",
    "不大于": "at_most",
    "不多于": "at_most",
    "no more than": "at_most",
    "at most": "at_most",
}
POST_QUALIFIERS = {
    "以上": "at_least",
    "及以上": "at_least",
    "以下": "at_most",
    "及以下": "at_most",
    "以内": "at_most",
    "之内": "at_most",
    "左右": "about",
    "上下": "about",
    "or more": "at_least",
    "or less": "at_most",
    "or fewer": "at_most",
    "多": "more",
    "余": "more",
    "出头": "more",  # 2.6平方米出头, 三十岁出头: a little over
    "+": "at_least",
    "plus": "at_least",
}
# Longest first: the first that ends the text before a number wins.
PRE_CN_WORDS = tuple(sorted((w for w in PRE_QUALIFIERS if not w.isascii()), key=lambda w: (-len(w), w)))
PRE_LAST_CHARS = frozenset(w[-1] for w in PRE_CN_WORDS)
# 近 after these characters means "recent" or "near" (最近, 附近), not "nearly".
NEAR_NOT_NEARLY = frozenset("最附临靠将接")
PRE_EN_RE = re.compile(
    r"(?i)(?<![A-Za-z])("
    + "|".join(sorted((re.escape(w) for w in PRE_QUALIFIERS if w.isascii()), key=lambda w: (-len(w), w)))
    + r")[ \t]{1,4}$"
)
POST_CN_RE = re.compile(WS + "(及以上|及以下|以上|以下|以内|之内|左右|上下|出头)")
POST_EN_RE = re.compile(r"[ \t]{1,4}(or more|or less|or fewer)(?![A-Za-z])")
# "150+" and "150 plus": at least 150, unless the + joins two numbers (8+1).
POST_PLUS_RE = re.compile(r"\+(?![\d+])")

# --- direction: a figure worded as a change -----------------------------------------------

RISE_CN = ("增长", "增加", "提高", "提升", "上升", "上涨", "攀升", "增幅", "涨幅", "扩大", "多增", "增", "涨", "升")
FALL_CN = ("下降", "减少", "降低", "下跌", "下滑", "回落", "缩小", "收窄", "萎缩", "降幅", "跌幅", "减", "降", "跌")
# 增长了, 下降达 (qualifiers such as 约 are read first); 增幅为 for the nouns. 增长到 / 降至 name the new
# level, not the change, and are not matched.
DIRECTION_CN = {**{w: 1 for w in RISE_CN}, **{w: -1 for w in FALL_CN}}
DIRECTION_CN_RE = re.compile(
    "("
    + "|".join(sorted(DIRECTION_CN, key=lambda w: (-len(w), w)))
    + ")"
    + "(?:(?<=幅)(?:为|是|达|达到)|了?(?:达|达到)?)"
    + WS
    + "$"
)

RISE_EN = (
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "up",
    "increased",
    "increase",
    "increases",
    "grew",
    "grow",
    "grows",
    "growth",
    "gained",
    "gain",
    "gains",
    "climbed",
    "jumped",
    "surged",
    "higher",
    "raised",
    "added",
    "add",
    "adds",
    "adding",
)
FALL_EN = (
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "down",
    "decreased",
    "decrease",
    "decreases",
    "declined",
    "decline",
    "declines",
    "dropped",
    "drop",
    "drops",
    "slid",
    "slipped",
    "plunged",
    "lower",
    "cut",
    "shrank",
    "lost",
    "reduced",
    "reduction",
)
DIRECTION_EN = {**{w: 1 for w in RISE_EN}, **{w: -1 for w in FALL_EN}}
DIRECTION_EN_RE = re.compile(
    r"(?i)(?<![A-Za-z])("
    + "|".join(sorted(DIRECTION_EN, key=lambda w: (-len(w), w)))
    + r")(?:[ \t]{1,4}by)?[ \t]{1,4}$"
)
# "a 4% increase", "a 12 percent drop": the direction word after the figure.
DIRECTION_EN_AFTER_RE = re.compile(
    r"(?i)[ \t]{1,3}(increase|rise|jump|gain|growth|hike|decrease|decline|drop|fall|cut|reduction|loss)(?![A-Za-z])"
)

# --- signs ----------------------------------------------------------------------------

NEGATIVE_CN = "负"
MINUS_SIGNS = "-−–"

# --- currencies -------------------------------------------------------------------------

# Symbols and codes written before the amount, longest first. ¥ is decided by the text (yuan or yen).
CURRENCY_PREFIXES = {
    "US$": "USD",
    "HK$": "HKD",
    "NT$": "TWD",
    "S$": "SGD",
    "C$": "CAD",
    "A$": "AUD",
    "$": "USD",
    "¥": "¥",
    "￥": "¥",
    "€": "EUR",
    "£": "GBP",
    "USD": "USD",
    "RMB": "CNY",
    "CNY": "CNY",
    "EUR": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
    "HKD": "HKD",
    "TWD": "TWD",
    "KRW": "KRW",
    "CHF": "CHF",
    "CAD": "CAD",
    "AUD": "AUD",
    "SGD": "SGD",
    "BTC": "BTC",
    "₿": "BTC",
    "AUD$": "AUD",
    "CAD$": "CAD",
    "NZD$": "NZD",
    "SGD$": "SGD",
    "HKD$": "HKD",
    "USD$": "USD",
    "MXN$": "MXN",
    "MEX$": "MXN",
    "NZ$": "NZD",
}


def currency_of_prefix(written: str) -> str:
    """The currency of a prefix as written ("hk $", "US$", "rmb "): "HKD", "USD", "CNY"; "¥" when undecided."""
    return CURRENCY_PREFIXES[re.sub(r"[ \t\u00a0]", "", written).upper()]


CURRENCY_PRE_RE = re.compile(
    r"(?:(?<![A-Za-z])(?i:US|HK|NT)[ \t]?\$|(?<![A-Za-z])(?i:aud|cad|nzd|sgd|hkd|usd|mxn|mex)\$|(?<![A-Za-z])[SCA]\$|\$|¥|￥|€|£|₿"
    r"|(?<![A-Za-z])(?i:USD|RMB|CNY|EUR|GBP|JPY|HKD|TWD|KRW|CHF|CAD|AUD|SGD|BTC)[ \t\u00a0]?)[ \t]?$"
)
CURRENCY_LAST_CHARS = frozenset("$¥￥€£₿ CDBYRPFWKdbyrpfwk\u00a0")
# An amount glued to its code (USD115, RMB50): the code is the currency, not a letter of a name.
CURRENCY_CODE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:USD|RMB|CNY|EUR|GBP|JPY|HKD)$")
CURRENCY_SYMBOLS_SHOWN = {"USD": "$", "CNY": "¥", "EUR": "€", "GBP": "£", "JPY": "¥"}
# Words that settle what ¥ means in a text that does not say 元 or 日元 right after it.
YEN_CONTEXT_RE = re.compile(r"(?i)\b(?:yen|japan|japanese|tokyo|osaka)\b|日元|日本|[\u3040-\u30ff]")
# "361 million pounds" is sterling when its sentence speaks of money and of nothing weighed.
STERLING_CONTEXT_RE = re.compile(
    r"(?i)\b(?:profits?|revenues?|sales|costs?|budget|prices?|paid|pays?|spent|spend(?:ing)?|funds?|funding|"
    r"tax(?:es)?|loss(?:es)?|debts?|worth|valued?|earn(?:ed|ings)?|income|salar(?:y|ies)|bills?|fines?|"
    r"invest(?:ed|ment)?|turnover|sterling|bank|pension)\b"
)
WEIGHT_CONTEXT_RE = re.compile(
    r"(?i)\b(?:weigh(?:s|ed|ing)?|weight|heavy|cargo|freight|harvest(?:ed)?|tonnes?|tons?|lbs?|"
    r"beef|pork|meat|fish|grain|wheat|corn|rice|coal|steel|waste|trash|food|fruit|milk|cheese|sugar|"
    r"cotton|catch|produce|feed|ore|scrap)\b"
)
# Chinese text (Han characters, no kana) writes ¥ for yuan.
YUAN_CONTEXT_RE = re.compile(r"(?i)\b(?:yuan|renminbi|rmb|china|chinese|beijing|shanghai)\b|[" + HAN + r"]")

# --- time words -------------------------------------------------------------------------

RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": None, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "后年": 2}
RELATIVE_RE = re.compile("(今年|本年|去年|前年|明年|后年)" + WS + "$")
TIME_SPAN_UNITS = frozenset(
    {
        "年",
        "个月",
        "天",
        "日",
        "周",
        "星期",
        "个星期",
        "小时",
        "个小时",
        "分钟",
        "秒",
        "岁",
        "周岁",
        "year",
        "years",
        "month",
        "months",
        "day",
        "days",
        "week",
        "weeks",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "years old",
        "year-old",
        "years-old",
    }
)
MONTHS_EN = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# --- words with numerals inside: not amounts ----------------------------------------------

# Set phrases that contain a numeral but name something (a plan, a policy, a category), as a
# segmenter's dictionary would list them. Matched where a numeral starts; the whole phrase is skipped.
SET_PHRASES = (
    # plans and slogans named by numbers
    "十四五",
    "十三五",
    "十二五",
    "十五五",
    "四个全面",
    "两个确保",
    "五位一体",
    "四个意识",
    "四个自信",
    "两个维护",
    "两个确立",
    "三个代表",
    "八项规定",
    "两个一百年",
    "三个务必",
    # categories
    "三次产业",
    # sizes of a number, not amounts: 保持两位数增长 (double-digit growth)
    "个位数",
    "一位数",
    "两位数",
    "双位数",
    "三位数",
    "四位数",
)
SET_PHRASE_FIRST = frozenset(p[0] for p in SET_PHRASES)

# --- English context ----------------------------------------------------------------------

# Words after a number that are not what it counts (a noun would be): the count-noun reader stops here.
EN_NOT_NOUNS = frozenset(
    """
a an the this that these those it its it's their his her our your my which who whom whose what when where while
and or but nor so yet if than then as at by for from in into of off on onto out over per to toward towards under
up upon via with within without about above across after against along among around before behind below beneath
beside between beyond during except inside near since through throughout till until
is are was were be been being am has have had do does did will would shall should can could may might must
not no also just only even still already more most less least fewer other others another each every any some
all both either neither such same own very too much many few several percent per cent pct times
new old last next first second third
ages aged
includes contains comprises exceeds equals represents reaches remains totals means becomes receives says gives
""".split()
)
# Capitalised words before a number that make it part of a name or a label, not an amount, are
# told apart from these, which are ordinary words that may start a sentence or qualify a number.
EN_LABEL_EXCEPTIONS = frozenset(
    """
In On At By For From Of To Since Until Through During Over Under About Around Nearly Almost Some More Less Fewer
Up Down Only Just Roughly Approximately And Or But The A An Another Each Every All Both About Between Within
Than Exactly Precisely Almost Nearly Another Total Totaling Totalling With Without Including Excluding Just
Our Their Its His Her My Your These Those This That We They Last
""".split()
)


@functools.cache
def written_units() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    """The unit matcher, built from the names in units.txt (no pint needed).

    Returns (pattern, spellings, follow): the pattern matches a written unit
    after a number; spellings maps written forms that are not units.txt names
    (and every ASCII name of three letters or more, lowercased: USD is also
    usd, Celsius celsius) to names it knows; follow is every character that
    may come right after a Chinese numeral in a figure (the candidate filter
    of the prose scanner). ASCII names need word boundaries; shorter ones
    keep their case (mm is not Mm, MW is not mW), and one-letter symbols
    collide with prose and abbreviations (5A, $3.2m), so only "t" and "L"
    are read.
    """
    from auditor.units import _SPELLINGS, DEFINITIONS

    names: set[str] = set()
    for line in DEFINITIONS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or "=" not in line:
            continue
        parts = [p.strip() for p in line.split("=")]
        if parts[0].endswith("-"):
            continue
        for name in [parts[0], *parts[2:]]:
            if not name or name in {"count", "times"} or "_" in name:
                continue  # code-like names (person_time, metric_tons) are spelled with spaces below
            if name.isascii() and len(name) == 1 and name not in ("t", "L"):
                continue
            names.add(name)
    spellings = dict(_ENGLISH_SPELLINGS)
    spellings.update({k: v for k, v in _SPELLINGS.items() if not k.isascii() or len(k) > 1})
    for name in [*names, *list(spellings)]:
        if name.isascii() and len(name) >= 3 and name.lower() != name:
            spellings.setdefault(name.lower(), spellings.get(name, name))
    symbols = {
        s for s in spellings if not s.replace(" ", "").replace("-", "").replace(".", "").replace("/", "").isalnum()
    }
    cjk = sorted((n for n in names if not n.isascii()), key=lambda n: (-len(n), n))
    ascii_names = {n for n in names if n.isascii()} | {s for s in spellings if s.isascii() and s not in symbols}
    folded = sorted({n.lower() for n in ascii_names if len(n) >= 3}, key=lambda n: (-len(n), n))
    exact = sorted((n for n in ascii_names if len(n) < 3), key=lambda n: (-len(n), n))
    symbol_names = sorted(
        (s for s in symbols if s not in ("%", "％", "$", "US$", "¥", "￥")), key=lambda n: (-len(n), n)
    )
    pattern = (
        "(?:"
        + "|".join(re.escape(n) for n in cjk + symbol_names)
        + ")"
        + "|(?<![A-Za-z])(?i:"
        + "|".join(re.escape(n) for n in folded)
        + ")(?![A-Za-z])"
        # A short symbol is not a unit when a code goes on after it: 24703 L-202, 5 t-3.
        + "|(?<![A-Za-z])(?:"
        + "|".join(re.escape(n) for n in exact)
        + r")(?![A-Za-z]|-\d)"
    )
    # Characters that may follow a Chinese numeral in a figure: a unit's first character, an ordinal's
    # measure word, a time word, 多/余/几, a space, 点 (decimals), a magnitude, 分之 and the range words.
    follow = (
        frozenset(n[0] for n in cjk)
        | frozenset(u[0] for u in ORDINAL_UNITS)
        | frozenset("年月日号周多余几半点万亿分倍番成折至到～~-—–、和度 \t\u3000")
    )
    # One character class first lets the engine reject most positions at once (a run of spaces, prose).
    firsts = (
        {n[0] for n in cjk + symbol_names} | {ch for n in folded for ch in (n[0], n[0].upper())} | {n[0] for n in exact}
    )
    lead = "(?=[" + re.escape("".join(sorted(firsts))) + "])"
    return re.compile(WS + lead + "(" + pattern + ")"), spellings, follow


# English spellings of units that are not names in units.txt (phrases, singulars, abbreviations).
_ENGLISH_SPELLINGS = {
    "square meters": "square_meter",
    "square metres": "square_meter",
    "square meter": "square_meter",
    "square metre": "square_meter",
    "square kilometers": "square_kilometer",
    "square kilometres": "square_kilometer",
    "sq km": "square_kilometer",
    "sq m": "square_meter",
    "square miles": "square_mile",
    "square mile": "square_mile",
    "sq mi": "square_mile",
    "sq miles": "square_mile",
    "square feet": "square_foot",
    "square foot": "square_foot",
    "sq ft": "square_foot",
    "cubic meters": "cubic_meter",
    "cubic metres": "cubic_meter",
    "cubic feet": "cubic_foot",
    "cubic foot": "cubic_foot",
    "twenty-foot equivalent units": "TEU",
    "twenty-foot equivalent unit": "TEU",
    "twenty-foot containers": "TEU",
    "US dollars": "USD",
    "US dollar": "USD",
    "U.S. dollars": "USD",
    "Hong Kong dollars": "HKD",
    "Taiwan dollars": "TWD",
    "New Taiwan dollars": "TWD",
    "Canadian dollars": "CAD",
    "Australian dollars": "AUD",
    "Singapore dollars": "SGD",
    "Swiss francs": "CHF",
    "Swiss franc": "CHF",
    "pounds sterling": "GBP",
    "Chinese yuan": "CNY",
    "Japanese yen": "JPY",
    "South Korean won": "KRW",
    "euro cents": "EUR/100",
    "person-times": "person_time",
    "percentage points": "percentage_point",
    "percentage point": "percentage_point",
    "basis points": "basis_point",
    "basis point": "basis_point",
    "per cent": "percent",
    "percent": "percent",
    "percents": "percent",
    "microgrammes": "microgram",
    "microgram": "microgram",
    "metric tons": "tonne",
    "metric tonnes": "tonne",
    "metric ton": "tonne",
    "degrees Celsius": "degC",
    "deg Celsius": "degC",
    # Misspellings common enough in published text that a reader should not stumble on them.
    "degrees Celcius": "degC",
    "Celcius": "degC",
    "degrees Farenheit": "degF",
    "deg Farenheit": "degF",
    "Farenheit": "degF",
    "degree Celsius": "degC",
    "degrees C": "degC",
    "deg C": "degC",
    "Celsius": "degC",
    "centigrade": "degC",
    "degrees centigrade": "degC",
    "degrees Fahrenheit": "degF",
    "deg Fahrenheit": "degF",
    "degree Fahrenheit": "degF",
    "degrees F": "degF",
    "deg F": "degF",
    "Fahrenheit": "degF",
    "kilometers per hour": "km/h",
    "kilometres per hour": "km/h",
    "miles per hour": "mile/hour",
    "km/h": "km/h",
    "kph": "km/h",
    "kmph": "km/h",
    "mph": "mile/hour",
    "km/hr": "km/h",
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
    "mile": "mile",
    "acre": "acre",
    "gallon": "gallon",
    "barrel": "barrel",
    "pound": "pound",
    "ton": "tonne",
    "tonne": "tonne",
    "kilometer": "kilometer",
    "kilometre": "kilometer",
    "meter": "meter",
    "metre": "meter",
    "liter": "liter",
    "litre": "liter",
    "foot": "foot",
    "inch": "inch",
    "dollar": "USD",
    "euro": "EUR",
    "cent": "cent",
    "hectare": "hectare",
    "kilogram": "kilogram",
    "gram": "gram",
    "ounce": "ounce",
    "person": "person",
    "resident": "person",
    "household": "household",
    "family": "household",
    "year-old": "year",
    "years-old": "year",
    "years old": "year",
    "year old": "year",
    "yo": "year",
}
# English words for money auditor has no rate-free unit for: read as unread, never as a count of things.
UNKNOWN_CURRENCY_WORDS = frozenset(
    """
franc francs peseta pesetas guilder guilders mark marks deutschmark deutschmarks lira lire liras peso pesos
real reais rand dinar dinars dirham dirhams krona kronor krone kroner zloty zlotys forint forints shekel shekels
naira ringgit rupiah dong markka markkaa escudo escudos drachma drachmas schilling schillings kwacha cedi cedis
""".split()
)
# "degrees" with no scale written is a temperature (Celsius or Fahrenheit) or an angle.
DEGREE_WORDS = frozenset({"degrees", "degree", "deg", "°"})
# Chinese: 度 is a temperature when the clause speaks of one (气温, 温度, 体温); 华氏 makes it Fahrenheit.
TEMPERATURE_CONTEXT_RE = re.compile("温|摄氏|华氏|冰点|零下|高温|低温")
FAHRENHEIT_CONTEXT_RE = re.compile("华氏")


# Ordinal measure words: counting words plus the ones that mostly number things (期, 届, 轮…).
ORDINAL_UNITS = (
    "批次",
    "季度",
    "阶段",
    "批",
    "次",
    "届",
    "期",
    "轮",
    "年",
    "个",
    "名",
    "位",
    "季",
    "代",
    "场",
    "站",
    "条",
    "章",
    "页",
    "版",
    "集",
    "号",
    "家",
    "项",
    "天",
    "周",
)
ORDINAL_RE = re.compile(WS + "(" + "|".join(ORDINAL_UNITS) + ")")


@functools.lru_cache(maxsize=2048)
def unit_info(written: str) -> tuple[Fraction, str, str]:
    """(factor, base unit, dimension) of a unit as written; KeyError (UnknownUnit) when it is none."""
    from auditor.units import unit_factor

    spellings = written_units()[1]

    def canonical(name: str) -> str:
        return spellings.get(name) or spellings.get(name.lower()) or name

    if "/" in written and written not in spellings:
        top, _, bottom = written.partition("/")
        return unit_factor(f"{canonical(top)}/{canonical(bottom)}")
    return unit_factor(canonical(written))
