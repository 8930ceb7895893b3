"""Spans of years, anniversaries and "the Nth year" that the years the text states contradict, found with no claims.

## What it flags
A span in running prose whose length is not the difference of the years it
connects, read from the text itself and the article's publication date (front
matter, dateline or sign-off: `auditor/published.py`):

- `时隔N年` after a year ("2023年，时隔11年…"; "2023年11月…继2011年之后，时隔11年"):
  the latest year its sentence names before it minus the nearest earlier
  year its paragraph names before the span (2011年; in the span's own statement
  only when the text says it is the last time, 继…之后, or in a clause of its own
  before ；: `2013年，…曾承办…；2025年5月，时隔十年，…再次…`) should be N; a year right
  after the span is the later one (`2013年，…；时隔十年，2024年又…`). When the one
  year of the span's sentence (with the clauses before it that end in ；) is
  the last time (`这是继2012年5月…之后，时隔11年再次…`, a year something
  stopped, `这条航线2018年因货源不足停航，时隔六年…`, or a clause of its own:
  `2014年6月，首艘…靠泊；时隔9年，…`), the later date is the last one of the
  sentence before (`今年5月`, `6月12日`: a relative date or a month and day with
  no year being read against the publication date; not a sentence naming
  two years, `2023年、2024年两年…合计`, whose years are its amounts);
- English `the gap will be / is / was N years` after the two years its
  sentence names (`has not added a vessel since 2014…; by the time the
  Fulmar enters service in 2026, the gap will be 14 years`; a dateline's year
  aside, and not a gap someone wants or proposes), or `the gap between …`
  after one year in its sentence and one in the sentence before (`…last
  deepened in 1998. When the new work finishes in 2028, the gap between the
  two projects will be 32 years`): the later minus the earlier;
- English `N years ago` after a year (`the Oak Fire of 2016, nine years
  ago`): the publication year minus that year; `N years earlier` after a
  year in a sentence about last / this / next year (`Last year's fire was
  the worst since … 2016, eight years earlier`): that year minus it; and
  `N years earlier, in YYYY` after a year in its sentence (`opened in 1962,
  … finished two years earlier, in 1958`): the year before minus YYYY;
- a span after `自YYYY年…以来` / `从YYYY年起` ("七年间", "八年来") or English
  `since YYYY` with `over the past N years` / `N years` in the same
  sentence (or `since the first in 1986`, `since its founding in 1957`): the
  publication year minus YYYY should be N, or in English the year named right
  after the span (`since 1991, celebrated 30 years of the partnership in
  2024`); or, when the
  sentence names a later year after 到 / 至 before the span (`自2019年启动试点以来，
  到2024年的七年间`), that year minus YYYY. A span over calendar years (`N年间`,
  `历时N年`) after 到 / 至 may count both years (`2021年…至2025年历时五年`): one more
  is right too;
- an anniversary (`N周年`, `Nth anniversary`) of a year a founding word names
  (成立, 创建, 始建, 开馆, 建校, 开港, 开通, 通车, 投产, 挂牌, founded, opened,
  established, incorporated, chartered, planted, adopted, enacted, dedicated,
  `began in 1990 as a church closet`: what began as something;
  an English sentence that opens with its subject, `The co-op will mark its
  80th anniversary`, counts from a founding said of that subject, not `The
  cheese plant itself, built in 1987`; an English year before 1900 is read
  only after such a verb and `in`, after `since`, or after `in` with a time back
  from it: `in 1896, 118 years ago`) in the same
  article: the year of the anniversary (a year in its sentence, or a date right
  after it in its clause, `marked its 40th anniversary with its December 2024
  concert`, else 今年 / this year, also when it stands right after the
  anniversary in its clause, `moved in 2004 and marks its 37th anniversary this
  year`, and when 今年 stands after the years its
  sentence names, `始建于1958年，2004年迁入城东新址，今年迎来建校67周年`, else the
  publication year) minus the founding (a founding word of the year's own
  clause: the move of 2004 founds nothing; told after the anniversary, the one
  founding of its subject, named again or pointed back at with 该 and the
  anniversary's thing, `举行建校70周年庆祝大会。该校始建于1952年`)
  year should be N;
- `第N个年头` (also `N个年头` without 第, `连续运行了十八个年头`, and a thing's
  `…的第N年`, not a streak's `连续第三年`; counted to a year its clause opens
  with, `2024年是…`, `到2025年…`) after `YYYY年…起/开始/启动/建立/结对/签订/实施/推行/成立/组建/开港…` (the
  start word in that year's own sentence and belonging to it: `建于1998年，
  2018年起改造…` starts in 2018), or after a start word joined to its year by 于
  when the ordinal counts the thing's being and no year stands between
  (`建于2009年，2025年是基地运行的第十四个年头`, `成立于2015年，2024年是中心成立的第十二个年头`: the
  year the ordinal's own clause opens with is the one counted to; not `纪念馆免费开放的第十个年头` or `迁入新址的…`),
  or after the event the ordinal names right after a year of its sentence
  (`1958年正式对外开放，到今年已迎来对外开放的第六十三个年头`): counted with the
  first year as 1, the publication year minus YYYY plus 1 should be N; so
  is `第N届` of an annual event (`自2017年起每年举办一届的…，今年迎来第六届`, `本月举办的
  已是第十一届`, or up to the year it names as held, `2024年举办的` or `去年5月举办的`, when the
  sentence says one a year: `自2010年创办，每年一届，2024年举办的已是第十七届`, `每年一届的开放日自2015年起举办，2024年9月举办的已是第十一届`, `2024年10月将在县城举办第十五届`,
  or the date its sentence opens with when the start follows it: `2024年6月，…第十三届…宣传周…启动，宣传周自2013年起每年
  举办一届`, or with the start in the sentence before, the event named there too: `从2015年开始，…每年举办一届…观摩会。
  2024年6月，第十一届观摩会…`, `自2012年起每年3月开展…宣传月活动。今年3月启动的第十四届宣传月`, or in
  another sentence of the article, the one there is, naming the event's first three characters
  after the ordinal (`2024年10月将举办第十三届栎川香菇文化节` … `栎川香菇文化节从2014年开始每年举办一届`); not `每两年一届`,
  `仅2020年未举办`, `除2020年停办外`, `2019年起改在杭州举办`); so is an English annual event's
  `Nth edition`, `Nth annual`, `Nth class` or `its 2024 edition, its 43rd`, from a first year its sentence
  names, or the sentence before when its own names none (`held every June since 2006`, `first held in 2012`,
  `which began in 1984`, `since the first in 2009`; said to be yearly by annual, every / each spring) to the
  year it was held (`in 2024` or `when it returns in October 2024` right after it, the edition's own year, `The 2024 show, the 15th annual`,
  the date the ordinal is set beside, `…on the last Saturday of May 2024, its 23rd edition`, or
  `last spring` / `this year` from the publication date; `last June` written in October is either June, and
  is not counted), unless its paragraph says a year was missed or the event is not yearly (canceled,
  pandemic, except, every other year, biennial); the year counted to may open
  the ordinal's clause as `到2025年已进入`; after an event word and 后 (`于2013年获批…，今年是获批后的第十个年头`) the
  year after the event may be the first too;
- `N年来` right after a start word (`实行殡葬改革二十六年来`), after the one year
  of its sentence when that year dates an event (`于1996年被划为火葬区`, `1996年实行…`;
  not a year's count, `2023年共为…减免…，政策实施三年来…`): to the publication year,
  the calendar years either way;
- `now in its / her / his Nth year`, `this is its Nth year` (or `marked its
  Nth year this summer`, `entered its ninth year in 2024`, counted to that year; no other year
  named between) after a start year its sentence names, or the sentence
  before when it goes on with `It is now in its Nth year` or opens `Now in
  its Nth year,` (its subject's own verb dating the start: `The program began
  in 1974 as…, six years after the college opened in 1968`); `making 2024 its
  27th season` after a start in the clause before it (`the terminal opened in
  1999,`), counted to the year it names, a season being a year
  (`founded in 1938…, is now in its 89th year`, `held its first collection day … in
  1989, and the program is now in its 36th year`, `since 2016 and is now in her
  11th year`, a person's start in a post: `who was hired in 2019 and is now
  in her eighth year`, `, named in 2017 and now in his tenth year`: hired,
  appointed or named right before its year, and her / his Nth year; not `was
  named the conference's coach of the year in 2019`, `was elected to a second
  term in 2021`, `hired 12 new principals in 2019`; the ordinal in digits or
  words): the publication year minus the start year plus 1, or
  (counted by anniversaries, this year's not yet reached) one fewer. Years in a
  quotation the sentence closed before it (`"…by 2035," said…`) are the
  speaker's, not the count's;
- `已走过N年` / `已有N年` / `已连续运行N年` after a founding its own sentence dates
  (`市排水管理处成立于1987年，已走过三十五年`, `2019年投用的分拨中心已连续运行6年`): to the publication year, the
  difference or one more or fewer (`至今已有N年` is judged by the rule for
  spans to now);
- `the N years since` ending its clause after a year (`came in 2011 and has
  run it for the 12 years since`), and `到今年已…N年`: to the publication year;
  `the N years since` a founding dated right after it (`the first increase in the
  78 years since the district was formed in 1948`): to the year the sentence's
  opening clause dates its event by (`When voters approved a levy … in 2022,`,
  `In 1960,`; not an aside's, `Chief Ed Hart, hired in 1998,`), else to the publication year,
  one fewer (full years) or one more (both years) being right too;
- a span to now after a year in its sentence (`修建于1998年，距今已有二十七年`,
  `至今已运行十年`, `created the fund in 2016, and for the past nine years`: in
  English only after a year the sentence says started something, not `the
  first festival was in 2017 and for the last three years has taken place in
  August`; never `N年前`, a time back, `增至十年前的3.6倍`):
  the publication year minus that year, or in Chinese after `至今` one more
  (`自2012年6月至今…六年来` in 2017: the calendar years counted inclusively; `自2015年
  实施以来…十年来` in 2024 is one too many); a span up to a later year the
  sentence names after 到 or 至 (`2015年编制的规划，到2023年启动修编时已实施了九年`,
  `建于1988年，至2024年已走过三十八年`; the start may be the one year of the sentence
  before, a start word right after it: `在2016年设立…保护区。到2024年，保护区已经走过十年`), `sat vacant
  for 35 years until the city bought it in 2021`), or both ends right after
  it (`for 21 years, from 1962 until she retired in 1985`): the later year minus
  the earlier one;
- a span between two events its sentence dates before it (`1992年动工，2001年
  建成，用了八年`, `opened in 1958, was widened in 1990, 30 years after`): the later
  year minus the earlier one, when a start word dates the earlier one (动工,
  建立, opened) and no other year stands between;
- `时隔N年` in a sentence with no year before it and the last time named after
  it (`这是…时隔五年重返该舞台，上一次是在2017年`): counted to the date of the
  sentence before; named after it in a sentence that dates its event
  (`去年10月，时隔六年，…，上一次入选是在2017年`), it is the earlier year;
- an English age (`built in 1931, turns 92 this year`, `turned 64 this year`,
  `will turn`) from a founding year in its own sentence, as an anniversary;
  and `N years old` right after an aside that dates what was built (`The
  grandstand, built in 1956, was 71 years old when the crews arrived in 2025`, `which
  opened in 1961 and is now 64 years old`,
  `which opened in 1961, will be 67 years old when it reopens in 2026`, `is
  now 112 years old`): to the later year its sentence names, or with `is` to
  the publication year, one fewer being right too (a birthday not yet
  reached); never a person's age (`Jane Ruiz, who founded the market, was 45
  years old when it opened in 1990`);
- a span to now right after the founding word it counts from (`成立十三年来`,
  `通车12年来`, `…整合组建，18年来`), with the year that stands right before or after
  the same word earlier in its paragraph or the one before (`2014年成立的…`,
  `成立于2014年`, `于2009年由…整合组建`: after 于, in the word's own clause), or a start
  joined to its year by 于 whatever word the span uses (`…工程始于2014年。…实施10年来`), and
  an English span to now in the present perfect (`has served Ardley for 89
  years`, `has now run for 28 years`) after a founding the sentence before dates (`which opened in 1931`),
  or the one year of its own sentence after a start (`started in 1997 when…`):
  the publication year minus the founding year, one less (full years) or
  one more (counted inclusively), all being usual; a name right before the
  founding word must be in the founding year's sentence (`县电子商务协会成立十年来`
  is not counted from `2014年成立的…联合社`), and the English verb must say the
  thing itself has stood (served, stood, been open), with only the founding
  dated in the sentence before;
- an anniversary counts from a year its event follows (`2009年入选…，今年迎来
  入选十五周年`: 入选 stands before the number and after the year), as from a
  founding word.

An anniversary's year is a year its sentence names that is not the founding
year itself (`始建于2004年，今年迎来建院21周年`: this year, not 2004). A first
anniversary (`celebrates its first anniversary at the new fairgrounds`) is of a
recent move as often as of a founding, and is not counted.

How years are counted: the difference of the calendar years named (2023 − 2011
= 12), as the date-arithmetic check does. A span is a warning: a writer may
count from the end of an event, or inclusively. Each finding says which years
it used and where the later one came from (a year in the text, 今年, or the
publication date), in `assumes:`. Nothing is reported when a year it needs is
not stated (no publication date, no earlier year). A span written as an
English adjective before its noun (`the largest one-year gain since fiscal
2021`, `a 10-year plan`) is a length, not the years between two dates, and `every two years` (每两年) how
often; a term owed (`毕业后须回村服务6年`, `服务期5年`, `must serve six years`) is a length too; so is a
span in days, weeks or months (`began as a two-day livestock show`). `N years
ago` is a time back from now or from its year, never the length of a span
since a year its sentence names (`the highest since February 2024 but below
the peak seen two years ago`). A year another sentence says is counted to
(`2024年是实行…的第二十八个年头`) is no start, whatever start word follows it.

## Why it matters
Year arithmetic goes wrong silently: an anniversary copied from last year's
article, a "七年间" that became eight years when the article was updated.

## Example
```text
2016年，临江县启动“四好农村路”建设。…自2016年以来，七年间全县累计新改建农村公路1120公里。
```
published 2024-08-20: `Span "七年间" disagrees with the years it connects: 2024 − 2016 = 8`.

## How to fix
Recount the years, or name the years the span runs between.
"""

