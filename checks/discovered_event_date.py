"""An event dated by a relative date (去年12月, last year) that its article's publication date puts in another year
than the one another sentence states for the same event, found with no claims.

## What it flags
A one-time event (获评, 建成投用, 开通, 通过…审定, 推行, 完成…改造; approved, opened,
founded, breached…) dated twice: once with a year (`2023年12月，云溪古镇景区成功获评国家
4A级旅游景区`, `The board approved the three wells in January 2024`) and once
relative to the article's publication date (`去年12月获评国家4A级旅游景区的云溪古镇`,
`the wells the board approved last year`), in the same article or in another
article of the run. The relative date is resolved against the publication date
of its own article (front matter, dateline or sign-off: `auditor/published.py`;
an article without one is not judged): `去年` in an article of 2025 is 2024. When
that year is not the stated one, one of the two dates is wrong.

The two sentences speak of one event when:
- the same event word stands right after each date in Chinese (`2023年10月完成提标改造`,
  `去年完成提标改造的…`), or in the sentence of each date in English (`approved`);
- the two sentences share a name besides it: at least five pairs of Chinese
  characters (城东污水处理厂, “路长制”, 梧岭高铁站), or at least two English content
  words (three, wells, board);
- and the months agree where both dates give one (`去年11月` and `2023年11月`).

A date a plan sets (`计划2026年先行通车`, `预计`, `力争`, `is scheduled to open in
2026`, the plan governing the date's own verb) dates no event: the event may beat it (`已于去年12月先行通车`).

A founding (始建于1952年, 建于1958年, 成立, founded, created, opened) is dated also by
what counts from it in another article: an anniversary of the publication
year (`今年是…建院72周年`, `its 50th anniversary this year`), a history
(`这座有着69年历史的老水库`, a year either way allowed: histories are rounded) and
`created 75 years ago`, this year as its Nth year (`今年是…建校的第六十个年头`, the
founding being year one; `This year is the port's 110th`, a year either way
allowed, as it may be read as an anniversary, and only for what the founding
sentence founds: `The port, created… in 1919`), a span to now right after the
event word it counts from (`林长制推行九年来`, `中心成立十年来`, `通航33年来`: the
publication year minus N, a year either way allowed, full years or calendar
years; the same event word must date the stated year; a year in another clause of
its sentence is no start of it), the count in digits or
Chinese numerals (`建馆五十周年`), and a named building's age (`the 44-year-old Millbrook
branch`, a year either way allowed: an age changes on the anniversary). Within one article these are discovered-date-span's
to judge. When several sentences date the event, those that name the same
thing (a capitalised name in English: Larkspur) and use the same word
(`created`, not `opened its waiting list in 2017`) are taken.

An annual event's first edition dated in one article (`首届栎川猕猴桃电商节于2021年举办`)
is dated also by a later edition in another (`去年9月举办的第六届猕猴桃电商节`: the sixth in
2025 puts the first in 2020; `2025年举办的第五届…`, `今年已是第三届`), one edition a
year, unless the text says it is held every two or three years (两年一届). The
first edition is dated as `首届…于2021年` (the name may come first: `纺织服装节首届于
2016年举办`) or as the year an event held every year began (`丰收节自2018年起每年秋季
举办`); an edition is dated before it (`2025年9月举办的第十届`) or right after its
name (`第十届桑溪纺织服装节将于今年9月举办`). Where no article dates the first
edition itself, two articles' editions of one event that put it in different
years disagree (`第十届…将于今年9月举办` in 2025 and `2025年9月举办的第十二届…`), when
the paragraph of one of them says the event is held every year (此后每年一届,
每年秋季举办; 全国人大 and 全运会 editions are four or five years apart): reported once, for the edition that disagrees with all the others or, with
just two, for the one in the later file.

Not the same event: another object (`approved a two-year contract` is not
`approved a 3 percent raise`), another place (白沙村 / 青岩村, 南区 / 北区污水处理厂,
`Elm Street` / `Oak Street`), another level (县级 / 村级公益性公墓), another batch (第二批 / 第一批). Not an event's
date: 去年 before a holiday or a span (`去年国庆假期`, `去年以来`), a year's count
(`去年，全县实施民生实事项目15项`) or measure (`去年家庭医生签约率为58.7%`: 签约率, 开工率), an English relative date not next to its event
word (`made 40,000 visits last year to the pool, opened on…`), a year that
labels a thing (`the 2025 budget`), a dateline.

Not flagged: an event that the run dates in several years (an annual festival,
a yearly upgrade: which year is meant is unknown), and an event whose relative
date's year is also stated for it somewhere.

## Why it matters
A relative date copied from an earlier article goes stale: "去年12月" written in
2024 is 2023年12月, but in an article published in 2025 it says 2024年12月.

## Example
yunxi-1 (2024): `2023年12月，云溪古镇景区成功获评国家4A级旅游景区`; yunxi-3, published
2025-01-10: `去年12月获评国家4A级旅游景区的云溪古镇景区`: `"去年12月" is 2024年12月 in an
article published 2025-01-10, but "2023年12月" dates the same event (获评) in
yunxi-1.txt:13`.

## How to fix
Write the year (`2023年12月`) instead of the relative date, or correct it
(`前年12月`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from auditor.audit import Audit, Check
from auditor.checks._derived import DATELINE_END, NOT_ANNUAL
from auditor.checks._docs import docs_of
from auditor.findings import Finding, Severity
from auditor.patterns import lazy_compile

# One-time events: a thing is built, opened, approved, named, started once.
_EVENT_CN = lazy_compile(
    r"获评|获批|评为|命名|授予|入选|列入|建成|投用|投产|投运|开通|通车|开业|开馆|开港|开工|动工|竣工|落成|揭牌|挂牌|成立|"
    r"推行|实施|启动|上线|签约|签订|审定|完成[^，,。；;]{0,4}?改造|通过[^，,。；;]{0,6}?(?:审定|验收|认定|评审)"
)
_EVENT_EN = lazy_compile(
    r"(?i)\b(?:approved|opened|founded|established|created|launched|adopted|signed|breached|completed|dedicated|"
    r"inaugurated|incorporated|chartered|elected|passed|built|renovated|remodeled|closed)\b"
)
# 今年 / this year are left out: an article's own year is as often the year of an anniversary or a plan as of
# the event it names ("turns 100 this year", "今年实施的…" of a scheme begun before).
_RELATIVE_CN = lazy_compile(r"(去年|前年)(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_ABSOLUTE_CN = lazy_compile(r"(?<!\d)((?:19|20)\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_EN = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_RELATIVE_EN = lazy_compile(r"(?i)\b(last)[ \t]{1,2}(year|" + _MONTH_EN + r")\b")
_ABSOLUTE_EN = lazy_compile(r"\b(?:(" + _MONTH_EN + r")[ \t]{1,2}(?:\d{1,2},[ \t]{1,2})?)?((?:19|20)\d\d)\b")
_OFFSETS = {"去年": -1, "前年": -2, "last": -1}
_SENTENCE_END = lazy_compile(r"[。！？；;!?\n]|\.(?:\s|$)")
_HAN_PAIR = lazy_compile(r"(?=([\u4e00-\u9fff“”]{2}))")
_WORD_EN = lazy_compile(r"[A-Za-z][a-z]{3,}")
_STOP_EN = frozenset(
    "that this with from have been were will their there which after year years last what when into than about "
    "also said says more most over under they them then these those".split()
)
EVENT_AFTER_CN = 16  # characters after a Chinese date in which its event word stands
EVENT_NEAR_EN = 40  # characters before or after an English date in which its event word stands
MIN_SHARED_PAIRS = 5
MIN_SHARED_WORDS = 2  # English content words two sentences share


def _sentence(text: str, position: int) -> tuple[int, int]:
    start = position
    while start > 0 and not _SENTENCE_END.match(text, start - 1):
        start -= 1
    found = _SENTENCE_END.search(text, position)
    return start, (found.start() if found else len(text))


def _month(word: str | None) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    return _MONTHS.index(word[:3].lower()) + 1 if word[:3].lower() in _MONTHS else None


class _Mention:
    """One date of an event: where it is, its year and month, the event word, and the sentence's names. A span
    (`建院72周年`, `75 years ago`) dates its event by counting back from the publication year; `slack` is how
    many years off a count may be and still be right (a history of N years is rounded)."""

    def __init__(self, document, start, end, year, month, word, sentence, relative, span=False, slack=0):
        self.document, self.start, self.end = document, start, end
        self.year, self.month, self.event, self.relative = year, month, _verb(word), relative
        self.word = word.lower()  # as written: "created" and "opened" are both foundings, not one event
        self.sentence, self.span, self.slack = sentence, span, slack
        self.later = 0  # years after `year` also right (an Nth year read as an anniversary: one later)
        text = document.visible_text
        words = text[sentence[0] : start] + " " + text[end : sentence[1]]
        self.named_in = sentence  # where the sentence's things are named
        if _REFERS_BACK.match(text, sentence[0]):
            # 这座有着69年历史的老水库: the thing is named in the sentence before
            previous = _sentence(text, max(0, sentence[0] - 2))
            words = text[previous[0] : sentence[0]] + " " + words
            self.named_in = (previous[0], sentence[1])
        self.pairs = {m.group(1) for m in _HAN_PAIR.finditer(words)}
        self.words = {w.lower() for w in _WORD_EN.findall(words)} - _STOP_EN
        # Names: capitalised words not opening the sentence (Larkspur, Calder), which alone tie two sentences.
        self.names = {
            w.lower()
            for w in _NAME_EN.findall(text, sentence[0], sentence[1])
            if w.lower() not in _STOP_EN
            and w.lower() not in _GENERIC_NAMES
            and w[:3].lower() not in _MONTHS
            and not text.startswith(w, sentence[0])
        }
        # What the event was done to, in English: the words right after its word ("approved a two-year contract")
        after_event = re.search(
            rf"(?i)\b{re.escape(self.word)}\b((?:[ \t]{{1,2}}(?!(?:last|this|next|in|on|at|by|during)\b)[\w-]+){{1,4}})",
            text[sentence[0] : sentence[1]],
        )
        self.object = (
            {w.lower() for w in re.findall(r"[A-Za-z][\w-]{2,}", after_event.group(1))} - _STOP_EN - _OBJECT_FILLERS
            if after_event and self.word.isascii()
            else set()
        )
        # English names of places: a name before Street, Park, School… (Elm Street, Eastside Pool)
        self.places = {m.group(1).lower() for m in _PLACE_NAME_EN.finditer(text, sentence[0], sentence[1])}
        self.ordinals = set(_ORDINAL.findall(text, sentence[0], sentence[1]))
        self.chinese = bool(self.pairs)
        self.subject: set[str] = set()  # an English stated date's names before its event (_subject_names)
        self.possessor: str | None = None  # whose Nth year a count says it is ("the port's 110th")
        self.founded: str | None = None  # what an English founding sentence founds ("The port, created…")


# What 去年 may date instead of the event after it: a holiday, a part of the year, a span to now.
_PERIOD_AFTER_CN = lazy_compile(
    r"[ \t]{0,2}(?:\d{1,2}月)?(?:国庆|春节|五一|假期|黄金周|以来|期间|上半年|下半年|年初|年底|年末|底|初|末|同期)"
)
_COUNT_CN = lazy_compile(
    r"(?<![\d.])\d{1,12}(?:\.\d{1,6})?[ \t]{0,2}(?:万|亿)?(?:项|个|家|座|所|条|人|户|元|公里|米|吨|台|辆|次|批|处|套|间|亩)"
)
_CLAUSE_END_CN = lazy_compile(r"[，,。；;！？]")
# What names a measure right after an event word: 签约率, 开工率, 投产量, 实施数.
_MEASURE_AFTER_EVENT_CN = lazy_compile(r"率|量|数|额|规模")
_ORDINAL = lazy_compile(r"第[一二三四五六七八九十\d]{1,3}(?:批|届|期|轮|次|个)")
# Capitalised words that name a kind of place, not which one: Street, County, Council…
_GENERIC_NAMES = frozenset(
    "street avenue road boulevard drive lane county city council board school schools district park library "
    "bridge hall center centre state college university department authority elementary middle high "
    "north south east west river lake creek".split()
)
_OBJECT_FILLERS = frozenset("the its their new was were has had have and for with last this next year ago".split())
_PLACE_NAME_EN = lazy_compile(
    r"\b([A-Z][a-z]{2,})[ \t]{1,2}(?:Street|Avenue|Road|Boulevard|Drive|Lane|Bridge|Park|School|Elementary|"
    r"Middle|High|Library|Pool|Center|Centre|Hall|Station|Airport|Hospital|Reservoir|Dam|Plant)\b"
)
_REFERS_BACK = lazy_compile(r"\s{0,2}(?:这|该|此)")
# A founding: what an anniversary, an age or a history counts from.
_FOUNDING_CN = lazy_compile(r"始建|建成|成立|创建|创办|建院|建校|建馆|建所|开馆|开业|组建|设立|建")
_FOUNDING_EN = frozenset({"founded", "created", "established", "opened", "built", "incorporated", "chartered"})
# 始建于1952年, 成立于1978年: a founding word before 于 and the year.
_FOUNDED_IN_CN = lazy_compile(r"(始建|建成|成立|创建|创办|建|开馆|开业|组建|设立)于[ \t]{0,2}$")
# Spans that count back to a founding from the publication year: 建院72周年 (this year's), 有着69年历史;
# "was created 75 years ago", "its 50th anniversary this year".
# (the count in digits or in Chinese numerals: 五十周年)
_ANNIVERSARY_CN = lazy_compile(r"(?<![\d.一二三四五六七八九十百])(\d{1,3}|[一二三四五六七八九十百]{1,4})[ \t]{0,2}周年")
_HISTORY_CN = lazy_compile(
    r"(?<![\d.近约超逾余一二三四五六七八九十百])(\d{1,3}|[一二三四五六七八九十百]{1,4})[ \t]{0,2}(?:多)?年(?:的)?历史"
)
# A span to now right after the event it counts from: 林长制推行九年来, 中心成立十年来, 通航33年来 (counted either way:
# full years or calendar years).
_SINCE_EVENT_CN = lazy_compile(r"(?<![近多])(\d{1,3}|[一二三四五六七八九十百]{1,4})[ \t]{0,2}年来")
# The event word right before a span to now (推行九年来, 成立十年来, 通航33年来).
_EVENT_RIGHT_BEFORE_CN = lazy_compile(
    r"(获评|获批|命名|入选|列入|建成|投用|投产|投运|开通|通车|通航|开业|开馆|开港|挂牌|成立|推行|实施|启动|上线|组建|设立|"
    r"创建|创办)[ \t]{0,2}$"
)
_YEARS_AGO_EN = lazy_compile(r"(?i)(?<![\d.])(\d{1,3})[ \t]{1,2}years[ \t]{1,2}ago\b")
_ANNIVERSARY_EN = lazy_compile(r"(?i)(?<![\d.])(\d{1,3})(?:st|nd|rd|th)[ \t]{1,2}anniversary\b")
# This year as the Nth year of a thing: "This year is the port's 110th", "this year marks its 25th year",
# 今年是鹤汀一中建校的第六十个年头. The founding is year one; "the 110th" may also be read as an anniversary,
# so a year either way is allowed in English.
_ORDINAL_YEAR_EN = lazy_compile(
    r"(?i)\bthis[ \t]year[ \t]{1,2}(?:is|marks)[ \t]{1,2}(?:the[ \t]{1,2})?([a-z]{2,20})['’]s[ \t]{1,2}"
    r"(\d{1,3})(?:st|nd|rd|th)(?=[ \t]{0,2}(?:year\b|[,.;]|$))"
)
# What a founding sentence founds: "The port, created by…", "The library was founded in…".
_FOUNDED_SUBJECT_EN = lazy_compile(
    r"(?i)\b([a-z]{2,20})(?:,[ \t]{0,2}(?:which|that)?[ \t]{0,2}(?:was[ \t]{1,2})?|[ \t]{1,2}(?:was|were)[ \t]{1,2})"
    r"(?:founded|created|established|built|opened|incorporated|chartered)\b"
)
_ORDINAL_YEAR_CN = lazy_compile(
    r"(?:今年|本年)(?:是|为|已是|迎来)[^，,。；;！？]{0,24}?(?:始建|建成|成立|创建|创办|建院|建校|建馆|建所|开馆|开业|组建|设立)"
    r"的?第([一二三四五六七八九十百]{1,4}|\d{1,3})个年头"
)
# "The 44-year-old Millbrook branch": a building's age, a year either way (before or after its anniversary).
_AGE_OF_THING_EN = lazy_compile(
    r"(?<![\d.])(\d{1,3})-year-old[ \t]{1,2}(?:[A-Z][a-z]{2,20}[ \t]{1,2}){1,3}"
    r"(?i:branch|building|library|school|hospital|bridge|station|terminal|church|courthouse|theater|theatre|arena|"
    r"stadium|plant|dam|mill|hall|center|centre|museum|pool|park)\b"
)
_NAME_EN = lazy_compile(r"\b[A-Z][a-z]{3,}\b")
# An annual event's first edition and a later one: 首届栎川猕猴桃电商节于2021年举办; 去年9月举办的第六届猕猴桃电商节,
# 2025年举办的第五届…, 今年已是第三届. A later edition dates the first: its year minus N plus one.
# The first edition is dated as 首届…于2021年 (纺织服装节首届于2016年举办), or as the year an event held every year
# began (栖原县农民丰收节自2018年起每年秋季举办).
_FIRST_EDITION_CN = lazy_compile(
    r"首届[\u4e00-\u9fff“”]{0,20}?于[ \t]{0,2}((?:19|20)\d\d)年"
    r"|(?:自|从)[ \t]{0,2}((?:19|20)\d\d)年(?:起|开始)[，,]?[^。；;，,]{0,10}?(?:每年|一年一届)[^。；;]{0,10}?(?:举办|举行|召开)"
)
_EDITION_CN = lazy_compile(r"第([一二三四五六七八九十]{1,3}|\d{1,2})届")
_EDITION_HELD_BEFORE = lazy_compile(
    r"(?:举办|举行|召开|开幕|闭幕)的[ \t]{0,2}$|(?:今年|本年)(?:已是|是|为|迎来)[ \t]{0,2}$"
)
_EDITION_HELD_AFTER = lazy_compile(
    r"[\u4e00-\u9fff“”]{2,20}?(?:将|已)?于[ \t]{0,2}((?:19|20)\d\d(?=年)|今年|明年)[^，,。；;]{0,8}?(?:举办|举行|召开|开幕)"
)
_FIRST_EDITION = "首届"
# A date a plan sets, not an event's: 计划2026年, 预计明年, 力争2025年底前; "scheduled to open in 2026".
_PLANNED_BEFORE_CN = lazy_compile(
    r"(?:计划|预计|力争|拟|将于|有望|争取|目标是?|预期)[ \t]{0,2}(?:在|于|到)?[ \t]{0,2}$"
)
# ("scheduled to open in 2026", "plans to open the branch in 2026": the plan governs the date's own verb; not "which
# the county will repaint next spring, opened last year")
_PLANNED_BEFORE_EN = lazy_compile(
    r"(?i)\b(?:plans?|planned|planning|expects?|expected|scheduled|set|due|aims?|aimed|hopes?)[ \t]{1,2}to[ \t]{1,2}"
    r"[a-z]{2,15}(?:[ \t]{1,2}[a-z'’]{1,15}){0,4}?[ \t]{1,2}(?:in|by|on|this|next)?[ \t]{0,2}$"
)
_QUALIFIED_BEFORE = lazy_compile(r"(?:近|约|超过|逾|(?i:about|nearly|almost|more[ \t]than|over))[ \t]{0,2}$")


def _mentions(document, published):
    text = document.visible_text
    found = []
    for pattern, relative in ((_RELATIVE_CN, True), (_ABSOLUTE_CN, False)):
        for m in pattern.finditer(text):
            event = _EVENT_CN.search(text, m.end(), min(len(text), m.end() + EVENT_AFTER_CN))
            word = None
            if event is not None and not _SENTENCE_END.search(text, m.end(), event.start()):
                if not (
                    _ABSOLUTE_CN.search(text, m.end(), event.start())
                    or _RELATIVE_CN.search(text, m.end(), event.start())
                ):
                    word = event.group(0)  # (建成于1998年，2023年10月完成提标改造: the event is the later date's)
            if word is not None:
                if relative and _PERIOD_AFTER_CN.match(text, m.end()):
                    continue  # 去年国庆假期，开通一周年的…, 去年以来: the relative date dates a period, not the event
                clause_end = _CLAUSE_END_CN.search(text, event.end())
                clause_end = clause_end.start() if clause_end else len(text)
                if _COUNT_CN.search(text, m.end(), clause_end):
                    continue  # 去年，全县实施民生实事项目15项: a year's count of things done, no one-time event
                if _MEASURE_AFTER_EVENT_CN.match(text, event.end()):
                    continue  # 去年家庭医生签约率为58.7%: a year's measure of the thing done (签约率, 开工率), no event
            if word is not None and _PLANNED_BEFORE_CN.search(text, max(0, m.start() - 8), m.start()):
                continue  # 计划2026年先行通车: the date a plan sets, which the event may beat (已于去年12月先行通车)
            if word is None and not relative:
                before = _FOUNDED_IN_CN.search(text, max(0, m.start() - 6), m.start())
                word = before.group(1) if before else None  # 石鹞水库建于1958年
            if word is None:
                continue
            if relative:
                if published is None:
                    continue
                year = published.year + _OFFSETS[m.group(1)]
                month = _month(m.group(2))
            else:
                year, month = int(m.group(1)), _month(m.group(2))
            found.append(
                _Mention(document, m.start(), m.end(), year, month, word, _sentence(text, m.start()), relative)
            )
    if published is not None:
        # 今年是鹤汀市第一人民医院建院72周年, 这座有着69年历史的老水库: spans to this year from a founding.
        for pattern, slack in ((_ANNIVERSARY_CN, 0), (_HISTORY_CN, 1)):
            for m in pattern.finditer(text):
                sentence = _sentence(text, m.start())
                if _QUALIFIED_BEFORE.search(text, max(0, m.start() - 4), m.start()) or _ABSOLUTE_CN.search(
                    text, *sentence
                ):
                    continue  # 近70年历史; a year in its sentence (2024年迎来…周年) is date-span's to judge
                count = _ordinal_count(m.group(1))
                if count is None:
                    continue
                year = published.year - count
                found.append(
                    _Mention(document, m.start(), m.end(), year, None, "founding", sentence, True, True, slack)
                )
        for m in _SINCE_EVENT_CN.finditer(text):
            event = _EVENT_RIGHT_BEFORE_CN.search(text, max(0, m.start() - 6), m.start())
            sentence = _sentence(text, m.start())
            count = _ordinal_count(m.group(1))
            clause_start = max(text.rfind(mark, sentence[0], m.start()) for mark in "，,；;：:") + 1 or sentence[0]
            if event is None or count is None or _ABSOLUTE_CN.search(text, max(sentence[0], clause_start), m.end()):
                continue  # (no event right before it, or a year in its clause: discovered-date-span's)
            year = published.year - count
            found.append(_Mention(document, m.start(), m.end(), year, None, event.group(1), sentence, True, True, 1))
        # 今年是鹤汀一中建校的第六十个年头: the founding is year one.
        for m in _ORDINAL_YEAR_CN.finditer(text):
            count = _ordinal_count(m.group(1))
            if count:
                sentence = _sentence(text, m.start())
                year = published.year - count + 1
                # (the mention is 第…个年头 alone: the name before it is what the sentence shares with the founding's)
                found.append(_Mention(document, m.start(1) - 1, m.end(), year, None, "founding", sentence, True, True))
    for pattern, relative in ((_RELATIVE_EN, True), (_ABSOLUTE_EN, False)):
        for m in pattern.finditer(text):
            if not relative and DATELINE_END.match(text, m.end()):
                continue  # "MILLBROOK, Ore. (Dec. 10, 2024) —": the article's date, not an event's
            if (
                not relative
                and m.group(1) is None
                and _YEAR_LABEL_BEFORE.search(text, max(0, m.start() - 8), m.start())
            ):
                continue  # "approved the 2025 budget": the budget's year, not the approval's
            sentence = _sentence(text, m.start())
            event = _nearest_event_en(text, sentence, m)
            if event is None:
                continue
            if _PLANNED_BEFORE_EN.search(text, max(sentence[0], m.start() - 48), m.start()):
                continue  # "is scheduled to open in 2026", "plans to open the branch in 2026": a plan's date
            if relative and not _adjacent_event_en(text, m, event):
                continue  # "made 40,000 visits last year to the Eastside pool, opened on…": the visits' year
            if relative:
                if published is None:
                    continue
                year = published.year + _OFFSETS[m.group(1).lower()]
                month = None if m.group(2).lower() == "year" else _month(m.group(2))
                if month is not None and m.group(1).lower() == "last" and month >= published.month:
                    continue  # "last September" in a paper of March is last year's; in November, this year's
            else:
                year, month = int(m.group(2)), _month(m.group(1))
            mention = _Mention(document, m.start(), m.end(), year, month, event, sentence, relative)
            if not relative:
                mention.subject = _subject_names(text, sentence, min(m.start(), _event_start(text, sentence, m)))
                founded = _FOUNDED_SUBJECT_EN.search(text, sentence[0], m.start())
                mention.founded = founded.group(1).lower() if founded else None
            found.append(mention)
    if published is not None:
        # "the authority, which was created 75 years ago", "marking its 50th anniversary this year".
        for pattern in (_YEARS_AGO_EN, _ANNIVERSARY_EN):
            for m in pattern.finditer(text):
                sentence = _sentence(text, m.start())
                if _QUALIFIED_BEFORE.search(text, max(0, m.start() - 12), m.start()) or any(
                    not DATELINE_END.match(text, year.end()) for year in _ABSOLUTE_EN.finditer(text, *sentence)
                ):
                    continue
                if pattern is _YEARS_AGO_EN:
                    event = _nearest_event_en(text, sentence, m)
                    if event is None or _verb(event) != "founding":
                        continue
                year = published.year - int(m.group(1))
                word = event if pattern is _YEARS_AGO_EN else "founding"
                found.append(_Mention(document, m.start(), m.end(), year, None, word, sentence, True, True))
        for m in _ORDINAL_YEAR_EN.finditer(text):
            sentence = _sentence(text, m.start())
            # the Nth year counts the founding year as the first; read as an anniversary, a year later
            year = published.year - int(m.group(2)) + 1
            mention = _Mention(document, m.start(2), m.end(), year - 1, None, "founding", sentence, True, True)
            mention.later = 1
            mention.possessor = m.group(1).lower()  # "the port's 110th": the port's founding, whatever else is named
            found.append(mention)
        for m in _AGE_OF_THING_EN.finditer(text):
            sentence = _sentence(text, m.start())
            if any(not DATELINE_END.match(text, year.end()) for year in _ABSOLUTE_EN.finditer(text, *sentence)):
                continue  # a year in its sentence ("built in 1978, the 47-year-old branch") is date-span's
            year = published.year - int(m.group(1))
            found.append(_Mention(document, m.start(), m.end(), year, None, "founding", sentence, True, True, 1))
    found.extend(_editions(document, text, published))
    return found


def _ordinal_count(written: str) -> int | None:
    from auditor.figures.numerals import read_chinese

    if written.isdigit():
        return int(written)
    read = read_chinese(written, positional_ok=False)
    return int(read.value) if read is not None else None


def _editions(document, text: str, published) -> list[_Mention]:
    """The first edition of an annual event where it is dated (首届…于2021年举办: stated), and where a later edition
    dates it (去年9月举办的第六届…: the first in 2020). An event the text says is held every two or three years
    (两年一届, next to its first edition or in the later one's sentence) is left alone."""
    from auditor.figures.numerals import read_chinese

    found = []
    for m in _FIRST_EDITION_CN.finditer(text):
        sentence = _sentence(text, m.start())
        following = _sentence(text, min(len(text), sentence[1] + 1))
        if NOT_ANNUAL.search(text, sentence[0], following[1]):
            continue  # 首届…于2016年举办，此后两年一届: no first year to count editions from
        group = 1 if m.group(1) else 2
        found.append(
            _Mention(
                document, m.start(group), m.end(group) + 1, int(m.group(group)), None, _FIRST_EDITION, sentence, False
            )
        )
        found[-1].ordinals = set()  # the editions' numbers are what is compared, not told apart
    for m in _EDITION_CN.finditer(text):
        sentence = _sentence(text, m.start())
        held = _EDITION_HELD_BEFORE.search(text, max(sentence[0], m.start() - 8), m.start())
        held_after = None if held is not None else _EDITION_HELD_AFTER.match(text, m.end())
        if (held is None and held_after is None) or NOT_ANNUAL.search(text, *sentence):
            continue
        number = m.group(1)
        read = None if number.isdigit() else read_chinese(number, positional_ok=False)
        count = int(number) if number.isdigit() else (int(read.value) if read is not None else 0)
        if count < 2:
            continue
        if held_after is not None:
            # 第十届桑溪纺织服装节将于今年9月举办 / 于2025年9月举办: the edition's date right after its name
            written = held_after.group(1)
            if not written[0].isdigit() and published is None:
                continue
            year = int(written) if written[0].isdigit() else published.year + {"今年": 0, "明年": 1}[written]
            start = m.start()
        elif held.group(0).startswith(("今年", "本年")):
            if published is None:
                continue
            year, start = published.year, held.start()
        else:
            dates = [
                *_ABSOLUTE_CN.finditer(text, sentence[0], m.start()),
                *_RELATIVE_CN.finditer(text, sentence[0], m.start()),
            ]
            if len(dates) != 1:
                continue  # no date, or several: which one the edition's is unknown
            date = dates[0]
            written = date.group(1)
            if not written[0].isdigit() and published is None:
                continue
            year = int(written) if written[0].isdigit() else published.year - (1 if written == "去年" else 2)
            start = date.start()
        # (the edition alone when its date follows: the name between them is what ties it to other editions)
        found.append(_Mention(document, start, m.end(), year - count + 1, None, _FIRST_EDITION, sentence, True, True))
        found[-1].ordinals = set()
    return found


def _nearest_event_en(text: str, sentence: tuple[int, int], date) -> str | None:
    """The event word nearest an English date, when no other date stands nearer to it ("The 2019 bond paid for
    Larkspur Elementary, which opened in 2022": opened is 2022's; "was created in 1952 and opened its first
    complex … in 1954": created is 1952's)."""
    near = (max(sentence[0], date.start() - EVENT_NEAR_EN), min(sentence[1], date.end() + EVENT_NEAR_EN))
    events = list(_EVENT_EN.finditer(text, *near))
    if not events:
        return None
    event = min(events, key=lambda e: _distance(date, e))
    distance = _distance(date, event)
    if any(_distance(date, e) == distance and e.group(0).lower() != event.group(0).lower() for e in events):
        return None  # two event words as near: which one the date is of is unknown
    for other in (*_ABSOLUTE_EN.finditer(text, *sentence), *_RELATIVE_EN.finditer(text, *sentence)):
        if (
            other.start() != date.start()
            and _distance(other, event) < distance
            and not DATELINE_END.match(text, other.end())  # the article's date, in the dateline, dates no event
        ):
            return None
    return event.group(0).lower()


_YEAR_LABEL_BEFORE = lazy_compile(r"(?i)\b(?:the|its|their|a|fiscal|fy)[ \t]{1,2}$")


def _adjacent_event_en(text: str, date, event: str) -> bool:
    """The event word stands next to an English relative date, a few words away with no comma between ("which
    opened last year", "the wells the board approved last year", "closed last March")."""
    for found in _EVENT_EN.finditer(text, max(0, date.start() - 30), min(len(text), date.end() + 30)):
        if found.group(0).lower() != event:
            continue
        between = text[found.end() : date.start()] if found.end() <= date.start() else text[date.end() : found.start()]
        if len(between) <= 25 and not re.search(r"[,;:]", between):
            return True
    return False


def _event_start(text: str, sentence: tuple[int, int], date) -> int:
    near = (max(sentence[0], date.start() - EVENT_NEAR_EN), min(sentence[1], date.end() + EVENT_NEAR_EN))
    events = list(_EVENT_EN.finditer(text, *near))
    return min(events, key=lambda e: _distance(date, e)).start() if events else date.start()


def _subject_names(text: str, sentence: tuple[int, int], position: int) -> set[str]:
    """The names right before an English event and its date ("The Riverline, which opened in 2011": riverline):
    what was founded or done. Empty when no name stands there ("The board approved…")."""
    start = max(sentence[0], position - EVENT_NEAR_EN)
    return {
        w.lower()
        for w in _NAME_EN.findall(text, start, position)
        if w.lower() not in _STOP_EN and w[:3].lower() not in _MONTHS and not text.startswith(w, sentence[0])
    }


def _distance(a, b) -> int:
    return max(a.start() - b.end(), b.start() - a.end(), 0)


def _verb(event: str) -> str:
    """The event word that names the event (完成提标改造 → 完成…改造, 通过省级审定 → 通过…审定); the words of a founding
    are one event, which anniversaries and histories count from."""
    if event == "founding" or event.lower() in _FOUNDING_EN or _FOUNDING_CN.fullmatch(event):
        return "founding"
    if event.startswith("完成") and event.endswith("改造"):
        return "完成改造"
    if event.startswith("通过"):
        return "通过" + event[-2:]
    return event


def _same_event(a: _Mention, b: _Mention) -> bool:
    if a.event != b.event or a.chinese != b.chinese:
        return False
    if a.month is not None and b.month is not None and a.month != b.month:
        return False
    if a.ordinals and b.ordinals and not a.ordinals & b.ordinals:
        return False  # 第二批 is not 第一批
    if a.chinese:
        return len(a.pairs & b.pairs) >= MIN_SHARED_PAIRS
    for one, other in ((a, b), (b, a)):
        if one.possessor:
            return other.founded == one.possessor  # "the port's 110th" counts from "The port, created… in 1919"
    if a.object and b.object and not a.object & b.object:
        return False  # "approved a two-year contract" is not "approved a 3 percent raise"
    if a.places and b.places and not a.places & b.places:
        return False  # "the Elm Street bridge" is not "the Oak Street bridge"
    for one, other in ((a, b), (b, a)):
        if one.subject:
            # what the stated date is of must be named in the other sentence: "The Riverline, which opened in
            # 2011" is not "a transit system that marks its 50th anniversary"
            return bool(one.subject & (other.names | other.words))
    return len(a.words & b.words) >= MIN_SHARED_WORDS or bool(a.names & b.names)


# What a place or facility's name ends with (污水处理厂, 高铁站, 交易中心, 扩建工程).
_FACILITY_END = lazy_compile(
    r"(?:厂|站|港|馆|校|院|园|场|桥|镇|村|县|市|区|墓|中心|工程|项目|基地|码头|水库|公园|医院|学校)$"
)
_FUNCTION_CN = frozenset("的这该座个家所在于了和及与将已年月日是为由其")
_HAN_RUN = lazy_compile(r"[\u4e00-\u9fff]{3,}")
MIN_NAME_CN = 3


def _common_names(a: str, b: str) -> list[str]:
    """Runs of at least MIN_NAME_CN Chinese characters that both texts hold, longest first, none inside another."""
    found: list[str] = []
    for run in _HAN_RUN.findall(a):
        for size in range(len(run), MIN_NAME_CN - 1, -1):
            for begin in range(len(run) - size + 1):
                piece = run[begin : begin + size]
                if piece in b and not any(piece in longer for longer in found):
                    found.append(piece)
    return found


def _prefixes(text: str, sentence: tuple[int, int], name: str) -> set[str]:
    """The two characters right before each use of `name` in the sentence that name it apart (城西污水处理厂);
    when the sentence only refers back to it (这座…的污水处理厂), those of the sentence before."""
    for start, end in (sentence, (_sentence(text, max(0, sentence[0] - 2))[0], sentence[0])):
        found = set()
        position = text.find(name, start, end)
        while position != -1:
            before = text[max(start, position - 2) : position]
            if len(before) == 2 and all("\u4e00" <= ch <= "\u9fff" and ch not in _FUNCTION_CN for ch in before):
                found.add(before)
            position = text.find(name, position + 1, end)
        if found:
            return found
    return set()


_FACILITY_ENDING = lazy_compile(r"(?:村|站|厂|馆|校|院|园|场|桥|镇|港|水库|公园|医院|学校|中心)$")
_NAME_BREAK = lazy_compile(r"[^\u4e00-\u9fff]+|[的是在于和与及将已]|去年|今年|前年|全年|年底|年初")


def _facilities(text: str, sentence: tuple[int, int]) -> set[str]:
    """The places and facilities a Chinese sentence names on their own (白沙村, 南区污水处理厂): runs of three to
    eight characters between punctuation, function words and event words, ending like a place or facility."""
    words = _NAME_BREAK.sub("|", text[sentence[0] : sentence[1]])
    words = _EVENT_CN.sub("|", _FOUNDING_CN.sub("|", words))
    return {w for w in words.split("|") if 3 <= len(w) <= 8 and _FACILITY_ENDING.search(w)}


def _different_subjects(a: _Mention, b: _Mention) -> bool:
    """A name both sentences hold, with another name right before it on each side: 城西污水处理厂 and (这座…的)
    南湖污水处理厂 are two plants; or each sentence names a place the other does not (白沙村 / 青岩村)."""
    text_a, text_b = a.document.visible_text, b.document.visible_text
    if a.chinese:
        places_a, places_b = _facilities(text_a, a.named_in), _facilities(text_b, b.named_in)
        if places_a and places_b and not places_a & places_b:
            return True  # 去年…获评…的白沙村 / 2023年12月，青岩村获评…: two villages
    for name in _common_names(text_a[slice(*a.sentence)], text_b[slice(*b.sentence)]):
        if name[0] == "级":
            name = name[1:]  # 县级公益性公墓 / 村级公益性公墓: the level (县级, 村级) tells them apart
        if name[0] in _FUNCTION_CN or not _FACILITY_END.search(name):
            continue  # only a place or a facility is told apart by the name before it
        first, second = _prefixes(text_a, a.sentence, name), _prefixes(text_b, b.sentence, name)
        if first and second and not first & second:
            return True
    return False


def run(audit: Audit):
    from auditor.published import publication_date

    mentions = []
    for document in audit.documents.values():
        mentions.extend(_mentions(document, publication_date(document)))
    by_event = defaultdict(list)
    for mention in mentions:
        by_event[mention.event].append(mention)
    for event, group in sorted(by_event.items()):
        stated = [m for m in group if not m.relative]
        for relative in (m for m in group if m.relative):
            if any(m.document is relative.document and m.sentence == relative.sentence for m in stated):
                continue  # "The terminal, which opened in 1998, turned 25 last year": the sentence dates two things
            same = [
                m
                for m in stated
                # a span within its article is discovered-date-span's (it reads the years around it)
                if not (relative.span and m.document is relative.document)
                and _same_event(relative, m)
                and not _different_subjects(relative, m)
            ]
            named = [m for m in same if relative.names & m.names]
            same = named or same  # "Larkspur, which opened last year": the sentences naming Larkspur, if any
            alike = [m for m in same if m.word == relative.word]
            same = alike or same  # "created 75 years ago" is dated by "created in 1952", not by "opened … in 2017"
            years = {m.year for m in same}
            if len(years) != 1 or any(
                relative.year - relative.slack <= year <= relative.year + relative.slack + relative.later
                for year in years
            ):
                continue  # not stated, stated in several years (a yearly event), or stated alike
            first = min(same, key=lambda m: (m.document.path, m.start))
            yield _finding(relative, first, event)
        if event == _FIRST_EDITION:
            yield from _editions_apart(group, stated, event)


_ANNUAL_CN = lazy_compile(r"每年|一年一届|年度|(?i:\bannual(?:ly)?\b|\bevery[ \t]year\b)")


def _said_annual(mention: _Mention) -> bool:
    """The paragraph of the mention says the event is held every year (此后每年一届, 每年秋季举办)."""
    text = mention.document.visible_text
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    return bool(_ANNUAL_CN.search(text, start, len(text) if end == -1 else end))


def _editions_apart(group: list[_Mention], stated: list[_Mention], event: str):
    """Editions of one annual event in two articles that put its first edition in different years (2024年举办的
    第七届… and 2025年9月举办的第十届…), when no article dates the first edition itself: reported for the edition
    that disagrees with all the others, or, with just two, for the one in the later file."""
    derived = [m for m in group if m.relative]
    for mention in derived:
        if any(_same_event(mention, m) for m in stated):
            continue  # the first edition dated itself: judged against that
        others = [
            m
            for m in derived
            if m.document is not mention.document and _same_event(mention, m) and not _different_subjects(mention, m)
        ]
        years = {m.year for m in others}
        if len(years) != 1 or mention.year in years:
            continue
        other = min(others, key=lambda m: (m.document.path, m.start))
        if not (_said_annual(mention) or _said_annual(other)):
            continue  # 全国人大, 全运会: editions four or five years apart; one a year only where the text says so
        if len(others) == 1 and mention.document.path < other.document.path:
            continue  # (one finding for the pair)
        yield _finding(mention, other, event)


def _finding(relative: _Mention, stated: _Mention, event: str) -> Finding:
    from auditor.published import publication_date

    document, other = relative.document, stated.document
    text, other_text = document.visible_text, other.visible_text
    written = text[relative.start : relative.end]
    written_other = other_text[stated.start : stated.end]
    published = publication_date(document)
    chinese = relative.chinese
    resolved = (
        f"{relative.year}年" + (f"{relative.month}月" if relative.month else "") if chinese else str(relative.year)
    )
    if relative.later:
        resolved = f"{relative.year} or {relative.year + relative.later}"  # an Nth year, or its anniversary
    line = other.position(stated.start)[0]
    where = f"{other.path}:{line}" if other.path != document.path else f"line {line}"
    shown_event = event.replace("完成改造", "完成…改造")
    if event == _FIRST_EDITION and stated.relative:
        message = (
            f'"{written}" puts the first edition in {resolved} (one edition a year), but "{written_other}" at '
            f"{where} puts it in {stated.year}年"
        )
        dated = f"{written} → first edition {resolved}, one a year"
    elif event == _FIRST_EDITION:
        message = (
            f'"{written}" puts the first edition in {resolved} (one edition a year), but "{written_other}" dates the '
            f"first edition (首届) at {where}"
        )
        dated = f"{written} → first edition {resolved}, one a year"
    elif relative.span:
        what = "the founding" if event == "founding" else f"the same event ({shown_event})"
        message = (
            f'"{written}" counts back to {resolved} from an article published {published.isoformat()}, but '
            f'"{written_other}" dates {what} at {where}'
        )
    else:
        message = (
            f'"{written}" is {resolved} in an article published {published.isoformat()}, but "{written_other}" '
            f"dates the same event ({shown_event}) at {where}"
        )
    if event != _FIRST_EDITION:
        dated = f"{written} → {resolved} (published {published.isoformat()})"
    sentence = _sentence(text, relative.start)
    other_sentence = _sentence(other_text, stated.start)
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=message,
        location=document.figure_location(
            *sentence, relative.start, relative.end, "edition" if event == _FIRST_EDITION else "relative date"
        ),
        related=(
            other.figure_location(
                *other_sentence,
                stated.start,
                stated.end,
                "other edition" if event == _FIRST_EDITION and stated.relative else "stated date",
            ),
        ),
        evidence=(
            ("edition" if event == _FIRST_EDITION else "relative date", dated),
            (
                "other edition" if event == _FIRST_EDITION and stated.relative else "stated date",
                f"{written_other} → first edition {stated.year}年 ({where})"
                if event == _FIRST_EDITION and stated.relative
                else f"{written_other} ({where})",
            ),
            ("event", shown_event),
        ),
        assumption="the two sentences date one event: the same event word and names in common",
        identity=f"{written}\x1f{written_other}\x1f{event}",
    )


CHECK = Check(
    id="discovered-event-date",
    severity=Severity.WARNING,
    summary="An event dated by a relative date (去年12月, last year) in another year than another sentence states",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
)
