"""Figure frames: what a figure is about, read from the words around it.

Two figures worded alike are still about different things when they differ in

- **place**: the places named before the figure in its sentence, on published gazetteers
  (`auditor.places`: China's divisions, countries, other countries' subdivisions). "1-7月，西安市…增长5.8%"
  and "前三季度，上海工业…增长13.5%" are two cities' figures. The level of government (中央, 地方, 全国) is
  read the same way: a budget report words the central, local and national deficits alike.
- **period**: the year and the part of it the figure covers, read before the figure in its sentence, else
  carried from the nearest earlier sentence of its paragraph ("今年前2个月…增长13.3%。其中，出口…"). Years
  are 2021年, 今年 / 去年 / 明年, this year / last year, fiscal 2024, 2023-24, 十四五; parts are a month
  (7月), months to date (1-7月, 前7个月, 1—11月份, year to June), quarters (一季度 = 1-3月, 前三季度 = 1-9月),
  halves (上半年), the whole year (全年), and as-of ends (6月末, 截至6月底, 年末, by June). A period after
  比 / 较 / than / from / compared with is the base of a comparison, not the figure's period, and is skipped;
  so is 同期 ("比去年同期增长").
- **kind**: a target or plan (计划, 预计, 目标, 将, 拟, 预算, plan, target, will, budget…) vs an outcome
  (已, 完成, 实现, was finished, spent, actual); a
  limit (限额, ceiling) vs a balance (余额, outstanding); a change (增长5.8%, fell 4%, the figure's own
  direction) vs a level; a share (占, 比重, accounts for); an average (平均, 年均, average); a per-capita
  figure (人均, per capita); real vs nominal growth (实际, 扣除价格因素, in real terms); year on year (同比)
  vs month on month (环比), compared only when both say which; a rank selector (前三名, 后二名, top five),
  which is never an amount.

Relative years are resolved against the document's publication date (`auditor.published`) when it states
one; between documents whose publication years differ, a figure whose period is relative or unstated is
about a different time than one published in another year, unless the other figure states the year the
first was published in (an October 2023 report of the holiday's visitors, and "去年国庆黄金周" a year on).

`frames_disagree` says why two frames cannot describe one thing, or None; `frame_factor` lowers confidence
when a frame is known on one side only (a place or a period stated in one text and not in the other).
"""

from __future__ import annotations

import bisect
import datetime
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.discovery.values import slipped
from auditor.patterns import lazy_compile
from auditor.text import BY_CLASS, HAN

if TYPE_CHECKING:
    from fractions import Fraction

    from auditor.discovery.reading import Reading
    from auditor.figures import Figure

# Confidence factors when a frame is known on one side only.
ONE_SIDED_PLACE_FACTOR = 0.9
ONE_SIDED_PERIOD_FACTOR = 0.9
ONE_SIDED_PLAN_FACTOR = 0.85

_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
}
_NUMERAL = r"(?:\d{1,2}|十[一二]?|[一二两三四五六七八九])"
_MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_EN = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_ORDINAL_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_FIVE_YEAR_PLANS = {
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
}

# One pass finds every time expression; the group that matched says which kind.
_PERIOD = lazy_compile(
    r"(?P<fyp>十[一二三四五]五)"
    r"|(?P<year>(?<!\d)\d{4})[ \t]{0,2}(?:年度?|财年)"
    r"|(?P<ryear>今年|本年|去年|上年|前年|明年|当年|上一年)"
    r"|(?P<mrange>(?<![\d.])"
    + _NUMERAL
    + r")[ \t]{0,2}(?:月份?)?[ \t]{0,2}[-—–~～至到][ \t]{0,2}(?P<mrange_end>"
    + _NUMERAL
    + r")[ \t]{0,2}月(?:份)?"
    r"|前(?P<first_months>" + _NUMERAL + r")个?月"
    r"|前(?P<first_quarters>[一二三123])(?:个)?季度"
    r"|(?:第)?(?P<quarter>[一二三四1-4])季度(?P<quarter_end>末)?"
    r"|(?P<half>上半年|下半年|全年)"
    # a season is a part of its year: 春茶期间, 暑期, 汛期, 国庆假期, 春运期间; 春茶 alone (春茶产量) is the crop of
    # its season, of that season only in its own sentence (PeriodIndex.crops)
    r"|(?P<season>(?P<crop>春茶)(?!期间|季|采摘期)|春茶(?:期间|季|采摘期)|(?:春运|春节|国庆|五一|中秋|暑假|寒假|假日)(?:期间|假期)?|暑期|汛期|雪季|旺季|黄金周|春季|夏季|秋季|冬季)"
    r"|(?P<year_end>年末|年底)"
    r"|(?P<month>(?<![\d.])"
    + _NUMERAL
    + r")[ \t]{0,2}月(?:份)?(?P<month_end>末|底)?(?![ \t]{0,2}(?:\d|[一二三四五六七八九十])"
    r"|[ \t]{0,2}[日号])"
    r"|(?i:(?P<fiscal>fiscal(?:[ \t]year)?|FY)[ \t]{0,2}(?P<fiscal_year>\d{4}|\d{2})(?:[-–/](?P<fiscal_to>\d{2,4}))?)"
    r"|(?P<en_range>(?<!\d)(?:19|20)\d{2})[-–/](?P<en_range_to>\d{2})(?!\d)"
    # "Grants For 98-99 Year", "the 97-98 school year": two two-digit years joined, before the word year
    r"|(?P<en_short>(?<![\d$.,/-])\d{2})[-–](?P<en_short_to>\d{2})"
    r"(?=[ \t]{1,2}(?:(?:[Ss]chool|[Ff]iscal|[Aa]cademic)[ \t]{1,2})?[Yy]ear\b)"
    r"|(?i:(?P<fiscal_plain>(?:the|this|last|next)[ \t]fiscal[ \t]year)(?![ \t]{0,2}\d))"
    # "for the entire 2018-19 fiscal year", "full-year": the whole year (its number, if any, is read on its own)
    r"|(?i:\b(?P<whole_en>entire|full|whole)[ \t-](?=(?:(?:19|20)\d{2}(?:[-–/]\d{2})?[ \t])?(?:fiscal[ \t])?year))"
    # "Average length of stay for the year was 15 days": the whole year the article reports on
    r"|(?i:\bfor[ \t]the[ \t](?P<for_year_en>year)\b(?![ \t]{1,2}(?:ahead|ending|ended|before|after|to[ \t]date|so[ \t]far)\b))"
    r"|(?i:(?P<ren>this|last|next|the[ \t]previous|the[ \t]past)[ \t]year)"
    r"|(?i:(?P<qen>first|second|third|fourth|1st|2nd|3rd|4th)[ \t]quarter)"
    r"|(?i:(?P<hen>first|second)[ \t]half)"
    # "the first six months of 2024", "the first nine months": the months to date, like 前6个月
    r"|(?i:\bfirst[ \t](?P<first_en>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})[ \t]months\b)"
    # "January through June 2023", "January-June": a range of months, with its year when one follows
    r"|(?P<en_mfrom>" + _MONTH_EN + r")[ \t]{0,2}(?:through|to|-|–)[ \t]{0,2}(?P<en_mto>" + _MONTH_EN + r")(?![a-z])"
    r"(?:,?[ \t]{1,2}(?P<en_myear>(?:19|20)\d\d)\b)?"
    r"|(?i:(?P<to_date>year[ \t]to|(?:by|as[ \t]of|at[ \t]the[ \t]end[ \t]of|end[ \t]of|through)[ \t])[ \t]{0,2})?"
    r"(?P<men>" + _MONTH_EN + r")(?![a-z])(?![ \t]{1,2}\d)"
)
# Words that make the time expression after them a comparison's base: 比去年, 较上年同期, than last year.
_BASE_BEFORE = lazy_compile(
    r"(?:比|较|同比|相比|than|from|over|compared[ \t]with|since|against)[ \t]{0,2}$",
)
_SAME_PERIOD_AFTER = ("同期", "末增", "末减", "底增", "底减")
# An English base and its date: "up from 521 at the end of 2023", "from $412,000 in 2022", "up from 67 calls and
# 118,420 passengers in 2024".
_BASE_FROM_EN = lazy_compile(
    r"(?i)\bfrom[ \t]{1,2}\$?\d[\d,.]*(?:[ \t]{1,2}(?:million|billion|percent))?(?:[^.;!?]|\.(?=\d)){0,40}?"
    r"\b(?:in|at[ \t]the[ \t](?:end|start|close)[ \t]of)[ \t]{1,2}$"
)
BASE_FROM_REACH = 70