from __future__ import annotations

import bisect

from auditor.audit import Audit, Check
from auditor.checks._derived import DATELINE_END, NOT_ANNUAL, calendar_year, skip_space
from auditor.checks._docs import docs_of
from auditor.figures.numerals import ORDINAL_PATTERN, ordinal_value
from auditor.findings import FigureValue, Finding, Severity
from auditor.patterns import lazy_compile

# How far before a span its cue (时隔, 自…以来, since) and its years may stand, in characters.
LOOKBACK = 120
_GAP = lazy_compile(r"时隔[ \t]{0,2}$")
_GAP_EN = lazy_compile(
    r"(?i)\bthe[ \t]gap(?P<between>[ \t]between[ \t][^.;!?\d]{1,40}?)?[ \t](?:will[ \t]be|is|was)[ \t]{1,2}$"
)
_WISHED = lazy_compile(
    r"(?i)\b(?:want|wanted|wants|plan|planned|plans|propose|proposed|should|hope|hoped|would[ \t]like)\b"
)
_IN_BEFORE_EN = lazy_compile(r"(?i)\bin[ \t]{1,2}$")
_FULL_STOP = lazy_compile(r"[.;!?](?![\d])")
_SINCE_CN = lazy_compile(r"(?:自|从|自从)[ \t]{0,2}$")
# A term someone owes or agrees to, right before its length: 须回村服务6年, 服务期5年, "must serve six years".
_TERM_BEFORE = lazy_compile(
    r"(?:须|需|必须|应当|承诺|约定|服务期|期限|合同期|任期|租期)[为是]?[\u4e00-\u9fff]{0,4}$"
    r"|(?i:\b(?:must|required[ \t]to|agreed?[ \t]to|obligated[ \t]to|term[ \t]of)(?:[ \t]{1,2}[a-z]{1,12}){0,2}[ \t]{1,2}(?:for[ \t]{1,2})?$)"
)
TERM_REACH = 24
_SINCE_CN_AFTER = lazy_compile(r"[^。！？；]{0,60}?(?:以来|起|开始|至今)")
# (or "since the first in 1986", "since its founding in 1957": the year of the first one)
_SINCE_EN = lazy_compile(
    r"(?i)\bsince(?:[ \t]{1,2}(?:the|its|their)[ \t]{1,2}(?:first|founding|opening|start|launch)\b[^.;!?\d]{0,20}?\bin)?"
    r"[ \t]{1,3}$"
)
_FOUNDING = lazy_compile(
    r"成立|创建|创办|始建|建成|开馆|开业|建校|建馆|设立|组建|开港|开园|开通|通车|投运|投产|投用|启用|揭牌|挂牌|(?i:\b(?:founded|opened|established|created|built|incorporated|chartered|planted|adopted|enacted|dedicated|"
    r"formed|launched|organized|organised|signed[ \t]on|"
    # ("Brannock Valley began in 1981 as a group of church volunteers": what began as something was founded)
    r"(?:began|started)(?=[ \t]{1,2}in[ \t]{1,2}\d{4}[ \t]{1,2}as\b))\b)"
)
# 已走过三十五年, 已经有38年: the years a thing has run, to now.
# (2019年投用的分拨中心已连续运行9年: run without a break, to now)
_COME_SO_FAR_CN = lazy_compile(r"已经?(?:连续)?(?:走过了?|有|运行了?|运营了?|经营了?)[ \t]{0,2}$")
# 这项改革已推行14年: the years a practice has been carried on, to now, from the year its sentence starts it.
_CARRIED_ON_CN = lazy_compile(r"已经?(?:连续)?(?:推行|实施|实行|开展|坚持|推进)了?[ \t]{0,2}$")
_START = lazy_compile(
    r"起|开始|启动|以来|建立|结对|签订|签署|实施|推行|实行|推出|开展|成立|设立|组建|创办|创建|开工|动工|建成|开港|开通|通车|投产|投用|"
    r"开业|挂牌|(?i:\b(?:began|started|since|launched|signed)\b)"
)
_NOT_EVENTS = frozenset({"迎来", "庆祝", "纪念", "举办", "喜迎", "今年", "明年", "去年"})
# This year, or a time in it: 本月举办的已是第十一届 is this year's edition.
_AFTER_EVENT_BEFORE = lazy_compile(r"后的?$")  # 获批后的第N个年头
# An event word right before 后的第N个年头: the year it follows is the start (not a start word elsewhere).
_EVENT_AFTER_BEFORE = lazy_compile(r"(获批|获评|认定|命名|入选|通过验收)后的?$")
THIS_YEAR_AFTER_REACH = 4  # characters between an anniversary and the "this year" that dates it
_THIS_YEAR = lazy_compile(r"今年|本年|本月|(?i:\bthis[ \t](?:year|month)\b)")
# English ordinals, in digits or words (first to ninety-ninth): "her eighth year", "the 25th anniversary".
_ORDINAL = ORDINAL_PATTERN


_ANNIVERSARY_EN = lazy_compile(
    r"(?i)\b"
    + _ORDINAL
    + r"[ \t]{1,3}anniversary\b|\b(?:turns|turned|will[ \t]turn)[ \t]{1,2}(\d{1,3})\b(?![ \t]{0,2}(?:%|percent))"
)
_NTH_YEAR = lazy_compile(r"[ \t]{0,2}年头")


# "The grandstand, built in 1956, was 71 years old when the crews arrived in 2025", "Westfield Pool, which opened
# in 1961, will be 67 years old when it reopens in 2026", "The hall, built in 1913, is now 112 years old": the age
# of what the aside right before the verb says was built ("which opened in 1961 and is now 46 years old" too), not of
# anyone the sentence names.
_AGE_AFTER_FOUNDING = lazy_compile(
    r"(?i),[ \t]{1,2}(?:which[ \t]{1,2}(?:was[ \t]{1,2})?)?(?:built|opened|founded|established|constructed|completed|"
    r"erected|dedicated)[ \t]{1,2}in[ \t]{1,2}((?:1[6-9]|20)\d\d)(?:,|[ \t]{1,2}and)[ \t]{1,2}(is|was|will[ \t]be)[ \t]{1,2}(?:now[ \t]{1,2})?"
    r"(\d{1,3})[ \t]{1,2}years?[ \t]{1,2}old\b"
)


def _ages(text: str, reading, years, publication, published):
    """Ages in the form _AGE_AFTER_FOUNDING: the year it is reached (a later year its sentence names after the age;
    with `is`, else the publication year) minus the founding year."""
    for m in _AGE_AFTER_FOUNDING.finditer(text):
        if not _in_prose(reading, m.start()):
            continue
        founded = next((y for y in years if y[0] == m.start(1)), None)
        if founded is None:
            continue
        end = _sentence_end(reading, m.end())
        later = [y for y in years if m.end() <= y[0] < end and y[2] > founded[2]]
        if later:
            reached, why = later[0], f"the age counts from {founded[2]} to {later[0][2]} (named after it)"
            used = (founded, later[0])
        elif m.group(2).lower() == "is" and publication is not None:
            reached, why = None, f"the age counts from {founded[2]} to {published}"
            used = (founded,)
        else:
            continue
        year = reached[2] if reached is not None else publication.year
        stated = int(m.group(3))
        if stated == year - founded[2] or stated == year - founded[2] - 1:
            continue  # (a birthday not yet reached this year is one fewer)
        yield ((m.start(3), m.end(), text[m.start(3) : m.end()]), stated, year, founded[2], False, used, why)


# "the 18th annual", "its 20th edition", "its 14th class": an annual event's Nth time; "its 2024 edition, its 43rd":
# an edition named by its year, then counted.
_EDITION_EN = lazy_compile(
    r"(?i)\b"
    + _ORDINAL
    + r"[ \t]{1,3}(?:annual|edition|class)\b|\b((?:19|20)\d\d)[ \t]{1,2}edition,[ \t]{1,2}(?:its|the)[ \t]{1,2}"
    + _ORDINAL
    + r"(?![ \t]{1,2}(?:time|anniversary|year|season)\b)"
)
# Said one a year: "held every June since 2006", "each spring", "annually".
_EVERY_YEAR_EN = lazy_compile(
    r"(?i)\b(?:(?:every|each)[ \t]{1,2}(?:year|spring|summer|fall|autumn|winter|january|february|march|april|may|june|"
    r"july|august|september|october|november|december)|annual(?:ly)?|yearly)\b"
)
FIRST_HELD_REACH = 60  # characters before a year looked at for the words that say an event was first held then
# The first year an annual event counts: "since 2006", "first held in 2012", "which began in 1984".
# ("The district launched its Hard Hat Day tours in 2021": the event named between the verb and its year)
_FIRST_HELD_EN = lazy_compile(
    r"(?i)(?:\bsince(?:[ \t]{1,2}the[ \t]{1,2}first(?:[ \t]{1,2}one)?[ \t]{1,2}in)?|\b(?:first[ \t]{1,2}(?:held|staged|run|"
    r"organized)|began|started|launched|inaugurated|debuted|founded|first[ \t]{1,2}one)[ \t]{1,2}in|"
    r"\b(?:launched|started|began|inaugurated|introduced)[ \t]{1,2}(?:its|their|the)[ \t]{1,2}"
    r"(?-i:(?:[A-Z][\w'’-]*[ \t]{1,2}){1,5})(?:[a-z]{3,12}[ \t]{1,2})?in)[ \t]{1,2}$"
)
# "The 2024 Cardboard Boat Regatta", "The authority's 2024 regatta": a year that names an edition.
# ("The October 2024 event, the sixth annual": a month may name it with the year)
_YEAR_NAMING_EDITION = lazy_compile(
    r"(?i)(?:\bthe|['’]s|\bits)[ \t]{1,2}(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)[ \t]{1,2})?((?:19|20)\d\d)[ \t]{1,2}(?!(?:in|and|to|or|through|was|were|is)\b)[a-z]"
)
# "…, first held in 2012, will return in December 2024 for its 14th annual edition": the year it is held, told
# before the ordinal by the verb that brings the event back or holds it.
_HELD_BEFORE_EN = lazy_compile(
    r"(?i)\b(?:returns?|will[ \t]{1,2}return|(?:will[ \t]{1,2}be|is|was)[ \t]{1,2}held|takes?[ \t]{1,2}place|"
    r"(?:is|was)[ \t]{1,2}(?:set|scheduled)[ \t]{1,2}for)[ \t]{1,2}(?:in|on)?[ \t]{0,2}(?:(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)[ \t]{1,2})?((?:19|20)\d\d)\b"
)
# "…on the first weekend of June 2024, its 38th edition": a year right before the ordinal's apposition.
_YEAR_BESIDE_ORDINAL = lazy_compile(r"((?:19|20)\d\d),[ \t]{1,2}(?:its|the)[ \t]{1,2}\S?$")
# "reached its 20th edition in 2024": the year it was held, in the ordinal's own clause.
# ("will be the 12th annual when it returns in October 2024": its month may come before the year)
# ("its 16th annual drawing on New Year's Eve 2024", "on Dec. 31, 2024": a named day before the year)
_HELD_IN_EN = lazy_compile(
    r"[^,.;!?\d]{0,30}?(?:\bin[ \t]{1,2}(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)[ \t]{1,2})?|\bon[ \t]{1,2}(?:(?:[A-Z][a-z]{1,8}\.?|[A-Z][a-z]{2,8}['’]s)[ \t]{1,2}){1,3}"
    r"(?:\d{1,2},[ \t]{1,2})?)((?:19|20)\d\d)\b"
)
# A time named from the publication date: "last spring", "Last June's", "this year's".
_RELATIVE_TIME_EN = lazy_compile(
    r"(?i)\b(this|last|next)[ \t]{1,2}(year|spring|summer|fall|autumn|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b"
)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
# Words that say an annual event missed a year, or is not held every year.
_NOT_EVERY_YEAR_EN = lazy_compile(
    r"(?i)\b(?:cancel(?:l?ed|l?ing)?|pandemic|covid|skipp(?:ed|ing)|hiatus|postponed|suspended|not[ \t]held|"
    r"every[ \t]other|biennial|twice|except)\b"
)


def _relative_year_en(relative, publication) -> int | None:
    """The year "last spring", "this year", "next June" names from the publication date, or None when the month
    of publication leaves it open (`last June` written in October may be either June)."""
    word, unit = relative.group(1).lower(), relative.group(2).lower()
    offset = {"this": 0, "last": -1, "next": 1}[word]
    if unit == "year" or offset == 0:
        return publication.year + offset
    from auditor.published import month_number

    first, last = _SEASON_MONTHS.get(unit) or (month_number(unit),) * 2
    if offset < 0 and publication.month < first:
        return publication.year - 1  # "last spring" in February: the spring before
    if offset > 0 and publication.month > last:
        return publication.year + 1  # "next June" in September: the one after
    return None


