"""The prose scanner: every figure of a text, each with its span, and the spans it could not read.

One compiled pattern finds the candidates (Arabic numerals, Chinese
numerals followed by something a unit can start with, 百分之/千分之/万分之;
English number words in a second pass when the text has Latin letters).
`_Reader` then reads the figure around each candidate outwards: currency,
sign, qualifier and direction to the left; magnitude, 多/余, a range, time
words, percent, unit, rate, post-qualifier and 半 to the right. The quiet
rules (`_plausible`) drop numerals that are words, names, codes or labels:
a false figure is worse than a missed one, and a span that looks like a
figure but cannot be read with confidence is returned as `Unread`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import unicodedata
from dataclasses import replace
from fractions import Fraction
from typing import NamedTuple

from auditor.figures import dates
from auditor.figures.model import (
    COUNTED_DIMENSIONS,
    FALL,
    RISE,
    YEAR_RANGE,
    Figure,
    FigureError,
    ProseReading,
    Unread,
    hull,
    intersect,
    rule_interval,
)
from auditor.figures.numerals import (
    ARABIC,
    CN_DIGITS,
    CN_NUMERAL_CHARS,
    EN_WORDS_RE,
    Number,
    longest_english_number,
    malformed_grouping,
    read_arabic,
    read_chinese,
    read_english,
)
from auditor.figures.vocabulary import (
    APPROX_RE,
    CURRENCY_CODE_BEFORE_RE,
    CURRENCY_LAST_CHARS,
    CURRENCY_PRE_RE,
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS_SHOWN,
    DIRECTION_CN,
    DIRECTION_CN_RE,
    DIRECTION_EN,
    DIRECTION_EN_AFTER_RE,
    DIRECTION_EN_RE,
    EN_LABEL_EXCEPTIONS,
    EN_NOT_NOUNS,
    FAHRENHEIT_CONTEXT_RE,
    MAG_CN,
    MAG_CN_RE,
    MAG_CN_SMALL_RE,
    MAG_EN,
    MAG_EN_RE,
    MAG_EN_SHORT_RE,
    NEAR_NOT_NEARLY,
    ORDINAL_RE,
    POST_CN_RE,
    POST_EN_RE,
    POST_PLUS_RE,
    POST_QUALIFIERS,
    PRE_CN_WORDS,
    PRE_EN_RE,
    PRE_LAST_CHARS,
    PRE_QUALIFIERS,
    RELATIVE_RE,
    SET_PHRASE_FIRST,
    SET_PHRASES,
    STERLING_CONTEXT_RE,
    TEMPERATURE_CONTEXT_RE,
    TIME_SPAN_UNITS,
    UNKNOWN_CURRENCY_WORDS,
    WEIGHT_CONTEXT_RE,
    WS,
    YEN_CONTEXT_RE,
    YUAN_CONTEXT_RE,
    currency_of_prefix,
    unit_info,
    written_units,
)
from auditor.text import HAN

# Full-width digits and signs, and the traditional forms of numeral and unit characters, fold
# one-to-one, so offsets are unchanged and figure text is always taken from the source.
# (and of the characters of qualifiers and changes: 超過, 增長, 將近, 較上年, 為, 總計, 以來, 僅)
_TRADITIONAL = "萬億兩點個對雙張條項場歲噸畝頃幣臺隻輛釐裡數幾負餘門間層棟戶處屆週約達減漲過長將較為計總來僅與"
_SIMPLIFIED = "万亿两点个对双张条项场岁吨亩顷币台只辆厘里数几负余门间层栋户处届周约达减涨过长将较为计总来仅与"
_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "．": ".",
        "％": "%",
        "＄": "$",
        "～": "~",
        "－": "-",
        **dict(zip(_TRADITIONAL, _SIMPLIFIED)),
    }
)
_NEEDS_FOLD = re.compile(f"[０-９．％＄～－{_TRADITIONAL}]")

_RANGE_RE = re.compile(r"[ \t]{0,4}(至|到|~|-|—|–|to(?= ))[ \t]{0,4}")
_AND_RE = re.compile(r"[ \t]{1,4}and[ \t]{1,4}")
_BETWEEN_RE = re.compile(r"(?i)(?<![A-Za-z])between[ \t]{1,4}$")
_PERCENT_RE = re.compile(r"[ \t]{0,4}(%|‰|‱|(?i:percent|per cent|pct)(?![A-Za-z]))")
_FRACTION_RE = re.compile("分之")
_TIMES_RE = re.compile(WS + "倍")
_DOUBLINGS_RE = re.compile(WS + "番")
_DOUBLE_LEAD = ("翻了", "翻")
_HALF_RE = re.compile("半")
# The rest of a number after its magnitude word, in a smaller one: 8万「7千」, 2亿「3千万」, 3万「5千」.
_MAGNITUDE_REST_RE = re.compile(r"(\d{1,3})(千万|百万|千|百)(?![分姓货年])")
_LIST_RE = re.compile(r"[ \t]{0,2}(、|和|与|及|或|,[ \t]{0,2}(?:and(?=[ \t]))?|and|or)[ \t]{0,2}")
# A rate: 元/平方米, 35米/秒, $15.4/hour, 1.2万元每平方米, $4 per gallon, $15 an hour, 3.2 per 1,000 residents.
# ("412 a year earlier", "$3.1 million a year ago": a time before, no rate)
_RATE_RE = re.compile(
    r"[ \t]{0,2}(?:/|每|(?<=[ \t])per[ \t]{1,4}|[ \t]per[ \t]{1,4}|[ \t]{1,4}(?:an?|each)[ \t]{1,4}"
    r"(?=(?:hour|day|night|week|month|year)\b(?![ \t]{1,4}(?:earlier|ago|before|prior|later)\b)))"
)
_PER_CAPITA_AFTER_RE = re.compile(r"[ \t]{1,4}(?:per capita|per person|a head|per head|each)(?![A-Za-z])")
_PER_CAPITA_BEFORE_RE = re.compile("(人均|户均)(?:为|达|达到|是)?" + WS + "$")
_CLAUSE_BREAKS = frozenset("，。；：！？、,;:!?\n()（）")
_EN_WORD_RE = re.compile(r"[ \t\u00a0]{1,4}|-")
_EN_TOKEN_RE = re.compile(r"[a-z][a-z'’]{0,30}(?:-[a-z]{1,30}){0,3}")
_ACRONYM_MODIFIER_RE = re.compile(r"([A-Z]{2,5})(?=[ \t]{1,2}[a-z])")
# A capitalised word of a name before the counted noun: "Storefront" in "43 Storefront Renewal grants".
_NAME_MODIFIER_RE = re.compile(r"[A-Z][a-z]{2,20}(?=[ \t]{1,2}[A-Za-z])")
# Words that may stand between a number and the noun it counts (57 new teachers, 3 more schools, 4 other
# cities), though they are no nouns themselves; not after a year (2019 new rules).
_COUNT_MODIFIERS = frozenset({"new", "more", "other", "additional"})


_THE_YEAR_BEFORE_RE = re.compile(r"(?i)\bthe[ \t]{1,2}(?:19|20)\d\d$")
# "passed in 2011 requiring schools…", "a law passed in 2013 aims to…": after in / since, a year, not a count of aims
_TIME_PREPOSITION_YEAR_RE = re.compile(r"(?i)\b(?:in|since|during|until)[ \t]{1,2}(?:19|20)\d\d$")
# What a year before it dates, not counts: "2012 divorce statistics", "2013 annual figures", "2024 results".
_DATED_NOUNS = frozenset(
    "statistics figures data results estimates numbers projections forecasts accounts reports rankings "
    "elections budgets accounts returns".split()
)


# Three-digit service numbers (211 to 911) name a line, not a count, before what goes through it.
_SERVICE_NUMBERS = frozenset({211, 311, 411, 511, 611, 711, 811, 911})
_SERVICE_NOUN_RE = re.compile(
    r"(?i)(?:calls?|callers|requests|centers?|centres?|dispatchers?|lines?|operators?|systems?)$"
)


def _year_like(number) -> bool:
    return number.value.denominator == 1 and 1800 <= number.value <= 2100


# A bare number compared with (大于50, 低于35, 不少于200) is a bound, read though it has no unit.
_COMPARISONS = frozenset(
    {"大于", "小于", "高于", "低于", "多于", "少于", "不少于", "不低于", "不高于", "不超过", "不足"}
)


# Nouns that count people or households after a number with no measure word (68.3万群众, 3000农户), and the
# characters that make them part of a longer word (居民楼, 学生会, 职工宿舍).
_PERSON_NOUNS = frozenset("群众 居民 市民 村民 农民 人口 职工 员工 学生 患者 农户 家庭".split())
_NOUN_COMPOUND_AFTER = re.compile(r"[楼区点会委证宿家食房户数代医院小组热卡服]")

# 1，135.77亿元: one to three digits, a full-width comma, then a group of exactly three digits (with decimals):
# a thousands separator typed in full width, not two numbers (a date or an ordinal before it aside: 2023年1，…).
# A verb of work that a rise verb completes into one word (改造提升, 整治提升, 修缮提升, 改建提升): what was done.
_WORK_BEFORE_RISE_CN = re.compile(r"(?:改造|整治|修缮|改建|升级|美化|绿化|亮化)$")
_FULL_WIDTH_GROUP_BEFORE = re.compile(r"(?<![\d,.，年月日号第$￥¥€£])\d{1,3}，$")
_THREE_DIGIT_GROUP = re.compile(r"\d{3}(?:\.\d+)?(?![\d,，])")
_AMOUNT_UNIT_AFTER = re.compile(r"[ \t]{0,2}(?:万|亿|元|吨|千克|公斤|平方米|立方米|公里|人次|美元)")
_LISTED_BEFORE = re.compile(r"分别|依次|、")

# "2,968 of them", "812 of whom": a bare number counting members of a group named before it.
_OF_GROUP_RE = re.compile(r"[ \t]{1,2}of[ \t]{1,2}(?:them|whom|those|these)\b")
# "…1,794 people, of whom 402 are children, 1,047 are adults…" (or "of which", as people are counted too), "Of the
# 214 homes it destroyed, 168 were
# primary residences and 46 were cabins": after a group is named, a bare number that something is said of
# (are, were, have been…) counts members of it. The group's marker stands earlier in the same sentence.
_GROUP_NAMED_RE = re.compile(
    r"\bof[ \t]{1,2}(?:them|whom|which|those|these)\b|(?:^|[.!?:][ \t]{1,3}|\n|[—–][ \t]{1,3})Of[ \t](?:the[ \t])?[\d,]{1,12}[ \t][^.!?\n]{0,60}?,"
)
# (or a possessive: "2,140 of last year's 3,510 conversions", or none: "41,200 of 46,300 calls", not a year's)
# "…bringing the city's total to 11,640, or 81.5 percent of its 14,280 lights": a bare count with its share of a
# counted whole named right after.
_SHARE_OF_COUNTED_AFTER_RE = re.compile(
    r",[ \t]{1,2}or[ \t]{1,2}(?:about[ \t]{1,2})?\d[\d.]*[ \t]{0,2}(?:%|percent)[ \t]{1,2}of[ \t]{1,2}(?:the|its|their)"
    r"[ \t]{1,2}\d[\d,]*[ \t]{1,2}[a-z]"
)
_PART_OF_COUNTED_AFTER_RE = re.compile(
    r"[ \t]{1,2}of[ \t]{1,2}(?:(?:the|its|their|(?:[A-Za-z]{2,12}[ \t])?[A-Za-z]{2,16}['’]s)[ \t]{1,2})?"
    r"(?!(?:19|20)\d\d\b)\d[\d,]*[ \t]{1,2}[a-z]"
)
# ("Of the 2,560 homes…, 1,840 chose fiber, 470 fixed wireless…": a verb in the past tense says what members did)
_MEMBERS_VERB_RE = re.compile(
    r"[ \t]{1,2}(?:are|were|have|had|will|remain|remained|came|come|went|chose|got|took|made|paid|won|lost|left|"
    r"kept|gave|sold|bought|voted|(?!need|feed|seed|speed|bed|red|shed)[a-z]{2,12}ed)\b"
)
# "Of the 3,340 trees, 2,040, or 64.1 percent, went…": a member count with its share said of it.
_SHARE_OF_GROUP_AFTER_RE = re.compile(r",[ \t]{1,2}or[ \t]{1,2}(?:about[ \t]{1,2})?\d[\d.]*[ \t]{0,2}(?:%|percent)")
_SENTENCE_BACK_RE = re.compile(r"(?:[.!?][ \t]|\n)(?!.*(?:[.!?][ \t]|\n))", re.S)


# A sentence that shares a group out ("were split among", "divided between", "broken down into"), and a bare
# member of it set in brackets or after "with" ("wetlands (4,920)", "fire with 9,870").
_SPLIT_MARKER_RE = re.compile(
    r"(?i)\b(?:split|divided|broken[ \t]down|shared)[ \t]{1,2}(?:among|between|into)\b|\bbreaks?[ \t]down[ \t]as\b"
)
_SPLIT_MEMBER_BEFORE_RE = re.compile(r"(?:\([ \t]{0,2}|\bwith[ \t]{1,2})$")
# The first member right after "breaks down as / into" (its total named before the verb).
_BREAKS_DOWN_AS_BEFORE_RE = re.compile(r"(?i)\b(?:breaks?|broke|broken)[ \t]down[ \t](?:as|into)[ \t]{1,2}$")


def _sentence_start_in(before: str) -> int:
    found = _SENTENCE_BACK_RE.search(before)
    return found.end() if found else 0


_OF_GROUP_BEFORE_RE = re.compile(r"\b[Oo]f[ \t]{1,2}(?:them|whom|which|those|these)[ \t,]{1,3}$")


def _members_of_named_group(t: str, start: int, end: int) -> bool:
    """A bare number right after "of whom / of them", or followed by what is said of it (are, were, have been)
    in a sentence that named a group before it (of whom, of them, "Of the 214 homes…,")."""
    before = t[max(0, start - 240) : start]
    if _OF_GROUP_BEFORE_RE.search(before):
        return True  # (also "3,120 brush piles in 2024, of which 1,940 came in the spring")
    if _BREAKS_DOWN_AS_BEFORE_RE.search(before):
        return True  # "The 174,210 visits broke down as 98,750 for open swim, 42,180 for lessons…": the first member
    if _SPLIT_MEMBER_BEFORE_RE.search(before) and (
        _SPLIT_MARKER_RE.search(before[_sentence_start_in(before) :]) is not None
    ):
        return True  # "The 9,880 acres were split among wetlands (4,920), …", "…among fire with 9,870 and…"
    if _PART_OF_COUNTED_AFTER_RE.match(t, end) or _SHARE_OF_COUNTED_AFTER_RE.match(t, end):
        return True  # "760 of the 1,150 metered spaces", "11,640, or 81.5 percent of its 14,280 lights": members
    if not _MEMBERS_VERB_RE.match(t, end) and not _SHARE_OF_GROUP_AFTER_RE.match(t, end):
        return False
    sentence = _SENTENCE_BACK_RE.search(before)
    if _GROUP_NAMED_RE.search(before, sentence.start() if sentence else 0) is not None:
        return True
    # "By source, 3,940 were strays, 1,160 were surrendered … and 870 came in as transfers, for a total of 6,420":
    # members of the total their sentence closes with
    return _TOTAL_CLOSES_RE.match(t, end, min(len(t), end + 240)) is not None


_TOTAL_CLOSES_RE = re.compile(
    r"[^.;!?\n]{0,200}?,[ \t]{1,2}(?:for|with|making)[ \t]{1,2}(?:a|the)[ \t]{1,2}"
    r"(?:[a-z]{2,12}(?:-[a-z]{2,12})?[ \t]{1,2})?total[ \t]{1,2}of[ \t]{1,2}\d"
)


# "412 patients in March and 380 in April", "4,120 households wait for vouchers and 2,795 for public housing — 6,951
# in all", "214 sites: 148 with electric hookups, …": a bare number joined to a list (or opening it after a
# colon) whose first member names what it counts, followed by what sets it apart (a preposition), counts the same
# things; it is read as a bare count, never given the noun.
_FROM_BEFORE_RE = re.compile(r"(?i)(?<![A-Za-z])from[ \t]{1,2}$")
_YEAR_AFTER_PREPOSITION_RE = re.compile(r"(?i)\b(?:in|since|by|of|during|through)[ \t]{1,2}$")
_CHANGE_FROM_BEFORE_RE = re.compile(r"(?i),[ \t]{1,2}(?:up|down)[ \t]{1,2}from[ \t]{1,2}$")
_ELLIPSIS_JOIN_BEFORE_RE = re.compile(
    r"(?:,|;|:|\band|\bor|\u2014|\u2013)[ \t]{1,2}(?:the[ \t]{1,2}(?:other|remaining|last)[ \t]{1,2})?$"
)
MAX_LISTED_BEFORE = 4  # members a list is followed back through to the one whose verb says what they are
# The number of the member before, in its list: "960 were cropland, 290 pasture" (its digits, right before the join).
_MEMBER_BEFORE_RE = re.compile(r"(?<![\w.,$])(\d[\d,]*)(?=[ \t][^\d.;!?]{1,40}$)")
# (or "others": "176 nurses, 101 aides … and 125 others in therapy": the rest of the things the list counts)
_ELLIPSIS_AFTER_RE = re.compile(
    r"[ \t]{1,2}(?:for|in|on|at|to|from|with|by|under|over|among|into|altogether|combined|all[ \t]told|others)\b"
)
# (", for the half-year total of 2,240": a total named by its period)
_TOTAL_OF_BEFORE_RE = re.compile(
    r"(?:,|;|\u2014|\u2013)[ \t]{1,2}(?:for[ \t]{1,2})?(?:a|the)[ \t]{1,2}(?:[a-z]{2,12}(?:-[a-z]{2,12})?[ \t]{1,2})?"
    r"total[ \t]{1,2}of[ \t]{1,2}$"
)
_DIGITS_BACK_RE = re.compile(r"(?<![\d,.$€£¥])\d[\d,]{0,14}(?:\.\d{1,6})?(?![\d,]*\d)")


def _compared(qualifiers: list[str]) -> bool:
    return any(qualifier in _COMPARISONS for qualifier in qualifiers)


# One English word in any case (Dutch, lira), for looking a word or two past a number.
_EN_ANY_CASE_WORD_RE = re.compile(r"[A-Za-z][a-z]{0,30}(?![A-Za-z])")
_IRREGULAR_PLURALS = frozenset(
    "people children men women staff police personnel feet teeth cattle sheep fish deer data media alumni crew".split()
)
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")
_LABEL_BEFORE_RE = re.compile(r"([A-Z][A-Za-z.]{0,30})[ \t\u00a0]{1,4}$")
_FISCAL_BEFORE_RE = re.compile(r"(?i)(?<![A-Za-z])(?:fiscal(?: year)?[ \t]{1,4}|FY[ \t]?)$")
_RANK_AFTER = ("名", "位", "强", "甲", "季度", "个月", "批", "轮")
_RANK_NOT_BEFORE = frozenset("目此之提当以空眼面从先事生")
_FORMULA_BEFORE = frozenset("×*")
_SET_PHRASE_RE = re.compile("|".join(sorted(SET_PHRASES, key=lambda p: (-len(p), p))))
_NOT_HALF_BEFORE = frozenset("上下前后大多过一")
# Place names often go on with a numeral (奎屯市三公里半, 石河子市一四三团); 全市, 各县, 该区 are not places.
_PLACE_SUFFIXES = frozenset("市县区镇乡村州旗盟")
_NOT_A_PLACE_BEFORE_SUFFIX = frozenset("全各本该每整两三多城山社街")
_PER_BASE_RE = re.compile(r"(?i)(?<![A-Za-z])per[ \t]{1,4}(?:US\$|\$|€|£)?$")
_URL_ESCAPE_RE = re.compile(r"%[0-9A-Fa-f]{2}")
# A number that starts with 0 and has three or more digits is a code: a phone number, a postcode, an ID.
_CODE_RE = re.compile(r"0\d{2,24}(?:[-\s]\d{1,24}){0,6}")
_LETTER_AROUND = re.compile(r"[A-Za-z]")
_UNKNOWN_SYMBOL_AFTER_RE = re.compile(r"[ \t]?([^\w\s])")
_MONTH_RANGE_AFTER_RE = re.compile(f"{WS}(?:至|到|-|—|–){WS}(?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}}){WS}月")
_CURRENCY_WORD_BEFORE_RE = re.compile(r"(?i)(?<![A-Za-z])(dollar|euro|yuan|yen|pound|peso|rupee|franc)s?[ \t]{1,2}$")
_YEAR_PREPOSITIONS = frozenset("在于")
# An English year before 1900 is read only after the verb of a founding and "in" or "since": "incorporated in
# 1871", "has stood since 1885" ("1871 residents" stays a count).
OLD_YEAR_FLOOR = 1600
_IN_BEFORE_RE = re.compile(r"(?i)\bin[ \t]{1,2}$")
_YEARS_AGO_AFTER_RE = re.compile(
    r"(?i),[ \t]{1,2}(?:\d{1,3}|[a-z]{3,12}(?:-[a-z]{3,6})?)[ \t]{1,2}years[ \t]{1,2}(?:ago|earlier|before)\b"
)
_FOUNDED_IN_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:founded|established|incorporated|chartered|built|opened|created|settled|erected|dedicated|formed"
    r"|organized|organised|planted|adopted|enacted)\b[^.;!?\d]{0,24}?\bin|\bsince)[ \t]{1,2}$"
)
_NOT_A_YEAR_AFTER = frozenset("以来间内前后里中多余半左时的之")
_AGE_BEFORE_RE = re.compile(r"(?i)(?<![A-Za-z])aged?[ \t]{1,2}$")
_DIGIT_STARTS = frozenset("0123456789" + CN_NUMERAL_CHARS)
# The first character of what may follow a number, for each optional reader (checked before calling it).
_RANGE_STARTS = frozenset("至到~-—–－ \t")
_COMPOUND_STARTS = frozenset("0123456789 ,\t又零" + CN_NUMERAL_CHARS)
_RATE_STARTS = frozenset("/每 \t")
_POST_STARTS = frozenset("以及左上之 \t多余出")
_CLAUSE_END = frozenset("，。；：！？、,;:!?\n") | {""}
_PER_BASE_LAST = frozenset(" \t$€£")
_PER_LAST = frozenset("均为达到是 \t\u3000")
_BARE_CENTS_RE = re.compile(
    r"(?:[ \t]{1,2}(?:and[ \t]{1,2})?|又)(\d{1,2}|[a-z]{3,9}(?:[- ][a-z]{3,5})?)"
    r"(?=[ \t]{0,2}(?:[ \t](?:more|less|extra))?[ \t]{0,2}(?:[.,;!?)]|$))"
)
_INCHES_RE = re.compile(r"[ \t]{0,2}in(?![A-Za-z])")
_COMPOUND_RE = re.compile(r"又|零|,[ \t]{1,2}|[ \t]{0,2}(?:and[ \t]{1,2})?")
# After 元 (and only there), 角 and 毛 are tenths of a yuan and 分 hundredths: 50元6角3分.
_YUAN_PARTS = {"角": Fraction(1, 10), "毛": Fraction(1, 10), "分": Fraction(1, 100)}
_SIGN_WORD_RE = re.compile(r"(?i)(?<![A-Za-z])(?:minus|negative)[ \t]{1,4}$")
_LETTER_OR_SUPERSCRIPT = re.compile(r"[A-Za-z0-9²³]")
_CJK_RE = re.compile(r"[" + HAN + r"]")
_METRE_WORDS_RE = re.compile(
    r"(?i)[ \t]{1,4}(?:tall|long|high|wide|deep|away|above|below|in (?:length|height|width|depth))\b|-(?:long|high|wide|tall|deep)\b"
)
# What follows a length in metres: a dimension (1 m x 1 m, 2 m by 3 m) or a smaller unit (12 m 2 dm).
_AFTER_A_LENGTH_RE = re.compile(r"[ \t]{1,2}(?:[x×]|by\b|\d+(?:\.\d+)?[ \t]?(?:dm|cm|mm)\b)")
# A figure written alone (parse, a claim's value) may end with "times": 2.5 times, three times more.
_TIMES_EN_END_RE = re.compile(r"[ \t](times(?:[ \t](?:more|larger|bigger|higher|greater))?)(?=[ \t]*$)")
# An English multiple: "times" before what it multiplies or compares (not "visited three times"), or
# at the very end of the text, where a claim's quote stops before what is multiplied ("2.5 times").
_TIMES_EN_RE = re.compile(
    r"[ \t](times[ \t](?:more|larger|bigger|higher|greater)\b|times(?=[ \t](?:the|as|that|what|over|its|their)\b"
    r"(?![ \t](?:next|following|previous|same|last|first|second|third|week|day|month|year|morning|night)\b)|\Z))"
)
_DEGREES_RE = re.compile(r"(?i)[ \t]?(?:degrees?|deg\.?)(?![A-Za-z])")
_COUNT = (Fraction(1), "count", "[count]")


class _Unit(NamedTuple):
    """The unit read after a number."""

    written: str  # as written ("元", "residents", "%"); "" for none
    end: int
    info: tuple | None = None  # (factor, base, dimension) when the written form is not a unit's name
    unread: str | None = None  # why the figure is left unread (¥ undecided, 度, degrees with no scale)


class _Candidate(NamedTuple):
    """A numeral found by the candidate patterns: its span and which kind of numeral it is."""

    start: int
    end: int
    ar: str | None = None  # Arabic digits
    cn: str | None = None  # Chinese numeral
    en: str | None = None  # English number words
    pct: str | None = None  # 百分之 / 千分之 / 万分之 before it


@functools.cache
def _core(strict: bool = False) -> re.Pattern:
    """The candidate pattern: an Arabic or Chinese numeral, or 百分之/千分之/万分之 and one.

    The leading lookahead is a single character class, which lets the regex
    engine skip ahead quickly (an optional group first is 4x slower). In prose
    (not strict) a Chinese numeral must be followed by a character that can
    start a unit or time word: most numerals in Chinese text are words (一批,
    统一, 两地), and rejecting them here keeps the scanner fast. Compiled on
    first use, since it depends on units.txt.
    """
    if strict:
        tail = ""
    else:
        follow = "".join(sorted(written_units()[2]))
        tail = f"(?(pct)|(?=[{re.escape(follow)}]))"
    # Bounded (possessive) so a long run of numeral characters costs linear time, never quadratic:
    # no numeral written in prose is longer (一千二百三十四万五千六百七十八 is 15 characters).
    cn = rf"(?:数(?=[十百千万亿]))?[{CN_NUMERAL_CHARS}]{{1,24}}+(?:点[〇零一二三四五六七八九]{{1,12}}[万亿]{{0,2}})?{tail}"
    # 半 alone is a number only before a span's unit (半年, 半个月); 一年半 is read with its unit.
    half = "半(?=年|个月|天|个小时|小时|个星期)"
    return re.compile(
        rf"(?=[0-9{CN_NUMERAL_CHARS}数半])(?P<pct>百分之|千分之|万分之)?"
        rf"(?:(?P<ar>{ARABIC})|(?P<cn>{cn}|{half}))"
    )


def _candidate(m: re.Match) -> _Candidate:
    return _Candidate(m.start(), m.end(), m.group("ar"), m.group("cn"), None, m.group("pct"))


def _is_plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS:
        return True
    return len(word) > 2 and word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDINGS)


class _Reader:
    """Reads the figure around one candidate numeral; stateless apart from the text."""

    __slots__ = ("t", "implied", "strict", "_yen", "last_end")

    def __init__(self, text: str, implied: bool, strict: bool):
        self.t = text
        self.implied = implied
        self.strict = strict  # parse(): the whole input is meant as a figure
        self._yen: str | None = None
        self.last_end = -1  # where the previous figure ended: a dash right after one joins, it is no sign

    # The returned tuple is (figure or None, position to resume scanning, unread span or None).
    def read(self, c: _Candidate) -> tuple[Figure | None, int, Unread | None]:
        t = self.t
        start = c.start
        before = t[start - 1] if start else ""
        if before == "第" and c.pct is None and c.en is None:
            return self._ordinal(c), c.end, None
        if c.cn is not None and before == "兆" and start >= 2 and t[start - 2] in CN_NUMERAL_CHARS:
            # 四十九兆九千五百九十二亿元: 兆 is a million or a trillion; half a number is never read as a whole one.
            begin = start - 1
            while begin > 0 and t[begin - 1] in CN_NUMERAL_CHARS:
                begin -= 1
            return None, c.end, Unread(t[begin : c.end], begin, c.end, "兆: a million or a trillion?")
        if not self.strict:
            skip = self._not_an_amount(c, before)
            if skip is not None:
                return None, skip, None
        if c.ar is not None:
            bad = malformed_grouping(t, start)
            if bad is not None:
                begin = start
                cur = CURRENCY_PRE_RE.search(t, max(0, start - 6), start) if before in CURRENCY_LAST_CHARS else None
                if cur:
                    begin = cur.start()
                end = start + len(bad)
                return (
                    None,
                    end,
                    Unread(
                        t[begin:end], begin, end, f"malformed number: the digit groups of {bad} are irregular", True
                    ),
                )
            split = _FULL_WIDTH_GROUP_BEFORE.search(t, max(0, start - 6), start)
            group = _THREE_DIGIT_GROUP.match(t, start)
            if (
                split is not None
                and group is not None
                # an amount's shape after it (1，135.77亿元, 64，161吨), not a list or labels (12，105路, 分别…56，128个)
                and ("." in group.group(0) or _AMOUNT_UNIT_AFTER.match(t, group.end()))
                and not _LISTED_BEFORE.search(t, max(0, split.start() - 12), split.start())
            ):
                # 1，135.77亿元: a full-width comma between digit groups; 1,135.77亿元 or two numbers, nobody can
                # tell which, and read from the comma on it would be a thousand times too small.
                end = _THREE_DIGIT_GROUP.match(t, start).end()
                return (
                    None,
                    end,
                    Unread(
                        t[split.start() : end],
                        split.start(),
                        end,
                        f"malformed number: a full-width comma between the digit groups of {t[split.start() : end]}",
                        True,
                    ),
                )
            iso = dates.ISO_DATE_RE.match(t, start)
            if iso:
                return dates.iso_date(iso), iso.end(), None
        return self._figure(c, before)

    # --- what is not an amount -------------------------------------------------------
    def _not_an_amount(self, c: _Candidate, before: str) -> int | None:
        """Where to resume when the numeral at c is a word, a name, a code or a label; else None."""
        t = self.t
        start = c.start
        if c.cn is not None and t[start] in SET_PHRASE_FIRST:
            phrase = _SET_PHRASE_RE.match(t, start)
            if phrase:
                return phrase.end()
        if c.ar is not None:
            if before and before.isascii() and (before.isalnum() or before in "._/:#=&?@%\\["):
                if not (
                    (_FISCAL_BEFORE_RE.search(t, max(0, start - 12), start) and len(c.ar) in (2, 4))
                    or CURRENCY_CODE_BEFORE_RE.search(t, max(0, start - 4), start)
                ):
                    return c.end  # MP3, v1.2, 8+1, 10:30, a URL
            if before and before in "-−–" and start >= 2 and t[start - 2].isascii() and t[start - 2].isalnum():
                return c.end  # COVID-19, A-1
            if before == "＋" or (before == "+" and start >= 2 and t[start - 2].isdigit()):
                return c.end
            if c.ar.startswith("0") and len(c.ar) >= 3 and "." not in c.ar:
                code = _CODE_RE.match(t, start)
                return code.end() if code else c.end  # 0991-1234567: a phone number, a postcode
            if t.startswith("%", c.end) and _URL_ESCAPE_RE.match(t, c.end):
                return c.end + 3  # q=30%25: URL encoding, not a percentage
        if (
            c.cn is not None
            and before
            and before in _PLACE_SUFFIXES
            and (start < 2 or t[start - 2] not in _NOT_A_PLACE_BEFORE_SUFFIX)
        ):
            return c.end  # 奎屯市三公里半, 乌鲁木齐市七道湾: a numeral right after a place's name is part of a name
        if c.cn is not None and before and before in "这那" and len(c.cn) == 1:
            return c.end  # 这两天, 那几年: "these days", not a span to check
        if c.cn == "半" and before and before in _NOT_HALF_BEFORE:
            return c.end  # 上半年, 大半年, 一半: a period or a share, not half a year
        if before in _FORMULA_BEFORE:
            return c.end  # ×100%: a formula's constant
        if before in _PER_BASE_LAST and _PER_BASE_RE.search(t, max(0, start - 8), start):
            return c.end  # per $100 of assessed value: the base of a rate, not an amount
        if before == "前" and c.en is None and (start < 2 or t[start - 2] not in _RANK_NOT_BEFORE):
            if t.startswith(_RANK_AFTER, c.end):
                return c.end  # 前二名, 前三季度: a rank or a period, not an amount
        return None

    # --- the figure around a numeral ----------------------------------------------------
    def _figure(self, c: _Candidate, before: str) -> tuple[Figure | None, int, Unread | None]:
        t = self.t
        start = c.start
        prefix_start = start
        qualifiers: list[str] = []
        currency = None
        negative = False
        direction = None
        between = False
        if before in _LEFT_CONTEXT_LAST:  # most numerals follow a plain character: nothing to read on the left
            window = t[max(0, start - 24) : start]
            if before in CURRENCY_LAST_CHARS and c.pct is None:
                cur = CURRENCY_PRE_RE.search(window)
                if cur and start - len(cur.group(0)) < self.last_end:
                    cur = None  # 10 rmb 20 usd: "rmb" belongs to the figure before
                if cur:
                    currency = currency_of_prefix(cur.group(0))
                    prefix_start -= len(cur.group(0))
                    window = window[: len(window) - len(cur.group(0))]
            sign_word = _SIGN_WORD_RE.search(window) if before in " \t" else None
            if window.endswith("负"):
                negative = True
                prefix_start -= 1
                window = window[:-1]
            elif sign_word:
                negative = True  # minus five percent, negative 3
                prefix_start -= len(sign_word.group(0))
                window = window[: len(window) - len(sign_word.group(0))]
            elif (
                c.en is None
                and window
                and window[-1] in "-−–"
                and not (len(window) >= 2 and window[-2].isascii() and (window[-2].isalnum() or window[-2] in ".%"))
                # ("the single-largest grant--$4.2 million--": a dash typed as two hyphens, no sign)
                and not (len(window) >= 2 and window[-2] in "-−–")
                and not (self.last_end >= 0 and t[self.last_end : prefix_start - 1].strip() == "")
            ):
                negative = True
                prefix_start -= 1
                window = window[:-1]
            word = self._pre_qualifier(window)
            if word is not None:
                qualifiers.append(word.strip().lower() if word.isascii() else word)
                prefix_start -= len(word)
                window = window[: len(window) - len(word)]
                if not currency and window[-1:] in CURRENCY_LAST_CHARS:
                    cur = CURRENCY_PRE_RE.search(window)  # 超$5, about US$ 2 million: rare but read
                    if cur and not window.endswith(" "):
                        currency = currency_of_prefix(cur.group(0))
                        prefix_start -= len(cur.group(0))
                        window = window[: len(window) - len(cur.group(0))]
            lead = _BETWEEN_RE.search(window) if window.endswith((" ", "\t")) else None
            if lead:
                between = True
                prefix_start -= len(lead.group(0))
            direction = self._direction_before(prefix_start)

        number, pos = self._numeral(c)
        if number is None:
            return None, c.end, None
        if negative:
            number = replace(number, value=-number.value, upper=None)
        number, pos, approx = self._magnitude(number, pos, currency, c.start)
        if number is None:
            return (
                None,
                c.end,
                Unread(
                    t[start:pos],
                    start,
                    pos,
                    '"m" after a number without a currency: metres or million? write 1.8 million or 1.8 metres',
                ),
            )
        if qualifiers and qualifiers[0] == "上" and not number.lone_magnitude:
            # 上 qualifies only a bare magnitude (上千名, 上万人); elsewhere it is a verb or noun.
            qualifiers.pop(0)
            prefix_start += 1
        # 翻一番, 翻两番: doubling N times.
        if c.cn is not None and _DOUBLINGS_RE.match(t, pos):
            lead = next((w for w in _DOUBLE_LEAD if t.endswith(w, 0, prefix_start)), None)
            if lead is not None and number.upper is None and number.value.denominator == 1 and 0 < number.value <= 5:
                end = _DOUBLINGS_RE.match(t, pos).end()
                value = Fraction(2) ** int(number.value)
                figure = Figure(
                    t[prefix_start - len(lead) : end],
                    prefix_start - len(lead),
                    end,
                    "multiple",
                    value,
                    value,
                    True,
                    True,
                    value,
                    "times",
                    "番",
                    "[multiple]",
                    None,
                    direction=RISE,
                )
                return figure, end, None

        second: Number | None = None
        if (
            approx is None
            and number.upper is None
            and not number.positional
            and (t[pos : pos + 1] in _RANGE_STARTS or between)
        ):
            second, pos, number = self._range(c, number, pos, currency, between)
            if between and second is None:
                # "split between $1.74 million from the levy, $0.98 million…": a list the verb shares out, no range
                between = False
                prefix_start += len(lead.group(0))
        elif between:
            return None, c.end, None
        if approx:
            qualifiers.append(approx)
        elif c.cn is None and t.startswith("+", pos) and POST_PLUS_RE.match(t, pos) and second is None:
            qualifiers.append("+")  # 150+ people: at least 150
            pos += 1

        # Calendar and time words come before units: 2023年 is a year, 12年 a span.
        if (
            c.pct is None
            and currency is None
            and (
                t[pos : pos + 1] in _TIME_STARTS
                or c.ar is not None
                and (second is not None or self._latin_near(start, pos))
            )
        ):
            timed = self._time(c, number, second, prefix_start, pos, qualifiers, direction)
            if timed is not None:
                return timed[0], timed[1], None

        unit = self._unit(c, number, pos, currency)
        if unit.written == "" and unit.unread is None and c.pct is None and currency is None and c.cn is None:
            age = _AGE_BEFORE_RE.search(t, max(0, prefix_start - 8), prefix_start)
            if age:
                # "aged 87", "age 87": years of age.
                prefix_start = age.start()
                unit = _Unit(age.group(0).strip(), pos, unit_info("岁"))
            elif number.magnitude_word and _CURRENCY_WORD_BEFORE_RE.search(t, max(0, prefix_start - 12), prefix_start):
                # "dollar 22.5 million": the currency word stands before the amount, as no news style writes it.
                word = _CURRENCY_WORD_BEFORE_RE.search(t, max(0, prefix_start - 12), prefix_start)
                prefix_start = word.start()
                amount, name = t[c.start : pos].strip(), word.group(1).lower()
                name = name if name in ("yuan", "yen") else name + "s"
                unit = _Unit("", pos, unread=f'"{word.group(1)}" before the amount: write "{amount} {name}"')
        if unit.unread is not None:
            return None, unit.end, Unread(t[prefix_start : unit.end], prefix_start, unit.end, unit.unread)
        unit_written, pos = unit.written, unit.end
        if unit_written == "分之":
            figure = self._fraction(c, number, prefix_start, qualifiers, direction)
            return (figure, figure.end, None) if figure is not None else (None, c.end, None)
        try:
            if unit.info is not None:
                factor, base, dimension = unit.info
            else:
                factor, base, dimension = unit_info(unit_written) if unit_written else (Fraction(1), "", "")
        except KeyError:
            return None, c.end, None
        nxt = t[pos : pos + 1]
        if (
            second is None
            and approx is None
            and number.upper is None
            and unit_written
            and currency is None
            and nxt in _RANGE_STARTS
        ):
            # 1万元-5万元, 3公里至5公里: a range whose ends both carry the unit.
            second, pos, number = self._range_with_units(c, number, pos, unit_written)

        if unit_written == "折" and c.ar is not None and number.value.denominator == 1 and 10 <= number.value < 100:
            number = replace(number, value=Fraction(number.value, 10))  # 75折 is 7.5折: 75%
        if nxt and nxt in _COMPOUND_STARTS and second is None and number.upper is None and dimension:
            # 5 feet 2 inches, 3 dollars 50 cents, 2小时30分钟: one measure in two units.
            pos, number = self._compound(pos, number, factor, dimension)
        if dimension.startswith("[currency") and second is None:
            if not number.magnitude_word:
                g = MAG_EN_RE.match(t, pos)
                if g:  # 75 USD million: the magnitude after the currency still scales the amount
                    number = number.scaled(MAG_EN[g.group(1).lower()], g.group(1))
                    pos = g.end()
            cents = _BARE_CENTS_RE.match(t, pos) if not number.magnitude_word else None
            if cents and (cents.group(1).isdigit() or read_english(cents.group(1)) is not None):
                # 15 dollars 50, one dollar and two: a second number with no unit, cents or a slip.
                return (
                    None,
                    cents.end(1),
                    Unread(
                        t[prefix_start : cents.end(1)],
                        prefix_start,
                        cents.end(1),
                        "an amount followed by a number with no unit: cents?",
                    ),
                )
            nxt = t[pos : pos + 1]
        # A rate: per square metre, per hour, per capita.
        if nxt and nxt in _RATE_STARTS or t[prefix_start - 1 : prefix_start] in _PER_LAST:
            per, pos, rate = self._rate(pos, unit_written, factor, base, dimension, prefix_start)
            if rate is not None:
                factor, base, dimension = rate
        else:
            per = None
        nxt = t[pos : pos + 1]

        # Post qualifiers: 以上, 左右, or more, 150+; 多/余 after a measurement unit (5公里多); 半 (一吨半).
        post = (POST_CN_RE.match(t, pos) or POST_EN_RE.match(t, pos)) if nxt and nxt in _POST_STARTS else None
        if post:
            qualifiers.append(post.group(1))
            pos = post.end()
        elif approx is None and unit_written and (dimension in _POST_APPROX_DIMENSIONS or unit_written == "成"):
            a = APPROX_RE.match(t, pos)
            if a:
                qualifiers.append(a.group(1))  # (两成多: more than two tenths)
                pos = a.end()
        if unit_written == "成" and number.precision is None and not qualifiers:
            # 两成: a share told in tenths is rounded to the tenth (15% to 25%), as a figure rounded to tens is
            number = replace(number, precision=Fraction(1))
        if nxt == "半" and unit_written and second is None and number.upper is None and not qualifiers:
            number = replace(number, value=number.value + Fraction(1, 2), precision=None)
            pos += 1
        if direction is None and nxt in (" ", "\t"):
            after = DIRECTION_EN_AFTER_RE.match(t, pos)
            if after:
                direction = RISE if DIRECTION_EN.get(after.group(1).lower(), 1) > 0 else FALL
                if after.group(1).lower() in ("decrease", "decline", "drop", "fall", "cut", "reduction", "loss"):
                    direction = FALL

        kind = (
            "percent"
            if dimension == "[percent]"
            else "multiple"
            if dimension == "[multiple]"
            else "span"
            if unit_written in TIME_SPAN_UNITS or dimension == "[time]"
            else "quantity"
        )
        if kind == "span" and "over" in qualifiers and "old" not in unit_written and "岁" not in unit_written:
            # "over three years", "over the past 5 years": a period, not "more than".
            qualifiers.remove("over")
            prefix_start = start if currency is None else prefix_start
        if not self._plausible(c, number, unit_written, dimension, qualifiers, pos, second, currency, direction):
            # A shared unit: 2.16和1.66个百分点, 5、6和7 percent.
            if unit_written == "" and second is None and number.upper is None:
                shared = self._shared_unit(pos)
                if shared is not None:
                    return self._with_shared_unit(c, number, prefix_start, pos, qualifiers, direction, shared)
            return None, c.end, None
        magnitude_word = number.magnitude_word or (second.magnitude_word if second is not None else "")
        if currency is not None or not magnitude_word or magnitude_word.isascii():
            written = unit_written  # $2.6 million: "$"; 1.2 million people: "people"
        else:
            written = magnitude_word + unit_written  # 万元, 亿元, 万人次: as written
        if per:
            written = f"{written}/{per}" if written else per
        figure = self._build(
            prefix_start,
            pos,
            kind,
            number,
            second,
            qualifiers,
            factor,
            base,
            written,
            dimension,
            direction=direction,
            between=between,
        )
        return figure, pos, None

    # --- pieces ------------------------------------------------------------------------
    def _pre_qualifier(self, window: str) -> str | None:
        """The qualifier that ends `window` (近, 超过, more than ), as written; None when there is none."""
        last = window[-1:]
        if last in PRE_LAST_CHARS:
            for candidate in PRE_CN_WORDS:
                if window.endswith(candidate):
                    if candidate == "近" and window[-2:-1] in NEAR_NOT_NEARLY:
                        return None  # 最近3年: "recent", not "nearly"
                    if candidate == "上" and window[-2:-1] and window[-2] in "以之":
                        return None
                    return candidate
            return None
        if last in (" ", "\t", "\u00a0"):
            pre = PRE_EN_RE.search(window)
            if pre:
                return window[pre.start() :]
        return None

    def _direction_before(self, pos: int) -> int | None:
        """RISE or FALL when a change verb stands right before the figure (同比增长, 下降了, rose by, fell)."""
        t = self.t
        if pos == 0:
            return None
        if t[pos - 1] in (" ", "\t", "\u00a0"):
            m = DIRECTION_EN_RE.search(t, max(0, pos - 16), pos)
            if m and m.group(1).lower() in _AMOUNT_TAKING_VERBS and "by" not in m.group(0).lower().split():
                return None  # "raised $2.4 million": the amount raised, not a rise; "raised by 4%" is one
            if (
                m
                and m.group(1).lower() in ("up", "down")
                and _PARTICLE_VERB_BEFORE.search(t, max(0, m.start() - 14), m.start())
            ):
                return None  # "signed up 10,420 children", "paid down $3 million": a verb's particle, not a change
            return DIRECTION_EN[m.group(1).lower()] if m else None
        if t[pos - 1] not in _DIRECTION_LAST_CHARS:
            return None
        m = DIRECTION_CN_RE.search(t, max(0, pos - 8), pos)
        if m and _WORK_BEFORE_RISE_CN.search(t, max(0, m.start(1) - 2), m.start(1)) and m.end() == pos:
            return None  # 改造提升156座, 整治提升: work done to things (renovated and upgraded), not a rise
        return DIRECTION_CN[m.group(1)] if m else None

    def _numeral(self, c: _Candidate) -> tuple[Number | None, int]:
        t = self.t
        if c.ar is not None:
            arabic = read_arabic(c.ar)
            if arabic is None:
                return None, c.end
            value, decimals = arabic
            return Number(value, Fraction(1, 10**decimals) if decimals else None), c.end
        if c.en is not None:
            value = read_english(c.en)
            if value is None:
                return None, c.end
            scale_word = next((w for w in ("trillion", "billion", "million", "thousand") if w in c.en.lower()), "")
            precision = None
            if scale_word:
                precision = min(_step(Fraction(value)), Fraction(MAG_EN[scale_word]))
            return Number(
                value, precision, english=True, magnitude_word=scale_word, one_char=value == 1 and not scale_word
            ), c.end
        raw = c.cn
        if raw == "半":
            return Number(Fraction(1, 2), None, chinese=True), c.end
        number = read_chinese(raw, positional_ok=True)
        if number is None and raw[-1] in "千百" and written_units()[0].match(t, c.end - 1):
            # 一百千瓦: the last character starts the unit (千瓦, 千米, 千克), not the numeral.
            number = read_chinese(raw[:-1], positional_ok=False)
            if number is not None:
                return number, c.end - 1
        if number is None and len(raw) == 2 and t.startswith("折", c.end) and all(ch in CN_DIGITS for ch in raw):
            # 八五折: a price in tenths with one decimal, 85%.
            number = Number(Fraction(CN_DIGITS[raw[0]]) + Fraction(CN_DIGITS[raw[1]], 10), None, chinese=True)
        return number, c.end

    def _magnitude(
        self, number: Number, pos: int, currency: str | None, start: int | None = None
    ) -> tuple[Number | None, int, str | None]:
        """The magnitude word and 多/余 after a numeral: (number × magnitude, end, 多/余 or None)."""
        t = self.t
        if t.startswith("个亿", pos) and not number.magnitude_word and number.upper is None:
            return number.scaled(MAG_CN["亿"], "亿"), pos + 2, None  # 3个亿: spoken 3亿
        if t[pos : pos + 1] not in _MAGNITUDE_STARTS:
            return number, pos, None
        approx = None
        a = APPROX_RE.match(t, pos)
        if a and number.upper is None:
            approx = a.group(1)
            pos = a.end()
        g = MAG_CN_RE.match(t, pos)
        if g and not (g.group(1) == "万" and t.startswith("万里", g.start(1))) and number.magnitude_word != "亿":
            number = number.scaled(MAG_CN[g.group(1)], g.group(1))
            pos = g.end()
            largest = MAG_CN[g.group(1)]
            rest = _MAGNITUDE_REST_RE.match(t, pos) if not number.chinese and number.upper is None else None
            while rest is not None and MAG_CN[rest.group(2)] < largest:
                # 8万7千余册, 2亿3千万元, 1万2千3百元: the rest of the number in smaller magnitude words (87,000;
                # 230 million; 12,300). After 万, 5千米 is 5,000 metres of 3万5千米, not 5 kilometres.
                step = largest = MAG_CN[rest.group(2)]
                number = dataclasses.replace(
                    number, value=number.value + int(rest.group(1)) * step, precision=Fraction(step)
                )
                pos = rest.end()
                rest = _MAGNITUDE_REST_RE.match(t, pos)
        elif not number.chinese and not number.english:
            g = MAG_CN_SMALL_RE.match(t, pos) if approx is None else None
            if g and not t.startswith(("千米", "千克", "千瓦", "百分"), pos):
                number = number.scaled(MAG_CN[g.group(1)], g.group(1))
                pos = g.end()
                big = MAG_CN_RE.match(t, pos)
                if big and big.group(1) in ("万", "亿") and not t.startswith("万里", big.start(1)):
                    # 3千亿元, 5百万: 千 and 百 before 万 or 亿 multiply with it.
                    number = number.scaled(MAG_CN[big.group(1)], number.magnitude_word + big.group(1))
                    pos = big.end()
                elif number.upper is None:
                    rest = _MAGNITUDE_REST_RE.match(t, pos)
                    if rest is not None and MAG_CN[rest.group(2)] < MAG_CN[g.group(1)]:
                        # 8千3百元: the rest of the number in a smaller magnitude word (8,300)
                        step = MAG_CN[rest.group(2)]
                        number = dataclasses.replace(
                            number, value=number.value + int(rest.group(1)) * step, precision=Fraction(step)
                        )
                        pos = rest.end()
            else:
                g = MAG_EN_RE.match(t, pos)
                if g is None:
                    short = MAG_EN_SHORT_RE.match(t, pos)
                    if short and currency is not None:
                        g = short
                    elif short and short.group(1) == "m" and not self.strict:
                        if self._cjk_around(pos if start is None else start, short.end()) or _METRE_WORDS_RE.match(
                            t, short.end()
                        ):
                            return number, pos, None  # 250m in Chinese text, 1.8m tall: metres (read as a unit)
                        if not self._count_noun_follows(short.end()):
                            return None, short.end(), None
                        g = short
                if g:
                    number = number.scaled(MAG_EN[g.group(1).lower()], g.group(1))
                    pos = g.end()
        elif number.english:
            g = MAG_EN_RE.match(t, pos)
            if g and not number.magnitude_word:
                number = number.scaled(MAG_EN[g.group(1).lower()], g.group(1))
                pos = g.end()
        if approx is None:
            a = APPROX_RE.match(t, pos)
            if a and number.upper is None:
                approx = a.group(1)
                pos = a.end()
        if approx is not None and number.magnitude_word in MAG_CN:
            # 21万多亿元, 1千余万元: 多/余 between two magnitude words, the second one scaling the whole.
            g = MAG_CN_RE.match(t, pos)
            if (
                g
                and MAG_CN[g.group(1)] > MAG_CN[number.magnitude_word]
                and number.magnitude_word + g.group(1) in MAG_CN
                and not t.startswith("万里", g.start(1))
            ):
                number = number.scaled(MAG_CN[g.group(1)], number.magnitude_word + g.group(1))
                pos = g.end()
        return number, pos, approx

    def _next_numeral(self, pos: int, c: _Candidate) -> tuple[_Candidate | None]:
        """The numeral of the same script starting at pos (the second end of a range)."""
        t = self.t
        if c.en is not None:
            m = EN_WORDS_RE.match(t, pos)
            return _Candidate(m.start(), m.end(), en=m.group(0)) if m else None
        m = _core(self.strict).match(t, pos)
        if m is None or m.group("pct") is not None:
            return None
        if (m.group("ar") is None) != (c.ar is None):
            return None
        return _candidate(m)

    def _range(
        self, c: _Candidate, number: Number, pos: int, currency: str | None, between: bool
    ) -> tuple[Number | None, int, Number]:
        """A range's second end: 3至5万, 3-5%, 3 to 5 million, between 20 and 30 (and the first end, rescaled)."""
        t = self.t
        r = _AND_RE.match(t, pos) if between else _RANGE_RE.match(t, pos)
        if not r:
            return None, pos, number
        sign = t[c.start - 1 : c.start] if c.start else ""
        after_join = r.end()
        if currency is not None and sign and sign in "$€£¥" and t.startswith(sign, r.end()):
            if _FROM_BEFORE_RE.search(t, max(0, c.start - 8), c.start - 1):
                # "from $7.64 to $10.11 billion": a change told between two amounts, and the magnitude written
                # once is the first one's too
                return None, pos, self._magnitude_of_next(c, number, r.end() + 1, currency)
            after_join += 1  # "$40 to $55 million a year": one range, its sign written on both ends
        nxt = self._next_numeral(after_join, c)
        if nxt is None:
            return None, pos, number
        if t[r.end() : r.end() + 1] in ("-", "−") or (
            r.group(0).strip() in ("-", "—", "–") and nxt.ar is not None and t[nxt.end : nxt.end + 1] == "-"
        ):
            return None, pos, number
        second, pos2 = self._numeral(nxt)
        if second is None or second.upper is not None:
            return None, pos, number
        second, pos2, approx = self._magnitude(second, pos2, currency, nxt.start)
        if second is None or approx is not None:
            return None, pos, number
        if number.magnitude_word == "" and second.magnitude_word:
            word = second.magnitude_word
            factor = MAG_CN.get(word) or MAG_EN[word.lower()]
            number = replace(number, value=number.value * factor, precision=None)
        if second.value <= number.value:
            return None, pos, number
        return second, pos2, number

    def _magnitude_of_next(self, c: _Candidate, number: Number, pos: int, currency: str | None) -> Number:
        """The first amount rescaled by the magnitude word of the amount right after it, when it has none of its
        own and the second has one ("$7.64 to $10.11 billion"); else unchanged."""
        nxt = self._next_numeral(pos, c)
        if nxt is None or nxt.start != pos or number.magnitude_word:
            return number
        second, end = self._numeral(nxt)
        if second is None or second.upper is not None:
            return number
        second, _, approx = self._magnitude(second, end, currency, nxt.start)
        if second is None or approx is not None or not second.magnitude_word:
            return number
        factor = MAG_CN.get(second.magnitude_word) or MAG_EN[second.magnitude_word.lower()]
        precision = number.precision * factor if number.precision is not None else None
        return replace(number, value=number.value * factor, precision=precision)  # $7.64 billion, to the cent

    def _compound(self, pos: int, number: Number, factor: Fraction, dimension: str) -> tuple[int, Number]:
        """Smaller units of the same measure after the first (5 feet 2 inches, 2小时30分钟, 50元6角3分,
        thirteen dollars and forty-five cents): the sum, in the first unit."""
        t = self.t
        total, end, last = number.value, pos, factor
        for _ in range(2):
            m = _COMPOUND_RE.match(t, end)
            if not m:
                break
            part, p = self._numeral_at(m.end(), number.english)
            if part is None or part.upper is not None:
                break
            smaller = self._smaller_unit(p, dimension)
            if smaller is None or smaller[0] >= last:
                break
            total += part.value * smaller[0] / factor
            last, end = smaller
        if end == pos:
            return pos, number
        return end, replace(number, value=total, precision=None)

    def _numeral_at(self, pos: int, english: bool) -> tuple[Number | None, int]:
        """The numeral starting at pos (digits or Chinese; English words after English ones)."""
        t = self.t
        if english:
            m = EN_WORDS_RE.match(t, pos)
            longest = longest_english_number(m.group(0)) if m else None
            if longest is None:
                return None, pos
            return Number(longest[0], None, english=True), pos + longest[1]
        if t[pos : pos + 1] not in _DIGIT_STARTS:
            return None, pos
        m = _core(True).match(t, pos)
        if m is None or m.group("pct") is not None:
            return None, pos
        return self._numeral(_candidate(m))

    def _smaller_unit(self, pos: int, dimension: str) -> tuple[Fraction, int] | None:
        """(factor, end) of a unit of `dimension` at pos; the yuan's 角/毛/分 count only in this place."""
        t = self.t
        if dimension == "[currency_CNY]" and t[pos : pos + 1] in _YUAN_PARTS:
            return _YUAN_PARTS[t[pos]], pos + 1
        inches = _INCHES_RE.match(t, pos) if dimension == "[length]" else None
        if inches:
            return unit_info("inch")[0], inches.end()  # 5 ft 2 in: after feet, "in" is inches
        u = written_units()[0].match(t, pos)
        if u is None:
            return None
        try:
            small, _, small_dimension = unit_info(u.group(1))
        except KeyError:
            return None
        return (small, u.end()) if small_dimension == dimension else None

    def _range_with_units(
        self, c: _Candidate, number: Number, pos: int, unit_written: str
    ) -> tuple[Number | None, int, Number]:
        t = self.t
        r = _RANGE_RE.match(t, pos)
        if not r:
            return None, pos, number
        nxt = self._next_numeral(r.end(), c)
        if nxt is None:
            return None, pos, number
        numeral, p = self._numeral(nxt)
        if numeral is None:
            return None, pos, number  # "000万元-万万": the range's second end is no numeral the reader can read
        second, p, approx = self._magnitude(numeral, p, None)
        if second is None or approx is not None or second.upper is not None:
            return None, pos, number
        u = written_units()[0].match(t, p)
        if u is None or u.group(1) != unit_written or second.value <= number.value:
            return None, pos, number
        return second, u.end(), number

    def _unit(self, c: _Candidate, number: Number, pos: int, currency: str | None) -> _Unit:
        """The unit after the number: as written ("" for none), where it ends, and why it is unread if it is."""
        t = self.t
        if c.pct is not None:
            return _Unit(c.pct, pos)
        p = _PERCENT_RE.match(t, pos)
        if p:
            word = p.group(1)
            return _Unit(word.lower() if word[0].isalpha() else word, p.end())
        if c.cn is not None and t.startswith("分之", pos):
            return _Unit("分之", pos)
        units_re = written_units()[0]
        u = units_re.match(t, pos)
        if currency is not None:
            if currency == "¥":
                currency = self._yen_or_yuan(u.group(1) if u else None)
                if currency is None:
                    return _Unit("", pos, unread="¥ is yen or yuan, and the text does not say which")
            # "$2.6 million dollars" is rare; an explicit currency word after the number is still read.
            if u and _same_dimension_names(u.group(1), currency):
                pos = u.end()
            return _Unit(CURRENCY_SYMBOLS_SHOWN.get(currency, currency), pos, unit_info(currency))
        if u and u.group(1) != "年":  # 年 after a number was handled by the time words
            written = u.group(1)
            if written in _PERSON_NOUNS and _NOUN_COMPOUND_AFTER.match(t, u.end()):
                # 5万居民楼, 3个学生会: the noun begins a longer word, not what is counted
                return _Unit("", pos)
            if written == "个":
                money = units_re.match(t, u.end())
                if money and unit_info(money.group(1))[2].startswith("[currency"):
                    return _Unit(written + money.group(1), money.end(), unit_info(money.group(1)))  # 20个比特币
            if written == "块" and t[u.end() : u.end() + 1] in _CLAUSE_END:
                # 三块 at a clause's end is yuan in speech (花了三块); 三块地, 两块牌子 count things.
                return _Unit("", u.end(), unread="块: yuan or pieces?")
            if (
                written.lower() in ("pounds", "pound", "lb", "lbs")
                and number.magnitude_word.isascii()
                and number.magnitude_word
                and not re.match(r"[ \t]{1,4}of\b", t[u.end() :])
            ):
                sentence = self._sentence_around(pos)
                if STERLING_CONTEXT_RE.search(sentence) and not WEIGHT_CONTEXT_RE.search(sentence):
                    return _Unit(written, u.end(), unit_info("GBP"))  # profit of 361 million pounds
                return _Unit("", u.end(), unread="pounds after a magnitude word: sterling or weight?")
            if (
                _SINGULAR_MEASURE_RE.fullmatch(written)
                and number.value != 1
                and unit_info(written)[2].startswith(("[length]", "[mass]", "[currency"))
                and (noun := _PLURAL_NOUN_AFTER_RE.match(t, u.end())) is not None
            ):
                # "320 yard trees", "20 pound bags", "5 dollar bills": a singular unit before a plural noun
                # says what the things are (yard trees) or how big each is (bags of 20 pounds); which, the
                # words do not tell
                return _Unit(
                    "",
                    noun.end(),
                    unread=f'"{written}{noun.group(0)}": {written} names the things counted or the size of each',
                )
            return _Unit(written, u.end())
        if t.startswith("度", pos) and not self.strict:
            # 度 is a temperature when the clause speaks of one; otherwise an angle or kilowatt-hours.
            clause = self._clause_before(pos)
            if TEMPERATURE_CONTEXT_RE.search(clause):
                scale = "华氏度" if FAHRENHEIT_CONTEXT_RE.search(clause) else "摄氏度"
                return _Unit("度", pos + 1, unit_info(scale))
            return _Unit("", pos + 1, unread="度: a temperature, an angle or kilowatt-hours (度电)?")
        if _TIMES_RE.match(t, pos):
            return _Unit("倍", _TIMES_RE.match(t, pos).end())
        if c.cn is None and (times := (_TIMES_EN_END_RE if self.strict else _TIMES_EN_RE).match(t, pos)):
            # 2.5 times the 2022 level, three times as many, four times larger: a multiple. "times more"
            # stays in the figure's text, since it may mean N or N + 1 times (checks say which they assume).
            return _Unit(times.group(1), times.end(), unit_info("倍"))
        symbol = _UNKNOWN_SYMBOL_AFTER_RE.match(t, pos)
        if symbol and unicodedata.category(symbol.group(1)) == "Sc":
            if symbol.group(1) in ("$", "€", "£"):
                # 10 €, 10 $: the symbol after the amount, as continental Europe writes it.
                code = currency_of_prefix(symbol.group(1))
                return _Unit(CURRENCY_SYMBOLS_SHOWN.get(code, code), symbol.end(), unit_info(code))
            return _Unit("", symbol.end(), unread=f"{symbol.group(1)}: a currency auditor has no unit for")
        if c.cn is None and t.startswith("m", pos) and not _LETTER_OR_SUPERSCRIPT.match(t, pos + 1):
            # 250m in Chinese text, 1.8m tall: metres ("m" for million needs a currency or a counted noun).
            if self._cjk_around(c.start, pos + 1) or _METRE_WORDS_RE.match(t, pos + 1):
                return _Unit("m", pos + 1, unit_info("米"))
        if c.cn is None and t.startswith(" m", pos) and not _LETTER_OR_SUPERSCRIPT.match(t, pos + 2):
            # 12 m high, 1 m x 1 m, 12 m 2 dm: spaced "m" is the metre symbol when a length follows;
            # otherwise (raised 12 m.) it may be million, so it stays unread.
            if _METRE_WORDS_RE.match(t, pos + 2) or _AFTER_A_LENGTH_RE.match(t, pos + 2):
                return _Unit("m", pos + 2, unit_info("米"))
            return _Unit(
                "",
                pos + 2,
                unread='"m" after a number without a currency: metres or million? write 1.8 million or 1.8 metres',
            )
        if c.ar is not None or c.en is not None:
            if t.startswith("°", pos) or (t[pos : pos + 1] == " " and _DEGREES_RE.match(t, pos)):
                end = _DEGREES_RE.match(t, pos).end() if t[pos] == " " else pos + 1
                return _Unit("", end, unread="degrees with no scale: Celsius, Fahrenheit or an angle?")
        # English: a hyphenated unit (27-kilometer, five-year) or a counted noun (300 jobs, 2,000 residents).
        if (c.ar is not None or c.en is not None) and t[pos : pos + 1] in (" ", "-", "\t", "\u00a0"):
            if t[pos] == "-":
                u = units_re.match(t, pos + 1)
                if u and u.group(1).isascii():
                    return _Unit(u.group(1), u.end())
            word = _EN_ANY_CASE_WORD_RE.match(t, pos + 1)
            if word and word.group(0).lower() not in UNKNOWN_CURRENCY_WORDS and t[word.end() : word.end() + 1] == " ":
                # A nationality before the currency word: 250 million Dutch guilders, 10 Turkish lira.
                second = _EN_ANY_CASE_WORD_RE.match(t, word.end() + 1)
                if second and second.group(0).lower() in UNKNOWN_CURRENCY_WORDS:
                    word = second
            if word and word.group(0).lower() in UNKNOWN_CURRENCY_WORDS:
                return _Unit("", word.end(), unread=f'"{word.group(0)}": a currency auditor has no unit for')
            noun = self._count_noun(pos, number, hyphen=t[pos] == "-")
            if noun is None and t[pos] != "-":
                noun = self._noun_at_list_end(pos)
            if noun is not None:
                words, end = noun
                head = words.split()[-1]
                try:
                    info = unit_info(head)
                except KeyError:
                    info = _COUNT
                if info[2] not in COUNTED_DIMENSIONS:
                    info = _COUNT
                return _Unit(words, end, info)
        return _Unit("", pos)

    def _noun_at_list_end(self, pos: int) -> tuple[str, int] | None:
        """The noun of a list whose members name their kind and only the last its noun: "62 one-bedroom, 84
        two-bedroom and 38 three-bedroom apartments" (62 counts apartments). The member at pos is a number and one
        word, then a comma or and / or; at most LIST_MEMBERS members follow in the sentence, the last counting a
        plural noun. Returns (the noun, the end of the member's word) or None."""
        t = self.t
        member = _LIST_MEMBER_WORD_RE.match(t, pos)
        if member is None:
            return None
        end = member.end()
        p = end
        for _ in range(LIST_MEMBERS):
            joint = _LIST_JOINT_RE.match(t, p)
            if joint is None:
                return None
            number = _LIST_NUMBER_RE.match(t, joint.end())
            if number is None:
                return None
            value = _plain_value(number.group(0)) if number.group(0)[:1].isdigit() else 2
            last = joint.group("last") is not None or joint.group("last2") is not None
            noun = self._count_noun(number.end(), Number(value or 2, None))
            if noun is not None:
                # (only after the list's and / or: "62 one-bedroom, 84 units" names two things)
                # (its own kind before the list's noun: "62 one-bedroom" counts one-bedroom apartments)
                return (f"{member.group(1)} {noun[0].split()[-1]}", end) if last else None
            if last:
                return None
            following = _LIST_MEMBER_WORD_RE.match(t, number.end())
            if following is None:
                return None
            p = following.end()
        return None

    def _sentence_around(self, pos: int, limit: int = 160) -> str:
        """The sentence around pos (to the nearest sentence marks, at most `limit` characters each way)."""
        t = self.t
        start = max(0, pos - limit)
        for i in range(pos - 1, start - 1, -1):
            if t[i] in ".!?。！？\n" and (t[i] != "." or not t[i - 1 : i].isdigit()):
                start = i + 1
                break
        end = min(len(t), pos + limit)
        for i in range(pos, end):
            if t[i] in ".!?。！？\n" and (t[i] != "." or not t[i + 1 : i + 2].isdigit()):
                end = i
                break
        return t[start:end]

    def _clause_before(self, pos: int, limit: int = 24) -> str:
        """The text of the clause before pos, back to the last clause break (at most `limit` characters)."""
        t = self.t
        start = max(0, pos - limit)
        for i in range(pos - 1, start - 1, -1):
            if t[i] in _CLAUSE_BREAKS:
                return t[i + 1 : pos]
        return t[start:pos]

    def _cjk_around(self, start: int, end: int) -> bool:
        """A Chinese character stands right before the figure or right after it."""
        t = self.t
        before = t[start - 1] if start else ""
        after = t[end] if end < len(t) else ""
        return bool(_CJK_RE.match(before) or _CJK_RE.match(after))

    def _count_noun(
        self, pos: int, number: Number, hyphen: bool = False, modifiers: bool = True
    ) -> tuple[str, int] | None:
        """The noun an English number counts: "2,000 residents", "14 police officers", "248-page"; None when none.

        The head noun must be plural (a number other than one counts
        several), within three words, with no function word before it; a
        hyphenated adjective (248-page) takes a singular noun. Up to two
        capitalised words of a name may stand before it ("43 Storefront
        Renewal grants", "127 Home Repair Assistance loans", up to three of
        them and four words in all), never after a year ("In 2019 Boston
        voters").
        """
        t = self.t
        words: list[str] = []
        found: tuple[str, int] | None = None
        p = pos
        # three words, and one more after a name ("127 Home Repair Assistance loans")
        for step in range(4):
            if step == 3 and not (words and words[0][:1].isupper()):
                break
            sep = _EN_WORD_RE.match(t, p)
            if not sep or (sep.group(0) == "-" and words):
                break
            token = _EN_TOKEN_RE.match(t, sep.end())
            if not token and not words and modifiers and (acronym := _ACRONYM_MODIFIER_RE.match(t, sep.end())):
                # "11,460 LED lights", "40 EV chargers": an acronym before the counted noun modifies it
                words.append(acronym.group(1))
                p = acronym.end(1)
                continue
            if (
                not token
                and modifiers
                and len(words) < 3
                and all(w[:1].isupper() for w in words)
                and not _year_like(number)
                and (name := _NAME_MODIFIER_RE.match(t, sep.end()))
            ):
                # "43 Storefront Renewal grants", "12 Habitat homes": a program's name before the counted noun
                # (never after a year: "In 2019 Boston voters approved…")
                words.append(name.group(0))
                p = name.end()
                continue
            if not token:
                break
            if words and words[-1][:1].isupper() and not _is_plural(token.group(0)):
                # the name must be followed by the plural noun it modifies
                nxt = _EN_WORD_RE.match(t, token.end())
                after = _EN_TOKEN_RE.match(t, nxt.end()) if nxt else None
                if after is None or not _is_plural(after.group(0)):
                    break
            word = token.group(0)
            modifier = modifiers and word in _COUNT_MODIFIERS and not words and not _year_like(number)
            if (word in EN_NOT_NOUNS and not modifier) or word in TIME_SPAN_UNITS or len(word) < 3:
                break
            words.append(word)
            p = token.end()
            if hyphen and len(words) == 1:
                return word, p
            if _is_plural(word) or (number.value == 1 and len(words) == 1):
                found = " ".join(words), p  # the last plural of the run is the head: 14 police officers
            elif found is not None:
                break
        if (
            found is not None
            and _year_like(number)
            and "," not in t[max(0, pos - 6) : pos]
            and (
                found[0].split()[-1].lower() in _DATED_NOUNS
                # "The 2023 incidents were split among…": a year after "the", what it dates
                or _THE_YEAR_BEFORE_RE.search(t, max(0, pos - 10), pos) is not None
                or _TIME_PREPOSITION_YEAR_RE.search(t, max(0, pos - 12), pos) is not None
            )
        ):
            return None  # "released 2012 divorce statistics", "2013 annual figures": a year, what it dates
        return found

    def _after_group_member(self, start: int) -> bool:
        """The member right before this one in its list counts members of a group the sentence named ("Of the
        1,410 acres, 960 were cropland, 290 pasture and 160 woodland"): this one does too, its verb left out."""
        t = self.t
        position = start
        for _ in range(MAX_LISTED_BEFORE):
            before = _MEMBER_BEFORE_RE.search(t, max(0, position - 48), position)
            if before is None or not _ELLIPSIS_JOIN_BEFORE_RE.search(t, max(0, position - 24), position):
                return False
            if _members_of_named_group(t, before.start(), before.end()):
                return True
            position = before.start()
        return False

    def _elliptic_count(self, start: int, end: int, number: Number) -> bool:
        """A bare number later in a list whose first member counts things by name: "412 patients in March and 380
        in April". Each member between them is bare and set apart by a preposition too; years never count."""
        t = self.t
        if _year_like(number) and "," not in t[start:end]:
            return False  # (1,900 written with its comma is a count, never a year)
        # "598 permits in Old Harbor, 446 in Hillcrest and 324 in Riverside, a total of 1,386": the list's total
        total = _TOTAL_OF_BEFORE_RE.search(t, max(0, start - 30), start)
        if (
            total is None
            and not (
                _ELLIPSIS_JOIN_BEFORE_RE.search(t, max(0, start - 24), start)
                and (_ELLIPSIS_AFTER_RE.match(t, end) or self._after_group_member(start))
            )
            # "wrote 28,900 citations last year, down from 34,100 in 2023": a change's base, of the things counted
            and not _CHANGE_FROM_BEFORE_RE.search(t, max(0, start - 12), start)
        ):
            return False
        if total is not None:
            start = total.start()
        window_start = max(0, start - 200)
        sentence = _SENTENCE_BACK_RE.search(t[window_start:start])
        earlier = list(_DIGITS_BACK_RE.finditer(t, window_start + (sentence.end() if sentence else 0), start))
        for member in reversed(earlier[-4:]):
            value = _plain_value(member.group(0))
            if value is None:
                return False
            if len(member.group(0)) == 4 and _year_like(Number(value, None)) and t.startswith(":", member.end()):
                continue  # "wrote 31,400 citations in 2023: 18,200 for…": the total's year before the colon
            if (
                len(member.group(0).rstrip(",")) == 4
                and _year_like(Number(value, None))
                and _YEAR_AFTER_PREPOSITION_RE.search(t, max(0, member.start() - 8), member.start())
            ):
                continue  # "issued 31,200 citations in 2024, down from 34,010": a year between, no member
            if self._count_noun(member.end(), Number(value, None)) is not None:
                return not t[member.start() - 1 : member.start()].isalpha()
            if _OF_GROUP_BEFORE_RE.search(t, max(0, member.start() - 12), member.start()):
                continue  # "…, of which 1,940 came in the spring and 1,280 in the fall": a member, as this one
            if _members_of_named_group(t, member.start(), member.end()) or self._after_group_member(member.start()):
                return True  # "Of the 1,410 acres, 960 were cropland, 290 pasture": members of the group, as this one
            if not (
                _ELLIPSIS_AFTER_RE.match(t, member.end())
                and _ELLIPSIS_JOIN_BEFORE_RE.search(t, max(0, member.start() - 24), member.start())
            ):
                return False
        return False

    def _count_noun_follows(self, pos: int) -> bool:
        # Asked before a number is read as a year: "2019 new rules" stays a year (no modifiers here).
        return self._count_noun(pos, Number(Fraction(2), None), modifiers=False) is not None

    def _yen_or_yuan(self, written_after: str | None) -> str | None:
        """What ¥ means here: the currency word after it, else the text's language and words; None if unclear."""
        if written_after in ("元", "人民币", "yuan", "RMB"):
            return "CNY"
        if written_after in ("日元", "yen"):
            return "JPY"
        if self._yen is None:
            yen = bool(YEN_CONTEXT_RE.search(self.t))
            yuan = bool(YUAN_CONTEXT_RE.search(self.t))
            self._yen = "CNY" if yuan and not yen else "JPY" if yen and not yuan else ""
        return self._yen or None

    def _rate(
        self, pos: int, unit_written: str, factor: Fraction, base: str, dimension: str, prefix_start: int
    ) -> tuple[str | None, int, tuple | None]:
        """A per-unit figure: (denominator as written, end, (factor, base, dimension)) or (None, pos, None)."""
        t = self.t
        if dimension in ("[percent]", "[percentage_point]", "[multiple]", "[calendar]"):
            return None, pos, None
        r = _RATE_RE.match(t, pos)
        if r:
            units_re = written_units()[0]
            p = r.end()
            count = Fraction(1)
            m = _core(True).match(t, p)
            denominator_currency = None
            if r.group(0).strip() == "per" or r.group(0).strip().startswith("per"):
                cur = re.match(r"(US\$|\$|€|£)", t[p : p + 3])
                if cur:
                    denominator_currency = CURRENCY_PREFIXES[cur.group(1)]
                    p += len(cur.group(1))
                    m = _core(True).match(t, p)
            if m and m.group("pct") is None:
                numeral, p2 = self._numeral(_candidate(m))
                if numeral is not None and numeral.upper is None:
                    numeral, p2, _ = self._magnitude(numeral, p2, None)
                    if numeral is not None and numeral.value > 0:
                        count, p = numeral.value, p2
            if denominator_currency is not None:
                below = unit_info(denominator_currency)
                written = t[r.end() : p]
            else:
                u = units_re.match(t, p)
                if u:
                    try:
                        below = unit_info(u.group(1))
                    except KeyError:
                        return None, pos, None
                    written = t[r.end() : u.end()].strip()
                    p = u.end()
                else:
                    noun = (
                        self._count_noun(p, Number(count if count != 1 else Fraction(2), None))
                        if t[p : p + 1] == " "
                        else None
                    )
                    token = _EN_TOKEN_RE.match(t, p + 1) if t[p : p + 1] == " " else None
                    if token is None or token.group(0) in EN_NOT_NOUNS:
                        return None, pos, None
                    head = token.group(0)
                    try:
                        below = unit_info(head)
                    except KeyError:
                        below = (Fraction(1), "count", "[count]")
                    written = t[r.end() : token.end()].strip()
                    p = token.end()
                    del noun
            if below[1] == "" or "/" in below[1] or below[2] == "[calendar]":
                return None, pos, None
            top = (factor, base or "count", dimension or "[count]")
            if not base:
                top = (Fraction(1), "count", "[count]")
            lower = below[2] if " " not in below[2] or below[2].count("[") == 1 else f"({below[2]})"
            return written, p, (top[0] / (below[0] * count), f"{top[1]}/{below[1]}", f"{top[2]} / {lower}")
        if dimension and dimension not in ("[time]",) and base:
            after = _PER_CAPITA_AFTER_RE.match(t, pos)
            if after:
                return "person", after.end(), (factor, f"{base}/person", f"{dimension} / [person]")
            lead = self._per_capita_before(prefix_start) if t[prefix_start - 1 : prefix_start] in _PER_LAST else None
            if lead is not None and dimension not in ("[person]", "[household]"):
                below = "person" if lead == "人均" else "household"
                return lead, pos, (factor, f"{base}/{below}", f"{dimension} / [{below}]")
        return None, pos, None

    def _per_capita_before(self, pos: int) -> str | None:
        """人均 or 户均 right before the number (人均4500元, 户均增收达3000元); else None.

        Only right before it: a figure reads the same in any quote that holds
        it. 人均 further back in the clause (人均可支配收入3.2万元) is what the
        figure is about, which the figure's frame records, not its unit.
        """
        m = _PER_CAPITA_BEFORE_RE.search(self.t, max(0, pos - 6), pos)
        return m.group(1) if m else None

    def _shared_unit(self, pos: int) -> tuple[str, Figure] | None:
        """The unit of the next figure in a list (2.16和1.66个百分点): the joiner and that figure."""
        t = self.t
        j = _LIST_RE.match(t, pos)
        if j is None:
            return None
        m = _core(self.strict).match(t, j.end())
        if m is None or m.group("pct") is not None:
            return None
        nxt = _candidate(m)
        nested = _Reader(t, self.implied, self.strict)
        figure, _, _ = nested.read(nxt)
        if figure is None or figure.kind not in ("quantity", "percent", "multiple") or figure.start != nxt.start:
            return None
        return j.group(1), figure

    def _with_shared_unit(
        self,
        c: _Candidate,
        number: Number,
        prefix_start: int,
        pos: int,
        qualifiers: list[str],
        direction: int | None,
        shared: tuple[str, Figure],
    ) -> tuple[Figure | None, int, None]:
        """The number read with the unit (and magnitude word) of the figure after it in the list."""
        _, later = shared
        if (
            number.magnitude_word
            or later.written_unit in CURRENCY_SYMBOLS_SHOWN.values()
            or (c.cn is None) != (not any("\u4e00" <= ch <= "\u9fff" for ch in later.text[:1]))
        ):
            return None, c.end, None
        unit_part = _unit_part(later.written_unit)
        magnitude = later.written_unit[: len(later.written_unit) - len(unit_part)]
        try:
            factor, base, dimension = unit_info(unit_part)
        except KeyError:
            return None, c.end, None
        if magnitude:
            number = number.scaled(MAG_CN[magnitude], magnitude)
        figure = self._build(
            prefix_start,
            pos,
            later.kind,
            number,
            None,
            qualifiers,
            factor,
            base,
            later.written_unit,
            dimension,
            direction=direction if direction is not None else later.direction,
        )
        return figure, pos, None

    def _fraction(
        self, c: _Candidate, denominator: Number, prefix_start: int, qualifiers: list[str], direction: int | None
    ) -> Figure | None:
        """三分之一 → 100/3 %, 四分之三 → 75%: a share written as a fraction."""
        t = self.t
        p = c.end + 2
        m = _core(True).match(t, p)
        if m is None or m.group("cn") is None or denominator.value <= 0 or denominator.upper is not None:
            return None
        numerator, end = self._numeral(_candidate(m))
        if numerator is None or numerator.upper is not None or numerator.value > denominator.value * 100:
            return None
        value = Fraction(numerator.value) / denominator.value * 100
        number = Number(value, None, chinese=True)
        post = POST_CN_RE.match(t, end)
        if post is not None:
            qualifiers = [*qualifiers, post.group(1)]  # 三分之一左右, 三分之二以上
            end = post.end()
        return self._build(
            prefix_start,
            end,
            "percent",
            number,
            None,
            qualifiers,
            Fraction(1),
            "percent",
            "分之",
            "[percent]",
            direction=direction,
        )

    def _plausible(
        self,
        c: _Candidate,
        number: Number,
        unit: str,
        dimension: str,
        qualifiers: list[str],
        pos: int,
        second: Number | None,
        currency: str | None,
        direction: int | None,
    ) -> bool:
        """The quiet rules: when a numeral in prose is not a figure."""
        t = self.t
        following = t[pos] if pos < len(t) else ""
        if number.positional and not self.strict:
            return False
        if number.chinese:
            if following and following in CN_NUMERAL_CHARS and following != "几" and not self.strict:
                return False  # 七个一, 四年一贯制: part of a name
            if not unit and not self.strict and not _compared(qualifiers):
                return False
            if number.lone_magnitude and not qualifiers and not self.strict and c.pct is None:
                return False  # 千万工程, 万个, 百人援疆 (but 百分之百)
            if number.one_char and number.value == 1 and dimension in _ARTICLE_DIMENSIONS and second is None:
                return False  # 一批, 一个, 一项: "a", not "one" (also for parse())
            if (
                number.one_char
                and not self.strict
                and (
                    unit == "分"
                    or (
                        number.value == 1
                        and not (
                            dimension in _ONE_CHAR_DIMENSIONS
                            or unit in _ONE_CHAR_TIME_UNITS
                            or qualifiers
                            or direction
                            or second is not None
                            or dimension.startswith("[currency")
                            or dimension in ("[percent]", "[percentage_point]", "[multiple]")
                            or t.startswith("半", pos - 1)
                        )
                    )
                )
            ):
                # 十分 means "very"; 一 before a measure is "a" unless the words say it is one (近一吨, 一吨半,
                # 一美元). Other one-character numerals are read (十斤, 两米); place names that begin with one
                # (奎屯市三公里半) are left out where the place's name stands before them.
                return False
        elif number.english:
            if not self.strict and _DIGITS_RIGHT_BEFORE_RE.search(t, max(0, c.start - 16), c.start):
                return False  # "84 two-bedroom": a number word right after a count is its members' size, no figure
            if (
                not unit
                and not number.magnitude_word
                and not self.strict
                # ("Of the 14 projects, nine are complete, four are under construction…": members of the group)
                and not (number.value > 1 and _members_of_named_group(t, c.start, pos))
            ):
                return False  # a number word alone: "one of", "two"
            if (
                number.one_char
                and dimension in _ARTICLE_DIMENSIONS
                and not self.strict
                and unit not in ("person", "people")
            ):
                return False  # "one thing", "one resident": rarely an amount to check
        else:
            if (
                following
                and following.isascii()
                and (following.isalnum() or (following == "+" and t[pos + 1 : pos + 2].isdigit()))
                and not self.strict
                and (not unit or unit[-1].isascii())
            ):
                return False  # 3D, 5A级, 8+1 (after 人民币 a digit starts the next figure)
            if (
                not unit
                and not number.magnitude_word
                and not self.strict
                and not _compared(qualifiers)
                and not _OF_GROUP_RE.match(t, pos)
                and not _members_of_named_group(t, c.start, pos)
                and not self._elliptic_count(c.start, pos, number)
            ):
                # a bare number: 66号, 95后, 10:30 (but 大于50, 低于35: a bound; "2,968 of them": members of a
                # group counted before it)
                return False
            if (
                dimension in _ARTICLE_DIMENSIONS
                and unit
                and unit.isascii()
                and not self.strict
                and currency is None
                and self._labelled(c.start)
            ):
                return False  # Route 66, Boeing 737 jets: a name, not an amount
            if (
                unit
                and not self.strict
                and number.value in _SERVICE_NUMBERS
                and t[c.start : c.start + 3].isdigit()
                and _SERVICE_NOUN_RE.match(unit.split()[-1])
            ):
                return False  # "84,310 of the 911 calls", "311 requests": a service's number, not a count
            if (
                unit == "届"
                and number.value.denominator == 1
                and YEAR_RANGE[0] <= number.value <= YEAR_RANGE[1]
                and not self.strict
            ):
                return False  # 2024届: a graduating class, not 2024 items
        if following == "制" and not self.strict:
            return False  # 五人制
        return True

    def _labelled(self, start: int) -> bool:
        """A capitalised word stands before the number (Route 66, Proposition 13, Boeing 737), not a
        qualifier or a preposition that starts a sentence (About 300, In 2019)."""
        t = self.t
        m = _LABEL_BEFORE_RE.search(t, max(0, start - 24), start)
        return m is not None and m.group(1) not in EN_LABEL_EXCEPTIONS

    def _build(
        self,
        start: int,
        end: int,
        kind: str,
        number: Number,
        second: Number | None,
        qualifiers: list[str],
        factor: Fraction,
        base: str,
        written: str,
        dimension: str,
        qualifier_text: str | None = None,
        direction: int | None = None,
        between: bool = False,
    ) -> Figure:
        value = number.value
        low: Fraction | None
        high: Fraction | None
        if second is None and number.upper is not None:
            # A numeral that is itself a range (两三万, 十几, 数百).
            second = Number(number.upper, None)
            upper_inclusive = number.upper_inclusive
            qualifiers = [*qualifiers, number.vague or "至"]
        else:
            upper_inclusive = True
        if second is not None:
            # A qualified range takes the qualifier at both ends: 约3000至4000人 → [2700, 4400].
            ends = (value, second.value)
            pre = [q for q in qualifiers if q.lower() in PRE_QUALIFIERS]
            range_word = "between" if between else "至"
            rest = [q for q in qualifiers if q.lower() not in PRE_QUALIFIERS]
            if number.vague and number.upper is not None:
                range_word = rest.pop() if rest else range_word
            qualifiers = [*pre, range_word, *rest]
            low, high, low_inc, high_inc = (
                (None, None, False, False) if len(qualifiers) > 1 else (value, second.value, True, upper_inclusive)
            )
        elif not qualifiers and self.implied and number.precision is not None:
            half = Fraction(number.precision) / 2
            low, high, low_inc, high_inc = value - half, value + half, True, False
        elif qualifiers:
            low, high, low_inc, high_inc = None, None, False, False
        else:
            low, high, low_inc, high_inc = value, value, True, True
        for word in qualifiers:
            rule = PRE_QUALIFIERS.get(word.lower()) or POST_QUALIFIERS.get(word)
            if rule is None:
                continue
            if second is not None:
                bounds = hull(rule_interval(rule, ends[0]), rule_interval(rule, ends[1]))
            else:
                bounds = rule_interval(rule, value)
            low, high, low_inc, high_inc = intersect((low, high, low_inc, high_inc), bounds)
        if (
            second is not None
            and low is None
            and high is None
            and not any(PRE_QUALIFIERS.get(q.lower()) or POST_QUALIFIERS.get(q) for q in qualifiers)
        ):
            low, high, low_inc, high_inc = value, second.value, True, upper_inclusive
        if factor != 1:
            low = None if low is None else low * factor
            high = None if high is None else high * factor
            value = value * factor
        if type(value) is int:  # the reading kept whole numbers as ints; a Figure holds Fractions
            value = Fraction(value)
        if type(low) is int:
            low = value if low == value else Fraction(low)
        if type(high) is int:
            high = low if high == low else Fraction(high)
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
            direction=direction,
        )

    # --- years, dates, spans, anniversaries ------------------------------------
    def _time(
        self,
        c: _Candidate,
        number: Number,
        second: Number | None,
        start: int,
        pos: int,
        qualifiers: list[str],
        direction: int | None,
    ) -> tuple[Figure | None, int] | None:
        t = self.t
        if (
            c.en is None
            and c.ar is not None
            and number.value.denominator == 1
            and not number.magnitude_word
            and self._latin_near(c.start, pos)
        ):
            english = self._english_time(c, number, second, start, pos, qualifiers)
            if english is not None:
                return english
        if (
            c.ar is not None
            and len(c.ar) == 4
            and second is not None
            and is_year_pair(number, second)
            and not written_units()[0].match(t, pos)
            and not t.startswith(("年", "%"), pos)
        ):
            # 2016-2018, 从2016到2018: a range of years written without 年.
            figure = dates.english_year(t, start, pos, int(number.value), int(second.value), False)
            return (figure, pos) if figure is not None else None
        if pos >= len(t) or t[pos] not in _TIME_STARTS:
            return None
        after = pos
        while after < len(t) and t[after] in " \t\u00a0\u3000":
            after += 1
        ch = t[after] if after < len(t) else ""
        is_int = number.value.denominator == 1 and not number.magnitude_word and number.upper is None
        if ch == "年" and not t.startswith(("年级", "年代"), after):
            year_like = (
                is_int
                and not qualifiers
                and ((c.ar is not None and len(c.ar) == 4) or (number.positional and len(c.cn) == 4))
                and YEAR_RANGE[0] <= number.value <= YEAR_RANGE[1]
            )
            if (
                not year_like
                and is_int
                and not qualifiers
                and second is None
                and c.ar is not None
                and len(c.ar) in (3, 4)
                and (t[start - 1 : start] in _YEAR_PREPOSITIONS or t.endswith("公元", 0, start))
                and t[after + 1 : after + 2] not in _NOT_A_YEAR_AFTER
            ):
                # 在789年, 于1040年建成, 公元618年: a year before 1900, as its preposition says; 在100年前 and
                # 在300年间 stay spans.
                return dates.calendar_figure(t, start, after + 1, int(number.value), None)
            if year_like:
                last = int(second.value) if second is not None and second.value.denominator == 1 else None
                if second is not None and last is None:
                    return None, c.end
                return dates.calendar_figure(t, start, after + 1, int(number.value), last)
            two_digits = (c.ar is not None and len(c.ar) == 2) or (
                c.cn is not None and len(c.cn) == 2 and (number.positional or c.cn[0] in "〇零")
            )
            if (
                is_int
                and not qualifiers
                and second is None
                and two_digits
                and (
                    (c.ar or c.cn)[0] in "0〇零"
                    or dates.MONTH_RE.match(t, after + 1)
                    and dates.DAY_RE.match(t, dates.MONTH_RE.match(t, after + 1).end())
                )
            ):
                # 07年, 零八年: a year written with two digits (a span never starts with 0); 18年10月1日 too.
                value = dates.small_number(c.ar) if c.ar else dates._positional_year(c.cn)
                if value is not None:
                    return dates.calendar_figure(t, start, after + 1, dates.two_digit_year(value), None)
            if number.positional:
                return None, c.end
            return self._span(c, number, second, start, after, qualifiers, "年", direction)
        if ch == "周" and t.startswith("周年", after) and is_int and second is None:
            end = after + 2
            if number.chinese and end < len(t) and t[end] in CN_NUMERAL_CHARS and not self.strict:
                return None, c.end
            value = Fraction(number.value)
            _, _, dimension = unit_info("年")
            return Figure(
                t[start:end],
                start,
                end,
                "anniversary",
                value,
                value,
                True,
                True,
                value,
                "year",
                "周年",
                dimension,
                "…".join(qualifiers) or None,
            ), end
        if ch == "月" and is_int and 1 <= number.value <= 12 and not qualifiers:
            if (
                number.chinese
                and (number.one_char or number.value == 1)
                and not RELATIVE_RE.search(t, 0, start)
                and not dates.DAY_RE.match(t, after + 1)
                and not _MONTH_RANGE_AFTER_RE.match(t, after + 1)
            ):
                return None, c.end  # 三月 alone is too often part of a name (三月三); 一月十日 and Arabic 3月 are read
            last = None
            if second is not None:
                if second.value.denominator != 1:
                    return None, c.end
                last = int(second.value)
            return dates.month_figure(t, start, after, int(number.value), last)
        if ch == "个" and t.startswith("个半月", after) and is_int and second is None:
            # 三个半月: three and a half months.
            half = replace(number, value=number.value + Fraction(1, 2))
            return self._span(c, half, None, start, after, qualifiers, "个半月", direction)
        return None

    def _latin_near(self, start: int, end: int) -> bool:
        """A Latin letter or a space stands right around the number: English dates and years are possible."""
        t = self.t
        before = t[start - 1] if start else ""
        after = t[end] if end < len(t) else ""
        return (before.isascii() and not before.isdigit()) or (after.isascii() and not after.isdigit() and after != "")

    def _english_time(
        self, c: _Candidate, number: Number, second: Number | None, start: int, pos: int, qualifiers: list[str]
    ) -> tuple[Figure | None, int] | None:
        """English dates and years: June 18, 2024 / in 2019 / fiscal 2025 / 2019-20."""
        t = self.t
        value = int(number.value)
        if not (
            _LETTER_AROUND.search(t, max(0, start - 12), start)
            or _LETTER_AROUND.match(t, pos + 1)
            or _LETTER_AROUND.match(t, pos)
        ):
            return None
        if _LETTER_AROUND.match(t, pos):
            return None  # the 1990s, 3rd, 5G: a letter goes on from the number
        if second is None and not qualifiers and len(c.ar) <= 4:
            found = dates.english_date(t, c.start, c.end, value)
            if found is not None:
                return found
        fiscal = _FISCAL_BEFORE_RE.search(t, max(0, start - 14), start)
        if fiscal and len(c.ar) == 2 and second is None:
            year = 2000 + value
            figure = dates.english_year(t, start, pos, year, None, True, text_start=fiscal.start())
            return figure, pos
        if (
            len(c.ar) == 4
            and OLD_YEAR_FLOOR <= value < YEAR_RANGE[0]
            and second is None
            and not qualifiers
            and (
                _FOUNDED_IN_BEFORE_RE.search(t, max(0, start - 48), start)
                # "…with electric arc lamps in 1896, 118 years ago": a time back from it says it is a year
                or (_IN_BEFORE_RE.search(t, max(0, start - 4), start) and _YEARS_AGO_AFTER_RE.match(t, pos))
            )
            and not _LETTER_AROUND.match(t, pos)
            and not self._count_noun_follows(pos)
        ):
            # "Brenlow, incorporated in 1871,": a year before 1900, as the founding verb before it says
            return dates.english_year(t, start, pos, value, None, False), pos
        if len(c.ar) != 4 or not YEAR_RANGE[0] <= value <= YEAR_RANGE[1] or "," in c.ar or qualifiers:
            return None
        last = None
        end = pos
        if second is not None:
            last = int(second.value) if second.value.denominator == 1 else None
            if last is None or not YEAR_RANGE[0] <= last <= YEAR_RANGE[1]:
                return None
        else:
            short = re.match(r"[-–/](\d{2})(?![\d%])", t[pos : pos + 4])
            if short and (value + 1) % 100 == int(short.group(1)):
                last = value - value % 100 + int(short.group(1)) + (100 if int(short.group(1)) < value % 100 else 0)
                end = pos + short.end()
        if t[end : end + 1] in ("年", "%") or _PERCENT_RE.match(t, end):
            return None
        # A year unless it counts something: 2000 residents is an amount, the 2019 budget is a year.
        if (
            last is None
            and (self._count_noun_follows(end) or written_units()[0].match(t, end))
            and not _TIME_PREPOSITION_YEAR_RE.search(t, max(0, end - 12), end)
        ):
            return None
        if fiscal and not t[fiscal.start() : start].strip().lower().startswith("fy"):
            begin = fiscal.start()
        elif fiscal:
            begin = fiscal.start()
        else:
            begin = start
        figure = dates.english_year(t, start, end, value, last, bool(fiscal), text_start=begin)
        return (figure, end) if figure is not None else None

    def _span(
        self,
        c: _Candidate,
        number: Number,
        second: Number | None,
        start: int,
        unit_pos: int,
        qualifiers: list[str],
        unit: str,
        direction: int | None,
    ) -> tuple[Figure | None, int]:
        t = self.t
        end = unit_pos + len(unit)
        if number.chinese and not self.strict:
            if number.lone_magnitude and not qualifiers:
                return None, c.end  # 百年大计, 千年
        if number.chinese and number.one_char and number.value == 1 and not t.startswith("半", end) and unit == "年":
            return None, c.end  # 一年: "a year", too vague to read
        written = "个月" if unit == "个半月" else unit
        factor, base, dimension = unit_info(written)
        qualifier_text = None
        extra = _SPAN_SUFFIX_RE.match(t, end)
        value_number = number
        if extra:
            word = extra.group(1)
            end = extra.end()
            if word == "半":
                value_number = replace(number, value=number.value + Fraction(1, 2), precision=None)
            elif word in ("来", "以来", "间"):
                qualifier_text = word
            else:
                qualifiers = [*qualifiers, word]
        if number.chinese and end < len(t) and t[end] in CN_NUMERAL_CHARS and not self.strict:
            return None, c.end  # 四年一贯制
        word = _SPAN_TIME_WORD_RE.match(t, end)
        if word:
            end = word.end()
        recent = [q for q in qualifiers if q == "近"]
        if recent:
            # 近3年 is "the past three years", not "nearly three years".
            qualifiers = [q for q in qualifiers if q != "近"]
            qualifier_text = "近"
        figure = self._build(
            start, end, "span", value_number, second, qualifiers, factor, base, written, dimension, direction=direction
        )
        if qualifier_text is not None:
            joined = "…".join([qualifier_text, *([figure.qualifier] if figure.qualifier else [])])
            figure = replace(figure, qualifier=joined)
        return figure, end

    def _ordinal(self, c: _Candidate) -> Figure | None:
        t = self.t
        if c.ar is not None:
            arabic = read_arabic(c.ar)
            if arabic is None or arabic[1]:
                return None
            value = arabic[0]
        else:
            number = read_chinese(c.cn, positional_ok=False)
            if number is None or number.value.denominator != 1 or number.upper is not None:
                return None
            value = number.value
        u = ORDINAL_RE.match(t, c.end)
        if u is None:
            return None  # 第二中学, 第一时间: names and idioms
        end = u.end()
        start = c.start - 1
        value = Fraction(value)
        return Figure(t[start:end], start, end, "ordinal", value, value, True, True, value, "", u.group(1), "", "第")