@dataclass(frozen=True)
class Period:
    year: str | None  # "2021", "2011-2015", "rel-1" (a relative year the document's date does not resolve)
    part: str | None  # "1-7" months to date, "7-7" one month, "end-6" as of a month's end


@dataclass(frozen=True)
class Frame:
    places: frozenset[str]  # canonical place names; HOME alone for "全县", "the county" (the article's own)
    period: Period
    kinds: frozenset[str]
    published: int | None = None  # the document's publication year, when it states it
    anchor: str | None = None  # for a change: the dimension of the level it changes (亿元 → currency)
    base: str | None = None  # for a difference: what it is measured from (比同期工业增速高6.7个百分点)
    level: tuple[str, Fraction] | None = None  # for a change: the level it is a change of, as written and its value
    # published from January to March, when a year's results come out, in a sentence about "the year": a figure
    # of no stated period may be the year before's ("The shelter recorded 4,560 outcomes during the year")
    published_early: bool = False
    # the year the article reports on, named in its headline or first paragraphs ("The 1997-98 year marked…"), for
    # telling two years' releases apart when neither figure states its year
    report: str | None = None
    # the counties and cities the article names as its own in its opening (鹭屏县): what 全县 means there
    homes: frozenset[str] = frozenset()


def compared_with(text: str, clause_start: int, figure_start: int) -> str | None:
    """The base a figure is a difference from ("同期工业增加值增速" in "比同期工业增加值增速高6.7个百分点")."""
    found = _COMPARED_WITH.search(text, max(clause_start, figure_start - 40), figure_start)
    return "".join(found.group(1).split()) if found else None


# "全县", "本市", "the county": the place the article is about, whichever it is.
HOME = "~home"
_HOME = lazy_compile(
    r"[全本该][省市县区州盟旗镇乡]|(?i:\bthe[ \t](?:city|county|district|state|borough|town|province)\b)"
)


# A place named as the home place's neighbour (邻近的枫亭市, "neighboring Dale County"): another place than the
# article's own, whether or not a gazetteer knows its name (towns and invented names do not stand in one).
NEAR = "~near:"
_NEIGHBOUR = lazy_compile(
    r"(?:邻近|相邻|毗邻|周边|隔壁)的?[ \t]{0,2}"
    r"((?![一二两三四五六七八九十几多各老新本该全城市的])(?:(?![个和与及、])[\u4e00-\u9fff]){2,4}?(?:市|县|区|镇|乡|街道))"
    r"|(?:\b(?:[Nn]eighbou?ring|[Nn]earby|[Aa]djacent)[ \t]{1,2})"
    # (a place's name, or a body's: "neighboring Carrowmere", "Neighboring Calloway Flats Vector Control District")
    r"((?:[A-Z][a-z]+[ \t]){1,3}(?:County|City|Township|Borough|Parish|Town|District)|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,5})"
)
# What names the figure's own place after a neighbour in its clause: 全县, the county, or a capitalised name.
_OWN_PLACE_AFTER = lazy_compile(
    r"[全本该][省市县区州镇乡]|(?i:\bthe[ \t](?:city|county|district|town)\b)|\b[A-Z][a-z]+"
)


# How far before a figure its clause and its sentence are read for its frame: a clause or a sentence longer
# than that (a table flattened into one line) has its subject nearer.
CLAUSE_LOOKBACK = 80
SENTENCE_LOOKBACK = 240


# The rest of a neighbour's own name: "Kessel Township Fire Department" is still Kessel Township's.
_NAME_GOES_ON = lazy_compile(r"(?:[ \t]{1,2}[A-Z][a-z]+){1,4}")


def _own_place_after(text: str, position: int, end: int) -> bool:
    """Whether a place of the article's own is named in text[position:end], after a neighbour's name."""
    goes_on = _NAME_GOES_ON.match(text, position, end)
    return _OWN_PLACE_AFTER.search(text, goes_on.end() if goes_on else position, end) is not None


# A town or township a gazetteer of counties does not list, named where a place is expected: 最大降雨出现在石门镇,
# 其次为柳河乡, 位于青石镇 (not 中心镇, 重点镇, 民族乡, 每个乡: kinds of towns, not a town).
_TOWN_NAMED = lazy_compile(
    r"(?:出现在|位于|其次为|其次是|依次为|依次是|分别为|分别是)[ \t]{0,2}"
    r"((?![中重示贫民每各全本该特小古名强乡城集村])[\u4e00-\u9fff]{2}(?:镇|乡))(?![\u4e00-\u9fff]?(?:企业|干部|政府))"
)


def places_named(text: str, start: int, end: int) -> list:
    """The places text[start:end] names (auditor.places, imported on first use: its tables are built then), with
    the towns named where a place is expected that no gazetteer of counties lists."""
    from auditor.places import PlaceMention, places_in

    found = places_in(text, start, end)
    towns = [
        PlaceMention(m.start(1), m.end(1), m.group(1))
        for m in _TOWN_NAMED.finditer(text, start, end)
        if not any(mention.start < m.end(1) and m.start(1) < mention.end for mention in found)
    ]
    return sorted(found + towns, key=lambda mention: mention.start) if towns else found


def neighbour_before(text: str, start: int, end: int) -> str | None:
    """The neighbouring place text[start:end] names last (邻近的枫亭市, "neighboring Dale County"), with no place
    of its own named after it, or None."""
    neighbours = list(_NEIGHBOUR.finditer(text, start, end))
    if not neighbours or _own_place_after(text, neighbours[-1].end(), end):
        return None
    return neighbours[-1].group(1) or neighbours[-1].group(2)


# A county or city an article names in its headline or lede: its own (鹭屏县, 沔江市), the one 全县 and 本县 mean
# (not a district, a zone or a scenic area: 经开区, 重点景区 are parts of it).
# (a province or autonomous region too: 2026年吉林省政府工作报告, 宁夏回族自治区; not 经济大省, 农业强县, nor 金融市场 or
# 总市值, markets)
_HOME_NAME = lazy_compile(
    r"(?<![邻近相毗周边的全本该各])((?:(?![全本该各年月日的在是为和与及从对向将])[\u4e00-\u9fff]){2}(?<![大强])(?:市(?!场|值|价|况|面|盈)|县|省(?!级))"
    r"|(?:(?![全本该各年月日的在是为和与及从对向将首批])[\u4e00-\u9fff]){2,5}?自治[区州县])"
)
HOME_WITHIN = 3  # paragraphs from the top that name the article's own place


def home_places(reading: Reading) -> frozenset[str]:
    """The counties, cities and provinces an article names in its headline and lede (鹭屏县): its own."""
    text = reading.document.visible_text
    from auditor.places import known_place, lies_within

    opening = [p for p in reading.document.paragraphs[:HOME_WITHIN] if p.role not in ("byline", "furniture")]
    matches = [m for p in opening for m in _HOME_NAME.finditer(text, p.start, p.end)]
    named = frozenset(m.group(1) for m in matches)
    # A name written right after a known one (陕西省白河县, 安康市白河县, 陕西省旬阳市) is that place's county or city:
    # the article's own, known or not (a gazetteer may predate a new city), and the name before only says where it is.
    pairs = [
        (first.group(1), second.group(1))
        for first, second in zip(matches, matches[1:])
        if second.start() == first.end() and known_place(first.group(1))
    ]
    qualifiers, qualified = {outer for outer, _ in pairs}, {inner for _, inner in pairs}
    # Where the gazetteer knows some of the names, the others are words before 省 / 县 (执行省…, 脱贫县), not
    # places; an invented or unlisted place is its article's home when nothing else is known.
    # (an invented or newer place the article keeps naming, or names in its headline, stays: 琅溪市 beside 柳河县)
    counts = Counter(m.group(1) for m in matches)
    headline = opening[0] if opening else None
    kept = {
        name
        for name in named
        if counts[name] >= 2
        or (headline is not None and any(m.group(1) == name and m.start() < headline.end for m in matches))
    }
    if not any(known_place(name) for name in named):
        return named  # invented places (a test set, a new district): every name the opening gives
    known = (
        frozenset(name for name in named if (known_place(name) or name in kept) and name not in qualifiers) | qualified
    )
    # A county of the province the article is about, named apart (陕西省 … 白河县等地), is a place in it, not a
    # second home.
    return frozenset(name for name in known if not any(lies_within(name, other) for other in known)) or named


