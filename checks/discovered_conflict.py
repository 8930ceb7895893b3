"""Two figures in closely matching contexts whose values cannot both be true, found with no claims.

## What it flags
Two figures of one dimension (both in yuan, both persons, both dates…), in
one document or in two, whose surrounding clauses read alike once every
number is masked, and whose values are incompatible: their intervals
(qualifiers such as 近 / 超 / 多 and the implied precision of rounded figures
included) are disjoint, or their dates differ. Each finding carries a
confidence between 0 and 1 and the wording the two contexts share.

It stays quiet when the figures agree (15280万元 and 1.528亿元, 近300万 and
298万), when the contexts name different things around shared wording
("启明"助学基金 vs "仁心"医疗基金, 一期 vs 二期, Phase 1 vs Phase 2; one class
listing a member the other lacks, 电力、热力、燃气及水 vs 电力、热力), when other
figures at the same places differ (截至2023年底 vs 截至2024年6月: a running total
at two dates), when a running total (累计, 截至, so far, by June) is compared
across articles (a total as the article stands, so far / 目前 / 至今 / 至此, whatever
period it names, only with an article of the same date), and when the shared wording is followed by three or more
different values (a stock phrase such as 投入援疆资金 is a measure, not a name).
全 before the shared words (去年全港完成…) is the one such thing its article
names (溆阳港), not another. A plan (力争, 计划, target) and a figure measured against a
plan right after it (`产量1.163万吨，比年初计划多出130吨`, `beat the forecast`) are
a plan and its outcome, and so are funds allocated (安排…资金, not 已安排) and funds
spent (a plan the clause measures against, `高于年初安排的1.46亿元`, governs none of
the parts after it), unless they are two digits swapped beside the same amount
and the sentence names no plan but the allocation. A figure of a neighbouring
place named in its own clause (`邻近的枫亭市`, `neighboring Dale County`), with no
place of its own named after it, is not the article's own place's, whether or
not a gazetteer knows the name; a company's legal form (股份有限公司) names no
company. The period of the plan a share is taken of (`占全年计划11.5亿元的45.2%；新整治…
12处`) is not the period of the figures after it, and an amount restated in
other words (`$250,000 a year, or $0.25 million`) is of the kind the first
says (a year's). A figure restated in a quotation one slip away dates it by
nothing of the speaker's own (`有了这486立方米每秒的排涝能力` after `468立方米/秒`),
and money restated there is compared when one noun names both (`gross sales
of $211.4 million` / `Sales of $214.1 million`; not `Outpatient revenue` for
`revenue`, nor `Sales of $46.8 million at our plant in Brisley`). 全县 in an
article on 青岚县 and 全市 in one on 梧泽市 are two places (each article names
its own county or city in its opening); so, in two articles each about one
place of one level (the reports of 吉林省 and of 青海省, its province or region
named in the opening), are figures that name neither the other article's place
(`青海` for 青海省) nor a place both their sentences name (`全国`): `拉动消费285.6亿元`
/ `…拉动消费215亿元`. Where the gazetteer knows some of the names an opening gives,
the others are words before 省 / 县 (`提请省人大`, `脱贫县`), not places, and a county
of the province the article is about (陕西省 and its 白河县) is no second home.
Two figures whose sentences each name the day before them, not the same day,
after the same verb (`央行8月26日…开展了4710亿元逆回购` / `8月22日…开展了3593亿元`; `On
March 1 they held 19,300 acre-feet` / `On Aug. 1 they held 22,650`), are two
days' amounts (the day may be the one the sentence before names, `…8月19日…操作。当日有745亿元
逆回购到期`; a dateline's day aside; not a period's figure reported on a day,
`8月26日发布…上半年…`, a fixed whole, or one contract `approved` and then
`signed`), and the time since an event (`26 years ago`, `10年前`, `three years
since`) grows from one article to the next. A paragraph of a market's close
(`截至收盘，…`, `at the close`, or `全天` before an amount) reports one trading day: its figures, moves or
amounts (`市场成交额4803.1亿元`), are that day's, in two articles published on
different days two days'; so is an amount of a weekday named right after it (`used 14.2 million
gallons on Sunday`) and a level quoted after the day's move (`跌0.77%报73.09美元/桶`); one verb with
or without 了 (`开展了1491亿元` / `开展3793亿元`) is one act told of two days. In one article,
percentages one digit apart are two measures moving alike (`the amount spent … increased by 3.5%` /
`the quantity bought … by 3.6%`); two digits swapped are a slip. A market (`金融市场`, `总市值`) is no city an opening
names. A result measured against the plan right after it (`全年新建3.4万亩，完成年度计划的106.3%`,
`391 homes, … 102.9 percent of its goal`) is an outcome, not the plan (`计划新建3.2万亩`; `计划完成…1.5万户`: a plan word governing 完成 is no outcome). An amount of money a quotation restates one swap away under the same four or more
characters (`为消费者挽回经济损失2530万元` / `“…为群众挽回经济损失2350万元”`) is one amount, whoever the
quotation says it was for. Figures under two numbered headings of one article, one of which names a company, an
institution or a place (`（二）柳河长隆制药有限公司` / `（三）吉林龙泰制药股份有限公司`, each
section going on with `该公司…`), are each of their own section's subject. A count of one year restated in one article with two digits swapped, under
one noun with or without a name before it (`awarded a record 43 Facade Renewal grants in
2024` / `the 34 grants awarded in 2024`), is a slip. The years a thing has run
(`已走过41年`, `已经运行了八年`) grow from one article to the next. A founding year said of a subject before its name (`2016年开通的12348热线全年接听…`)
and an English base's date (`up from 521 at the end of 2023`, `from $412,000 in 2022`) date
no figure after them. Sentences each about one side of a
whole (`male` / `female`, `men` / `women`, `exports` / `imports`, 城镇 / 农村), a
fall and a rise in two articles (`跌1.15%` / `涨2.38%`), and two kinds of one thing
named right before their counts (`提供午餐4180万餐` / `提供早餐4108万餐`) speak of two
things. A count narrowed by a modifier in a quotation (`11,840 members` / `Our
11,480 voting members`) is some of them. A figure of no stated period in an article
whose opening says which year it reports on is of that year (`tested 3,460
mosquito pools` in a story on 2023, `3,720 … in 2024` in another). Two articles'
years are compared only when their wording shares more than a founding verb
(`first held in 2006` / `first held in 2012`). A dateline dates its article, not
the figures after it: an English amount its clause dates by no year of its own is
undated. A quotation that restates a count one slip away goes on in its own words
(`"We treated 16,240 acres last year without adding…"`), which are no other
predicate. An invented or newer place an article names in its headline or twice
in its opening stays its home beside a county the gazetteer knows. What was done
so far (`全市已收购小麦12.46万吨`, `so far`, `to date`; no 截至 date in its sentence), in
two articles published on different days, is a running total as each day stood. A figure a base moved to
(`供餐学校由2023年底的321所增加到328所`) is of the time its paragraph reports, not of
the base's year. English counts of two nouns neither window
names (`performed 1,950 surgeries` / `took in 2,380 animals`) are two things,
unless the values are one slip apart (`2,340 patients` / `2,430 people`).
Across articles, a figure that states no year is of the year its article
reports on, named in its opening (`The 1997-98 year marked…`, `For 98-99
Year`): two figures of different such years one digit apart among one or two
significant digits, or qualified (`Nine departments` / `Eight`, `$4.2
million` / `$4.3 million`, `Just under $18 million` / `$18.5 million` in two
years' releases), are two years' figures; two digits swapped, a magnitude
moved or one digit of three is still a slip.
Across articles, a scenario's estimate (a condition in its sentence, if / unless / 如果,
and could / would / 可以 before the figure: `If the state were able to reach 40 of
every 100, it could draw down an additional $49 million`) rests on its own
assumptions and is compared with no other article's figure unless the two are one
slip apart. A county's or a city's total investment for a year (`2024年全县高标准
农田建设计划总投资7.6亿元`, `2025年，全县计划…，计划总投资8.5亿元`) is that year's, not a
project's one size; `for the year` is the whole year the article reports on
(`Average length of stay for the year was 15 days` / `16 days in the first half`). An amount
that sizes a change named right after it (`a 1.50 dlrs a barrel rise`) is a change, not a level.
Across articles published on different days, a date still ahead of its
article and worded as a schedule (`is to return to court on May 8, 2015` in a
release of April 3; 将于, scheduled for) is set anew in each, unless its day's
digits are swapped; a date ahead told as done (已于…建成通车) is still compared.
A figure of no stated period in a sentence about the year (全年, during the year)
in an article of January to March may be the year before's, so it is not taken
as the year the article was published. Two parallel statements whose sentences name different
subjects before the figures (`Northside High enrolled 1,842 students.
Westview High enrolled 1,824 students.`, also after an adverb: `The Antietam
School District recently approved…`, or a list's labels: `7. East Side Union
High - $126K` / `9. Tamalpais Union High - $123K`) are two things, and so are two
articles' statements of one report whose every amount differs place by place
(`458名毕业生中，对口就业391人；…271人` / `471名就业学生中，对口就业402人；…291人`: two
cohorts, however close 271 and 291).

Two English articles whose headlines and ledes name different bodies (the
capitalised words of their names share none: `Hartwell Valley Public Radio`,
`the Tamsin Creek Wildfire Fuels District`) are about two bodies, and a figure
neither sentence ties to the other's name is its own article's (`The current
fiscal year's budget is $4.05 million` / `The budget for the current fiscal year
is $3.26 million`). English counts of two nouns a digit apart (`41 freeze-thaw
cycles` / `241 ramps`) are two counts unless both count people or two digits
are swapped.
A price's move on a market (`英特尔涨3.09%`, `美元指数跌0.5%`, `shares rose 3.1%`) in two articles not
published the same day is two days' moves, and two figures whose sentences say where two
different named things lie (`三源浦朝鲜镇位于…，距县城45公里` / `罗通山风景旅游区位于…，距县城35公里`)
are each thing's own.
Two years that date bodies named alike but for their last word
(`2018年建成的县森林防火指挥中心` / `县森林防火指挥部成立于1986年`) date two bodies.
Across articles published on different days (or undated), counts of things at
a stage of work (`five are under construction`, `eight are now complete`, 在建,
已完工) are as each article was written, not compared.
A total that adds up the years its sentence lists (`2023年和2024年两年，全县共新建…76个`,
`Over 2023 and 2024 combined`) is no one year's figure. Across two articles
about two places (each names its own in its opening, and they share none), two
values a slip apart are compared only in wording at least 0.15 alike
(`2023年市级财政兑现…补贴3520万元` in a city's article / `市级资金520万元` in a county's).
全年 or 上半年 with no year, in a paragraph that opens with a year (`2023年，县水利局…。全年
新建改造供水管网412公里`), is of that year, not of the year the headline names.

A figure whose clause names one item of a list of counts (items joined by 、)
that the other figure's sentence, or the one before it, gives before it
(`推广节能冰箱1200多万台、节能电机80多万台、节能灯2.4亿多只。…实现年节电186亿千瓦时` /
`推广的节能灯实现年节电86亿千瓦时`) is that item's, not the figure that sums up the list.

Two values of one paragraph with different qualifiers (`投资7500多亿元；…农产品近5700亿元`)
are two statements, never one copied with a slip (a lede's `近36万人次` restated
further down as `63万多人次` still is one).

In one article, a count of four significant digits or more restated in a
quotation one slip of the pen away in the same noun or unit (`recorded 186,400
visits this summer` / `"We had 181,400 visits," said the director`), or of three
with two digits swapped (`answered 6,120 calls` / `"We handled 6,210 calls"`) when
the quotation's clause narrows or moves its count by no word of a part, a place or
another time (`On the east side alone…`, `since we opened…`, `last time`, 其中), is
flagged, when the article gives no more than three such
counts near that value (a table of enrolments gives many); amounts of money
are not compared this way. Outside quotations too, a count restated in a later
paragraph with two neighbouring digits swapped, in the same noun or unit (`took in
3,420 dogs in 2024` / `the director said the 3,240 dogs taken in last year…`;
`新建改建农村公路386公里` / `去年建成的368公里农村公路`), is flagged, unless either
sentence narrows its count (`On the east side alone`, 其中) or either clause moves it to
another time (`since`, 以来: `今年以来，…对去年改造的1325户农房逐户开展回访` dates the visits, not the
count), either
is a change or qualified, the difference of the two is written beside one of them
(`inspected 1,254 bridges` / `the 1,245 bridges rated fair or better …, while the
nine rated poor`: a whole and its part), or the article gives more than three such
counts near that value. Slips are told in the digits as written: 28.6万亩
and 26.8万亩 are two digits swapped, whatever they are in square metres.
docs/scan.md explains the method and the confidence.

## Why it matters
It finds the inconsistencies `conflicting-figures` would find, before anyone
has written a claim: the first minute of an audit. It is a guess from
wording, so it is a warning and says so; a claim file turns a confirmed guess
into a certain check.

## Example
002: `工作组成立的“通伊”教育基金首期筹得108万元`; 004: `工作组成立“通伊”教育基金,
沟通协调南通市红十字会、团市委及爱心企业捐赠启动资金118万元`. Masked, both read
"工作组成立(的)“通伊”教育基金 … @"; 1,080,000 CNY and 1,180,000 CNY are
disjoint: flagged, with the shared wording 工作组成立 · 通伊教育基金. Not flagged:
`项目一期投入500万元` vs `二期计划投资500万元` (equal), `近300万吨` vs `近300万元`
(tonnes are not yuan), `15个援疆项目` vs `项目数量15个` (equal).

## How to fix
Check both figures at their source and correct the one that is wrong. If they
are about different things, nothing needs fixing: raise `min_confidence`, or
write claims with different keys so `auditor check` knows. To confirm a
conflict for good, write claims with one key for both figures.
"""