def _editions_en(text: str, reading, years, publication):
    """An English annual event's Nth edition (`held every June since 2006, reached its 20th edition in 2024`,
    `The 12th annual …, first held in 2012, graduated 28 residents last spring`): counted from the first year as
    the first, up to the year its sentence says it was held."""
    for m in _EDITION_EN.finditer(text):
        index = reading.sentence_at(m.start())
        if index is None:
            continue
        start = reading.sentences[index].start
        end = reading.sentences[index].end
        # (a clause after ; goes on with the same sentence: "…, the 18th annual, drew…; the week was first held in
        # 2006.")
        while (
            index + 1 < len(reading.sentences)
            and text[end - 1 : end] == ";"
            and reading.sentences[index + 1].block == reading.sentences[index].block
        ):
            index += 1
            end = reading.sentences[index].end
        paragraph = text[_paragraph_start(reading, start) : _paragraph_end(reading, start)]
        if _NOT_EVERY_YEAR_EN.search(paragraph):
            continue
        named_year = m.group(2)
        written_start = m.start(3) if named_year else m.start(1)
        stated = ordinal_value(m.group(3) if named_year else m.group(1))
        annual = named_year or "annual" in m.group(0).lower() or _EVERY_YEAR_EN.search(text, start, end)
        in_sentence = [y for y in years if start <= y[0] < end and not DATELINE_END.match(text, y[1])]
        firsts = [y for y in in_sentence if _FIRST_HELD_EN.search(text, max(start, y[0] - FIRST_HELD_REACH), y[0])]
        if not firsts and index > 0 and reading.sentences[index - 1].block == reading.sentences[index].block:
            # "…the Downtown Design Awards, which have been given every year since 2010. The 2024 awards, the 16th
            # annual, will be presented in October": the first year in the sentence before, its one year
            before = reading.sentences[index - 1]
            earlier = [y for y in years if before.start <= y[0] < before.end and not DATELINE_END.match(text, y[1])]
            if len(earlier) == 1 and _FIRST_HELD_EN.search(
                text, max(before.start, earlier[0][0] - FIRST_HELD_REACH), earlier[0][0]
            ):
                firsts = earlier
                annual = annual or _EVERY_YEAR_EN.search(text, before.start, before.end)
        if not annual or len(firsts) != 1 or stated < 2:
            continue
        first = firsts[0]
        held = None
        if named_year:
            held = next((y for y in in_sentence if y[0] == m.start(2)), None)
        else:
            after = _HELD_IN_EN.match(text, m.end())
            if after is not None:
                held = next((y for y in in_sentence if y[0] <= after.start(1) < y[1]), None)
        held_year = held[2] if held is not None else None
        if held is None and not named_year:
            # "The authority's 2024 Cardboard Boat Regatta, held every August since 2009, will be the 17th annual
            # event", "The 2024 awards, the 16th annual,": the year that names the edition, before the ordinal
            naming = [y for y in _YEAR_NAMING_EDITION.finditer(text, start, m.start()) if int(y.group(1)) != first[2]]
            if not naming:
                naming = [y for y in _HELD_BEFORE_EN.finditer(text, start, m.start()) if int(y.group(1)) != first[2]]
            if not naming:
                # "…brought 702 children to the pond in June 2024, its 38th edition": the date the ordinal is set
                # beside names the occasion
                naming = [y for y in [_YEAR_BESIDE_ORDINAL.search(text, start, m.start() + 1)] if y is not None]
            if len(naming) == 1:
                held_year = int(naming[0].group(1))
                held = next((y for y in in_sentence if y[0] <= naming[0].start(1) < y[1]), None)
        others = [y for y in in_sentence if y is not first and y is not held and y[2] != held_year]
        if held_year is None:
            relatives = list(_RELATIVE_TIME_EN.finditer(text, start, end))
            if others or len(relatives) != 1 or publication is None:
                continue
            held_year = _relative_year_en(relatives[0], publication)
            how = f"“{relatives[0].group(0)}”, from the publication date {publication.isoformat()}"
        else:
            how = "the year it was held"
        if held_year is None or others or held_year <= first[2]:
            continue
        why = f"an annual event's Nth edition counts {first[2]} as the first, up to {held_year} ({how})"
        used = (first, held) if held is not None else (first,)
        yield (
            (
                written_start,
                m.end(3) if named_year else m.end(1),
                text[written_start : m.end(3) if named_year else m.end(1)],
            ),
            stated,
            held_year,
            first[2],
            True,
            used,
            why,
        )


def _counts_years(text: str, figure) -> bool:
    """第N个年头, a thing's 第N年 (实行这一制度的第二十八年) and N个年头 (连续运行了十八个年头): the calendar years of
    a thing's being, the first counted as 1."""
    if figure.kind == "ordinal":
        if figure.written_unit == "年":
            # only a thing's Nth year (实行这一制度的第二十八年), not a streak (连续第三年获此评价) or a term
            return text[max(0, figure.start - 1) : figure.start] == "的"
        return bool(_NTH_YEAR.match(text, figure.end))
    return figure.kind == "quantity" and figure.written_unit == "个" and bool(_NTH_YEAR.match(text, figure.end))


_EDITION = lazy_compile(r"[ \t]{0,2}届")
_EVERY_BEFORE_EN = lazy_compile(r"(?i)\b(?:every|each)[ \t]{1,2}(?:other[ \t]{1,2})?$")
_ANNUAL = lazy_compile(r"每年|一年一届|(?i:\bevery[ \t]year\b|\bannual(?:ly)?\b)")
# "seven years earlier", "eight years ago": counted back from the sentence's own year, or from publication.
_RELATIVE_YEAR = lazy_compile(r"今年|去年|明年|(?i:\b(?:this|last|next)[ \t]year\b)")
_YEAR_OFFSETS = {"今年": 0, "去年": -1, "明年": 1, "this": 0, "last": -1, "next": 1}


def _year_offset(relative) -> int:
    """The year a relative-year word names, from the publication year: 去年 / last year −1."""
    word = relative.group(0).lower()
    return _YEAR_OFFSETS[word if word in _YEAR_OFFSETS else word.split()[0]]


_LATER_BETWEEN = lazy_compile(r"次年|翌年|后|不久|随后|此后|其后|两年|几年|多年")
# A year an annual event was not held, said in its paragraph: 除2020年停办外, 仅2021年未举办, 因疫情取消.
_EDITION_MISSED_CN = lazy_compile(
    r"停办|未举办|未能举办|停赛|暂停举办|(?:因疫情|疫情期间)[^，,。；;]{0,8}(?:取消|延期|暂停)"
)
_STOPPED = lazy_compile(r"停航|停运|停办|停产|停业|停刊|关闭|闭馆|中断|暂停|停止|撤销|(?:被)?取消")
_LAST_TIME = lazy_compile(r"继|自|从|上次|上一次|前次|之后|以后|以来|后")
# A sentence's opening clause that dates what it tells: "When voters approved a levy lid lift in 2022,", "In 1960,".
_OPENING_CLAUSE_DATED = lazy_compile(
    r"(?:(?i:when|after|before|by|in|once|as)\b[^,.;!?\d]{0,60}?\b|(?i:in)[ \t]{1,2})((?:1[6-9]|20)\d\d)\b[^,.;!?]{0,20},"
)


DATELINE_REACH = 60  # characters from a line's start in which its dateline ends


def _first_word(text: str, position: int) -> int:
    """The position of a sentence's first word: past spaces and a dateline ("HALDEN (Mar. 1, 2025) — ")."""
    dateline = DATELINE_END.search(text, position, min(len(text), position + DATELINE_REACH))
    if dateline is not None and "\n" not in text[position : dateline.start()]:
        position = dateline.end()
    return skip_space(text, position)


# "the 78 years since the district was formed in 1948": a span since a founding its clause dates right after it.
_SINCE_FOUNDED_AFTER_EN = lazy_compile(
    r"(?i)[ \t]{1,2}since\b[^.;!?\d]{0,60}?\b(?:formed|founded|created|established|built|opened|incorporated|"
    r"chartered|organized)\b[^.;!?\d]{0,20}?\bin[ \t]{1,2}((?:1[6-9]|20)\d\d)\b"
)
_AGO_EN = lazy_compile(r"(?i)[ \t]{1,2}(ago|earlier)\b")


def _years(reading, publication):
    """(start, end, year, figure index) of every absolute year or date in the prose, in order."""
    found = []
    for index, figure in enumerate(reading.figures):
        calendar = figure.calendar
        if calendar_year(figure) is not None:
            found.append((figure.start, figure.end, calendar.year, index))
        elif figure.kind == "relative-date" and calendar is not None and publication is not None:
            found.append((figure.start, figure.end, publication.year + (calendar.relative_year or 0), index))
    return found


def _event_before(text, reading, publication, only, span_start: int):
    """The date of the event a 时隔 sentence speaks of when its one year is the last time (继2012年之后,
    or a clause of its own before ；: "2014年6月，首艘…靠泊；时隔9年，…迎来…"): the last date of the sentence
    before in its paragraph, a month and day with no year being in the publication year. (start, end, year,
    figure index, whether the year came from the publication date), or None."""
    sentence_start = _passage_start(reading, span_start)
    years_in_sentence = {
        figure.calendar.year
        for figure in (reading.figures[i] for i in reading.figures_in(sentence_start, span_start))
        if figure.calendar is not None and figure.calendar.year
    }
    if years_in_sentence != {only[2]}:
        return None
    last_time = _LAST_TIME.search(text, max(0, only[0] - 3), min(len(text), only[1] + 8))
    # "这条航线2018年因货源不足停航，时隔六年重新开通": a year something stopped is the last time too.
    stopped = _STOPPED.search(text, only[1], min(span_start, only[1] + 14))
    if stopped is not None and _LATER_BETWEEN.search(text, only[1], stopped.start()):
        return None  # "2019年开通，次年因疫情中断", "开通后不久便…中断": it stopped another year, unnamed
    if last_time is None and stopped is None and not _CLAUSE_BEFORE_GAP.search(text, only[1], span_start):
        return None
    event = _date_of_sentence_before(reading, publication, sentence_start)
    return event if event is not None and event[2] > only[2] else None


def _date_of_sentence_before(reading, publication, sentence_start: int):
    """The last date of the sentence before the one starting at `sentence_start`, in its paragraph, a month and
    day with no year (or 去年11月) being read against the publication date: (start, end, year, figure index,
    whether the year came from the publication date), or None."""
    position = reading.sentence_at(sentence_start)
    if not position or reading.sentences[position].start != sentence_start:
        return None
    previous = reading.sentences[position - 1]
    if previous.block != reading.sentences[position].block:
        return None
    years = {
        reading.figures[i].calendar.year
        for i in reading.figures_in(previous.start, previous.end)
        if reading.figures[i].calendar is not None and reading.figures[i].calendar.year
    }
    if len(years) > 1:
        return None  # (2023年、2024年两年，…合计41.0亿元: the years of its amounts, no one event's date)
    for index in reversed(reading.figures_in(previous.start, previous.end)):
        figure = reading.figures[index]
        calendar = figure.calendar
        if calendar is None or figure.kind not in ("year", "date", "relative-date"):
            continue
        if calendar.year:
            return (figure.start, figure.end, calendar.year, index, False)
        if publication is not None:
            year = publication.year + (calendar.relative_year or 0)
            if calendar.relative_year is None and calendar.month and calendar.month > publication.month:
                year -= 1  # "9月，…" in an article of January: last September
            return (figure.start, figure.end, year, index, True)
    return None


# "…时隔七年再获该项金奖，上一次获奖是在2016年": the last time, named after the span.
_LAST_TIME_AFTER = lazy_compile(r"上一次|上次|前一次|上回|此前一次")


_CLAUSE_BEFORE_GAP = lazy_compile(r"[；;][ \t]{0,2}时隔")
_CLAUSE_SEMICOLON = lazy_compile(r"[；;]")


# "修建于1998年，距今已有二十七年", "2015年…建成投用，至今已运行十年", "created the fund in 2016, and for the past
# nine years…": a span from the year its sentence names to now.
_TO_NOW = lazy_compile(
    r"(?:距今|至今|到现在|到今年|迄今)[^，,。；;！？]{0,6}$|(?i:\b(?:for|over|in)[ \t]the[ \t](?:past|last)[ \t])$"
)
# "…came to Harrow Point in 2011 and has run the department for the 12 years since": a span to now from the
# year its sentence names.
_SINCE_AFTER_EN = lazy_compile(r"(?i)[ \t]{1,2}since(?=[ \t]{0,2}(?:[,.;:!?)]|$))")
# Words that start the event a span between two dated events counts from: 1992年动工, 2003年开工.
_BEGUN = lazy_compile(r"(?:动工|开工|开建|兴建|筹建|建区|设立|组建)")
# "到2023年启动修编时已实施了九年", "建于1988年，至2024年已走过三十八年", "sat vacant for 35 years until the city
# bought it in 2021": a span up to a later year its sentence names.
_UP_TO_CN = lazy_compile(r"(?:到|至)[ \t]{0,2}$")
# "for 21 years, from 1962 until she retired in 1985", "for six years, from 2015 to 2021".
_FROM_TO_EN = lazy_compile(
    r"(?i)[ \t]{0,2},?[ \t]{1,2}from[ \t]{1,2}(1[89]\d\d|20\d\d)\b[ \t]{1,2}(?:to|until|till|through)\b[^.;!?]{0,40}?"
    r"\b(1[89]\d\d|20\d\d)\b"
)
_UNTIL_EN = lazy_compile(r"(?i)[ \t]until\b[^.;!?]{0,50}?\b(1[89]\d\d|20\d\d)\b")


# 2021年至2025年历时五年, 到2024年的六年间: a span over calendar years, which Chinese counts with both ends.
_CALENDAR_SPAN_BEFORE = lazy_compile(r"历时[ \t]{0,2}$")
_CALENDAR_SPAN_AFTER = lazy_compile(r"[ \t]{0,2}间")


def _counts_calendar_years(text: str, later, figure) -> bool:
    """The span after a year named with 到 / 至 covers calendar years (历时五年, 六年间): counted inclusively as
    often as not."""
    return bool(
        _CALENDAR_SPAN_BEFORE.search(text, max(later[1], figure.start - 4), figure.start)
        or figure.text.endswith("间")
        or _CALENDAR_SPAN_AFTER.match(text, figure.end)
    )