# A capitalised English word of a name in an article's headline and lede (Orvanne, Tallis), not one any article
# may use (The, County, Monday, Council, January).
_NAME_WORD_EN = lazy_compile(r"\b[A-Z][a-z]{3,}\b")
_GENERIC_NAME_WORDS = frozenset(
    """
    This That These Those There Their They With From Over Under After Before During While When Where About Into
    County City State District Town Township Board Council Commission Department Office Authority Agency Center
    Centre Program Fund Public Service Services National Regional Valley River Creek Lake Park Street North South
    East West Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
    August September October November December Fiscal Year Annual Report Budget Mayor Director Chief President
    """.split()
)


_HAN = lazy_compile(f"[{HAN}]")
_SENTENCE_OPENERS = frozenset(".!?:;—–-(")


def subject_names(reading: Reading) -> frozenset[str]:
    """The capitalised words of the names an English article's headline and lede give (Orvanne, Tallis, Corvale):
    what it is about. Empty for a Chinese article (its places are its homes)."""
    text = reading.document.visible_text
    opening = [p for p in reading.document.paragraphs[:HOME_WITHIN] if p.role not in ("byline", "furniture")]
    words = set()
    for paragraph in opening:
        if _HAN.search(text, paragraph.start, paragraph.end):
            continue
        for found in _NAME_WORD_EN.finditer(text, paragraph.start, paragraph.end):
            before = text[max(paragraph.start, found.start() - 4) : found.start()].rstrip(" \t\"'“‘")
            if not before or before[-1] in _SENTENCE_OPENERS:
                continue  # a sentence's first word: "Construction of the sea wall has begun", "OXBARROW — The…"
            if found.group(0) not in _GENERIC_NAME_WORDS:
                words.add(found.group(0))
    return frozenset(words)


def homes_apart(first: frozenset[str], second: frozenset[str]) -> bool:
    """Two articles about different places: each names its own in its opening, and they share none."""
    return bool(first) and bool(second) and not first & second


def parallel_homes(first: frozenset[str], second: frozenset[str]) -> bool:
    """Two articles each about one place, a different one of the same level (the reports of 吉林省 and of 青海省;
    not 伊宁县 and 南通市, the county an aid team works in and the city it comes from)."""
    from auditor.places import division_level

    return (
        len(first) == 1
        and len(second) == 1
        and first != second
        and division_level(next(iter(first))) == division_level(next(iter(second)))
    )


def names_home(text: str, start: int, end: int, homes: frozenset[str]) -> bool:
    """Whether text[start:end] names one of `homes`, in full or without its suffix (青海 for 青海省)."""
    from auditor.places import division_stem

    for home in homes:
        stem = division_stem(home)
        if home in text[start:end] or (len(stem) >= 2 and stem in text[start:end]):
            return True
    return False


def neighbours_named(text: str) -> set[str]:
    """Every place text names as its home's neighbour (邻近的枫亭市 → 枫亭市, "neighboring Dale County" → Dale
    County): a name a series once calls a neighbour is a look-alike in every article of it."""
    return {found.group(1) or found.group(2) for found in _NEIGHBOUR.finditer(text)}


def neighbour_named(text: str, start: int, end: int, neighbours: set[str] | frozenset[str]) -> bool:
    """Whether one of `neighbours` is named in text[start:end] with no place of the article's own after it."""
    for name in neighbours:
        at = text.rfind(name, start, end)
        if at >= 0 and not _own_place_after(text, at + len(name), end):
            return True
    return False


def places_before(
    text: str, sentence_start: int, clause_start: int, figure_start: int, mentions: list | None = None
) -> frozenset[str]:
    """The places a figure is about: those named before it in its own clause, else earlier in its sentence.
    `mentions`: the places named in the sentence, when already found (a sentence's figures share them)."""
    clause_start = max(clause_start, figure_start - CLAUSE_LOOKBACK)
    sentence_start = min(clause_start, max(sentence_start, figure_start - SENTENCE_LOOKBACK))
    # A neighbour named in the figure's own clause, with no place of its own named after it (not "Unlike
    # neighboring Dale County, Marion County added…"), is the figure's place.
    neighbour = neighbour_before(text, clause_start, figure_start)
    if neighbour is not None:
        return frozenset({NEAR + neighbour})
    if mentions is None:
        mentions = places_named(text, sentence_start, figure_start)
    own = [m.place for m in mentions if clause_start <= m.start and m.end <= figure_start]
    if own:
        return frozenset(own)
    earlier = [m.place for m in mentions if sentence_start <= m.start and m.end <= clause_start]
    if earlier:
        return frozenset(earlier)
    if _HOME.search(text, sentence_start, figure_start):
        return frozenset({HOME})
    return frozenset()


# The level of government a fiscal figure belongs to: 中央 (the central budget), 地方 (local budgets) and
# 全国 (both together) share their wording in every budget report ("中央财政赤字50900亿元" … "全国…赤字
# 58900亿元"), so the level is read like a place.
_TIER = lazy_compile(r"中央|地方|全国")


def tiers_before(text: str, sentence_start: int, clause_start: int, figure_start: int) -> frozenset[str]:
    """The level of government named nearest before a figure in its clause, else first in its sentence."""
    clause_start = max(clause_start, figure_start - CLAUSE_LOOKBACK)
    sentence_start = min(clause_start, max(sentence_start, figure_start - SENTENCE_LOOKBACK))
    own = _TIER.findall(text, clause_start, figure_start)
    if own:
        return frozenset({own[-1]})
    earlier = _TIER.search(text, sentence_start, clause_start)
    return frozenset({earlier.group(0)}) if earlier else frozenset()


def first_tier(text: str, start: int, end: int) -> frozenset[str]:
    """The level of government a sentence opens with, for the sentences after it that name none."""
    found = _TIER.search(text, start, end)
    return frozenset({found.group(0)}) if found else frozenset()


_NO_PERIOD = Period(None, None)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _CN_DIGITS.get(text, 0)


def _is_base(text: str, start: int, end: int) -> bool:
    """A time expression that is no period of the figures after it: a comparison's base (比2019年), or the
    start of a span running to now (2019年以来), whose figures are as of today. (自2022年4月抵达…以来 is kept:
    the date itself is a figure of its sentence.)"""
    head = text[max(0, start - 12) : start]
    if _BASE_BEFORE.search(head):
        return True
    if _BASE_FROM_EN.search(text, max(0, start - BASE_FROM_REACH), start):
        return True  # "up from 521 at the end of 2023", "from $412,000 in 2022": the base's date
    if text.startswith(_SPAN_START_AFTER, end):
        return True
    return text.startswith(_SAME_PERIOD_AFTER, end) or text.startswith(("同期",), end)


_SPAN_START_AFTER = ("以来", "年以来", "起至今", "至今")
# A period naming the plan a share is taken of (占全年计划…的, 完成年度目标的): the whole's, not its sentence's.
# (the plan's figure may stand between: 完成全年2.3亿袋计划的54.8%, 占全年3万吨目标的)
_PLAN_WHOLE_AFTER = lazy_compile(r"(?:\d{1,9}(?:\.\d{1,4})?[万亿]?[^\d，,。；;的]{0,4}的?)?(?:计划|目标|任务|预算)")
_SHARE_OF_BEFORE = lazy_compile(r"(?:占|完成|相当于|达到|超过|为)$")

# The date a subject was founded, said of it in passing: "The port, created by county voters in 1919, estimates
# …", 成立于2015年的合作社. It dates the subject, not the figures after it. (A founding told as the sentence's
# own news, "The line opened in 2013 with 12 stations", is no aside: no comma or 的 closes it.)
_FOUNDED_ASIDE_BEFORE = lazy_compile(
    r"(?:(?:成立|始建|建|创建|创办|组建|设立|开办|首办|始)于"
    r"|(?i:,[ \t]{0,2}(?:which[ \t]{1,2}(?:was[ \t]{1,2})?)?(?:founded|created|established|formed|incorporated|chartered|"
    r"built|opened|launched|commissioned|entered[ \t]service|began|started|debuted)\b[^,;.]{0,48}\bin))[ \t]{0,2}$"
)
# (closed by a comma, 的, or the sentence's end: "…the oldest of the district's five vessels, built in 1986.")
_FOUNDED_ASIDE_AFTER = lazy_compile(r"[ \t]{0,2}(?:的|，|,|\.(?!\d))")