from __future__ import annotations

from types import MappingProxyType

from auditor.audit import Audit, Check, Stages
from auditor.checks._docs import docs_of
from auditor.findings import FigureValue, Finding, Severity

# Report pairs at or above this confidence (0-1).
MIN_CONFIDENCE = 0.5


def _location(site):
    figure = site.figure
    return site.document.figure_location(*site.span, figure.start, figure.end, label=figure.text)


# The markers of a masked window, as a reader would write them: another figure is elided, the compared figure
# named, a clause boundary a slash (the windows' own markers never reach a report).
_SHOWN_AS = {"#": "…", "@": "[the figure]", "|": " / "}


def _readable(run: str) -> str:
    return "".join(_SHOWN_AS.get(ch, ch) for ch in run)


def _difference(a, b) -> str | None:
    from auditor.discovery import CALENDAR_KINDS
    from auditor.formatting import format_like

    if a.kind in CALENDAR_KINDS:
        return None
    difference = abs(a.nominal - b.nominal)
    base = min(abs(a.nominal), abs(b.nominal))
    percent = f" ({float(difference / base * 100):.1f}%)" if base else ""
    return format_like(difference, a) + percent


def run(audit: Audit):
    from auditor.discovery import conflict_candidates

    for conflict in conflict_candidates(audit, _minimum(audit)):
        yield _finding(conflict)