_AGO_CN = lazy_compile(r"[ \t]{0,2}前(?![后期夕景列沿台往进])")


def _start_in_sentence_before(text, reading, years, sentence_start: int, later):
    """The one year of the sentence before (in the same paragraph) when a start word follows it (2016年设立)."""
    index = reading.sentence_at(sentence_start)
    if not index:
        return None
    previous = reading.sentences[index - 1]
    if previous.block != reading.sentences[index].block:
        return None
    inside = [y for y in years if previous.start <= y[0] and y[1] <= previous.end]
    if len(inside) != 1 or inside[0][2] >= later[2]:
        return None
    year = inside[0]
    if _START.search(text, year[1], year[1] + 8) or _FOUNDING.search(text, year[1], year[1] + 8):
        return year
    # "2018年，县里在白沙河口设立…": a year opening its sentence dates the sentence's start word
    if (
        year[0] - previous.start <= 2
        and text[year[1] : year[1] + 1] in "，,"
        and _FOUNDING.search(text, year[1], previous.end)
    ):
        return year
    return None


def _span_ends(text, reading, years, publication, published, figure):
    """A span from the year its sentence names before it to the publication year (距今, 至今, for the past N
    years) or to a later year the sentence names as its end (到2023年…时已…N年, for N years until … 2021):
    (later year, earlier year, years used, why), or None."""
    if _AGO_CN.match(text, figure.end):
        return None  # 基础研究经费增至十年前的3.6倍: a time back from now, no span between the sentence's years
    since_after = _SINCE_AFTER_EN.match(text, figure.end) is not None
    # "…date to 2011, when…; the 15 years since have…": the year may stand in a clause before a semicolon.
    sentence_start = (_passage_start if since_after else _sentence_start)(reading, figure.start)
    from_to = _FROM_TO_EN.match(text, figure.end)
    if from_to is not None:
        # "ran it for 21 years, from 1962 until she retired in 1985": both ends stated right after the span.
        earlier = next((y for y in years if y[0] == from_to.start(1)), None)
        later = next((y for y in years if y[0] == from_to.start(2)), None)
        stated = int(figure.nominal)
        if earlier is not None and later is not None:
            # "from 2010 through 2019" may count both ends (ten seasons): either count is right.
            if later[2] <= earlier[2] or stated in (later[2] - earlier[2], later[2] - earlier[2] + 1):
                return None
            return (
                later[2],
                earlier[2],
                (earlier, later),
                f"the span runs from {earlier[2]} to {later[2]}, both named right after it",
            )
    before = [y for y in years if sentence_start <= y[0] and y[1] <= figure.start]
    if not before:
        return None
    until = _UNTIL_EN.match(text, figure.end)
    if until is not None:
        later = next((y for y in years if y[0] == until.start(1)), None)
        earlier = before[-1]
        if later is None or later[2] <= earlier[2]:
            return None
        return (
            later[2],
            earlier[2],
            (earlier, later),
            (f"the span runs from {earlier[2]} until {later[2]}, both named in its sentence"),
        )
    if _BETWEEN_CN.search(text, max(sentence_start, figure.start - 6), figure.start) or _BETWEEN_EN.match(
        text, figure.end
    ):
        later = before[-1]
        earlier = next((y for y in reversed(before[:-1]) if y[2] < later[2]), None)
        # The span counts from the year its event starts (1992年动工, 1998年建立, opened in 1964); any earlier
        # year of the sentence may be another event (2015年开始种茶，2018年建成加工厂，2023年…只用了八年).
        if earlier is None or not (
            _START.search(text, earlier[1], earlier[1] + 8)
            or _FOUNDING.search(text, max(0, earlier[0] - 16), earlier[1] + 8)
            or _BEGUN.search(text, earlier[1], earlier[1] + 6)
        ):
            return None
        if len([y for y in before if y[2] < later[2]]) > 1 and earlier is not before[0]:
            return None
        return (
            later[2],
            earlier[2],
            (earlier, later),
            f"the span runs between the two events its sentence dates, {earlier[2]} and {later[2]}",
        )
    up_to = [y for y in before if _UP_TO_CN.search(text, max(0, y[0] - 3), y[0])]
    if up_to and figure.start - up_to[-1][1] <= 30:
        later = up_to[-1]
        earlier = next((y for y in reversed(before) if y[1] <= later[0] and y[2] < later[2]), None)
        if earlier is None and later is before[0]:
            # "梓岙县在2016年设立县级中蜂保护区，…。到2024年，保护区已经走过十年": the start the sentence before
            # dates, its one year, with a start word right after it
            earlier = _start_in_sentence_before(text, reading, years, sentence_start, later)
        if earlier is None:
            return None
        return (
            later[2],
            earlier[2],
            (earlier, later),
            (f"the span runs from {earlier[2]} to {later[2]} (到…), both named in its sentence"),
        )
    if (
        publication is not None
        and figure.text.endswith("来")
        and len(before) == 1
        and before[0][2] < publication.year
        and _START.search(text, max(before[0][1], figure.start - 12), figure.start)
        # in the year's own clause (1996年实行殡葬改革二十六年来; not 于2005年修通第一条水泥路，开展美丽乡村建设十年来,
        # whose start word names another event than the year's)
        and not _CLAUSE_MARK_BETWEEN.search(text, before[0][1], figure.start)
        # the year dates an event (于1996年实行…, 1996年实行…), not a year's count (2023年共为…减免…)
        and (
            text[max(0, before[0][0] - 1) : before[0][0]] == "于"
            or _START.search(text, before[0][1], before[0][1] + 8)
            or _FOUNDING.search(text, before[0][1], before[0][1] + 8)
        )
    ):
        # "于1996年被划为火葬区，实行殡葬改革二十六年来": the years since the sentence's one year, whose event the
        # start word right before the span names; counted to now, the calendar years either way
        if int(figure.nominal) in (publication.year - before[0][2], publication.year - before[0][2] + 1):
            return None
        return (
            publication.year,
            before[0][2],
            (before[0],),
            f"the span runs from {before[0][2]} (named in its sentence) to now: {published}; "
            f"{publication.year - before[0][2] + 1}, counting both years, would be right too",
        )
    to_now = _TO_NOW.search(text, max(sentence_start, figure.start - 16), figure.start)
    if publication is None or not (to_now or since_after):
        return None
    earlier = before[-1]
    if earlier[2] >= publication.year:
        return None
    if (
        to_now is not None
        and to_now.group(0).isascii()
        and not since_after
        and not _START_EN_BEFORE.search(text, max(sentence_start, earlier[0] - 48), earlier[0])
    ):
        # "The first festival was in 2018 and for the last three years has taken place during August": the last
        # years of something, counted from its start only when the sentence says the year started it ("created
        # the fund in 2016, and for the past nine years")
        return None
    return (
        publication.year,
        earlier[2],
        (earlier,),
        (f"the span runs from {earlier[2]} (named in its sentence) to now: {published}"),
    )


def _last_time_after(text, reading, years, publication, published, figure, sentence_start):
    """时隔N年 in a sentence that names no year before it, the last time named after it (这是…时隔七年再获金奖，
    上一次获奖是在2016年) and the event dated in the sentence before (去年11月…获得金奖): (later year, earlier
    year, inclusive, years used, assumption), or None."""
    earlier = _last_time_named_after(text, reading, years, figure)
    if earlier is None:
        return None
    event = _date_of_sentence_before(reading, publication, sentence_start)
    if event is None or event[2] <= earlier[2]:
        return None
    return (
        event[2],
        earlier[2],
        False,
        (earlier, event[:4]),
        f"时隔 counts from {earlier[2]} (the last time, named after it) to {event[2]} "
        f"(the date of the sentence before{', in ' + published if event[4] else ''})",
    )


def _last_time_named_after(text, reading, years, figure, before_year=None):
    """The year named after a 时隔 span in its sentence as the last time (上一次获奖是在2016年), earlier than
    `before_year` when given, or None."""
    sentence_end = _sentence_end(reading, figure.end)
    return next(
        (
            y
            for y in years
            if figure.end <= y[0] < sentence_end
            and (before_year is None or y[2] < before_year)
            and _LAST_TIME_AFTER.search(text, figure.end, y[0])
        ),
        None,
    )


# "1998年建立，2013年晋升…，从建区到晋级用了十四年", "opened in 1964, was last expanded in 1998, 36 years after it
# opened": the span between the two events its sentence dates before it.
# (经过三年努力 and "retired 10 years later" count from the last event, not between the two years named.)
_BETWEEN_CN = lazy_compile(r"(?:用了|历时|花了|耗时|相隔|间隔)[ \t]{0,2}$")
_BETWEEN_EN = lazy_compile(r"(?i)[ \t]{1,2}after\b")


def _passage_start(reading, position: int) -> int:
    """Where the sentence around position starts, with the clauses before it that end in ； (one passage)."""
    sentences = reading.sentences
    text = reading.document.visible_text
    index = reading.sentence_at(position)
    if index is None:
        return max(0, position - LOOKBACK)
    while (
        index > 0
        and sentences[index - 1].block == sentences[index].block
        and text[sentences[index - 1].end - 1 : sentences[index - 1].end] in ("；", ";")
    ):
        index -= 1
    return sentences[index].start


def _same_paragraph(reading, first: int, second: int) -> bool:
    text = reading.document.visible_text
    return "\n" not in text[first:second]


def _sentence_start(reading, position: int) -> int:
    index = reading.sentence_at(position)
    return reading.sentences[index].start if index is not None else max(0, position - LOOKBACK)


# This year as the Nth of something: "is now in its 89th year", "now in her 11th year in the job".
# (or "the terminal opened in 1999, making 2024 its 26th season": counted to the year it names; the ordinal is
# the pattern's last group)
_NTH_YEAR_EN = lazy_compile(
    r"(?i)\b(?:(?:now[ \t]{1,2}in|this[ \t]{1,2}is|marked|marks|celebrated|celebrates|entered|enters|began|begins)"
    r"[ \t]{1,2}(?:its|his|her|their)|making[ \t]{1,2}(?P<year>(?:19|20)\d\d)[ \t]{1,2}(?:its|their))[ \t]{1,2}"
    + _ORDINAL
    + r"[ \t]{1,2}(?:year|season)\b"
)
# "marked its 104th year this summer": a year marked is this year's only when the sentence says so, with no other
# year named between.
_IN_YEAR_AFTER = lazy_compile(r"[ \t]{1,2}in[ \t]{1,2}((?:19|20)\d\d)\b")
_THIS_SEASON_AFTER = lazy_compile(r"(?i)[^.;!?\d]{0,40}\bthis[ \t](?:year|spring|summer|fall|autumn|winter)\b")
# What a year starts: "founded in 1938", "since 2016", "became a unified district in 1965".
_START_EN = (
    r"\b(?:founded|established|formed|created|chartered|incorporated|opened|began|started|launched|became|"
    r"signed[ \t]on)\b[^.;!?]{0,40}?\b(?:in|since)|\bsince"
    # "The county held its first collection day in a fairgrounds parking lot in 1989": its first, in that year
    r"|\b(?:held|hosted|ran|staged|opened|made)[ \t]{1,2}its[ \t]{1,2}first\b[^.;!?]{0,50}?\bin"
)
_START_EN_BEFORE = lazy_compile(r"(?i)(?:" + _START_EN + r")[ \t]{1,2}$")
START_EN_REACH = 72  # characters before a year in which the words that make it a start are looked for
# A person's start in a post, the verb right before its year ("who was hired in 2019 and is now in her eighth
# year", "named in 2017 and now in his tenth year"): counted for her / his Nth year only. ("was named the
# conference's coach of the year in 2019", "hired 12 new principals in 2019": another event of that year.)
_PERSON_START_BEFORE = lazy_compile(
    r"(?i)(?:\b(?:was|were|been|who|and)[ \t]{1,2}|,[ \t]{0,2})(?:hired|appointed|named)[ \t]{1,2}in[ \t]{1,2}$"
)
_PERSON_NTH = lazy_compile(r"(?i)\b(?:his|her)[ \t]")
# A subject founded itself, the passive right before its year: "was created by county ordinance in".
_FOUNDED_ITSELF = lazy_compile(
    r"(?i)\b(?:was|were)[ \t]{1,2}(?:founded|established|formed|created|chartered|incorporated|opened)\b[^.;!?]{0,40}?"
    r"\bin[ \t]{1,2}$"
)
# A sentence that goes on about the subject of the one before it: "It is now in its eighth year."
_CONTINUES_SUBJECT = lazy_compile(
    r"[ \t]{0,2}(?:It(?:[ \t]{1,2}is|’s|'s)?[ \t]{1,2}now\b|Now[ \t]{1,2}in[ \t]{1,2}its\b)"
)
# The subject of a sentence started, its own verb right after it: "The program began in 1974 as…" (not "…, six
# years after the college opened in 1968").
_SUBJECT_STARTED = lazy_compile(
    r"(?:^|[.!?\n\u2014]|--)[ \t]{0,2}(?:The|This|Its)[ \t](?:[A-Za-z'’-]{1,20}[ \t]){0,4}?"
    r"(?:began|started|opened|launched|(?:was|were)[ \t](?:founded|established|formed|created|chartered|incorporated|opened))"
    r"[ \t]{1,2}in[ \t]{1,2}$"
)
# A span written as an English adjective before its noun: "one-year gain", "10-year plan".
_ATTRIBUTIVE = lazy_compile(r"(?i:[a-z]{1,12}|\d{1,3})-years?")
_NOUN_AFTER = lazy_compile(r"[ \t]{1,2}(?!(?:ago|since|after|before|later|earlier)\b)[A-Za-z]")
# A plan or campaign named by its length: 三年行动, 五年规划, 三年攻坚, 两年计划.
_PLAN_NAMED_AFTER = lazy_compile(r"(?:行动|规划|计划|攻坚|专项行动|行动计划)")