# 当年 / 同年 / "that year" after a founding year, before its sentence ends: the year the figures are of.
_THAT_YEAR_AFTER = lazy_compile(r"[^。！？；;!?\n]{0,40}?(?:当年|同年|当时|(?i:\bthat[ \t]year\b))")
THAT_YEAR_REACH = 44
# The last year named before 当年 in its sentence.
_YEAR_NAMED_BEFORE = lazy_compile(r"((?:19|20)\d\d)[ \t]{0,2}年[^。！？；;!?\n\d]{0,40}$")
# 医共体于2019年组建，由…组成，共有21家成员单位: the founding told with 于 before the year, the clause closed.
_FOUNDED_WITH_YU_BEFORE = lazy_compile(r"于[ \t]{0,2}$")
_FOUNDED_WITH_YU_AFTER = lazy_compile(r"(?:正式)?(?:成立|组建|挂牌|设立|创建|创办|建成)[ \t]{0,2}[，,]")


# 2016年开通的12348热线, 1998年成立的配送中心: a founding year said of a subject before its name.
_FOUNDED_ATTRIBUTE_AFTER = lazy_compile(
    r"[ \t]{0,2}(?:正式)?(?:开通|成立|建成|设立|创办|创建|组建|挂牌|启用|投用|开业|建立|开办|落成|投运)的"
)


def _founding_aside(text: str, start: int, end: int) -> bool:
    if _THAT_YEAR_AFTER.match(text, end, min(len(text), end + THAT_YEAR_REACH)):
        return False  # 于2021年组建，当年县域内就诊率为83.6%: the year the sentence goes on to speak of
    if _FOUNDED_ATTRIBUTE_AFTER.match(text, end):
        return True  # 2016年开通的12348公共法律服务热线全年接听…: the hotline's year, not the calls'

    if _FOUNDED_WITH_YU_BEFORE.search(text, max(0, start - 4), start) and _FOUNDED_WITH_YU_AFTER.match(text, end):
        return True
    return bool(_FOUNDED_ASIDE_BEFORE.search(text, max(0, start - 64), start)) and bool(
        _FOUNDED_ASIDE_AFTER.match(text, end)
    )


# One holiday under its several names: 中秋国庆假期, 国庆黄金周.
_SEASONS = {"黄金": "国庆", "中秋": "国庆", "春运": "春节", "暑期": "暑假"}