def run_group(audit: Audit, group: str):
    """The findings of one dimension group (`--jobs N` judges the groups in separate processes)."""
    from auditor.discovery import conflict_candidates

    for conflict in conflict_candidates(audit, _minimum(audit), [group]):
        yield _finding(conflict)


def _prepare(audit: Audit):
    from auditor.discovery import prepare_documents

    return prepare_documents(audit)


def _adopt(audit: Audit, shard):
    from auditor.discovery import adopt_prepared

    adopt_prepared(audit, shard)


def _groups(audit: Audit):
    from auditor.discovery import prepared_groups

    return prepared_groups(audit)


def _minimum(audit: Audit) -> float:
    return float(audit.option(CHECK, "min_confidence"))


def _finding(conflict) -> Finding:
    from auditor.formatting import describe_figure

    first, second = conflict.first, conflict.second
    a, b = first.figure, second.figure
    message = f'Figures in closely matching contexts disagree: "{a.text}" vs "{b.text}"'
    if first.document.path != second.document.path:
        message += f" (in {first.document.path} and {second.document.path})"
    evidence = [
        ("confidence", f"{conflict.confidence:.2f}"),
        ("context similarity", f"{conflict.similarity:.2f}"),
        ("value factor", f"{conflict.value_factor:.2f}"),
        ("first", describe_figure(a)),
        ("second", describe_figure(b)),
    ]
    difference = _difference(a, b)
    if difference:
        evidence.append(("difference", difference))
    if conflict.shared:
        evidence.append(("shared wording", " · ".join(_readable(run) for run in conflict.shared)))
    return Finding(
        check=CHECK.id,
        severity=CHECK.severity,
        message=message,
        location=_location(first),
        related=(_location(second),),
        evidence=tuple(evidence),
        values=(FigureValue.of("first", a), FigureValue.of("second", b)),
        assumption=(
            "a guess from similar wording: the two figures are taken to speak of one thing because their "
            "contexts match once numbers are masked; claims with one key make it certain"
        ),
        identity=f"{first.masked()}\x1f{a.text}\x1f{second.masked()}\x1f{b.text}",
    )


CHECK = Check(
    id="discovered-conflict",
    severity=Severity.WARNING,
    summary="Figures in closely matching contexts whose values cannot both be true (found without claims)",
    run=run,
    docs=docs_of(__doc__),
    needs_claims=False,
    discovery=True,
    options=MappingProxyType({"min_confidence": MIN_CONFIDENCE}),
    limits=MappingProxyType({"min_confidence": ("range", 0.0, 1.0)}),
    # --jobs N: windows and shingles on the document shards, then each dimension group judged apart.
    stages=Stages(prepare=_prepare, adopt=_adopt, parts=_groups, run_part=run_group),
)