def _spans(document, reading, publication):
    """(figure index or (start, end, written), stated N, later year, earlier year, counted inclusively, years
    used, assumption) per span judged."""
    text = document.visible_text
    years = _years(reading, publication)
    published = f"the publication year {publication.year} ({publication.isoformat()})" if publication else None
    for index, figure in enumerate(reading.figures):
        # (a span in whole years: "a two-day livestock show", "5天" and "18 months" count no years)
        if (
            figure.kind == "span"
            and figure.unit == "year"
            and figure.low == figure.high
            and figure.nominal.denominator == 1
        ):
            if _ATTRIBUTIVE.fullmatch(figure.text) and _NOUN_AFTER.match(text, figure.end):
                continue  # "the largest one-year gain since fiscal 2021", "a two-year contract": a length, no span
            if (
                _PLAN_NAMED_AFTER.match(text, figure.end)
                or text[max(0, figure.start - 1) : figure.start] == "每"
                or _EVERY_BEFORE_EN.search(text, max(0, figure.start - 8), figure.start)
            ):
                continue  # 三年行动, 五年规划: a plan named by its length; 每两年举办一届, "every two years": how often
            if _TERM_BEFORE.search(text, max(0, figure.start - TERM_REACH), figure.start):
                continue  # 毕业后须回村服务6年, "must serve six years": a term owed, no time that has passed
            stated = int(figure.nominal)
            since_founding = _since_founding(text, reading, years, publication, published, figure, stated)
            if since_founding is not None:
                if since_founding:
                    yield (index, stated, *since_founding)
                continue
            before = text[max(0, figure.start - LOOKBACK) : figure.start]
            sentence_start = _sentence_start(reading, figure.start)
            in_sentence = [y for y in years if sentence_start <= y[0] and y[1] <= figure.start]
            gap = _GAP_EN.search(before)
            if gap:
                # "has not added a vessel since 2014…; by the time the Fulmar enters service in 2026, the gap will
                # be 14 years": the two years its passage names before it
                passage_start = _passage_start(reading, figure.start)
                passage = [
                    y
                    for y in years
                    if passage_start <= y[0] and y[1] <= figure.start and not DATELINE_END.match(text, y[1])
                ]
                if gap.group("between") and len(passage) == 1:
                    # "…was last deepened in 1998. When the new work finishes in 2028, the gap between the two
                    # projects will be 32 years": the gap between two events, the first dated in the sentence before
                    # (of the same paragraph)
                    earlier_start = _passage_start(reading, max(0, passage_start - 2))
                    if reading.sentence_at(earlier_start) is not None and _same_paragraph(
                        reading, earlier_start, figure.start
                    ):
                        passage = [
                            y
                            for y in years
                            if earlier_start <= y[0] and y[1] <= figure.start and not DATELINE_END.match(text, y[1])
                        ]
                if len({y[2] for y in passage}) == 2 and not _WISHED.search(text, passage_start, figure.start):
                    earlier, later = min(passage, key=lambda y: y[2]), max(passage, key=lambda y: y[2])
                    yield (
                        index,
                        stated,
                        later[2],
                        earlier[2],
                        False,
                        (earlier, later),
                        f"the gap runs from {earlier[2]} to {later[2]}, the two years its sentence names",
                    )
                continue
            if _GAP.search(before):
                # A clause before ； belongs to the span's sentence ("2014年6月，首艘…靠泊；时隔9年，…").
                sentence_start = _passage_start(reading, figure.start)
                in_sentence = [y for y in years if sentence_start <= y[0] and y[1] <= figure.start]
                # The later year is the latest its sentence names before the span (2023年…继2011年之后，时隔…);
                # the earlier one the nearest year before the span that is earlier than it.
                later = max(in_sentence, key=lambda y: (y[2], y[0])) if in_sentence else None
                year_after = next((y for y in years if 0 <= y[0] - figure.end <= 3), None)
                if later is not None and year_after is not None and year_after[2] > later[2]:
                    # "2013年，…建成第一座冷库；时隔十年，2024年又…": from the year before it to the year right after
                    yield (
                        index,
                        stated,
                        year_after[2],
                        later[2],
                        False,
                        (later, year_after),
                        f"时隔 counts from {later[2]} (named before it) to {year_after[2]} (named right after it)",
                    )
                    continue
                if later is None:
                    found = _last_time_after(text, reading, years, publication, published, figure, sentence_start)
                    if found is not None:
                        yield (index, stated, *found)
                    continue
                event = _event_before(text, reading, publication, later, figure.start)
                if event is not None:
                    # "今年5月，…获得金奖。这是继2012年5月…之后，时隔11年再次…": the one year of the span's
                    # sentence is the last time, and the event it speaks of is dated in the sentence before.
                    yield (
                        index,
                        stated,
                        event[2],
                        later[2],
                        False,
                        (later, event[:4]),
                        f"时隔 counts from {later[2]} (the last time, named in its sentence) to {event[2]} "
                        f"(the date of the sentence before{', in ' + published if event[4] else ''})",
                    )
                    continue
                # The last time named after the span in its sentence (…时隔六年…，上一次入选是在2018年) says it.
                earlier = _last_time_named_after(text, reading, years, figure, later[2])
                if earlier is not None:
                    yield (
                        index,
                        stated,
                        later[2],
                        earlier[2],
                        False,
                        (earlier, later),
                        f"时隔 counts from {earlier[2]} (the last time, named after it) to {later[2]} (named before it)",
                    )
                    continue
                paragraph_start = _paragraph_start(reading, figure.start)
                earlier = next(
                    (
                        y
                        for y in reversed(years)
                        if y[1] <= figure.start
                        and y[2] < later[2]
                        and later[0] - y[0] <= 6 * LOOKBACK
                        and y[0] >= paragraph_start  # a year of another paragraph is another story's
                    ),
                    None,
                )
                # In the span's own sentence an earlier year is the last time only when the text says so
                # (继2011年之后, 自2011年以来); "在2020年规划的基础上" is another year of the story.
                if (
                    earlier is not None
                    and earlier[0] >= sentence_start
                    and not _LAST_TIME.search(text, max(0, earlier[0] - 3), min(len(text), earlier[1] + 8))
                    # (a clause of its own before ；, the later year after it, is the last time: 2013年，…承办…；
                    # 2025年5月，时隔十年，…再次…)
                    and not _CLAUSE_SEMICOLON.search(text, earlier[1], later[0])
                ):
                    continue
                if earlier is None:
                    continue
                yield (
                    index,
                    stated,
                    later[2],
                    earlier[2],
                    False,
                    (earlier, later),
                    f"时隔 counts from {earlier[2]} (the nearest earlier year named) to {later[2]} (named before it)",
                )
                continue
            ago = _AGO_EN.match(text, figure.end)
            if ago is not None:
                # The year the span counts from stands right before it: "the Oak Fire of 2016, nine years ago".
                year_before = [y for y in in_sentence if y[1] <= figure.start and figure.start - y[1] <= 6] or [
                    y
                    for y in years
                    if 0 <= y[0] - ago.end() <= 5  # "opened 14 years ago in 2011"
                    and y[0] < _sentence_end(reading, ago.end())
                ]
                if year_before and publication is not None:
                    earlier_year = year_before[-1]
                    if ago.group(1).lower() == "ago":
                        yield (
                            index,
                            stated,
                            publication.year,
                            earlier_year[2],
                            False,
                            (earlier_year,),
                            f"“ago” counts from {earlier_year[2]} to {published}",
                        )
                        continue
                    event = [y for y in in_sentence if y[2] > earlier_year[2]]
                    # …with the one year its sentence names before it ("arrived in 1950 and taught until 1988,
                    # … two years earlier, in 1948" does not say which of the two it counts from)
                    if earlier_year[0] >= ago.end() and len(event) == 1 and len(in_sentence) == 1:
                        # "opened in 1962, on a lake formed when the dam was finished two years earlier, in
                        # 1958": earlier than the year its sentence names before it.
                        yield (
                            index,
                            stated,
                            event[-1][2],
                            earlier_year[2],
                            False,
                            (earlier_year, event[-1]),
                            f"“earlier” counts back from {event[-1][2]} (named before it) to {earlier_year[2]} "
                            "(named after it)",
                        )
                        continue
                    anchor = _RELATIVE_YEAR.search(text, sentence_start, earlier_year[0])
                    if anchor is not None:
                        offset = _year_offset(anchor)
                        yield (
                            index,
                            stated,
                            publication.year + offset,
                            earlier_year[2],
                            False,
                            (earlier_year,),
                            f"“earlier” counts from {earlier_year[2]} to the year the sentence is about "
                            f"(“{anchor.group(0)}”: {publication.year + offset}, from {published})",
                        )
                        continue
                # "the highest since February 2024 but below the peak seen two years ago": a time back from now
                # or from an event, never the length of a span since a year the sentence names
                continue
            founded_after = _SINCE_FOUNDED_AFTER_EN.match(text, figure.end)
            founded = next((y for y in years if founded_after is not None and y[0] == founded_after.start(1)), None)
            if founded is not None:
                # "…approved a levy in 2022, the first increase in the 78 years since the district was formed in
                # 1948": from the founding named after it to the year its sentence names before it, else to now
                # the year the sentence's opening clause dates its event by ("When voters approved a levy lid lift
                # in 2022, …", "In 1960, …"); not a year of an aside ("Chief Ed Hart, hired in 1998, …", "first
                # proposed in 2019"), which the span does not run to
                sentence_start = _sentence_start(reading, figure.start)
                opening = _OPENING_CLAUSE_DATED.match(text, _first_word(text, sentence_start))
                later = next(
                    (
                        y
                        for y in in_sentence
                        if opening is not None
                        and y[0] == opening.start(1)
                        and y[2] > founded[2]
                        and not DATELINE_END.match(text, y[1])
                    ),
                    None,
                )
                if later is None and publication is None:
                    continue
                to_year = later[2] if later is not None else publication.year
                # full years (the anniversary not yet reached), the difference, or both years counted
                if stated not in range(to_year - founded[2] - 1, to_year - founded[2] + 2):
                    yield (
                        index,
                        stated,
                        to_year,
                        founded[2],
                        False,
                        (founded, later) if later is not None else (founded,),
                        f"the span runs from {founded[2]} (the founding named after it) to "
                        + (f"{to_year} (named before it)" if later is not None else published)
                        + f"; {to_year - founded[2] - 1} to {to_year - founded[2] + 1} would all be right",
                    )
                continue
            since = None
            for y in reversed(
                in_sentence
                + [
                    y
                    for y in years
                    if y[0] >= figure.end and y[0] - figure.end <= 40 and y[0] < _sentence_end(reading, figure.end)
                ]
            ):
                cue_before = text[max(0, y[0] - 48) : y[0]]
                # The reader may take 以来 into the year itself ("2016年以来").
                since_cn = _SINCE_CN_AFTER.match(text, y[1]) or _SINCE_CN_AFTER.search(text, y[0], y[1])
                if _SINCE_EN.search(cue_before) or (_SINCE_CN.search(cue_before) and since_cn):
                    since = y
                    break
            if since is None:
                ends = _span_ends(text, reading, years, publication, published, figure)
                if ends is not None:
                    later, earlier, used, why = ends
                    calendar = len(used) == 2 and _counts_calendar_years(text, used[1], figure)
                    if calendar:
                        if stated == later - earlier + 1:
                            continue
                        why += f" ({later - earlier + 1}, counting both years, would be right too)"
                    yield (index, stated, later, earlier, False, used, why)
                continue
            up_to = [
                y
                for y in in_sentence
                if since[1] <= y[0] and y[2] > since[2] and _UP_TO_CN.search(text, max(0, y[0] - 3), y[0])
            ]
            if up_to:
                # 自2019年启动试点以来，到2024年的七年间: the span runs to the year after 到, not to now
                later = up_to[-1]
                why = f"the span runs from {since[2]} to {later[2]} (自…以来，到…), both named in its sentence"
                if _counts_calendar_years(text, later, figure):
                    if stated == later[2] - since[2] + 1:
                        continue
                    why += f" ({later[2] - since[2] + 1}, counting both years, would be right too)"
                yield (index, stated, later[2], since[2], False, (since, later), why)
                continue
            in_later = next(
                (
                    y
                    for y in years
                    if figure.end <= y[0] <= figure.end + 40
                    and y[2] > since[2]
                    and y[0] < _sentence_end(reading, figure.end)
                    and _IN_BEFORE_EN.search(text, max(figure.end, y[0] - 4), y[0])
                    and not _FULL_STOP.search(text, figure.end, y[0])
                ),
                None,
            )
            if in_later is not None and figure.text.isascii():
                # "…since 1991, celebrated 30 years of the partnership in 2024": counted to the year named after it
                if stated != in_later[2] - since[2]:
                    yield (
                        index,
                        stated,
                        in_later[2],
                        since[2],
                        False,
                        (since, in_later),
                        f"the span runs from {since[2]} to {in_later[2]} (named after it)",
                    )
                continue
            if publication is None:
                continue
            if (
                stated == publication.year - since[2] + 1
                and not figure.text.isascii()
                and "至今" in text[since[0] : figure.start]
            ):
                # 自2012年6月至今…六年来 in 2017: Chinese often counts the calendar years inclusively ("the ten years
                # since 2015" in 2024 is one too many in English)
                continue
            yield (
                index,
                stated,
                publication.year,
                since[2],
                False,
                (since,),
                f"the span runs from {since[2]} to {published} (counted either way)",
            )
    # "The cooperative, founded in 1938 …, is now in its 89th year": the start year counted as the first.
    for m in _NTH_YEAR_EN.finditer(text):
        if not _in_prose(reading, m.start()):
            continue
        nth = m.re.groups  # the ordinal's group
        # the year it is counted to: now ("now in", "this is"), this season, a year right after ("marked its
        # 105th year in 2024"), or the one it names ("making 2024 its 27th season")
        in_year = _IN_YEAR_AFTER.match(text, m.end())
        counted_to = next(
            (
                y
                for y in years
                if (in_year is not None and y[0] == in_year.start(1)) or (m.group("year") and y[0] == m.start("year"))
            ),
            None,
        )
        if (
            not m.group(0).lower().startswith(("now", "this"))
            and not _THIS_SEASON_AFTER.match(text, m.end())
            and counted_to is None
        ):
            continue
        if counted_to is None and publication is None:
            continue  # counted to now, which an undated article does not say
        # (after a quotation the sentence closed before it: its years are the speaker's, "…by 2035," said…)
        sentence_start = _after_closed_quote(text, _sentence_start(reading, m.start()), m.start())
        # "The authority was created … in 2019. It is now in its eighth year.": a sentence that names no year and
        # goes on about the subject of the one before counts from that one's year
        continued = _CONTINUES_SUBJECT.match(text, sentence_start) is not None and not any(
            sentence_start <= y[0] and y[1] <= m.start() and not DATELINE_END.match(text, y[1]) for y in years
        )
        if continued:
            # (the sentence before: the one whose end is this one's start, not a point a few characters back, which
            # may be the space between them)
            index = reading.sentence_at(sentence_start)
            sentence_start = (
                reading.sentences[index - 1].start if index else _sentence_start(reading, max(0, sentence_start - 1))
            )
        before = [y for y in years if sentence_start <= y[0] and y[1] <= m.start()]
        if m.group("year"):
            # "…since the first in 1986, and the terminal opened in 1999, making 2024 its 27th season": the start is
            # the year of the clause right before
            comma = text.rfind(",", sentence_start, m.start())
            clause = text.rfind(",", sentence_start, comma) + 1 if comma > 0 else sentence_start
            before = [y for y in before if y[0] >= max(clause, sentence_start)]
        subject_started = [
            y for y in before if continued and _SUBJECT_STARTED.search(text, max(0, sentence_start - 1), y[0])
        ]
        if len(subject_started) == 1:
            # "The program began in 1974 as a night class…, six years after the college opened in 1968. Now in its
            # 52nd year, …": the year the subject's own verb dates, whatever other years the sentence names
            before = subject_started
        starts = [
            y
            for y in before
            if (
                # the subject itself was founded ("The authority was created…"), not something it started
                # ("The Gazette launched its website in 2009", "The charity opened its first shop in 2012")
                (_FOUNDED_ITSELF.search(text, max(sentence_start, y[0] - 48), y[0]) or y in subject_started)
                if continued
                else _START_EN_BEFORE.search(text, max(sentence_start, y[0] - START_EN_REACH), y[0])
                or (
                    _PERSON_NTH.search(text, m.start(), m.start(nth))
                    and _PERSON_START_BEFORE.search(text, max(sentence_start, y[0] - 24), y[0])
                )
            )
        ]
        # two years before it ("joined the board in 2012 and became its president in 2018"): which one it counts
        # from is unknown
        named = [y for y in before if not DATELINE_END.match(text, y[1])]
        started = starts[0] if len(starts) == 1 and len(named) == 1 else None
        if started is None or any(
            sentence_start <= y[0] < m.start() and y[2] > started[2] and not DATELINE_END.match(text, y[1])
            for y in years
        ):
            continue  # (a later year in the sentence may be the one the count runs to)
        to_year = counted_to[2] if counted_to is not None else publication.year
        if ordinal_value(m.group(nth)) == to_year - started[2]:
            continue  # counted by anniversaries, one not yet reached this year: also right
        yield (
            (m.start(nth), m.end(), text[m.start(nth) : m.end()]),
            ordinal_value(m.group(nth)),
            to_year,
            started[2],
            True,
            (started, counted_to) if counted_to is not None else (started,),
            f"the Nth year counts {started[2]} as the first, up to "
            + (f"{to_year} (named after it)" if counted_to is not None else published),
        )
    yield from _ages(text, reading, years, publication, published)
    yield from _editions_en(text, reading, years, publication)
    for index, figure in enumerate(reading.figures):
        anniversary = None
        if figure.kind == "anniversary" and figure.low == figure.high:
            anniversary = int(figure.nominal)
        if anniversary is None:
            continue
        yield from _anniversary(text, reading, years, publication, published, index, figure.start, anniversary)
    for m in _ANNIVERSARY_EN.finditer(text):
        if m.group(1) and ordinal_value(m.group(1)) < 2:
            continue  # "celebrates its first anniversary at the new fairgrounds": of a recent move, as often as not
        if not reading.figures_in(m.start(), m.end()) and _in_prose(reading, m.start()):
            yield from _anniversary(
                text,
                reading,
                years,
                publication,
                published,
                None,
                m.start(),
                ordinal_value(m.group(1)) if m.group(1) else int(m.group(2)),
                written=m.group(0),
                end=m.end(),
                # "turns 45" is an age: of what its own sentence says was founded, not of anything before
                own_sentence=m.group(2) is not None,
            )
    year_starts = [y[0] for y in years]  # years are in text order: bisect finds those around a position
    for index, figure in enumerate(reading.figures):
        if _counts_years(text, figure) and figure.low == figure.high:
            # "2024年是…改造的第六个年头。自2019年启动以来…": the year the sentence is about is the one it opens
            # with, and the start is named elsewhere (here, in the next sentence).
            sentence_start = _sentence_start(reading, figure.start)
            # the year the sentence, or the ordinal's own clause, opens with and says is the Nth
            # ("2024年是…", "…建于2009年，2025年是基地运行的第十四个年头")
            clause_start = max(sentence_start, _last_clause_mark(text, sentence_start, figure.start))
            subject_year = None
            for opening in dict.fromkeys((sentence_start, clause_start)):
                subject = _YEAR_IS.match(text, opening)
                at = bisect.bisect_left(year_starts, opening)
                if subject is not None and at < len(years) and years[at][0] <= opening + 4:
                    subject_year = years[at]
            paragraph_end = _paragraph_end(reading, figure.end)
            named = frozenset(_START.findall(text, sentence_start, figure.start))
            before = bisect.bisect_left(year_starts, figure.start - 6 * LOOKBACK)
            # the span counts the years of the thing's being (基地运行的第十四个年头), not of a later event
            existence = bool(
                _BEING_BEFORE.search(text, max(sentence_start, figure.start - 8), figure.start)
                # 成立于2017年，到2025年已进入第九个年头: nothing named before the ordinal, the thing's own years
                or _NOTHING_NAMED_BEFORE.search(text, max(sentence_start, figure.start - 8), figure.start)
            )
            started = next(
                (
                    y
                    for y in reversed(years[before : bisect.bisect_left(year_starts, figure.start)])
                    if y[1] <= figure.start
                    and y is not subject_year
                    # (another sentence's 2024年是实行…的第二十八个年头: a year counted to, however a start word follows)
                    and not _YEAR_IS.match(text, y[0])
                    and _starts_after(
                        text, reading, y[1], named, existence and _no_year_between(years, y, figure.start, subject_year)
                    )
                    and figure.start - y[0] <= 6 * LOOKBACK
                ),
                None,
            )
            event_after = _EVENT_AFTER_BEFORE.search(text, max(sentence_start, figure.start - 8), figure.start)
            if event_after is not None:
                # 于2013年获批…，今年是获批后的第十个年头: counted from the year the same event word follows
                started = next(
                    (
                        y
                        for y in reversed(years[before : bisect.bisect_left(year_starts, figure.start)])
                        if sentence_start <= y[0] and event_after.group(1) in text[y[1] : min(y[1] + 8, figure.start)]
                    ),
                    None,
                )
            else:
                # 老馆1958年正式对外开放，到今年已迎来对外开放的第六十三个年头: the event the ordinal names, right after
                # a year of its sentence, dates its first year (whatever other start its paragraph names)
                event = _EVENT_NAMED_BEFORE.search(text, max(sentence_start, figure.start - 6), figure.start)
                named_start = (
                    next(
                        (
                            y
                            for y in reversed(years[before : bisect.bisect_left(year_starts, figure.start)])
                            if sentence_start <= y[0]
                            and y is not subject_year
                            and event.group(1) in text[y[1] : min(y[1] + EVENT_AFTER_YEAR, figure.start)]
                        ),
                        None,
                    )
                    if event is not None
                    else None
                )
                started = named_start or started
            if started is None and subject_year is not None:
                started = next(
                    (
                        y
                        for y in years[
                            bisect.bisect_left(year_starts, figure.end) : bisect.bisect_left(year_starts, paragraph_end)
                        ]
                        if figure.end <= y[0] < paragraph_end
                        and y[2] < subject_year[2]
                        and _starts_after(text, reading, y[1], named)
                    ),
                    None,
                )
            if started is None or (publication is None and subject_year is None):
                continue
            if subject_year is not None:
                why = f"第N个年头 counts {started[2]} as the first year, up to {subject_year[2]} (its sentence's year)"
                yield (index, int(figure.nominal), subject_year[2], started[2], True, (started, subject_year), why)
                continue
            if _AFTER_EVENT_BEFORE.search(text, max(0, figure.start - 3), figure.start) and (
                int(figure.nominal) == publication.year - started[2]
            ):
                continue  # 获批后的第十二个年头: counted from the year after the event, also right
            why = f"第N个年头 counts {started[2]} as the first year, up to {published}"
        elif figure.kind == "ordinal" and figure.written_unit == "届" and figure.low == figure.high:
            # 自2017年起每年举办一届的文化节，今年迎来第六届: an annual event's Nth edition, the first year counted
            # as the first.
            if _EDITION_MISSED_CN.search(
                text, _paragraph_start(reading, figure.start), _paragraph_end(reading, figure.end)
            ):
                continue  # 自2017年创办以来，除2020年停办外每年举办: a year without one, not counted by the years
            sentence_start = _sentence_start(reading, figure.start)
            named = [y for y in years if sentence_start <= y[0] and y[1] <= figure.start]
            if (
                len(named) == 2
                and named[0][2] < named[1][2]
                # (每年一届的开放日自2015年起举办: said before the first year too)
                and _ONE_A_YEAR.search(text, sentence_start, figure.start)
                and not NOT_ANNUAL.search(text, sentence_start, figure.end)
                and _HELD_AFTER_YEAR.match(text, named[1][1], figure.start)
            ):
                # 自2010年创办，每年一届，2024年举办的已是第十七届: from the first year to the year it names as held
                first, held = named
                why = f"an annual event's 第N届 counts {first[2]} as the first, up to {held[2]} (the year it was held)"
                yield (index, int(figure.nominal), held[2], first[2], True, (first, held), why)
                continue
            first = (
                _annual_start_in_article(text, reading, years, figure)
                if len(named) == 1
                and _HELD_AFTER_YEAR.match(text, named[0][1], figure.start)
                and not NOT_ANNUAL.search(text, sentence_start, _sentence_end(reading, figure.end))
                else None
            )
            if first is not None and first[2] < named[0][2]:
                # 2024年10月将举办第十三届栎川香菇文化节 …。栎川香菇文化节从2014年开始每年举办一届: held in the year its
                # clause names, counted from the start another sentence of the article gives
                held = named[0]
                why = f"an annual event's 第N届 counts {first[2]} as the first, up to {held[2]} (the year it was held)"
                yield (index, int(figure.nominal), held[2], first[2], True, (first, held), why)
                continue
            # (the words right before the ordinal: 去年5月举办的第十一届; not 借鉴去年举办的…经验，今年的第十二届)
            held_relative = _RELATIVE_HELD.search(text, max(sentence_start, figure.start - 12), figure.start)
            explicit = [
                y
                for y in named
                if reading.figures[y[3]].kind in ("year", "date")
                and held_relative is not None
                and y[1] <= held_relative.start()
            ]
            if (
                explicit
                and publication is not None
                and _year_offset(held_relative)
                and _ANNUAL.search(text, explicit[-1][1], figure.start)
                and not NOT_ANNUAL.search(text, sentence_start, figure.end)
            ):
                # 自2015年起每年5月举办…，去年5月举办的第十一届: from the start up to the year 去年 names
                started = explicit[-1]
                held_year = publication.year + _year_offset(held_relative)
                why = (
                    f"an annual event's 第N届 counts {started[2]} as the first, up to {held_year} "
                    f"(“{held_relative.group(0)}”, from {published})"
                )
                yield (index, int(figure.nominal), held_year, started[2], True, (started,), why)
                continue
            sentence_end = _sentence_end(reading, figure.end)
            started_after = [y for y in years if figure.end <= y[0] < sentence_end]
            if (
                len(named) == 1
                and named[0][0] - sentence_start <= 2
                and len(started_after) == 1
                and _SINCE_CN.search(text, max(0, started_after[0][0] - 2), started_after[0][0])
                and _STARTED_EVERY_YEAR.match(text, started_after[0][1], sentence_end)
                and started_after[0][2] < named[0][2]
                and not NOT_ANNUAL.search(text, sentence_start, sentence_end)
            ):
                # 2024年6月，…的第十三届燃气安全宣传周在市民广场启动，宣传周自2013年起每年举办一届: held in the year
                # its sentence opens with, counted from the start named after it
                held, first = named[0], started_after[0]
                why = f"an annual event's 第N届 counts {first[2]} as the first, up to {held[2]} (its sentence's date)"
                yield (index, int(figure.nominal), held[2], first[2], True, (first, held), why)
                continue
            first = None if started_after else _annual_start_before(text, reading, years, sentence_start, figure)
            if first is not None and len(named) == 1 and named[0][0] - sentence_start <= 2 and named[0][2] > first[2]:
                # 从2015年开始，…每年举办一届…观摩会。2024年6月，第十一届观摩会在柳营镇举行: the start in the sentence
                # before, held in the year the ordinal's sentence opens with
                held = named[0]
                why = f"an annual event's 第N届 counts {first[2]} as the first, up to {held[2]} (its sentence's date)"
                yield (index, int(figure.nominal), held[2], first[2], True, (first, held), why)
                continue
            held_relative = _RELATIVE_HELD_OPENING.search(text, sentence_start, figure.start)
            stated_years = [y for y in named if reading.figures[y[3]].kind in ("year", "date")]
            if first is not None and not stated_years and held_relative is not None and publication is not None:
                # 自2012年起每年3月开展…宣传月活动。今年3月启动的第十四届宣传月: up to the year 今年 / 去年 names
                held_year = publication.year + _year_offset(held_relative)
                why = (
                    f"an annual event's 第N届 counts {first[2]} as the first, up to {held_year} "
                    f"(“{held_relative.group(0)}”, from {published})"
                )
                yield (index, int(figure.nominal), held_year, first[2], True, (first,), why)
                continue
            started = named[-1] if named else None
            if (
                started is None
                or publication is None
                or not _ANNUAL.search(text, started[1], figure.start)
                or not _THIS_YEAR.search(text, started[1], figure.start)
            ):
                continue
            why = f"an annual event's 第N届 counts {started[2]} as the first, up to 今年: {published}"
        else:
            continue
        yield (index, int(figure.nominal), publication.year, started[2], True, (started,), why)