def _read_period(m, publication: datetime.date | None) -> tuple[str | None, str | None]:
    """(year, part) of one time expression; either may be None."""
    g = m.group
    relative = None
    if g("fyp"):
        first, last = _FIVE_YEAR_PLANS[g("fyp")]
        return f"{first}-{last}", None
    if g("year"):
        return g("year"), None
    if g("ryear"):
        relative = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1}[
            g("ryear")
        ]
    elif g("ren"):
        relative = {"this": 0, "last": -1, "next": 1, "the previous": -1, "the past": -1}.get(
            " ".join(g("ren").lower().split()), 0
        )
    if relative is not None:
        if publication is not None:
            return str(publication.year + relative), None
        return f"rel{relative:+d}", None
    if g("mrange"):
        first, last = _number(g("mrange")), _number(g("mrange_end"))
        return (None, f"{first}-{last}") if 1 <= first <= last <= 12 else (None, None)
    if g("first_months"):
        last = _number(g("first_months"))
        return (None, f"1-{last}") if 1 <= last <= 12 else (None, None)
    if g("first_quarters"):
        return None, f"1-{3 * _number(g('first_quarters'))}"
    if g("quarter"):
        number = _number(g("quarter"))
        return None, f"end-{3 * number}" if g("quarter_end") else f"{3 * number - 2}-{3 * number}"
    if g("season"):
        return None, "season-" + _SEASONS.get(g("season")[:2], g("season")[:2])
    if g("half"):
        return None, {"上半年": "1-6", "下半年": "7-12", "全年": "1-12"}[g("half")]
    if g("year_end"):
        return None, "end-12"
    if g("month"):
        month = _number(g("month"))
        if not 1 <= month <= 12:
            return None, None
        return None, f"end-{month}" if g("month_end") else f"{month}-{month}"
    if g("fiscal"):
        year = g("fiscal_year")
        year = year if len(year) == 4 else "20" + year
        return f"FY{year}", None
    if g("fiscal_plain"):
        # "in the fiscal year that ended June 30": a fiscal year whose number is unstated, never a calendar year
        return "FY", None
    if g("en_range"):
        return f"{g('en_range')}-{g('en_range_to')}", None
    if g("en_short"):
        first = int(g("en_short"))
        if (first + 1) % 100 != int(g("en_short_to")):
            return None, None  # (not two years in a row: a score, a range of ages)
        return f"{1900 + first if first >= 50 else 2000 + first}-{g('en_short_to')}", None
    if g("whole_en") or g("for_year_en"):
        return None, "1-12"
    if g("qen"):
        number = _ORDINAL_EN[g("qen").lower()]
        return None, f"{3 * number - 2}-{3 * number}"
    if g("hen"):
        return None, "1-6" if g("hen").lower() == "first" else "7-12"
    if g("first_en"):
        from auditor.figures.numerals import read_english

        written = g("first_en").lower()
        last = int(written) if written.isdigit() else read_english(written) or 0
        return (None, f"1-{last}") if 1 <= last <= 12 else (None, None)
    if g("en_mfrom"):
        first = _MONTH_NAMES.index(g("en_mfrom").lower()) + 1
        last = _MONTH_NAMES.index(g("en_mto").lower()) + 1
        return (g("en_myear"), f"{first}-{last}") if first <= last else (None, None)
    if g("men"):
        month = _MONTH_NAMES.index(g("men").lower()) + 1
        to_date = (g("to_date") or "").lower()
        if to_date.startswith("year"):
            return None, f"1-{month}"
        if to_date:
            return None, f"end-{month}"
        return None, f"{month}-{month}"
    return None, None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of the sorted, non-overlapping spans overlaps [start, end)."""
    index = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return any(0 <= i < len(spans) and spans[i][0] < end and start < spans[i][1] for i in (index, index + 1))


DOMINANT_MIN = 3


def _dominant(values) -> str | None:
    """The value most of `values` state (the earliest in sort order on a tie), when it dominates."""
    counts = Counter(value for value in values if value is not None)
    if not counts:
        return None
    best = min(counts, key=lambda value: (-counts[value], value))
    return best if counts[best] >= DOMINANT_MIN and 2 * counts[best] >= sum(counts.values()) else None


# The end of a dateline: "BRACKWATER, Ind. (Feb. 6, 2024) —".
_DATELINE_END = lazy_compile(r"[ \t]{0,2}\)?[ \t]{0,2}(?:—|–|--)")
# An English amount's own words after it, then its period: "… passengers in 2023", "… items last year".
# (an amount of money may stand between: "43 grants worth $538,900 in 2024")
_WORD_OR_MONEY_EN = r"(?:[A-Za-z][\w'’-]{0,20}|\$\d[\d,.]{0,14}(?:[ \t](?:million|billion))?)"
_PERIOD_AFTER_EN = lazy_compile(
    r"(?:[ \t]{1,2}"
    + _WORD_OR_MONEY_EN
    + r"){0,3}?[ \t]{1,2}(?:in[ \t]{1,2})?(?=(?:19|20)\d\d\b|(?i:last|this|next)[ \t]year\b)"
)
# A year after these words is not the amount's: "the most since 2019", "up from 2023", "higher than in 2022".
_NOT_ITS_YEAR_BEFORE = lazy_compile(
    # (nor a year that names another thing: "under a 2019 plan", "per its 2020 agreement")
    r"(?i)\b(?:since|from|before|after|than|until|till|by|to|of|through|a|an|under|per)[ \t]{1,2}(?:in[ \t]{1,2})?$"
)


_YEAR_EN = lazy_compile(r"(?:19|20)\d\d\b")
# Between a comparison's base period and its value: 比2024年度的|2670万元, 比上年同期|…, 较去年末的.
_BASE_VALUE_BETWEEN = lazy_compile(r"[ \t]{0,2}(?:同期|末|底)?[ \t]{0,2}(?:的|为|是)?[ \t]{0,2}")
# A value a plan builds on: 在去年151.2亿元的基础上.
FOUNDATION_AFTER = lazy_compile(r"[ \t]{0,2}的?基础上")
# An English amount's month after it in its clause: "… above forecast for the month of June", "… in March".
_MONTH_AFTER_EN = lazy_compile(
    r"(?:[ \t]{1,2}[A-Za-z][\w'’-]{0,20}){0,3}?[ \t]{1,2}(?i:for[ \t]the[ \t]month[ \t]of|in|for|during)[ \t]{1,2}"
    r"(?P<month>" + _MONTH_EN + r")(?![a-z])(?![ \t]{1,2}\d)"
)


# Between an English amount and the part of a year it is of: "… homes in the", "… more homes during the".
# The words an English amount's part of the year may stand after: at most three, after an "of" phrase of at most
# three ("248,700 pounds of household hazardous waste from January through June 2024").
_WORDS_BEFORE_PART_EN = lazy_compile(
    r"(?:[ \t]{1,2}(?i:of)(?:[ \t]{1,2}" + _WORD_OR_MONEY_EN + r"){1,3})?(?:[ \t]{1,2}" + _WORD_OR_MONEY_EN + r"){0,3}"
)
_OF_PHRASE_EN = lazy_compile(
    r"[ \t]{1,2}(?i:of)(?:[ \t]{1,2}" + _WORD_OR_MONEY_EN + r"){1,3}?(?=[ \t]{1,2}(?i:in|during|last|this)\b)"
)
_PART_PREPOSITION_EN = lazy_compile(r"[ \t]{1,2}(?i:in|during|over|for|from)\b")
_THE_AFTER_PREPOSITION_EN = lazy_compile(r"[ \t]{1,2}(?i:the[ \t]{1,2})?")
PART_AFTER_REACH = 120  # characters after an English amount in which its part of the year is looked for
_OF_YEAR_EN = lazy_compile(r"[ \t]{1,2}of[ \t]{1,2}((?:19|20)\d\d)\b")

HEADLINE_WITHIN = 3  # paragraphs from the top in which the headline stands
REPORT_WITHIN = 5  # paragraphs from the top in which an article names the year it reports on


class PeriodIndex:
    """Every time expression of a document, in order, with the sentence it is in; built once per document."""

    def __init__(self, reading: Reading, publication: datetime.date | None):
        text = reading.document.visible_text
        self.publication = publication
        self.entries: list[tuple[int, str | None, str | None]] = []  # (start, year, part)
        self.datelines: set[int] = set()  # starts of the entries that are a dateline's date
        # starts of the seasons named by their crop (春茶产量): the period of their own sentence, not of the article
        # a headline names them in (峦溪春茶开采)
        self.crops: set[int] = set()
        read: list[tuple[int, int]] = []
        self.bases: list[tuple[int, str | None, str | None]] = []  # (end, year, part) of comparison bases
        for m in _PERIOD.finditer(text):
            read.append(m.span())
            if _is_base(text, m.start(), m.end()) and not (
                m.group("en_mfrom") and text[max(0, m.start() - 5) : m.start()].lower().endswith("from ")
            ):
                # ("logged 84,920 visits from January through June 2024": the span the figure is of, no base)
                self.bases.append((m.end(), *_read_period(m, publication)))
                continue
            if _founding_aside(text, m.start(), m.end()):
                continue
            if _PLAN_WHOLE_AFTER.match(text, m.end()) and _SHARE_OF_BEFORE.search(
                text, max(0, m.start() - 3), m.start()
            ):
                continue  # 占全年计划11.5亿元的45.2%；新整治…12处: the plan's year, not the figures' after it
            year, part = _read_period(m, publication)
            if m.group("ryear") == "当年":
                # 于2021年组建，当年…: that year, the one its sentence has just named; else the current year
                named = _YEAR_NAMED_BEFORE.search(text, max(0, m.start() - THAT_YEAR_REACH), m.start())
                year = named.group(1) if named else year
            if year is not None or part is not None:
                self.entries.append((m.start(), year, part))
                if m.group("crop"):
                    self.crops.add(m.start())
        # English years are the reader's year and date figures ("in 2023", "April 2024"): a bare four-digit
        # number is as often a count.
        for figure in reading.figures:
            calendar = figure.calendar
            if (
                figure.kind in ("year", "date")
                and calendar is not None
                and calendar.year
                and figure.text.isascii()
                and not _is_base(text, figure.start, figure.end)
                and not _founding_aside(text, figure.start, figure.end)
                and not _overlaps(read, figure.start, figure.end)
            ):
                part = f"{calendar.month}-{calendar.month}" if calendar.month and not calendar.day else None
                self.entries.append((figure.start, str(calendar.year), part))
                if calendar.day and _DATELINE_END.match(text, figure.end):
                    self.datelines.add(figure.start)  # "(Feb. 6, 2024) —": the article's date, not a figure's
        self.entries.sort(key=lambda entry: entry[0])
        self.starts = [entry[0] for entry in self.entries]
        self.base_ends = [base[0] for base in self.bases]
        self.headline = self._headline_period(reading)
        self.report = self._report_year(reading)
        self.homes = home_places(reading)

    def _report_year(self, reading: Reading) -> str | None:
        """The first calendar or fiscal year (2024, 1997-98) the article's opening paragraphs name, its dateline's
        aside: the year an annual release reports on."""
        opening = [p for p in reading.document.paragraphs[:REPORT_WITHIN] if p.role not in ("byline", "furniture")]
        for start, year, _part in self.entries:
            if opening and start >= opening[-1].end:
                break
            if start in self.datelines or not year or not year[:4].isdigit():
                continue
            if any(p.start <= start < p.end for p in opening):
                return year
        return None

    def _headline_period(self, reading: Reading) -> Period:
        """The article's own period, in force where a paragraph states none (as 全县 names the article's own
        place): the period its headline names ("上半年全市经济运行情况分析"), else the part of the year most
        of its time expressions name."""
        year = part = None
        paragraphs = reading.document.paragraphs
        # The headline opens the article, after a date line or byline at most ("2025年3月6日" above it).
        opening = next((p for p in paragraphs[:HEADLINE_WITHIN] if p.role not in ("byline", "furniture")), None)
        if opening is not None and opening.role == "title":
            headline = opening
            for start, found_year, found_part in self.entries:
                if start >= headline.end:
                    break
                if start >= headline.start and start not in self.crops:
                    year = year or found_year
                    part = part or found_part
        # Else the part of the year most of the article's time expressions name (a first-quarter release says
        # 一季度 paragraph after paragraph): at least DOMINANT_MIN of them, and at least half of those stated.
        # Not the year: an article about a programme names its years throughout, and its figures belong to
        # several of them.
        return Period(year, part or _dominant(entry[2] for entry in self.entries if entry[0] not in self.crops))

    def entries_between(self, start: int, end: int) -> bool:
        """Whether a time expression stands in [start, end)."""
        return bisect.bisect_left(self.starts, start) < bisect.bisect_left(self.starts, end)

    def dateline_year(self, start: int, end: int) -> bool:
        """Whether the only time expression in [start, end) is a dateline's date ("(Feb. 6, 2024) —")."""
        inside = self.entries[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]
        return bool(inside) and all(entry[0] in self.datelines for entry in inside)

    def base_before(self, text: str, position: int) -> Period | None:
        """The period of a comparison's base right before a figure, which is that base's value ("比2024年度的
        2670万元", "比上年的57.96万标箱"): the figure's own period. None when no base stands right before it."""
        at = bisect.bisect_right(self.base_ends, position) - 1
        if at < 0:
            return None
        end, year, part = self.bases[at]
        if not _BASE_VALUE_BETWEEN.fullmatch(text, end, position):
            return None
        return Period(year, part)

    def foundation_before(self, text: str, position: int, end: int) -> Period | None:
        """The period of a value a plan builds on ("力争在去年151.2亿元的基础上增长8%"): a result of that period,
        not the plan. None unless 在 + a period stand right before the figure and 的基础上 right after it."""
        if not FOUNDATION_AFTER.match(text, end):
            return None
        for m in _PERIOD.finditer(text, max(0, position - 14), position):
            if (
                _BASE_VALUE_BETWEEN.fullmatch(text, m.end(), position)
                and text[max(0, m.start() - 1) : m.start()] == "在"
            ):
                year, part = _read_period(m, self.publication)
                if year is not None or part is not None:
                    return Period(year, part)
        return None

    def month_after(self, text: str, position: int, end: int) -> str | None:
        """The month an English amount is dated by right after it in its clause ("$171 million above forecast
        for the month of June"), as a part ("6-6"), or None."""
        found = _MONTH_AFTER_EN.match(text, position, end)
        if found is None:
            return None
        month = _MONTH_NAMES.index(found.group("month").lower()) + 1
        return f"{month}-{month}"

    def part_after(self, text: str, position: int, end: int) -> Period | None:
        """The part of a year an English amount is of, named right after it in its clause, past at most three
        words, or an "of" phrase and three words: "188 homes in the first six months of 2024", "213 more homes in the
        second half of the year", "1,140 acres in January through June 2024" (with the year written after it, if
        any), "248,700 pounds of household hazardous waste from January through June 2024". None otherwise."""
        # (each preposition in reach is tried: "221,500 pounds taken in during the first six months of 2023")
        limit = min(end, position + PART_AFTER_REACH)
        for found in _PART_PREPOSITION_EN.finditer(text, position, limit):
            if not _WORDS_BEFORE_PART_EN.fullmatch(text, position, found.start()):
                return None
            the = _THE_AFTER_PREPOSITION_EN.match(text, found.end(), end)
            period = None if the is None else _PERIOD.match(text, the.end(), end)
            if period is not None and (period.group("hen") or period.group("first_en") or period.group("en_mfrom")):
                break
        else:
            return None
        year, part = _read_period(period, self.publication)
        if year is None:
            of_year = _OF_YEAR_EN.match(text, period.end(), end)
            year = of_year.group(1) if of_year is not None else None
        return Period(year, part)

    def period_after(self, text: str, position: int, end: int, of_phrase: bool = False) -> str | None:
        """The year an English amount is dated by right after it in its clause, past at most three words:
        "3.14 million passengers in 2023", "1,482,600 items last year"; not after since, from, than… ("the most
        since 2019"). (Six words dated "48,260 units of blood and blood components in 2024" but lost restatements
        whose year stands further off in one article than in the other, and took a plan's year: "14,280 acres
        of farmland under a 2019 plan".) With `of_phrase`, also past an "of" phrase of at most three words first
        ("521,900 pounds of household hazardous waste in 2024"): for a year's own figure, not a pair's wording."""
        if of_phrase:
            words = _OF_PHRASE_EN.match(text, position, end)
            if words is not None and words.end() > position:
                position = words.end()
        found = _PERIOD_AFTER_EN.match(text, position, end)
        if found is None or _NOT_ITS_YEAR_BEFORE.search(text, position, found.end()):
            return None
        year = _YEAR_EN.match(text, found.end(), end)
        if year is not None:
            return year.group(0)
        period = _PERIOD.match(text, found.end(), end)
        return None if period is None else _read_period(period, self.publication)[0]

    def _lede_before_classification(self, reading: Reading, sentence) -> Period | None:
        """A paragraph that opens with a classification (分品类看，…) breaks down the total the paragraph before
        states in its lede, and speaks of that total's period: the first period stated in that paragraph's first
        sentence that states one (2025年全县农产品网络零售额…。¶分品类看，猕猴桃…). None otherwise."""
        text = reading.document.visible_text
        first = reading.sentences[reading.block_first(sentence.block)]
        opening = first.start
        while opening < first.end and text[opening] in " \t\u3000":
            opening += 1
        if first.block == 0 or not BY_CLASS.match(text, opening):
            return None
        start = reading.block_first(first.block - 1)
        for earlier in reading.sentences[start : first.index]:
            inside = self.entries[
                bisect.bisect_left(self.starts, earlier.start) : bisect.bisect_left(self.starts, earlier.end)
            ]
            if inside:
                # the lede's dateline or reporting date (1月19日，记者…获悉，2025年…) is not the total's period
                _, year, part = next((entry for entry in inside if entry[1] is not None), inside[0])
                return Period(year or self.headline.year, part)
        return None

    def period_before(self, reading: Reading, position: int, sentence_index: int) -> Period:
        """The period in force at `position`: the nearest year and part stated before it in its sentence, else
        in the nearest earlier sentence of its paragraph that states one; a part of a year with no year, of the
        year its paragraph opens with."""
        sentences = reading.sentences
        sentence = sentences[sentence_index]
        year = part = None
        index = bisect.bisect_left(self.starts, position) - 1
        floor = sentence.start
        current = sentence_index
        while index >= 0 and (year is None or part is None):
            start, found_year, found_part = self.entries[index]
            if start < floor:
                # Nothing more in this sentence: an earlier sentence of the paragraph may set the period,
                # but only when this sentence has stated none of it.
                if year is not None or part is not None:
                    break
                while (
                    current > 0
                    and sentences[current - 1].block == sentence.block
                    and sentences[current - 1].end > start
                ):
                    current -= 1
                if current == sentence_index or sentences[current].start > start:
                    break
                floor = sentences[current].start
                continue
            if year is None and found_year is not None:
                year = found_year
            if part is None and found_part is not None:
                part = found_part
            index -= 1
        if year is None and part is None:
            return self._lede_before_classification(reading, sentence) or self.headline
        if year is None:
            # 全年 / 上半年 with no year stated: the year its paragraph opens with (2023年，县水利局…。全年新建改造供水
            # 管网428公里), else the year the headline names (…2025年国民经济和社会发展统计公报).
            text = reading.document.visible_text
            first = sentences[reading.block_first(sentence.block)]
            opening = _PARAGRAPH_OPENS_WITH_YEAR.match(text, first.start, first.end)
            if opening is not None and first.index < sentence.index:
                return Period(opening.group(1), part)
        return Period(year or self.headline.year, part)