# Directions by the word before the figure, longest first.
_DIRECTION_WORDS = tuple(sorted(DIRECTION_CN.items(), key=lambda item: (-len(item[0]), item[0])))
_DIRECTION_NOUNS = ("增幅", "涨幅", "降幅", "跌幅")
# The last character of every wording DIRECTION_CN_RE matches (the verb, or 了/达/到/为/是 after it).
_DIRECTION_LAST_CHARS = frozenset(w[-1] for w in DIRECTION_CN) | frozenset("了达到为是 \t\u3000")
# Verbs whose object is an amount ("raised $2.4 million" for a fund): a change only with "by".
_AMOUNT_TAKING_VERBS = frozenset({"raised", "raise", "raises", "raising"})
# Verbs whose particle up / down comes before the amount they take: "signed up 10,420 children", "made up
# 25.7%", "paid down $3 million". (Not ramped / stepped / scaled up, which tell a change, nor the market's closed,
# ended, opened, turned or picked up / down, which do too: "closed up 2.4%", "ended down 412 points".)
_PARTICLE_VERB_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:sign|set|take|took|make|made|add|sum|round|rack|chalk|tot|tally|"
    r"snap|scoop|rang|ring|run|ran|pay|paid|shut|hand|put|break|broke|wind|wound|lock|tie|tied|"
    r"use|used|eat|ate|gobble|soak|free|clean)"
    r"(?:s|ed|d|ing|en|n)?[ \t]{1,2}$"
)
# The last character before a numeral for each reader of the left context (currency, sign, qualifier,
# "between", direction): a numeral after any other character has nothing on its left to read.
_LEFT_CONTEXT_LAST = CURRENCY_LAST_CHARS | PRE_LAST_CHARS | _DIRECTION_LAST_CHARS | frozenset("负-−– \t\u00a0")
# First characters after a number that can begin 多/余, a magnitude word or a time word.
_MAGNITUDE_STARTS = frozenset("多余万亿千百tmbkTMBK \t\u00a0\u3000")
_TIME_STARTS = frozenset("年月周个 \t\u00a0\u3000")
_SPAN_SUFFIX_RE = re.compile(WS + "(以来|来|间|以上|以内|左右|多|余|半)")
_SPAN_TIME_WORD_RE = re.compile("时间")  # 1年时间, 一年半时间: the same span
# Written units whose numbers may take 多/余 after the unit (2年多, 5公里多).
_POST_APPROX_DIMENSIONS = frozenset({"[time]", "[length]", "[mass]", "[length] ** 2", "[length] ** 3"})
# A list member named by its kind alone (" one-bedroom" before ", 84 two-bedroom and 38 three-bedroom apartments"),
# what joins members, and a member's number (digits or a number word).
_LIST_MEMBER_WORD_RE = re.compile(r"[ \t]([a-z][\w'’]{0,20}(?:-[a-z]{1,20}){0,2})(?=,[ \t]|[ \t](?:and|or)[ \t])")
_LIST_JOINT_RE = re.compile(r",[ \t]{1,2}(?P<last>(?:and|or)[ \t]{1,2})?|[ \t]{1,2}(?P<last2>(?:and|or)[ \t]{1,2})")
_LIST_NUMBER_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,6}(?![\d,.])|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
)
LIST_MEMBERS = 5