def _after_closed_quote(text: str, start: int, end: int) -> int:
    """Where the words after the last quotation closed between `start` and `end` begin (or `start`)."""
    curly = text.rfind("”", start, end)
    straight = text.rfind('"', start, end)
    if straight > curly and text.count('"', start, straight + 1) % 2 == 0:
        return straight + 1
    return curly + 1 if curly >= 0 and curly > straight else start


def _last_clause_mark(text: str, start: int, end: int) -> int:
    """Where the last clause before `end` opens: right after its ，/, (or `start`)."""
    return max(text.rfind("，", start, end), text.rfind(",", start, end)) + 1 or start


# 建于2009年, 成立于2014年, 始建于1958年: the start word before the year, joined by 于.
_START_BEFORE_YU = lazy_compile(
    r"(?:建|建成|始建|兴建|成立|设立|创办|创建|组建|开通|通车|投产|投用|开业|挂牌|启用|运行|开工|动工)于[ \t]{0,2}$"
)


def _starts_after(
    text: str, reading, position: int, named: frozenset[str] = frozenset(), existence: bool = False
) -> bool:
    """A start word (起, 启动, 成立, began…) after a year, within its own sentence: "比2024年增长15.3%。¶2025年是
    合作社成立后的…" is no start in 2024. With `named`, the start words the span's own sentence names (开工建设的
    第八个年头), it must be one of them: "2018年开工建设，2021年建成投产" counts from 2018."""
    index = reading.sentence_at(position)
    end = position + 30 if index is None else min(position + 30, reading.sentences[index].end)
    found = _START.search(text, position, end)
    if found is not None and existence and _ANOTHER_YEAR.search(text, position, found.start()):
        found = None  # 成立于2015年，2024年是中心成立的第十二个年头: the word after is the ordinal's own, not a start
    if found is None:
        year = _YEAR_BEFORE.search(text, max(0, position - 12), position)
        # 建于2009年，2025年是基地运行的第十四个年头: the start word before the year, when the span counts the years
        # of the thing's being (`existence`: 运行, 运营; not 纪念馆免费开放的第十个年头) and its sentence names no
        # other start word (成立于2017年，到2025年已进入… names only this one)
        joined = _START_BEFORE_YU.search(text, max(0, year.start() - 8), year.start()) if year is not None else None
        return joined is not None and existence and all(word in joined.group(0) for word in named)
    if _ANOTHER_YEAR.search(text, position, found.start()):
        return False  # 建于1998年，2018年起改造…: the start word is the later year's
    return not named or any(word in named for word in _START.findall(text, position, end))