# 2024年、2025年 / 2023年和2024年 (两年): years listed one after another.
YEARS_LISTED_CN = lazy_compile(r"((?:19|20)\d\d)年?[ \t]{0,2}(?:、|和|与|及|至|到)[ \t]{0,2}((?:19|20)\d\d)年")
# Over 2023 and 2024 combined / Across 2024 and 2025 / Together, 2023 and 2024 …
YEARS_LISTED_EN = lazy_compile(
    r"(?i)\b(?:over|across|in|for|between|together,)[ \t]{1,2}(?:fiscal[ \t]{1,2})?((?:19|20)\d\d)[ \t]{1,2}"
    r"(?:and|to|through)[ \t]{1,2}(?:fiscal[ \t]{1,2})?((?:19|20)\d\d)\b"
)
# A word of adding up between listed years and a figure: 两年共新建…74个, "combined".
YEARS_ADDED_UP = lazy_compile(
    r"累计|合计|共计|总计|(?<!公)共(?![同享建治富识赢性有])(?=[\u4e00-\u9fff])"
    r"|(?i:\b(?:combined|together|a[ \t]total[ \t]of|in[ \t]all|in[ \t]total|altogether)\b)"
)


def over_listed_years(text: str, sentence_start: int, figure_start: int) -> bool:
    """Whether a figure adds up the years its sentence lists before it (2023年和2024年两年，全县共新建…74个, "Over 2023
    and 2024 combined, …"): a total of several years, not one year's figure."""
    listed = YEARS_LISTED_CN.search(text, sentence_start, figure_start) or YEARS_LISTED_EN.search(
        text, sentence_start, figure_start
    )
    return listed is not None and YEARS_ADDED_UP.search(text, listed.end(), figure_start) is not None


# A paragraph that opens with a year and a comma (2023年，县水利局把…): the year its sentences speak of.
_PARAGRAPH_OPENS_WITH_YEAR = lazy_compile(r"[ \t\u3000]{0,4}((?:19|20)\d\d)年(?:度)?[，,]")