# A count in digits right before an English number word: "84 two-bedroom" (the word is its members' size).
_DIGITS_RIGHT_BEFORE_RE = re.compile(r"(?<![\w.,])\d(?:[\d,]*\d)?[ \t]$")


# What a one-character Chinese numeral may count on its own: things, people, households, years.
_ONE_CHAR_DIMENSIONS = frozenset({"[count]", "[person]", "[household]", "[person_time]"})
_ONE_CHAR_TIME_UNITS = frozenset({"年", "个月", "周", "岁", "周岁", "个星期"})
# Measure words after 一 that make it the article "a" (一批, 一个, 一位).
_ARTICLE_DIMENSIONS = frozenset({"[count]", "[person]", "[household]", "[person_time]"})


def is_year_pair(first: Number, second: Number) -> bool:
    """Two numbers that read as the first and last year of a range (2016-2018)."""
    low, high = first.value, second.value
    return (
        low.denominator == high.denominator == 1
        and YEAR_RANGE[0] <= low < high <= YEAR_RANGE[1]
        and high - low <= 100
        and not first.magnitude_word
        and not second.magnitude_word
    )


# An English unit word in the singular (yard, pound, acre, dollar; not yards, feet, lbs, km).
_SINGULAR_MEASURE_RE = re.compile(r"(?!feet)[a-z]{3,}(?<!s)")
# …followed by a plural noun: "yard trees", "pound bags" (not "yard line", nor "per").
_PLURAL_NOUN_AFTER_RE = re.compile(r"[ \t]{1,2}(?!per\b|plus\b|less\b|was\b|has\b|is\b|as\b|this\b|thus\b)[a-z]{2,}s\b")