# The two characters of an event right before 的第N个年头 (对外开放的, 开园的), and how far after a year it is looked for.
_EVENT_NAMED_BEFORE = lazy_compile(r"([\u4e00-\u9fff]{2})的[ \t]{0,2}$")
EVENT_AFTER_YEAR = 10
# 运行的 / 运营的 / 办学的 right before 第N个年头: the years of the thing's being, counted from when it was built.
_NOTHING_NAMED_BEFORE = lazy_compile(r"(?:已经?)?(?:进入|迎来|步入)[ \t]{0,2}$")
# (成立的 / 建校的 / 开馆的 too: the years since the founding, counted from the year the founding word is joined to)
_BEING_BEFORE = lazy_compile(r"(?:运行|运营|办学|发展|投用|建成|成立|创办|创建|组建|建校|建馆|开馆|开业)的?$")


def _no_year_between(years, started, position: int, subject_year) -> bool:
    """No year stands between the start and the span but the one the span's clause counts to."""
    return not any(started[1] <= y[0] < position and y is not subject_year for y in years)


# "2024年是…": a sentence about the year it opens with.
_YEAR_BEFORE = lazy_compile(r"(?:19|20)\d\d年$")
_ANOTHER_YEAR = lazy_compile(r"(?<!\d)(?:19|20)\d\d年")
# (到2025年已经连续运行了十八个年头: 到 alone says the year is the one counted to)
_YEAR_IS = lazy_compile(
    r"[ \t　]{0,3}(?:(?:到|至)(?:19|20)\d\d年|(?:19|20)\d\d年[ \t]{0,2}(?:是|为|已经?(?:是|进入|迎来|步入)|进入|迎来))"
)
# 2024年举办的已是第十七届, 2024年10月将在县城举办第十五届: the year an edition was held (its own clause, up to
# the ordinal).
_HELD_AFTER_YEAR = lazy_compile(
    r"[^，,。；;！？\d]{0,12}?(?:举办|举行|召开)(?:的|了)?[ \t]{0,2}(?:已经?是|是|迎来)?[ \t]{0,2}$"
)
# 今年3月启动的第十四届, 去年10月在柳营镇举办的第九届: an edition's year named by a relative-year word, in the clause
# that opens the ordinal's sentence.
_RELATIVE_HELD_OPENING = lazy_compile(
    r"(?:今年|去年)(?=[^，,。；;]{0,8}?(?:举办|举行|召开|启动|开幕|开展)的[ \t]{0,2}$)"
)
# An annual event's start: 从2015年开始, 自2012年起 (the year's figure may hold 起).
_START_RIGHT_AFTER = lazy_compile(r"[ \t]{0,2}(?:起|开始|以来)")
_EVERY_YEAR_CN = lazy_compile(r"每年|年年")


def _annual_start_before(text: str, reading, years, sentence_start: int, figure):
    """The start of an annual event the sentence before names (`从2015年开始，稷丰县每年举办一届…现场观摩会。`), its
    one year, when the event the ordinal counts is named there too (第十一届观摩会): the year, or None."""
    index = reading.sentence_at(sentence_start)
    if not index or reading.sentences[index - 1].block != reading.sentences[index].block:
        return None
    return _annual_start_in(text, reading, years, reading.sentences[index - 1], figure, 2)


EVENT_KEY_IN_ARTICLE = 3  # characters of the event's name after 第N届 another sentence of the article must hold