PLAN_WORDS = lazy_compile(
    r"计划|预计|目标|力争|拟|预算(?!收入|支出|内)|规划|将|争取|预期|(?<!已)安排(?=[^，,。；;]{0,12}(?:资金|经费|预算|补助|补贴|专项))|(?i:\b(?:plan(?:s|ned)?|target(?:s|ed)?|aim(?:s|ed)?|goal|will|would|expect(?:s|ed)?|forecast|projected|budget(?:s|ed)?|propos(?:e|es|ed|al))\b)"
)
_OUTCOME = lazy_compile(
    r"已经|已|完成|实现|建成|实际完成|(?i:\b(?:was|were|has[ \t]been|have[ \t]been)[ \t]\w{2,12}ed\b|\b(?:completed|finished|actual(?:ly)?|spent|came[ \t]in)\b)"
)
_LIMIT = lazy_compile(r"限额|上限|(?i:\b(?:ceiling|cap|limit)\b)")
# An outcome word a plan word governs: 计划完成, 力争实现, 将完成.
_PLANNED_DONE = lazy_compile(r"(?:计划|预计|目标|力争|将|拟|争取)(?:要)?(?:完成|实现|建成)")
_BALANCE = lazy_compile(r"余额|(?i:\boutstanding\b)")
_SHARE = lazy_compile(r"占|比重|份额|(?i:\b(?:share|accounts?[ \t]for|accounted[ \t]for|proportion)\b)")
_AVERAGE = lazy_compile(r"平均|年均|均价|(?i:\b(?:average|mean|median)\b)")
_PER_CAPITA = lazy_compile(r"人均|每人|(?i:\bper[ \t](?:capita|person|head|resident)\b)")
_REAL = lazy_compile(r"实际增|扣除价格因素|可比价|(?i:\breal[ \t]terms\b|\bin[ \t]real\b)")
_YOY = lazy_compile(r"同比|比上年|比去年|较上年|较去年|(?i:year[ \t-]on[ \t-]year|year[ \t-]over[ \t-]year)")
_MOM = lazy_compile(r"环比|比上月|较上月|(?i:month[ \t-]on[ \t-]month)")
_ANNUAL_AFTER = lazy_compile(
    r"[ \t]{0,2}(?:a[ \t]year|per[ \t]year|each[ \t]year|per[ \t]annum|annually|a[ \t]year[ \t]on[ \t]average)\b"
)
# A difference from a base: 比同期工业增速高6.7个百分点, 较上年多3家. The base is the text after 比 / 较.
_COMPARED_WITH = lazy_compile(
    r"(?:比|较)([^，,。；;比较]{1,30}?)(?:高|低|多|少|快|慢|增加|减少|提高|下降|上升|回落|增长|下降了)[了出]?[ \t]{0,2}$"
)
# An amount a possessor has, right after the possessor's name: "the port's 3,510 direct jobs".
_POSSESSED_BEFORE = lazy_compile(r"(?i:\b[a-z]{2,20}['’]s)[ \t]{1,2}\$?$")
_RANK_BEFORE = lazy_compile(r"(?:前|后|(?i:\btop|\bbottom))[ \t]{0,2}$")
# A whole of one fixed size whatever the date it is stated at: a project's total investment or cost, a line's
# length. Named right before the figure (项目总投资196.8亿元, 全长28.6公里, "a total cost of"). Not a stock that
# grows (全县公路总里程, 总面积): its size moves between articles.
_FIXED_WHOLE_BEFORE = lazy_compile(
    r"(?:总投资|总造价|概算|全长|(?i:\btotal[ \t]cost[ \t]of))"
    r"(?:约|为|达到?|是|共)?[ \t]{0,2}$"
)
_RANK_AFTER = ("名", "位")
# An English amount that sizes a change named right after it: "a 1.50 dlrs a barrel rise", "a $2 million cut".
_CHANGE_NOUN_AFTER = lazy_compile(
    r"(?i)(?:[ \t]{1,2}(?:a|an|per)[ \t]{1,2}[a-z]{2,12})?[ \t]{1,2}"
    r"(?:rise|increase|drop|fall|decline|gain|jump|cut|hike|reduction|boost|decrease)\b"
)


_COMPARED_TO_PLAN = lazy_compile(r"(?:高于|低于|超过|超出|多于|少于|比|较)(?:年初|原|既定)?[ \t]{0,2}$")


def plan_carried(text: str, sentence_start: int, clause_start: int) -> bool:
    """A plan word in the clauses of the sentence before the figure's own, with no word of an outcome or ；
    after it: "今年集团将完成固定资产投资19.4亿元，改造老旧供水管网150公里" plans both. Chinese only: a
    Chinese plan lists its tasks clause after clause under one 将; an English sentence's later clause is as
    often a consequence ("is expected to drop to 11,650, costing the district $1.4 million")."""
    if clause_start <= sentence_start or text[clause_start - 1 : clause_start] not in "，、":
        return False
    lead = text[max(sentence_start, clause_start - CLAUSE_LOOKBACK) : clause_start]
    # (高于年初安排的1.46亿元: a plan the clause before measures against, which governs nothing after it)
    plans = [plan for plan in PLAN_WORDS.finditer(lead) if not _COMPARED_TO_PLAN.search(lead, 0, plan.start())]
    if not plans:
        return False
    rest = lead[plans[-1].end() :]
    done = _OUTCOME.match(rest)
    if done is not None:
        rest = rest[done.end() :]  # 将完成…: the verb the plan word governs, no outcome
    return not _OUTCOME.search(rest) and "；" not in rest and ";" not in rest


def kinds_of(text: str, clause_start: int, figure: Figure, clause_end: int | None = None) -> frozenset[str]:
    """What sort of figure it is, from its own clause up to the figure (and the figure's direction); the rest
    of the clause after it, when `clause_end` is given, for what English says after an amount ("2.3% a year
    in real terms")."""
    prefix = text[max(clause_start, figure.start - CLAUSE_LOOKBACK) : figure.start]
    suffix = text[figure.end : min(clause_end, figure.end + CLAUSE_LOOKBACK)] if clause_end is not None else ""
    kinds = set()
    if suffix:
        if _ANNUAL_AFTER.match(suffix):
            kinds.add("annual")
        if _REAL.search(suffix):
            kinds.add("real")
    if figure.direction is not None or _CHANGE_NOUN_AFTER.match(suffix):
        kinds.add("change")  # (also "a 1.50 dlrs a barrel rise in oil prices": the size of a rise)
    for name, pattern in (
        ("plan", PLAN_WORDS),
        ("outcome", _OUTCOME),
        ("limit", _LIMIT),
        ("balance", _BALANCE),
        ("average", _AVERAGE),
        ("per-capita", _PER_CAPITA),
        ("real", _REAL),
        ("yoy", _YOY),
        ("mom", _MOM),
    ):
        if pattern.search(prefix):
            kinds.add(name)
    if "plan" in kinds and _POSSESSED_BEFORE.search(prefix):
        kinds.discard("plan")  # "would protect the port's 3,510 direct jobs": what the port has now, not a plan
    if "plan" in kinds and "outcome" in kinds and not _OUTCOME.search(_PLANNED_DONE.sub("", prefix)):
        kinds.discard("outcome")  # 计划完成农村户厕改造1.5万户: the plan governs 完成, nothing was done yet
    if figure.kind in ("year", "date", "relative-date") and _is_base(text, figure.start, figure.end):
        kinds.add("base-period")  # 比2019年同期, 2020年同期: what a change is measured against
    if figure.kind == "percent" and _SHARE.search(prefix):
        kinds.add("share")
    if figure.kind == "quantity" and _FIXED_WHOLE_BEFORE.search(
        text, max(clause_start, figure.start - 12), figure.start
    ):
        kinds.add("fixed")
    if _RANK_BEFORE.search(text, max(clause_start, figure.start - 8), figure.start) and (
        figure.text.endswith(_RANK_AFTER) or text.startswith(_RANK_AFTER, figure.end)
    ):
        kinds.add("rank")
    return frozenset(kinds)


# A figure measured against a plan right after it is the outcome: "产量1.163万吨，比年初计划多出130吨",
# "超出目标", "beat the state's forecast", "$2 million above budget".
# (or its share of the plan: "新建高标准农田3.4万亩，完成年度计划的106.3%", "391 homes, … 102.9 percent of its goal")
_AGAINST_PLAN = lazy_compile(
    r"[^。；;！？!?]{0,3}?[，,]?[ \t]{0,2}(?:(?:比|较|超过?|超出)(?:年初|原|既定)?|(?:完成|达到|为)了?(?:年初|全年|年度|本年度)?的?)"
    r"(?:计划|目标|预期|预算|任务)"
    r"|(?i:[^.;!?]{0,40}?(?<![\d.])\d{1,3}(?:\.\d{1,2})?[ \t]{0,2}(?:%|percent)[ \t]{1,2}of[ \t]{1,2}(?:the|its|their)[ \t]{1,2}"
    r"(?:[\w'’]{1,20}[ \t]){0,2}"
    r"(?:goal|target|plan|budget)s?\b)"
    r"|(?i:(?:[ \t]{1,2}[\w'’$-]{1,20}){0,4}?[ \t]{1,2}(?:above|below|ahead[ \t]of|short[ \t]of|beat|beating|exceeded|exceeding)"
    r"[ \t]{1,2}(?:the[ \t]|its[ \t]|a[ \t])?(?:[\w'’]{1,20}[ \t]){0,2}(?:forecast|target|plan|budget|goal|projection)s?\b)"
)


def measured_against_plan(text: str, position: int, end: int) -> bool:
    """Whether what follows a figure, to `end` (its sentence's end), measures it against a plan or forecast."""
    return _AGAINST_PLAN.match(text, position, min(end, position + 60)) is not None


# Kinds that must be the same on both sides. A plan differs from an outcome said to be one (已完成, was
# finished for); a plan against a figure that says neither only lowers confidence: a project's planned
# length restated as its length is one thing. yoy and mom differ only when both sides say which.
_STRICT_KINDS = frozenset({"limit", "balance", "change", "share", "average", "per-capita", "real", "annual"})