def _same_dimension_names(written: str, other: str) -> bool:
    try:
        return unit_info(written)[2] == unit_info(other)[2]
    except KeyError:
        return False


def _unit_part(written: str) -> str:
    """万元 → 元, 亿人次 → 人次: the unit without a leading magnitude word."""
    for word in ("万亿", "千万", "百万", "万", "亿"):
        if written.startswith(word) and len(written) > len(word):
            return written[len(word) :]
    return written


def _step(value: Fraction) -> Fraction:
    from auditor.figures.model import last_nonzero_step

    return last_nonzero_step(value)


# --- entry points ---------------------------------------------------------------


# A number written all in full-width forms groups its digits with the full-width comma (５２０，９２４．５): that comma
# is its own separator, not a slip of the input method.
_FULL_WIDTH_GROUP_SEPARATOR = re.compile("(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def _prepare(text: str) -> str:
    if not _NEEDS_FOLD.search(text):
        return text
    return _FULL_WIDTH_GROUP_SEPARATOR.sub(",", text).translate(_FOLD)


def _english_candidates(t: str) -> list[_Candidate]:
    """English number words, each trimmed to the longest run that reads as a number."""
    if not _LETTER_AROUND.search(t):
        return []
    found = []
    for m in EN_WORDS_RE.finditer(t):
        longest = longest_english_number(m.group(0))
        if longest is not None:
            end = m.start() + longest[1]
            found.append(_Candidate(m.start(), end, en=t[m.start() : end]))
    return found


# Two bounds on one quantity, written one after the other (最多100最少20个, at most 100 and at least 20
# apples, 不少于20个、不超过100个), are one range: the lower bound of one and the upper bound of the other.
_BOUND_SIDES = {
    word: ("low" if rule in ("at_least", "over") else "high")
    for word, rule in PRE_QUALIFIERS.items()
    if rule in ("at_least", "over", "at_most", "below") and len(word) > 1
}
_BOUND_JOIN = r"[ \t]{0,2}(?:,|，|、|and|but|但)?[ \t]{0,2}"
_BARE_BOUND_BEFORE_RE = re.compile(
    r"(?i)(?<![A-Za-z])("
    + "|".join(sorted(map(re.escape, _BOUND_SIDES), key=lambda w: (-len(w), w)))
    + r")[ \t]{0,2}(\d{1,12}(?:\.\d{1,6})?|[零〇一二两三四五六七八九十百千]{1,8})"
    + _BOUND_JOIN
    + "$"
)
_BOUND_JOIN_RE = re.compile(_BOUND_JOIN)


def _bound_side(figure: Figure) -> str | None:
    """ "low" or "high" when the figure is one bound written with one qualifier word, else None."""
    if figure.qualifier is None or "…" in figure.qualifier:
        return None
    side = _BOUND_SIDES.get(figure.qualifier.lower())
    if side == "low" and figure.high is None and figure.low is not None:
        return side
    if side == "high" and figure.high is not None:
        return side
    return None


def _join_bounds(t: str, figures: list[Figure]) -> list[Figure]:
    """Figures with each pair of opposite bounds on one quantity joined into one range."""
    joined: list[Figure] = []
    for figure in figures:
        side = _bound_side(figure)
        if side is None:
            joined.append(figure)
            continue
        previous = joined[-1] if joined else None
        other = _bound_side(previous) if previous is not None else None
        if (
            other is not None
            and other != side
            and previous.unit == figure.unit
            and previous.dimension == figure.dimension
            and _BOUND_JOIN_RE.fullmatch(t, previous.end, figure.start)
        ):
            low, high = (previous, figure) if other == "low" else (figure, previous)
            if low.low <= high.high:
                joined[-1] = _range_of_bounds(t, previous.start, figure, low, high, previous.qualifier)
                continue
        floor = previous.end if previous is not None else 0
        m = _BARE_BOUND_BEFORE_RE.search(t, max(floor, figure.start - 40), figure.start)
        if m is None or _BOUND_SIDES[m.group(1).lower()] == side:
            joined.append(figure)
            continue
        after_word = figure.start + len(figure.qualifier)
        while t[after_word : after_word + 1] in (" ", "\t"):
            after_word += 1
        written = _core(True).match(t, after_word)
        own = None
        if written is not None:
            own_numeral = _candidate(written)
            own = _plain_value(own_numeral.ar or own_numeral.cn or "")
        value = _plain_value(m.group(2))
        if value is None or not own or figure.nominal is None:
            joined.append(figure)
            continue
        value = Fraction(value) * figure.nominal / own
        bound = replace(
            figure,
            low=value if side == "high" else None,
            high=value if side == "low" else None,
            low_inclusive=True,
            high_inclusive=True,
            nominal=value,
        )
        low, high = (bound, figure) if side == "high" else (figure, bound)
        if low.low > high.high:
            joined.append(figure)
            continue
        joined.append(_range_of_bounds(t, m.start(), figure, low, high, m.group(1)))
    return joined


def _plain_value(numeral: str) -> Fraction | None:
    """The value of an Arabic or Chinese numeral as written, without a magnitude word; None for a range, an
    English number word or what cannot be read."""
    if not numeral:
        return None
    if numeral[0].isdigit():
        arabic = read_arabic(numeral)
        return Fraction(arabic[0]) if arabic else None
    number = read_chinese(numeral, positional_ok=False)
    return number.value if number is not None and number.upper is None else None


def _range_of_bounds(t: str, start: int, last: Figure, low: Figure, high: Figure, first_word: str) -> Figure:
    """One figure from start to the end of `last`, bounded below by `low` and above by `high`."""
    return replace(
        last,
        text=t[start : last.end],
        start=start,
        low=low.low,
        high=high.high,
        low_inclusive=low.low_inclusive,
        high_inclusive=high.high_inclusive,
        nominal=low.low,
        qualifier=f"{first_word}…{last.qualifier}",
    )


def read_prose(text: str, *, implied_precision: bool = True) -> ProseReading:
    """Every figure of a text and every span left unread, each sorted by start.

    Figures never overlap, and `f.text == text[f.start:f.end]` always holds.
    """
    t = _prepare(text)
    reader = _Reader(t, implied_precision, strict=False)
    figures: list[Figure] = []
    unread: list[Unread] = []
    search = _core().search
    words = _english_candidates(t)
    word_starts = [w.start for w in words]
    pos = 0
    last_end = 0
    while True:
        m = search(t, pos)
        w_index = bisect.bisect_left(word_starts, pos)
        word = words[w_index] if w_index < len(words) else None
        if m is None and word is None:
            break
        if word is not None and (m is None or word.start < m.start()):
            c = word
        else:
            c = _candidate(m)
        figure, resume, skipped = reader.read(c)
        if figure is not None and figure.start >= last_end:
            if t is not text:
                figure = replace(figure, text=text[figure.start : figure.end])
            figures.append(figure)
            last_end = reader.last_end = figure.end
            pos = max(figure.end, c.start + 1)
        else:
            if skipped is not None and skipped.start >= last_end:
                if t is not text:
                    skipped = replace(skipped, text=text[skipped.start : skipped.end])
                unread.append(skipped)
                last_end = skipped.end
            pos = max(resume, c.start + 1)
    return ProseReading(_join_bounds(t, figures) if figures else figures, unread)


def find_figures(text: str, *, implied_precision: bool = True) -> list[Figure]:
    """Every figure of a text, sorted by start, non-overlapping; `f.text == text[f.start:f.end]`."""
    return read_prose(text, implied_precision=implied_precision).figures


def parse(text: str, *, implied_precision: bool = True) -> Figure:
    """Exactly one figure: the whole input (whitespace stripped) must be that figure, else FigureError."""
    if not isinstance(text, str):
        raise FigureError(str(text))
    stripped = text.strip()
    if not stripped:
        raise FigureError(text, "not a figure: empty input")
    t = _prepare(stripped)
    reader = _Reader(t, implied_precision, strict=True)
    candidates = []
    m = _core(True).search(t)
    if m is not None:
        candidates.append(_candidate(m))
    words = _english_candidates(t)
    if words:
        candidates.append(words[0])
    candidates.sort(key=lambda c: c.start)
    figure = None
    unread = None
    for c in candidates[:1]:
        try:
            figure, _, unread = reader.read(c)
        except KeyError:  # an unknown unit surfaced from the registry
            figure = None
    one_line = " ".join(stripped.split())
    if figure is not None and figure.start > 0 and figure.direction is not None and figure.end == len(t):
        lead = t[: figure.start]
        if DIRECTION_CN_RE.fullmatch(lead) or DIRECTION_EN_RE.fullmatch(lead):
            figure = replace(figure, start=0, text=t)  # 下降3.2%, fell 4%: the change with its direction
    if unread is not None and unread.start == 0:
        raise FigureError(text, f'not a figure: "{one_line}" ({unread.reason})')
    if figure is None or figure.start != 0 or figure.end != len(t):
        in_prose = read_prose(stripped, implied_precision=implied_precision).figures
        if len(in_prose) == 1 and in_prose[0].start == 0 and in_prose[0].end == len(t):
            return in_prose[0]  # 最多100最少20个: two bounds, which prose reading joins into one range
        if figure is not None and figure.start == 0 and figure.end < len(t):
            rest = t[figure.end :].strip()
            if rest and not any(ch.isdigit() for ch in rest):
                unit = (figure.written_unit if figure.kind in ("quantity", "percent") else "") + " ".join(rest.split())
                raise FigureError(text, f'not a figure: "{one_line}" (unknown unit "{unit}")')
        raise FigureError(text, f'not a figure: "{one_line}"')
    if t is not stripped:
        figure = replace(figure, text=stripped)
    return figure