def _annual_start_in_article(text: str, reading, years, figure):
    """The start of an annual event another sentence of the article gives (`栎川香菇文化节从2014年开始每年举办一届`),
    naming the event as the ordinal does (第十三届栎川香菇文化节: its first three characters), one year in all: the
    year, or None."""
    own = reading.sentence_at(figure.start)
    found = {
        start[2]: start
        for number, sentence in enumerate(reading.sentences)
        if number != own
        and (start := _annual_start_in(text, reading, years, sentence, figure, EVENT_KEY_IN_ARTICLE)) is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _annual_start_in(text: str, reading, years, before, figure, key: int):
    """The one year of `before` when it starts an annual event (自/从…年起/开始…每年…举办) whose name, the first `key`
    characters after the ordinal, it holds; else None."""
    named = [y for y in years if before.start <= y[0] < before.end and reading.figures[y[3]].kind in ("year", "date")]
    if len(named) != 1:
        return None
    year = named[0]
    event = text[figure.end : figure.end + key]
    if (
        len(event) < key
        or not all("\u4e00" <= ch <= "\u9fff" for ch in event)
        or event not in text[before.start : before.end]
        or not _SINCE_CN.search(text, max(0, year[0] - 2), year[0])
        or not (text[year[1] - 1] == "起" or _START_RIGHT_AFTER.match(text, year[1]))
        or not _EVERY_YEAR_CN.search(text, year[1], before.end)
        or NOT_ANNUAL.search(text, before.start, before.end)
    ):
        return None
    return year


# 去年5月举办的第十一届: the year an edition was held, named by a relative-year word.
_RELATIVE_HELD = lazy_compile(r"(?:今年|去年|明年)(?=[^，,。；;]{0,6}?(?:举办|举行|召开)的[ \t]{0,2}$)")
# 自2013年起每年举办一届: a start right after the year, one a year.
_STARTED_EVERY_YEAR = lazy_compile(
    r"[ \t]{0,2}(?:起|以来|开始)?[，,]?[ \t]{0,2}(?:每年|年年)[^，,。；;]{0,8}?(?:举办|举行|召开)"
)
_ONE_A_YEAR = lazy_compile(r"每年一届|一年一届|每年(?:举办|举行)|年年(?:举办|举行)")


def _paragraph_start(reading, position: int) -> int:
    index = reading.sentence_at(position)
    if index is None:
        return position
    return reading.sentences[reading.block_first(reading.sentences[index].block)].start


def _paragraph_end(reading, position: int) -> int:
    index = reading.sentence_at(position)
    if index is None:
        return position
    return reading.block_end(reading.sentences[index].block)


def _sentence_end(reading, position: int) -> int:
    index = reading.sentence_at(position)
    return reading.sentences[index].end if index is not None else position


def _in_prose(reading, position: int) -> bool:
    return reading.sentence_at(position) is not None


# 成立十三年来, 通车12年来: a span to now that names, right before it, the event it counts from.
_FOUNDED_RIGHT_BEFORE = lazy_compile(
    r"(?:成立|创建|创办|建成|建院|建校|建馆|开馆|开业|开港|开园|通车|开通|投产|投运|挂牌|设立|组建|实施|推行|实行|启动)"
    r"[ \t]{0,2}[，,]?[ \t]{0,2}$"
)
# A start joined to its year by 于, said of the thing whatever word the span then uses: 快递下乡工程始于2014年。…实施12年来.
_BEGAN_IN_CN = lazy_compile(r"(?:始于|起步于|开始于|启动于|起于)$")
# 县电子商务协会成立十年来: the name of what was founded, right before the founding word.
_SUBJECT_BEFORE_CN = lazy_compile(r"[\u4e00-\u9fff]{2,10}$")
# "This building has served Ardley for 89 years": a span to now in the present perfect, with a verb that says the
# thing itself has stood since then (served, stood, been open), not what it has done since (hosted a festival)
# or what someone has done there (worked).
_PERFECT_FOR_EN = lazy_compile(
    r"(?i)\b(?:has|have)[ \t]{1,2}(?:now[ \t]{1,2})?(?:served|stood|operated|run|existed|been[ \t]{1,2}(?:open|running|in[ \t]operation|"
    r"in[ \t]service|around|here))\b[^.;!?]{0,40}?\bfor[ \t]{1,2}$"
)
# The founding an English span to now counts from, in the sentence before: "…library, which opened in 1931."
_FOUNDED_IN_EN = lazy_compile(r"(?i)\b(?:founded|opened|established|created|built)[ \t]{1,2}in[ \t]{1,2}$")
# A start the span's own sentence dates: "The sidewalk program, started in 1997 when…, has now run for 30 years".
_STARTED_IN_EN = lazy_compile(
    r"(?i)\b(?:founded|opened|established|created|built|started|launched|began)[ \t]{1,2}in[ \t]{1,2}$"
)


def _since_founding(text, reading, years, publication, published, figure, stated):
    """A span to now counted from a founding its article dates: `2014年成立的联合社…。成立十三年来` (the founding
    word right before the span, the year right before the same word earlier in its paragraph or the one before),
    `…which opened in 1931. "This building has served Ardley for 89 years"` (present perfect, the founding in the
    sentence before). None when the span is no such span; () when it is and fits, counted either way (the
    difference of the years, or inclusively); else (later, earlier, inclusive, used, assumption)."""
    if publication is None:
        return None
    start = figure.start
    founded = None
    if figure.qualifier == "来":
        word = _FOUNDED_RIGHT_BEFORE.search(text, max(0, start - 4), start)
        if word is None:
            return None
        name = word.group(0).strip()
        floor = _paragraph_start(reading, _paragraph_start(reading, start) - 1) if start else 0
        # 县电子商务协会成立十年来: a thing named right before the word must be the one the year founds
        subject = _SUBJECT_BEFORE_CN.search(text, max(0, word.start() - 12), word.start())
        founded = next(
            (
                y
                for y in reversed(years)
                if floor <= y[0]
                and y[1] < word.start()
                # 2014年成立的…, 成立于2014年: the word right after the year or right before it; 于2009年由…整合组建，
                # …: after 于 and the year, the word that closes the year's own clause
                and (
                    name in text[y[1] : min(y[1] + 6, word.start())]
                    or name in text[max(0, y[0] - 4) : y[0]]
                    or _BEGAN_IN_CN.search(text, max(0, y[0] - 3), y[0]) is not None
                    or (
                        text[max(0, y[0] - 1) : y[0]] == "于"
                        and word.start() - y[1] <= 40
                        and not any(mark in text[y[1] : word.start()] for mark in "，,。；;")
                    )
                )
                and (
                    subject is None
                    or subject.group(0) in text[_sentence_start(reading, y[0]) : _sentence_end(reading, y[0])]
                )
            ),
            None,
        )
    elif (
        not figure.text.isascii()
        and figure.qualifier is None
        and _COME_SO_FAR_CN.search(text, max(0, start - 6), start)
        and "至今" not in text[max(0, start - 8) : start]  # (至今已有46年: the rule for spans to now judges it)
    ):
        # 市排水管理处成立于1987年，已走过三十五年: the years since a founding its own sentence dates, to now
        sentence_start = _sentence_start(reading, start)
        founded = next(
            (
                y
                for y in reversed(years)
                if sentence_start <= y[0]
                and y[1] < start
                and _FOUNDING.search(text, max(sentence_start, y[0] - 4), min(start, y[1] + 4))
            ),
            None,
        )
    elif (
        not figure.text.isascii()
        and figure.qualifier is None
        and _CARRIED_ON_CN.search(text, max(0, start - 6), start)
        and "至今" not in text[max(0, start - 8) : start]
    ):
        # 2011年，沄阳启动供热计量改革试点，这项改革已推行14年: the one year of its sentence before the span, with a
        # start word after it (启动, 实施, 推行, 起), to now
        sentence_start = _sentence_start(reading, start)
        own = [y for y in years if sentence_start <= y[0] and y[1] <= start]
        if len(own) == 1 and _START.search(text, own[0][1], start - 3):
            founded = own[0]
    elif figure.text.isascii() and _PERFECT_FOR_EN.search(text, max(0, start - 80), start):
        sentence_start = _sentence_start(reading, start)
        own = [y for y in years if sentence_start <= y[0] and y[1] <= start]
        if len(own) == 1 and _STARTED_IN_EN.search(text, max(0, own[0][0] - 20), own[0][0]):
            # "Carrowby's sidewalk program, started in 1997 when…, has now run for 30 years": the one year of
            # its own sentence, after the verb that starts the thing
            before = own
        else:
            previous_start = _sentence_start(reading, max(0, sentence_start - 2))
            if previous_start < _paragraph_start(reading, start):
                return None
            before = [y for y in years if previous_start <= y[0] < sentence_start]
        # the sentence before dates the founding and nothing else (not "moved … in 1968", "reopened in 2004")
        founding = len(before) == 1 and _STARTED_IN_EN.search(text, max(0, before[0][0] - 20), before[0][0])
        founded = before[0] if founding else None
    if founded is None:
        return None
    difference = publication.year - founded[2]
    # full years (before the anniversary), the difference of the years, or counting both ends
    if difference <= 0 or stated in (difference - 1, difference, difference + 1):
        return ()
    return (
        publication.year,
        founded[2],
        False,
        (founded,),
        f"the span runs from {founded[2]} (the founding it names) to now: {published}; "
        f"{difference - 1} in full years or {difference + 1} counting both ends would fit too",
    )


# The subject an English anniversary's sentence opens with: "The co-op will mark its…", "The library's 50th…".
_ANNIVERSARY_SUBJECT_EN = lazy_compile(
    r"[ \t]{0,2}(?:The|the)[ \t]{1,2}([A-Za-z-]{2,20}(?:[ \t]{1,2}[A-Za-z-]{2,20}){0,2}?)(?:['’]s\b|[ \t]{1,2}(?:will|would|is|was|has|had|marks|marked|celebrates|celebrated|turns|turned)\b)"
)


def _event_right_after(text: str, position: int, event: str) -> bool:
    """Whether the event an anniversary names stands right after a year (2009年入选, 2009年正式入选; not
    2024年迎来通水…: the year the anniversary falls in)."""
    return text.startswith(event, position) or any(
        text.startswith(lead + event, position) for lead in ("正式", "成功", "被")
    )


ANNIVERSARY_DATE_REACH = 32  # characters after an anniversary in which the date it is marked on is looked for
_CLAUSE_MARK_BETWEEN = lazy_compile(r"[，,；;。.!?！？]")


def _anniversary(
    text, reading, years, publication, published, index, start, stated, written=None, end=None, own_sentence=False
):
    sentence_start = _sentence_start(reading, start)
    # The event the anniversary counts from may be named right before its number (迎来入选十五周年) and right
    # after its year (2009年入选…): that year founds it, as a founding word would.
    event = text[max(0, start - 2) : start]
    event = (
        event
        if len(event) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in event) and event not in _NOT_EVENTS
        else None
    )
    # The year of the anniversary is one its sentence names, not the founding year it may also name.
    in_sentence = [
        y
        for y in years
        if sentence_start <= y[0]
        and y[1] <= start
        # (a founding word in the year's own clause: 1958年建成通水的东湖排渠，2024年迎来… dates 2024 nothing founded)
        and not _FOUNDING.search(
            text,
            max(sentence_start, y[0] - 20, reading.clause_of(y[3]).start),
            min(start, y[1] + 20, reading.clause_of(y[3]).end),
        )
        and not (event is not None and _event_right_after(text, y[1], event))
    ]
    sentence_end = _sentence_end(reading, start)
    relative = _RELATIVE_YEAR.search(text, sentence_start, sentence_end)
    # "which opened in 2003, will turn 20 in 2025": the year right after an age is the one it is reached in
    in_year = _IN_YEAR_AFTER.match(text, end) if end is not None else None
    after = next((y for y in years if in_year is not None and y[0] == in_year.start(1)), None)
    if after is not None:
        year, whence, anchor = after[2], f"{after[2]} (named right after it)", after
    elif (
        publication is not None
        and relative is not None
        and (
            _year_offset(relative)
            # (今年 after the years its sentence names, before the anniversary: 始建于1958年，2004年迁入新址，今年迎来
            # 建校67周年 is of this year, not of the move)
            or (in_sentence and in_sentence[-1][1] <= relative.start() < start)
            # ("It became Medicare-certified in 1986 and marks its 45th anniversary this year": this year, right
            # after it in its clause, not the other event's year)
            or (
                end is not None
                and 0 <= relative.start() - end <= THIS_YEAR_AFTER_REACH
                and not _CLAUSE_MARK_BETWEEN.search(text, end, relative.start())
            )
        )
    ):
        # 明年 / next year says which year the anniversary falls in (a dateline's date may share the sentence).
        year, anchor = publication.year + _year_offset(relative), None
        whence = f"{year} (“{relative.group(0)}”, from {published})"
    elif in_sentence:
        year, whence = in_sentence[-1][2], f"{in_sentence[-1][2]} (named in its sentence)"
        anchor = in_sentence[-1]
    elif (
        later_date := next(
            (
                y
                for y in years
                if end is not None
                and end <= y[0] <= end + ANNIVERSARY_DATE_REACH
                and y[0] < sentence_end
                and not _FOUNDING.search(text, max(0, y[0] - 20), min(len(text), y[1] + 20))
                and not _CLAUSE_MARK_BETWEEN.search(text, end, y[0])
            ),
            None,
        )
    ) is not None:
        # "marked its 40th anniversary with its December 2024 concert": the date it was marked on, in its clause
        year, whence, anchor = later_date[2], f"{later_date[2]} (named right after it)", later_date
    elif publication is not None:
        year, whence, anchor = publication.year, published, None
        if not _THIS_YEAR.search(text, sentence_start, start):
            whence += ", the sentence naming no year"
    else:
        return

    # The founding year nearest before the anniversary (an article may name another institution's founding),
    # else one later in its own sentence ("the 50th anniversary of the library, which opened in 1975").
    def founding(y) -> bool:
        # (a founding word of the year's own clause: 始建于1958年，2004年迁入城东新址 founds nothing in 2004)
        clause = reading.clause_of(y[3])
        return y[2] < year and (
            bool(_FOUNDING.search(text, max(0, y[0] - 20, clause.start), min(len(text), y[1] + 20, clause.end)))
            or (event is not None and _event_right_after(text, y[1], event))
        )

    # "The co-op will mark its 80th anniversary in 2026" after "The cheese plant itself, built in 1987": an
    # English anniversary whose sentence names its subject counts from a founding said of that subject
    subject = _ANNIVERSARY_SUBJECT_EN.match(text, sentence_start, start)
    head = subject.group(1).split()[-1].lower() if subject else None

    def of_subject(y) -> bool:
        if head is None or y[0] >= sentence_start:
            return True
        founding_sentence = text[_sentence_start(reading, y[0]) : _sentence_end(reading, y[0])].lower()
        return head in founding_sentence

    founded = next(
        (
            y
            for y in reversed(years)
            if y[0] < start and founding(y) and (not own_sentence or y[0] >= sentence_start) and of_subject(y)
        ),
        None,
    ) or next((y for y in years if start <= y[0] < sentence_end and founding(y)), None)
    if founded is None and not any(y[0] < start and founding(y) for y in years):
        # "…will celebrate its 40th anniversary on Saturday. ¶ Founded in 1974 by a group of church volunteers, the
        # food bank…", 举行建校70周年庆祝大会 … 县实验小学创办于1964年: the one founding the article tells after
        # its news, of the same subject (its name, or its head noun in English, in the founding's sentence)
        later = [y for y in years if y[0] >= sentence_end and founding(y)]
        if len(later) == 1 and _founding_of_subject(text, reading, later[0], head, text[sentence_start:start]):
            founded = later[0]
    if founded is None:
        return
    used = (founded, anchor) if anchor else (founded,)
    yield (
        index if written is None else (start, end, written),
        stated,
        year,
        founded[2],
        False,
        used,
        f"the anniversary counts from {founded[2]} (a founding year named) to {whence}",
    )


_HAN_RUN = lazy_compile(r"[\u4e00-\u9fff]{3,}")
_NAME_WORD_EN = lazy_compile(r"(?<![.!?]\s)\b[A-Z][a-z]{3,}\b")
_WORD_EN = lazy_compile(r"[a-z]{4,}")


def _founding_of_subject(text: str, reading, founded, head: str | None, before: str) -> bool:
    """Whether the sentence of a founding told after an anniversary is of the anniversary's subject: in English its
    head noun (the food bank); in Chinese three characters of the anniversary's sentence before it (县实验小学)."""
    sentence = text[_sentence_start(reading, founded[0]) : _sentence_end(reading, founded[0])]
    if head is not None:
        return head in sentence.lower()
    if not any("\u4e00" <= ch <= "\u9fff" for ch in before):
        # (a dateline before the subject: "CLEARWATER (Oct. 5, 2024) — The Clearwater Community Food Bank will…")
        words = {word.lower() for word in _NAME_WORD_EN.findall(before) if not word.isupper()}
        return bool(words & set(_WORD_EN.findall(sentence.lower())))
    for run in _HAN_RUN.findall(before):
        if any(run[i : i + 3] in sentence for i in range(len(run) - 2)):
            return True
    # (明德中学举行建校70周年庆祝大会。该校始建于1952年: 该 and the thing the anniversary is of point back at it)
    pointing = _POINTING_CN.match(sentence.strip())
    return pointing is not None and pointing.group(1) in before[-2:]


# A sentence that points back with 该 at the kind of thing the anniversary's word names (建校 → 该校, 开馆 → 该馆).
_POINTING_CN = lazy_compile(r"(?:[^，,。]{0,8}?[，,])?该([校馆院厂港园站])")


def _qualified_fits(qualifier: str | None, stated: int, expected: int) -> bool:
    """Whether a span written with a qualifier (近40年, 约30年, 40多年, more than 20 years) fits the years counted:
    nearly or under N is up to a tenth (at least two) below it, about N a tenth either way, more than N up to the
    next round number."""
    from auditor.figures.vocabulary import POST_QUALIFIERS, PRE_QUALIFIERS

    if not qualifier:
        return False
    meaning = PRE_QUALIFIERS.get(qualifier) or POST_QUALIFIERS.get(qualifier)
    slack = max(2, stated // 10)
    if meaning in ("under", "below"):
        return stated - slack <= expected <= stated
    if meaning == "about":
        return abs(expected - stated) <= max(1, stated // 10)
    if meaning in ("over", "more"):
        return stated <= expected < stated + (10 if stated % 10 == 0 else slack)
    if meaning == "at_least":
        return expected >= stated
    if meaning == "at_most":
        return expected <= stated
    return False


def run(audit: Audit):
    from auditor.discovery import reading_of
    from auditor.published import publication_date

    for document in audit.documents.values():
        reading = reading_of(audit, document)
        publication = publication_date(document)
        for where, stated, later, earlier, inclusive, used, assumption in _spans(document, reading, publication):
            expected = later - earlier + (1 if inclusive else 0)
            if stated == expected:
                continue
            if not isinstance(where, tuple) and _qualified_fits(reading.figures[where].qualifier, stated, expected):
                continue  # 起步于1986年，至今已有近40年: nearly forty is thirty-eight
            if isinstance(where, tuple):
                start, end, written = where
                value = ()
            else:
                figure = reading.figures[where]
                start, end, written = figure.start, figure.end, figure.text
                value = (FigureValue.of("span", figure),)
            counted = f"{later} − {earlier}" + (" + 1" if inclusive else "")
            yield Finding(
                check=CHECK.id,
                severity=CHECK.severity,
                message=f'Span "{written}" disagrees with the years it connects: {counted} = {expected}',
                location=document.location(start, end),
                related=tuple(
                    document.location(reading.figures[y[3]].start, reading.figures[y[3]].end, label="year")
                    for y in used
                    if y is not None
                ),
                evidence=(("stated", str(stated)), ("counted", str(expected))),
                values=value,
                assumption=assumption + "; years counted as the difference of calendar years",
            )


CHECK = Check(
    id="discovered-date-span",
    severity=Severity.WARNING,
    summary="Spans, anniversaries and Nth years that the years the text states contradict (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    per_document=True,
    discovery=True,
)