def _periods_disagree(a: Frame, b: Frame, same_document: bool, year_to_date: bool) -> str | None:
    """Why two figures' periods cannot be one, or None (frames_disagree's periods)."""
    for x, y in ((a, b), (b, a)):
        if (
            "now" in x.kinds
            and "dated" in y.kinds
            and x.published
            and y.period.year
            and y.period.year.isdigit()
            and int(y.period.year) < x.published
        ):
            # 2022年，全县共有家庭农场138家 / 目前全县家庭农场已达183家: an earlier year's count and today's
            return f"a state as the article was written vs a figure of {y.period.year}"
    if (
        not same_document
        and not fixed_whole(a, b)
        and a.published
        and b.published
        and a.published != b.published
        and (not absolute_year(a.period.year) or not absolute_year(b.period.year))
        and (_news_year(a) is None or _news_year(a) != _news_year(b))
    ):
        return f"articles published in different years ({a.published} and {b.published}), period unstated"
    if (
        not same_document
        and a.period.part
        and a.period.part == b.period.part
        and a.period.part not in ("1-12", "end-12")
        and not (absolute_year(a.period.year) and absolute_year(b.period.year))
        and (not a.published or not b.published)
    ):
        # 上半年 in an undated article and 上半年 in another: two half-years as likely as one
        return f"a part of the year ({a.period.part}) in articles whose years are unknown"
    if a.period.year and b.period.year and a.period.year != b.period.year:
        return f"different years: {a.period.year} vs {b.period.year}"
    for x, y in ((a, b), (b, a)):
        if (
            not same_document
            and not fixed_whole(a, b)
            and x.period.year is None
            and x.period.part is None
            and absolute_year(x.report)
            and absolute_year(y.period.year)
            and "dated" in y.kinds  # (its own sentence names the year, not a paragraph's year carried to it)
            and y.period.year != x.report
        ):
            # "tested 3,460 mosquito pools" in an article on 2024 (its opening says so), "3,720 … in 2025" in another
            return f"a figure of the year its article reports on ({x.report}) vs one of {y.period.year}"
    if (
        a.period.part
        and b.period.part
        and _months_of(a.period.part) != _months_of(b.period.part)
        and not (year_to_date and year_to_date_alike(a, b))
    ):
        return f"different periods: {a.period.part} vs {b.period.part} (months)"
    for x, y in ((a.period, b.period), (b.period, a.period)):
        # "2014年，全市…1136.1万亩" is the whole year; "上半年…1128万亩" (a year unstated, or the same) is not.
        if (
            x.year
            and not x.part
            and y.part
            and y.part not in ("1-12", "end-12")
            # the same year's months: only a run of them (1-6, 1-9), not a month some date in the sentence names
            and (not y.year or (y.year == x.year and y.part.split("-")[0] != y.part.split("-")[-1]))
        ):
            return f"different periods: the whole of {x.year} vs {y.part} (months)"
    for x, y in ((a, b), (b, a)):
        # 一季度…150多个 in an undated article, 190多个 of no stated period in another: not known to be one period
        if (
            not same_document
            and x.period.part
            and x.period.part not in ("1-12", "end-12")
            # a run of months (一季度, 1-6月), not one month a date names (去年8月成立…)
            and x.period.part.split("-")[0] != x.period.part.split("-")[-1]
            and not y.period.part
            and not absolute_year(y.period.year)
            and not x.published
            and not y.published
        ):
            return f"{x.period.part} (months) vs a figure of no stated period, in undated articles"
    return None


PLAN_VS_OUTCOME = "a plan or target vs an outcome"


def frames_disagree(
    a: Frame, b: Frame, same_document: bool, year_to_date: bool = False, periods: bool = True
) -> str | None:
    """Why two figures' frames cannot describe one thing, or None.

    `year_to_date`: a figure as of a month's end and one of the months to it (截至9月底 / 前三季度) may be one
    year-to-date flow, stated both ways; the caller says so when the values themselves are one slip apart.
    `periods=False` leaves the periods out: only places and kinds of figure are compared."""
    if "rank" in a.kinds or "rank" in b.kinds:
        return "a rank, not an amount"
    if "base-period" in a.kinds or "base-period" in b.kinds:
        return "the base period of a comparison, not a date of its own"
    reason = _periods_disagree(a, b, same_document, year_to_date) if periods else None
    if reason is not None:
        return reason
    if a.places and b.places and a.places.isdisjoint(b.places) and HOME not in a.places and HOME not in b.places:
        return f"different places: {'、'.join(sorted(a.places))} vs {'、'.join(sorted(b.places))}"
    if any(place.startswith(NEAR) for place in a.places ^ b.places):
        near = sorted(place.removeprefix(NEAR) for place in a.places ^ b.places if place.startswith(NEAR))
        return f"a neighbouring place ({'、'.join(near)}) vs another"
    if a.base != b.base:
        if a.base and b.base:
            return f"differences from different bases: 比{a.base} vs 比{b.base}"
        return f"a difference from {'比' + (a.base or b.base)} vs a figure that is none"
    if a.anchor and b.anchor and a.anchor != b.anchor:
        return f"changes of different measures ({a.anchor} vs {b.anchor})"
    if a.level and b.level and a.level[1] != b.level[1] and not slipped(a.level[1], b.level[1]):
        # "中直工业实现增加值268亿元，同比下降3.5%" and "中直投资完成50.2亿元，下降3.9%": two levels that are
        # not one slip apart are two measures, and so are their changes.
        return f"changes of different levels ({a.level[0]} vs {b.level[0]})"
    strict = (a.kinds ^ b.kinds) & _STRICT_KINDS
    if strict:
        return f"different kinds of figure: {', '.join(sorted(strict))} on one side only"
    if ("plan" in a.kinds and "outcome" in b.kinds - a.kinds) or ("plan" in b.kinds and "outcome" in a.kinds - b.kinds):
        return PLAN_VS_OUTCOME
    if ("plan" in a.kinds and "now" in b.kinds) or ("plan" in b.kinds and "now" in a.kinds):
        return "a plan or target vs the state as the article was written (目前, 现有)"
    if {"yoy", "mom"} <= (a.kinds | b.kinds) and a.kinds & {"yoy", "mom"} != b.kinds & {"yoy", "mom"}:
        return "year on year vs month on month"
    return None


def fixed_whole(a: Frame, b: Frame) -> bool:
    """Both figures are one fixed size whatever the date they are stated at (总投资, 全长): no period of their own."""
    return "fixed" in a.kinds and "fixed" in b.kinds


def year_to_date_alike(a: Frame, b: Frame) -> bool:
    """One frame is as of a month's end and the other the months of the year to it: end-9 and 1-9."""
    parts = {a.period.part, b.period.part}
    return any(part and part.startswith("end-") and f"1-{part[4:]}" in parts for part in parts)


def _news_year(frame: Frame) -> str | None:
    """The year a figure speaks of: the one stated, else the year its article's opening reports on, else its
    article's publication year (news of a holiday published in its October: "双节8天假期…46.8万人次" is that
    year's, as "去年国庆黄金周" says a year on)."""
    if absolute_year(frame.period.year):
        return frame.period.year
    if frame.period.year is None and frame.period.part is None and absolute_year(frame.report):
        return frame.report  # (a figure of no stated period in an article its opening says is about 2023)
    if frame.period.year is None and _of_no_months(frame.period.part) and frame.published:
        if frame.published_early and frame.period.part is None:
            return None  # that year's or the year before's, as likely
        return str(frame.published)
    return None


# Seasons that are a run of months by the calendar the news follows: the summer holiday is July and August
# (暑期两个月, "2024年7月至8月…暑期"). Other seasons (国庆, 春茶, 旺季) have no fixed months.
_SEASON_MONTHS = {"season-暑假": "7-8"}


def _months_of(part: str) -> str:
    """A part of the year as the months it covers, where a season has fixed ones."""
    return _SEASON_MONTHS.get(part, part)


def _of_no_months(part: str | None) -> bool:
    """No part of a year, or a season (国庆, 春茶): a time the news tells in the year it is published."""
    return part is None or part.startswith("season-")


def absolute_year(year: str | None) -> bool:
    return bool(year) and not year.startswith("rel")


def frame_factor(a: Frame, b: Frame, same_document: bool) -> float:
    """Confidence factor for what one side's frame states and the other's does not."""
    factor = 1.0
    if bool(a.places) != bool(b.places):
        factor *= ONE_SIDED_PLACE_FACTOR
    if ("plan" in a.kinds) != ("plan" in b.kinds):
        factor *= ONE_SIDED_PLAN_FACTOR
    if not same_document and (bool(a.period.year) != bool(b.period.year) or bool(a.period.part) != bool(b.period.part)):
        factor *= ONE_SIDED_PERIOD_FACTOR
    return factor
